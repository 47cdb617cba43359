/*
 * src/sqlgen/row_json.h
 *
 * SQL that turns rows into json objects keyed by attribute name, keys in
 * Sequelize's toJSON() order (src/sqlgen/row_json.c).
 */
#ifndef ASSOCIATION_ROW_JSON_H
#define ASSOCIATION_ROW_JSON_H

#include "catalog/model.h"
#include "lib/stringinfo.h"

/* One key of a json object being built, and the SQL of its value. */
typedef struct JsonField
{
	const char *key;
	char	   *expr;
} JsonField;

extern JsonField *json_field(const char *key, char *expr);
extern List *row_json_fields(Model *model, const char *alias, List *attrs);
extern void append_record_columns(StringInfo buf, List *fields);
extern void append_record_lateral(StringInfo buf, List *fields, const char *rec);
extern char *record_value(List *fields, const char *rec);
extern char *record_json(List *fields, const char *rec);
extern void append_json_object(StringInfo buf, List *fields);
extern void append_row_json(StringInfo buf, Model *model, const char *alias, List *attrs);

#endif
