/*
 * src/catalog/include_resolve.c
 *
 * Resolving an include option: an association
 * name, a list, {"model", "as"}, {"association"} or {"all": true}, each with
 * its own where, required, attributes, through, order, limit, offset, count
 * and nested include, resolved with Sequelize's rules and its error
 * messages, word for word.  The tree it makes is compiled into SQL by
 * src/sqlgen/include_sql.c (find_all) or walked by src/ops/create.c
 * (nested create); both read it and never change it.
 */
#include "postgres.h"

#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#include "catalog/attributes.h"
#include "catalog/include.h"
#include "catalog/lookup.h"
#include "options/json_util.h"
#include "options/options.h"

/* The state of resolving one include tree. */
typedef struct IncludeResolver
{
	Registry   *reg;			/* for {"model": ...} elements */
	int			aliases;		/* nodes so far: t1, t2, ... */
} IncludeResolver;

static List *resolve_list(IncludeResolver *r, Model *parent, const JsonbValue *include,
						  int depth);

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

/* make_node returns the include node of association as with options spec. */
static IncludeNode *
make_node(IncludeResolver *r, Association *as, const JsonbValue *spec, int depth)
{
	IncludeNode *node = palloc0(sizeof(IncludeNode));
	JsonbValue *v;
	bool		singular = as->kind == ASSOC_BELONGS_TO || as->kind == ASSOC_HAS_ONE;

	CHECK_FOR_INTERRUPTS();
	if (r->aliases >= INCLUDE_MAX_NODES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("include tree has more than %d associations", INCLUDE_MAX_NODES),
				 errhint("Include fewer associations, or nest \"all\": true less deeply.")));
	node->as = as;
	node->model = as->target;
	node->alias = psprintf("t%d", ++r->aliases);
	node->jalias = psprintf("j%d", r->aliases);
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
	node->attrs = attributes_option(as->target, jv_get(spec, "attributes"), "include.attributes");
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
		options_check(v, OPT_INCLUDE_THROUGH, "include option \"through\"");
		if (jv_get(v, "attributes") != NULL)
			node->through_attrs = attributes_option(as->through, jv_get(v, "attributes"),
													"through.attributes");
		node->through_where = jv_get(v, "where");
		if (jv_is_null(node->through_where))
			node->through_where = NULL;
		if (jv_get_string(v, "as", "include option \"through\"") != NULL)
			node->through_as = jv_get_string(v, "as", "include option \"through\"");
	}
	v = jv_get(spec, "include");
	if (!jv_is_null(v))
		node->children = resolve_list(r, as->target, v, depth + 1);
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
parse_element(IncludeResolver *r, List *nodes, Model *parent, const JsonbValue *e, int depth)
{
	Association *as;
	JsonbValue *v;
	char	   *alias;

	if (jv_is_string(e))
		return add_node(nodes, make_node(r, included_by_name(parent, jv_string(e)), NULL, depth));
	if (!jv_is_object(e))
		eager_error("Include unexpected. Element has to be either a Model, an Association or an object.", parent);
	options_check(e, OPT_INCLUDE, "include");
	if (jv_get_bool(e, "all", false, "include"))
		return nodes;			/* expanded by resolve_list, after the others */
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
		char	   *name = jv_string(jv_get(e, "model"));
		Model	   *target = registry_find_model(r->reg, name);

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
	return add_node(nodes, make_node(r, as, e, depth));
}

/*
 * resolve_list resolves an include option (one element or a list) on
 * parent and returns its nodes.
 */
