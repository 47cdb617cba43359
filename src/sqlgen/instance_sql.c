/*
 * src/sqlgen/instance_sql.c
 *
 * The SQL of the instance functions, per association kind and operation
 * (Sequelize v6's mixins, with scopes).  Aliases: s = source, t = target,
 * j = junction.  $1 is always the instance key; targets are one array
 * parameter; junction data one jsonb[] parameter, read with
 * jsonb_populate_record.  Every mutator is two statements: the lock
 * statement (instance_lock_sql) takes row locks in a fixed order — the
 * source row first, then the targets in key order — and counts what exists;
 * the write statement then changes only what must change.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"

#include "catalog/distribution.h"
#include "catalog/include.h"
#include "sqlgen/insert.h"
#include "sqlgen/instance_sql.h"
#include "options/json_util.h"
#include "sqlgen/row_json.h"
#include "sqlgen/sql_ops.h"
#include "utils/lsyscache.h"
#include "utils/typcache.h"

/* is_has returns whether the key lives on the target (hasOne, hasMany). */
static bool
is_has(Association *as)
{
	return as->kind == ASSOC_HAS_ONE || as->kind == ASSOC_HAS_MANY;
}

/* instance_eq returns the operator comparing a column with the instance key $1. */
static const char *
instance_eq(const InstanceCall *call)
{
	return sql_eq_op(call->instance_key->type_oid);
}

/* target_eq returns the operator comparing target keys. */
static const char *
target_eq(const InstanceCall *call)
{
	return sql_eq_op(call->target_key->type_oid);
}

/* append_scope_match appends " AND (scope)" over model as alias, if any. */
void
append_scope_match(StringInfo buf, const InstanceCall *call, WhereParams *params, Model *model, const char *alias,
				   Jsonb *scope)
{
	where_append_and(buf, model, alias, scope, params);
}

/* append_scope_assignments appends ", col = $n" for each plain scope value. */
static void
append_scope_assignments(StringInfo buf, const InstanceCall *call, WhereParams *params)
{
	ListCell   *lc;

	foreach(lc, scope_insert_extras(call->target, call->as->scope, params, NIL))
	{
		InsertExtra *e = lfirst(lc);

		appendStringInfo(buf, ", %s = %s", quote_identifier(e->attr->field), e->expr);
	}
}

/*
 * append_from appends FROM (with more_from, e.g. a lateral record, after the
 * tables) and the WHERE that ties targets to the instance.
 */
static void
append_from(StringInfo buf, const InstanceCall *call, WhereParams *params, const char *more_from)
{
	Association *as = call->as;

	switch (as->kind)
	{
		case ASSOC_BELONGS_TO:
			appendStringInfo(buf, " FROM %s s JOIN %s t ON %s %s %s%s WHERE %s %s $1",
							 model_qualified_table(call->source), model_qualified_table(call->target),
							 sql_column("t", call->target, as->target_key), sql_attr_eq(call->target, as->target_key),
							 sql_column("s", call->source, as->foreign_key), more_from,
							 sql_column("s", call->source, call->instance_key->name), instance_eq(call));
			break;
		case ASSOC_HAS_ONE:
		case ASSOC_HAS_MANY:
			appendStringInfo(buf, " FROM %s t%s WHERE %s %s $1", model_qualified_table(call->target),
							 more_from, sql_column("t", call->target, as->foreign_key), instance_eq(call));
			append_scope_match(buf, call, params, call->target, "t", as->scope);
			break;
		case ASSOC_BELONGS_TO_MANY:
			appendStringInfo(buf, " FROM %s j JOIN %s t ON %s %s %s%s WHERE %s %s $1",
							 model_qualified_table(as->through), model_qualified_table(call->target),
							 sql_column("t", call->target, as->target_key), sql_attr_eq(call->target, as->target_key),
							 sql_column("j", as->through, as->other_key), more_from,
							 sql_column("j", as->through, as->foreign_key), instance_eq(call));
			append_scope_match(buf, call, params, as->through, "j", as->through_scope);
			append_scope_match(buf, call, params, call->target, "t", as->scope);
			break;
	}
}

