/*
 * src/ops/create.h
 *
 * create(model, values, {include}): an instance with its associated ones
 * (src/ops/create.c).
 */
#ifndef ASSOCIATION_OPS_CREATE_H
#define ASSOCIATION_OPS_CREATE_H

#include "catalog/model.h"

extern Datum create_instance(Model *model, const JsonbValue *values, List *nodes);

#endif
