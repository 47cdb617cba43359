/*
 * src/sqlgen/include_sql.c
 *
 * Compiles an include tree into ONE statement for find_all.  Each row's
 * object is a record (src/sqlgen/row_json.c) turned into json once, keys
 * in Sequelize's order; an included association is a value of that record:
 *  - when every parent row is read (the resolver marks such includes
 *    "grouped"), a plural include is one pass over its rows aggregated by
 *    parent key, and a belongsTo target's object is built once and joined,
 *    hash-joined by the planner, to the rows that point at it; a target
 *    with includes of its own is looked up per parent row ("lateral") in a
 *    join the planner memoizes, so that the parents stream out in order;
 *  - otherwise (a limit, a where, find_one: few parents) a subquery per
 *    parent row reads its children through the foreign-key indexes sync
 *    makes, as do hasOne, counts and per-parent limits.
 * Parents are never duplicated; nesting goes to any depth.
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

static List *append_node_from(StringInfo buf, IncludeNode *node, WhereParams *params,
							  bool with_record);
static bool append_order(StringInfo buf, Model *model, const char *alias, const JsonbValue *order);

/* append_required appends " AND EXISTS (...)" for each required child. */
static void append_child_source(StringInfo buf, IncludeNode *parent, IncludeNode *child,
								const char *from, WhereParams *params);

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
		append_child_source(buf, node, child, "", params);
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
 * parent: the association's join (or from, when given: the child's FROM
 * with its records), its scopes, the include's where and through.where,
 * and its own required children.
 */
static void
append_child_source(StringInfo buf, IncludeNode *parent, IncludeNode *child, const char *from,
					WhereParams *params)
{
	char	   *parent_column;
	const char *op;
	char	   *child_column = child_link_column(parent, child, &parent_column, &op);

	if (from[0] == '\0')
		append_child_from(buf, child);
	else
		appendStringInfoString(buf, from);
	appendStringInfo(buf, " WHERE %s %s %s", child_column, op, parent_column);
	append_child_filters(buf, child, params);
}

/* group_alias returns the alias of a grouped include's join: g<n> for t<n>. */
static char *
group_alias(IncludeNode *child)
{
	return psprintf("g%s", child->alias + 1);
}

/* record_alias returns the alias of a node's record: x<n> for t<n>. */
static char *
record_alias(IncludeNode *node)
{
	return psprintf("x%s", node->alias + 1);
}

/* child_order appends the order of a plural child's rows: its option, else its key. */
static void
child_order(StringInfo buf, IncludeNode *child)
{
	ModelAttr  *pk = model_primary_key(child->model);

	if (!append_order(buf, child->model, child->alias, child->order))
		appendStringInfo(buf, "%s.%s", child->alias, pk ? quote_identifier(pk->field) : "ctid");
}

/*
 * json_array_open and json_array_close surround the record and ORDER BY
 * of the aggregate that makes an included list: association.json_array
 * (the text of array_to_json, without its intermediate array), or on
 * Citus array_to_json(array_agg()) itself, a built-in aggregate that
 * Citus knows how to run on its workers.
 */
static const char *
json_array_open(IncludeNode *node)
{
	return node->on_citus ? "pg_catalog.array_to_json(pg_catalog.array_agg(" : "association.json_array(";
}

static const char *
json_array_close(IncludeNode *node)
{
	return node->on_citus ? "))" : ")";
}

/*
 * append_grouped_join appends the LEFT JOIN that computes a child's value
 * for every parent row at once: for a plural include one pass over the
 * children, aggregated by their parent key; for a belongsTo (or a hasOne
 * whose key is unique) each target's object built once and joined to the
 * parents that point at it; for another hasOne the first target of each
 * parent (DISTINCT ON).  Cheaper
 * than a subquery per parent row when the query reads every parent.
 */
