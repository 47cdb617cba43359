/*
 * src/sync_plan.h
 *
 * The plan sync() computes: DDL statements in order, and the objects it
 * makes that association.sync_objects must remember (accessor views and
 * foreign keys), so that a later sync can replace or remove them.
 */
#ifndef ASSOCIATION_SYNC_PLAN_H
#define ASSOCIATION_SYNC_PLAN_H

#include "association.h"

/* One row of association.sync_objects. */
typedef struct SyncRecord
{
	const char *type;			/* "view" or "constraint" */
	char	   *schema;
	char	   *table;			/* the view, or the constrained table */
	char	   *object;			/* the view, or the constrained column */
	char	   *definition;
} SyncRecord;

typedef struct SyncPlan
{
	List	   *statements;		/* char *, in order */
	List	   *records;		/* SyncRecord * to remember after running */
	List	   *tracked;		/* SyncRecord * remembered from earlier syncs */
	bool		forced;
} SyncPlan;

/* src/sync_objects.c */
extern void sync_load_tracked(SyncPlan *plan);
extern char *sync_tracked_definition(SyncPlan *plan, const char *type, const char *schema,
									 const char *table, const char *object);
extern void sync_record(SyncPlan *plan, Registry *reg);

/* src/views.c */
extern char *accessor_view_sql(Association *as);

#endif
