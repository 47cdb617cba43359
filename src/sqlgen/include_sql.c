/*
 * src/sqlgen/include_sql.c
 *
 * Compiles an include tree into ONE statement for find_all: each included
 * association is a correlated subquery that builds its rows' jsonb
 * (jsonb_agg for plural associations, the one row or null for singular
 * ones), nested to any depth; when the query returns every parent, a plural
 * include is instead one grouped pass over its rows joined to the parents.
 * Parents are never duplicated, each row's jsonb is built by one
 * jsonb_build_object, and the children are read through the foreign-key
 * indexes sync makes.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"

#include "catalog/include.h"
#include "options/json_util.h"
#include "sqlgen/order.h"
#include "sqlgen/row_json.h"
#include "sqlgen/sql_ops.h"

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
	appendStringInfo(buf, " FROM %s %s JOIN %s %s ON %s %s %s",
					 model_qualified_table(as->through), child->jalias,
					 model_qualified_table(child->model), child->alias,
					 sql_column(child->alias, child->model, as->target_key),
					 sql_attr_eq(child->model, as->target_key),
					 sql_column(child->jalias, as->through, as->other_key));
}

/*
 * child_link_column returns the child-side column that ties a child row to
 * its parent, and sets *parent_column to the parent-side one and *op to the
 * operator comparing them.
 */
static char *
child_link_column(IncludeNode *parent, IncludeNode *child, char **parent_column,
				  const char **op)
{
	Association *as = child->as;

	switch (as->kind)
	{
		case ASSOC_BELONGS_TO:
			*parent_column = sql_column(parent->alias, parent->model, as->foreign_key);
			*op = sql_attr_eq(child->model, as->target_key);
			return sql_column(child->alias, child->model, as->target_key);
		case ASSOC_HAS_ONE:
		case ASSOC_HAS_MANY:
			*parent_column = sql_column(parent->alias, parent->model, as->source_key);
			*op = sql_attr_eq(child->model, as->foreign_key);
			return sql_column(child->alias, child->model, as->foreign_key);
		case ASSOC_BELONGS_TO_MANY:
			break;
	}
	*parent_column = sql_column(parent->alias, parent->model, as->source_key);
	*op = sql_attr_eq(as->through, as->foreign_key);
	return sql_column(child->jalias, as->through, as->foreign_key);
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
	const char *op;
	char	   *child_column = child_link_column(parent, child, &parent_column, &op);

	append_child_from(buf, child);
	appendStringInfo(buf, " WHERE %s %s %s", child_column, op, parent_column);
	append_child_filters(buf, child, params);
}

/* group_alias returns the alias of a grouped include's join: g<n> for t<n>. */
static char *
group_alias(IncludeNode *child)
{
	return psprintf("g%s", child->alias + 1);
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
	const char *op;
	char	   *child_column = child_link_column(parent, child, &parent_column, &op);
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
	appendStringInfo(buf, " GROUP BY 1) %s ON %s.k %s %s",
					 group_alias(child), group_alias(child), op, parent_column);
}

/* append_order appends the ORDER BY list of a node's order option. */
static bool
append_order(StringInfo buf, Model *model, const char *alias, const JsonbValue *order)
{
	OrderScope	scope = {model, alias, NULL, NULL, NULL, NULL};

	return order_list(buf, &scope, order);
}

/* What order_path_column needs: the node the path starts from, and the parameters. */
typedef struct PathArg
{
	IncludeNode *root;
	WhereParams *params;
} PathArg;

/* path_step returns the child of node that one element of an order path names. */
static IncludeNode *
path_step(IncludeNode *node, const JsonbValue *step)
{
	const char *name = NULL;
	const char *model = NULL;
	ListCell   *lc;

	if (jv_is_string(step))
		name = jv_string(step);
	else if (jv_is_object(step))
	{
		name = jv_get_string(step, "as", "an order path element");
		if (name == NULL)
			name = jv_get_string(step, "association", "an order path element");
		model = jv_get_string(step, "model", "an order path element");
	}
	if (name == NULL && model == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("an element of an order path must be an association name or {\"model\", \"as\"}, not %s",
						jv_type_name(step))));
	foreach(lc, node->children)
	{
		IncludeNode *child = lfirst(lc);

		if ((name == NULL || strcmp(child->as->name, name) == 0) &&
			(model == NULL || strcmp(child->model->name, model) == 0))
			return child;
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_COLUMN_REFERENCE),
			 errmsg("option \"order\" names association \"%s\" of model \"%s\", which is not included",
					name ? name : model, node->model->name),
			 errhint("Include it to order by its attributes.")));
	return NULL;
}

/*
 * append_path_value appends the value of attribute a of the last node of
 * nodes (from lc on), one correlated subquery per step down from parent.
 */
static void
append_path_value(StringInfo buf, IncludeNode *parent, List *nodes, ListCell *lc, ModelAttr *a,
				  WhereParams *params)
{
	IncludeNode *child = lfirst(lc);

	appendStringInfoString(buf, "(SELECT ");
	if (lnext(nodes, lc) == NULL)
		appendStringInfo(buf, "%s.%s", child->alias, quote_identifier(a->field));
	else
		append_path_value(buf, child, nodes, lnext(nodes, lc), a, params);
	append_child_source(buf, parent, child, params);
	appendStringInfoString(buf, " LIMIT 1)");
}

/*
 * order_path_column returns the SQL of attribute attr of the singular
 * include that path leads to from the root, for ordering the parents by it:
 * a correlated subquery per step, with the include's filters.  A plural
 * include cannot order its parents: each has many values.
 */