/* instance_read_sql returns the SELECT of get, count or has. */
char *
instance_read_sql(const InstanceCall *call, WhereParams *params, InstanceOp op, GetterOptions *opts, int targets_param)
{
	StringInfoData buf;
	Association *as = call->as;

	initStringInfo(&buf);
	switch (op)
	{
		case OP_GET:
			{
				/*
				 * The target's record has columns named like the attributes,
				 * so it is made in a subquery: a string where sees only t
				 * and j (and the junction record's columns, named like j's).
				 */
				List	   *fields = row_json_fields(call->target, "t", opts->attrs);
				StringInfoData junction;

				initStringInfo(&junction);
				if (as->through != NULL && opts->join_attrs != NIL)
				{
					List	   *jfields = row_json_fields(as->through, "j", opts->join_attrs);

					append_record_lateral(&junction, jfields, "jx");
					fields = lappend(fields, json_field(as->through->name, record_value(jfields, "jx")));
				}
				fields = list_concat(fields, include_fields(call->target, "t", opts->includes, params));
				appendStringInfo(&buf, "SELECT %s FROM (SELECT ", record_json(fields, "x"));
				append_record_columns(&buf, fields);
				append_from(&buf, call, params, junction.data);
				appendStringInfo(&buf, "%s%s%s%s", opts->where_sql,
								 include_required_sql(call->target, "t", opts->includes, params),
								 opts->order_sql, opts->limit_sql);
				if (!opts->has_limit && (as->kind == ASSOC_BELONGS_TO || as->kind == ASSOC_HAS_ONE))
					appendStringInfoString(&buf, " LIMIT 1");
				appendStringInfoString(&buf, ") x");
			}
			break;
		case OP_COUNT:
			appendStringInfoString(&buf, "SELECT pg_catalog.count(*)");
			append_from(&buf, call, params, "");
			appendStringInfoString(&buf, opts->where_sql);
			break;
		case OP_HAS:
			/*
			 * No given target that is not associated: a probe of the
			 * indexes per target, without the sorts of counting distinct
			 * keys.  The targets are read from their table even for
			 * belongsToMany: a target the caller's row-level security hides
			 * is not associated for that caller, whatever the junction says.
			 */
			appendStringInfo(&buf, "SELECT NOT EXISTS (SELECT 1 FROM pg_catalog.unnest($%d) AS x(k)"
							 " WHERE NOT EXISTS (SELECT 1", targets_param);
			append_from(&buf, call, params, "");
			appendStringInfo(&buf, " AND %s %s x.k))",
							 sql_column("t", call->target, call->target_key->name), target_eq(call));
			break;
		default:
			elog(ERROR, "not a read operation");
	}
	return buf.data;
}

/*
 * instance_turn_sql returns the statement that makes callers replacing the
 * associations of one instance (set, hasOne's create_associated) take
 * turns: a transaction advisory lock on the instance.  It runs on its own,
 * before the lock statement, so that the lock statement's snapshot is taken
 * after the turn is ours and sees what the previous holder committed.
 */
char *
instance_turn_sql(const InstanceCall *call)
{
	return psprintf("SELECT pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended("
					"%s OPERATOR(pg_catalog.||) $1::pg_catalog.text, 0))",
					quote_literal_cstr(psprintf("association %u %s:", call->as->source->relid,
												call->as->name)));
}

/* instance_takes_turns returns whether op replaces the instance's associations. */
bool
instance_takes_turns(const InstanceCall *call, InstanceOp op)
{
	return op == OP_SET || (op == OP_CREATE && call->as->kind == ASSOC_HAS_ONE);
}

/*
 * instance_lock_sql returns the check-and-lock statement of a mutator.  It
 * returns how many instances exist, how many distinct targets exist and
 * how many distinct targets were given, all as the caller sees them (so a
 * row hidden by row-level security does not exist), and, when the targets'
 * own key column changes (hasOne, hasMany), locks the target rows in key
 * order, with those that set will un-associate.  The source row itself is
 * only read: locking it would need UPDATE rights on a table the operation
 * does not change.
 */
