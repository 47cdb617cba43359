/*
 * src/catalog/distribution.h
 *
 * Models distributed by Citus: the checks of their declarations and the
 * foreign-key actions Citus allows (src/catalog/distribution.c).
 */
#ifndef ASSOCIATION_CATALOG_DISTRIBUTION_H
#define ASSOCIATION_CATALOG_DISTRIBUTION_H

#include "catalog/model.h"

extern void distribution_infer_junction(Association *as);
extern void distribution_check_model(Registry *reg, Model *m);
extern void distribution_check_association(Registry *reg, Association *as);

extern Model *distribution_fixed_holder(Association *as);

#endif
