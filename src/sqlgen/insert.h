/*
 * src/sqlgen/insert.h
 *
 * INSERT statements for one row given as jsonb keyed by attribute name.
 */
#ifndef ASSOCIATION_INSERT_H
#define ASSOCIATION_INSERT_H

#include "catalog/model.h"
#include "sqlgen/where.h"

/* A column the caller sets itself (an association key, a scope value). */
typedef struct InsertExtra
{
	ModelAttr  *attr;
	char	   *expr;			/* SQL expression, e.g. "$1" */
} InsertExtra;

extern char *insert_sql(Model *model, const JsonbValue *values, WhereParams *params,
						List *extras);
extern char *insert_returning_json(Model *model, const char *ctes, const char *insert);
extern List *scope_insert_extras(Model *model, Jsonb *scope, WhereParams *params,
								 List *extras);

#endif
