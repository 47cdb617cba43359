/*
 * src/sqlgen/sync_plan.c
 *
 * The plan of sync(), sync_sql() and drop_all(): the DDL that makes the
 * database match the registry, computed from the registry and the system
 * catalogs (which tables exist, which columns, foreign keys, indexes and
 * views they have), as a list of statements and the objects to record in
 * association.sync_objects once they ran (src/ops/sync_run.c runs them).
 * Running the plan leaves nothing to do, so a second sync() plans nothing.
 *
 * A call covers the caller's own declarations; a superuser's covers every
 * role's.  Each statement runs with the rights of the role that declared
 * what it makes — a superuser's sync of another role's models does exactly
 * what that role's own sync would, and nothing a declaration says ever runs
 * with the superuser's rights.  Another role's declaration that does not
 * resolve makes a superuser's sync skip that role with a warning; the
 * caller's own is an error.
 */
#include "postgres.h"

#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "parser/parse_oper.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "catalog/inspect.h"
#include "catalog/lookup.h"
#include "catalog/model_resolve.h"
#include "naming/inflect_cache.h"
#include "naming/toposort.h"
#include "sqlgen/ddl.h"
#include "sqlgen/sql_ops.h"
#include "sqlgen/sync_plan.h"

/* caller_name returns the name of the role the call runs as. */
static char *
caller_name(void)
{
	return GetUserNameFromId(GetUserId(), false);
}

/* list_member_str returns whether list (of char *) holds s. */
static bool
list_member_str(List *list, const char *s)
{
	ListCell   *lc;

	foreach(lc, list)
		if (strcmp(lfirst(lc), s) == 0)
			return true;
	return false;
}

/* add_owner appends owner to *owners once. */
static void
add_owner(List **owners, const char *owner)
{
	if (!list_member_str(*owners, owner))
		*owners = lappend(*owners, pstrdup(owner));
}

/*
 * covered_owners returns the roles a call of sync or drop_all acts for: the
 * caller; for a superuser, every role with declarations, except those with
 * a declaration that does not resolve (skipped with a warning).  A
 * declaration of the caller's own that does not resolve is an error.
 */
static List *
covered_owners(Registry *reg)
{
	char	   *caller = caller_name();
	List	   *owners = NIL;
	List	   *skipped = NIL;
	ListCell   *lc;

	foreach(lc, reg->broken)
	{
		BrokenDecl *b = lfirst(lc);

		if (strcmp(b->owner, caller) == 0)
			registry_report_broken(b);
	}
	if (!superuser())
		return list_make1(caller);
	foreach(lc, reg->broken)
	{
		BrokenDecl *b = lfirst(lc);

		if (!list_member_str(skipped, b->owner))
		{
			ereport(WARNING,
					(errcode(b->error->sqlerrcode),
					 errmsg("skipping the declarations of role \"%s\": %s of model \"%s\" does not resolve: %s",
							b->owner, b->is_model ? "the declaration" : psprintf("association \"%s\"", b->name),
							b->model, b->error->message),
					 errhint("Role \"%s\" can fix it, or remove it with association.%s.", b->owner,
							 b->is_model ? psprintf("drop_model('%s')", b->model)
							 : psprintf("drop_association('%s', '%s')", b->model, b->name))));
			skipped = lappend(skipped, b->owner);
		}
	}
	add_owner(&owners, caller);
	foreach(lc, reg->models)
		add_owner(&owners, ((Model *) lfirst(lc))->owner);
	foreach(lc, reg->associations)
		add_owner(&owners, ((Association *) lfirst(lc))->owner);
	foreach(lc, owners)
		if (list_member_str(skipped, lfirst(lc)))
			owners = foreach_delete_current(owners, lc);
	return owners;
}

/* tracked returns what an earlier sync recorded for an object of a role the plan covers. */
static SyncRecord *
tracked(SyncPlan *plan, const char *type, const char *schema, const char *table,
		const char *object)
{
	return sync_objects_find(plan->tracked, plan->owners, type, schema, table, object);
}

/* covers returns whether the plan acts for role owner. */
static bool
covers(SyncPlan *plan, const char *owner)
{
	return list_member_str(plan->owners, owner);
}

