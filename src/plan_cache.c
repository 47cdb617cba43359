/*
 * src/plan_cache.c
 *
 * Plans prepared once and kept (SPI_keepplan), as ri_triggers.c keeps the
 * plans of foreign-key checks.  The key is the SQL text and the parameter
 * types: the text is built from the association and the shape of the
 * options only (values are always $n parameters), so get(..., 1, ...) and
 * get(..., 2, ...) share a plan.  A plan made invalid by DDL is prepared
 * again (SPI re-plans from the same text; a renamed table changes the text,
 * which then gets a plan of its own).  The cache is bounded: when full it
 * starts over, but only from an outermost call, never while a caller up the
 * stack may be running one of its plans.  Call inside an SPI connection.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "nodes/parsenodes.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"

#include "association.h"
#include "plan_cache.h"

#define PLAN_CACHE_MAX 4096

typedef struct PlanKey
{
	uint32		hash;			/* of the text and the types */
	uint32		len;
} PlanKey;

typedef struct PlanEntry
{
	PlanKey		key;
	char	   *sql;			/* the full text, to tell hash collisions apart */
	int			nargs;
	Oid		   *types;
	SPIPlanPtr	plan;
	struct PlanEntry *next;		/* same hash and length, different text */
} PlanEntry;

static HTAB *plans = NULL;
static MemoryContext plans_cxt = NULL;

/* plan_cache_reset frees every kept plan. */
void
plan_cache_reset(void)
{
	HASH_SEQ_STATUS status;
	PlanEntry  *entry;

	if (plans == NULL)
		return;
	hash_seq_init(&status, plans);
	while ((entry = hash_seq_search(&status)) != NULL)
	{
		PlanEntry  *e;

		for (e = entry; e != NULL; e = e->next)
			if (e->plan != NULL)
				SPI_freeplan(e->plan);
	}
	MemoryContextDelete(plans_cxt);
	plans = NULL;
	plans_cxt = NULL;
}

/* entry_matches returns whether e was prepared for this text and types. */
static bool
entry_matches(PlanEntry *e, const char *sql, int nargs, Oid *types)
{
	return e->nargs == nargs && strcmp(e->sql, sql) == 0 &&
		(nargs == 0 || memcmp(e->types, types, sizeof(Oid) * nargs) == 0);
}

/*
 * plan_cache_get returns the kept plan for sql with parameters of types,
 * preparing it (again) when it is missing or was invalidated.
 */
SPIPlanPtr
plan_cache_get(const char *sql, int nargs, Oid *types)
{
	PlanKey		key;
	PlanEntry  *head;
	PlanEntry  *e;
	bool		found;
	SPIPlanPtr	plan;

	/* full: start over, unless an outer call may still be running a plan */
	if (plans != NULL && hash_get_num_entries(plans) >= PLAN_CACHE_MAX && cache_users() <= 1)
		plan_cache_reset();
	if (plans == NULL)
	{
		HASHCTL		ctl;

		plans_cxt = AllocSetContextCreate(CacheMemoryContext, "association plans",
										  ALLOCSET_DEFAULT_SIZES);
		ctl.keysize = sizeof(PlanKey);
		ctl.entrysize = sizeof(PlanEntry);
		ctl.hcxt = plans_cxt;
		plans = hash_create("association plans", 256, &ctl,
							HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	key.len = strlen(sql);
	key.hash = hash_bytes((const unsigned char *) sql, key.len);
	if (nargs > 0)
		key.hash = hash_combine(key.hash, hash_bytes((const unsigned char *) types,
													 sizeof(Oid) * nargs));
	head = hash_search(plans, &key, HASH_ENTER, &found);
	if (!found)
	{
		head->sql = NULL;
		head->plan = NULL;
		head->next = NULL;
	}
	for (e = head; e != NULL && e->sql != NULL; e = e->next)
		if (entry_matches(e, sql, nargs, types))
			break;
	if (e != NULL && e->sql != NULL && e->plan != NULL && SPI_plan_is_valid(e->plan))
		return e->plan;

	/*
	 * Always the generic plan: our statements look rows up by key, so a plan
	 * made for the values would be no better, and the plan cache would
	 * otherwise re-plan every call whose parameters are arrays (their
	 * length makes a custom plan look cheaper).
	 */
	plan = SPI_prepare_cursor(sql, nargs, types, CURSOR_OPT_GENERIC_PLAN);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
	if (SPI_keepplan(plan) != 0)
		elog(ERROR, "SPI_keepplan failed");
	if (e != NULL && e->sql != NULL)
	{
		SPI_freeplan(e->plan);
		e->plan = plan;
		return plan;
	}
	if (head->sql != NULL)
	{
		e = MemoryContextAllocZero(plans_cxt, sizeof(PlanEntry));
		e->next = head->next;
		head->next = e;
	}
	else
		e = head;
	e->sql = MemoryContextStrdup(plans_cxt, sql);
	e->nargs = nargs;
	e->types = MemoryContextAlloc(plans_cxt, sizeof(Oid) * Max(nargs, 1));
	if (nargs > 0)
		memcpy(e->types, types, sizeof(Oid) * nargs);
	e->plan = plan;
	return plan;
}
