/*
 * src/sqlgen/ddl.h
 *
 * The DDL text sync runs: tables, columns, foreign keys, indexes, triggers
 * (src/sqlgen/ddl.c) and accessor views (src/sqlgen/views.c).
 */
#ifndef ASSOCIATION_SQLGEN_DDL_H
#define ASSOCIATION_SQLGEN_DDL_H

#include "catalog/model.h"

/* src/sqlgen/ddl.c */
extern char *ddl_references(ModelAttr *a);
extern char *ddl_column(Model *model, ModelAttr *a, bool inline_fk, bool with_pk);
extern char *ddl_create_table(Model *model, bool inline_fk);
extern char *ddl_touch_trigger(Model *model);
extern char *ddl_view_trigger(Association *as);
extern char *ddl_index(Model *model, ModelAttr *a);
extern char *ddl_add_fk(Model *model, ModelAttr *a);
extern char *ddl_distribute(Model *model);

/* src/sqlgen/views.c */
extern char *accessor_view_sql(Association *as);

#endif
