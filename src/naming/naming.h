/*
 * src/naming/naming.h
 *
 * Sequelize v6's string helpers for key, column and view names.
 * Pure C: no PostgreSQL headers.
 */
#ifndef ASSOCIATION_NAMING_H
#define ASSOCIATION_NAMING_H

#include "naming/pure_alloc.h"

/*
 * naming_camelize returns Sequelize's Utils.camelize(s): trimmed, each run of
 * '-', '_' or whitespace removed and the character after it upper-cased; the
 * first letter is never touched ("Movie_id" -> "MovieId", "fooBar" kept).
 */
extern char *naming_camelize(const char *s, assoc_alloc_fn alloc);

/*
 * naming_underscore returns inflection 1.13.4's underscore(s), which
 * Sequelize uses for column names of underscored models ("UserId" ->
 * "user_id", "createdAt" -> "created_at").
 */
extern char *naming_underscore(const char *s, assoc_alloc_fn alloc);

/* naming_upper_first returns s with its first letter upper-cased. */
extern char *naming_upper_first(const char *s, assoc_alloc_fn alloc);

/*
 * naming_join_camelized returns naming_camelize(a + "_" + b): the default
 * foreign-key name built from a model or alias name and a key attribute.
 */
extern char *naming_join_camelized(const char *a, const char *b, assoc_alloc_fn alloc);

/*
 * naming_snake returns s in snake_case for view names: like
 * naming_underscore, and also every run of characters other than ASCII
 * letters, digits and '_' becomes one '_' ("Project" -> "project",
 * "HomeTeam" -> "home_team").
 */
extern char *naming_snake(const char *s, assoc_alloc_fn alloc);

#endif
