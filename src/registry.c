/*
 * src/registry.c
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
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/syscache.h"

#include "association.h"
#include "inflection.h"
#include "json_util.h"
#include "model_def.h"
#include "naming.h"
#include "resolve.h"
#include "spi_util.h"

static void *registry_palloc(size_t size);
static void load_models(Registry *reg);
static void load_associations(Registry *reg);
static void follow_renamed_columns(Registry *reg);

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
		reg = registry_build_uncached();
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
		cache_watch_relation(((Model *) lfirst(lc))->relid);
	return reg;
}

/* registry_release ends a use of the registry started by registry_acquire. */
void
registry_release(void)
{
	cache_end_use();
}

/*
 * registry_build_uncached reads the catalog and resolves it, in the current
 * memory context.  Errors in a declaration surface here.
 */
Registry *
registry_build_uncached(void)
{
	Registry   *reg = palloc0(sizeof(Registry));

	load_models(reg);
	resolve_model_references(reg);
	load_associations(reg);
	follow_renamed_columns(reg);
	registry_check_names(reg);
	return reg;
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

		model_check_names(m);
		for_each_cell(lc, reg->models, lnext(reg->models, lm))
		{
			Model	   *o = lfirst(lc);

			if (strcmp(m->schema, o->schema) == 0 && strcmp(m->table, o->table) != 0 &&
				strcmp(truncated(m->table), truncated(o->table)) == 0)
				report_truncation("tables", m->table, o->table,
								  psprintf("models \"%s\" and \"%s\"", m->name, o->name));
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
				report_truncation("accessor views", a->view_name, b->view_name,
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

/* model_row resolves one row of association.models into the registry. */
static void
model_row(HeapTuple tuple, TupleDesc desc, void *arg)
{
	Registry   *reg = arg;
	ModelRow	row;
	bool		isnull;

	row.name = col_text(tuple, desc, 1);
	row.attributes = col_jsonb(tuple, desc, 2);
	row.options = col_jsonb(tuple, desc, 3);
	row.schema = col_text(tuple, desc, 4);
	row.table = col_text(tuple, desc, 5);
	row.relid = DatumGetObjectId(SPI_getbinval(tuple, desc, 6, &isnull));
	if (isnull)
		row.relid = InvalidOid;
	row.columns = col_jsonb(tuple, desc, 7);
	registry_add_model(reg, model_resolve(reg, &row));
}

/* association_row resolves one row of association.associations. */
static void
association_row(HeapTuple tuple, TupleDesc desc, void *arg)
{
	AssocRow	row;
	bool		isnull;

	row.source = col_text(tuple, desc, 1);
	row.kind = assoc_kind_from_name(col_text(tuple, desc, 2));
	row.target = col_text(tuple, desc, 3);
	row.options = col_jsonb(tuple, desc, 4);
	row.ordinal = DatumGetInt64(SPI_getbinval(tuple, desc, 5, &isnull));
	resolve_association((Registry *) arg, &row);
}

/* load_models reads and resolves every declared model. */
static void
load_models(Registry *reg)
{
	spi_for_each_row("SELECT name, attributes, options, table_schema::text, table_name::text, "
					 "relid::oid, columns FROM association.models ORDER BY ordinal", model_row, reg);
}

/* load_associations reads and resolves every association, in order. */
static void
load_associations(Registry *reg)
{
	spi_for_each_row("SELECT source, kind, target, options, ordinal "
					 "FROM association.associations ORDER BY ordinal", association_row, reg);
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

/* registry_lookup_model returns the model called name, or reports 42704. */
Model *
registry_lookup_model(Registry *reg, const char *name)
{
	Model	   *m = registry_find_model(reg, name);

	if (m == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("model \"%s\" does not exist", name),
				 errhint("Declare it first with association.define_model('%s', ...).",
						 name)));
	return m;
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

	if (a == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("association \"%s\" does not exist on model \"%s\"", name, model),
				 errhint("association.describe('%s') lists its associations.", model)));
	return a;
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
