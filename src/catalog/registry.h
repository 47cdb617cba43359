/*
 * src/catalog/registry.h
 *
 * The registry: every declaration of the catalog, resolved (built by
 * src/catalog/registry.c, copied to be kept per backend by
 * src/catalog/cache.c).  Lookups into it are in src/catalog/lookup.h.
 */
#ifndef ASSOCIATION_CATALOG_REGISTRY_H
#define ASSOCIATION_CATALOG_REGISTRY_H

#include "catalog/loader.h"
#include "catalog/lookup.h"

/* src/catalog/registry.c */
extern Registry *registry_acquire(void);
extern void registry_release(void);
extern Registry *registry_build(AssocRow *extra);

/* src/catalog/registry_copy.c */
extern Registry *registry_copy(const Registry *reg, MemoryContext cxt);

#endif
