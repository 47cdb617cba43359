/*
 * src/catalog/model_resolve.h
 *
 * Resolving one model: its options, declared attributes, the default id and
 * timestamps, and the columns of its table if it already exists.
 */
#ifndef ASSOCIATION_MODEL_DEF_H
#define ASSOCIATION_MODEL_DEF_H

#include "catalog/loader.h"

extern Model *model_resolve(ModelRow *row, bool declaring);
extern void model_check_owner(Model *model);
extern bool model_has_unique_key(Model *model, ModelAttr *a, ModelAttr *b);
extern void model_check_options(Jsonb *options);
extern char *model_default_table_name(const char *name, Jsonb *options);
extern Model *model_make_implicit(const char *name, const char *schema, bool timestamps,
								  bool underscored, const char *owner);
extern void model_resolve_references(Registry *reg, Model *model);
extern char *model_field_name(Model *model, const char *attr_name);
extern Oid	model_find_table(const char *schema, const char *table);

#endif
