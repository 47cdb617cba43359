/*
 * src/catalog/names.h
 *
 * Identifiers as PostgreSQL stores them (src/catalog/names.c).
 */
#ifndef ASSOCIATION_CATALOG_NAMES_H
#define ASSOCIATION_CATALOG_NAMES_H

#include "catalog/model.h"

extern char *identifier(const char *name);
extern const char *names_truncated(const char *name);
extern void names_report_truncation(const char *what, const char *a, const char *b,
									const char *where);
extern void model_check_names(Model *model);

#endif