/* plan_act_as makes the statements added next run as role owner. */
static void
plan_act_as(SyncPlan *plan, const char *owner, Oid owner_oid)
{
	plan->acting_name = (char *) owner;
	plan->acting = owner_oid;
}

/* statement_new returns sql to run as the plan's acting role. */
static SyncStatement *
statement_new(SyncPlan *plan, char *sql)
{
	SyncStatement *st = palloc(sizeof(SyncStatement));

	st->sql = sql;
	st->query = strncmp(sql, "SELECT ", 7) == 0;
	st->setting = strncmp(sql, "SET LOCAL ", 10) == 0;
	st->role = plan->acting;
	st->role_name = plan->acting_name;
	return st;
}

/* plan_add adds a statement to the plan. */
static void
plan_add(SyncPlan *plan, char *sql)
{
	plan->statements = lappend(plan->statements, statement_new(plan, sql));
}

/* plan_record notes an object to record in sync_objects once created. */
static void
plan_record(SyncPlan *plan, const char *type, const char *schema, const char *table,
			const char *object, const char *definition)
{
	SyncRecord *r = palloc(sizeof(SyncRecord));

	r->type = type;
	r->schema = pstrdup(schema);
	r->table = pstrdup(table);
	r->object = pstrdup(object);
	r->definition = pstrdup(definition);
	r->owner = pstrdup(plan->acting_name);
	plan->records = lappend(plan->records, r);
}

/* order_models returns the plan's models in creation order, or reports a cycle. */
static List *
order_models(List *models, bool cycles_error, bool *cyclic)
{
	int			n = list_length(models);
	const char **names = palloc(sizeof(char *) * Max(n, 1));
	int		  **deps = palloc(sizeof(int *) * Max(n, 1));
	int		   *ndeps = palloc0(sizeof(int) * Max(n, 1));
	int		   *order = palloc(sizeof(int) * Max(n, 1));
	char	   *error = NULL;
	List	   *result = NIL;
	int			i;

	for (i = 0; i < n; i++)
	{
		Model	   *m = list_nth(models, i);
		ListCell   *la;

		names[i] = m->table;
		deps[i] = palloc(sizeof(int) * Max(list_length(m->attrs), 1));
		foreach(la, m->attrs)
		{
			ModelAttr  *a = lfirst(la);
			int			j;

			if (a->ref_table == NULL)
				continue;
			for (j = 0; j < n; j++)
			{
				Model	   *t = list_nth(models, j);

				if (j != i && strcmp(t->schema, a->ref_schema) == 0 &&
					strcmp(t->table, a->ref_table) == 0)
					deps[i][ndeps[i]++] = j;
			}
		}
	}
	*cyclic = toposort_models(n, names, (const int *const *) deps, ndeps, order, &error,
							  naming_allocator()) != 0;
	if (*cyclic && cycles_error)
	{
		char	   *newline = strchr(error, '\n');

		if (newline != NULL)
			*newline = '\0';
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("%s", error),
				 newline ? errdetail("%s", newline + 1) : 0,
				 errhint("Pass \"constraints\": false to one association of the cycle, or sync without \"cycles\": \"error\" to add those foreign keys after the tables.")));
	}
	for (i = 0; i < n; i++)
		result = lappend(result, list_nth(models, *cyclic ? i : order[i]));
	return result;
}

/*
 * leads_new_key returns whether a leads the primary key or a unique key of
 * the table CREATE TABLE makes for model, so needs no index of its own.
 */
static bool
leads_new_key(Model *model, ModelAttr *a)
{
	List	   *pks = model_primary_keys(model);
	ListCell   *lc;

	if (pks != NIL && linitial(pks) == a)
		return true;
	if (a->unique == NULL)
		return false;
	if (a->unique[0] == '\0')
		return true;
	foreach(lc, model->attrs)
	{
		ModelAttr  *other = lfirst(lc);

		if (other->unique != NULL && strcmp(other->unique, a->unique) == 0)
			return other == a;
	}
	return false;
}

