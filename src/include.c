/*
 * src/include.c
 *
 * Eager loading (SEQUELIZE_V6_RULES.md §10).  An include option — an
 * association name, a list, {"model", "as"}, {"association"} or
 * {"all": true}, each with its own where, required, attributes, through,
 * order, limit, offset, count and nested include — is resolved with
 * Sequelize's rules and error messages, then compiled into ONE statement:
 * each included association is a correlated subquery that builds its rows'
 * jsonb (jsonb_agg for plural associations, the one row or null for
 * singular ones), nested to any depth.  Parents are never duplicated and
 * each level reads only the rows it returns, through the foreign-key
 * indexes sync makes.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/formatting.h"

#include "include.h"
#include "json_util.h"
#include "row_json.h"

static const char *const include_keys[] = {
	"model", "as", "association", "all", "where", "required", "attributes",
	"include", "through", "order", "limit", "offset", "count", "separate",
	"right", "duplicating", NULL
};
static const char *const through_keys[] = {"attributes", "where", "as", NULL};
static const char *const attributes_keys[] = {"exclude", NULL};

/* eager_error reports one of Sequelize's eager-loading errors. */
static void
eager_error(const char *message)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_COLUMN_REFERENCE),
			 errmsg("%s", message),
			 errhint("association.describe() lists a model's associations and their aliases.")));
}

/* alias_matches returns whether as answers to alias (Sequelize's verifyAssociationAlias). */
static bool
alias_matches(Association *as, const char *alias)
{
	if (alias == NULL)
		return !as->aliased;
	if (strcmp(as->name, alias) == 0)
		return true;
	if (as->kind == ASSOC_BELONGS_TO || as->kind == ASSOC_HAS_ONE)
		return as->singular != NULL && strcmp(as->singular, alias) == 0;
	return as->plural != NULL && strcmp(as->plural, alias) == 0;
}

/* included_by_model resolves {"model": target, "as": alias} on parent. */
static Association *
included_by_model(Model *parent, Model *target, const char *alias)
{
	List	   *candidates = NIL;
	ListCell   *lc;
	StringInfoData names;

	foreach(lc, parent->associations)
	{
		Association *as = lfirst(lc);

		if (as->target == target)
			candidates = lappend(candidates, as);
	}
	if (candidates == NIL)
		eager_error(psprintf("%s is not associated to %s!", target->name, parent->name));
	foreach(lc, candidates)
		if (alias_matches(lfirst(lc), alias))
			return lfirst(lc);
	if (list_length(candidates) > 1)
		eager_error(psprintf("%s is associated to %s multiple times. To identify the correct association, you must use the 'as' keyword to specify the alias of the association you want to include.",
							 target->name, parent->name));
	if (alias == NULL)
		eager_error(psprintf("%s is associated to %s using an alias. You must use the 'as' keyword to specify the alias within your include statement.",
							 target->name, parent->name));
	initStringInfo(&names);
	foreach(lc, candidates)
		appendStringInfo(&names, "%s%s", names.len ? ", " : "", ((Association *) lfirst(lc))->name);
	eager_error(psprintf("%s is associated to %s using an alias. You've included an alias (%s), but it does not match the alias(es) defined in your association (%s).",
						 target->name, parent->name, alias, names.data));
	return NULL;
}

/* included_by_name resolves an association name on parent. */
static Association *
included_by_name(Model *parent, const char *name)
{
	ListCell   *lc;

	foreach(lc, parent->associations)
	{
		Association *as = lfirst(lc);

		if (strcmp(as->name, name) == 0)
			return as;
	}
	eager_error(psprintf("Association with alias \"%s\" does not exist on %s", name, parent->name));
	return NULL;
}

/*
 * include_attributes returns the attributes of model an attributes option
 * names: a list, {"exclude": [...]}, or all of them when v is NULL.
 */
