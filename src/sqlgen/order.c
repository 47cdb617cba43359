/*
 * src/sqlgen/order.c
 *
 * The order, limit and offset options shared by the getters (get) and the
 * includes (find_all): [["attribute", "DESC"], ...] over a model — and,
 * where there is a junction, [["JunctionModel", "attribute", "DESC"]] —
 * checked and turned into an ORDER BY list; limit and offset as bigint
 * parameters.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/formatting.h"

#include "options/json_util.h"
#include "sqlgen/order.h"

static const char *const directions[] = {
	"ASC", "DESC", "ASC NULLS FIRST", "ASC NULLS LAST", "DESC NULLS FIRST",
	"DESC NULLS LAST", "NULLS FIRST", "NULLS LAST", NULL
};

/* is_direction returns whether v spells an ORDER BY direction. */
static bool
is_direction(const JsonbValue *v)
{
	char	   *upper = asc_toupper(v->val.string.val, v->val.string.len);
	const char *const *d;

	for (d = directions; *d != NULL; d++)
		if (strcmp(*d, upper) == 0)
			return true;
	return false;
}

/*
 * attribute_column returns "alias.column" of model's attribute name, or
 * reports it.
 */
static char *
attribute_column(Model *model, const char *alias, const char *name)
{
	ModelAttr  *a = model_find_attr(model, name);

	if (a == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("option \"order\" names \"%s\", which is not an attribute of model \"%s\"",
						name, model->name),
				 errhint("association.describe('%s') lists its attributes.", model->name)));
	return psprintf("%s.%s", alias, quote_identifier(a->field));
}

/* order_direction returns an ORDER BY direction, checked. */
static const char *
order_direction(const JsonbValue *v)
{
	char	   *upper;
	const char *const *d;

	if (v == NULL)
		return "ASC";
	if (jv_is_string(v))
	{
		upper = asc_toupper(v->val.string.val, v->val.string.len);
		for (d = directions; *d != NULL; d++)
			if (strcmp(*d, upper) == 0)
				return *d;
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid order direction %s", jv_is_string(v) ? quote_literal_cstr(jv_string(v)) : jv_type_name(v)),
			 errhint("Use ASC or DESC, optionally followed by NULLS FIRST or NULLS LAST.")));
	return NULL;
}

/*
 * order_list appends the ORDER BY list of an order option (without the
 * keywords) and returns whether it appended anything.  An item is
 * "attribute", [attribute, direction], [JunctionModel, attribute,
 * direction] where there is a junction, or — where the scope has includes —
 * [association..., attribute, direction] with each association a name or
 * {"model", "as"}.
 */
bool
order_list(StringInfo buf, const OrderScope *scope, const JsonbValue *v)
{
	ListCell   *lc;
	List	   *items;

	if (jv_is_null(v))
		return false;
	if (!jv_is_array(v))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("option \"order\" must be a list such as [[\"name\", \"DESC\"]], not %s",
						jv_type_name(v))));
	items = jv_array_elements(v);
	foreach(lc, items)
	{
		JsonbValue *item = lfirst(lc);
		List	   *parts = jv_is_array(item) ? jv_array_elements(item) : list_make1(item);
		const JsonbValue *direction = NULL;
		const char *dir;
		JsonbValue *name;
		char	   *column;

		/* the last part is a direction when something comes before it */
		if (list_length(parts) == 2 && jv_is_string(linitial(parts)) &&
			model_find_attr(scope->model, jv_string(linitial(parts))) != NULL)
		{
			direction = lsecond(parts);		/* [attribute, direction]: checked below */
			parts = list_make1(linitial(parts));
		}
		else if ((list_length(parts) >= 2 && jv_is_string(llast(parts)) &&
				  is_direction(llast(parts))) ||
				 (list_length(parts) >= 3 && scope->path_column == NULL))
		{
			direction = llast(parts);
			parts = list_delete_last(parts);
		}
		dir = order_direction(direction);
		if (parts == NIL || !jv_is_string(llast(parts)))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("each item of option \"order\" must be \"attribute\" or [\"attribute\", \"ASC\"|\"DESC\"]"),
					 errhint("Name an included association first to order by its attribute: [\"author\", \"name\", \"ASC\"].")));
		name = llast(parts);
		parts = list_delete_last(parts);
		if (parts == NIL)
			column = attribute_column(scope->model, scope->alias, jv_string(name));
		else if (list_length(parts) == 1 && scope->junction != NULL &&
				 jv_is_string(linitial(parts)) &&
				 strcmp(jv_string(linitial(parts)), scope->junction->name) == 0)
			column = attribute_column(scope->junction, scope->junction_alias, jv_string(name));
		else if (scope->path_column != NULL)
			column = scope->path_column(scope->path_arg, parts, jv_string(name));
		else
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("option \"order\" here names attributes of model \"%s\"%s only",
							scope->model->name, scope->junction ? " and its junction" : ""),
					 errhint("Write [\"attribute\", \"DESC\"].")));
		appendStringInfo(buf, "%s%s %s", lc == list_head(items) ? "" : ", ", column, dir);
	}
	return items != NIL;
}

/* limit_text returns a non-negative integer option as text, or reports. */
char *
limit_text(const JsonbValue *v, const char *option)
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
	return text;
}

/* limit_param returns a $n for a non-negative integer option, or reports. */
int
limit_param(WhereParams *params, const JsonbValue *v, const char *option)
{
	return where_add_param(params, INT8OID, -1, limit_text(v, option));
}
