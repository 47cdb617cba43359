/*
 * src/sqlgen/where.c
 *
 * Compiles Sequelize's JSON where language into SQL over one model:
 * {"col": value} (NULL means IS NULL), operator objects {"col": {"gte": 3}}
 * with eq ne gt gte lt lte in notIn like notLike iLike notILike between
 * notBetween is not (also spelled "$gte"), and and/or/not over clauses.
 * Keys are attribute names.  Values become typed $n parameters of the
 * column's type, or, for view definitions only, quoted literals cast to it.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "miscadmin.h"
#include "access/stratnum.h"

#include "catalog/model.h"
#include "options/json_util.h"
#include "sqlgen/where.h"
#include "sqlgen/sql_ops.h"

/*
 * A comparison operator of the where language: a btree strategy of the
 * column type's own operator class, a pattern operator of pg_catalog, or a
 * special form.
 */
typedef struct WhereOp
{
	const char *name;
	StrategyNumber strategy;	/* 0 when not a btree comparison */
	const char *pattern;		/* pg_catalog pattern operator, or NULL */
} WhereOp;

#define BTNotEqualStrategy 6	/* not a btree strategy: the negator of = */

static const WhereOp where_ops[] = {
	{"eq", BTEqualStrategyNumber, NULL}, {"ne", BTNotEqualStrategy, NULL},
	{"gt", BTGreaterStrategyNumber, NULL}, {"gte", BTGreaterEqualStrategyNumber, NULL},
	{"lt", BTLessStrategyNumber, NULL}, {"lte", BTLessEqualStrategyNumber, NULL},
	{"like", 0, "~~"}, {"notLike", 0, "!~~"}, {"iLike", 0, "~~*"}, {"notILike", 0, "!~~*"},
	{"in", 0, NULL}, {"notIn", 0, NULL}, {"between", 0, NULL}, {"notBetween", 0, NULL},
	{"is", 0, NULL}, {"not", 0, NULL}, {NULL, 0, NULL}
};

static void compile_clauses(WhereBuilder *wb, const JsonbValue *obj);

/* op_name strips Sequelize's optional "$" prefix. */
static const char *
op_name(const char *key)
{
	return key[0] == '$' ? key + 1 : key;
}

/*
 * value_type returns the type a where value is read as: the column's, but
 * for a domain its base type, so that filtering never runs a domain's CHECK
 * (code of whoever made the domain) the way writing a value would.
 */
static Oid
value_type(ModelAttr *attr, int32 *typmod)
{
	*typmod = attr->typmod;
	return getBaseTypeAndTypmod(attr->type_oid, typmod);
}

/* append_value appends one value of attr's type: a $n parameter or a literal. */
static void
append_value(WhereBuilder *wb, ModelAttr *attr, const JsonbValue *v)
{
	char	   *text = jv_to_text(v);
	int32		typmod;
	Oid			typid = value_type(attr, &typmod);

	if (v->type == jbvNull)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("null is not a valid operand for attribute \"%s\" here", attr->name),
				 errhint("Use {\"%s\": null} or {\"%s\": {\"is\": null}} to test for NULL.",
						 attr->name, attr->name)));
	if (wb->literal)
	{
		/* checked by the view's CREATE, where the literal is coerced */
		appendStringInfo(wb->sql, "%s::%s", quote_literal_cstr(text), sql_type(typid, typmod));
		return;
	}
	appendStringInfo(wb->sql, "$%d", where_add_param(wb->params, typid, typmod, text));
}

/*
 * append_list appends the array a JSON list compares with: one parameter of
 * the column's array type (so that the list's length does not change the
 * statement, nor make a new plan), or, in a view, ARRAY[literals].
 */