List *
include_attributes(Model *model, const JsonbValue *v, const char *option)
{
	List	   *named = NIL;
	List	   *result = NIL;
	const JsonbValue *list = v;
	bool		exclude = false;
	ListCell   *lc;

	if (v == NULL)
		return list_copy(model->attrs);
	if (jv_is_object(v))
	{
		jv_check_keys(v, attributes_keys, psprintf("option \"%s\"", option));
		list = jv_get(v, "exclude");
		exclude = true;
	}
	if (!jv_is_array(list))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("option \"%s\" must be a list of attribute names or {\"exclude\": [...]}",
						option)));
	foreach(lc, jv_array_elements(list))
	{
		JsonbValue *e = lfirst(lc);
		ModelAttr  *a = jv_is_string(e) ? model_find_attr(model, jv_string(e)) : NULL;

		if (a == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("option \"%s\" names %s, which is not an attribute of model \"%s\"", option,
							jv_is_string(e) ? psprintf("\"%s\"", jv_string(e)) : jv_type_name(e),
							model->name)));
		named = lappend(named, a);
	}
	if (!exclude)
		return named;
	foreach(lc, model->attrs)
		if (!list_member_ptr(named, lfirst(lc)))
			result = lappend(result, lfirst(lc));
	return result;
}

/* make_node returns the include node of association as with options spec. */
static IncludeNode *
make_node(Association *as, const JsonbValue *spec, int depth, int *aliases)
{
	IncludeNode *node = palloc0(sizeof(IncludeNode));
	JsonbValue *v;
	bool		singular = as->kind == ASSOC_BELONGS_TO || as->kind == ASSOC_HAS_ONE;

	node->as = as;
	node->model = as->target;
	node->alias = psprintf("t%d", ++(*aliases));
	node->jalias = psprintf("j%d", *aliases);
	node->spec = spec;
	node->through_as = as->through ? as->through->name : NULL;
	if (as->through != NULL)
		node->through_attrs = list_copy(as->through->attrs);
	if (spec == NULL)
	{
		node->attrs = list_copy(as->target->attrs);
		return node;
	}
	node->where = jv_get(spec, "where");
	if (jv_is_null(node->where))
		node->where = NULL;
	else if (!jv_is_object(node->where))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("where of include \"%s\" must be a JSON object", as->name)));
	/* where implies required, unless required says otherwise (v6) */
	node->required = jv_get_bool(spec, "required", node->where != NULL, "include");
	node->count = jv_get_bool(spec, "count", false, "include");
	(void) jv_get_bool(spec, "separate", false, "include");
	(void) jv_get_bool(spec, "duplicating", false, "include");
	(void) jv_get_bool(spec, "right", false, "include");
	node->attrs = include_attributes(as->target, jv_get(spec, "attributes"), "include.attributes");
	node->order = jv_get(spec, "order");
	node->limit = jv_get(spec, "limit");
	node->offset = jv_get(spec, "offset");
	if (singular && (node->order || node->limit || node->offset))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("order, limit and offset apply to plural includes only"),
				 errhint("\"%s\" is a %s association: it has at most one row.", as->name,
						 assoc_kind_name(as->kind))));
	v = jv_get(spec, "through");
	if (!jv_is_null(v))
	{
		if (as->through == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("option \"through\" of include \"%s\" applies to belongsToMany only", as->name)));
		jv_require_object(v, "include option \"through\"");
		jv_check_keys(v, through_keys, "include option \"through\"");
		if (jv_get(v, "attributes") != NULL)
			node->through_attrs = include_attributes(as->through, jv_get(v, "attributes"),
													 "through.attributes");
		node->through_where = jv_get(v, "where");
		if (jv_is_null(node->through_where))
			node->through_where = NULL;
		if (jv_get_string(v, "as", "include option \"through\"") != NULL)
			node->through_as = jv_get_string(v, "as", "include option \"through\"");
	}
	v = jv_get(spec, "include");
	if (!jv_is_null(v))
		node->children = include_parse(as->target, v, depth + 1, aliases);
	return node;
}

/* add_node appends node unless its association is already included. */
static List *
add_node(List *nodes, IncludeNode *node)
{
	ListCell   *lc;

	foreach(lc, nodes)
		if (((IncludeNode *) lfirst(lc))->as == node->as)
			ereport(ERROR,
					(errcode(ERRCODE_DUPLICATE_OBJECT),
					 errmsg("association \"%s\" is included twice", node->as->name),
					 errhint("Merge the two include elements into one.")));
	return lappend(nodes, node);
}