char *
instance_lock_sql(const InstanceCall *call, WhereParams *params, InstanceOp op, int targets_param)
{
	StringInfoData buf;
	Association *as = call->as;
	char	   *tk;

	initStringInfo(&buf);
	appendStringInfo(&buf, "SELECT (SELECT pg_catalog.count(*) FROM %s s WHERE %s %s $1)",
					 model_qualified_table(call->source),
					 sql_column("s", call->source, call->instance_key->name), instance_eq(call));
	if (targets_param == 0)
		return buf.data;
	tk = sql_column("t", call->target, call->target_key->name);
	if (!is_has(as))
		appendStringInfo(&buf, ", (SELECT pg_catalog.count(*) FROM %s t WHERE %s %s ANY ($%d))",
						 model_qualified_table(call->target), tk, target_eq(call), targets_param);
	else
	{
		appendStringInfo(&buf,
						 ", (SELECT pg_catalog.count(*) FILTER (WHERE y.hit) FROM (SELECT %s %s ANY ($%d) AS hit"
						 " FROM %s t WHERE %s %s ANY ($%d)",
						 tk, target_eq(call), targets_param, model_qualified_table(call->target),
						 tk, target_eq(call), targets_param);
		if (op == OP_SET)
		{
			/* the targets that set will un-associate are locked in the same order */
			appendStringInfo(&buf, " OR (%s %s $1", sql_column("t", call->target, as->foreign_key),
							 instance_eq(call));
			append_scope_match(&buf, call, params, call->target, "t", as->scope);
			appendStringInfoChar(&buf, ')');
		}
		/* Citus locks rows of one shard only: there the update itself locks them */
		if (!call->target->on_citus)
			appendStringInfo(&buf, " ORDER BY %s FOR NO KEY UPDATE OF t", tk);
		appendStringInfoString(&buf, ") y)");
	}
	appendStringInfo(&buf, ", (SELECT pg_catalog.count(DISTINCT k) FROM pg_catalog.unnest($%d) k)",
					 targets_param);
	return buf.data;
}

/* append_field_list appends ", c1, c2" (prefix alias. when given). */
static void
append_field_list(StringInfo buf, const char *alias, List *fields)
{
	ListCell   *lc;

	foreach(lc, fields)
		appendStringInfo(buf, ", %s%s%s", alias ? alias : "", alias ? "." : "",
						 quote_identifier(((ModelAttr *) lfirst(lc))->field));
}

/*
 * given_value returns the value of junction column a for one target: the
 * target's data when it names the column, else fallback (the column's
 * default for a new row, its current value for an existing one).  The list
 * of columns is shared by all targets of a call, but each target's data
 * names only some of them.
 */
static char *
given_value(ModelAttr *a, const char *fallback)
{
	return psprintf("CASE WHEN x.d OPERATOR(pg_catalog.?) %s THEN r.%s ELSE %s END",
					quote_literal_cstr(a->field), quote_identifier(a->field), fallback);
}

/* append_junction_rows appends the FROM over targets and their data. */
static void
append_junction_rows(StringInfo buf, const InstanceCall *call, WhereParams *params, int targets_param, int through_param,
					 List *fields)
{
	if (fields != NIL)
		appendStringInfo(buf, " FROM ROWS FROM (pg_catalog.unnest($%d), pg_catalog.unnest($%d)) AS x(k, d)"
						 " CROSS JOIN LATERAL pg_catalog.jsonb_populate_record(NULL::%s, x.d) r",
						 targets_param, through_param, model_qualified_table(call->as->through));
	else
		appendStringInfo(buf, " FROM pg_catalog.unnest($%d) AS x(k)", targets_param);
}

/*
 * instance_junction_skips_conflicts returns whether adding junction rows
 * may leave a pair already there to ON CONFLICT DO NOTHING (a concurrent
 * caller added it): only when the junction has a unique key on the two keys
 * and no through scope.  With a through scope, a row with the same pair
 * belongs to another association sharing the junction, and the conflict is
 * a real one (23505, as in Sequelize); adds then take per-pair locks
 * instead (instance_pair_lock_sql), as they do on a junction without a key.
 */
