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
#include "utils/guc.h"

#include "catalog/sync_objects.h"
#include "exec/exec.h"
#include "ops/sync_run.h"

/*
 * keep_to_level saves, at the current GUC nest level, the value of the
 * setting a "SET LOCAL name TO ..." statement changes, so that leaving the
 * level restores it.
 */
static void
keep_to_level(const char *set_local)
{
	char	   *name = pstrdup(set_local + strlen("SET LOCAL "));
	char	   *value;

	*strchr(name, ' ') = '\0';
	value = GetConfigOptionByName(name, NULL, false);
	(void) set_config_option(name, value, superuser() ? PGC_SUSET : PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
}

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
	exec_once(st->sql, 0, NULL, NULL, NULL, st->query ? SPI_OK_SELECT : SPI_OK_UTILITY);
	SetUserIdAndSecContext(save_user, save_sec);
}

/*
 * run_statements runs the plan's statements in order.  A setting it makes
 * (SET LOCAL) holds for the statements only: the caller's transaction goes
 * on with the value it had.
 */
static void
run_statements(SyncPlan *plan)
{
	int			nestlevel = NewGUCNestLevel();
	ListCell   *lc;

	foreach(lc, plan->statements)
	{
		SyncStatement *st = lfirst(lc);

		if (st->setting)
			keep_to_level(st->sql);
		run_as(st);
	}
	AtEOXact_GUC(true, nestlevel);
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
