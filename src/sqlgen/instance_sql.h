/*
 * src/sqlgen/instance_sql.h
 *
 * The SQL of the instance functions (Sequelize's association mixins): one
 * call names an association, a source instance by its key, and for the
 * mutators a list of targets.  Built by src/sqlgen/instance_sql.c from a
 * resolved call and the getter options compiled by src/sqlgen/getter.c.
 */
#ifndef ASSOCIATION_SQLGEN_INSTANCE_SQL_H
#define ASSOCIATION_SQLGEN_INSTANCE_SQL_H

#include "catalog/model.h"
#include "exec/params.h"
#include "lib/stringinfo.h"

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
	char	   *key_text;		/* for messages */
	WhereParams params;			/* $1 = key; the operation adds its own: builders
								 * are given it separately, the call read-only */
} InstanceCall;

/* Getter options, compiled to SQL fragments over aliases t and j. */
typedef struct GetterOptions
{
	List	   *attrs;			/* ModelAttr * of the target to return */
	List	   *join_attrs;		/* ModelAttr * of the junction to return */
	char	   *where_sql;		/* "" or " AND ..." */
	char	   *order_sql;		/* "" or " ORDER BY ..." */
	char	   *limit_sql;		/* "" or " LIMIT $n OFFSET $m" */
	bool		has_limit;
	List	   *includes;		/* IncludeNode *: associations loaded with each target */
} GetterOptions;

/* src/sqlgen/getter.c */
extern void getter_options(const InstanceCall *call, WhereParams *params, Jsonb *options, bool for_count,
						   GetterOptions *out);

/* src/sqlgen/string_where.c */
extern char *string_where_sql(const char *expr);

/* src/sqlgen/instance_sql.c */
extern char *instance_read_sql(const InstanceCall *call, WhereParams *params, InstanceOp op, GetterOptions *opts,
							   int targets_param);
extern char *instance_lock_sql(const InstanceCall *call, WhereParams *params, InstanceOp op, int targets_param);
extern char *instance_turn_sql(const InstanceCall *call);
extern bool instance_takes_turns(const InstanceCall *call, InstanceOp op);
extern bool instance_junction_skips_conflicts(const InstanceCall *call);
extern char *instance_pair_lock_sql(const InstanceCall *call, WhereParams *params, int targets_param);
extern char *instance_write_sql(const InstanceCall *call, WhereParams *params, InstanceOp op, int targets_param,
								int through_param, List *through_fields, bool have_through);
extern bool instance_checks_in_add(const InstanceCall *call, bool have_through);
extern char *instance_checked_add_sql(const InstanceCall *call, WhereParams *params, int targets_param);
extern char *instance_create_sql(const InstanceCall *call, WhereParams *params, const JsonbValue *values,
								 Jsonb *through_values);
extern void append_scope_match(StringInfo buf, const InstanceCall *call, WhereParams *params, Model *model,
							   const char *alias, Jsonb *scope);

#endif
