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

#include "access/htup_details.h"
#include "access/table.h"
#include "catalog/namespace.h"
#include "catalog/pg_attribute.h"
#include "executor/spi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/syscache.h"
#include "utils/varlena.h"
#include "access/xact.h"
#include "utils/resowner.h"

#include "catalog/model.h"
#include "naming/inflect_cache.h"
#include "naming/inflection.h"
#include "options/json_util.h"
#include "catalog/model_resolve.h"
#include "naming/naming.h"
#include "catalog/assoc_resolve.h"
#include "exec/exec.h"
#include "api/args.h"

static void *registry_palloc(size_t size);
static void follow_renamed_columns(Registry *reg);
static List *load_model_rows(void);
static List *load_association_rows(void);
static Registry *build_isolated(List *model_rows, List *assoc_rows);

/*
 * The declaration being resolved while building, so that an error can be
 * charged to it.  Set only inside build_isolated's subtransaction.
 */
static const void *building_row = NULL;
static bool building_model = false;

/* registry_palloc is the allocator handed to the pure-C units. */
static void *
registry_palloc(size_t size)
{
	return palloc(size);
}

/* registry_allocator returns the allocator for the pure-C units. */
assoc_alloc_fn
registry_allocator(void)
{
	return registry_palloc;
}

/*
 * registry_acquire returns the current registry, rebuilding it from the
 * catalog when it is stale.  Pair with registry_release.
 */
