/*
 * src/exec/exec.c
 *
 * Where the extension's SQL runs.  Generated statements run through plans
 * prepared once and kept (SPI_keepplan), as ri_triggers.c keeps the plans
 * of foreign-key checks.  The key is the SQL text and the parameter types:
 * the text is built from the association and the shape of the options only
 * (values are always $n parameters, lists one array parameter), so
 * get(..., 1, ...) and get(..., 2, ...) share a plan.  A plan made invalid
 * by DDL is prepared again.
 *
 * The cache is bounded by memory (association.plan_cache_size): the least
 * recently used plans are freed first, never one a caller up the stack is
 * running.  An error inside a generated statement carries that statement
 * as its context; a huge statement is cut short there, so that one bad call
 * cannot write megabytes into the server log.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "lib/ilist.h"
#include "miscadmin.h"
#include "access/xact.h"
#include "catalog/pg_type.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/guc.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"
#include "utils/plancache.h"
#include "utils/tuplestore.h"
#include "utils/datum.h"
#include "utils/portal.h"
#include "tcop/pquery.h"
#include "access/detoast.h"
#include "executor/executor.h"
#include "executor/tstoreReceiver.h"
#include "nodes/params.h"

#include "exec/exec.h"

/* How much of a statement an error's context keeps. */
#define CONTEXT_MAX 1000

/* How many rows a stream fetches at a time. */
#define STREAM_BATCH 256

/*
 * A kept plan, found by a 64-bit hash of its text and parameter types; the
 * text is kept to tell the (improbable) collision apart.
 */
typedef struct PlanEntry
{
	uint64		key;			/* hash of the text and the types: the hash key */
	char	   *sql;
	int			nargs;
	Oid		   *types;
	SPIPlanPtr	plan;
	Size		bytes;			/* memory the entry and its plan hold */
	bool		measured;		/* bytes include the generic plan */
	bool		per_call;		/* planned at each call with its values */
	int			running;		/* calls running it now */
	dlist_node	lru;			/* most recently used first */
} PlanEntry;

static HTAB *plans = NULL;
static MemoryContext plans_cxt = NULL;
static dlist_head lru = DLIST_STATIC_INIT(lru);
static Size plans_bytes = 0;
static int	plan_cache_size_kb = 32768;

static void exec_xact_callback(XactEvent event, void *arg);

/* exec_init defines association.plan_cache_size and the end-of-transaction hook. */
void
exec_init(void)
{
	DefineCustomIntVariable("association.plan_cache_size",
							"Memory the association extension keeps its prepared plans in, per backend.",
							"The least recently used plans are freed when it is exceeded.",
							&plan_cache_size_kb, 32768, 1024, MAX_KILOBYTES,
							PGC_USERSET, GUC_UNIT_KB, NULL, NULL, NULL);
	MarkGUCPrefixReserved("association");
	RegisterXactCallback(exec_xact_callback, NULL);
}

/*
 * exec_xact_callback forgets which plans were running: an error that
 * ended a transaction ended those calls too.
 */
static void
exec_xact_callback(XactEvent event, void *arg)
{
	dlist_iter	iter;

	if (event != XACT_EVENT_COMMIT && event != XACT_EVENT_ABORT &&
		event != XACT_EVENT_PARALLEL_COMMIT && event != XACT_EVENT_PARALLEL_ABORT)
		return;
	dlist_foreach(iter, &lru)
		dlist_container(PlanEntry, lru, iter.cur)->running = 0;
}

/*
 * entry_memory returns the memory an entry holds: its text and its plan's
 * sources and generic plans.
 */
static Size
entry_memory(PlanEntry *e)
{
	Size		total = sizeof(PlanEntry) + strlen(e->sql) + 1 + sizeof(Oid) * Max(e->nargs, 1);
	ListCell   *lc;

	foreach(lc, SPI_plan_get_plan_sources(e->plan))
	{
		CachedPlanSource *source = lfirst(lc);

		total += MemoryContextMemAllocated(source->context, true);
		if (source->gplan != NULL)
			total += MemoryContextMemAllocated(source->gplan->context, true);
	}
	return total;
}

