/*
 * src/api/describe.c
 *
 * describe(model): the model as the registry resolved it, the way sync
 * sees it: table, name forms, every attribute (declared, default, adopted
 * from the table, or injected by an association) and every association with
 * its resolved keys.  Built as JSON text, then read as jsonb.
 */
#include "postgres.h"

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/json.h"
#include "utils/jsonb.h"

#include "catalog/model.h"
#include "api/args.h"
#include "catalog/registry.h"
#include "sqlgen/sync_plan.h"

PG_FUNCTION_INFO_V1(association_describe);

/* json_str appends "key": "value" (or null), preceded by a comma if needed. */
static void
json_str(StringInfo buf, const char *key, const char *value)
{
	if (buf->data[buf->len - 1] != '{')
		appendStringInfoString(buf, ", ");
	escape_json(buf, key);
	appendStringInfoString(buf, ": ");
	if (value == NULL)
		appendStringInfoString(buf, "null");
	else
		escape_json(buf, value);
}

/* json_raw appends "key": raw-json, preceded by a comma if needed. */
static void
json_raw(StringInfo buf, const char *key, const char *raw)
{
	if (buf->data[buf->len - 1] != '{')
		appendStringInfoString(buf, ", ");
	escape_json(buf, key);
	appendStringInfo(buf, ": %s", raw);
}

/*
 * describe_distribution appends how Citus distributes the model's table,
 * for a model with the option "distribution": "reference", or the column,
 * the model it is co-located with and whether the table is distributed yet.
 */
static void
describe_distribution(StringInfo buf, Model *m)
{
	if (m->distribution == DIST_NONE)
		return;
	if (m->distribution == DIST_REFERENCE)
	{
		json_str(buf, "distribution", "reference");
		json_raw(buf, "distributed", m->on_citus ? "true" : "false");
		return;
	}
	json_raw(buf, "distribution", "{");
	json_str(buf, "column", m->dist_column);
	json_str(buf, "colocateWith", m->colocate_with);
	appendStringInfoChar(buf, '}');
	json_raw(buf, "distributed", m->on_citus ? "true" : "false");
}

/* attr_origin returns where an attribute comes from. */
static const char *
attr_origin(ModelAttr *a)
{
	if (a->managed_fk)
		return "association";
	if (a->auto_generated)
		return "default";
	if (a->from_table)
		return "table";
	return "declared";
}

/* describe_attr appends one attribute as a JSON object. */
static void
describe_attr(StringInfo buf, ModelAttr *a)
{
	appendStringInfoChar(buf, '{');
	json_str(buf, "name", a->name);
	json_str(buf, "field", a->field);
	json_str(buf, "type", format_type_with_typemod(a->type_oid, a->typmod));
	json_raw(buf, "allowNull", a->allow_null ? "true" : "false");
	json_raw(buf, "primaryKey", a->primary_key ? "true" : "false");
	json_raw(buf, "autoIncrement", a->auto_increment ? "true" : "false");
	json_str(buf, "defaultValue", a->default_sql);
	if (a->unique != NULL && a->unique[0] == '\0')
		json_raw(buf, "unique", "true");
	else
		json_str(buf, "unique", a->unique);
	if (a->ref_table != NULL)
	{
		json_raw(buf, "references", "{");
		json_str(buf, "model", a->ref_model);
		json_str(buf, "table", quote_qualified_identifier(a->ref_schema, a->ref_table));
		json_str(buf, "key", a->ref_column);
		json_str(buf, "onDelete", a->on_delete);
		json_str(buf, "onUpdate", a->on_update);
		appendStringInfoChar(buf, '}');
	}
	else
		json_raw(buf, "references", "null");
	json_str(buf, "origin", attr_origin(a));
	appendStringInfoChar(buf, '}');
}

