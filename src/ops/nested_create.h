/*
 * src/ops/nested_create.h
 *
 * create(model, values, {include}): an instance with its associated ones.
 */
#ifndef ASSOCIATION_NESTED_CREATE_H
#define ASSOCIATION_NESTED_CREATE_H

#include "catalog/model.h"

extern Jsonb *nested_create(Model *model, const JsonbValue *values, List *nodes,
							List *fixed, int depth);

#endif
