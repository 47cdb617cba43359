/*
 * src/catalog/cache.h
 *
 * The per-backend cache of the registry and its invalidation
 * (src/catalog/cache.c).
 */
#ifndef ASSOCIATION_CATALOG_CACHE_H
#define ASSOCIATION_CATALOG_CACHE_H

#include "catalog/model.h"

extern void cache_init(void);
extern void cache_begin_use(void);
extern void cache_end_use(void);
extern int	cache_users(void);
extern bool cache_registry_valid(void);
extern void cache_install_registry(Registry *reg, MemoryContext cxt);
extern Registry *cache_current_registry(void);
extern void cache_watch_relation(Oid relid);
extern void cache_watch_type(Oid typid);

#endif