/* index_needed returns whether sync must index managed key a of model. */
static bool
index_needed(Model *model, ModelAttr *a, bool table_exists)
{
	if (!a->managed_fk || !a->index)
		return false;
	if (!table_exists)
		return !leads_new_key(model, a);
	return !inspect_has_leading_index(model->relid, get_attnum(model->relid, a->field));
}

/*
 * plan_table plans one model's table: create it, or add what it lacks.  A
 * foreign key that matches what the declaration wants is kept (and, when
 * sync did not make it, taken over); one of the user's own on that column
 * is left alone.  The updatedAt trigger goes only on tables sync creates: a
 * table another tool made keeps its own ways (the extension's writes set
 * updatedAt themselves either way).
 */
static void
plan_table(SyncPlan *plan, Model *model, bool exists, bool inline_fk, List **deferred_fks)
{
	ListCell   *lc;

	if (!exists)
	{
		plan_add(plan, ddl_create_table(model, inline_fk));
		/* Citus distributes no table with triggers; our writes set updatedAt */
		if (model->updated_at != NULL && model->distribution == DIST_NONE)
			plan_add(plan, ddl_touch_trigger(model));
	}
	foreach(lc, model->attrs)
	{
		ModelAttr  *a = lfirst(lc);
		AttrNumber	attnum = exists ? get_attnum(model->relid, a->field) : InvalidAttrNumber;
		bool		column_exists = attnum != InvalidAttrNumber;

		CHECK_FOR_INTERRUPTS();
		if (exists && !column_exists)
			plan_add(plan, psprintf("ALTER TABLE %s ADD COLUMN %s", model_qualified_table(model),
									ddl_column(model, a, inline_fk, false)));
		if (a->ref_table != NULL)
		{
			char	   *def = ddl_references(a);
			bool		made_inline = inline_fk && (!exists || !column_exists);

			if (!made_inline)
			{
				Oid			fk = column_exists ? inspect_existing_fk(model->relid, attnum) : InvalidOid;
				bool		ours = tracked(plan, "constraint", model->schema,
											   model->table, a->field) != NULL;
				bool		matches = OidIsValid(fk) && inspect_fk_matches(fk, a);

				if (OidIsValid(fk) && ours && !matches)
				{
					plan_add(plan, psprintf("ALTER TABLE %s DROP CONSTRAINT %s",
											model_qualified_table(model),
											quote_identifier(get_constraint_name(fk))));
					fk = InvalidOid;
				}
				if (!OidIsValid(fk))
					*deferred_fks = lappend(*deferred_fks,
											statement_new(plan, ddl_add_fk(model, a)));
				else if (!ours && !matches)
					continue;	/* a foreign key of the user's own: leave it */
			}
			plan_record(plan, "constraint", model->schema, model->table, a->field, def);
		}
		if (index_needed(model, a, exists && column_exists))
			plan_add(plan, ddl_index(model, a));
	}
}

/* owner_oid_of returns the OID of role name (InvalidOid if it is gone). */
static Oid
owner_oid_of(const char *name)
{
	return get_role_oid(name, true);
}

/* plan_stale_constraints drops the tracked keys no declaration wants now. */
static void
plan_stale_constraints(SyncPlan *plan, List *dropped_tables)
{
	ListCell   *lc;

	foreach(lc, plan->tracked)
	{
		SyncRecord *t = lfirst(lc);
		Oid			relid;
		AttrNumber	attnum;
		Oid			fk;
		ListCell   *lr;
		bool		wanted = false;

		if (strcmp(t->type, "constraint") != 0 || !covers(plan, t->owner))
			continue;
		foreach(lr, plan->records)
		{
			SyncRecord *r = lfirst(lr);

			if (strcmp(r->type, t->type) == 0 && strcmp(r->schema, t->schema) == 0 &&
				strcmp(r->table, t->table) == 0 && strcmp(r->object, t->object) == 0)
				wanted = true;
		}
		relid = model_find_table(t->schema, t->table);
		if (wanted || !OidIsValid(relid) || list_member_oid(dropped_tables, relid) ||
			!pg_class_ownercheck(relid, owner_oid_of(t->owner)))
			continue;			/* only what its owner may change: a row may be forged */
		attnum = get_attnum(relid, t->object);
		fk = attnum != InvalidAttrNumber ? inspect_existing_fk(relid, attnum) : InvalidOid;
		if (!OidIsValid(fk))
			continue;
		plan_act_as(plan, t->owner, owner_oid_of(t->owner));
		plan_add(plan, psprintf("ALTER TABLE %s DROP CONSTRAINT %s",
								quote_qualified_identifier(t->schema, t->table),
								quote_identifier(get_constraint_name(fk))));
	}
}