Registry *
registry_acquire(void)
{
	MemoryContext cxt;
	MemoryContext old;
	Registry   *reg;
	ListCell   *lc;

	cache_begin_use();
	if (cache_registry_valid())
		return cache_current_registry();

	cxt = cache_new_registry_context();
	old = MemoryContextSwitchTo(cxt);
	PG_TRY();
	{
		reg = registry_build(NULL);
	}
	PG_CATCH();
	{
		MemoryContextSwitchTo(old);
		MemoryContextDelete(cxt);
		PG_RE_THROW();
	}
	PG_END_TRY();
	MemoryContextSwitchTo(old);

	cache_install_registry(reg, cxt);
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

/* broken_model_named returns the broken model called name, or NULL. */
static BrokenDecl *
broken_model_named(List *broken, const char *name)
{
	ListCell   *lc;

	foreach(lc, broken)
	{
		BrokenDecl *b = lfirst(lc);

		if (b->is_model && strcmp(b->model, name) == 0)
			return b;
	}
	return NULL;
}

/*
 * depends_on_broken returns the broken model an association row names as
 * source, target or junction model, or NULL.
 */
static BrokenDecl *
depends_on_broken(List *broken, AssocRow *row)
{
	BrokenDecl *b = broken_model_named(broken, row->source);
	JsonbValue	opts;
	JsonbValue *through;

	if (b == NULL)
		b = broken_model_named(broken, row->target);
	if (b != NULL || row->options == NULL)
		return b;
	jv_from_jsonb(row->options, &opts);
	through = jv_get(&opts, "through");
	if (jv_is_string(through))
		return broken_model_named(broken, jv_string(through));
	if (jv_is_object(through) && jv_is_string(jv_get(through, "model")))
		return broken_model_named(broken, jv_string(jv_get(through, "model")));
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
		m = model_resolve(reg, row, false);
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
	follow_renamed_columns(reg);
	registry_check_names(reg);
	building_row = NULL;
	return reg;
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

/* truncated returns name as PostgreSQL stores it: at most NAMEDATALEN - 1 bytes. */
static char *
truncated(const char *name)
{
	int			len = strlen(name);

	if (len < NAMEDATALEN)
		return (char *) name;
	return pnstrdup(name, pg_mbcliplen(name, len, NAMEDATALEN - 1));
}

/* report_truncation reports two names that PostgreSQL would store as one. */
static void
report_truncation(const char *what, const char *a, const char *b, const char *where)
{
	ereport(ERROR,
			(errcode(ERRCODE_DUPLICATE_OBJECT),
			 errmsg("%s \"%s\" and \"%s\" of %s are the same name after truncation to %d bytes",
					what, a, b, where, NAMEDATALEN - 1),
			 errdetail("PostgreSQL truncates identifiers to %d bytes, so both would be \"%s\".",
					   NAMEDATALEN - 1, truncated(a)),
			 errhint("Give one of them a shorter name (\"field\", \"tableName\", \"foreignKey\" or \"accessorView\").")));
}

/*
 * identifier returns name as PostgreSQL stores an identifier: at most
 * NAMEDATALEN - 1 bytes, cut at a character boundary.
 */
char *
identifier(const char *name)
{
	return pstrdup(truncated(name));
}

/*
 * model_check_names reports two attributes of model stored in one column:
 * names longer than PostgreSQL keeps that become one when truncated, or the
 * same "field" given twice.
 */
void
model_check_names(Model *m)
{
	ListCell   *la;
	ListCell   *lc;

	foreach(la, m->attrs)
	{
		ModelAttr  *a = lfirst(la);

		for_each_cell(lc, m->attrs, lnext(m->attrs, la))
		{
			ModelAttr  *b = lfirst(lc);

			if (strcmp(a->field, b->field) == 0)
				ereport(ERROR,
						(errcode(ERRCODE_DUPLICATE_OBJECT),
						 errmsg("attributes \"%s\" and \"%s\" of model \"%s\" are both stored in column \"%s\"",
								a->name, b->name, m->name, a->field),
						 errdetail("PostgreSQL truncates names to %d bytes.", NAMEDATALEN - 1),
						 errhint("Give one of them another \"field\" (column name), or a shorter name.")));
		}
	}
}

/*
 * registry_check_names reports names longer than PostgreSQL keeps that
 * would silently become one — two columns of a table, two models' tables,
 * two accessor views of a schema — then shortens every name the way
 * PostgreSQL will store it.
 */
void
registry_check_names(Registry *reg)
{
	ListCell   *lm;
	ListCell   *lc;

	foreach(lm, reg->models)
	{
		Model	   *m = lfirst(lm);

		for_each_cell(lc, reg->models, lnext(reg->models, lm))
		{
			Model	   *o = lfirst(lc);

			if (strcmp(m->schema, o->schema) == 0 && strcmp(m->table, o->table) != 0 &&
				strcmp(truncated(m->table), truncated(o->table)) == 0)
			{
				charge_to(o->row, true);
				report_truncation("tables", m->table, o->table,
								  psprintf("models \"%s\" and \"%s\"", m->name, o->name));
			}
		}
	}
	foreach(lm, reg->associations)
	{
		Association *a = lfirst(lm);

		if (a->view_name == NULL)
			continue;
		for_each_cell(lc, reg->associations, lnext(reg->associations, lm))
		{
			Association *b = lfirst(lc);

			if (b->view_name != NULL && strcmp(a->source->schema, b->source->schema) == 0 &&
				strcmp(a->view_name, b->view_name) != 0 &&
				strcmp(truncated(a->view_name), truncated(b->view_name)) == 0)
			{
				charge_to(b->row, false);
				report_truncation("accessor views", a->view_name, b->view_name,
								  psprintf("schema \"%s\"", a->source->schema));
			}
		}
	}

	/* no collision: use the names as PostgreSQL will store them */
	foreach(lm, reg->models)
	{
		Model	   *m = lfirst(lm);

		foreach(lc, m->attrs)
		{
			ModelAttr  *a = lfirst(lc);

			a->field = truncated(a->field);
			if (a->ref_column != NULL)
				a->ref_column = truncated(a->ref_column);
		}
	}
	foreach(lm, reg->associations)
	{
		Association *a = lfirst(lm);

		if (a->view_name != NULL)
			a->view_name = truncated(a->view_name);
	}
}

/* col_text returns column col of a catalog row as text, or NULL. */
static char *
col_text(HeapTuple tuple, TupleDesc desc, int col)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tuple, desc, col, &isnull);

	return isnull ? NULL : TextDatumGetCString(d);
}

/* col_jsonb returns column col of a catalog row as a copied jsonb, or NULL. */
static Jsonb *
col_jsonb(HeapTuple tuple, TupleDesc desc, int col)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tuple, desc, col, &isnull);

	return isnull ? NULL : DatumGetJsonbPCopy(d);
}

/* model_row_read keeps one row of association.models. */
static void
model_row_read(HeapTuple tuple, TupleDesc desc, void *arg)
{
	List	  **rows = arg;
	ModelRow   *row = palloc0(sizeof(ModelRow));
	bool		isnull;

	row->name = col_text(tuple, desc, 1);
	row->attributes = col_jsonb(tuple, desc, 2);
	row->options = col_jsonb(tuple, desc, 3);
	row->schema = col_text(tuple, desc, 4);
	row->table = col_text(tuple, desc, 5);
	row->relid = DatumGetObjectId(SPI_getbinval(tuple, desc, 6, &isnull));
	if (isnull)
		row->relid = InvalidOid;
	row->columns = col_jsonb(tuple, desc, 7);
	row->owner = col_text(tuple, desc, 8);
	row->ordinal = DatumGetInt64(SPI_getbinval(tuple, desc, 9, &isnull));
	*rows = lappend(*rows, row);
}

