/*
 * src/sqlgen/row_json.h
 *
 * SQL that turns a model's row into jsonb keyed by attribute name.
 */
#ifndef ASSOCIATION_ROW_JSON_H
#define ASSOCIATION_ROW_JSON_H

#include "catalog/model.h"
#include "lib/stringinfo.h"

/* One key of a jsonb object being built, and the SQL of its value. */
typedef struct JsonField
{
	const char *key;
	char	   *expr;
} JsonField;

extern List *row_json_fields(Model *model, const char *alias, List *attrs);
extern void append_json_object(StringInfo buf, List *fields);
extern void append_row_json(StringInfo buf, Model *model, const char *alias, List *attrs);

#endif