bool
instance_junction_skips_conflicts(const InstanceCall *call)
{
	return call->as->junction_unique && call->as->through_scope == NULL;
}

/*
 * instance_pair_lock_sql returns the statement that serializes callers
 * adding the same pairs to a junction table that has no unique key over its
 * two keys (an adopted table): one transaction advisory lock per pair, taken
 * in one order, keyed by the pair's values in the junction's column order so
 * that both directions of a paired belongsToMany take the same lock.  It
 * runs before the insert, whose NOT EXISTS then sees what the previous
 * holder committed.
 */
char *
instance_pair_lock_sql(const InstanceCall *call, WhereParams *params, int targets_param)
{
	Association *as = call->as;
	Model	   *jm = as->through;
	bool		source_first = get_attnum(jm->relid, model_find_attr(jm, as->foreign_key)->field) <
		get_attnum(jm->relid, model_find_attr(jm, as->other_key)->field);

	return psprintf("SELECT pg_catalog.pg_advisory_xact_lock(h) FROM (SELECT DISTINCT "
					"pg_catalog.hashtextextended(%s OPERATOR(pg_catalog.||) %s OPERATOR(pg_catalog.||) "
					"':' OPERATOR(pg_catalog.||) %s, 0) AS h FROM pg_catalog.unnest($%d) k) p ORDER BY h",
					quote_literal_cstr(psprintf("association pair %u:", jm->relid)),
					source_first ? "$1::pg_catalog.text" : "k::pg_catalog.text",
					source_first ? "k::pg_catalog.text" : "$1::pg_catalog.text", targets_param);
}

/*
 * append_junction_add appends the statement that adds junction rows for the
 * targets: new pairs are inserted (in key order, so concurrent callers take
 * locks the same way round) with their timestamps, existing pairs get the
 * junction data given for them when it differs, and nothing else changes.
 * ctes holds earlier CTEs (set's delete).
 */
