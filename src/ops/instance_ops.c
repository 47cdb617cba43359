/*
 * src/ops/instance_ops.c
 *
 * The instance functions — Sequelize's mixins — as operations:
 *   get, count, has                     (project.getWorkers(), ...)
 *   set, add, remove, create_associated (project.addWorker(u), ...)
 * A call is resolved against the registry (the association, the instance
 * key read as the type of the attribute that names instances), its SQL is
 * built by src/sqlgen/instance_sql.c from the association and the shape of
 * its options, and run through a kept plan (src/exec/exec.c).
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "catalog/include.h"
#include "catalog/distribution.h"
#include "catalog/lookup.h"
#include "exec/exec.h"
#include "ops/instance_ops.h"
#include "options/json_util.h"
#include "options/options.h"
#include "sqlgen/sql_ops.h"

/* op_name returns the SQL name of an operation, for messages. */
static const char *
op_name(InstanceOp op)
{
	static const char *const names[] = {
		"get", "count", "has", "set", "add", "remove", "create_associated"
	};

	return names[op];
}

/* require_op reports an operation the association cannot do. */
static void
require_op(Association *as, InstanceOp op)
{
	bool		singular = as->kind == ASSOC_BELONGS_TO || as->kind == ASSOC_HAS_ONE;
	bool		names_targets = op == OP_HAS || op == OP_SET || op == OP_ADD || op == OP_REMOVE;

	if (singular && (op == OP_COUNT || op == OP_HAS || op == OP_ADD || op == OP_REMOVE))
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("%s is not available for %s association \"%s\" of model \"%s\"",
						op_name(op), assoc_kind_name(as->kind), as->name, as->source->name),
				 errhint("A %s association has get, set and create_associated.",
						 assoc_kind_name(as->kind))));
	if (as->instance_key == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s is not available for association \"%s\" of model \"%s\": model \"%s\" has no single-column primary key",
						op_name(op), as->name, as->source->name, as->source->name),
				 errdetail("An instance is named by one key value."),
				 errhint("Read it with association.find_all('%s', '{\"include\": \"%s\"}').",
						 as->source->name, as->name)));
	if ((op == OP_SET || op == OP_ADD || op == OP_REMOVE ||
		 (op == OP_CREATE && as->kind == ASSOC_BELONGS_TO)) && distribution_fixed_holder(as) != NULL)
	{
		Model	   *holder = distribution_fixed_holder(as);

		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s is not available for association \"%s\" of model \"%s\": it would change attribute \"%s\" of model \"%s\", which its table is distributed by",
						op_name(op), as->name, as->source->name, as->foreign_key, holder->name),
				 errdetail("Citus does not move a row to another shard."),
				 errhint("Set \"%s\" when the row is created (create_associated, or create with include), and delete rows that no longer belong; or distribute model \"%s\" by another column.",
						 as->foreign_key, holder->name)));
	}
	if (names_targets && as->target_ref == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s is not available for association \"%s\" of model \"%s\": model \"%s\" has no single-column primary key",
						op_name(op), as->name, as->source->name, as->target->name),
				 errdetail("Targets are named by one key value."),
				 errhint("get, count and create_associated work; change targets with plain SQL on their foreign key.")));
}

/*
 * instance_call_setup resolves model's association assoc for operation op and reads
 * the instance key (given as text) as the instance attribute's type; it
 * becomes parameter $1.
 */
void
instance_call_setup(InstanceCall *call, Registry *reg, const char *model,
					const char *assoc, const char *key_text, InstanceOp op)
{
	Association *as;

	memset(call, 0, sizeof(InstanceCall));
	as = registry_lookup_association(reg, model, assoc);
	require_op(as, op);
	call->as = as;
	call->source = as->source;
	call->target = as->target;
	call->instance_key = as->instance_key;
	call->target_key = as->target_ref;
	if (!OidIsValid(as->source->relid) || !OidIsValid(as->target->relid) ||
		(as->through != NULL && !OidIsValid(as->through->relid)))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("association \"%s\" of model \"%s\" is not synced", as->name, model),
				 errhint("Run SELECT association.sync(); to create its tables.")));
	call->key_text = pstrdup(key_text);
	call->params.plan_per_call = as->source->on_citus || as->target->on_citus ||
		(as->through != NULL && as->through->on_citus);
	where_add_param(&call->params, call->instance_key->type_oid, call->instance_key->typmod,
					call->key_text);
}