/* parse_element resolves one include element against parent. */
static List *
parse_element(List *nodes, Model *parent, const JsonbValue *e, int depth, int *aliases)
{
	Association *as;
	JsonbValue *v;
	char	   *alias;

	if (jv_is_string(e))
		return add_node(nodes, make_node(included_by_name(parent, jv_string(e)), NULL, depth, aliases));
	if (!jv_is_object(e))
		eager_error("Include unexpected. Element has to be either a Model, an Association or an object.");
	jv_check_keys(e, include_keys, "include");
	if (jv_get_bool(e, "all", false, "include"))
		return nodes;			/* expanded by include_parse, after the others */
	alias = jv_get_string(e, "as", "include");
	v = jv_get(e, "association");
	if (jv_is_string(v))
	{
		as = included_by_name(parent, jv_string(v));
		if (alias != NULL && !alias_matches(as, alias))
			eager_error(psprintf("%s is associated to %s using an alias. You've included an alias (%s), but it does not match the alias(es) defined in your association (%s).",
								 as->target->name, parent->name, alias, as->name));
	}
	else if (jv_is_string(jv_get(e, "model")))
	{
		Registry   *reg = cache_current_registry();
		char	   *name = jv_string(jv_get(e, "model"));
		Model	   *target = registry_find_model(reg, name);

		if (target == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_OBJECT),
					 errmsg("model \"%s\" does not exist", name),
					 errhint("Include by association name, or declare the model.")));
		as = included_by_model(parent, target, alias);
	}
	else if (alias != NULL)
		as = included_by_name(parent, alias);
	else
	{
		eager_error("Include unexpected. Element has to be either a Model, an Association or an object.");
		return nodes;
	}
	return add_node(nodes, make_node(as, e, depth, aliases));
}

/*
 * include_parse resolves an include option (one element or a list) on
 * parent and returns its nodes.
 */
List *
include_parse(Model *parent, const JsonbValue *include, int depth, int *aliases)
{
	List	   *nodes = NIL;
	List	   *elements;
	ListCell   *lc;

	if (depth > INCLUDE_MAX_DEPTH)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("includes are nested more than %d levels deep", INCLUDE_MAX_DEPTH)));
	elements = jv_is_array(include) ? jv_array_elements(include) : list_make1((JsonbValue *) include);
	foreach(lc, elements)
		nodes = parse_element(nodes, parent, lfirst(lc), depth, aliases);

	/*
	 * {"all": true} includes every association not included explicitly (an
	 * explicit element wins), each with the element's other options.
	 */
	foreach(lc, elements)
	{
		JsonbValue *e = lfirst(lc);
		ListCell   *la;

		if (!jv_is_object(e) || !jv_get_bool(e, "all", false, "include"))
			continue;
		foreach(la, parent->associations)
		{
			ListCell   *ln;
			bool		done = false;

			foreach(ln, nodes)
				if (((IncludeNode *) lfirst(ln))->as == lfirst(la))
					done = true;
			if (!done)
				nodes = lappend(nodes, make_node(lfirst(la), e, depth, aliases));
		}
	}
	return nodes;
}

/* col returns "alias.column" of model's attribute name. */
static char *
col(const char *alias, Model *model, const char *name)
{
	return psprintf("%s.%s", alias, quote_identifier(model_find_attr(model, name)->field));
}

/* append_where appends " AND (where)" over model as alias (either form). */
static void
append_where(StringInfo buf, Model *model, const char *alias, const JsonbValue *where,
			 Jsonb *where_jsonb, WhereParams *params)
{
	if (where != NULL)
		where_jsonb = jv_to_jsonb(where);
	where_append_and(buf, model, alias, where_jsonb, params);
}

static void append_node_json(StringInfo buf, IncludeNode *node, WhereParams *params);
static bool append_order(StringInfo buf, Model *model, const char *alias, const JsonbValue *order);

/* append_required appends " AND EXISTS (...)" for each required child. */
static void append_child_source(StringInfo buf, IncludeNode *parent, IncludeNode *child,
								WhereParams *params);

