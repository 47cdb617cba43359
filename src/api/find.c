/*
 * src/api/find.c
 *
 * Model-level queries (API.md §6): find_all, find_one and
 * find_and_count_all, with where, attributes, order, limit, offset and an
 * include tree — all of it one statement (src/include.c), run through a
 * kept plan.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/jsonb.h"

#include "catalog/include.h"
#include "options/json_util.h"
#include "exec/exec.h"
#include "api/args.h"

PG_FUNCTION_INFO_V1(association_find_all);
PG_FUNCTION_INFO_V1(association_find_one);
PG_FUNCTION_INFO_V1(association_find_and_count_all);

static const char *const find_keys[] = {
	"where", "attributes", "order", "limit", "offset", "include", "raw", NULL
};

/* find_root resolves model and the options of a find into the root node. */
static IncludeNode *
find_root(Registry *reg, const char *name, Jsonb *options, JsonbValue *opts)
{
	Model	   *model = registry_lookup_model(reg, name);
	IncludeNode *root = palloc0(sizeof(IncludeNode));
	int			aliases = 0;
	JsonbValue *v;

	jv_from_jsonb(options, opts);
	jv_require_object(opts, "find options");
	jv_check_keys(opts, find_keys, "find options");
	(void) jv_get_bool(opts, "raw", false, "find options");
	if (!OidIsValid(model->relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("table of model \"%s\" does not exist", model->name),
				 errhint("Run SELECT association.sync(); to create it.")));
	root->model = model;
	root->alias = "t0";
	root->attrs = include_attributes(model, jv_get(opts, "attributes"), "attributes");
	v = jv_get(opts, "where");
	if (!jv_is_null(v))
	{
		if (!jv_is_object(v))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("option \"where\" of a find must be a JSON object, not %s", jv_type_name(v))));
		root->where = v;
	}
	root->order = jv_get(opts, "order");
	root->limit = jv_get(opts, "limit");
	root->offset = jv_get(opts, "offset");
	v = jv_get(opts, "include");
	if (!jv_is_null(v))
		root->children = include_parse(model, v, 1, &aliases);
	return root;
}

/*
 * run_find runs sql and leaves its rows in SPI_tuptable.  JIT is off while
 * the statement is planned and run: a tree of correlated subqueries over
 * many parents looks expensive enough to the planner to be JIT-compiled,
 * and the compilation, repeated at every call of a kept plan, costs more
 * than it saves (measured: 1.7 s instead of 0.5 s for a 2-level include
 * over 100,000 rows).  The setting is restored when the call ends.
 */
static void
run_find(const char *sql, WhereParams *params)
{
	int			nestlevel = NewGUCNestLevel();

	(void) set_config_option("jit", "off", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	exec_kept(sql, params, true, 0, SPI_OK_SELECT);
	AtEOXact_GUC(true, nestlevel);
}

/* association_find_all returns the instances of a model with their includes. */
Datum
association_find_all(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	char	   *name = arg_text_required(fcinfo, 0, "model");
	Registry   *reg = registry_acquire();
	JsonbValue	opts;
	IncludeNode *root = find_root(reg, name, arg_jsonb_or_empty(fcinfo, 1), &opts);
	WhereParams params;
	char	   *sql;
	memset(&params, 0, sizeof(params));
	sql = include_find_sql(root, &params, false);
	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	run_find(sql, &params);
	exec_put_first_column(rsinfo);
	SPI_finish();
	registry_release();
	return (Datum) 0;
}

/* one_limit returns a JSON number 1, the limit of find_one. */
static JsonbValue *
one_limit(void)
{
	JsonbValue *v = palloc(sizeof(JsonbValue));

	v->type = jbvNumeric;
	v->val.numeric = DatumGetNumeric(DirectFunctionCall1(int4_numeric, Int32GetDatum(1)));
	return v;
}

/* association_find_one returns the first instance (or NULL) with its includes. */
Datum
association_find_one(PG_FUNCTION_ARGS)
{
	char	   *name = arg_text_required(fcinfo, 0, "model");
	Registry   *reg = registry_acquire();
	JsonbValue	opts;
	IncludeNode *root = find_root(reg, name, arg_jsonb_or_empty(fcinfo, 1), &opts);
	WhereParams params;
	char	   *sql;
	Datum		result = (Datum) 0;
	bool		isnull = true;

	root->limit = one_limit();
	memset(&params, 0, sizeof(params));
	sql = include_find_sql(root, &params, false);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	run_find(sql, &params);
	if (SPI_processed > 0)
	{
		result = exec_result(0, 1, &isnull);
		if (!isnull)
			result = SPI_datumTransfer(result, false, -1);
	}
	SPI_finish();
	registry_release();
	if (isnull)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(result);
}

/*
 * association_find_and_count_all returns {"count": n, "rows": [...]}: the
 * number of matching parents (ignoring limit and offset) and the rows.
 */
Datum
association_find_and_count_all(PG_FUNCTION_ARGS)
{
	char	   *name = arg_text_required(fcinfo, 0, "model");
	Registry   *reg = registry_acquire();
	JsonbValue	opts;
	IncludeNode *root = find_root(reg, name, arg_jsonb_or_empty(fcinfo, 1), &opts);
	WhereParams count_params;
	WhereParams params;
	char	   *count_sql;
	char	   *sql;
	int64		count;
	bool		isnull;
	Datum		result;

	memset(&count_params, 0, sizeof(count_params));
	memset(&params, 0, sizeof(params));
	count_sql = include_find_sql(root, &count_params, true);
	sql = psprintf("SELECT pg_catalog.jsonb_build_object('rows', COALESCE(pg_catalog.jsonb_agg(f.r), '[]'::pg_catalog.jsonb)) "
				   "FROM (%s) f(r)", include_find_sql(root, &params, false));
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	run_find(count_sql, &count_params);
	count = DatumGetInt64(exec_result(0, 1, &isnull));
	run_find(sql, &params);
	result = exec_result(0, 1, &isnull);
	{
		/* {"count": n} || {"rows": [...]} */
		Jsonb	   *rows = DatumGetJsonbP(result);
		Jsonb	   *head = DatumGetJsonbP(DirectFunctionCall1(jsonb_in,
															  CStringGetDatum(psprintf("{\"count\": " INT64_FORMAT "}", count))));

		result = DirectFunctionCall2(jsonb_concat, JsonbPGetDatum(head), JsonbPGetDatum(rows));
		result = SPI_datumTransfer(result, false, -1);
	}
	SPI_finish();
	registry_release();
	PG_RETURN_DATUM(result);
}