static void
append_junction_add(StringInfo buf, const InstanceCall *call, WhereParams *params, StringInfo ctes, int targets_param,
					int through_param, List *fields)
{
	Association *as = call->as;
	Model	   *jm = as->through;
	ModelAttr  *fka = model_find_attr(jm, as->foreign_key);
	ModelAttr  *oka = model_find_attr(jm, as->other_key);
	const char *fk = quote_identifier(fka->field);
	const char *ok = quote_identifier(oka->field);
	List	   *stamps = model_timestamp_attrs(jm);
	ListCell   *lc;
	/*
	 * On Citus, a junction distributed by the instance's key gets its rows
	 * from the instance's own row: an INSERT ... SELECT from a co-located
	 * table on its distribution column is sent to the one shard that holds
	 * it, where one from an array alone would go through the coordinator.
	 * (Not after common table expressions: Citus would send them to the
	 * shard unchanged.)
	 */
	bool		via_source = jm->on_citus && jm->distribution == DIST_HASH &&
		strcmp(jm->dist_column, as->foreign_key) == 0 && ctes->len == 0 && fields == NIL;
	const char *key = via_source ? sql_column("s", call->source, call->instance_key->name) : "$1";

	if (fields != NIL)
	{
		StringInfoData changed;

		initStringInfo(&changed);
		appendStringInfo(ctes, "%supd AS (UPDATE %s j SET ", ctes->len ? ", " : "",
						 model_qualified_table(jm));
		foreach(lc, fields)
		{
			ModelAttr  *a = lfirst(lc);
			char	   *cur = psprintf("j.%s", quote_identifier(a->field));
			char	   *value = given_value(a, cur);

			appendStringInfo(ctes, "%s%s = %s", lc == list_head(fields) ? "" : ", ",
							 quote_identifier(a->field), value);
			appendStringInfoString(&changed, changed.len ? " OR " : "");
			if (OidIsValid(lookup_type_cache(a->type_oid, TYPECACHE_EQ_OPR)->eq_opr))
				sql_append_distinct(&changed, cur, value, a->type_oid);
			else
				appendStringInfoString(&changed, "TRUE");	/* no equality: always write */
		}
		appendStringInfoString(ctes, model_touch_sql(jm));
		append_junction_rows(ctes, call, params, targets_param, through_param, fields);
		appendStringInfo(ctes, " WHERE j.%s %s $1 AND j.%s %s x.k", fk, sql_eq_op(fka->type_oid),
						 ok, sql_eq_op(oka->type_oid));
		append_scope_match(ctes, call, params, jm, "j", as->through_scope);
		appendStringInfo(ctes, " AND (%s) RETURNING 1)", changed.data);
	}
	if (ctes->len > 0)
		appendStringInfo(buf, "WITH %s ", ctes->data);
	appendStringInfo(buf, "INSERT INTO %s (%s, %s", model_qualified_table(jm), fk, ok);
	foreach(lc, fields)
		appendStringInfo(buf, ", %s", quote_identifier(((ModelAttr *) lfirst(lc))->field));
	foreach(lc, stamps)
		if (!list_member_ptr(fields, lfirst(lc)))
			appendStringInfo(buf, ", %s", quote_identifier(((ModelAttr *) lfirst(lc))->field));
	appendStringInfo(buf, ") SELECT DISTINCT ON (x.k) %s, x.k", key);
	foreach(lc, fields)
	{
		ModelAttr  *a = lfirst(lc);

		appendStringInfo(buf, ", %s", given_value(a, a->default_sql ? a->default_sql : "NULL"));
	}
	foreach(lc, stamps)
		if (!list_member_ptr(fields, lfirst(lc)))
			appendStringInfoString(buf, ", pg_catalog.now()");
	append_junction_rows(buf, call, params, targets_param, through_param, fields);
	if (via_source)
		appendStringInfo(buf, " CROSS JOIN %s s WHERE %s %s $1", model_qualified_table(call->source),
						 key, instance_eq(call));
	else
		appendStringInfoString(buf, " WHERE TRUE");
	if (instance_junction_skips_conflicts(call))
	{
		/*
		 * A pair already there is skipped by its unique index, probed once
		 * (as the arbiter): a NOT EXISTS before it would probe again, and a
		 * generic plan may read all of the instance's pairs for it.  Its
		 * BEFORE INSERT triggers run and its defaults are evaluated, as for
		 * any INSERT ... ON CONFLICT DO NOTHING.
		 */
		appendStringInfo(buf, " ORDER BY x.k ON CONFLICT (%s, %s) DO NOTHING", fk, ok);
		return;
	}
	appendStringInfo(buf, " AND NOT EXISTS (SELECT 1 FROM %s j WHERE j.%s %s %s AND j.%s %s x.k",
					 model_qualified_table(jm), fk, sql_eq_op(fka->type_oid), key, ok,
					 sql_eq_op(oka->type_oid));
	append_scope_match(buf, call, params, jm, "j", as->through_scope);
	appendStringInfoString(buf, ") ORDER BY x.k");
}

/*
 * append_has_add appends the UPDATE that points targets at the instance
 * (with the scope's values and a new updatedAt); with only_new (set) it
 * skips those already associated.
 */
static void
append_has_add(StringInfo buf, const InstanceCall *call, WhereParams *params, int targets_param,
			   bool only_new)
{
	Association *as = call->as;
	char	   *fk = sql_column("t", call->target, as->foreign_key);

	appendStringInfo(buf, "UPDATE %s t SET %s = $1", model_qualified_table(call->target),
					 sql_field(call->target, as->foreign_key));
	append_scope_assignments(buf, call, params);
	appendStringInfoString(buf, model_touch_sql(call->target));
	appendStringInfo(buf, " WHERE %s %s ANY ($%d)",
					 sql_column("t", call->target, call->target_key->name), target_eq(call), targets_param);
	if (!only_new)
		return;
	appendStringInfo(buf, " AND (%s %s $1", fk, instance_eq(call));
	append_scope_match(buf, call, params, call->target, "t", as->scope);
	appendStringInfoString(buf, ") IS NOT TRUE");
}

