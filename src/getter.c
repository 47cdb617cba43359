/*
 * src/getter.c
 *
 * Options of get and count (Sequelize's getter options): where (the JSON
 * where language, or the v1 string form: one SQL boolean expression),
 * attributes (a list, or {"exclude": [...]}), joinTableAttributes,
 * through.where, order, limit, offset.  They compile to SQL fragments over
 * the aliases t (target) and j (junction); values become parameters.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "parser/parser.h"
#include "utils/builtins.h"
#include "utils/formatting.h"

#include <ctype.h>

#include "instance.h"
#include "json_util.h"

static const char *const getter_keys[] = {
	"where", "attributes", "joinTableAttributes", "through", "order", "limit",
	"offset", "raw", NULL
};
static const char *const through_keys[] = {"where", "attributes", NULL};
static const char *const attributes_keys[] = {"exclude", NULL};

/* attr_list returns the attributes of model a JSON list names. */
static List *
attr_list(Model *model, const JsonbValue *list, const char *option)
{
	List	   *attrs = NIL;
	ListCell   *lc;

	if (!jv_is_array(list))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("option \"%s\" must be a list of attribute names, not %s", option,
						jv_type_name(list))));
	foreach(lc, jv_array_elements(list))
	{
		JsonbValue *v = lfirst(lc);
		ModelAttr  *a = jv_is_string(v) ? model_find_attr(model, jv_string(v)) : NULL;

		if (a == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("option \"%s\" names %s, which is not an attribute of model \"%s\"",
							option, jv_is_string(v) ? psprintf("\"%s\"", jv_string(v)) : jv_type_name(v),
							model->name),
					 errhint("association.describe('%s') lists its attributes.", model->name)));
		attrs = lappend(attrs, a);
	}
	return attrs;
}

/* attributes_option returns the target attributes to return. */
static List *
attributes_option(Model *model, const JsonbValue *v)
{
	List	   *excluded;
	List	   *attrs = NIL;
	ListCell   *lc;

	if (v == NULL)
		return list_copy(model->attrs);
	if (!jv_is_object(v))
		return attr_list(model, v, "attributes");
	jv_check_keys(v, attributes_keys, "option \"attributes\"");
	excluded = attr_list(model, jv_get(v, "exclude") ? jv_get(v, "exclude") : v, "attributes.exclude");
	foreach(lc, model->attrs)
		if (!list_member_ptr(excluded, lfirst(lc)))
			attrs = lappend(attrs, lfirst(lc));
	return attrs;
}

/*
 * expression_is_closed returns whether expr keeps to itself inside
 * parentheses: no ")" closes more than it opened and no ";" ends the
 * statement, outside string literals, quoted identifiers, dollar quotes and
 * comments.
 */
static bool
expression_is_closed(const char *expr)
{
	const char *p = expr;
	int			depth = 0;

	while (*p)
	{
		if (*p == '\'' || *p == '"')
		{
			char		quote = *p;
			bool		backslashes = quote == '\'' && p > expr && (p[-1] == 'E' || p[-1] == 'e');

			for (p++; *p; p++)
			{
				if (backslashes && *p == '\\' && p[1])
					p++;
				else if (*p == quote && p[1] == quote)
					p++;
				else if (*p == quote)
					break;
			}
			if (*p == '\0')
				return false;
			p++;
		}
		else if (*p == '-' && p[1] == '-')
		{
			while (*p && *p != '\n')
				p++;
		}
		else if (*p == '/' && p[1] == '*')
		{
			const char *end = strstr(p + 2, "*/");

			if (end == NULL)
				return false;
			p = end + 2;
		}
		else if (*p == '$' && (p == expr || !(isalnum((unsigned char) p[-1]) || p[-1] == '_')))
		{
			const char *tag_end = p + 1;

			while (isalnum((unsigned char) *tag_end) || *tag_end == '_')
				tag_end++;
			if (*tag_end == '$')
			{
				char	   *tag = pnstrdup(p, tag_end - p + 1);
				const char *close = strstr(tag_end + 1, tag);

				if (close == NULL)
					return false;
				p = close + strlen(tag);
			}
			else
				p++;
		}
		else
		{
			if (*p == '(')
				depth++;
			else if (*p == ')' && --depth < 0)
				return false;
			else if (*p == ';')
				return false;
			p++;
		}
	}
	return depth == 0;
}

