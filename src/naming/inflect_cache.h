/*
 * src/naming/inflect_cache.h
 *
 * The pure-C naming units as the backend uses them: memoized inflection,
 * and the allocator (palloc in the current context) they are handed.
 */
#ifndef ASSOCIATION_INFLECT_CACHE_H
#define ASSOCIATION_INFLECT_CACHE_H

#include "naming/pure_alloc.h"

extern assoc_alloc_fn naming_allocator(void);
extern char *inflect_plural(const char *word);
extern char *inflect_singular(const char *word);

#endif