/* entry_remove frees an entry and its plan. */
static void
entry_remove(PlanEntry *e)
{
	uint64		key = e->key;

	if (e->plan != NULL)
		SPI_freeplan(e->plan);
	plans_bytes -= e->bytes;
	dlist_delete(&e->lru);
	pfree(e->sql);
	pfree(e->types);
	hash_search(plans, &key, HASH_REMOVE, NULL);
}

/*
 * evict frees the least recently used plans no call is running until the
 * cache is within its size.
 */
static void
evict(void)
{
	dlist_node *node = dlist_is_empty(&lru) ? NULL : dlist_tail_node(&lru);

	while (node != NULL && plans_bytes > (Size) plan_cache_size_kb * 1024)
	{
		PlanEntry  *e = dlist_container(PlanEntry, lru, node);

		node = dlist_has_prev(&lru, node) ? dlist_prev_node(&lru, node) : NULL;
		if (e->running == 0)
			entry_remove(e);
	}
}

/* plan_key returns the hash of a statement's text and parameter types. */
static uint64
plan_key(const char *sql, int nargs, Oid *types)
{
	uint64		key = hash_bytes_extended((const unsigned char *) sql, strlen(sql), 0);

	if (nargs > 0)
		key = hash_bytes_extended((const unsigned char *) types, sizeof(Oid) * nargs, key);
	return key;
}

/* prepare returns a new kept plan of sql (generic, or planned per call on Citus). */
static SPIPlanPtr
prepare(const char *sql, int nargs, Oid *types, bool per_call)
{
	/*
	 * Our statements look rows up by key, so a plan made for the values
	 * would be no better, and the plan cache would otherwise re-plan every
	 * call whose parameters are arrays (their length makes a custom plan
	 * look cheaper).  On Citus tables the values decide which node runs the
	 * statement, and a generic plan cannot be distributed: there each call
	 * is planned with its values.  A stream's cursor only reads forward: a
	 * scrollable one would make a sort keep its whole result for reading
	 * back.
	 */
	SPIPlanPtr	plan = SPI_prepare_cursor(sql, nargs, types,
										  (per_call ? CURSOR_OPT_CUSTOM_PLAN : CURSOR_OPT_GENERIC_PLAN) |
										  CURSOR_OPT_NO_SCROLL);


	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
	if (SPI_keepplan(plan) != 0)
		elog(ERROR, "SPI_keepplan failed");
	return plan;
}

/*
 * kept_plan returns the entry of sql with its plan, preparing it when it is
 * missing, and marks it most recently used.  (A kept plan made invalid by
 * DDL is planned again by SPI itself when it runs.)
 */