/*
 * string_where returns the v1 string where as " AND (expr)", after checking
 * it is exactly one SQL expression: it runs with the caller's rights like
 * any query they write, but must never reach outside its parentheses or
 * smuggle in a second statement.
 */
static char *
string_where(const char *expr)
{
	if (!expression_is_closed(expr))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a string where must be one SQL expression"),
				 errhint("Write a boolean expression over the target's columns, such as 'id > 10', or use the JSON form.")));
	(void) raw_parser(psprintf("SELECT 1 WHERE (%s)", expr), RAW_PARSE_DEFAULT);
	return psprintf(" AND (%s)", expr);
}

/* compile_where returns " AND (...)" for a JSON where over model as alias. */
static char *
compile_where(InstanceCall *call, Model *model, const char *alias, const JsonbValue *where)
{
	StringInfoData buf;

	initStringInfo(&buf);
	where_append_and(&buf, model, alias, jv_to_jsonb(where), &call->params);
	return buf.data;
}

/* order_direction returns an ORDER BY direction, checked. */
static const char *
order_direction(const JsonbValue *v)
{
	static const char *const dirs[] = {
		"ASC", "DESC", "ASC NULLS FIRST", "ASC NULLS LAST", "DESC NULLS FIRST",
		"DESC NULLS LAST", "NULLS FIRST", "NULLS LAST", NULL
	};
	char	   *upper;
	const char *const *d;

	if (v == NULL)
		return "ASC";
	if (jv_is_string(v))
	{
		upper = asc_toupper(v->val.string.val, v->val.string.len);
		for (d = dirs; *d != NULL; d++)
			if (strcmp(*d, upper) == 0)
				return *d;
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid order direction %s", jv_is_string(v) ? quote_literal_cstr(jv_string(v)) : jv_type_name(v)),
			 errhint("Use ASC or DESC, optionally followed by NULLS FIRST or NULLS LAST.")));
	return NULL;
}

/* order_option returns " ORDER BY ..." for [["attr", "DESC"], ...]. */
static char *
order_option(InstanceCall *call, const JsonbValue *v)
{
	StringInfoData buf;
	ListCell   *lc;
	List	   *items;

	if (jv_is_null(v))
		return "";
	if (!jv_is_array(v))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("option \"order\" must be a list such as [[\"name\", \"DESC\"]], not %s",
						jv_type_name(v))));
	items = jv_array_elements(v);
	if (items == NIL)
		return "";
	initStringInfo(&buf);
	appendStringInfoString(&buf, " ORDER BY ");
	foreach(lc, items)
	{
		JsonbValue *item = lfirst(lc);
		List	   *parts = jv_is_array(item) ? jv_array_elements(item) : list_make1(item);
		Model	   *model = call->target;
		const char *alias = "t";
		JsonbValue *name;
		ModelAttr  *a;

		/* [junction model, attribute, direction] orders by junction data */
		if (list_length(parts) == 3 && call->as->through != NULL &&
			jv_is_string(linitial(parts)) &&
			strcmp(jv_string(linitial(parts)), call->as->through->name) == 0)
		{
			model = call->as->through;
			alias = "j";
			parts = list_delete_first(parts);
		}
		if (parts == NIL || list_length(parts) > 2 || !jv_is_string(linitial(parts)))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("each item of option \"order\" must be \"attribute\" or [\"attribute\", \"ASC\"|\"DESC\"]")));
		name = linitial(parts);
		a = model_find_attr(model, jv_string(name));
		if (a == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("option \"order\" names \"%s\", which is not an attribute of model \"%s\"",
							jv_string(name), model->name)));
		appendStringInfo(&buf, "%s%s.%s %s", lc == list_head(items) ? "" : ", ", alias,
						 quote_identifier(a->field),
						 order_direction(list_length(parts) == 2 ? lsecond(parts) : NULL));
	}
	return buf.data;
}