static void
append_list(WhereBuilder *wb, ModelAttr *attr, const JsonbValue *arr, const char *op)
{
	ListCell   *lc;
	List	   *elems;
	int32		typmod;
	Oid			typid = value_type(attr, &typmod);
	Oid			arraytype = get_array_type(typid);
	StringInfoData literal;

	if (!jv_is_array(arr))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("operator \"%s\" on attribute \"%s\" needs an array, not %s",
						op, attr->name, jv_type_name(arr))));
	if (!OidIsValid(arraytype))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("operator \"%s\" is not available for attribute \"%s\" of type %s",
						op, attr->name, format_type_be(typid))));
	elems = jv_array_elements(arr);
	if (wb->literal)
	{
		appendStringInfoString(wb->sql, "ARRAY[");
		foreach(lc, elems)
		{
			if (lc != list_head(elems))
				appendStringInfoString(wb->sql, ", ");
			append_value(wb, attr, lfirst(lc));
		}
		appendStringInfo(wb->sql, "]::%s", sql_type(arraytype, -1));
		return;
	}
	/* the elements as one array literal, read by the array type's input */
	initStringInfo(&literal);
	appendStringInfoChar(&literal, '{');
	foreach(lc, elems)
	{
		JsonbValue *v = lfirst(lc);
		char	   *text;
		const char *p;

		if (v->type == jbvNull)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("null is not a valid element of \"%s\" on attribute \"%s\"", op,
							attr->name),
					 errhint("Test for NULL with {\"%s\": null} in an \"or\".", attr->name)));
		text = jv_to_text(v);
		if (lc != list_head(elems))
			appendStringInfoChar(&literal, ',');
		appendStringInfoChar(&literal, '"');
		for (p = text; *p; p++)
		{
			if (*p == '"' || *p == '\\')
				appendStringInfoChar(&literal, '\\');
			appendStringInfoChar(&literal, *p);
		}
		appendStringInfoChar(&literal, '"');
	}
	appendStringInfoChar(&literal, '}');
	appendStringInfo(wb->sql, "$%d", where_add_param(wb->params, arraytype, typmod, literal.data));
}

/* lookup_attr returns the attribute a where key names, or reports it. */
static ModelAttr *
lookup_attr(WhereBuilder *wb, const char *key)
{
	ModelAttr  *a = model_find_attr(wb->model, key);

	if (a == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("attribute \"%s\" of model \"%s\" does not exist", key, wb->model->name),
				 errhint("Where clauses name attributes; association.describe('%s') lists them.",
						 wb->model->name)));
	return a;
}

/* append_column appends the qualified column of attr. */
static void
append_column(WhereBuilder *wb, ModelAttr *attr)
{
	if (wb->alias != NULL)
		appendStringInfo(wb->sql, "%s.", quote_identifier(wb->alias));
	appendStringInfoString(wb->sql, quote_identifier(attr->field));
}

/* append_comparison appends "col OPERATOR(x.op) value" for a btree strategy. */
static void
append_comparison(WhereBuilder *wb, ModelAttr *attr, StrategyNumber strategy,
				  const JsonbValue *v)
{
	int32		typmod;
	Oid			typid = value_type(attr, &typmod);

	append_column(wb, attr);
	appendStringInfo(wb->sql, " %s ", strategy == BTNotEqualStrategy ? sql_ne_op(typid)
					 : sql_cmp_op(typid, strategy));
	append_value(wb, attr, v);
}

