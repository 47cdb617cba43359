/*
 * src/sqlgen/getter.c
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
#include "utils/builtins.h"


#include "ops/instance_ops.h"
#include "options/json_util.h"
#include "sqlgen/order.h"

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

/* compile_where returns " AND (...)" for a JSON where over model as alias. */
static char *
compile_where(InstanceCall *call, Model *model, const char *alias, const JsonbValue *where)
{
	StringInfoData buf;

	initStringInfo(&buf);
	where_append_and(&buf, model, alias, jv_to_jsonb(where), &call->params);
	return buf.data;
}

/* order_option returns " ORDER BY ..." for [["attr", "DESC"], ...]. */
static char *
order_option(InstanceCall *call, const JsonbValue *v)
{
	StringInfoData buf;
	OrderScope	scope = {call->target, "t", call->as->through, "j", NULL, NULL};

	initStringInfo(&buf);
	if (!order_list(&buf, &scope, v))
		return "";
	return psprintf(" ORDER BY %s", buf.data);
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
		appendStringInfoString(&where, string_where_sql(jv_string(v)));
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
		int			n = limit_param(&call->params, v, "limit");

		if (!for_count)
			appendStringInfo(&limit, " LIMIT $%d", n);
		out->has_limit = !for_count;
	}
	v = jv_get(&opts, "offset");
	if (!jv_is_null(v))
	{
		int			n = limit_param(&call->params, v, "offset");

		if (!for_count)
			appendStringInfo(&limit, " OFFSET $%d", n);
	}
	out->limit_sql = limit.data;
}
