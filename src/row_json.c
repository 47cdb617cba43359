/*
 * src/row_json.c
 *
 * Builds the SQL expression that turns one row of a model's table into
 * jsonb keyed by attribute name (UserId, not user_id), the shape every
 * function of the extension returns rows in.
 */
#include "postgres.h"

#include "utils/builtins.h"

#include "row_json.h"

/* jsonb_build_object takes at most 100 arguments: 50 keys per call. */
#define KEYS_PER_CALL 50

/*
 * append_row_json appends jsonb_build_object('attr', alias.col, ...) over
 * attrs (ModelAttr *; none gives '{}'), chained with || when there are more
 * than one call can take.
 */
void
append_row_json(StringInfo buf, Model *model, const char *alias, List *attrs)
{
	ListCell   *lc;
	int			n = 0;

	appendStringInfoString(buf, "jsonb_build_object(");
	foreach(lc, attrs)
	{
		ModelAttr  *a = lfirst(lc);

		if (n > 0 && n % KEYS_PER_CALL == 0)
			appendStringInfoString(buf, ") OPERATOR(pg_catalog.||) jsonb_build_object(");
		else if (n > 0)
			appendStringInfoString(buf, ", ");
		appendStringInfo(buf, "%s, ", quote_literal_cstr(a->name));
		if (alias != NULL)
			appendStringInfo(buf, "%s.", quote_identifier(alias));
		appendStringInfoString(buf, quote_identifier(a->field));
		n++;
	}
	appendStringInfoChar(buf, ')');
}
