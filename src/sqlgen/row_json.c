/*
 * src/sqlgen/row_json.c
 *
 * Builds the SQL that turns rows into JSON objects keyed by attribute name
 * (UserId, not user_id), with the keys in the order Sequelize's toJSON()
 * gives them: the model's attributes in order, then junction data, then
 * included associations.  The type is json, not jsonb: jsonb would reorder
 * the keys (shorter first) and costs more to build.
 *
 * The fast form is a record: "CROSS JOIN LATERAL (SELECT t.a AS "a", ...)
 * x" names each value with its key, the planner folds the lateral subquery
 * into the row it belongs to, and row_to_json(x) or association.json_array(x)
 * (array_to_json's text without its intermediate array; json_agg would
 * add line breaks) turns it into an object in one pass, nested records
 * into nested objects.  A key
 * longer than a column name can be (NAMEDATALEN - 1 bytes) cannot name a
 * record column; such an object is built with json_build_object instead.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "sqlgen/row_json.h"

/* json_build_object takes at most 100 arguments: 50 keys. */
#define MAX_BUILD_OBJECT_KEYS 50

/* json_field returns a field: key and the SQL of its value. */
JsonField *
json_field(const char *key, char *expr)
{
	JsonField  *f = palloc(sizeof(JsonField));

	f->key = key;
	f->expr = expr;
	return f;
}

/*
 * json_value_sql returns the SQL of attribute a's value at column expression
 * col, as it goes into a row's object.  bigint and numeric values are
 * strings, as node-postgres gives them to Sequelize: a JSON number loses
 * the digits of a bigint beyond 2^53 and the scale of a numeric (12.50)
 * in JavaScript.
 */
static char *
json_value_sql(ModelAttr *a, char *col)
{
	Oid			base = getBaseType(a->type_oid);

	if (base == INT8OID || base == NUMERICOID)
		return psprintf("%s::pg_catalog.text", col);
	return col;
}

/* row_json_fields returns the fields of a row's object: 'attr' -> alias.col. */
List *
row_json_fields(Model *model, const char *alias, List *attrs)
{
	List	   *fields = NIL;
	ListCell   *lc;

	foreach(lc, attrs)
	{
		ModelAttr  *a = lfirst(lc);
		char	   *col = alias ? psprintf("%s.%s", quote_identifier(alias), quote_identifier(a->field))
			: pstrdup(quote_identifier(a->field));

		fields = lappend(fields, json_field(a->name, json_value_sql(a, col)));
	}
	return fields;
}

/* keys_fit returns whether every key of fields can name a record column. */
static bool
keys_fit(List *fields)
{
	ListCell   *lc;

	foreach(lc, fields)
		if (strlen(((JsonField *) lfirst(lc))->key) >= NAMEDATALEN)
			return false;
	return true;
}

/* append_build_object appends json_build_object over fields. */
static void
append_build_object(StringInfo buf, List *fields)
{
	ListCell   *lc;

	if (list_length(fields) > MAX_BUILD_OBJECT_KEYS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("a row with more than %d keys cannot have a key longer than %d bytes",
						MAX_BUILD_OBJECT_KEYS, NAMEDATALEN - 1),
				 errhint("Give the attribute or association a shorter name.")));
	appendStringInfoString(buf, "pg_catalog.json_build_object(");
	foreach(lc, fields)
	{
		JsonField  *f = lfirst(lc);

		appendStringInfo(buf, "%s%s, %s", foreach_current_index(lc) ? ", " : "",
						 quote_literal_cstr(f->key), f->expr);
	}
	appendStringInfoChar(buf, ')');
}

/* append_select_list appends "expr AS "key", ..." over fields. */
static void
append_select_list(StringInfo buf, List *fields)
{
	ListCell   *lc;

	foreach(lc, fields)
	{
		JsonField  *f = lfirst(lc);

		appendStringInfo(buf, "%s%s AS %s", foreach_current_index(lc) ? ", " : "",
						 f->expr, quote_identifier(f->key));
	}
}

/*
 * append_record_columns appends the select list of a record over fields:
 * one column per key, or, when a key is too long to name a column (or
 * there are none), the object built as column "o".  record_value and
 * record_json then refer to the record by its alias.
 */
void
append_record_columns(StringInfo buf, List *fields)
{
	if (fields == NIL)
		appendStringInfoString(buf, "'{}'::pg_catalog.json AS o");
	else if (keys_fit(fields))
		append_select_list(buf, fields);
	else
	{
		append_build_object(buf, fields);
		appendStringInfoString(buf, " AS o");
	}
}

/*
 * append_record_lateral appends " CROSS JOIN LATERAL (SELECT ...) rec": the
 * record of one object over fields, to refer to with record_value and
 * record_json.
 */
void
append_record_lateral(StringInfo buf, List *fields, const char *rec)
{
	appendStringInfoString(buf, " CROSS JOIN LATERAL (SELECT ");
	append_record_columns(buf, fields);
	appendStringInfo(buf, ") %s", rec);
}

/*
 * record_value returns the SQL of the object of append_record_lateral as a
 * value to nest in another object or to aggregate: the record,
 * or the json built when it is not one.
 */
char *
record_value(List *fields, const char *rec)
{
	if (fields != NIL && keys_fit(fields))
		return pstrdup(rec);
	return psprintf("%s.o", rec);
}

/* record_json returns the SQL of the object of append_record_lateral as json. */
char *
record_json(List *fields, const char *rec)
{
	if (fields != NIL && keys_fit(fields))
		return psprintf("pg_catalog.row_to_json(%s)", rec);
	return psprintf("%s.o", rec);
}

/*
 * append_json_object appends a json object expression over fields, for a
 * value computed once per row outside a record (a junction's data on
 * Citus, a row an insert returned): a scalar subquery over the record, or
 * json_build_object when a key cannot name a column.
 */
void
append_json_object(StringInfo buf, List *fields)
{
	if (fields == NIL)
		appendStringInfoString(buf, "'{}'::pg_catalog.json");
	else if (!keys_fit(fields))
		append_build_object(buf, fields);
	else
	{
		appendStringInfoString(buf, "(SELECT pg_catalog.row_to_json(o) FROM (SELECT ");
		append_select_list(buf, fields);
		appendStringInfoString(buf, ") o)");
	}
}

/*
 * append_row_json appends the json of one row over attrs (ModelAttr *; none
 * gives '{}'), keyed by attribute name.
 */
void
append_row_json(StringInfo buf, Model *model, const char *alias, List *attrs)
{
	append_json_object(buf, row_json_fields(model, alias, attrs));
}
