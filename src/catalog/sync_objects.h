/*
 * src/catalog/sync_objects.h
 *
 * association.sync_objects, the memory of what sync made
 * (src/catalog/sync_objects.c).
 */
#ifndef ASSOCIATION_CATALOG_SYNC_OBJECTS_H
#define ASSOCIATION_CATALOG_SYNC_OBJECTS_H

#include "catalog/model.h"

/* One row of association.sync_objects. */
typedef struct SyncRecord
{
	const char *type;			/* "view" or "constraint" */
	char	   *schema;
	char	   *table;			/* the view, or the constrained table */
	char	   *object;			/* the view, or the constrained column */
	char	   *definition;
	char	   *owner;
} SyncRecord;

extern List *sync_objects_load(void);
extern SyncRecord *sync_objects_find(List *tracked, List *owners, const char *type,
									 const char *schema, const char *table,
									 const char *object);
extern void sync_objects_save(List *owners, List *records, Registry *reg);
extern void sync_objects_forget(List *owners);

#endif