/* compile_operator appends one "col op value" comparison. */
static void
compile_operator(WhereBuilder *wb, ModelAttr *attr, const char *key, const JsonbValue *v)
{
	const char *name = op_name(key);
	const WhereOp *op;
	int32		typmod;
	Oid			typid = value_type(attr, &typmod);

	for (op = where_ops; op->name != NULL; op++)
		if (strcmp(op->name, name) == 0)
			break;
	if (op->name == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown where operator \"%s\" on attribute \"%s\"", key, attr->name),
				 errhint("Valid operators are eq, ne, gt, gte, lt, lte, in, notIn, like, notLike, iLike, notILike, between, notBetween, is, not.")));

	if (op->strategy != 0)
	{
		if (v->type == jbvNull && (op->strategy == BTEqualStrategyNumber ||
								   op->strategy == BTNotEqualStrategy))
		{
			append_column(wb, attr);
			appendStringInfoString(wb->sql, op->strategy == BTEqualStrategyNumber ?
								   " IS NULL" : " IS NOT NULL");
			return;
		}
		append_comparison(wb, attr, op->strategy, v);
		return;
	}
	if (op->pattern != NULL)
	{
		append_column(wb, attr);
		appendStringInfo(wb->sql, " OPERATOR(pg_catalog.%s) ", op->pattern);
		append_value(wb, attr, v);
		return;
	}
	if (strcmp(name, "in") == 0 || strcmp(name, "notIn") == 0)
	{
		/* in [] matches nothing; notIn [] every row, NULL included (as Sequelize) */
		if (strcmp(name, "notIn") == 0 && jv_is_array(v) && jv_array_elements(v) == NIL)
		{
			appendStringInfoString(wb->sql, "TRUE");
			return;
		}
		append_column(wb, attr);
		appendStringInfo(wb->sql, " %s %s (", name[0] == 'i' ? sql_eq_op(typid) : sql_ne_op(typid),
						 name[0] == 'i' ? "ANY" : "ALL");
		append_list(wb, attr, v, name);
		appendStringInfoChar(wb->sql, ')');
		return;
	}
	if (strcmp(name, "between") == 0 || strcmp(name, "notBetween") == 0)
	{
		List	   *bounds = jv_array_elements(v);
		bool		between = name[0] == 'b';

		if (!jv_is_array(v) || list_length(bounds) != 2)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("operator \"%s\" on attribute \"%s\" needs an array of two values",
							name, attr->name)));
		/* x BETWEEN a AND b is x >= a AND x <= b; NOT BETWEEN its negation */
		appendStringInfoChar(wb->sql, '(');
		append_comparison(wb, attr, between ? BTGreaterEqualStrategyNumber : BTLessStrategyNumber,
						  linitial(bounds));
		appendStringInfoString(wb->sql, between ? " AND " : " OR ");
		append_comparison(wb, attr, between ? BTLessEqualStrategyNumber : BTGreaterStrategyNumber,
						  lsecond(bounds));
		appendStringInfoChar(wb->sql, ')');
		return;
	}
	/* is / not: NULL, true or false */
	if (v->type != jbvNull && v->type != jbvBool)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("operator \"%s\" on attribute \"%s\" takes null, true or false", name,
						attr->name)));
	append_column(wb, attr);
	appendStringInfo(wb->sql, " IS %s%s", strcmp(name, "not") == 0 ? "NOT " : "",
					 v->type == jbvNull ? "NULL" : (v->val.boolean ? "TRUE" : "FALSE"));
}

/* compile_attribute appends the condition {"attr": value-or-operators}. */
static void
compile_attribute(WhereBuilder *wb, const char *key, const JsonbValue *v)
{
	ModelAttr  *attr = lookup_attr(wb, key);
	ListCell   *lc;
	List	   *ops;

	if (v->type == jbvNull)
	{
		append_column(wb, attr);
		appendStringInfoString(wb->sql, " IS NULL");
		return;
	}
	if (jv_is_array(v))
	{
		compile_operator(wb, attr, "in", v);
		return;
	}
	if (!jv_is_object(v) || attr->type_oid == JSONBOID || attr->type_oid == JSONOID)
	{
		append_comparison(wb, attr, BTEqualStrategyNumber, v);
		return;
	}
	ops = jv_object_pairs(v);
	if (ops == NIL)
	{
		appendStringInfoString(wb->sql, "TRUE");
		return;
	}
	appendStringInfoChar(wb->sql, '(');
	foreach(lc, ops)
	{
		JsonPair   *pair = lfirst(lc);

		if (lc != list_head(ops))
			appendStringInfoString(wb->sql, " AND ");
		compile_operator(wb, attr, pair->key, &pair->value);
	}
	appendStringInfoChar(wb->sql, ')');
}