/*
 * instance_write_sql returns the write statement of set, add or remove:
 * targets_param is the array of target keys (for belongsTo, the one key or
 * null).  through_fields are the junction columns the jsonb[] parameter sets.
 * Every UPDATE of a model's table also sets its updatedAt, as Sequelize
 * does, so that tables whose timestamps have no default work too.
 */
char *
instance_write_sql(const InstanceCall *call, WhereParams *params, InstanceOp op, int targets_param, int through_param,
				   List *through_fields, bool have_through)
{
	StringInfoData buf;
	StringInfoData ctes;
	Association *as = call->as;

	initStringInfo(&buf);
	initStringInfo(&ctes);
	if (as->kind == ASSOC_BELONGS_TO)
	{
		char	   *fk = sql_column("s", call->source, as->foreign_key);
		char	   *target = psprintf("$%d", targets_param);

		Assert(op == OP_SET);
		appendStringInfo(&buf, "UPDATE %s s SET %s = %s%s WHERE %s %s $1 AND ",
						 model_qualified_table(call->source), sql_field(call->source, as->foreign_key),
						 target, model_touch_sql(call->source),
						 sql_column("s", call->source, call->instance_key->name), instance_eq(call));
		sql_append_distinct(&buf, fk, target, call->target_key->type_oid);
		return buf.data;
	}
	if (is_has(as))
	{
		char	   *fk = sql_column("t", call->target, as->foreign_key);
		char	   *pk = sql_column("t", call->target, call->target_key->name);

		switch (op)
		{
			case OP_REMOVE:
				/* the scope applies: a target outside it is not associated (v6 forgets this) */
				appendStringInfo(&buf, "UPDATE %s t SET %s = NULL%s WHERE %s %s $1 AND %s %s ANY ($%d)",
								 model_qualified_table(call->target), sql_field(call->target, as->foreign_key),
								 model_touch_sql(call->target), fk, instance_eq(call), pk,
								 target_eq(call), targets_param);
				append_scope_match(&buf, call, params, call->target, "t", as->scope);
				return buf.data;
			case OP_SET:
				appendStringInfo(&buf, "WITH unlink AS (UPDATE %s t SET %s = NULL%s WHERE %s %s $1",
								 model_qualified_table(call->target), sql_field(call->target, as->foreign_key),
								 model_touch_sql(call->target), fk, instance_eq(call));
				append_scope_match(&buf, call, params, call->target, "t", as->scope);
				appendStringInfo(&buf, " AND %s %s ALL ($%d) RETURNING 1) ", pk,
								 sql_ne_op(call->target_key->type_oid), targets_param);
				append_has_add(&buf, call, params, targets_param, true);
				return buf.data;
			default:
				/* add updates every target, associated or not, as Sequelize's add does */
				append_has_add(&buf, call, params, targets_param, false);
				return buf.data;
		}
	}

	/* belongsToMany */
	switch (op)
	{
		case OP_REMOVE:
			appendStringInfo(&buf, "DELETE FROM %s j WHERE %s %s $1 AND %s %s ANY ($%d)",
							 model_qualified_table(as->through), sql_column("j", as->through, as->foreign_key),
							 instance_eq(call), sql_column("j", as->through, as->other_key),
							 sql_attr_eq(as->through, as->other_key), targets_param);
			append_scope_match(&buf, call, params, as->through, "j", as->through_scope);
			return buf.data;
		case OP_SET:
			appendStringInfo(&ctes, "del AS (DELETE FROM %s j WHERE %s %s $1 AND %s %s ALL ($%d)",
							 model_qualified_table(as->through), sql_column("j", as->through, as->foreign_key),
							 instance_eq(call), sql_column("j", as->through, as->other_key),
							 sql_ne_op(model_find_attr(as->through, as->other_key)->type_oid),
							 targets_param);
			append_scope_match(&ctes, call, params, as->through, "j", as->through_scope);
			if (as->scope != NULL)
			{
				/* set only touches rows inside the target scope */
				appendStringInfo(&ctes, " AND EXISTS (SELECT 1 FROM %s t WHERE %s %s %s",
								 model_qualified_table(call->target), sql_column("t", call->target, as->target_key),
								 sql_attr_eq(call->target, as->target_key), sql_column("j", as->through, as->other_key));
				append_scope_match(&ctes, call, params, call->target, "t", as->scope);
				appendStringInfoChar(&ctes, ')');
			}
			appendStringInfoString(&ctes, " RETURNING 1)");
			append_junction_add(&buf, call, params, &ctes, targets_param, through_param,
								have_through ? through_fields : NIL);
			return buf.data;
		default:
			append_junction_add(&buf, call, params, &ctes, targets_param, through_param,
								have_through ? through_fields : NIL);
			return buf.data;
	}
}

