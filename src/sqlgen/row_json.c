/*
 * src/sqlgen/row_json.c
 *
 * Builds the SQL expression that turns one row of a model's table into
 * jsonb keyed by attribute name (UserId, not user_id), the shape every
 * function of the extension returns rows in.
 */
#include "postgres.h"

#include "utils/builtins.h"

#include "sqlgen/row_json.h"

/* jsonb_build_object takes at most 100 arguments: 50 keys per call. */
#define KEYS_PER_CALL 50

/* row_json_fields returns the fields of a row's jsonb: 'attr' -> alias.col. */
List *
row_json_fields(Model *model, const char *alias, List *attrs)
{
	List	   *fields = NIL;
	ListCell   *lc;

	foreach(lc, attrs)
	{
		ModelAttr  *a = lfirst(lc);
		JsonField  *f = palloc(sizeof(JsonField));

		f->key = a->name;
		f->expr = alias ? psprintf("%s.%s", quote_identifier(alias), quote_identifier(a->field))
			: pstrdup(quote_identifier(a->field));
		fields = lappend(fields, f);
	}
	return fields;
}

/*
 * append_json_object appends one jsonb_build_object over fields (JsonField
 * *), chained with || only when there are more than one call can take, so
 * that a row is built once rather than re-encoded per added key.
 */
void
append_json_object(StringInfo buf, List *fields)
{
	ListCell   *lc;
	int			n = 0;

	appendStringInfoString(buf, "pg_catalog.jsonb_build_object(");
	foreach(lc, fields)
	{
		JsonField  *f = lfirst(lc);

		if (n > 0 && n % KEYS_PER_CALL == 0)
			appendStringInfoString(buf, ") OPERATOR(pg_catalog.||) pg_catalog.jsonb_build_object(");
		else if (n > 0)
			appendStringInfoString(buf, ", ");
		appendStringInfo(buf, "%s, %s", quote_literal_cstr(f->key), f->expr);
		n++;
	}
	appendStringInfoChar(buf, ')');
}

/*
 * append_row_json appends the jsonb of a row over attrs (ModelAttr *; none
 * gives '{}'), keyed by attribute name.
 */
void
append_row_json(StringInfo buf, Model *model, const char *alias, List *attrs)
{
	append_json_object(buf, row_json_fields(model, alias, attrs));
}
