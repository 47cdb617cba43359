/*
 * src/catalog/attributes.h
 *
 * The attributes a model's "attributes" option selects
 * (src/catalog/attributes.c).
 */
#ifndef ASSOCIATION_CATALOG_ATTRIBUTES_H
#define ASSOCIATION_CATALOG_ATTRIBUTES_H

#include "catalog/model.h"

extern List *attributes_option(Model *model, const JsonbValue *v, const char *option);

#endif
