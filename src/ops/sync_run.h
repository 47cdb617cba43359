/*
 * src/ops/sync_run.h
 *
 * Running a sync plan (src/ops/sync_run.c).
 */
#ifndef ASSOCIATION_OPS_SYNC_RUN_H
#define ASSOCIATION_OPS_SYNC_RUN_H

#include "sqlgen/sync_plan.h"

extern void sync_run(SyncPlan *plan, Registry *reg);
extern void sync_run_drop(SyncPlan *plan);

#endif