static void
append_required(StringInfo buf, IncludeNode *node, WhereParams *params)
{
	ListCell   *lc;

	foreach(lc, node->children)
	{
		IncludeNode *child = lfirst(lc);

		if (!child->required)
			continue;
		appendStringInfoString(buf, " AND EXISTS (SELECT 1");
		append_child_source(buf, node, child, params);
		appendStringInfoChar(buf, ')');
	}
}

/*
 * append_child_from appends FROM of child's rows: its table, and for
 * belongsToMany the junction joined to it.
 */
static void
append_child_from(StringInfo buf, IncludeNode *child)
{
	Association *as = child->as;

	if (as->kind != ASSOC_BELONGS_TO_MANY)
	{
		appendStringInfo(buf, " FROM %s %s", model_qualified_table(child->model), child->alias);
		return;
	}
	appendStringInfo(buf, " FROM %s %s JOIN %s %s ON %s OPERATOR(pg_catalog.=) %s",
					 model_qualified_table(as->through), child->jalias,
					 model_qualified_table(child->model), child->alias,
					 col(child->alias, child->model, as->target_key),
					 col(child->jalias, as->through, as->other_key));
}

/*
 * child_link_column returns the child-side column that ties a child row to
 * its parent, and sets *parent_column to the parent-side one.
 */
static char *
child_link_column(IncludeNode *parent, IncludeNode *child, char **parent_column)
{
	Association *as = child->as;

	switch (as->kind)
	{
		case ASSOC_BELONGS_TO:
			*parent_column = col(parent->alias, parent->model, as->foreign_key);
			return col(child->alias, child->model, as->target_key);
		case ASSOC_HAS_ONE:
		case ASSOC_HAS_MANY:
			*parent_column = col(parent->alias, parent->model, as->source_key);
			return col(child->alias, child->model, as->foreign_key);
		case ASSOC_BELONGS_TO_MANY:
			break;
	}
	*parent_column = col(parent->alias, parent->model, as->source_key);
	return col(child->jalias, as->through, as->foreign_key);
}

/*
 * append_child_filters appends " AND ..." for the association's scopes,
 * the include's where and through.where, "$path$" conditions and required
 * grandchildren.
 */
static void
append_child_filters(StringInfo buf, IncludeNode *child, WhereParams *params)
{
	Association *as = child->as;
	ListCell   *lc;

	if (as->kind == ASSOC_BELONGS_TO_MANY)
	{
		append_where(buf, as->through, child->jalias, NULL, as->through_scope, params);
		append_where(buf, as->through, child->jalias, child->through_where, NULL, params);
	}
	if (as->kind != ASSOC_BELONGS_TO)
		append_where(buf, child->model, child->alias, NULL, as->scope, params);
	append_where(buf, child->model, child->alias, child->where, NULL, params);
	foreach(lc, child->path_where)
		append_where(buf, child->model, child->alias, NULL, lfirst(lc), params);
	append_required(buf, child, params);
}

/*
 * append_child_source appends FROM and WHERE of child's rows for one row of
 * parent: the association's join, its scopes, the include's where and
 * through.where, and its own required children.
 */
static void
append_child_source(StringInfo buf, IncludeNode *parent, IncludeNode *child, WhereParams *params)
{
	char	   *parent_column;
	char	   *child_column = child_link_column(parent, child, &parent_column);

	append_child_from(buf, child);
	appendStringInfo(buf, " WHERE %s OPERATOR(pg_catalog.=) %s", child_column, parent_column);
	append_child_filters(buf, child, params);
}

/*
 * append_grouped_join appends the LEFT JOIN that computes a plural
 * include's arrays for every parent at once: one pass over the children,
 * grouped by their parent key — cheaper than a subquery per parent when
 * the query returns every parent.
 */