/* association_row_read keeps one row of association.associations. */
static void
association_row_read(HeapTuple tuple, TupleDesc desc, void *arg)
{
	List	  **rows = arg;
	AssocRow   *row = palloc0(sizeof(AssocRow));
	bool		isnull;

	row->source = col_text(tuple, desc, 1);
	row->kind = assoc_kind_from_name(col_text(tuple, desc, 2));
	row->target = col_text(tuple, desc, 3);
	row->options = col_jsonb(tuple, desc, 4);
	row->ordinal = DatumGetInt64(SPI_getbinval(tuple, desc, 5, &isnull));
	row->name = col_text(tuple, desc, 6);
	row->owner = col_text(tuple, desc, 7);
	*rows = lappend(*rows, row);
}

/* load_model_rows reads every declared model, in declaration order. */
static List *
load_model_rows(void)
{
	List	   *rows = NIL;

	exec_for_each_row("SELECT name, attributes, options, table_schema::pg_catalog.text, "
					 "table_name::pg_catalog.text, relid::pg_catalog.oid, columns, "
					 "owner::pg_catalog.text, ordinal FROM association.models ORDER BY ordinal",
					 model_row_read, &rows);
	return rows;
}

/* load_association_rows reads every association, in declaration order. */
static List *
load_association_rows(void)
{
	List	   *rows = NIL;

	exec_for_each_row("SELECT source, kind, target, options, ordinal, name, owner::pg_catalog.text "
					 "FROM association.associations ORDER BY ordinal",
					 association_row_read, &rows);
	return rows;
}

/* An entry of Registry.models_by_name. */
typedef struct ModelEntry
{
	char		name[NAMEDATALEN * 4];	/* hash key: the model name */
	Model	   *model;
} ModelEntry;

/*
 * registry_add_model appends model to the registry and indexes it by name,
 * so that lookups stay O(1) with thousands of models.  Names longer than
 * the key are looked up by a scan instead.
 */
void
registry_add_model(Registry *reg, Model *model)
{
	ModelEntry *entry;
	bool		found;

	reg->models = lappend(reg->models, model);
	if (strlen(model->name) >= sizeof(entry->name))
		return;
	if (reg->models_by_name == NULL)
	{
		HASHCTL		ctl;

		ctl.keysize = sizeof(entry->name);
		ctl.entrysize = sizeof(ModelEntry);
		ctl.hcxt = CurrentMemoryContext;
		reg->models_by_name = hash_create("association models", 256, &ctl,
										  HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);
	}
	entry = hash_search(reg->models_by_name, model->name, HASH_ENTER, &found);
	entry->model = model;
}

/* registry_find_model returns the model called name, or NULL. */
Model *
registry_find_model(Registry *reg, const char *name)
{
	ListCell   *lc;

	if (strlen(name) < NAMEDATALEN * 4)
	{
		ModelEntry *entry;

		if (reg->models_by_name == NULL)
			return NULL;
		entry = hash_search(reg->models_by_name, name, HASH_FIND, NULL);
		return entry ? entry->model : NULL;
	}
	foreach(lc, reg->models)
	{
		Model	   *m = lfirst(lc);

		if (strcmp(m->name, name) == 0)
			return m;
	}
	return NULL;
}

/*
 * report_broken raises the error of a declaration that does not resolve,
 * saying which declaration it is and how to get rid of it.
 */
void
registry_report_broken(BrokenDecl *b)
{
	char	   *what = b->is_model ? psprintf("model \"%s\"", b->model)
		: psprintf("association \"%s\" of model \"%s\"", b->name, b->model);
	char	   *drop = b->is_model ? psprintf("association.drop_model('%s')", b->model)
		: psprintf("association.drop_association('%s', '%s')", b->model, b->name);

	ereport(ERROR,
			(errcode(b->error->sqlerrcode),
			 errmsg("declaration of %s does not resolve: %s", what, b->error->message),
			 b->error->detail ? errdetail("%s", b->error->detail) : 0,
			 errhint("It was declared by role \"%s\"; that role can fix it, or remove it with %s.",
					 b->owner, drop)));
}

