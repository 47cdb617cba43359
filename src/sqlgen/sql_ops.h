/*
 * src/sqlgen/sql_ops.h
 *
 * Comparison operators and type names for generated SQL, written so that
 * nothing in the text depends on the caller's search_path.
 */
#ifndef ASSOCIATION_SQL_OPS_H
#define ASSOCIATION_SQL_OPS_H

#include "postgres.h"

#include "access/stratnum.h"
#include "lib/stringinfo.h"

#include "catalog/model.h"

extern const char *sql_cmp_op(Oid typid, StrategyNumber strategy);
extern const char *sql_eq_op(Oid typid);
extern const char *sql_ne_op(Oid typid);
extern void sql_append_not_distinct(StringInfo buf, const char *a, const char *b, Oid typid);
extern void sql_append_distinct(StringInfo buf, const char *a, const char *b, Oid typid);
extern char *sql_type(Oid typid, int32 typmod);
extern const char *model_touch_sql(Model *model);
extern char *sql_column(const char *alias, Model *model, const char *name);
extern const char *sql_field(Model *model, const char *name);
extern const char *sql_attr_eq(Model *model, const char *name);

#endif