/* run executes sql with the call's parameters through a kept plan. */
static void
run(InstanceCall *call, const char *sql, bool read_only, int expected)
{
	exec_kept(sql, &call->params, read_only, 0, expected);
}

/* report_missing_instance reports the instance that does not exist. */
static void
report_missing_instance(InstanceCall *call)
{
	ereport(ERROR,
			(errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
			 errmsg("%s instance with %s %s does not exist", call->source->name,
					call->instance_key->name, quote_literal_cstr(call->key_text)),
			 errhint("Create it first, or name an existing instance.")));
}

/* report_missing_target finds and reports the first target that does not exist. */
static void
report_missing_target(InstanceCall *call, int targets_param)
{
	char	   *sql = psprintf("SELECT k::pg_catalog.text FROM pg_catalog.unnest($%d) k WHERE NOT EXISTS "
							   "(SELECT 1 FROM %s t WHERE t.%s %s k) LIMIT 1",
							   targets_param, model_qualified_table(call->target),
							   quote_identifier(call->target_key->field),
							   sql_eq_op(call->target_key->type_oid));
	char	   *missing = "?";

	run(call, sql, true, SPI_OK_SELECT);
	if (SPI_processed > 0)
		missing = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
	ereport(ERROR,
			(errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
			 errmsg("%s instance with %s %s does not exist", call->target->name,
					call->target_key->name, quote_literal_cstr(missing)),
			 errdetail("It was given as a target of association \"%s\" of model \"%s\".",
					   call->as->name, call->source->name),
			 errhint("Create the target first, or leave it out.")));
}

/*
 * lock_and_check makes the caller take its turn (operations that replace an
 * instance's associations), runs the lock statement of a mutator and
 * reports a missing instance or target.  Every mutator checks its instance
 * and targets as the caller sees them: a foreign key would also accept a row
 * the caller's row-level security hides, and would say that it exists.
 */
static void
lock_and_check(InstanceCall *call, InstanceOp op, int targets_param)
{
	if (instance_takes_turns(call, op))
		run(call, instance_turn_sql(call), false, SPI_OK_SELECT);
	run(call, instance_lock_sql(call, &call->params, op, targets_param), false, SPI_OK_SELECT);
	if (exec_result_int64(1) == 0)
		report_missing_instance(call);
	if (targets_param > 0 && exec_result_int64(2) != exec_result_int64(3))
		report_missing_target(call, targets_param);
}

/*
 * keep_sql keeps sql on the association (memo, in the registry's memory, so
 * that it goes with the registry) when the statement's only parameters are
 * the nparams every such call binds (the instance's key, and for add the
 * targets): its text then depends on the association alone.  A scope's
 * values are parameters of their own, and such a statement is made at
 * every call.  Returns sql.
 */
static char *
keep_sql(InstanceCall *call, char *sql, int nparams, char **memo)
{
	if (call->params.count == nparams)
		*memo = MemoryContextStrdup(GetMemoryChunkContext(call->as), sql);
	return sql;
}

/*
 * checked_add runs add's one statement that checks and writes
 * (instance_checked_add_sql) and reports what is missing.  Fewer targets
 * found than given means a missing target or a key given twice: the
 * separate check then tells which.
 */
static void
checked_add(InstanceCall *call, Targets *targets, int targets_param)
{
	uint64		found = 0;
	uint64		i;
	bool		isnull;
	char	   *sql = call->as->plain_add_sql;

	if (sql == NULL)
		sql = keep_sql(call, instance_checked_add_sql(call, &call->params, targets_param), 2,
					   &call->as->plain_add_sql);
	run(call, sql, false, SPI_OK_SELECT);
	if (!DatumGetBool(exec_result(0, 1, &isnull)))
		report_missing_instance(call);
	for (i = 0; i < SPI_processed; i++)
	{
		(void) exec_result(i, 2, &isnull);
		if (!isnull)
			found++;
	}
	if (found != (uint64) targets->count)
		lock_and_check(call, OP_ADD, targets_param);
}