/* similar returns whether two names differ only a little (a likely typo). */
static bool
similar(const char *a, const char *b)
{
	int			la = strlen(a);
	int			lb = strlen(b);

	if (pg_strcasecmp(a, b) == 0)
		return true;
	if (la > 64 || lb > 64 || Abs(la - lb) > 2)
		return false;
	return varstr_levenshtein(a, la, b, lb, 1, 1, 1, false) <= Min(2, Max(la, lb) / 3);
}

/*
 * near_miss returns the candidate name closest to name: the same but for
 * case, the singular or plural form, or a small typo; NULL if none.
 */
static const char *
near_miss(const char *name, List *candidates)
{
	char	   *singular = inflect_singular(name);
	char	   *plural = inflect_plural(name);
	ListCell   *lc;

	foreach(lc, candidates)
		if (pg_strcasecmp(lfirst(lc), name) == 0)
			return lfirst(lc);
	foreach(lc, candidates)
		if (pg_strcasecmp(lfirst(lc), singular) == 0 || pg_strcasecmp(lfirst(lc), plural) == 0)
			return lfirst(lc);
	foreach(lc, candidates)
		if (similar(lfirst(lc), name))
			return lfirst(lc);
	return NULL;
}

/* registry_broken_model returns the model called name that does not resolve. */
BrokenDecl *
registry_broken_model(Registry *reg, const char *name)
{
	return broken_model_named(reg->broken, name);
}

/* registry_broken_association returns a source's association that does not resolve. */
BrokenDecl *
registry_broken_association(Registry *reg, const char *source, const char *name)
{
	ListCell   *lc;

	foreach(lc, reg->broken)
	{
		BrokenDecl *b = lfirst(lc);

		if (!b->is_model && strcmp(b->model, source) == 0 && b->name != NULL &&
			strcmp(b->name, name) == 0)
			return b;
	}
	return NULL;
}

/* registry_lookup_model returns the model called name, or reports 42704. */
Model *
registry_lookup_model(Registry *reg, const char *name)
{
	Model	   *m = registry_find_model(reg, name);
	BrokenDecl *b;
	List	   *names = NIL;
	ListCell   *lc;
	const char *guess;

	if (m != NULL)
		return m;
	b = broken_model_named(reg->broken, name);
	if (b != NULL)
		registry_report_broken(b);
	foreach(lc, reg->models)
		names = lappend(names, ((Model *) lfirst(lc))->name);
	guess = near_miss(name, names);
	ereport(ERROR,
			(errcode(ERRCODE_UNDEFINED_OBJECT),
			 errmsg("model \"%s\" does not exist", name),
			 guess ? errhint("Did you mean \"%s\"?", guess)
			 : errhint("Declare it first with association.define_model('%s', ...).", name)));
	return NULL;
}

/*
 * registry_find_association returns source's association called name; for a
 * plural association its singular form is accepted too.  NULL if none.
 */
Association *
registry_find_association(Model *source, const char *name)
{
	ListCell   *lc;

	foreach(lc, source->associations)
	{
		Association *a = lfirst(lc);

		if (strcmp(a->name, name) == 0)
			return a;
	}
	foreach(lc, source->associations)
	{
		Association *a = lfirst(lc);

		if (a->singular != NULL && strcmp(a->singular, name) == 0)
			return a;
	}
	return NULL;
}

/* registry_lookup_association returns model's association name, or 42704. */
Association *
registry_lookup_association(Registry *reg, const char *model, const char *name)
{
	Model	   *m = registry_lookup_model(reg, model);
	Association *a = registry_find_association(m, name);
	List	   *names = NIL;
	ListCell   *lc;
	const char *guess;

	if (a != NULL)
		return a;
	if (registry_broken_association(reg, m->name, name) != NULL)
		registry_report_broken(registry_broken_association(reg, m->name, name));
	foreach(lc, m->associations)
		names = lappend(names, ((Association *) lfirst(lc))->name);
	guess = near_miss(name, names);
	ereport(ERROR,
			(errcode(ERRCODE_UNDEFINED_OBJECT),
			 errmsg("association \"%s\" does not exist on model \"%s\"", name, model),
			 guess ? errhint("Did you mean \"%s\"?", guess)
			 : names == NIL ? errhint("Model \"%s\" has no associations yet.", model)
			 : errhint("Its associations are: %s.", association_list(m))));
	return NULL;
}

/*
 * association_list returns source's associations for a hint: each alias
 * with its kind and target model, e.g. "ToDo (hasMany Task)".
 */
