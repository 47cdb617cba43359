/*
 * src/ops/create.c
 *
 * create(model, values, {include}): an instance and, given in values under
 * the association names the include lists, its associated instances, in
 * Sequelize's order: belongsTo targets first
 * (their key copied onto the instance), then the instance, then hasOne and
 * hasMany targets (foreign key and scope set) and belongsToMany targets
 * with their junction rows (junction data under the junction model's name,
 * plus the through scope), to any depth.  All in the caller's transaction:
 * an error anywhere leaves nothing behind.  Returns the whole tree with
 * generated keys.
 */
#include "postgres.h"

#include "executor/spi.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/json.h"
#include "utils/jsonb.h"

#include "catalog/include.h"
#include "exec/exec.h"
#include "ops/create.h"
#include "options/json_util.h"
#include "sqlgen/insert.h"
#include "sqlgen/row_json.h"

static List *extras_of(List *fixed, WhereParams *params);

/*
 * insert_row inserts one row of model with fixed columns and the plain
 * values of scope (or NULL); returns it as json text.
 */
static char *
insert_row(Model *model, const JsonbValue *values, List *fixed, Jsonb *scope)
{
	char	   *sql;
	WhereParams store;
	WhereParams *params = &store;
	bool		isnull;

	memset(&store, 0, sizeof(store));
	store.plan_per_call = model->on_citus;
	sql = insert_returning_json(model, NULL,
								insert_sql(model, values, params,
										   scope_insert_extras(model, scope, params,
															   extras_of(fixed, params))));
	exec_kept(sql, params, false, 1, SPI_OK_SELECT);
	return TextDatumGetCString(exec_result(0, 1, &isnull));
}

/* A column the association fixes, with its value as text (NULL for null). */
typedef struct FixedValue
{
	ModelAttr  *attr;
	char	   *text;
} FixedValue;

/* fixed_from_row returns attr = the value of key in row (json text). */
static FixedValue *
fixed_from_row(ModelAttr *attr, const char *row, const char *key)
{
	JsonbValue	root;
	JsonbValue *v;
	FixedValue *f = palloc(sizeof(FixedValue));

	jv_from_jsonb(DatumGetJsonbP(DirectFunctionCall1(jsonb_in, CStringGetDatum(row))), &root);
	v = jv_get(&root, key);
	f->attr = attr;
	f->text = jv_is_null(v) ? NULL : jv_to_text(v);
	return f;
}

/* extras_of turns fixed values into INSERT extras bound in params. */
static List *
extras_of(List *fixed, WhereParams *params)
{
	List	   *extras = NIL;
	ListCell   *lc;

	foreach(lc, fixed)
	{
		FixedValue *f = lfirst(lc);
		InsertExtra *e = palloc(sizeof(InsertExtra));

		e->attr = f->attr;
		e->expr = psprintf("$%d", where_add_param(params, f->attr->type_oid, f->attr->typmod, f->text));
		extras = lappend(extras, e);
	}
	return extras;
}

/*
 * with_key returns json object obj (text) with key: value (json text, or
 * NULL for null) added last, so that included associations follow the
 * attributes in include order.
 */
static char *
with_key(const char *obj, const char *key, const char *value)
{
	StringInfoData buf;
	size_t		len = strlen(obj);

	Assert(len >= 2 && obj[len - 1] == '}');
	initStringInfo(&buf);
	appendBinaryStringInfo(&buf, obj, len - 1);
	if (len > 2)
		appendStringInfoChar(&buf, ',');
	escape_json(&buf, key);
	appendStringInfo(&buf, ":%s}", value ? value : "null");
	return buf.data;
}

/* elements returns the instances given for a plural association. */
static List *
elements(IncludeNode *node, const JsonbValue *v)
{
	if (jv_is_null(v))
		return NIL;
	if (jv_is_object(v))
		return list_make1((JsonbValue *) v);
	if (!jv_is_array(v))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("values of association \"%s\" must be a list of objects, not %s",
						node->as->name, jv_type_name(v))));
	return jv_array_elements(v);
}

/*
 * nested_create inserts model's row from values (attributes and included
 * associations) with the columns the association it is created for fixes
 * (its key, and the plain values of scope), and everything included, and
 * returns the tree.
 */