static char *
order_path_column(void *arg, List *path, const char *attr)
{
	PathArg    *pa = arg;
	IncludeNode *node = pa->root;
	List	   *nodes = NIL;
	ListCell   *lc;
	StringInfoData buf;
	ModelAttr  *a;

	foreach(lc, path)
	{
		IncludeNode *child = path_step(node, lfirst(lc));

		if (child->as->kind == ASSOC_HAS_MANY || child->as->kind == ASSOC_BELONGS_TO_MANY)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_COLUMN_REFERENCE),
					 errmsg("cannot order %s by an attribute of \"%s\": each %s has many %s",
							pa->root->model->plural, child->as->name, node->model->name,
							child->as->name),
					 errhint("Order the included rows themselves with the include's own \"order\" option.")));
		nodes = lappend(nodes, child);
		node = child;
	}
	a = model_find_attr(node->model, attr);
	if (a == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("option \"order\" names \"%s\", which is not an attribute of model \"%s\"",
						attr, node->model->name)));
	initStringInfo(&buf);
	append_path_value(&buf, pa->root, nodes, list_head(nodes), a, pa->params);
	return buf.data;
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

	if (child->grouped)
	{
		appendStringInfo(buf, "COALESCE(%s.v, '[]'::pg_catalog.jsonb)", group_alias(child));
		return;
	}
	if (child->count)
	{
		appendStringInfoString(buf, "(SELECT pg_catalog.count(*)");
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
		limit = limit_param(params, child->limit, "include.limit");
	if (child->offset != NULL && !jv_is_null(child->offset))
		offset = limit_param(params, child->offset, "include.offset");
	initStringInfo(&order);
	if (!append_order(&order, child->model, child->alias, child->order))
		appendStringInfo(&order, "%s.%s", child->alias, pk ? quote_identifier(pk->field) : "ctid");
	if (!limit && !offset)
	{
		appendStringInfoString(buf, "COALESCE((SELECT pg_catalog.jsonb_agg(");
		append_node_json(buf, child, params);
		appendStringInfo(buf, " ORDER BY %s)", order.data);
		append_child_source(buf, parent, child, params);
		appendStringInfoString(buf, "), '[]'::pg_catalog.jsonb)");
		return;
	}
	/* per-parent top-n: order and cut in a subquery, keep the order when aggregating */
	appendStringInfoString(buf, "COALESCE((SELECT pg_catalog.jsonb_agg(s.j ORDER BY s.n) FROM (SELECT ");
	append_node_json(buf, child, params);
	appendStringInfo(buf, " AS j, pg_catalog.row_number() OVER (ORDER BY %s) AS n", order.data);
	append_child_source(buf, parent, child, params);
	appendStringInfo(buf, " ORDER BY %s", order.data);
	if (limit)
		appendStringInfo(buf, " LIMIT $%d", limit);
	if (offset)
		appendStringInfo(buf, " OFFSET $%d", offset);
	appendStringInfoString(buf, ") s), '[]'::pg_catalog.jsonb)");
}

/* append_node_json appends the jsonb of one row of node with its includes. */
static void
append_node_json(StringInfo buf, IncludeNode *node, WhereParams *params)
{
	List	   *fields = row_json_fields(node->model, node->alias, node->attrs);
	ListCell   *lc;

	CHECK_FOR_INTERRUPTS();
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
 * include_find_sql returns the one statement of find_all over root: rows of
 * the root's table with every included association as a nested jsonb
 * value.  The root node carries the top-level where, order, limit and
 * offset.  count_only gives "SELECT count(*)" of the parents instead.
 */
char *
include_find_sql(IncludeNode *root, WhereParams *params, bool count_only)
{
	StringInfoData buf;

	initStringInfo(&buf);
	if (count_only)
		appendStringInfo(&buf, "SELECT pg_catalog.count(*) FROM %s %s", model_qualified_table(root->model),
						 root->alias);
	else
	{
		StringInfoData joins;
		ListCell   *lc;

		initStringInfo(&joins);
		foreach(lc, root->children)
		{
			IncludeNode *child = lfirst(lc);

			if (child->grouped)
				append_grouped_join(&joins, root, child, params);
		}
		appendStringInfoString(&buf, "SELECT ");
		append_node_json(&buf, root, params);
		appendStringInfo(&buf, " FROM %s %s%s", model_qualified_table(root->model), root->alias,
						 joins.data);
	}
	appendStringInfoString(&buf, " WHERE TRUE");
	append_where(&buf, root->model, root->alias, root->where, NULL, params);
	append_required(&buf, root, params);
	if (count_only)
		return buf.data;
	{
		StringInfoData order;
		PathArg		pa = {root, params};
		OrderScope	scope = {root->model, root->alias, NULL, NULL, order_path_column, &pa};

		initStringInfo(&order);
		if (order_list(&order, &scope, root->order))
			appendStringInfo(&buf, " ORDER BY %s", order.data);
	}
	if (root->limit != NULL && !jv_is_null(root->limit))
		appendStringInfo(&buf, " LIMIT $%d", limit_param(params, root->limit, "limit"));
	if (root->offset != NULL && !jv_is_null(root->offset))
		appendStringInfo(&buf, " OFFSET $%d", limit_param(params, root->offset, "offset"));
	if (buf.len > STATEMENT_MAX_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("the statement for this find would be %d bytes, more than %d",
						buf.len, STATEMENT_MAX_BYTES),
				 errhint("Include fewer associations or write shorter where clauses.")));
	return buf.data;
}
