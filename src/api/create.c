/*
 * src/api/create.c
 *
 * create(model, values, options): inserts one row given by attribute name
 * and returns it, with generated keys and defaults, as jsonb keyed by
 * attribute name; with {"include": ...} the associated instances too
 * (src/ops/create.c).
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/jsonb.h"

#include "api/args.h"
#include "catalog/include.h"
#include "catalog/registry.h"
#include "ops/create.h"
#include "options/json_util.h"
#include "options/options.h"

PG_FUNCTION_INFO_V1(association_create);

/* association_create inserts one instance of a model and returns it. */
Datum
association_create(PG_FUNCTION_ARGS)
{
	char	   *name = arg_text_required(fcinfo, 0, "model");
	Jsonb	   *values = arg_jsonb_or_empty(fcinfo, 1);
	Jsonb	   *options = arg_jsonb_or_empty(fcinfo, 2);
	JsonbValue	vals;
	JsonbValue	opts;
	JsonbValue *include;
	Registry   *reg;
	Model	   *model;
	List	   *nodes = NIL;
	Datum		result;

	jv_from_jsonb(values, &vals);
	jv_require_object(&vals, "create values");
	options_read(options, &opts, OPT_CREATE, "create options");

	reg = registry_acquire();
	model = registry_lookup_model(reg, name);
	if (!OidIsValid(model->relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("table of model \"%s\" does not exist", model->name),
				 errhint("Run SELECT association.sync(); to create it.")));
	include = jv_get(&opts, "include");
	if (!jv_is_null(include))
		nodes = include_resolve_list(reg, model, include);
	result = create_instance(model, &vals, nodes);
	registry_release();
	PG_RETURN_DATUM(json_result(fcinfo, result));
}
