/*
 * src/ops/sync_run.c
 *
 * Runs the plan of src/sqlgen/sync_plan.c.  Each statement runs with the
 * rights of the role that declared what it makes: a superuser's sync of
 * another role's models does exactly what that role's own sync would, and
 * nothing a declaration says ever runs with the superuser's rights.  Then
 * what sync made is recorded in association.sync_objects.
 */
#include "postgres.h"

#include "executor/spi.h"
#include "miscadmin.h"

#include "catalog/sync_objects.h"
#include "exec/exec.h"
#include "ops/sync_run.h"

/*
 * run_as runs one DDL statement with the rights of its role (the
 * security-restricted flag also keeps what the DDL may run from switching
 * roles or leaving deferred work behind).
 */
static void
run_as(SyncStatement *st)
{
	Oid			save_user;
	int			save_sec;

	GetUserIdAndSecContext(&save_user, &save_sec);
	if (st->role != save_user)
		SetUserIdAndSecContext(st->role, save_sec | SECURITY_LOCAL_USERID_CHANGE |
							   SECURITY_RESTRICTED_OPERATION);
	exec_once(st->sql, 0, NULL, NULL, NULL, SPI_OK_UTILITY);
	SetUserIdAndSecContext(save_user, save_sec);
}

/* run_statements runs the plan's statements in order. */
static void
run_statements(SyncPlan *plan)
{
	ListCell   *lc;

	foreach(lc, plan->statements)
		run_as(lfirst(lc));
}

/* sync_run runs a plan of sync() and records what it made. */
void
sync_run(SyncPlan *plan, Registry *reg)
{
	run_statements(plan);
	sync_objects_save(plan->owners, plan->records, reg);
}

/* sync_run_drop runs a plan of drop_all() and forgets what sync made. */
void
sync_run_drop(SyncPlan *plan)
{
	run_statements(plan);
	sync_objects_forget(plan->owners);
}