static PlanEntry *
kept_plan(const char *sql, WhereParams *params)
{
	int			nargs = params->count;
	Oid		   *types = params->types;
	uint64		key = plan_key(sql, nargs, types) ^ (params->plan_per_call ? 1 : 0);
	PlanEntry  *e;
	SPIPlanPtr	plan;
	bool		found;

	if (plans == NULL)
	{
		HASHCTL		ctl;

		plans_cxt = AllocSetContextCreate(CacheMemoryContext, "association plans",
										  ALLOCSET_DEFAULT_SIZES);
		ctl.keysize = sizeof(uint64);
		ctl.entrysize = sizeof(PlanEntry);
		ctl.hcxt = plans_cxt;
		plans = hash_create("association plans", 256, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	e = hash_search(plans, &key, HASH_FIND, NULL);
	if (e != NULL && e->nargs == nargs && e->per_call == params->plan_per_call &&
		strcmp(e->sql, sql) == 0 &&
		(nargs == 0 || memcmp(e->types, types, sizeof(Oid) * nargs) == 0))
	{
		dlist_move_head(&lru, &e->lru);
		return e;
	}
	if (e != NULL)
	{
		/* another statement with the same hash */
		if (e->running > 0)
			elog(ERROR, "plan cache collision with a running statement");
		entry_remove(e);
	}
	/* prepared first: a statement that fails to prepare leaves no entry */
	plan = prepare(sql, nargs, types, params->plan_per_call);
	e = hash_search(plans, &key, HASH_ENTER, &found);
	e->sql = MemoryContextStrdup(plans_cxt, sql);
	e->nargs = nargs;
	e->types = MemoryContextAlloc(plans_cxt, sizeof(Oid) * Max(nargs, 1));
	if (nargs > 0)
		memcpy(e->types, types, sizeof(Oid) * nargs);
	e->plan = plan;
	e->running = 0;
	e->measured = false;
	e->per_call = params->plan_per_call;
	dlist_push_head(&lru, &e->lru);
	e->bytes = entry_memory(e);
	plans_bytes += e->bytes;
	return e;
}

/*
 * shorten_context cuts the statement an error's context quotes (and the
 * query it reports a position in) to CONTEXT_MAX bytes.
 */
static void
shorten_context(ErrorData *edata)
{
	if (edata->context != NULL && strlen(edata->context) > CONTEXT_MAX)
		edata->context = psprintf("%.*s...", CONTEXT_MAX, edata->context);
	if (edata->internalquery != NULL && strlen(edata->internalquery) > CONTEXT_MAX)
	{
		edata->internalquery = psprintf("%.*s...", CONTEXT_MAX, edata->internalquery);
		edata->internalpos = 0;
	}
}

/*
 * param_list returns params as the ParamListInfo SPI_execute_plan_extended
 * takes; none for no parameters (Citus 13's executor copies a list and
 * crashes on the NULL that copying an empty one gives).
 */
static ParamListInfo
param_list(WhereParams *params)
{
	ParamListInfo list;
	int			i;

	if (params->count == 0)
		return NULL;
	list = makeParamList(params->count);

	for (i = 0; i < params->count; i++)
	{
		ParamExternData *p = &list->params[i];

		p->value = params->values[i];
		p->isnull = params->nulls != NULL && params->nulls[i] == 'n';
		p->pflags = PARAM_FLAG_CONST;
		p->ptype = params->types[i];
	}
	return list;
}

/*
 * run_kept runs sql with params through a kept plan, in the caller's SPI
 * connection, its rows going to dest (NULL: to SPI_tuptable), and checks
 * that the result code is expected.  An error's context is cut short.
 */
static void
run_kept(const char *sql, WhereParams *params, bool read_only, long count, int expected,
		 DestReceiver *dest)
{
	MemoryContext cxt = CurrentMemoryContext;
	PlanEntry  *volatile e = NULL;
	int			rc = 0;

	CHECK_FOR_INTERRUPTS();
	PG_TRY();
	{
		SPIExecuteOptions options;

		e = kept_plan(sql, params);
		e->running++;
		memset(&options, 0, sizeof(options));
		options.params = param_list(params);
		options.read_only = read_only;
		options.tcount = count;
		options.dest = dest;
		rc = SPI_execute_plan_extended(e->plan, &options);
		e->running--;
	}
	PG_CATCH();
	{
		ErrorData  *edata;

		if (e != NULL)
			e->running--;
		MemoryContextSwitchTo(cxt);
		edata = CopyErrorData();
		FlushErrorState();
		shorten_context(edata);
		ReThrowError(edata);
	}
	PG_END_TRY();
	if (rc != expected)
		elog(ERROR, "statement returned %s instead of %s: %.200s", SPI_result_code_string(rc),
			 SPI_result_code_string(expected), sql);
	if (!e->measured)
	{
		/* the generic plan exists once the plan has run */
		plans_bytes -= e->bytes;
		e->bytes = entry_memory(e);
		plans_bytes += e->bytes;
		e->measured = true;
	}
	evict();
}

/*
 * exec_kept runs sql with params through a kept plan, in the caller's SPI
 * connection, checks that the result code is expected and returns the
 * number of rows; they are left in SPI_tuptable.
 */
uint64
exec_kept(const char *sql, WhereParams *params, bool read_only, long count, int expected)
{
	run_kept(sql, params, read_only, count, expected, NULL);
	return SPI_processed;
}

/*
 * exec_kept_into runs a read-only query of one column through a kept plan
 * and sends its rows straight into a materialized set-returning function's
 * result, which spills to disk past work_mem: a result of any size is never
 * held in memory whole.  A json column going into a jsonb result (0.1.0's
 * SQL definitions, until ALTER EXTENSION UPDATE) is converted row by row.
 */
void
exec_kept_into(const char *sql, WhereParams *params, ReturnSetInfo *rsinfo)
{
	DestReceiver *dest;

	if (TupleDescAttr(rsinfo->setDesc, 0)->atttypid != JSONOID)
	{
		run_kept(sql, params, true, 0, SPI_OK_SELECT, NULL);
		exec_put_first_column(rsinfo);
		return;
	}
	dest = CreateDestReceiver(DestTuplestore);
	SetTuplestoreDestReceiverParams(dest, rsinfo->setResult,
									rsinfo->econtext->ecxt_per_query_memory, false, NULL, NULL);
	run_kept(sql, params, true, 0, SPI_OK_SELECT, dest);
	dest->rDestroy(dest);
}

/*
 * A kept plan's rows read by a value-per-call set-returning function: a
 * cursor fetched a batch at a time, so that the rows reach the client while
 * the rest are being computed, and no more than a batch is held.
 *
 * The cursor's rows go through our own receiver into one buffer that every
 * batch reuses.  SPI_cursor_fetch would form a tuple of each row in a table
 * of its own, to be copied again and freed; a context reset per batch would
 * give its memory back and fault it in again, which costs more than the
 * copying on a virtual machine.
 */
struct ExecStream
{
	char	   *portal;			/* the cursor's name */
	PlanEntry  *entry;			/* running while the cursor is open */
	ExprContext *econtext;		/* whose shutdown closes the cursor */
	MemoryContext cxt;			/* the stream's */
	bool		typbyval;		/* of the column */
	int16		typlen;
	char	   *buffer;			/* the values of the batch, passed by reference */
	Size		buffer_size;
	Size		buffer_used;
	Datum		values[STREAM_BATCH];	/* while fetching: offsets in buffer */
	bool		nulls[STREAM_BATCH];
	int			count;
	int			next;
	bool		done;
};

/* The buffer's first size; one grown past the second is let go after its batch. */
#define STREAM_BUFFER_INITIAL (64 * 1024)
#define STREAM_BUFFER_KEPT (1024 * 1024)

/* The receiver that copies the first column of each row into a stream's batch. */
typedef struct StreamReceiver
{
	DestReceiver pub;
	ExecStream *stream;
} StreamReceiver;

/* stream_close closes the cursor of a stream (also when the caller stops early). */
static void
stream_close(Datum arg)
{
	ExecStream *s = (ExecStream *) DatumGetPointer(arg);
	Portal		portal;

	if (s->portal == NULL)
		return;
	portal = GetPortalByName(s->portal);
	if (PortalIsValid(portal))
		SPI_cursor_close(portal);
	if (s->entry->running > 0)
		s->entry->running--;
	s->portal = NULL;
}

/*
 * exec_stream_open opens a cursor over sql with params (a read-only query
 * of one column) through a kept plan, in the caller's SPI connection; the
 * stream lives in cxt and is closed when econtext shuts down.
 */
ExecStream *
exec_stream_open(const char *sql, WhereParams *params, MemoryContext cxt, ExprContext *econtext)
{
	ExecStream *s = MemoryContextAllocZero(cxt, sizeof(ExecStream));
	Portal		portal;
	Form_pg_attribute column;

	s->entry = kept_plan(sql, params);
	portal = SPI_cursor_open_with_paramlist(NULL, s->entry->plan, param_list(params), true);

	/*
	 * Read by a cursor declared WITH HOLD, the stream must last as long as
	 * that cursor: at commit PostgreSQL drops every cursor that is not
	 * held, ours perhaps before the held one has read it to the end.  Held
	 * too, ours keeps the rows it has left for it.
	 */
	if (ActivePortal != NULL && (ActivePortal->cursorOptions & CURSOR_OPT_HOLD))
		portal->cursorOptions |= CURSOR_OPT_HOLD;
	s->entry->running++;
	s->portal = MemoryContextStrdup(cxt, portal->name);
	s->cxt = cxt;
	column = TupleDescAttr(portal->tupDesc, 0);
	s->typbyval = column->attbyval;
	s->typlen = column->attlen;
	s->econtext = econtext;
	RegisterExprContextCallback(econtext, stream_close, PointerGetDatum(s));
	return s;
}

/*
 * stream_end closes a stream that has given its last row, and takes back
 * the shutdown callback: the caller frees the stream's memory right after
 * (SRF_RETURN_DONE), long before the executor would call it.
 */
static void
stream_end(ExecStream *s)
{
	stream_close(PointerGetDatum(s));
	UnregisterExprContextCallback(s->econtext, stream_close, PointerGetDatum(s));
}

/*
 * stream_receive appends a row's first column to the batch: a value passed
 * by reference is copied into the buffer (a varlena detoasted) and its
 * offset kept.  It runs in the executor's query context, which lives until
 * the cursor is closed: nothing may stay allocated there.
 */
static bool
stream_receive(TupleTableSlot *slot, DestReceiver *self)
{
	ExecStream *s = ((StreamReceiver *) self)->stream;
	Datum		v = slot_getattr(slot, 1, &s->nulls[s->count]);
	Pointer		flat;
	Size		size;

	if (s->nulls[s->count] || s->typbyval)
	{
		s->values[s->count] = s->nulls[s->count] ? (Datum) 0 : v;
		s->count++;
		return true;
	}
	flat = DatumGetPointer(v);
	if (s->typlen == -1 && VARATT_IS_EXTENDED(flat))
		flat = (Pointer) detoast_attr((struct varlena *) flat);
	size = s->typlen == -1 ? VARSIZE(flat) : datumGetSize(v, false, s->typlen);
	if (s->buffer_used + MAXALIGN(size) > s->buffer_size)
	{
		Size		grown = Max(s->buffer_size * 2, s->buffer_used + MAXALIGN(size));

		s->buffer = s->buffer == NULL ? MemoryContextAllocHuge(s->cxt, grown)
			: repalloc_huge(s->buffer, grown);
		s->buffer_size = grown;
	}
	memcpy(s->buffer + s->buffer_used, flat, size);
	if (flat != DatumGetPointer(v))
		pfree(flat);
	s->values[s->count++] = (Datum) s->buffer_used;
	s->buffer_used += MAXALIGN(size);
	return true;
}

static void
stream_noop_startup(DestReceiver *self, int operation, TupleDesc desc)
{
}

static void
stream_noop(DestReceiver *self)
{
}

/* fetch reads the next batch of rows into the stream's buffer. */
static void
fetch(ExecStream *s)
{
	Portal		portal = GetPortalByName(s->portal);
	StreamReceiver receiver;
	int			i;

	if (!PortalIsValid(portal))
		elog(ERROR, "cursor \"%s\" of association.find_all does not exist", s->portal);
	memset(&receiver, 0, sizeof(receiver));
	receiver.pub.receiveSlot = stream_receive;
	receiver.pub.rStartup = stream_noop_startup;
	receiver.pub.rShutdown = stream_noop;
	receiver.pub.rDestroy = stream_noop;
	receiver.pub.mydest = DestNone;
	receiver.stream = s;
	if (s->buffer_size > STREAM_BUFFER_KEPT)
	{
		/* a batch of huge rows does not hold its memory until the end */
		pfree(s->buffer);
		s->buffer = NULL;
		s->buffer_size = 0;
	}
	if (s->buffer == NULL && !s->typbyval)
	{
		s->buffer = MemoryContextAlloc(s->cxt, STREAM_BUFFER_INITIAL);
		s->buffer_size = STREAM_BUFFER_INITIAL;
	}
	s->buffer_used = 0;
	s->count = 0;
	s->next = 0;
	PortalRunFetch(portal, FETCH_FORWARD, STREAM_BATCH, &receiver.pub);
	/* the buffer has moved as it grew: offsets become pointers only now */
	if (!s->typbyval)
		for (i = 0; i < s->count; i++)
			if (!s->nulls[i])
				s->values[i] = PointerGetDatum(s->buffer + (Size) s->values[i]);
	s->done = s->count < STREAM_BATCH;
}

/*
 * exec_stream_next sets *value to the stream's next row; false when there
 * are no more (the cursor is then closed).  The value stays valid until the
 * next call.
 */
bool
exec_stream_next(ExecStream *s, Datum *value, bool *isnull)
{
	if (s->next >= s->count)
	{
		if (s->done || s->portal == NULL)
		{
			stream_end(s);
			return false;
		}
		fetch(s);
		if (s->count == 0)
		{
			stream_end(s);
			return false;
		}
	}
	*value = s->values[s->next];
	*isnull = s->nulls[s->next];
	s->next++;
	return true;
}

/*
 * exec_begin opens the SPI connection the kept plans of one call run in;
 * exec_end closes it.  Results read with exec_result are valid in between;
 * exec_result_copy copies one out to the caller's context first.
 */
void
exec_begin(void)
{
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
}

void
exec_end(void)
{
	SPI_finish();
}

/*
 * exec_once runs sql with typed parameters in its own SPI connection
 * (catalog writes and DDL), checks the result code is expected, and
 * returns the rows processed.
 */
uint64
exec_once(const char *sql, int nargs, Oid *types, Datum *values, const char *nulls, int expected)
{
	int			rc;
	uint64		processed;

	exec_begin();
	rc = SPI_execute_with_args(sql, nargs, types, values, nulls, false, 0);
	if (rc != expected)
		elog(ERROR, "statement returned %s instead of %s: %.200s", SPI_result_code_string(rc),
			 SPI_result_code_string(expected), sql);
	processed = SPI_processed;
	exec_end();
	return processed;
}

/*
 * exec_for_each_row runs a read-only query and calls fn on each row, in the
 * caller's memory context (so what fn keeps outlives the SPI connection).
 */
void
exec_for_each_row(const char *sql, exec_row_fn fn, void *arg)
{
	MemoryContext caller = CurrentMemoryContext;
	uint64		i;
	int			rc;

	exec_begin();
	rc = SPI_execute(sql, true, 0);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute returned %s for: %s", SPI_result_code_string(rc), sql);
	for (i = 0; i < SPI_processed; i++)
	{
		MemoryContext spi = MemoryContextSwitchTo(caller);

		fn(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, arg);
		MemoryContextSwitchTo(spi);
	}
	exec_end();
}

/* exec_result returns column col of row row of the last result. */
Datum
exec_result(int row, int col, bool *isnull)
{
	if ((uint64) row >= SPI_processed)
		elog(ERROR, "statement returned %lu rows, wanted row %d", (unsigned long) SPI_processed, row);
	return SPI_getbinval(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col, isnull);
}

/*
 * exec_result_copy returns column col of row row of the last result, copied
 * out of SPI's memory so that it outlives exec_end, or sets *isnull (also
 * when there is no such row).
 */
Datum
exec_result_copy(int row, int col, bool *isnull)
{
	Datum		value;

	*isnull = true;
	if ((uint64) row >= SPI_processed)
		return (Datum) 0;
	value = exec_result(row, col, isnull);
	if (*isnull)
		return (Datum) 0;
	return SPI_datumTransfer(value, TupleDescAttr(SPI_tuptable->tupdesc, col - 1)->attbyval,
							 TupleDescAttr(SPI_tuptable->tupdesc, col - 1)->attlen);
}

/* exec_result_int64 returns column col of the first row as int64 (NULL: 0). */
int64
exec_result_int64(int col)
{
	bool		isnull;
	Datum		d = exec_result(0, col, &isnull);

	return isnull ? 0 : DatumGetInt64(d);
}

/*
 * exec_put_first_column adds the first column of every row of the last
 * result to a materialized set-returning function's result.  A json value
 * going into a jsonb column is converted: the SQL definitions of 0.1.0
 * return jsonb, and they call this library between its installation and
 * ALTER EXTENSION association UPDATE.
 */
void
exec_put_first_column(ReturnSetInfo *rsinfo)
{
	bool		to_jsonb = TupleDescAttr(rsinfo->setDesc, 0)->atttypid == JSONBOID &&
		SPI_gettypeid(SPI_tuptable->tupdesc, 1) == JSONOID;
	uint64		i;

	for (i = 0; i < SPI_processed; i++)
	{
		bool		isnull;
		Datum		value = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull);

		if (to_jsonb && !isnull)
			value = DirectFunctionCall1(jsonb_in, CStringGetDatum(TextDatumGetCString(value)));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, &value, &isnull);
	}
}
