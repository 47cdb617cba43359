/*
 * src/catalog/registry.c
 *
 * Builds the resolved registry from the catalog tables and answers lookups
 * on it.  Building replays the declarations in the order they were made, as
 * Sequelize does at start-up: every model (declared attributes, the default
 * id, timestamps, and the columns of a table that already exists), then every
 * association in turn, each injecting its keys into the models it touches.
 * The order matters: a belongsTo and a hasMany that infer the same key share
 * one column, and a belongsToMany reuses the keys of its pair.
 */
#include "postgres.h"

#include "access/xact.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/resowner.h"

#include "catalog/assoc_resolve.h"
#include "catalog/cache.h"
#include "catalog/distribution.h"
#include "catalog/inspect.h"
#include "catalog/model_resolve.h"
#include "catalog/names.h"
#include "catalog/registry.h"
#include "options/json_util.h"

static void follow_renamed_columns(Registry *reg);
static Registry *build_isolated(List *model_rows, List *assoc_rows);
static void registry_check_names(Registry *reg);
static void check_distribution(Registry *reg);
static void charge_to(const void *row, bool is_model);

/*
 * The declaration being resolved while building, so that an error can be
 * charged to it.  Set only inside build_isolated's subtransaction.
 */
static const void *building_row = NULL;
static bool building_model = false;

/*
 * registry_acquire returns the current registry, rebuilding it from the
 * catalog when it is stale.  Pair with registry_release.
 */
