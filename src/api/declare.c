/*
 * src/api/declare.c
 *
 * SQL entry points that declare and remove models and associations:
 * define_model, belongs_to, has_one, has_many, belongs_to_many,
 * drop_association, drop_model (src/catalog/declare.c records them).
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "api/args.h"
#include "catalog/declare.h"
#include "options/json_util.h"
#include "options/options.h"

PG_FUNCTION_INFO_V1(association_define_model);
PG_FUNCTION_INFO_V1(association_belongs_to);
PG_FUNCTION_INFO_V1(association_has_one);
PG_FUNCTION_INFO_V1(association_has_many);
PG_FUNCTION_INFO_V1(association_belongs_to_many);
PG_FUNCTION_INFO_V1(association_drop_association);
PG_FUNCTION_INFO_V1(association_drop_model);

/*
 * association_define_model declares a model and returns the table it maps
 * to, as regclass would print it.
 */
Datum
association_define_model(PG_FUNCTION_ARGS)
{
	char	   *name = arg_text_required(fcinfo, 0, "name");

	PG_RETURN_TEXT_P(cstring_to_text(declare_model(name, arg_json_text(fcinfo, 1, "attributes"),
												   arg_jsonb_or_empty(fcinfo, 2))));
}

/* association_declare declares an association of kind and returns its name. */
static Datum
association_declare(FunctionCallInfo fcinfo, AssocKind kind)
{
	char	   *source = arg_text_required(fcinfo, 0, "source");
	char	   *target = arg_text_required(fcinfo, 1, "target");

	PG_RETURN_TEXT_P(cstring_to_text(declare_association(source, target, kind,
														 arg_jsonb_or_empty(fcinfo, 2))));
}

/* association_belongs_to declares source.belongsTo(target) and returns its name. */
Datum
association_belongs_to(PG_FUNCTION_ARGS)
{
	return association_declare(fcinfo, ASSOC_BELONGS_TO);
}

/* association_has_one declares source.hasOne(target) and returns its name. */
Datum
association_has_one(PG_FUNCTION_ARGS)
{
	return association_declare(fcinfo, ASSOC_HAS_ONE);
}

/* association_has_many declares source.hasMany(target) and returns its name. */
Datum
association_has_many(PG_FUNCTION_ARGS)
{
	return association_declare(fcinfo, ASSOC_HAS_MANY);
}

/* association_belongs_to_many declares source.belongsToMany(target). */
Datum
association_belongs_to_many(PG_FUNCTION_ARGS)
{
	return association_declare(fcinfo, ASSOC_BELONGS_TO_MANY);
}

/*
 * association_drop_association removes one association's declaration, also
 * one that no longer resolves.
 */
Datum
association_drop_association(PG_FUNCTION_ARGS)
{
	char	   *source = arg_text_required(fcinfo, 0, "source");

	declare_drop_association(source, arg_text_required(fcinfo, 1, "name"));
	PG_RETURN_VOID();
}

/*
 * association_drop_model removes a model and its own associations; with
 * {"table": true} its table too, and with {"cascade": true} the
 * associations of other models that use it.
 */
Datum
association_drop_model(PG_FUNCTION_ARGS)
{
	char	   *name = arg_text_required(fcinfo, 0, "name");
	JsonbValue	opts;

	options_read(arg_jsonb_or_empty(fcinfo, 1), &opts, OPT_DROP_MODEL, "drop_model options");
	declare_drop_model(name, jv_get_bool(&opts, "table", false, "drop_model options"),
					   jv_get_bool(&opts, "cascade", false, "drop_model options"));
	PG_RETURN_VOID();
}
