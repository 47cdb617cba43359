/*
 * src/api/sync.c
 *
 * sync(), sync_sql() and drop_all(): make the database match the models.
 * sync() runs the plan and returns it as a script; sync_sql() returns the
 * script and runs nothing.
 *
 * Each call resolves the catalog afresh (not the cached registry): the
 * tables may have changed under it without a catalog change, for example
 * when sync_sql()'s script was run by hand.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/builtins.h"

#include "api/args.h"
#include "catalog/loader.h"
#include "catalog/registry.h"
#include "ops/sync_run.h"
#include "options/json_util.h"
#include "options/options.h"
#include "sqlgen/sync_plan.h"

PG_FUNCTION_INFO_V1(association_sync);
PG_FUNCTION_INFO_V1(association_sync_sql);
PG_FUNCTION_INFO_V1(association_drop_all);

/* sync_options parses the options argument of sync and sync_sql. */
static void
sync_options(Jsonb *options, SyncOptions *out)
{
	JsonbValue	opts;
	char	   *cycles;

	options_read(options, &opts, OPT_SYNC, "sync options");
	out->force = jv_get_bool(&opts, "force", false, "sync options");
	cycles = jv_get_string(&opts, "cycles", "sync options");
	if (cycles != NULL && strcmp(cycles, "error") != 0 && strcmp(cycles, "defer") != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid value \"%s\" for sync option \"cycles\"", cycles),
				 errhint("Valid values are \"defer\" (the default: add the foreign keys of a cycle after its tables) and \"error\".")));
	out->cycles_error = cycles != NULL && strcmp(cycles, "error") == 0;
}

/* return_lines returns lines as the rows of a set-returning function. */
static void
return_lines(FunctionCallInfo fcinfo, List *lines)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	ListCell   *lc;

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	foreach(lc, lines)
	{
		Datum		value = CStringGetTextDatum(lfirst(lc));
		bool		isnull = false;

		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, &value, &isnull);
	}
}

/* association_sync runs the DDL that makes the database match the models. */
Datum
association_sync(PG_FUNCTION_ARGS)
{
	SyncOptions options;
	Registry   *reg;
	SyncPlan   *plan;

	sync_options(arg_jsonb_or_empty(fcinfo, 0), &options);
	loader_require_version();
	reg = registry_build(NULL);
	plan = sync_make_plan(reg, &options);
	sync_run(plan, reg);
	return_lines(fcinfo, sync_script_lines(plan));
	return (Datum) 0;
}

/* association_sync_sql returns the DDL sync() would run as a script, running nothing. */
Datum
association_sync_sql(PG_FUNCTION_ARGS)
{
	SyncOptions options;

	sync_options(arg_jsonb_or_empty(fcinfo, 0), &options);
	loader_require_version();
	return_lines(fcinfo, sync_script_lines(sync_make_plan(registry_build(NULL), &options)));
	return (Datum) 0;
}

/*
 * association_drop_all drops the tables of the caller's models (a
 * superuser's: every role's, each as its owner) with DROP TABLE ... CASCADE
 * and forgets what sync made for them.
 */
Datum
association_drop_all(PG_FUNCTION_ARGS)
{
	loader_require_version();
	sync_run_drop(sync_drop_plan(registry_build(NULL)));
	PG_RETURN_VOID();
}
