/*
 * src/catalog/declare.h
 *
 * Declaring and removing models and associations (src/catalog/declare.c).
 */
#ifndef ASSOCIATION_CATALOG_DECLARE_H
#define ASSOCIATION_CATALOG_DECLARE_H

#include "catalog/model.h"

extern char *declare_model(const char *name, const char *attributes, Jsonb *options);
extern char *declare_association(const char *source, const char *target, AssocKind kind,
								 Jsonb *options);
extern void declare_drop_association(const char *source, const char *name);
extern void declare_drop_model(const char *name, bool drop_table, bool cascade);

#endif