/* planned_table returns whether some model's table is schema.name. */
static bool
planned_table(Registry *reg, const char *schema, const char *name)
{
	ListCell   *lc;

	foreach(lc, reg->models)
	{
		Model	   *m = lfirst(lc);

		if (strcmp(m->schema, schema) == 0 && strcmp(m->table, name) == 0)
			return true;
	}
	return false;
}

/*
 * keys_differ returns, when the view of association as would compare two
 * keys that no = operator compares (a keyType different from the target
 * key's type, with constraints off), why the view cannot be made; else
 * NULL.
 */
static char *
keys_differ(Association *as)
{
	ModelAttr  *key;
	ModelAttr  *ref;
	Operator	op;

	if (as->kind == ASSOC_HAS_ONE || as->kind == ASSOC_HAS_MANY)
		return NULL;			/* the view reads the target's own key */
	key = model_find_attr(as->target, as->target_key);
	ref = as->kind == ASSOC_BELONGS_TO ? model_find_attr(as->source, as->foreign_key)
		: model_find_attr(as->through, as->other_key);
	if (key == NULL || ref == NULL)
		return NULL;
	op = oper(NULL, list_make2(makeString("pg_catalog"), makeString("=")), key->type_oid,
			  ref->type_oid, true, -1);
	if (op != NULL)
	{
		ReleaseSysCache(op);
		return NULL;
	}
	return psprintf("its key \"%s\" (%s) cannot be compared with \"%s\" (%s)",
					ref->name, format_type_be(ref->type_oid), key->name,
					format_type_be(key->type_oid));
}

/*
 * view_decide sets vp->action for one accessor view from the database as
 * it is and the names claimed so far: create it; keep it (ours, unchanged);
 * replace it (ours, changed); take over an identical one made by hand;
 * or, when its default name is taken by another relation, a table this sync
 * creates or another association's view, skip it.  A name given with
 * accessorView that is taken is an error.
 */
static void
view_decide(Registry *reg, ViewPlan *vp, List *claimed, SyncPlan *plan, List *dropped)
{
	Association *as = vp->as;
	const char *schema = as->source->schema;
	SyncRecord *recorded = plan ? tracked(plan, "view", schema, as->view_name, as->view_name) : NULL;
	ListCell   *lc;

	vp->reason = keys_differ(as);
	if (vp->reason != NULL)
	{
		vp->action = VIEW_SKIP;
		return;
	}
	vp->def = accessor_view_sql(as);
	vp->existing = model_find_table(schema, as->view_name);
	if (list_member_oid(dropped, as->source->relid) || list_member_oid(dropped, as->target->relid) ||
		(as->through != NULL && list_member_oid(dropped, as->through->relid)))
		vp->existing = InvalidOid;	/* dropped with its table by force */
	foreach(lc, claimed)
	{
		ViewPlan   *other = lfirst(lc);

		if (strcmp(other->as->view_name, as->view_name) == 0 &&
			strcmp(other->as->source->schema, schema) == 0)
		{
			vp->reason = psprintf("the name is taken by the accessor view of association \"%s\" of model \"%s\"",
									other->as->name, other->as->source->name);
			vp->action = VIEW_SKIP;
			return;
		}
	}
	if (!OidIsValid(vp->existing))
	{
		if (planned_table(reg, schema, as->view_name))
		{
			vp->reason = psprintf("the name is taken by a table this sync creates");
			vp->action = VIEW_SKIP;
			return;
		}
		vp->action = VIEW_CREATE;
		return;
	}
	if (inspect_view_is_ours(vp->existing, as))
	{
		if (recorded != NULL)
			vp->action = strcmp(recorded->definition, vp->def) == 0 ? VIEW_KEEP : VIEW_REPLACE;
		else
			vp->action = inspect_view_matches(vp->existing, vp->def) ? VIEW_KEEP : VIEW_REPLACE;
		return;
	}
	if (recorded != NULL && inspect_view_is_accessor(vp->existing))
	{
		vp->action = VIEW_REPLACE;	/* sync made it for another association */
		return;
	}
	if (inspect_view_matches(vp->existing, vp->def))
	{
		vp->action = VIEW_TAKE_OVER;	/* made by hand from sync_sql(), without its trigger */
		return;
	}
	vp->reason = psprintf("the name is taken by relation %s",
						  quote_qualified_identifier(schema, as->view_name));
	vp->action = VIEW_SKIP;
}

