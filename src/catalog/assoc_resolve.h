/*
 * src/catalog/assoc_resolve.h
 *
 * Resolving associations: Sequelize v6's names, keys and defaults.
 */
#ifndef ASSOCIATION_RESOLVE_H
#define ASSOCIATION_RESOLVE_H

#include "catalog/model.h"
#include "naming/pure_alloc.h"

/* A row of association.associations. */
typedef struct AssocRow
{
	char	   *source;
	char	   *name;			/* the alias recorded at declaration */
	char	   *owner;			/* the role that declared it */
	AssocKind	kind;
	char	   *target;
	Jsonb	   *options;
	int64		ordinal;
} AssocRow;

extern Association *resolve_association(Registry *reg, AssocRow *row);
extern void resolve_check_options(AssocKind kind, Jsonb *options);
extern AssocKind resolve_effective_kind(AssocKind kind, Jsonb *options);
extern AssocKind assoc_kind_from_name(const char *name);
extern assoc_alloc_fn registry_allocator(void);
extern char *resolve_action(const char *value, const char *option,
							const char *context);
extern char *association_view_name(Model *source, const char *name);

#endif