/* compile_logical appends and/or/not over a list (or object) of clauses. */
static void
compile_logical(WhereBuilder *wb, const char *name, const JsonbValue *v)
{
	const char *joiner = strcmp(name, "or") == 0 ? " OR " : " AND ";
	List	   *items;
	ListCell   *lc;

	if (strcmp(name, "not") == 0)
		appendStringInfoString(wb->sql, "NOT ");
	if (jv_is_object(v))
	{
		appendStringInfoChar(wb->sql, '(');
		if (strcmp(name, "or") == 0)
		{
			/* {"or": {"a": 1, "b": 2}} means a = 1 OR b = 2 */
			List	   *pairs = jv_object_pairs(v);

			foreach(lc, pairs)
			{
				JsonPair   *pair = lfirst(lc);

				if (lc != list_head(pairs))
					appendStringInfoString(wb->sql, joiner);
				compile_attribute(wb, pair->key, &pair->value);
			}
		}
		else
			compile_clauses(wb, v);
		appendStringInfoChar(wb->sql, ')');
		return;
	}
	if (!jv_is_array(v))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("\"%s\" needs a list of clauses, not %s", name, jv_type_name(v))));
	items = jv_array_elements(v);
	if (items == NIL)
	{
		appendStringInfoString(wb->sql, strcmp(name, "or") == 0 ? "FALSE" : "TRUE");
		return;
	}
	appendStringInfoChar(wb->sql, '(');
	foreach(lc, items)
	{
		JsonbValue *item = lfirst(lc);

		if (lc != list_head(items))
			appendStringInfoString(wb->sql, joiner);
		if (!jv_is_object(item))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("each clause of \"%s\" must be an object, not %s", name,
							jv_type_name(item))));
		appendStringInfoChar(wb->sql, '(');
		compile_clauses(wb, item);
		appendStringInfoChar(wb->sql, ')');
	}
	appendStringInfoChar(wb->sql, ')');
}

/* compile_clauses appends the AND of every entry of a where object. */
static void
compile_clauses(WhereBuilder *wb, const JsonbValue *obj)
{
	List	   *pairs = jv_object_pairs(obj);
	ListCell   *lc;

	if (++wb->depth > WHERE_MAX_DEPTH)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("where clause is nested more than %d levels deep", WHERE_MAX_DEPTH)));
	if (pairs == NIL)
		appendStringInfoString(wb->sql, "TRUE");
	foreach(lc, pairs)
	{
		JsonPair   *pair = lfirst(lc);
		const char *name = op_name(pair->key);

		CHECK_FOR_INTERRUPTS();
		if (lc != list_head(pairs))
			appendStringInfoString(wb->sql, " AND ");
		if (strcmp(name, "and") == 0 || strcmp(name, "or") == 0 || strcmp(name, "not") == 0)
			compile_logical(wb, name, &pair->value);
		else
			compile_attribute(wb, pair->key, &pair->value);
	}
	wb->depth--;
}

/*
 * where_compile appends the SQL of where (a JSON object) over model, its
 * columns qualified by alias (or bare if NULL), to sql.
 */
void
where_compile(WhereBuilder *wb, Jsonb *where)
{
	JsonbValue	root;

	jv_from_jsonb(where, &root);
	if (!jv_is_object(&root))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("where must be a JSON object, not %s", jv_type_name(&root)),
				 errhint("Write {\"attribute\": value} or {\"attribute\": {\"gte\": value}}.")));
	compile_clauses(wb, &root);
}

/*
 * where_append_and appends " AND (<where>)" over model, its columns
 * qualified by alias, when where is not NULL: values become parameters in
 * params, or quoted literals when params is NULL (view definitions).
 */
void
where_append_and(StringInfo buf, Model *model, const char *alias, Jsonb *where,
				 WhereParams *params)
{
	WhereBuilder wb;

	if (where == NULL)
		return;
	memset(&wb, 0, sizeof(wb));
	wb.model = model;
	wb.alias = alias;
	wb.sql = buf;
	wb.literal = params == NULL;
	wb.params = params;
	appendStringInfoString(buf, " AND (");
	where_compile(&wb, where);
	appendStringInfoChar(buf, ')');
}

