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

#include "catalog/attributes.h"
#include "options/json_util.h"
#include "options/options.h"
#include "sqlgen/instance_sql.h"
#include "sqlgen/order.h"
#include "sqlgen/where.h"


/* compile_where returns " AND (...)" for a JSON where over model as alias. */
static char *
compile_where(const InstanceCall *call, WhereParams *params, Model *model, const char *alias, const JsonbValue *where)
{
	StringInfoData buf;

	initStringInfo(&buf);
	where_append_and(&buf, model, alias, jv_to_jsonb(where), params);
	return buf.data;
}

/* order_option returns " ORDER BY ..." for [["attr", "DESC"], ...]. */
static char *
order_option(const InstanceCall *call, WhereParams *params, const JsonbValue *v)
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
getter_options(const InstanceCall *call, WhereParams *params, Jsonb *options, bool for_count, GetterOptions *out)
{
	JsonbValue	opts;
	JsonbValue *v;
	StringInfoData where;
	StringInfoData limit;
	bool		join_attrs_given = false;

	memset(out, 0, sizeof(GetterOptions));
	options_read(options, &opts, OPT_GETTER, "getter options");
	(void) jv_get_bool(&opts, "raw", false, "getter options");

	initStringInfo(&where);
	v = jv_get(&opts, "where");
	if (jv_is_string(v))
		appendStringInfoString(&where, string_where_sql(jv_string(v)));
	else if (!jv_is_null(v))
		appendStringInfoString(&where, compile_where(call, params, call->target, "t", v));

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
		options_check(v, OPT_GETTER_THROUGH, "option \"through\"");
		tw = jv_get(v, "where");
		if (!jv_is_null(tw))
			appendStringInfoString(&where, compile_where(call, params, call->as->through, "j", tw));
		if (jv_get(v, "attributes") != NULL)
		{
			out->join_attrs = attributes_option(call->as->through, jv_get(v, "attributes"),
												"through.attributes");
			join_attrs_given = true;
		}
	}
	out->where_sql = where.data;

	out->attrs = attributes_option(call->target, jv_get(&opts, "attributes"), "attributes");
	v = jv_get(&opts, "joinTableAttributes");
	if (v != NULL && call->as->through == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("option \"joinTableAttributes\" applies to belongsToMany associations only")));
	if (v != NULL)
	{
		out->join_attrs = attributes_option(call->as->through, v, "joinTableAttributes");
		join_attrs_given = true;
	}
	else if (!join_attrs_given && call->as->through != NULL)
		out->join_attrs = list_copy(call->as->through->attrs);

	out->order_sql = for_count ? "" : order_option(call, params, jv_get(&opts, "order"));

	/* count checks limit and offset, and counts every row (as Sequelize) */
	initStringInfo(&limit);
	v = jv_get(&opts, "limit");
	if (!jv_is_null(v) && for_count)
		(void) limit_text(v, "limit");
	else if (!jv_is_null(v))
	{
		appendStringInfo(&limit, " LIMIT $%d", limit_param(params, v, "limit"));
		out->has_limit = true;
	}
	v = jv_get(&opts, "offset");
	if (!jv_is_null(v) && for_count)
		(void) limit_text(v, "offset");
	else if (!jv_is_null(v))
		appendStringInfo(&limit, " OFFSET $%d", limit_param(params, v, "offset"));
	out->limit_sql = limit.data;
}