char *
association_list(Model *source)
{
	StringInfoData buf;
	ListCell   *lc;

	initStringInfo(&buf);
	foreach(lc, source->associations)
	{
		Association *a = lfirst(lc);

		appendStringInfo(&buf, "%s\"%s\" (%s %s)", buf.len ? ", " : "", a->name,
						 assoc_kind_name(a->kind), a->target->name);
	}
	return buf.data;
}

/* model_find_attr returns model's attribute called name, or NULL. */
ModelAttr *
model_find_attr(Model *model, const char *name)
{
	ListCell   *lc;

	foreach(lc, model->attrs)
	{
		ModelAttr  *a = lfirst(lc);

		if (strcmp(a->name, name) == 0)
			return a;
	}
	return NULL;
}

/* model_find_field returns model's attribute stored in column field, or NULL. */
ModelAttr *
model_find_field(Model *model, const char *field)
{
	ListCell   *lc;

	foreach(lc, model->attrs)
	{
		ModelAttr  *a = lfirst(lc);

		if (strcmp(a->field, field) == 0)
			return a;
	}
	return NULL;
}

/* model_primary_keys returns model's primary-key attributes, in order. */
List *
model_primary_keys(Model *model)
{
	List	   *keys = NIL;
	ListCell   *lc;

	foreach(lc, model->attrs)
	{
		ModelAttr  *a = lfirst(lc);

		if (a->primary_key)
			keys = lappend(keys, a);
	}
	return keys;
}

/* model_primary_key returns model's single primary-key attribute, or NULL. */
ModelAttr *
model_primary_key(Model *model)
{
	List	   *keys = model_primary_keys(model);

	return list_length(keys) == 1 ? linitial(keys) : NULL;
}

/* model_qualified_table returns the model's table, quoted and qualified. */
char *
model_qualified_table(Model *model)
{
	return quote_qualified_identifier(model->schema, model->table);
}

/*
 * model_timestamp_attrs returns the model's createdAt and updatedAt
 * attributes (those it has).
 */
List *
model_timestamp_attrs(Model *model)
{
	List	   *attrs = NIL;
	ModelAttr  *a;

	if (model->created_at != NULL && (a = model_find_attr(model, model->created_at)) != NULL)
		attrs = lappend(attrs, a);
	if (model->updated_at != NULL && (a = model_find_attr(model, model->updated_at)) != NULL)
		attrs = lappend(attrs, a);
	return attrs;
}

/*
 * model_touch_sql returns ", <updatedAt> = now()" for an UPDATE of the
 * model's table, or "" when it keeps no updatedAt: the extension's own
 * writes keep the timestamp current themselves, as Sequelize does, so that
 * a table made without the trigger or a default (by Sequelize) works.
 */
const char *
model_touch_sql(Model *model)
{
	ModelAttr  *a = model->updated_at ? model_find_attr(model, model->updated_at) : NULL;

	if (a == NULL)
		return "";
	return psprintf(", %s = pg_catalog.now()", quote_identifier(a->field));
}

/* assoc_kind_name returns Sequelize's name of an association kind. */
const char *
assoc_kind_name(AssocKind kind)
{
	switch (kind)
	{
		case ASSOC_BELONGS_TO:
			return "belongsTo";
		case ASSOC_HAS_ONE:
			return "hasOne";
		case ASSOC_HAS_MANY:
			return "hasMany";
		case ASSOC_BELONGS_TO_MANY:
			return "belongsToMany";
	}
	return "?";
}

/* assoc_kind_sql_name returns the SQL function that declares a kind. */
const char *
assoc_kind_sql_name(AssocKind kind)
{
	switch (kind)
	{
		case ASSOC_BELONGS_TO:
			return "belongs_to";
		case ASSOC_HAS_ONE:
			return "has_one";
		case ASSOC_HAS_MANY:
			return "has_many";
		case ASSOC_BELONGS_TO_MANY:
			return "belongs_to_many";
	}
	return "?";
}

/* assoc_kind_from_name returns the kind called name in the catalog. */
AssocKind
assoc_kind_from_name(const char *name)
{
	if (strcmp(name, "belongsTo") == 0)
		return ASSOC_BELONGS_TO;
	if (strcmp(name, "hasOne") == 0)
		return ASSOC_HAS_ONE;
	if (strcmp(name, "hasMany") == 0)
		return ASSOC_HAS_MANY;
	if (strcmp(name, "belongsToMany") == 0)
		return ASSOC_BELONGS_TO_MANY;
	elog(ERROR, "unknown association kind \"%s\" in association.associations", name);
	return ASSOC_BELONGS_TO;	/* keep compiler quiet */
}
