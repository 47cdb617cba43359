/*
 * src/ops/find.c
 *
 * Model-level queries: find_all, find_one and find_and_count_all, with
 * where, attributes, order, limit, offset and an include tree — each result
 * one statement (src/sqlgen/include_sql.c), run through a kept plan.
 */
#include "postgres.h"

#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/jsonb.h"

#include "exec/exec.h"
#include "ops/find.h"

/*
 * jit_off turns JIT off until AtEOXact_GUC(true, the level it returns): a
 * tree of correlated subqueries over many parents looks expensive enough
 * to the planner to be JIT-compiled, and the compilation, repeated at every
 * call of a kept plan, costs more than it saves (measured: 1.7 s instead
 * of 0.5 s for a 2-level include over 100,000 rows).
 */
static int
jit_off(void)
{
	int			nestlevel = NewGUCNestLevel();

	(void) set_config_option("jit", "off", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	return nestlevel;
}

/*
 * run_find runs the find statement of root and sends its rows into rsinfo's
 * result, or, with rsinfo NULL, leaves them as the last result; JIT off.
 */
static void
run_find(IncludeNode *root, bool count_only, ReturnSetInfo *rsinfo)
{
	WhereParams params;
	char	   *sql;
	int			nestlevel;

	memset(&params, 0, sizeof(params));
	params.plan_per_call = root->on_citus;
	sql = include_find_sql(root, &params, count_only);
	nestlevel = jit_off();
	if (rsinfo != NULL)
		exec_kept_into(sql, &params, rsinfo);
	else
		exec_kept(sql, &params, true, 0, SPI_OK_SELECT);
	AtEOXact_GUC(true, nestlevel);
}

/*
 * find_stream opens the rows of the find of root for a value-per-call
 * caller (find_all in a select list): they reach the client while the rest
 * are computed.  The stream lives in cxt and closes with econtext.
 */
ExecStream *
find_stream(IncludeNode *root, MemoryContext cxt, ExprContext *econtext)
{
	WhereParams params;
	char	   *sql;
	int			nestlevel;
	ExecStream *stream;

	memset(&params, 0, sizeof(params));
	params.plan_per_call = root->on_citus;
	sql = include_find_sql(root, &params, false);
	nestlevel = jit_off();
	exec_begin();
	stream = exec_stream_open(sql, &params, cxt, econtext);
	exec_end();
	AtEOXact_GUC(true, nestlevel);
	return stream;
}

/* find_all adds the rows of the find to a set result. */
void
find_all(IncludeNode *root, ReturnSetInfo *rsinfo)
{
	exec_begin();
	run_find(root, false, rsinfo);
	exec_end();
}

/* find_one returns the first row of the find (root has limit 1), or sets *isnull. */
Datum
find_one(IncludeNode *root, bool *isnull)
{
	Datum		result;

	exec_begin();
	run_find(root, false, NULL);
	result = exec_result_copy(0, 1, isnull);
	exec_end();
	return result;
}

/*
 * find_and_count_all returns {"count": n, "rows": [...]} as json: the
 * number of matching parents (ignoring limit and offset) and the rows.
 */
Datum
find_and_count_all(IncludeNode *root)
{
	MemoryContext caller = CurrentMemoryContext;
	StringInfoData buf;
	int64		count;
	uint64		i;

	exec_begin();
	run_find(root, true, NULL);
	count = exec_result_int64(1);
	run_find(root, false, NULL);
	/* built in the caller's context, so that it outlives the SPI connection */
	MemoryContextSwitchTo(caller);
	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"count\":" INT64_FORMAT ",\"rows\":[", count);
	for (i = 0; i < SPI_processed; i++)
	{
		bool		isnull;
		text	   *row = DatumGetTextPP(exec_result(i, 1, &isnull));

		if (i > 0)
			appendStringInfoChar(&buf, ',');
		appendBinaryStringInfo(&buf, VARDATA_ANY(row), VARSIZE_ANY_EXHDR(row));
	}
	appendStringInfoString(&buf, "]}");
	exec_end();
	return PointerGetDatum(cstring_to_text_with_len(buf.data, buf.len));
}