static void
append_grouped_join(StringInfo buf, IncludeNode *parent, IncludeNode *child, WhereParams *params)
{
	char	   *parent_column;
	char	   *child_column = child_link_column(parent, child, &parent_column);
	ModelAttr  *pk = model_primary_key(child->model);
	StringInfoData order;

	initStringInfo(&order);
	if (!append_order(&order, child->model, child->alias, child->order))
		appendStringInfo(&order, "%s.%s", child->alias, pk ? quote_identifier(pk->field) : "ctid");
	appendStringInfo(buf, " LEFT JOIN (SELECT %s AS k, pg_catalog.jsonb_agg(", child_column);
	append_node_json(buf, child, params);
	appendStringInfo(buf, " ORDER BY %s) AS v", order.data);
	append_child_from(buf, child);
	appendStringInfoString(buf, " WHERE TRUE");
	append_child_filters(buf, child, params);
	appendStringInfo(buf, " GROUP BY 1) %s ON %s.k OPERATOR(pg_catalog.=) %s",
					 child->group_alias, child->group_alias, parent_column);
}

/* count_param returns $n for a non-negative integer option. */
static int
count_param(const JsonbValue *v, const char *option, WhereParams *params)
{
	char	   *text = v->type == jbvNumeric ? jv_to_text(v) : NULL;
	char	   *end;
	long long	n;

	if (text != NULL)
	{
		errno = 0;
		n = strtoll(text, &end, 10);
		if (errno == 0 && *end == '\0' && n >= 0)
			return where_add_param(params, INT8OID, -1, text);
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("option \"%s\" must be a non-negative integer", option)));
	return 0;
}

/*
 * append_order appends the ORDER BY list of an order option over model
 * and returns whether it wrote anything.
 */
static bool
append_order(StringInfo buf, Model *model, const char *alias, const JsonbValue *order)
{
	static const char *const dirs[] = {
		"ASC", "DESC", "ASC NULLS FIRST", "ASC NULLS LAST", "DESC NULLS FIRST",
		"DESC NULLS LAST", "NULLS FIRST", "NULLS LAST", NULL
	};
	ListCell   *lc;
	List	   *items;
	int			n = 0;

	if (order == NULL || jv_is_null(order))
		return false;
	if (!jv_is_array(order))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("option \"order\" must be a list such as [[\"name\", \"DESC\"]]")));
	items = jv_array_elements(order);
	foreach(lc, items)
	{
		JsonbValue *item = lfirst(lc);
		List	   *parts = jv_is_array(item) ? jv_array_elements(item) : list_make1(item);
		ModelAttr  *a = NULL;
		const char *dir = "ASC";

		if (list_length(parts) >= 1 && list_length(parts) <= 2 && jv_is_string(linitial(parts)))
			a = model_find_attr(model, jv_string(linitial(parts)));
		if (a == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("order item must name an attribute of model \"%s\"", model->name),
					 errhint("Write [[\"attribute\", \"ASC\"|\"DESC\"]].")));
		if (list_length(parts) == 2)
		{
			const char *const *d;
			JsonbValue *dv = lsecond(parts);
			char	   *upper = jv_is_string(dv) ? asc_toupper(dv->val.string.val, dv->val.string.len) : "";

			dir = NULL;
			for (d = dirs; *d != NULL; d++)
				if (strcmp(*d, upper) == 0)
					dir = *d;
			if (dir == NULL)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("invalid order direction"),
						 errhint("Use ASC or DESC, optionally followed by NULLS FIRST or NULLS LAST.")));
		}
		appendStringInfo(buf, "%s%s.%s %s", n ? ", " : "", alias, quote_identifier(a->field), dir);
		n++;
	}
	return n > 0;
}

