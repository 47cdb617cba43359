/*
 * src/where.c
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

#include "association.h"
#include "json_util.h"
#include "where.h"

/* A comparison operator of the where language. */
typedef struct WhereOp
{
	const char *name;
	const char *sql;			/* pg_catalog operator, or NULL for special forms */
} WhereOp;

static const WhereOp where_ops[] = {
	{"eq", "="}, {"ne", "<>"}, {"gt", ">"}, {"gte", ">="}, {"lt", "<"}, {"lte", "<="},
	{"like", "~~"}, {"notLike", "!~~"}, {"iLike", "~~*"}, {"notILike", "!~~*"},
	{"in", NULL}, {"notIn", NULL}, {"between", NULL}, {"notBetween", NULL},
	{"is", NULL}, {"not", NULL}, {NULL, NULL}
};

static void compile_clauses(WhereBuilder *wb, const JsonbValue *obj);

/* op_name strips Sequelize's optional "$" prefix. */
static const char *
op_name(const char *key)
{
	return key[0] == '$' ? key + 1 : key;
}

/* append_value appends one value of attr's type: a $n parameter or a literal. */
static void
append_value(WhereBuilder *wb, ModelAttr *attr, const JsonbValue *v)
{
	char	   *text = jv_to_text(v);

	if (v->type == jbvNull)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("null is not a valid operand for attribute \"%s\" here", attr->name),
				 errhint("Use {\"%s\": null} or {\"%s\": {\"is\": null}} to test for NULL.",
						 attr->name, attr->name)));
	if (wb->literal)
	{
		Oid			typinput;
		Oid			typioparam;

		getTypeInputInfo(attr->type_oid, &typinput, &typioparam);
		(void) OidInputFunctionCall(typinput, text, typioparam, attr->typmod);
		appendStringInfo(wb->sql, "%s::%s", quote_literal_cstr(text),
						 format_type_with_typemod(attr->type_oid, attr->typmod));
		return;
	}
	appendStringInfo(wb->sql, "$%d", where_add_param(wb->params, attr->type_oid,
													 attr->typmod, text));
}

/* append_list appends "(v1, v2, ...)" from a JSON array. */
static void
append_list(WhereBuilder *wb, ModelAttr *attr, const JsonbValue *arr, const char *op)
{
	ListCell   *lc;
	List	   *elems;

	if (!jv_is_array(arr))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("operator \"%s\" on attribute \"%s\" needs an array, not %s",
						op, attr->name, jv_type_name(arr))));
	elems = jv_array_elements(arr);
	if (elems == NIL)
	{
		/* in [] matches nothing; notIn [] everything (as Sequelize) */
		appendStringInfoString(wb->sql, "(NULL)");
		return;
	}
	appendStringInfoChar(wb->sql, '(');
	foreach(lc, elems)
	{
		if (lc != list_head(elems))
			appendStringInfoString(wb->sql, ", ");
		append_value(wb, attr, lfirst(lc));
	}
	appendStringInfoChar(wb->sql, ')');
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

/* compile_operator appends one "col op value" comparison. */
static void
compile_operator(WhereBuilder *wb, ModelAttr *attr, const char *key, const JsonbValue *v)
{
	const char *name = op_name(key);
	const WhereOp *op;

	for (op = where_ops; op->name != NULL; op++)
		if (strcmp(op->name, name) == 0)
			break;
	if (op->name == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown where operator \"%s\" on attribute \"%s\"", key, attr->name),
				 errhint("Valid operators are eq, ne, gt, gte, lt, lte, in, notIn, like, notLike, iLike, notILike, between, notBetween, is, not.")));

	append_column(wb, attr);
	if (op->sql != NULL)
	{
		if (v->type == jbvNull && strcmp(name, "eq") == 0)
		{
			appendStringInfoString(wb->sql, " IS NULL");
			return;
		}
		if (v->type == jbvNull && strcmp(name, "ne") == 0)
		{
			appendStringInfoString(wb->sql, " IS NOT NULL");
			return;
		}
		appendStringInfo(wb->sql, " OPERATOR(pg_catalog.%s) ", op->sql);
		append_value(wb, attr, v);
		return;
	}
	if (strcmp(name, "notIn") == 0 && jv_is_array(v) && jv_array_elements(v) == NIL)
	{
		/* notIn [] holds for every row, NULL included */
		appendStringInfoString(wb->sql, " IS NOT DISTINCT FROM ");
		append_column(wb, attr);
		return;
	}
	if (strcmp(name, "in") == 0 || strcmp(name, "notIn") == 0)
	{
		appendStringInfoString(wb->sql, name[0] == 'i' ? " IN " : " NOT IN ");
		append_list(wb, attr, v, name);
		return;
	}
	if (strcmp(name, "between") == 0 || strcmp(name, "notBetween") == 0)
	{
		List	   *bounds = jv_array_elements(v);

		if (!jv_is_array(v) || list_length(bounds) != 2)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("operator \"%s\" on attribute \"%s\" needs an array of two values",
							name, attr->name)));
		appendStringInfoString(wb->sql, name[0] == 'b' ? " BETWEEN " : " NOT BETWEEN ");
		append_value(wb, attr, linitial(bounds));
		appendStringInfoString(wb->sql, " AND ");
		append_value(wb, attr, lsecond(bounds));
		return;
	}
	/* is / not: NULL, true or false */
	if (v->type != jbvNull && v->type != jbvBool)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("operator \"%s\" on attribute \"%s\" takes null, true or false", name,
						attr->name)));
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
		append_column(wb, attr);
		appendStringInfoString(wb->sql, " IN ");
		append_list(wb, attr, v, "in");
		return;
	}
	if (!jv_is_object(v) || attr->type_oid == JSONBOID || attr->type_oid == JSONOID)
	{
		append_column(wb, attr);
		appendStringInfoString(wb->sql, " OPERATOR(pg_catalog.=) ");
		append_value(wb, attr, v);
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

/*
 * where_add_param adds a parameter of type typid read from text with the
 * type's input function, and returns its number.
 */
int
where_add_param(WhereParams *params, Oid typid, int32 typmod, const char *text)
{
	Oid			typinput;
	Oid			typioparam;

	if (params->count == params->capacity)
	{
		params->capacity = params->capacity == 0 ? 8 : params->capacity * 2;
		params->types = params->types ? repalloc(params->types, params->capacity * sizeof(Oid))
			: palloc(params->capacity * sizeof(Oid));
		params->values = params->values ? repalloc(params->values, params->capacity * sizeof(Datum))
			: palloc(params->capacity * sizeof(Datum));
		params->nulls = params->nulls ? repalloc(params->nulls, params->capacity + 1)
			: palloc(params->capacity + 1);
	}
	getTypeInputInfo(typid, &typinput, &typioparam);
	params->types[params->count] = typid;
	params->nulls[params->count] = text ? ' ' : 'n';
	params->values[params->count] = text ? OidInputFunctionCall(typinput, (char *) text,
																typioparam, typmod) : (Datum) 0;
	params->count++;
	params->nulls[params->count] = '\0';
	return params->count;
}
