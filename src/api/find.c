/*
 * src/api/find.c
 *
 * SQL entry points of the model-level queries find_all, find_one and
 * find_and_count_all: the options are checked, the include tree resolved
 * (src/catalog/include_resolve.c) and the query run (src/ops/find.c).
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"

#include "api/args.h"
#include "catalog/registry.h"
#include "ops/find.h"
#include "options/json_util.h"
#include "options/options.h"

PG_FUNCTION_INFO_V1(association_find_all);
PG_FUNCTION_INFO_V1(association_find_one);
PG_FUNCTION_INFO_V1(association_find_and_count_all);

/*
 * find_root checks the options of a find on model (argument 0, options
 * argument 1) and resolves them into the root of the include tree; for
 * find_one with limit 1.
 */
static IncludeNode *
find_root(FunctionCallInfo fcinfo, Registry *reg, bool one)
{
	char	   *name = arg_text_required(fcinfo, 0, "model");
	Model	   *model = registry_lookup_model(reg, name);
	JsonbValue *opts = palloc(sizeof(JsonbValue));
	IncludeNode *root;

	options_read(arg_jsonb_or_empty(fcinfo, 1), opts, OPT_FIND, "find options");
	(void) jv_get_bool(opts, "raw", false, "find options");
	if (!OidIsValid(model->relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("table of model \"%s\" does not exist", model->name),
				 errhint("Run SELECT association.sync(); to create it.")));
	root = include_resolve_find(reg, model, opts);
	if (one)
	{
		JsonbValue *limit = palloc(sizeof(JsonbValue));

		limit->type = jbvNumeric;
		limit->val.numeric = DatumGetNumeric(DirectFunctionCall1(int4_numeric, Int32GetDatum(1)));
		root->limit = limit;
	}
	return root;
}

/*
 * association_find_all returns the instances of a model with their
 * includes.  Called in FROM, the rows go into the function's result store
 * (PostgreSQL keeps a function's rows before FROM reads them); called in a
 * select list, they are returned one at a time from a cursor, so that they
 * reach the client while the rest are computed.
 */
Datum
association_find_all(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	FuncCallContext *funcctx;
	Datum		value;
	bool		isnull;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("association.find_all returns a set of rows"),
				 errhint("Call it in FROM or in a select list.")));
	if (rsinfo->allowedModes & SFRM_Materialize_Preferred)
	{
		IncludeNode *root = find_root(fcinfo, registry_acquire(), false);

		InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
		find_all(root, rsinfo);
		registry_release();
		return (Datum) 0;
	}
	if (SRF_IS_FIRSTCALL())
	{
		IncludeNode *root;

		funcctx = SRF_FIRSTCALL_INIT();
		root = find_root(fcinfo, registry_acquire(), false);
		funcctx->user_fctx = find_stream(root, funcctx->multi_call_memory_ctx, rsinfo->econtext);
		registry_release();
	}
	funcctx = SRF_PERCALL_SETUP();
	if (!exec_stream_next(funcctx->user_fctx, &value, &isnull))
		SRF_RETURN_DONE(funcctx);
	if (isnull)
		SRF_RETURN_NEXT_NULL(funcctx);
	SRF_RETURN_NEXT(funcctx, json_result(fcinfo, value));
}

/* association_find_one returns the first instance (or NULL) with its includes. */
Datum
association_find_one(PG_FUNCTION_ARGS)
{
	IncludeNode *root = find_root(fcinfo, registry_acquire(), true);
	bool		isnull;
	Datum		result = find_one(root, &isnull);

	registry_release();
	if (isnull)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(json_result(fcinfo, result));
}

/*
 * association_find_and_count_all returns {"count": n, "rows": [...]}: the
 * number of matching parents (ignoring limit and offset) and the rows.
 */
Datum
association_find_and_count_all(PG_FUNCTION_ARGS)
{
	IncludeNode *root = find_root(fcinfo, registry_acquire(), false);
	Datum		result = find_and_count_all(root);

	registry_release();
	PG_RETURN_DATUM(json_result(fcinfo, result));
}