/*
 * instance_through_defaults returns options.through of a mutator (the
 * junction values of set, add and create_associated), or NULL.
 */
Jsonb *
instance_through_defaults(InstanceCall *call, Jsonb *options)
{
	JsonbValue	opts;
	JsonbValue *through;

	options_read(options, &opts, OPT_MUTATOR, "mutator options");
	through = jv_get(&opts, "through");
	if (jv_is_null(through))
		return NULL;
	if (call->as->through == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("option \"through\" applies to belongsToMany associations only"),
				 errhint("Association \"%s\" is a %s.", call->as->name, assoc_kind_name(call->as->kind))));
	jv_require_object(through, "option \"through\"");
	return jv_to_jsonb(through);
}

/* no_options returns whether options is the empty object (a call without options). */
static bool
no_options(Jsonb *options)
{
	return JB_ROOT_IS_OBJECT(options) && JB_ROOT_COUNT(options) == 0;
}

/*
 * instance_get adds the associated rows to a set result
 * (foo.getBars(options)), each with the associations options.include names.
 * Without options (the common lazy load) the statement is made once.
 */
void
instance_get(InstanceCall *call, Registry *reg, Jsonb *options, ReturnSetInfo *rsinfo)
{
	GetterOptions opts;
	JsonbValue	given;
	JsonbValue *include;
	char	   *sql = no_options(options) ? call->as->plain_get_sql : NULL;

	if (sql == NULL)
	{
		getter_options(call, &call->params, options, false, &opts);
		jv_from_jsonb(options, &given);
		include = jv_get(&given, "include");
		if (!jv_is_null(include))
			opts.includes = include_resolve_list(reg, call->target, include);
		sql = instance_read_sql(call, &call->params, OP_GET, &opts, 0);
		if (no_options(options))
			keep_sql(call, sql, 1, &call->as->plain_get_sql);
	}
	exec_begin();
	exec_kept_into(sql, &call->params, rsinfo);
	exec_end();
}

/* instance_count returns the number of associated rows (foo.countBars()). */
int64
instance_count(InstanceCall *call, Jsonb *options)
{
	GetterOptions opts;
	int64		n;
	char	   *sql = no_options(options) ? call->as->plain_count_sql : NULL;

	if (sql == NULL)
	{
		getter_options(call, &call->params, options, true, &opts);
		sql = instance_read_sql(call, &call->params, OP_COUNT, &opts, 0);
		if (no_options(options))
			keep_sql(call, sql, 1, &call->as->plain_count_sql);
	}
	exec_begin();
	run(call, sql, true, SPI_OK_SELECT);
	n = exec_result_int64(1);
	exec_end();
	return n;
}

/* add_targets_param binds the targets' keys as one array parameter. */
static int
add_targets_param(InstanceCall *call, Targets *targets)
{
	return params_add_datum(&call->params, get_array_type(call->target_key->type_oid),
							targets_key_array(targets, call->target_key));
}

/*
 * instance_has returns whether every target is associated
 * (foo.hasBars([...])): true for an empty list, false for NULL.
 */
bool
instance_has(InstanceCall *call, Targets *targets)
{
	GetterOptions opts;
	int			targets_param;
	bool		isnull;
	bool		result;

	if (targets->is_null)
		return false;
	memset(&opts, 0, sizeof(opts));
	targets_param = add_targets_param(call, targets);
	exec_begin();
	run(call, instance_read_sql(call, &call->params, OP_HAS, &opts, targets_param), true, SPI_OK_SELECT);
	result = DatumGetBool(exec_result(0, 1, &isnull));
	exec_end();
	return result;
}

/* any_junction_data returns whether some target carries junction data. */
static bool
any_junction_data(Targets *targets)
{
	int			i;

	for (i = 0; i < targets->count; i++)
		if (targets->through[i] != NULL)
			return true;
	return false;
}