/* append_child_value appends the jsonb value of an included association. */
static void
append_child_value(StringInfo buf, IncludeNode *parent, IncludeNode *child, WhereParams *params)
{
	Association *as = child->as;
	bool		singular = as->kind == ASSOC_BELONGS_TO || as->kind == ASSOC_HAS_ONE;
	ModelAttr  *pk = model_primary_key(child->model);
	int			limit = 0;
	int			offset = 0;
	StringInfoData order;

	if (child->group_alias != NULL)
	{
		appendStringInfo(buf, "COALESCE(%s.v, '[]'::jsonb)", child->group_alias);
		return;
	}
	if (child->count)
	{
		appendStringInfoString(buf, "(SELECT count(*)");
		append_child_source(buf, parent, child, params);
		appendStringInfoChar(buf, ')');
		return;
	}
	if (singular)
	{
		appendStringInfoString(buf, "(SELECT ");
		append_node_json(buf, child, params);
		append_child_source(buf, parent, child, params);
		appendStringInfoString(buf, " LIMIT 1)");
		return;
	}
	/* plural: the rows in order, aggregated; [] when none */
	if (child->limit != NULL && !jv_is_null(child->limit))
		limit = count_param(child->limit, "include.limit", params);
	if (child->offset != NULL && !jv_is_null(child->offset))
		offset = count_param(child->offset, "include.offset", params);
	initStringInfo(&order);
	if (!append_order(&order, child->model, child->alias, child->order))
		appendStringInfo(&order, "%s.%s", child->alias, pk ? quote_identifier(pk->field) : "ctid");
	if (!limit && !offset)
	{
		appendStringInfoString(buf, "COALESCE((SELECT pg_catalog.jsonb_agg(");
		append_node_json(buf, child, params);
		appendStringInfo(buf, " ORDER BY %s)", order.data);
		append_child_source(buf, parent, child, params);
		appendStringInfoString(buf, "), '[]'::jsonb)");
		return;
	}
	/* per-parent top-n: order and cut in a subquery, keep the order when aggregating */
	appendStringInfoString(buf, "COALESCE((SELECT pg_catalog.jsonb_agg(s.j ORDER BY s.n) FROM (SELECT ");
	append_node_json(buf, child, params);
	appendStringInfo(buf, " AS j, row_number() OVER (ORDER BY %s) AS n", order.data);
	append_child_source(buf, parent, child, params);
	appendStringInfo(buf, " ORDER BY %s", order.data);
	if (limit)
		appendStringInfo(buf, " LIMIT $%d", limit);
	if (offset)
		appendStringInfo(buf, " OFFSET $%d", offset);
	appendStringInfoString(buf, ") s), '[]'::jsonb)");
}

/* append_node_json appends the jsonb of one row of node with its includes. */
static void
append_node_json(StringInfo buf, IncludeNode *node, WhereParams *params)
{
	List	   *fields = row_json_fields(node->model, node->alias, node->attrs);
	ListCell   *lc;

	if (node->as != NULL && node->as->through != NULL && node->through_attrs != NIL)
	{
		StringInfoData junction;
		JsonField  *f = palloc(sizeof(JsonField));

		initStringInfo(&junction);
		append_row_json(&junction, node->as->through, node->jalias, node->through_attrs);
		f->key = node->through_as;
		f->expr = junction.data;
		fields = lappend(fields, f);
	}
	foreach(lc, node->children)
	{
		IncludeNode *child = lfirst(lc);
		StringInfoData value;
		JsonField  *f = palloc(sizeof(JsonField));

		initStringInfo(&value);
		append_child_value(&value, node, child, params);
		f->key = child->as->name;
		f->expr = value.data;
		fields = lappend(fields, f);
	}
	append_json_object(buf, fields);
}

/*
 * take_path_conditions moves each "$alias.attr$" key at the top of the
 * root's where onto the included node it names ("$a.b.attr$" follows the
 * include tree): as in Sequelize, where the include is joined and the
 * condition filters the joined rows, the node's rows are filtered by it and
 * the nodes on the path become required.  Returns the rest of the where.
 */