Registry *
registry_acquire(void)
{
	MemoryContext build_cxt;
	MemoryContext kept_cxt;
	MemoryContext old;
	Registry   *reg;
	ListCell   *lc;

	cache_begin_use();
	if (cache_registry_valid())
		return cache_current_registry();

	/*
	 * Resolution leaves much behind that is not kept: build in a context of
	 * its own, copy the result into a child context, and keep only that
	 * child (deleting the build context on error deletes both).
	 */
	build_cxt = AllocSetContextCreate(CurrentMemoryContext, "association registry build",
									  ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(build_cxt);
	PG_TRY();
	{
		kept_cxt = AllocSetContextCreate(build_cxt, "association registry",
										 ALLOCSET_DEFAULT_SIZES);
		reg = registry_copy(registry_build(NULL), kept_cxt);
	}
	PG_CATCH();
	{
		MemoryContextSwitchTo(old);
		MemoryContextDelete(build_cxt);
		PG_RE_THROW();
	}
	PG_END_TRY();
	MemoryContextSwitchTo(old);
	cache_install_registry(reg, kept_cxt);
	MemoryContextDelete(build_cxt);

	foreach(lc, reg->models)
	{
		Model	   *m = lfirst(lc);
		ListCell   *la;

		cache_watch_relation(m->relid);
		foreach(la, m->attrs)
			cache_watch_type(((ModelAttr *) lfirst(la))->type_oid);
	}
	return reg;
}

/* registry_release ends a use of the registry started by registry_acquire. */
void
registry_release(void)
{
	cache_end_use();
}

/*
 * registry_build reads the catalog and resolves it, in the current memory
 * context, with one more association row (a declaration being checked) when
 * extra is not NULL.  A declaration that does not resolve is left out and
 * recorded in reg->broken; when that is extra, its error is raised.
 */
Registry *
registry_build(AssocRow *extra)
{
	List	   *model_rows = load_model_rows();
	List	   *assoc_rows = load_association_rows();
	Registry   *reg;
	ListCell   *lc;

	if (extra != NULL)
		assoc_rows = lappend(assoc_rows, extra);
	reg = build_isolated(model_rows, assoc_rows);
	foreach(lc, reg->broken)
	{
		BrokenDecl *b = lfirst(lc);

		if (extra != NULL && b->row == extra)
			ReThrowError(b->error);
	}
	return reg;
}

/*
 * broken_new returns the record of a declaration left out with error.
 */
static BrokenDecl *
broken_new(const void *row, bool is_model, ErrorData *error)
{
	BrokenDecl *b = palloc0(sizeof(BrokenDecl));

	b->is_model = is_model;
	b->row = row;
	b->error = error;
	if (is_model)
	{
		const ModelRow *m = row;

		b->model = pstrdup(m->name);
		b->owner = pstrdup(m->owner);
	}
	else
	{
		const AssocRow *a = row;

		b->model = pstrdup(a->source);
		b->name = a->name ? pstrdup(a->name) : NULL;
		b->owner = pstrdup(a->owner);
	}
	return b;
}

/* is_skipped returns whether row is among the broken declarations. */
static bool
is_skipped(List *broken, const void *row)
{
	ListCell   *lc;

	foreach(lc, broken)
		if (((BrokenDecl *) lfirst(lc))->row == row)
			return true;
	return false;
}

/*
 * depends_on_broken returns the broken model an association row names as
 * source, target or junction model, or NULL.
 */
static BrokenDecl *
depends_on_broken(List *broken, AssocRow *row)
{
	BrokenDecl *b = broken_find_model(broken, row->source);
	JsonbValue	opts;
	JsonbValue *through;

	if (b == NULL)
		b = broken_find_model(broken, row->target);
	if (b != NULL || row->options == NULL)
		return b;
	jv_from_jsonb(row->options, &opts);
	through = jv_get(&opts, "through");
	if (jv_is_string(through))
		return broken_find_model(broken, jv_string(through));
	if (jv_is_object(through) && jv_is_string(jv_get(through, "model")))
		return broken_find_model(broken, jv_string(jv_get(through, "model")));
	return NULL;
}

/* derived_error returns the error of a declaration that needs a broken model. */
static ErrorData *
derived_error(BrokenDecl *model)
{
	ErrorData  *e = palloc0(sizeof(ErrorData));

	e->elevel = ERROR;
	e->sqlerrcode = model->error->sqlerrcode;
	e->message = psprintf("model \"%s\" does not resolve: %s", model->model,
						  model->error->message);
	e->hint = psprintf("Fix or drop model \"%s\" first.", model->model);
	e->assoc_context = CurrentMemoryContext;
	return e;
}

/*
 * resolve_rows resolves the rows not in *broken into a registry, in
 * declaration order (models, their references, associations), noting which
 * row it works on so that an error can be charged to it.  Associations that
 * need a broken model join *broken directly.
 */
static Registry *
resolve_rows(List *model_rows, List *assoc_rows, List **broken)
{
	Registry   *reg = palloc0(sizeof(Registry));
	ListCell   *lc;

	building_model = true;
	foreach(lc, model_rows)
	{
		ModelRow   *row = lfirst(lc);
		Model	   *m;

		if (is_skipped(*broken, row))
			continue;
		building_row = row;
		CHECK_FOR_INTERRUPTS();
		m = model_resolve(row, false);
		model_check_owner(m);
		m->row = row;
		registry_add_model(reg, m);
	}
	foreach(lc, reg->models)
	{
		Model	   *m = lfirst(lc);

		building_row = m->row;
		model_resolve_references(reg, m);
		model_check_names(m);
	}
	building_model = false;
	foreach(lc, assoc_rows)
	{
		AssocRow   *row = lfirst(lc);
		BrokenDecl *needed;

		if (is_skipped(*broken, row))
			continue;
		needed = depends_on_broken(*broken, row);
		if (needed != NULL)
		{
			*broken = lappend(*broken, broken_new(row, false, derived_error(needed)));
			continue;
		}
		building_row = row;
		CHECK_FOR_INTERRUPTS();
		resolve_association(reg, row)->row = row;
	}
	building_row = NULL;
	check_distribution(reg);
	follow_renamed_columns(reg);
	registry_check_names(reg);
	building_row = NULL;
	return reg;
}

/*
 * check_distribution checks the models distributed by Citus and the
 * associations between them, once every key is known, each check charged
 * to the declaration it is about.
 */
static void
check_distribution(Registry *reg)
{
	List	   *citus_tables = inspect_citus_tables();
	ListCell   *lc;

	foreach(lc, reg->associations)
	{
		Association *as = lfirst(lc);

		charge_to(as->row, false);
		distribution_infer_junction(as);
	}
	foreach(lc, reg->models)
	{
		Model	   *m = lfirst(lc);

		if (m->row != NULL)
			charge_to(m->row, true);
		distribution_check_model(reg, m);
		m->on_citus = OidIsValid(m->relid) && list_member_oid(citus_tables, m->relid);
	}
	foreach(lc, reg->associations)
	{
		Association *as = lfirst(lc);

		charge_to(as->row, false);
		distribution_check_association(reg, as);
	}
	building_row = NULL;
}

/*
 * error_is_declarations returns whether an error raised while resolving
 * says something about a declaration (bad option, unknown type or model,
 * wrong owner, ...) rather than about the session (cancel, out of memory,
 * internal error): only the former make a declaration broken.
 */
static bool
error_is_declarations(ErrorData *e)
{
	switch (ERRCODE_TO_CATEGORY(e->sqlerrcode))
	{
		case ERRCODE_DATA_EXCEPTION:
		case ERRCODE_SYNTAX_ERROR_OR_ACCESS_RULE_VIOLATION:
		case ERRCODE_FEATURE_NOT_SUPPORTED:
		case ERRCODE_INTEGRITY_CONSTRAINT_VIOLATION:
		case ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE:
		case ERRCODE_INVALID_AUTHORIZATION_SPECIFICATION:
		case ERRCODE_DEPENDENT_PRIVILEGE_DESCRIPTORS_STILL_EXIST:
			return true;
		default:
			return false;
	}
}

/*
 * build_isolated resolves the catalog rows in a subtransaction.  When one
 * declaration fails, the attempt is rolled back, the declaration is left out
 * with its error, and the rest is resolved again without it: a row written
 * by hand, or a type, table or role that changed under a declaration,
 * breaks only the calls that involve that declaration.
 */
static Registry *
build_isolated(List *model_rows, List *assoc_rows)
{
	MemoryContext cxt = CurrentMemoryContext;
	ResourceOwner owner = CurrentResourceOwner;
	List	   *broken = NIL;

	for (;;)
	{
		MemoryContext attempt = AllocSetContextCreate(cxt, "association registry",
													  ALLOCSET_DEFAULT_SIZES);
		Registry   *volatile reg = NULL;
		bool		failed = false;

		BeginInternalSubTransaction(NULL);
		MemoryContextSwitchTo(attempt);
		building_row = NULL;
		PG_TRY();
		{
			reg = resolve_rows(model_rows, assoc_rows, &broken);
			ReleaseCurrentSubTransaction();
			MemoryContextSwitchTo(cxt);
			CurrentResourceOwner = owner;
		}
		PG_CATCH();
		{
			ErrorData  *edata;
			const void *row = building_row;
			bool		is_model = building_model;

			MemoryContextSwitchTo(cxt);
			edata = CopyErrorData();
			FlushErrorState();
			RollbackAndReleaseCurrentSubTransaction();
			MemoryContextSwitchTo(cxt);
			CurrentResourceOwner = owner;
			building_row = NULL;
			if (row == NULL || !error_is_declarations(edata) || is_skipped(broken, row))
				ReThrowError(edata);
			broken = lappend(broken, broken_new(row, is_model, edata));
			failed = true;
		}
		PG_END_TRY();
		if (failed)
		{
			MemoryContextDelete(attempt);
			continue;
		}
		reg->broken = broken;
		return reg;
	}
}

/*
 * follow_renamed_columns gives an attribute whose column is missing from
 * its table the column's new name, when the last sync recorded that column
 * (by attnum, of the same type) and it is now called otherwise: ALTER TABLE
 * ... RENAME COLUMN of a key or any declared column keeps the model working.
 * The column read from the table under its new name was adopted as an
 * attribute of its own; that duplicate goes.
 */
static void
follow_renamed_columns(Registry *reg)
{
	ListCell   *lm;

	foreach(lm, reg->models)
	{
		Model	   *m = lfirst(lm);
		JsonbValue	cols;
		ListCell   *la;
		List	   *duplicates = NIL;

		if (!OidIsValid(m->relid) || m->columns_synced == NULL)
			continue;
		jv_from_jsonb(m->columns_synced, &cols);
		foreach(la, m->attrs)
		{
			ModelAttr  *a = lfirst(la);
			JsonbValue *recorded;
			AttrNumber	attnum;
			char	   *now;
			ModelAttr  *adopted;

			if (a->from_table || get_attnum(m->relid, a->field) != InvalidAttrNumber)
				continue;
			recorded = jv_get(&cols, a->name);
			if (recorded == NULL || recorded->type != jbvNumeric)
				continue;
			attnum = DatumGetInt16(DirectFunctionCall1(numeric_int2, NumericGetDatum(recorded->val.numeric)));
			now = get_attname(m->relid, attnum, true);
			if (now == NULL || get_atttype(m->relid, attnum) != a->type_oid)
				continue;
			adopted = model_find_field(m, now);
			if (adopted != NULL && !adopted->from_table)
				continue;		/* the name belongs to another attribute */
			if (adopted != NULL)
				duplicates = lappend(duplicates, adopted);
			a->field = now;
		}
		foreach(la, duplicates)
			m->attrs = list_delete_ptr(m->attrs, lfirst(la));
	}
}

/*
 * charge_to makes an error raised next count against the declaration of
 * row (a model's or an association's), while the registry is being built.
 */
static void
charge_to(const void *row, bool is_model)
{
	if (row != NULL)
	{
		building_row = row;
		building_model = is_model;
	}
}

/* A key of registry_check_names's sets: a name in a schema, as stored. */
typedef struct StoredName
{
	char		schema[NAMEDATALEN];
	char		name[NAMEDATALEN];
} StoredName;

/* An entry of those sets: the stored name and the row that claimed it first. */
typedef struct NameClaim
{
	StoredName	key;
	const char *full;			/* the name before truncation */
	const void *owner;			/* Model * or Association * */
} NameClaim;

/*
 * claim_name records that owner names schema.name; returns the earlier
 * claim of another name stored the same way (truncated alike), or NULL.
 */
static NameClaim *
claim_name(HTAB *names, const char *schema, const char *name, const void *owner)
{
	StoredName	key;
	NameClaim  *claim;
	bool		found;

	memset(&key, 0, sizeof(key));
	strlcpy(key.schema, schema, NAMEDATALEN);
	strlcpy(key.name, names_truncated(name), NAMEDATALEN);
	claim = hash_search(names, &key, HASH_ENTER, &found);
	if (!found)
	{
		claim->full = name;
		claim->owner = owner;
		return NULL;
	}
	return strcmp(claim->full, name) != 0 ? claim : NULL;
}

/* name_set returns an empty set of stored names. */
static HTAB *
name_set(const char *what, int size)
{
	HASHCTL		ctl;

	ctl.keysize = sizeof(StoredName);
	ctl.entrysize = sizeof(NameClaim);
	ctl.hcxt = CurrentMemoryContext;
	return hash_create(what, size, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
}

/*
 * registry_check_names reports names longer than PostgreSQL keeps that
 * would silently become one — two models' tables, two accessor views of a
 * schema — then shortens every name the way PostgreSQL will store it.  The
 * names are looked up in hash sets: a catalog of thousands of declarations
 * is checked in linear time.
 */
static void
registry_check_names(Registry *reg)
{
	HTAB	   *tables = name_set("association table names", list_length(reg->models) + 1);
	HTAB	   *views = name_set("association view names", list_length(reg->associations) + 1);
	ListCell   *lm;
	ListCell   *lc;

	foreach(lm, reg->models)
	{
		Model	   *m = lfirst(lm);
		NameClaim  *other = claim_name(tables, m->schema, m->table, m);

		if (other != NULL)
		{
			charge_to(m->row, true);
			names_report_truncation("tables", other->full, m->table,
									psprintf("models \"%s\" and \"%s\"",
											 ((Model *) other->owner)->name, m->name));
		}
	}
	foreach(lm, reg->associations)
	{
		Association *a = lfirst(lm);
		NameClaim  *other;

		if (a->view_name == NULL)
			continue;
		other = claim_name(views, a->source->schema, a->view_name, a);
		if (other != NULL)
		{
			charge_to(a->row, false);
			names_report_truncation("accessor views", other->full, a->view_name,
									psprintf("schema \"%s\"", a->source->schema));
		}
	}

	/* no collision: use the names as PostgreSQL will store them */
	foreach(lm, reg->models)
	{
		Model	   *m = lfirst(lm);

		foreach(lc, m->attrs)
		{
			ModelAttr  *a = lfirst(lc);

			a->field = pstrdup(names_truncated(a->field));
			if (a->ref_column != NULL)
				a->ref_column = pstrdup(names_truncated(a->ref_column));
		}
	}
	foreach(lm, reg->associations)
	{
		Association *a = lfirst(lm);

		if (a->view_name != NULL)
			a->view_name = pstrdup(names_truncated(a->view_name));
	}
}

