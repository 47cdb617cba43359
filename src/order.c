/*
 * src/order.c
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

#include "json_util.h"
#include "order.h"

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

/*
 * order_list appends the ORDER BY list of an order option (without the
 * keywords) and returns whether it appended anything.
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
		Model	   *model = scope->model;
		const char *alias = scope->alias;
		JsonbValue *name;
		ModelAttr  *a;

		/* [junction model, attribute, direction] orders by junction data */
		if (list_length(parts) == 3 && scope->junction != NULL &&
			jv_is_string(linitial(parts)) &&
			strcmp(jv_string(linitial(parts)), scope->junction->name) == 0)
		{
			model = scope->junction;
			alias = scope->junction_alias;
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
		appendStringInfo(buf, "%s%s.%s %s", lc == list_head(items) ? "" : ", ", alias,
						 quote_identifier(a->field),
						 order_direction(list_length(parts) == 2 ? lsecond(parts) : NULL));
	}
	return items != NIL;
}

/* limit_param returns a $n for a non-negative integer option, or reports. */
int
limit_param(WhereParams *params, const JsonbValue *v, const char *option)
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
	return where_add_param(params, INT8OID, -1, text);
}
