/*
 * src/ops/instance_ops.h
 *
 * The instance functions (Sequelize's association mixins): one call names an
 * association, a source instance by its key, and for the mutators a list of
 * targets.  Shared by the entry points (src/instance.c), the target reader
 * (src/targets.c), the getter options (src/getter.c) and the SQL builders
 * (src/instance_sql.c).
 */
#ifndef ASSOCIATION_INSTANCE_H
#define ASSOCIATION_INSTANCE_H

#include "catalog/model.h"
#include "fmgr.h"
#include "sqlgen/where.h"

/* The operations, in the order of the mixins. */
typedef enum InstanceOp
{
	OP_GET,
	OP_COUNT,
	OP_HAS,
	OP_SET,
	OP_ADD,
	OP_REMOVE,
	OP_CREATE
} InstanceOp;

/* One call: the association and its instance. */
typedef struct InstanceCall
{
	Association *as;
	Model	   *source;
	Model	   *target;
	ModelAttr  *instance_key;	/* source attribute naming the instance */
	ModelAttr  *target_key;		/* target attribute naming targets */
	Datum		key;			/* the instance key, of instance_key's type */
	char	   *key_text;		/* for messages */
	WhereParams params;			/* $1 = key, then per operation */
} InstanceCall;

/* The targets of a mutator, normalized. */
typedef struct Targets
{
	bool		is_null;		/* NULL was passed */
	int			count;
	char	  **keys;			/* key values as text */
	Jsonb	  **through;		/* per-target junction data, or NULL each */
} Targets;

/* Getter options, compiled to SQL fragments over aliases t and j. */
typedef struct GetterOptions
{
	List	   *attrs;			/* ModelAttr * of the target to return */
	List	   *join_attrs;		/* ModelAttr * of the junction to return */
	char	   *where_sql;		/* "" or " AND ..." */
	char	   *order_sql;		/* "" or " ORDER BY ..." */
	char	   *limit_sql;		/* "" or " LIMIT $n OFFSET $m" */
	bool		has_limit;
} GetterOptions;

/* src/instance.c */
extern void call_setup(InstanceCall *call, Registry *reg, const char *model,
					   const char *assoc, const char *key_text, InstanceOp op);
extern void mutate_call(InstanceCall *call, InstanceOp op, Targets *targets, Jsonb *defaults);

/* src/targets.c */
extern Targets *targets_from_arg(FunctionCallInfo fcinfo, int argno, InstanceCall *call);
extern Datum targets_key_array(Targets *targets, ModelAttr *key);
extern Datum targets_through_rows(Targets *targets, InstanceCall *call, Jsonb *defaults,
								  List **fields);

/* src/string_where.c */
extern char *string_where_sql(const char *expr);

/* src/getter.c */
extern void getter_options(InstanceCall *call, Jsonb *options, bool for_count,
						   GetterOptions *out);

/* src/instance_sql.c */
extern char *instance_read_sql(InstanceCall *call, InstanceOp op, GetterOptions *opts,
							   int targets_param);
extern char *instance_lock_sql(InstanceCall *call, InstanceOp op, int targets_param);
extern char *instance_turn_sql(InstanceCall *call);
extern bool instance_takes_turns(InstanceCall *call, InstanceOp op);
extern char *instance_pair_lock_sql(InstanceCall *call, int targets_param);
extern char *instance_write_sql(InstanceCall *call, InstanceOp op, int targets_param,
								int through_param, List *through_fields, bool have_through);
extern char *instance_create_sql(InstanceCall *call, const JsonbValue *values,
								 Jsonb *through_values);
extern void append_scope_match(StringInfo buf, InstanceCall *call, Model *model,
							   const char *alias, Jsonb *scope);

#endif
