/*
 * src/naming/toposort.h
 *
 * Topological sort of models by their foreign keys, with the exact order and
 * error text of the npm package "toposort-class" 1.0.1 as Sequelize v6 uses
 * it (model-manager.js getModelsTopoSortedByForeignKey).  Pure C.
 */
#ifndef ASSOCIATION_TOPOSORT_H
#define ASSOCIATION_TOPOSORT_H

#include "naming/pure_alloc.h"

/*
 * toposort_models orders n nodes (named names[0..n-1], in definition order)
 * so that every node comes after the nodes it depends on.  deps_of[i] lists
 * ndeps[i] indexes of the nodes node i depends on (self-dependencies are
 * ignored, unknown indexes are a caller bug).
 *
 * On success writes a permutation of 0..n-1 into order (n ints, caller
 * owned) and returns 0; the order is the one Sequelize's sync uses
 * (toposort-class add() in definition order, sort(), reversed).
 *
 * On a cycle returns -1 and sets *error to the toposort-class message,
 * allocated with alloc, e.g.
 *   "Cyclic dependency found. documents is dependent of itself.\n"
 *   "Dependency chain: documents -> versions => documents"
 */
extern int toposort_models(int n, const char *const *names,
						   const int *const *deps_of, const int *ndeps,
						   int *order, char **error, assoc_alloc_fn alloc);

#endif