/*
 * sync_view_plans returns what sync does with each association's accessor
 * view (ViewPlan *), in declaration order; names given with accessorView
 * claim theirs before default names.  plan (NULL for describe) gives what
 * earlier syncs made and which roles are covered.
 */
List *
sync_view_plans(Registry *reg, SyncPlan *plan, List *dropped)
{
	List	   *result = NIL;
	List	   *claimed = NIL;
	int			pass;
	ListCell   *lc;

	for (pass = 0; pass < 2; pass++)
	{
		foreach(lc, reg->associations)
		{
			Association *as = lfirst(lc);
			ViewPlan   *vp;

			if (as->view_name == NULL || as->view_explicit != (pass == 0) ||
				(plan != NULL && !covers(plan, as->owner)))
				continue;
			CHECK_FOR_INTERRUPTS();
			vp = palloc0(sizeof(ViewPlan));
			vp->as = as;
			view_decide(reg, vp, claimed, plan, dropped);
			if (vp->action == VIEW_SKIP && as->view_explicit && plan != NULL && vp->def != NULL)
				ereport(ERROR,
						(errcode(ERRCODE_DUPLICATE_OBJECT),
						 errmsg("cannot create accessor view %s of association \"%s\" of model \"%s\": %s",
								quote_qualified_identifier(as->source->schema, as->view_name),
								as->name, as->source->name, vp->reason),
						 errhint("Give the view another name with the association option \"accessorView\", or pass false for none.")));
			if (vp->action != VIEW_SKIP)
				claimed = lappend(claimed, vp);
			result = lappend(result, vp);
		}
	}
	return result;
}

/* plan_views creates, replaces, takes over and drops accessor views. */
static void
plan_views(SyncPlan *plan, Registry *reg, List *dropped)
{
	List	   *views = sync_view_plans(reg, plan, dropped);
	ListCell   *lc;

	foreach(lc, views)
	{
		ViewPlan   *vp = lfirst(lc);
		Association *as = vp->as;
		char	   *view = quote_qualified_identifier(as->source->schema, as->view_name);

		plan_act_as(plan, as->owner, as->owner_oid);
		switch (vp->action)
		{
			case VIEW_SKIP:
				ereport(NOTICE,
						(errmsg("accessor view %s of association \"%s\" of model \"%s\" is not created: %s",
								view, as->name, as->source->name, vp->reason),
						 vp->def == NULL ?
						 errhint("Give the key the type of the key it refers to (option \"keyType\"), or pass \"accessorView\": false.") :
						 errhint("Name the view with the association option \"accessorView\", or pass false for none.")));
				continue;
			case VIEW_REPLACE:
				plan_add(plan, psprintf("DROP VIEW %s", view));
				/* FALLTHROUGH */
			case VIEW_CREATE:
				plan_add(plan, vp->def);
				plan_add(plan, ddl_view_trigger(as));
				break;
			case VIEW_TAKE_OVER:
				plan_add(plan, ddl_view_trigger(as));
				break;
			case VIEW_KEEP:
				break;
		}
		plan_record(plan, "view", as->source->schema, as->view_name, as->view_name, vp->def);
	}

	/* views sync made that no declaration wants any more */
	foreach(lc, plan->tracked)
	{
		SyncRecord *t = lfirst(lc);
		ListCell   *lv;
		bool		still = false;
		Oid			relid;

		if (strcmp(t->type, "view") != 0 || !covers(plan, t->owner))
			continue;
		foreach(lv, views)
		{
			ViewPlan   *vp = lfirst(lv);

			if (vp->action != VIEW_SKIP && strcmp(vp->as->view_name, t->table) == 0 &&
				strcmp(vp->as->source->schema, t->schema) == 0)
				still = true;
		}
		relid = model_find_table(t->schema, t->table);
		if (still || !OidIsValid(relid) || !inspect_view_is_accessor(relid) ||
			!pg_class_ownercheck(relid, owner_oid_of(t->owner)))
			continue;			/* only accessor views its owner may drop: a row may be forged */
		plan_act_as(plan, t->owner, owner_oid_of(t->owner));
		plan_add(plan, psprintf("DROP VIEW %s", quote_qualified_identifier(t->schema, t->table)));
	}
}

