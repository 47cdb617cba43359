/*
 * src/naming/inflection.h
 *
 * English pluralization and singularization with the exact rules of the
 * npm package "inflection" 1.13.4, which Sequelize v6 uses to name tables,
 * association aliases and accessors (Person -> People, Status -> Statuses).
 * Pure C: no PostgreSQL headers.
 */
#ifndef ASSOCIATION_INFLECTION_H
#define ASSOCIATION_INFLECTION_H

#include "naming/pure_alloc.h"

/* inflection_pluralize returns the plural of word, allocated with alloc. */
extern char *inflection_pluralize(const char *word, assoc_alloc_fn alloc);

/* inflection_singularize returns the singular of word, allocated with alloc. */
extern char *inflection_singularize(const char *word, assoc_alloc_fn alloc);

#endif
