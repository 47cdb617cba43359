/*
 * src/sqlgen/views.c
 *
 * The scoped accessor view of an association:
 * "<source singular>_<association>" in the source's schema, first column
 * source_key (the source instance's key), then the target's columns, and for
 * many-to-many the junction row as one composite column named after the
 * junction model.  The association scope (and the through scope) is part of
 * the view, as literals of the columns' types: a view has no parameters.
 * The views are security_invoker: whoever queries one needs the rights on
 * the tables, and their row-level security policies apply, exactly as with
 * the functions.
 */
#include "postgres.h"

#include "lib/stringinfo.h"
#include "utils/builtins.h"

#include "catalog/model.h"
#include "sqlgen/ddl.h"
#include "sqlgen/where.h"
#include "sqlgen/sql_ops.h"

/* append_target_columns appends ", t.c1, t.c2, ..." for model's columns. */
static void
append_target_columns(StringInfo buf, Model *model)
{
	ListCell   *lc;

	foreach(lc, model->attrs)
		appendStringInfo(buf, ", t.%s", quote_identifier(((ModelAttr *) lfirst(lc))->field));
}


/*
 * Every view calls association.accessor_view_marker() (always true, folded
 * away by the planner) so that it depends on the extension: DROP EXTENSION
 * ... CASCADE drops it with its trigger, rather than leaving a plain view
 * whose DELETE would delete the target rows themselves.
 */
#define VIEW_MARKER "association.accessor_view_marker()"

/* accessor_view_sql returns CREATE VIEW for association as. */
char *
accessor_view_sql(Association *as)
{
	StringInfoData buf;
	Model	   *s = as->source;
	Model	   *t = as->target;

	initStringInfo(&buf);
	appendStringInfo(&buf, "CREATE VIEW %s WITH (security_invoker = true) AS SELECT ",
					 quote_qualified_identifier(s->schema, as->view_name));
	switch (as->kind)
	{
		case ASSOC_BELONGS_TO:
			appendStringInfo(&buf, "s.%s AS source_key", quote_identifier(as->instance_key->field));
			append_target_columns(&buf, t);
			appendStringInfo(&buf, " FROM %s s JOIN %s t ON t.%s %s s.%s WHERE " VIEW_MARKER,
							 model_qualified_table(s), model_qualified_table(t),
							 sql_field(t, as->target_key),
							 sql_eq_op(model_find_attr(t, as->target_key)->type_oid),
							 sql_field(s, as->foreign_key));
			break;
		case ASSOC_HAS_ONE:
		case ASSOC_HAS_MANY:
			appendStringInfo(&buf, "t.%s AS source_key", sql_field(t, as->foreign_key));
			append_target_columns(&buf, t);
			appendStringInfo(&buf, " FROM %s t WHERE " VIEW_MARKER " AND t.%s IS NOT NULL",
							 model_qualified_table(t), sql_field(t, as->foreign_key));
			break;
		case ASSOC_BELONGS_TO_MANY:
			appendStringInfo(&buf, "j.%s AS source_key", sql_field(as->through, as->foreign_key));
			append_target_columns(&buf, t);
			appendStringInfo(&buf, ", j AS %s FROM %s j JOIN %s t ON t.%s %s j.%s WHERE " VIEW_MARKER,
							 quote_identifier(as->through->name),
							 model_qualified_table(as->through), model_qualified_table(t),
							 sql_field(t, as->target_key),
							 sql_eq_op(model_find_attr(t, as->target_key)->type_oid),
							 sql_field(as->through, as->other_key));
			where_append_and(&buf, as->through, "j", as->through_scope, NULL);
			break;
	}
	where_append_and(&buf, t, "t", as->scope, NULL);
	return buf.data;
}
