/*
 * src/catalog/inspect.h
 *
 * What the database holds now, read from the system catalogs for sync's
 * plan: foreign keys, leading indexes, accessor views and their triggers
 * (src/catalog/inspect.c).
 */
#ifndef ASSOCIATION_CATALOG_INSPECT_H
#define ASSOCIATION_CATALOG_INSPECT_H

#include "access/attnum.h"

#include "catalog/model.h"

/* The names of the triggers sync attaches. */
#define TOUCH_TRIGGER "association_touch_updated_at"
#define VIEW_TRIGGER "association_write"

extern bool inspect_has_leading_index(Oid relid, AttrNumber attnum);
extern Oid	inspect_existing_fk(Oid relid, AttrNumber attnum);
extern bool inspect_fk_matches(Oid conoid, ModelAttr *a);
extern bool inspect_view_is_ours(Oid relid, Association *as);
extern bool inspect_view_is_accessor(Oid relid);
extern bool inspect_view_matches(Oid relid, const char *def);
extern bool inspect_citus_installed(void);
extern List *inspect_citus_tables(void);

#endif
