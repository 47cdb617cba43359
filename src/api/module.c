/*
 * src/api/module.c
 *
 * The shared library's entry point: PostgreSQL calls _PG_init once per
 * backend when it loads the library, before any of the SQL functions runs.
 */
#include "postgres.h"

#include "fmgr.h"

#include "catalog/cache.h"
#include "exec/exec.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/*
 * _PG_init sets up the registry cache's invalidation callbacks and the
 * execution layer's settings (association.plan_cache_size).
 */
void
_PG_init(void)
{
	cache_init();
	exec_init();
}