/*
 * instance_checks_in_add returns whether add can check and write in one
 * statement (instance_checked_add_sql): a belongsToMany whose junction
 * leaves pairs already there to ON CONFLICT (so no pair locks come first),
 * without junction data, whose targets are named by a unique key, outside
 * Citus.
 */
bool
instance_checks_in_add(const InstanceCall *call, bool have_through)
{
	Association *as = call->as;

	return as->kind == ASSOC_BELONGS_TO_MANY && instance_junction_skips_conflicts(call) &&
		!have_through && as->target_ref_unique && call->target_key != NULL &&
		!call->params.plan_per_call;
}

/*
 * instance_checked_add_sql returns add's one statement where
 * instance_checks_in_add allows it.  The targets that exist, as the caller
 * sees them, are read once by their unique key (x), the instance's
 * existence once (e); the pairs are inserted only if the instance exists,
 * and the statement returns whether it does beside the key of each target
 * found (one row with a NULL key when none is).  The caller reports what
 * is missing, and its error undoes the insert.  Checking within the insert
 * saves a statement, which is a third of a single add; reading the targets
 * by key, not as a semi-join of the keys given, keeps a generic plan (made
 * for ten keys) from scanning the whole target table.
 */
char *
instance_checked_add_sql(const InstanceCall *call, WhereParams *params, int targets_param)
{
	StringInfoData buf;
	Association *as = call->as;
	Model	   *jm = as->through;
	const char *fk = quote_identifier(model_find_attr(jm, as->foreign_key)->field);
	const char *ok = quote_identifier(model_find_attr(jm, as->other_key)->field);
	char	   *tk = sql_column("t", call->target, call->target_key->name);
	List	   *stamps = model_timestamp_attrs(jm);
	ListCell   *lc;

	initStringInfo(&buf);
	appendStringInfo(&buf, "WITH x AS (SELECT %s AS k FROM %s t WHERE %s %s ANY ($%d)),"
					 " e AS (SELECT EXISTS (SELECT 1 FROM %s s WHERE %s %s $1) AS found),"
					 " ins AS (INSERT INTO %s (%s, %s",
					 tk, model_qualified_table(call->target), tk, target_eq(call), targets_param,
					 model_qualified_table(call->source),
					 sql_column("s", call->source, call->instance_key->name), instance_eq(call),
					 model_qualified_table(jm), fk, ok);
	foreach(lc, stamps)
		appendStringInfo(&buf, ", %s", quote_identifier(((ModelAttr *) lfirst(lc))->field));
	appendStringInfoString(&buf, ") SELECT $1, x.k");
	foreach(lc, stamps)
		appendStringInfoString(&buf, ", pg_catalog.now()");
	appendStringInfo(&buf, " FROM x, e WHERE e.found ORDER BY x.k ON CONFLICT (%s, %s) DO NOTHING)"
					 " SELECT e.found, x.k FROM e LEFT JOIN x ON TRUE", fk, ok);
	return buf.data;
}

/*
 * instance_create_sql returns the statement of create_associated: the new
 * target is inserted with the key and scope values the association sets,
 * and for belongsTo the source then points at it, for belongsToMany a
 * junction row joins them.  It returns the new target as json.
 */
