/*
 * src/sqlgen/sync_plan.h
 *
 * The plan sync() computes (src/sqlgen/sync_plan.c): DDL statements in
 * order, each with the role it runs as (the owner of the declaration it
 * comes from), and the objects it makes that association.sync_objects must
 * remember (accessor views and foreign keys), so that a later sync can
 * replace or remove them.  src/ops/sync_run.c runs it.
 */
#ifndef ASSOCIATION_SYNC_PLAN_H
#define ASSOCIATION_SYNC_PLAN_H

#include "catalog/model.h"
#include "catalog/sync_objects.h"

/* The options of sync and sync_sql, parsed. */
typedef struct SyncOptions
{
	bool		force;			/* drop the tables first */
	bool		cycles_error;	/* refuse a cycle of foreign keys */
} SyncOptions;

/* One statement of a plan, and the role whose rights it runs with. */
typedef struct SyncStatement
{
	char	   *sql;
	bool		query;			/* a SELECT (of a Citus function), not DDL */
	bool		setting;		/* SET LOCAL: sync_run keeps it to the sync */
	Oid			role;
	char	   *role_name;
} SyncStatement;

typedef struct SyncPlan
{
	List	   *statements;		/* SyncStatement *, in order */
	List	   *records;		/* SyncRecord * to remember after running */
	List	   *tracked;		/* SyncRecord * remembered from earlier syncs */
	List	   *owners;			/* char *: the roles whose declarations it covers */
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
	char	   *def;			/* CREATE VIEW text; NULL when it cannot be made */
	char	   *reason;		/* why it is skipped */
} ViewPlan;

extern SyncPlan *sync_make_plan(Registry *reg, const SyncOptions *options);
extern SyncPlan *sync_drop_plan(Registry *reg);
extern List *sync_view_plans(Registry *reg, SyncPlan *plan, List *dropped);
extern List *sync_script_lines(SyncPlan *plan);

#endif