/* count_param returns a $n for a non-negative integer option, or reports. */
static int
count_param(InstanceCall *call, const JsonbValue *v, const char *option)
{
	char	   *text;
	char	   *end;
	long long	n;

	if (v->type != jbvNumeric)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("option \"%s\" must be a number, not %s", option, jv_type_name(v))));
	text = jv_to_text(v);
	errno = 0;
	n = strtoll(text, &end, 10);
	if (errno != 0 || *end != '\0' || n < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("option \"%s\" must be a non-negative integer, not %s", option, text)));
	return where_add_param(&call->params, INT8OID, -1, text);
}

/*
 * getter_options compiles the options of get (or count, which takes where
 * and through.where and ignores the rest) into out.
 */
void
getter_options(InstanceCall *call, Jsonb *options, bool for_count, GetterOptions *out)
{
	JsonbValue	opts;
	JsonbValue *v;
	StringInfoData where;
	StringInfoData limit;
	bool		join_attrs_given = false;

	memset(out, 0, sizeof(GetterOptions));
	jv_from_jsonb(options, &opts);
	jv_require_object(&opts, "getter options");
	jv_check_keys(&opts, getter_keys, "getter options");
	(void) jv_get_bool(&opts, "raw", false, "getter options");

	initStringInfo(&where);
	v = jv_get(&opts, "where");
	if (jv_is_string(v))
		appendStringInfoString(&where, string_where(jv_string(v)));
	else if (!jv_is_null(v))
		appendStringInfoString(&where, compile_where(call, call->target, "t", v));

	v = jv_get(&opts, "through");
	if (!jv_is_null(v))
	{
		JsonbValue *tw;

		if (call->as->through == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("option \"through\" applies to belongsToMany associations only"),
					 errhint("Association \"%s\" is a %s.", call->as->name,
							 assoc_kind_name(call->as->kind))));
		jv_require_object(v, "option \"through\"");
		jv_check_keys(v, through_keys, "option \"through\"");
		tw = jv_get(v, "where");
		if (!jv_is_null(tw))
			appendStringInfoString(&where, compile_where(call, call->as->through, "j", tw));
		if (jv_get(v, "attributes") != NULL)
		{
			out->join_attrs = attr_list(call->as->through, jv_get(v, "attributes"),
										"through.attributes");
			join_attrs_given = true;
		}
	}
	out->where_sql = where.data;

	out->attrs = attributes_option(call->target, jv_get(&opts, "attributes"));
	v = jv_get(&opts, "joinTableAttributes");
	if (v != NULL && call->as->through == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("option \"joinTableAttributes\" applies to belongsToMany associations only")));
	if (v != NULL)
	{
		out->join_attrs = attr_list(call->as->through, v, "joinTableAttributes");
		join_attrs_given = true;
	}
	else if (!join_attrs_given && call->as->through != NULL)
		out->join_attrs = list_copy(call->as->through->attrs);

	out->order_sql = for_count ? "" : order_option(call, jv_get(&opts, "order"));
	initStringInfo(&limit);
	v = jv_get(&opts, "limit");
	if (!jv_is_null(v))
	{
		int			n = count_param(call, v, "limit");

		if (!for_count)
			appendStringInfo(&limit, " LIMIT $%d", n);
		out->has_limit = !for_count;
	}
	v = jv_get(&opts, "offset");
	if (!jv_is_null(v))
	{
		int			n = count_param(call, v, "offset");

		if (!for_count)
			appendStringInfo(&limit, " OFFSET $%d", n);
	}
	out->limit_sql = limit.data;
}