static Jsonb *
take_path_conditions(IncludeNode *root, const JsonbValue *where)
{
	JsonbParseState *state = NULL;
	ListCell   *lc;
	bool		any = false;
	JsonbValue *obj;

	pushJsonbValue(&state, WJB_BEGIN_OBJECT, NULL);
	foreach(lc, jv_object_pairs(where))
	{
		JsonPair   *pair = lfirst(lc);
		size_t		len = strlen(pair->key);
		IncludeNode *node = root;
		JsonbParseState *one = NULL;
		JsonbValue	key;
		char	   *path;
		char	   *dot;

		key.type = jbvString;
		if (len < 4 || pair->key[0] != '$' || pair->key[len - 1] != '$' ||
			strchr(pair->key, '.') == NULL)
		{
			key.val.string.val = pair->key;
			key.val.string.len = len;
			pushJsonbValue(&state, WJB_KEY, &key);
			pushJsonbValue(&state, WJB_VALUE, &pair->value);
			any = true;
			continue;
		}
		path = pnstrdup(pair->key + 1, len - 2);
		while ((dot = strchr(path, '.')) != NULL)
		{
			char	   *name = pnstrdup(path, dot - path);
			IncludeNode *next = NULL;
			ListCell   *lc2;

			foreach(lc2, node->children)
				if (strcmp(((IncludeNode *) lfirst(lc2))->as->name, name) == 0)
					next = lfirst(lc2);
			if (next == NULL)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_COLUMN_REFERENCE),
						 errmsg("\"%s\" names \"%s\", which is not included", pair->key, name),
						 errhint("Add it to include, or fix the alias.")));
			next->required = true;
			node = next;
			path = dot + 1;
		}
		key.val.string.val = path;
		key.val.string.len = strlen(path);
		pushJsonbValue(&one, WJB_BEGIN_OBJECT, NULL);
		pushJsonbValue(&one, WJB_KEY, &key);
		pushJsonbValue(&one, WJB_VALUE, &pair->value);
		node->path_where = lappend(node->path_where,
								   JsonbValueToJsonb(pushJsonbValue(&one, WJB_END_OBJECT, NULL)));
	}
	obj = pushJsonbValue(&state, WJB_END_OBJECT, NULL);
	return any ? JsonbValueToJsonb(obj) : NULL;
}

/*
 * root_is_cut returns whether the root's rows are restricted (limit,
 * offset, or a required include) — then per-parent subqueries read less.
 */
static bool
root_is_cut(IncludeNode *root)
{
	ListCell   *lc;

	if ((root->limit != NULL && !jv_is_null(root->limit)) ||
		(root->offset != NULL && !jv_is_null(root->offset)))
		return true;
	foreach(lc, root->children)
		if (((IncludeNode *) lfirst(lc))->required)
			return true;
	return false;
}

/*
 * include_find_sql returns the one statement of find_all over root: rows of
 * the root's table with every included association as a nested jsonb
 * value.  The root node carries the top-level where, order, limit and
 * offset.  count_only gives "SELECT count(*)" of the parents instead.
 */
char *
include_find_sql(IncludeNode *root, WhereParams *params, bool count_only)
{
	StringInfoData buf;
	Jsonb	   *rest = NULL;

	initStringInfo(&buf);
	if (root->where != NULL)
		rest = take_path_conditions(root, root->where);
	if (count_only)
		appendStringInfo(&buf, "SELECT count(*) FROM %s %s", model_qualified_table(root->model),
						 root->alias);
	else
	{
		StringInfoData joins;
		ListCell   *lc;

		/*
		 * When every parent is returned, a plural include is cheaper as one
		 * grouped pass over its rows than as a subquery per parent.
		 */
		initStringInfo(&joins);
		if (rest == NULL && !root_is_cut(root))
		{
			foreach(lc, root->children)
			{
				IncludeNode *child = lfirst(lc);

				if ((child->as->kind == ASSOC_HAS_MANY || child->as->kind == ASSOC_BELONGS_TO_MANY) &&
					!child->count && child->limit == NULL && child->offset == NULL)
				{
					child->group_alias = psprintf("g%s", child->alias + 1);
					append_grouped_join(&joins, root, child, params);
				}
			}
		}
		appendStringInfoString(&buf, "SELECT ");
		append_node_json(&buf, root, params);
		appendStringInfo(&buf, " FROM %s %s%s", model_qualified_table(root->model), root->alias,
						 joins.data);
	}
	appendStringInfoString(&buf, " WHERE TRUE");
	append_where(&buf, root->model, root->alias, NULL, rest, params);
	append_required(&buf, root, params);
	if (count_only)
		return buf.data;
	{
		StringInfoData order;

		initStringInfo(&order);
		if (append_order(&order, root->model, root->alias, root->order))
			appendStringInfo(&buf, " ORDER BY %s", order.data);
	}
	if (root->limit != NULL && !jv_is_null(root->limit))
		appendStringInfo(&buf, " LIMIT $%d", count_param(root->limit, "limit", params));
	if (root->offset != NULL && !jv_is_null(root->offset))
		appendStringInfo(&buf, " OFFSET $%d", count_param(root->offset, "offset", params));
	return buf.data;
}
