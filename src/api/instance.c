/*
 * src/api/instance.c
 *
 * SQL entry points of the instance functions — Sequelize's mixins get,
 * count, has, set, add, remove and create_associated.  An instance is
 * named by its model and key; the key may be of any type and is converted
 * to the type of the attribute that names instances (sourceKey, or the
 * primary key for belongsTo).  The operations are in src/ops/instance_ops.c.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/lsyscache.h"

#include "api/args.h"
#include "catalog/registry.h"
#include "ops/instance_ops.h"

PG_FUNCTION_INFO_V1(association_get);
PG_FUNCTION_INFO_V1(association_count);
PG_FUNCTION_INFO_V1(association_has);
PG_FUNCTION_INFO_V1(association_set);
PG_FUNCTION_INFO_V1(association_add);
PG_FUNCTION_INFO_V1(association_remove);
PG_FUNCTION_INFO_V1(association_create_associated);


/*
 * call_init resolves the call of an entry point: model, key (of any type)
 * and association are arguments 0, 1 and 2.
 */
static void
call_init(InstanceCall *call, FunctionCallInfo fcinfo, Registry *reg, InstanceOp op)
{
	char	   *model = arg_text_required(fcinfo, 0, "model");
	char	   *assoc = arg_text_required(fcinfo, 2, "association");
	Oid			key_type = get_fn_expr_argtype(fcinfo->flinfo, 1);
	Oid			outfunc;
	bool		varlena;

	if (PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("the key of a \"%s\" instance must not be null", model)));
	getTypeOutputInfo(key_type, &outfunc, &varlena);
	instance_call_setup(call, reg, model, assoc,
						OidOutputFunctionCall(outfunc, PG_GETARG_DATUM(1)), op);
}

/* targets_arg reads the targets argument (argument 3) of has, set, add and remove. */
static Targets *
targets_arg(FunctionCallInfo fcinfo, InstanceCall *call)
{
	return targets_from_value(PG_ARGISNULL(3) ? (Datum) 0 : PG_GETARG_DATUM(3),
							  get_fn_expr_argtype(fcinfo->flinfo, 3), PG_ARGISNULL(3), call);
}

/* association_get returns the associated rows (foo.getBars(options)). */
Datum
association_get(PG_FUNCTION_ARGS)
{
	Registry   *reg = registry_acquire();
	InstanceCall call;

	call_init(&call, fcinfo, reg, OP_GET);
	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	instance_get(&call, reg, arg_jsonb_or_empty(fcinfo, 3), (ReturnSetInfo *) fcinfo->resultinfo);
	registry_release();
	return (Datum) 0;
}

/* association_count returns the number of associated rows (foo.countBars()). */
Datum
association_count(PG_FUNCTION_ARGS)
{
	InstanceCall call;
	int64		n;

	call_init(&call, fcinfo, registry_acquire(), OP_COUNT);
	n = instance_count(&call, arg_jsonb_or_empty(fcinfo, 3));
	registry_release();
	PG_RETURN_INT64(n);
}

/*
 * association_has returns whether every given target is associated
 * (foo.hasBars([...])): true for an empty list, false for NULL.
 */
Datum
association_has(PG_FUNCTION_ARGS)
{
	InstanceCall call;
	bool		result;

	call_init(&call, fcinfo, registry_acquire(), OP_HAS);
	result = instance_has(&call, targets_arg(fcinfo, &call));
	registry_release();
	PG_RETURN_BOOL(result);
}

/* mutate is the entry point of set, add and remove. */
static void
mutate(FunctionCallInfo fcinfo, InstanceOp op, bool has_options)
{
	InstanceCall call;
	Targets    *targets;
	Jsonb	   *defaults = NULL;

	call_init(&call, fcinfo, registry_acquire(), op);
	targets = targets_arg(fcinfo, &call);
	if (has_options)
		defaults = instance_through_defaults(&call, arg_jsonb_or_empty(fcinfo, 4));
	instance_mutate(&call, op, targets, defaults);
	registry_release();
}

/* association_set replaces the associated targets (foo.setBars([...])). */
Datum
association_set(PG_FUNCTION_ARGS)
{
	mutate(fcinfo, OP_SET, true);
	PG_RETURN_VOID();
}

/* association_add associates more targets (foo.addBars([...])). */
Datum
association_add(PG_FUNCTION_ARGS)
{
	mutate(fcinfo, OP_ADD, true);
	PG_RETURN_VOID();
}

/* association_remove un-associates targets (foo.removeBars([...])). */
Datum
association_remove(PG_FUNCTION_ARGS)
{
	mutate(fcinfo, OP_REMOVE, false);
	PG_RETURN_VOID();
}

/*
 * association_create_associated inserts a new target associated with the
 * instance (foo.createBar(values, {through})) and returns it.
 */
Datum
association_create_associated(PG_FUNCTION_ARGS)
{
	InstanceCall call;
	Datum		result;

	call_init(&call, fcinfo, registry_acquire(), OP_CREATE);
	result = instance_create(&call, arg_jsonb_or_empty(fcinfo, 3),
							 instance_through_defaults(&call, arg_jsonb_or_empty(fcinfo, 4)));
	registry_release();
	PG_RETURN_DATUM(json_result(fcinfo, result));
}
