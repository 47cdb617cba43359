/*
 * src/plan_cache.h
 *
 * Prepared plans kept across calls, keyed by their SQL text.
 */
#ifndef ASSOCIATION_PLAN_CACHE_H
#define ASSOCIATION_PLAN_CACHE_H

#include "postgres.h"

#include "executor/spi.h"

extern SPIPlanPtr plan_cache_get(const char *sql, int nargs, Oid *types);
extern void plan_cache_reset(void);

#endif
