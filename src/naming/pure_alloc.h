/*
 * src/naming/pure_alloc.h
 *
 * The allocator type shared by the pure-C units (inflection, naming,
 * toposort).  They include no PostgreSQL header so that test/ can unit-test
 * them without a server: the backend passes palloc, the tests pass malloc.
 */
#ifndef ASSOCIATION_PURE_ALLOC_H
#define ASSOCIATION_PURE_ALLOC_H

#include <stddef.h>

/* An allocator: returns a block of at least size bytes, never NULL. */
typedef void *(*assoc_alloc_fn) (size_t size);

#endif
