/*
 * src/naming/inflect_cache.h
 *
 * Memoized inflection for the backend.
 */
#ifndef ASSOCIATION_INFLECT_CACHE_H
#define ASSOCIATION_INFLECT_CACHE_H

extern char *inflect_plural(const char *word);
extern char *inflect_singular(const char *word);

#endif
