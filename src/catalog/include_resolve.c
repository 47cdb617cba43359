/*
 * src/catalog/include_resolve.c
 *
 * Resolving an include option (SEQUELIZE_V6_RULES.md §10): an association
 * name, a list, {"model", "as"}, {"association"} or {"all": true}, each with
 * its own where, required, attributes, through, order, limit, offset, count
 * and nested include, resolved with Sequelize's rules and its error
 * messages, word for word.  The tree it makes is compiled into SQL by
 * src/include_sql.c (find_all) or walked by src/nested_create.c (create).
 */
#include "postgres.h"

#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#include "catalog/include.h"
#include "options/json_util.h"

static const char *const include_keys[] = {
	"model", "as", "association", "all", "where", "required", "attributes",
	"include", "through", "order", "limit", "offset", "count", "separate",
	"right", "duplicating", NULL
};
static const char *const through_keys[] = {"attributes", "where", "as", NULL};
static const char *const attributes_keys[] = {"exclude", NULL};

/*
 * eager_error reports one of Sequelize's eager-loading errors, word for
 * word, with a hint listing the model's associations.
 */
static void
eager_error(const char *message, Model *parent)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_COLUMN_REFERENCE),
			 errmsg("%s", message),
			 parent->associations != NIL ?
			 errhint("The associations of %s are: %s.", parent->name, association_list(parent)) :
			 errhint("%s has no associations.", parent->name)));
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
		eager_error(psprintf("%s is not associated to %s!", target->name, parent->name), parent);
	foreach(lc, candidates)
		if (alias_matches(lfirst(lc), alias))
			return lfirst(lc);
	if (list_length(candidates) > 1)
		eager_error(psprintf("%s is associated to %s multiple times. To identify the correct association, you must use the 'as' keyword to specify the alias of the association you want to include.",
							 target->name, parent->name), parent);
	if (alias == NULL)
		eager_error(psprintf("%s is associated to %s using an alias. You must use the 'as' keyword to specify the alias within your include statement.",
							 target->name, parent->name), parent);
	initStringInfo(&names);
	foreach(lc, candidates)
		appendStringInfo(&names, "%s%s", names.len ? ", " : "", ((Association *) lfirst(lc))->name);
	eager_error(psprintf("%s is associated to %s using an alias. You've included an alias (%s), but it does not match the alias(es) defined in your association (%s).",
						 target->name, parent->name, alias, names.data), parent);
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
	eager_error(psprintf("Association with alias \"%s\" does not exist on %s", name, parent->name), parent);
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

	CHECK_FOR_INTERRUPTS();
	if (*aliases >= INCLUDE_MAX_NODES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("include tree has more than %d associations", INCLUDE_MAX_NODES),
				 errhint("Include fewer associations, or nest \"all\": true less deeply.")));
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
		eager_error("Include unexpected. Element has to be either a Model, an Association or an object.", parent);
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
								 as->target->name, parent->name, alias, as->name), parent);
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
		eager_error("Include unexpected. Element has to be either a Model, an Association or an object.", parent);
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