char *
instance_create_sql(const InstanceCall *call, WhereParams *params, const JsonbValue *values, Jsonb *through_row)
{
	StringInfoData buf;
	Association *as = call->as;
	List	   *extras = NIL;
	InsertExtra *key;

	initStringInfo(&buf);
	if (is_has(as))
	{
		key = palloc(sizeof(InsertExtra));
		key->attr = model_find_attr(call->target, as->foreign_key);
		key->expr = "$1";
		extras = scope_insert_extras(call->target, as->scope, params, list_make1(key));
		if (as->kind == ASSOC_HAS_ONE && distribution_fixed_holder(as) == NULL)
		{
			/*
			 * the one target this instance had stops being its target (not
			 * when its key cannot change on Citus: then, as Sequelize's
			 * createX does, the new one is added)
			 */
			appendStringInfo(&buf, "unlink AS (UPDATE %s t SET %s = NULL%s WHERE %s %s $1",
							 model_qualified_table(call->target), sql_field(call->target, as->foreign_key),
							 model_touch_sql(call->target), sql_column("t", call->target, as->foreign_key),
							 instance_eq(call));
			append_scope_match(&buf, call, params, call->target, "t", as->scope);
			appendStringInfoString(&buf, " RETURNING 1)");
		}
		return insert_returning_json(call->target, buf.len ? buf.data : NULL,
									 insert_sql(call->target, values, params, extras));
	}
	if (as->kind == ASSOC_BELONGS_TO)
	{
		appendStringInfo(&buf, "WITH ins AS (%s RETURNING *), upd AS (UPDATE %s s SET %s = ins.%s%s FROM ins WHERE %s %s $1 RETURNING 1) SELECT ",
						 insert_sql(call->target, values, params, NIL),
						 model_qualified_table(call->source), sql_field(call->source, as->foreign_key),
						 sql_field(call->target, as->target_key), model_touch_sql(call->source),
						 sql_column("s", call->source, call->instance_key->name), instance_eq(call));
		append_row_json(&buf, call->target, "ins", call->target->attrs);
		appendStringInfoString(&buf, " FROM ins");
		return buf.data;
	}
	extras = scope_insert_extras(call->target, as->scope, params, NIL);
	appendStringInfo(&buf, "WITH ins AS (%s RETURNING *), jn AS (INSERT INTO %s (%s, %s",
					 insert_sql(call->target, values, params, extras),
					 model_qualified_table(as->through), sql_field(as->through, as->foreign_key),
					 sql_field(as->through, as->other_key));
	{
		JsonbValue	row;
		List	   *fields = NIL;
		List	   *stamps = NIL;
		ListCell   *lc;

		jv_from_jsonb(through_row, &row);
		foreach(lc, jv_object_pairs(&row))
			fields = lappend(fields, model_find_field(as->through, ((JsonPair *) lfirst(lc))->key));
		foreach(lc, model_timestamp_attrs(as->through))
			if (!list_member_ptr(fields, lfirst(lc)))
				stamps = lappend(stamps, lfirst(lc));
		append_field_list(&buf, NULL, fields);
		append_field_list(&buf, NULL, stamps);
		appendStringInfo(&buf, ") SELECT $1, ins.%s", sql_field(call->target, as->target_key));
		append_field_list(&buf, "r", fields);
		foreach(lc, stamps)
			appendStringInfoString(&buf, ", pg_catalog.now()");
		appendStringInfo(&buf, " FROM ins CROSS JOIN LATERAL pg_catalog.jsonb_populate_record(NULL::%s, $%d) r RETURNING *) SELECT ",
						 model_qualified_table(as->through),
						 where_add_param(params, JSONBOID, -1,
										 JsonbToCString(NULL, &through_row->root, VARSIZE(through_row))));
	}
	/* the target alone, as Sequelize's createTarget returns it */
	append_row_json(&buf, call->target, "ins", call->target->attrs);
	appendStringInfoString(&buf, " FROM ins, jn");
	return buf.data;
}
