/*
 * src/catalog/loader.h
 *
 * The rows of the catalog tables, as read by src/catalog/loader.c.
 */
#ifndef ASSOCIATION_CATALOG_LOADER_H
#define ASSOCIATION_CATALOG_LOADER_H

#include "catalog/model.h"

/* A row of association.models. */
typedef struct ModelRow
{
	char	   *name;
	Jsonb	   *attributes;
	List	   *attribute_order;	/* char *: the attributes in declaration order */
	Jsonb	   *options;
	char	   *schema;
	char	   *table;
	Oid			relid;
	Jsonb	   *columns;		/* attribute -> attnum recorded by the last sync */
	char	   *owner;			/* the role that declared it */
	int64		ordinal;
} ModelRow;

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

extern void attributes_from_json(ModelRow *row, const char *json);
extern List *load_model_rows(void);
extern void loader_require_version(void);
extern List *load_association_rows(void);

#endif
