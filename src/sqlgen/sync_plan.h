/*
 * src/sqlgen/sync_plan.h
 *
 * The plan sync() computes: DDL statements in order, each with the role it
 * runs as (the owner of the declaration it comes from), and the objects it
 * makes that association.sync_objects must remember (accessor views and
 * foreign keys), so that a later sync can replace or remove them.
 */
#ifndef ASSOCIATION_SYNC_PLAN_H
#define ASSOCIATION_SYNC_PLAN_H

#include "catalog/model.h"
#include "access/attnum.h"

#define TOUCH_TRIGGER "association_touch_updated_at"
#define VIEW_TRIGGER "association_write"

/* One statement of a plan, and the role whose rights it runs with. */
typedef struct SyncStatement
{
	char	   *sql;
	Oid			role;
	char	   *role_name;
} SyncStatement;

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

typedef struct SyncPlan
{
	List	   *statements;		/* SyncStatement *, in order */
	List	   *records;		/* SyncRecord * to remember after running */
	List	   *tracked;		/* SyncRecord * remembered from earlier syncs */
	List	   *owners;			/* char *: the roles whose declarations it covers */
	bool		forced;
	Oid			acting;			/* the role of the statements added now */
	char	   *acting_name;
} SyncPlan;

/* What sync does with one accessor view. */
typedef enum ViewAction
{
	VIEW_CREATE,
	VIEW_KEEP,
	VIEW_REPLACE,
	VIEW_TAKE_OVER,				/* identical, made by hand: add the trigger, record it */
	VIEW_SKIP					/* its default name is taken */
} ViewAction;

typedef struct ViewPlan
{
	Association *as;
	ViewAction	action;
	Oid			existing;		/* the relation of that name, or InvalidOid */
	char	   *def;			/* CREATE VIEW text */
	char	   *taken_by;		/* what holds the name, when skipped */
} ViewPlan;

/* src/sync.c */
extern List *sync_view_plans(Registry *reg, SyncPlan *plan, List *dropped);

/* src/sync_objects.c */
extern void sync_load_tracked(SyncPlan *plan);
extern SyncRecord *sync_tracked(SyncPlan *plan, const char *type, const char *schema,
								const char *table, const char *object);
extern void sync_record(SyncPlan *plan, Registry *reg);
extern void sync_forget(List *owners);

/* src/sync_ddl.c */
extern char *ddl_references(ModelAttr *a);
extern char *ddl_column(Model *model, ModelAttr *a, bool inline_fk, bool with_pk);
extern char *ddl_create_table(Model *model, bool inline_fk);
extern char *ddl_touch_trigger(Model *model);
extern char *ddl_view_trigger(Association *as);
extern char *ddl_index(Model *model, ModelAttr *a);
extern char *ddl_add_fk(Model *model, ModelAttr *a);

/* src/sync_inspect.c */
extern bool inspect_has_leading_index(Oid relid, AttrNumber attnum);
extern Oid	inspect_existing_fk(Oid relid, AttrNumber attnum);
extern bool inspect_fk_matches(Oid conoid, ModelAttr *a);
extern bool inspect_view_is_ours(Oid relid, Association *as);
extern bool inspect_view_is_accessor(Oid relid);
extern bool inspect_view_matches(Oid relid, const char *def);

/* src/views.c */
extern char *accessor_view_sql(Association *as);

#endif