static List *
resolve_list(IncludeResolver *r, Model *parent, const JsonbValue *include, int depth)
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
		nodes = parse_element(r, nodes, parent, lfirst(lc), depth);

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
				nodes = lappend(nodes, make_node(r, lfirst(la), e, depth));
		}
	}
	return nodes;
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
		char	   *path;
		char	   *dot;

		if (len < 4 || pair->key[0] != '$' || pair->key[len - 1] != '$' ||
			strchr(pair->key, '.') == NULL)
		{
			jv_push_pair(&state, pair->key, &pair->value);
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
		pushJsonbValue(&one, WJB_BEGIN_OBJECT, NULL);
		jv_push_pair(&one, path, &pair->value);
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

/* groupable returns whether an include can be computed for every parent at once. */
static bool
groupable(IncludeNode *child)
{
	AssocKind	kind = child->as->kind;
	bool		plural = kind == ASSOC_HAS_MANY || kind == ASSOC_BELONGS_TO_MANY;

	return !child->count && (!plural || (child->limit == NULL && child->offset == NULL));
}

/* subtree_groupable returns whether every include below node can be grouped. */
static bool
subtree_groupable(IncludeNode *node)
{
	ListCell   *lc;

	foreach(lc, node->children)
		if (!groupable(lfirst(lc)) || !subtree_groupable(lfirst(lc)))
			return false;
	return true;
}

/*
 * mark_grouped marks the includes below node computed for all of node's
 * rows at once, when node's rows are all read (setwise): a plural include
 * without count, limit or offset is one pass over its rows aggregated by
 * parent key, a belongsTo or hasOne target's object is built once per
 * target and joined.  Their own includes are then read setwise too.
 * Everything else is a subquery per parent row.
 *
 * A belongsTo or hasOne target with includes of its own is the exception
 * ("lateral"): its object, built once per target and hash-joined, would
 * come out of the join in no order, and the sort of those wide rows by the
 * parents' order would hold back every row until the last is built.  It
 * is looked up per parent row instead, its includes through their
 * foreign-key indexes, in a join the planner memoizes when parents share
 * a target: each target's object is still built once, and the parents
 * stream out in their index order.
 */
static void
mark_grouped(IncludeNode *node, bool setwise)
{
	ListCell   *lc;

	foreach(lc, node->children)
	{
		IncludeNode *child = lfirst(lc);

		/*
		 * On Citus a grouped include's record may hold no subquery (Citus
		 * cannot push one down from a FROM item without a FROM), so an
		 * include with a counted or cut include below it is a subquery of
		 * its own.
		 */
		child->grouped = setwise && groupable(child) &&
			(!child->on_citus || subtree_groupable(child));
		child->lateral = child->grouped && !child->on_citus && child->children != NIL &&
			(child->as->kind == ASSOC_BELONGS_TO || child->as->kind == ASSOC_HAS_ONE);
		if (child->lateral)
			child->grouped = false;
		mark_grouped(child, child->grouped);
	}
}

/*
 * decide_grouping decides how each include of root is computed: grouped,
 * when every root row is returned (no limit, offset, required include or
 * remaining where) — then one pass over the children beats a subquery per
 * parent; otherwise a subquery per parent row reads only what it needs.
 * On Citus grouped unless the root has a limit or offset: the planner
 * carries a key the where pins into the grouped joins, so that Citus sends
 * the statement to the one shard that holds it, and without a key each
 * worker joins its co-located shards; with a limit, a subquery per parent
 * row (pushed down too) reads only the rows kept.
 */
static void
decide_grouping(IncludeNode *root)
{
	bool		limited = (root->limit != NULL && !jv_is_null(root->limit)) ||
		(root->offset != NULL && !jv_is_null(root->offset));

	if (root->on_citus)
		mark_grouped(root, !limited);
	else
		mark_grouped(root, root->where == NULL && !root_is_cut(root));
}

/* tree_on_citus returns whether a table of node's tree is a Citus table. */
static bool
tree_on_citus(IncludeNode *node)
{
	ListCell   *lc;

	if (node->model->on_citus ||
		(node->as != NULL && node->as->through != NULL && node->as->through->on_citus))
		return true;
	foreach(lc, node->children)
		if (tree_on_citus(lfirst(lc)))
			return true;
	return false;
}

/*
 * check_citus_pushdown refuses, on Citus, an include of rows of a
 * distributed table into rows of a reference (or local) table: Citus
 * cannot push down a subquery over shards correlated with such rows, and
 * would say so in its own words.
 */
static void
check_citus_pushdown(IncludeNode *node)
{
	ListCell   *lc;

	foreach(lc, node->children)
	{
		IncludeNode *child = lfirst(lc);
		Model	   *rows = child->as->through != NULL ? child->as->through : child->model;

		if (node->model->distribution != DIST_HASH &&
			(rows->distribution == DIST_HASH || child->model->distribution == DIST_HASH))
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("cannot include association \"%s\" of model \"%s\" on Citus: model \"%s\" is %s and the included rows are in a distributed table",
							child->as->name, node->model->name, node->model->name,
							node->model->distribution == DIST_REFERENCE ? "a reference table" : "not distributed"),
					 errdetail("Citus cannot run a subquery over shards for each row of a table that is not distributed."),
					 errhint("Read them per instance with association.get('%s', key, '%s'), or find the \"%s\" rows and include their side of the association.",
							 node->model->name, child->as->name, child->model->name)));
		check_citus_pushdown(child);
	}
}

/* mark_on_citus sets on_citus of node and the nodes below it. */
static void
mark_on_citus(IncludeNode *node, bool on_citus)
{
	ListCell   *lc;

	node->on_citus = on_citus;
	foreach(lc, node->children)
		mark_on_citus(lfirst(lc), on_citus);
}

/*
 * include_resolve_find resolves a find on model with options opts (where,
 * attributes, order, limit, offset, include) into the root of its include
 * tree: the "$path$" conditions of where moved onto the nodes they name,
 * and the way each plural include is computed decided.
 */
IncludeNode *
include_resolve_find(Registry *reg, Model *model, const JsonbValue *opts)
{
	IncludeResolver r = {reg, 0};
	IncludeNode *root = palloc0(sizeof(IncludeNode));
	JsonbValue *v;

	root->model = model;
	root->alias = "t0";
	root->attrs = attributes_option(model, jv_get(opts, "attributes"), "attributes");
	root->order = jv_get(opts, "order");
	root->limit = jv_get(opts, "limit");
	root->offset = jv_get(opts, "offset");
	v = jv_get(opts, "include");
	if (!jv_is_null(v))
		root->children = resolve_list(&r, model, v, 1);
	v = jv_get(opts, "where");
	if (!jv_is_null(v))
	{
		Jsonb	   *rest;

		if (!jv_is_object(v))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("option \"where\" of a find must be a JSON object, not %s", jv_type_name(v))));
		rest = take_path_conditions(root, v);
		if (rest != NULL)
		{
			JsonbValue *where = palloc(sizeof(JsonbValue));

			jv_from_jsonb(rest, where);
			root->where = where;
		}
	}
	mark_on_citus(root, tree_on_citus(root));
	if (root->on_citus)
		check_citus_pushdown(root);
	decide_grouping(root);
	return root;
}

/*
 * include_resolve_list resolves an include option on model without a find
 * around it: the associations a nested create creates instances of, or
 * the ones a getter loads with each target.
 */
List *
include_resolve_list(Registry *reg, Model *model, const JsonbValue *include)
{
	IncludeResolver r = {reg, 0};

	return resolve_list(&r, model, include, 1);
}