static void
append_grouped_join(StringInfo buf, IncludeNode *parent, IncludeNode *child, WhereParams *params)
{
	char	   *parent_column;
	const char *op;
	char	   *child_column = child_link_column(parent, child, &parent_column, &op);
	StringInfoData from;
	List	   *fields;
	char	   *object;

	initStringInfo(&from);
	fields = append_node_from(&from, child, params, true);
	/* on Citus json: a record cannot come back from a worker */
	object = child->on_citus ? record_json(fields, record_alias(child))
		: record_value(fields, record_alias(child));
	if (child->as->kind == ASSOC_BELONGS_TO ||
		(child->as->kind == ASSOC_HAS_ONE && child->as->target_fk_unique))
		appendStringInfo(buf, " LEFT JOIN (SELECT %s AS k, %s AS v", child_column, object);
	else if (child->as->kind == ASSOC_HAS_ONE)
		appendStringInfo(buf, " LEFT JOIN (SELECT DISTINCT ON (%s) %s AS k, %s AS v", child_column,
						 child_column, object);
	else
	{
		appendStringInfo(buf, " LEFT JOIN (SELECT %s AS k, %s%s ORDER BY ",
						 child_column, json_array_open(child), record_value(fields, record_alias(child)));
		child_order(buf, child);
		appendStringInfo(buf, "%s AS v", json_array_close(child));
	}
	appendStringInfoString(buf, from.data);
	appendStringInfoString(buf, " WHERE TRUE");
	append_child_filters(buf, child, params);
	if (child->as->kind == ASSOC_HAS_ONE && !child->as->target_fk_unique)
	{
		/* several targets of one parent: the first by key, as the subquery form picks */
		appendStringInfo(buf, " ORDER BY %s, ", child_column);
		child_order(buf, child);
	}
	else if (child->as->kind != ASSOC_BELONGS_TO && child->as->kind != ASSOC_HAS_ONE)
		appendStringInfoString(buf, " GROUP BY 1");
	appendStringInfo(buf, ") %s ON %s.k %s %s",
					 group_alias(child), group_alias(child), op, parent_column);
}

/*
 * append_one_target appends the SELECT of value from a singular child's
 * one row for the parent row (from: the child's FROM): with several
 * targets of one parent (a hasOne without a unique key) the first by key.
 */
static void
append_one_target(StringInfo buf, IncludeNode *parent, IncludeNode *child, const char *value,
				  const char *from, WhereParams *params)
{
	appendStringInfo(buf, "SELECT %s", value);
	append_child_source(buf, parent, child, from, params);
	if (child->as->kind == ASSOC_HAS_ONE && !child->as->target_fk_unique)
	{
		appendStringInfoString(buf, " ORDER BY ");
		child_order(buf, child);
	}
	appendStringInfoString(buf, " LIMIT 1");
}

/*
 * append_lateral_join appends the join that looks a singular child's
 * object up per parent row (a "lateral" include): the subquery, kept
 * whole by its LIMIT, is what the planner can memoize by the parent's key.
 */