/*
 * instance_mutate runs set, add or remove: lock and check, then write.  For
 * singular associations set takes one target or NULL.
 */
void
instance_mutate(InstanceCall *call, InstanceOp op, Targets *targets, Jsonb *defaults)
{
	List	   *fields = NIL;
	int			targets_param;
	int			through_param = 0;
	bool		have_through = false;
	int			expected;

	if (targets->is_null && op != OP_SET)
		return;					/* add(NULL) and remove(NULL) change nothing */
	if (targets->count > 1 &&
		(call->as->kind == ASSOC_BELONGS_TO || call->as->kind == ASSOC_HAS_ONE))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("set of %s association \"%s\" takes one target, not %d",
						assoc_kind_name(call->as->kind), call->as->name, targets->count),
				 errhint("Pass one key, or NULL to un-associate.")));
	targets_param = add_targets_param(call, targets);
	if (call->as->through != NULL && op != OP_REMOVE &&
		(defaults != NULL || call->as->through_scope != NULL || any_junction_data(targets)))
	{
		Datum		rows = targets_through_rows(targets, call, defaults, &fields);

		have_through = fields != NIL;
		through_param = params_add_datum(&call->params, JSONBARRAYOID, rows);
	}
	expected = call->as->kind != ASSOC_BELONGS_TO_MANY ? SPI_OK_UPDATE :
		op == OP_REMOVE ? SPI_OK_DELETE : SPI_OK_INSERT;

	exec_begin();
	if (op == OP_ADD && instance_checks_in_add(call, have_through))
	{
		checked_add(call, targets, targets_param);
		exec_end();
		return;
	}
	lock_and_check(call, op, targets_param);
	if (call->as->kind == ASSOC_BELONGS_TO_MANY && op != OP_REMOVE &&
		!instance_junction_skips_conflicts(call))
		run(call, instance_pair_lock_sql(call, &call->params, targets_param), false, SPI_OK_SELECT);
	if (call->as->kind == ASSOC_BELONGS_TO)
	{
		/* the one key as a value of its own: Citus cannot deparse ($n)[1] in SET */
		targets_param = where_add_param(&call->params, call->target_key->type_oid,
										call->target_key->typmod,
										targets->count > 0 ? targets->keys[0] : NULL);
	}
	run(call, instance_write_sql(call, &call->params, op, targets_param, through_param, fields, have_through),
		false, expected);
	exec_end();
}

/*
 * junction_row returns the junction values of create_associated: the
 * association's through scope and defaults, as targets_through_rows makes
 * them for one target without a key.
 */
static Jsonb *
junction_row(InstanceCall *call, Jsonb *defaults)
{
	Targets		one;
	char	   *no_key = NULL;
	Jsonb	   *no_data = NULL;
	List	   *fields = NIL;
	Datum	   *elems;
	int			n;

	one.is_null = false;
	one.count = 1;
	one.keys = &no_key;
	one.through = &no_data;
	deconstruct_array(DatumGetArrayTypeP(targets_through_rows(&one, call, defaults, &fields)),
					  JSONBOID, -1, false, TYPALIGN_INT, &elems, NULL, &n);
	return DatumGetJsonbP(elems[0]);
}

/*
 * instance_create inserts a new target associated with the instance
 * (foo.createBar(values, {through})) and returns it.
 */
Datum
instance_create(InstanceCall *call, Jsonb *values, Jsonb *defaults)
{
	JsonbValue	vals;
	char	   *sql;
	Datum		result;
	bool		isnull;

	jv_from_jsonb(values, &vals);
	jv_require_object(&vals, "create_associated values");
	sql = instance_create_sql(call, &call->params, &vals,
							  call->as->through != NULL ? junction_row(call, defaults) : NULL);
	exec_begin();
	lock_and_check(call, OP_CREATE, 0);
	run(call, sql, false, SPI_OK_SELECT);
	if (SPI_processed != 1)
		elog(ERROR, "create_associated returned %lu rows", (unsigned long) SPI_processed);
	result = exec_result_copy(0, 1, &isnull);
	exec_end();
	return result;
}