static char *
nested_create(Model *model, const JsonbValue *values, List *nodes, List *fixed, Jsonb *scope,
			  int depth)
{
	List	   *association_names = NIL;
	JsonbValue *own_values;
	char	   *row;
	char	   *result;
	char	  **parents = palloc0(sizeof(char *) * Max(list_length(nodes), 1));
	ListCell   *lc;

	if (!jv_is_object(values))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("values of a \"%s\" instance must be an object, not %s", model->name,
						jv_type_name(values))));
	if (depth > INCLUDE_MAX_DEPTH)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("nested create is more than %d levels deep", INCLUDE_MAX_DEPTH)));
	/* the instance's own values: attributes, not association names */
	foreach(lc, nodes)
		association_names = lappend(association_names, ((IncludeNode *) lfirst(lc))->as->name);
	own_values = jv_without_keys(values, association_names);

	/* belongsTo targets first: the instance stores their key */
	foreach(lc, nodes)
	{
		IncludeNode *node = lfirst(lc);
		JsonbValue *v = jv_get(values, node->as->name);
		char	   *target;

		if (node->as->kind != ASSOC_BELONGS_TO || jv_is_null(v))
			continue;
		target = nested_create(node->model, v, node->children, NIL, NULL, depth + 1);
		fixed = lappend(fixed, fixed_from_row(model_find_attr(model, node->as->foreign_key),
											  target, node->as->target_key));
		parents[foreach_current_index(lc)] = target;	/* for the result */
	}
	row = insert_row(model, own_values, fixed, scope);
	result = row;

	foreach(lc, nodes)
	{
		IncludeNode *node = lfirst(lc);
		Association *as = node->as;
		JsonbValue *v = jv_get(values, as->name);
		StringInfoData arr;
		ListCell   *le;

		if (as->kind == ASSOC_BELONGS_TO)
		{
			if (!jv_is_null(v))
				result = with_key(result, as->name, parents[foreach_current_index(lc)]);
			continue;
		}
		if (jv_is_null(v))
			continue;
		if (as->kind == ASSOC_HAS_ONE && !jv_is_object(v))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("values of association \"%s\" must be an object, not %s", as->name,
							jv_type_name(v))));
		initStringInfo(&arr);
		appendStringInfoChar(&arr, '[');
		foreach(le, elements(node, v))
		{
			JsonbValue *elem = lfirst(le);
			List	   *child_fixed = NIL;
			char	   *child;

			if (as->kind != ASSOC_BELONGS_TO_MANY)
			{
				/* hasOne/hasMany: the target stores the instance's key and the scope */
				child_fixed = list_make1(fixed_from_row(model_find_attr(node->model, as->foreign_key),
														row, as->source_key));
				child = nested_create(node->model, elem, node->children, child_fixed, as->scope,
									  depth + 1);
			}
			else
			{
				/* the target (with the target scope), then the junction row */
				JsonbValue *junction_data = jv_is_object(elem) ? jv_get(elem, as->through->name) : NULL;
				JsonbValue	empty;
				List	   *jfixed;
				char	   *jrow;

				child = nested_create(node->model,
									  jv_is_object(elem) ? jv_without_keys(elem, list_make1(as->through->name)) : elem,
									  node->children, NIL, as->scope, depth + 1);
				jfixed = list_make1(fixed_from_row(model_find_attr(as->through, as->foreign_key),
												   row, as->source_key));
				jfixed = lappend(jfixed, fixed_from_row(model_find_attr(as->through, as->other_key),
														child, as->target_key));
				if (jv_is_null(junction_data))
				{
					jv_from_jsonb(DatumGetJsonbP(DirectFunctionCall1(jsonb_in, CStringGetDatum("{}"))),
								  &empty);
					junction_data = &empty;
				}
				else if (!jv_is_object(junction_data))
					ereport(ERROR,
							(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
							 errmsg("junction data \"%s\" must be an object", as->through->name)));
				jrow = insert_row(as->through, junction_data, jfixed, as->through_scope);
				child = with_key(child, as->through->name, jrow);
			}
			if (as->kind == ASSOC_HAS_ONE)
			{
				result = with_key(result, as->name, child);
				break;
			}
			appendStringInfo(&arr, "%s%s", foreach_current_index(le) ? "," : "", child);
		}
		appendStringInfoChar(&arr, ']');
		if (as->kind != ASSOC_HAS_ONE)
			result = with_key(result, as->name, arr.data);
	}
	return result;
}


/*
 * create_instance inserts one instance of model from values and, for the
 * associations nodes includes, its associated instances; returns the tree
 * as json.
 */
Datum
create_instance(Model *model, const JsonbValue *values, List *nodes)
{
	MemoryContext caller = CurrentMemoryContext;
	char	   *json;

	exec_begin();
	json = nested_create(model, values, nodes, NIL, NULL, 0);
	MemoryContextSwitchTo(caller);
	json = pstrdup(json);		/* out of SPI's memory */
	exec_end();
	return CStringGetTextDatum(json);
}