/*
 * plan_drop_tables adds, for each role, one DROP TABLE ... CASCADE of the
 * existing tables of models (run as that role), and adds their OIDs to
 * *dropped.
 */
static void
plan_drop_tables(SyncPlan *plan, List *models, List **dropped)
{
	ListCell   *lo;

	foreach(lo, plan->owners)
	{
		const char *owner = lfirst(lo);
		StringInfoData buf;
		ListCell   *lc;

		initStringInfo(&buf);
		foreach(lc, models)
		{
			Model	   *m = lfirst(lc);

			if (!OidIsValid(m->relid) || strcmp(m->owner, owner) != 0)
				continue;
			appendStringInfo(&buf, "%s%s", buf.len ? ", " : "DROP TABLE IF EXISTS ",
							 model_qualified_table(m));
			*dropped = lappend_oid(*dropped, m->relid);
		}
		if (buf.len == 0)
			continue;
		appendStringInfoString(&buf, " CASCADE");
		plan_act_as(plan, owner, owner_oid_of(owner));
		plan_add(plan, buf.data);
	}
}

/* covered_models returns the registry's models whose owner the plan covers. */
static List *
covered_models(SyncPlan *plan, Registry *reg)
{
	List	   *models = NIL;
	ListCell   *lc;

	foreach(lc, reg->models)
		if (covers(plan, ((Model *) lfirst(lc))->owner))
			models = lappend(models, lfirst(lc));
	return models;
}

/*
 * distributed_models returns the models of models that Citus distributes,
 * reference tables first, then each distributed one after the model it is
 * co-located with; it reports a missing Citus.
 */
static List *
distributed_models(List *models)
{
	List	   *result = NIL;
	List	   *pending = NIL;
	ListCell   *lc;

	foreach(lc, models)
	{
		Model	   *m = lfirst(lc);

		if (m->distribution == DIST_NONE)
			continue;
		if (!inspect_citus_installed())
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("model \"%s\" has the option \"distribution\", which needs the citus extension", m->name),
					 errhint("Run CREATE EXTENSION citus; in this database (Citus in shared_preload_libraries), or declare the model without \"distribution\".")));
		if (m->distribution == DIST_REFERENCE)
			result = lappend(result, m);
		else
			pending = lappend(pending, m);
	}
	/* co-located after the model they follow: at most as many passes as models */
	while (pending != NIL)
	{
		bool		progress = false;

		foreach(lc, pending)
		{
			Model	   *m = lfirst(lc);
			bool		ready = true;
			ListCell   *lr;

			/* ready unless the model it follows is still pending */
			if (m->colocate_with != NULL)
				foreach(lr, pending)
					ready &= strcmp(((Model *) lfirst(lr))->name, m->colocate_with) != 0;
			if (ready)
			{
				result = lappend(result, m);
				pending = foreach_delete_current(pending, lc);
				progress = true;
			}
		}
		if (!progress)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("the models co-located with each other form a cycle (model \"%s\")",
							((Model *) linitial(pending))->name),
					 errhint("Leave \"colocateWith\" out of one of them.")));
	}
	return result;
}

