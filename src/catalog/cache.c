/*
 * src/catalog/cache.c
 *
 * The per-backend cache of the resolved registry.  A statement trigger on the
 * catalog tables sends a relcache invalidation for the catalog table, which
 * reaches every backend (this one at the next command, the others at
 * commit); so does any ALTER or DROP of a model's table, any change to the
 * type of one of their attributes, and any change to roles or role
 * membership (declarations are checked against their owner's rights when
 * they are resolved).  The callbacks only
 * marks the registry stale: a caller may still be reading it.  Stale
 * registries are freed when no call is using one any more, or at the end of
 * the transaction.
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/namespace.h"
#include "commands/trigger.h"
#include "fmgr.h"
#include "utils/hsearch.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/syscache.h"

#include "catalog/cache.h"

PG_FUNCTION_INFO_V1(association_invalidate_cache);

static Registry *current_registry = NULL;
static MemoryContext current_context = NULL;
static bool registry_valid = false;
static List *retired_contexts = NIL;	/* in TopMemoryContext */
static int	registry_users = 0;
static HTAB *watched_relids = NULL; /* Oid -> Oid, in current_context */
static HTAB *watched_types = NULL;	/* syscache hash of a type OID, in current_context */
static Oid	catalog_relids[2] = {InvalidOid, InvalidOid};

static void relcache_callback(Datum arg, Oid relid);
static void syscache_callback(Datum arg, int cacheid, uint32 hashvalue);
static void xact_callback(XactEvent event, void *arg);
static void free_retired_contexts(void);

/* cache_init registers the invalidation and transaction callbacks. */
void
cache_init(void)
{
	CacheRegisterRelcacheCallback(relcache_callback, (Datum) 0);
	CacheRegisterSyscacheCallback(TYPEOID, syscache_callback, (Datum) 0);
	CacheRegisterSyscacheCallback(AUTHOID, syscache_callback, (Datum) 0);
	CacheRegisterSyscacheCallback(AUTHMEMROLEMEM, syscache_callback, (Datum) 0);
	RegisterXactCallback(xact_callback, NULL);
}

/*
 * relcache_callback marks the registry stale when the catalog tables or a
 * model's table change, or on a full reset (relid InvalidOid).
 */
static void
relcache_callback(Datum arg, Oid relid)
{
	if (!registry_valid)
		return;
	if (relid == InvalidOid || relid == catalog_relids[0] ||
		relid == catalog_relids[1])
	{
		registry_valid = false;
		return;
	}
	if (watched_relids != NULL &&
		hash_search(watched_relids, &relid, HASH_FIND, NULL) != NULL)
		registry_valid = false;
}

/*
 * syscache_callback marks the registry stale when a type one of its
 * attributes has changes (hash value 0: any), or any role or membership.
 */
static void
syscache_callback(Datum arg, int cacheid, uint32 hashvalue)
{
	if (!registry_valid)
		return;
	if (cacheid != TYPEOID || hashvalue == 0 ||
		(watched_types != NULL && hash_search(watched_types, &hashvalue, HASH_FIND, NULL) != NULL))
		registry_valid = false;
}

/* xact_callback frees stale registries once the transaction is over. */
static void
xact_callback(XactEvent event, void *arg)
{
	if (event == XACT_EVENT_COMMIT || event == XACT_EVENT_ABORT ||
		event == XACT_EVENT_PARALLEL_COMMIT || event == XACT_EVENT_PARALLEL_ABORT)
	{
		registry_users = 0;
		free_retired_contexts();
	}
}

/* free_retired_contexts deletes the memory of registries no longer current. */
static void
free_retired_contexts(void)
{
	ListCell   *lc;

	foreach(lc, retired_contexts)
		MemoryContextDelete((MemoryContext) lfirst(lc));
	list_free(retired_contexts);
	retired_contexts = NIL;
}

/* cache_registry_valid returns whether the cached registry can be used. */
bool
cache_registry_valid(void)
{
	return registry_valid && current_registry != NULL;
}

/* cache_current_registry returns the cached registry (valid or not). */
Registry *
cache_current_registry(void)
{
	return current_registry;
}

/*
 * cache_begin_use and cache_end_use bracket a call that reads the registry;
 * stale registries are freed only when no call is reading one.
 */
void
cache_begin_use(void)
{
	if (registry_users == 0)
		free_retired_contexts();
	registry_users++;
}

/* cache_users returns how many calls are using the registry now. */
int
cache_users(void)
{
	return registry_users;
}

void
cache_end_use(void)
{
	if (registry_users > 0)
		registry_users--;
}

/*
 * cache_install_registry makes reg, allocated in cxt, the current registry:
 * cxt moves under CacheMemoryContext and the previous registry is retired.
 * It also looks up the catalog tables' OIDs for the invalidation callback.
 */
void
cache_install_registry(Registry *reg, MemoryContext cxt)
{
	Oid			nsp = get_namespace_oid("association", false);

	if (current_context != NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);

		retired_contexts = lappend(retired_contexts, current_context);
		MemoryContextSwitchTo(old);
	}
	catalog_relids[0] = get_relname_relid("models", nsp);
	catalog_relids[1] = get_relname_relid("associations", nsp);
	MemoryContextSetParent(cxt, CacheMemoryContext);
	current_registry = reg;
	current_context = cxt;
	watched_relids = NULL;
	watched_types = NULL;
	registry_valid = true;
}

/*
 * watch adds key (an Oid or a syscache hash value: both 32 bits) to the set
 * *set, made in the current registry's context on first use.
 */
static void
watch(HTAB **set, uint32 key)
{
	bool		found;

	if (current_context == NULL)
		return;
	if (*set == NULL)
	{
		HASHCTL		ctl;

		ctl.keysize = sizeof(uint32);
		ctl.entrysize = sizeof(uint32);
		ctl.hcxt = current_context;
		*set = hash_create("association watched objects", 64, &ctl,
						   HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	hash_search(*set, &key, HASH_ENTER, &found);
}

/* cache_watch_relation makes a change of relid invalidate the registry. */
void
cache_watch_relation(Oid relid)
{
	if (OidIsValid(relid))
		watch(&watched_relids, relid);
}

/* cache_watch_type makes a change of type typid invalidate the registry. */
void
cache_watch_type(Oid typid)
{
	if (OidIsValid(typid))
		watch(&watched_types, GetSysCacheHashValue1(TYPEOID, ObjectIdGetDatum(typid)));
}

/*
 * association_invalidate_cache is the statement trigger on the catalog
 * tables: it sends a relcache invalidation for the table, which every
 * backend's callback turns into "registry stale".
 */
Datum
association_invalidate_cache(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("association.invalidate_cache() must be called as a trigger")));
	CacheInvalidateRelcacheByRelid(RelationGetRelid(trigdata->tg_relation));
	return PointerGetDatum(NULL);
}
