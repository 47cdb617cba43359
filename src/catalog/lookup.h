/*
 * src/catalog/lookup.h
 *
 * Finding models and associations of a registry by name
 * (src/catalog/lookup.c).
 */
#ifndef ASSOCIATION_CATALOG_LOOKUP_H
#define ASSOCIATION_CATALOG_LOOKUP_H

#include "catalog/model.h"

extern void registry_add_model(Registry *reg, Model *model);
extern Model *registry_find_model(Registry *reg, const char *name);
extern Model *registry_lookup_model(Registry *reg, const char *name);
extern BrokenDecl *broken_find_model(List *broken, const char *name);
extern BrokenDecl *registry_broken_model(Registry *reg, const char *name);
extern BrokenDecl *registry_broken_association(Registry *reg, const char *source,
											   const char *name);
extern void registry_report_broken(BrokenDecl *b);
extern Association *registry_find_association(Model *source, const char *name);
extern Association *registry_lookup_association(Registry *reg, const char *model,
												const char *name);
extern char *association_list(Model *source);

#endif