/*
 * plan_distribution adds the Citus calls that distribute the tables of
 * models (in that order) not distributed yet, each as the model's owner.
 */
static void
plan_distribution(SyncPlan *plan, List *models, List *dropped)
{
	List	   *citus_tables = models != NIL ? inspect_citus_tables() : NIL;
	ListCell   *lc;

	foreach(lc, models)
	{
		Model	   *m = lfirst(lc);

		if (OidIsValid(m->relid) && !list_member_oid(dropped, m->relid) &&
			list_member_oid(citus_tables, m->relid))
			continue;
		plan_act_as(plan, m->owner, m->owner_oid);
		plan_add(plan, ddl_distribute(m));
	}
}

/*
 * plan_citus_sequential puts first the setting Citus needs to add foreign
 * keys in the transaction that distributed the tables: one connection per
 * node (otherwise it refuses DDL after the parallel copy of the rows).
 */
static void
plan_citus_sequential(SyncPlan *plan)
{
	plan_act_as(plan, GetUserNameFromId(GetUserId(), false), GetUserId());
	plan->statements = lcons(statement_new(plan, pstrdup("SET LOCAL citus.multi_shard_modify_mode TO 'sequential'")),
							 plan->statements);
}

/*
 * sync_make_plan returns the DDL that makes the database match the
 * registry, with what to record once it ran.
 */
SyncPlan *
sync_make_plan(Registry *reg, const SyncOptions *options)
{
	SyncPlan   *plan = palloc0(sizeof(SyncPlan));
	bool		cyclic;
	List	   *ordered;
	List	   *dropped = NIL;
	List	   *deferred = NIL;
	List	   *distributed;
	ListCell   *lc;

	plan->owners = covered_owners(reg);
	plan->tracked = sync_objects_load();
	ordered = order_models(covered_models(plan, reg), options->cycles_error, &cyclic);
	distributed = distributed_models(ordered);
	if (options->force)
		plan_drop_tables(plan, ordered, &dropped);
	foreach(lc, ordered)
	{
		Model	   *m = lfirst(lc);
		bool		exists = OidIsValid(m->relid) && !list_member_oid(dropped, m->relid);

		/* Citus distributes tables before the foreign keys between them */
		plan_act_as(plan, m->owner, m->owner_oid);
		plan_table(plan, m, exists, !cyclic && distributed == NIL, &deferred);
	}
	plan_distribution(plan, distributed, dropped);
	plan->statements = list_concat(plan->statements, deferred);
	if (!options->force)
		plan_stale_constraints(plan, dropped);
	plan_views(plan, reg, dropped);
	if (distributed != NIL && plan->statements != NIL)
		plan_citus_sequential(plan);
	return plan;
}

/*
 * sync_drop_plan returns the DROP TABLE ... CASCADE statements of drop_all:
 * the existing tables of the models of the roles a call covers.
 */
SyncPlan *
sync_drop_plan(Registry *reg)
{
	SyncPlan   *plan = palloc0(sizeof(SyncPlan));
	List	   *dropped = NIL;

	plan->owners = covered_owners(reg);
	plan_drop_tables(plan, covered_models(plan, reg), &dropped);
	return plan;
}

/*
 * sync_script_lines returns the plan as a script: each statement ending in ";",
 * and, where a statement runs as another role than the caller, SET ROLE
 * before it and RESET ROLE after, so that running the script by hand makes
 * objects with the owners sync gives them.
 */
List *
sync_script_lines(SyncPlan *plan)
{
	List	   *lines = NIL;
	Oid			caller = GetUserId();
	Oid			current = caller;
	ListCell   *lc;

	foreach(lc, plan->statements)
	{
		SyncStatement *st = lfirst(lc);

		if (st->role != current)
		{
			lines = lappend(lines, st->role == caller ? pstrdup("RESET ROLE;")
							: psprintf("SET ROLE %s;", quote_identifier(st->role_name)));
			current = st->role;
		}
		lines = lappend(lines, psprintf("%s;", st->sql));
	}
	if (current != caller)
		lines = lappend(lines, pstrdup("RESET ROLE;"));
	return lines;
}

