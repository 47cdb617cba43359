/*
 * src/ops/instance_ops.h
 *
 * The instance functions (Sequelize's association mixins) as operations:
 * resolve the call, read its targets, build the SQL, run it
 * (src/ops/instance_ops.c, src/ops/targets.c).
 */
#ifndef ASSOCIATION_OPS_INSTANCE_OPS_H
#define ASSOCIATION_OPS_INSTANCE_OPS_H

#include "fmgr.h"
#include "nodes/execnodes.h"

#include "sqlgen/instance_sql.h"

/* The targets of a mutator, normalized. */
typedef struct Targets
{
	bool		is_null;		/* NULL was passed */
	int			count;
	char	  **keys;			/* key values as text */
	Jsonb	  **through;		/* per-target junction data, or NULL each */
} Targets;

/* src/ops/instance_ops.c */
extern void instance_call_setup(InstanceCall *call, Registry *reg, const char *model,
								const char *assoc, const char *key_text, InstanceOp op);
extern Jsonb *instance_through_defaults(InstanceCall *call, Jsonb *options);
extern void instance_get(InstanceCall *call, Registry *reg, Jsonb *options,
						 ReturnSetInfo *rsinfo);
extern int64 instance_count(InstanceCall *call, Jsonb *options);
extern bool instance_has(InstanceCall *call, Targets *targets);
extern void instance_mutate(InstanceCall *call, InstanceOp op, Targets *targets,
							Jsonb *defaults);
extern Datum instance_create(InstanceCall *call, Jsonb *values, Jsonb *defaults);

/* src/ops/targets.c */
extern Targets *targets_from_value(Datum value, Oid type, bool isnull, InstanceCall *call);
extern Datum targets_key_array(Targets *targets, ModelAttr *key);
extern Datum targets_through_rows(Targets *targets, InstanceCall *call, Jsonb *defaults,
								  List **fields);

#endif