static void
append_lateral_join(StringInfo buf, IncludeNode *parent, IncludeNode *child, WhereParams *params)
{
	StringInfoData from;
	List	   *fields;

	initStringInfo(&from);
	fields = append_node_from(&from, child, params, true);
	appendStringInfoString(buf, " LEFT JOIN LATERAL (");
	append_one_target(buf, parent, child, psprintf("%s AS v", record_value(fields, record_alias(child))),
					  from.data, params);
	appendStringInfo(buf, ") %s ON TRUE", group_alias(child));
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
	append_child_source(buf, parent, child, "", params);
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

/*
 * child_value returns the SQL of an included association's value in its
 * parent's object: from the grouped join, a count, or a subquery per parent
 * row — the one row's object or null (singular), the rows' objects in
 * order or [] (plural), the first n in order (plural with limit/offset).
 */
static char *
child_value(IncludeNode *parent, IncludeNode *child, WhereParams *params)
{
	Association *as = child->as;
	bool		singular = as->kind == ASSOC_BELONGS_TO || as->kind == ASSOC_HAS_ONE;
	StringInfoData buf;
	StringInfoData from;
	List	   *fields;
	char	   *value;
	int			limit = 0;
	int			offset = 0;

	initStringInfo(&buf);
	if (child->grouped || child->lateral)
	{
		appendStringInfo(&buf, singular ? "%s.v" : "COALESCE(%s.v, '[]'::pg_catalog.json)",
						 group_alias(child));
		return buf.data;
	}
	if (child->count)
	{
		appendStringInfoString(&buf, "(SELECT pg_catalog.count(*)");
		append_child_source(&buf, parent, child, "", params);
		appendStringInfoChar(&buf, ')');
		return buf.data;
	}
	if (child->limit != NULL && !jv_is_null(child->limit))
		limit = limit_param(params, child->limit, "include.limit");
	if (child->offset != NULL && !jv_is_null(child->offset))
		offset = limit_param(params, child->offset, "include.offset");
	initStringInfo(&from);
	fields = append_node_from(&from, child, params, !(limit || offset || child->on_citus));
	if (limit || offset || (child->on_citus && !singular))
	{
		/*
		 * per-parent top n: the rows ordered and cut in a subquery whose
		 * row is the object; the aggregate reads them in that order.  On
		 * Citus every plural include has this form: it pushes a correlated
		 * subquery down only when its FROM items have FROMs of their own.
		 */
		appendStringInfo(&buf, "COALESCE((SELECT %s%s%s FROM (SELECT ",
						 json_array_open(child), record_value(fields, "s"), json_array_close(child));
		append_record_columns(&buf, fields);
		append_child_source(&buf, parent, child, from.data, params);
		appendStringInfoString(&buf, " ORDER BY ");
		child_order(&buf, child);
		if (limit)
			appendStringInfo(&buf, " LIMIT $%d", limit);
		if (offset)
			appendStringInfo(&buf, " OFFSET $%d", offset);
		appendStringInfoString(&buf, ") s), '[]'::pg_catalog.json)");
		return buf.data;
	}
	if (child->on_citus)
	{
		/*
		 * the one row's object, in the form Citus pushes down (above), as
		 * json: a record cannot travel from a worker
		 */
		appendStringInfo(&buf, "(SELECT %s FROM (SELECT ", record_json(fields, "s"));
		append_record_columns(&buf, fields);
		append_child_source(&buf, parent, child, from.data, params);
		if (as->kind == ASSOC_HAS_ONE && !as->target_fk_unique)
		{
			appendStringInfoString(&buf, " ORDER BY ");
			child_order(&buf, child);
		}
		appendStringInfoString(&buf, " LIMIT 1) s)");
		return buf.data;
	}
	value = record_value(fields, record_alias(child));
	if (singular)
	{
		appendStringInfoChar(&buf, '(');
		append_one_target(&buf, parent, child, value, from.data, params);
		appendStringInfoChar(&buf, ')');
		return buf.data;
	}
	appendStringInfo(&buf, "COALESCE((SELECT %s%s ORDER BY ", json_array_open(child), value);
	child_order(&buf, child);
	appendStringInfoString(&buf, json_array_close(child));
	append_child_source(&buf, parent, child, from.data, params);
	appendStringInfoString(&buf, "), '[]'::pg_catalog.json)");
	return buf.data;
}

/*
 * append_node_from appends FROM for the rows of node: its table (joined to
 * the junction for a belongsToMany), the grouped joins of its children,
 * the lateral record of its junction data, and with with_record the
 * lateral record of its object, keys in order: attributes, junction data,
 * included associations.  Returns the object's fields, for record_value
 * and record_json (or for a select list that makes the record).
 */
static List *
append_node_from(StringInfo buf, IncludeNode *node, WhereParams *params, bool with_record)
{
	List	   *fields = row_json_fields(node->model, node->alias, node->attrs);
	ListCell   *lc;

	CHECK_FOR_INTERRUPTS();
	if (node->as == NULL)
		appendStringInfo(buf, " FROM %s %s", model_qualified_table(node->model), node->alias);
	else
		append_child_from(buf, node);
	foreach(lc, node->children)
	{
		IncludeNode *child = lfirst(lc);

		if (child->grouped)
			append_grouped_join(buf, node, child, params);
		else if (child->lateral)
			append_lateral_join(buf, node, child, params);
	}
	if (node->as != NULL && node->as->through != NULL && node->through_attrs != NIL)
	{
		List	   *junction = row_json_fields(node->as->through, node->jalias, node->through_attrs);
		char	   *rec = psprintf("j%s", record_alias(node));
		StringInfoData object;

		if (node->on_citus && !node->grouped)
		{
			/*
			 * Citus: in a subquery per parent row the object is a select
			 * list beside subqueries, where a FROM item without a FROM
			 * cannot be; and no record comes back from a worker
			 */
			initStringInfo(&object);
			append_json_object(&object, junction);
			fields = lappend(fields, json_field(node->through_as, object.data));
		}
		else
		{
			append_record_lateral(buf, junction, rec);
			fields = lappend(fields, json_field(node->through_as, record_value(junction, rec)));
		}
	}
	foreach(lc, node->children)
	{
		IncludeNode *child = lfirst(lc);

		fields = lappend(fields, json_field(child->as->name, child_value(node, child, params)));
	}
	if (with_record)
		append_record_lateral(buf, fields, record_alias(node));
	return fields;
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

	List	   *fields = NIL;

	initStringInfo(&buf);
	if (count_only)
		appendStringInfo(&buf, "SELECT pg_catalog.count(*) FROM %s %s", model_qualified_table(root->model),
						 root->alias);
	else
	{
		StringInfoData from;

		initStringInfo(&from);
		fields = append_node_from(&from, root, params, !root->on_citus);
		if (root->on_citus)
		{
			/* the record as a subquery with a FROM, which Citus pushes down */
			appendStringInfo(&buf, "SELECT %s FROM (SELECT ", record_json(fields, record_alias(root)));
			append_record_columns(&buf, fields);
		}
		else
			appendStringInfo(&buf, "SELECT %s", record_json(fields, record_alias(root)));
		appendStringInfoString(&buf, from.data);
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
	if (root->on_citus)
	{
		/*
		 * A limit makes Citus gather the subquery's rows in order before the
		 * outer query reads them; without one each shard's rows would come
		 * in their own order.
		 */
		if (root->order != NULL && (root->limit == NULL || jv_is_null(root->limit)))
			appendStringInfoString(&buf, " LIMIT ALL");
		appendStringInfo(&buf, ") %s", record_alias(root));
	}
	if (buf.len > STATEMENT_MAX_BYTES)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("the statement for this find would be %d bytes, more than %d",
						buf.len, STATEMENT_MAX_BYTES),
				 errhint("Include fewer associations or write shorter where clauses.")));
	return buf.data;
}

/*
 * include_fields returns the fields (JsonField *) of the associations nodes
 * includes for each row of model at alias, outside a find: a subquery per
 * row (a getter's include).
 */
List *
include_fields(Model *model, const char *alias, List *nodes, WhereParams *params)
{
	IncludeNode parent = {.model = model, .alias = (char *) alias, .children = nodes};
	List	   *fields = NIL;
	ListCell   *lc;

	foreach(lc, nodes)
	{
		IncludeNode *child = lfirst(lc);

		fields = lappend(fields, json_field(child->as->name, child_value(&parent, child, params)));
	}
	return fields;
}

/*
 * include_required_sql returns " AND EXISTS (...)" for each required include
 * of nodes, over rows of model at alias.
 */
char *
include_required_sql(Model *model, const char *alias, List *nodes, WhereParams *params)
{
	IncludeNode parent = {.model = model, .alias = (char *) alias, .children = nodes};
	StringInfoData buf;

	initStringInfo(&buf);
	append_required(&buf, &parent, params);
	return buf.data;
}
