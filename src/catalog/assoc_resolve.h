/*
 * src/catalog/assoc_resolve.h
 *
 * Resolving associations: Sequelize v6's names, keys and defaults.
 */
#ifndef ASSOCIATION_RESOLVE_H
#define ASSOCIATION_RESOLVE_H

#include "catalog/loader.h"

extern Association *resolve_association(Registry *reg, AssocRow *row);
extern void resolve_check_options(AssocKind kind, Jsonb *options);
extern AssocKind resolve_effective_kind(AssocKind kind, Jsonb *options);


#endif