/* describe_association appends one association as a JSON object. */
static void
describe_association(StringInfo buf, Association *as, List *views)
{
	ListCell   *lc;
	const char *view = as->view_name;
	appendStringInfoChar(buf, '{');
	json_str(buf, "name", as->name);
	json_str(buf, "kind", assoc_kind_name(as->kind));
	json_str(buf, "target", as->target->name);
	json_str(buf, "singular", as->singular);
	json_str(buf, "plural", as->plural);
	json_str(buf, "foreignKey", as->foreign_key);
	json_str(buf, "sourceKey", as->source_key);
	json_str(buf, "targetKey", as->target_key);
	json_str(buf, "otherKey", as->other_key);
	json_str(buf, "through", as->through ? as->through->name : NULL);
	json_raw(buf, "scope", as->scope ? JsonbToCString(NULL, &as->scope->root, VARSIZE(as->scope)) : "null");
	json_raw(buf, "throughScope", as->through_scope ?
			 JsonbToCString(NULL, &as->through_scope->root, VARSIZE(as->through_scope)) : "null");
	json_raw(buf, "constraints", as->constraints ? "true" : "false");
	/* a default view name that something else holds: sync skips that view */
	foreach(lc, views)
	{
		ViewPlan   *vp = lfirst(lc);

		if (vp->as == as && vp->action == VIEW_SKIP)
			view = NULL;
	}
	json_str(buf, "view", view);
	appendStringInfoChar(buf, '}');
}

/*
 * describe_broken appends "brokenAssociations": the model's associations
 * that do not resolve, with their errors, when there are any.
 */
static void
describe_broken(StringInfo buf, Registry *reg, Model *m)
{
	ListCell   *lc;
	bool		first = true;

	foreach(lc, reg->broken)
	{
		BrokenDecl *b = lfirst(lc);

		if (b->is_model || strcmp(b->model, m->name) != 0)
			continue;
		appendStringInfoString(buf, first ? ", \"brokenAssociations\": [{" : ", {");
		json_str(buf, "name", b->name);
		json_str(buf, "owner", b->owner);
		json_str(buf, "error", b->error->message);
		appendStringInfoChar(buf, '}');
		first = false;
	}
	if (!first)
		appendStringInfoChar(buf, ']');
}

/* association_describe returns a model, its columns and its associations. */
Datum
association_describe(PG_FUNCTION_ARGS)
{
	char	   *name = arg_text_required(fcinfo, 0, "model");
	Registry   *reg = registry_acquire();
	Model	   *m = registry_lookup_model(reg, name);
	StringInfoData buf;
	ListCell   *lc;
	List	   *views;
	Datum		result;

	initStringInfo(&buf);
	appendStringInfoChar(&buf, '{');
	json_str(&buf, "name", m->name);
	json_str(&buf, "schema", m->schema);
	json_str(&buf, "table", m->table);
	json_raw(&buf, "tableExists", OidIsValid(m->relid) ? "true" : "false");
	json_str(&buf, "singular", m->singular);
	json_str(&buf, "plural", m->plural);
	json_raw(&buf, "underscored", m->underscored ? "true" : "false");
	json_raw(&buf, "timestamps", m->timestamps ? "true" : "false");
	json_raw(&buf, "implicit", m->implicit ? "true" : "false");
	describe_distribution(&buf, m);
	json_raw(&buf, "attributes", "[");
	foreach(lc, m->attrs)
	{
		if (lc != list_head(m->attrs))
			appendStringInfoString(&buf, ", ");
		describe_attr(&buf, lfirst(lc));
	}
	appendStringInfoString(&buf, "], \"associations\": [");
	views = m->associations != NIL ? sync_view_plans(reg, NULL, NIL) : NIL;
	foreach(lc, m->associations)
	{
		if (lc != list_head(m->associations))
			appendStringInfoString(&buf, ", ");
		describe_association(&buf, lfirst(lc), views);
	}
	appendStringInfoChar(&buf, ']');
	describe_broken(&buf, reg, m);
	appendStringInfoChar(&buf, '}');
	registry_release();
	result = DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data));
	PG_RETURN_DATUM(result);
}
