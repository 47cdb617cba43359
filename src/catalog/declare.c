/*
 * src/catalog/declare.c
 *
 * Declaring and removing models and associations: the rows of
 * association.models and association.associations.  Each declaration is
 * resolved against the catalog as it stands before it is recorded, so every
 * error surfaces at the call that causes it, and nothing is recorded when
 * one does.  Only the role that made a declaration (or a superuser) may
 * remove it.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "catalog/assoc_resolve.h"
#include "catalog/declare.h"
#include "catalog/loader.h"
#include "catalog/model_resolve.h"
#include "catalog/names.h"
#include "catalog/registry.h"
#include "exec/exec.h"
#include "options/json_util.h"

/* require_table_owner reports an error unless the caller owns relid. */
static void
require_table_owner(Oid relid)
{
	if (OidIsValid(relid) && !pg_class_ownercheck(relid, GetUserId()))
		aclcheck_error(ACLCHECK_NOT_OWNER, OBJECT_TABLE, get_rel_name(relid));
}

/* displayed_table returns schema.table as regclass would print it. */
static char *
displayed_table(const char *schema, const char *table)
{
	Oid			nsp = get_namespace_oid(schema, true);

	if (OidIsValid(nsp) && list_member_oid(fetch_search_path(false), nsp))
		return pstrdup(quote_identifier(table));
	return quote_qualified_identifier(schema, table);
}

/*
 * declare_model declares a model and returns the table it maps to, as
 * regclass would print it.
 */
char *
declare_model(const char *name, const char *attributes, Jsonb *options)
{
	Registry   *reg;
	JsonbValue	opts;
	char	   *schema;
	char	   *table;
	ModelRow	row;
	MemoryContext check_cxt;
	MemoryContext old;
	Datum		values[6];

	model_check_options(options);
	jv_from_jsonb(options, &opts);
	schema = jv_get_string(&opts, "schema", "model options");
	if (schema == NULL)
		schema = get_namespace_name(RangeVarGetCreationNamespace(makeRangeVar(NULL, "x", -1)));
	if (!OidIsValid(get_namespace_oid(schema, true)))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_SCHEMA),
				 errmsg("schema \"%s\" of model \"%s\" does not exist", schema, name),
				 errhint("Create it first with CREATE SCHEMA %s;", quote_identifier(schema))));
	table = model_default_table_name(name, options);
	if (strlen(table) >= NAMEDATALEN)
		table = pnstrdup(table, pg_mbcliplen(table, strlen(table), NAMEDATALEN - 1));

	reg = registry_acquire();
	if (registry_find_model(reg, name) != NULL || registry_broken_model(reg, name) != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_DUPLICATE_OBJECT),
				 errmsg("model \"%s\" already exists", name),
				 errhint("Drop it first with association.drop_model('%s'), or choose another name.",
						 name)));
	{
		ListCell   *lc;

		foreach(lc, reg->models)
		{
			Model	   *m = lfirst(lc);

			if (strcmp(m->schema, schema) == 0 && strcmp(m->table, table) == 0)
				ereport(ERROR,
						(errcode(ERRCODE_DUPLICATE_OBJECT),
						 errmsg("table %s is already the table of model \"%s\"",
								quote_qualified_identifier(schema, table), m->name),
						 errhint("Give model \"%s\" another \"tableName\".", name)));
		}
	}
	registry_release();

	/* resolve it now, so that a bad attribute is reported before recording */
	row.name = (char *) name;
	attributes_from_json(&row, attributes);
	row.options = options;
	row.schema = schema;
	row.table = table;
	row.relid = model_find_table(schema, table);
	row.columns = NULL;
	row.owner = GetUserNameFromId(GetUserId(), false);
	row.ordinal = PG_INT64_MAX;
	require_table_owner(row.relid);
	check_cxt = AllocSetContextCreate(CurrentMemoryContext, "define_model check",
									  ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(check_cxt);
	{
		Model	   *m = model_resolve(&row, true);

		model_check_owner(m);
		model_check_names(m);
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(check_cxt);

	values[0] = CStringGetTextDatum(name);
	values[1] = CStringGetTextDatum(attributes);
	values[2] = JsonbPGetDatum(options);
	values[3] = CStringGetDatum(schema);
	values[4] = CStringGetDatum(table);
	values[5] = ObjectIdGetDatum(row.relid);
	exec_once("INSERT INTO association.models "
					"(name, attributes, options, table_schema, table_name, relid) "
					"VALUES ($1, $2, $3, $4::pg_catalog.text::pg_catalog.name, "
					"$5::pg_catalog.text::pg_catalog.name, "
					"CASE WHEN $6 OPERATOR(pg_catalog.<>) 0::pg_catalog.oid THEN $6::pg_catalog.regclass END)",
					6, (Oid[]) {TEXTOID, JSONOID, JSONBOID, CSTRINGOID, CSTRINGOID, OIDOID},
					values, NULL, SPI_OK_INSERT);
	return displayed_table(schema, table);
}

/*
 * notice_unavailable tells, when an association is declared, which of its
 * operations a composite primary key rules out (they fail with 0A000).
 */
static void
notice_unavailable(Association *as)
{
	bool		singular = as->kind == ASSOC_BELONGS_TO || as->kind == ASSOC_HAS_ONE;

	if (as->instance_key == NULL)
		ereport(NOTICE,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("association \"%s\" of model \"%s\" has no instance functions: model \"%s\" has no single-column primary key",
						as->name, as->source->name, as->source->name),
				 errhint("find_all can include it; it has no accessor view.")));
	else if (as->target_ref == NULL)
		ereport(NOTICE,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("%s of association \"%s\" of model \"%s\" %s not available: model \"%s\" has no single-column primary key",
						singular ? "set" : "has, set, add and remove", as->name, as->source->name,
						singular ? "is" : "are", as->target->name),
				 singular ? errhint("get and create_associated work, and find_all can include it.")
				 : errhint("get, count and create_associated work, and find_all can include it.")));
}

/*
 * declare_association resolves and records one association and returns its
 * name.  The resolution runs on a fresh build of the catalog plus the new
 * declaration, in a scratch memory context.
 */
char *
declare_association(const char *source, const char *target, AssocKind kind, Jsonb *options)
{
	AssocKind	effective = resolve_effective_kind(kind, options);
	MemoryContext check_cxt;
	MemoryContext old;
	AssocRow	row;
	Association *as;
	char	   *name;
	Datum		values[5];

	resolve_check_options(kind, options);
	check_cxt = AllocSetContextCreate(CurrentMemoryContext, "association check",
									  ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(check_cxt);
	{
		Registry   *scratch;
		ListCell   *lc;

		row.source = (char *) source;
		row.name = NULL;
		row.owner = GetUserNameFromId(GetUserId(), false);
		row.kind = kind;
		row.target = (char *) target;
		row.options = options;
		row.ordinal = PG_INT64_MAX;
		scratch = registry_build(&row);
		as = NULL;
		foreach(lc, scratch->associations)
			if (((Association *) lfirst(lc))->row == &row)
				as = lfirst(lc);
		Assert(as != NULL);
		require_table_owner(as->source->relid);
		require_table_owner(as->target->relid);
		if (as->through != NULL)
			require_table_owner(as->through->relid);
	}
	MemoryContextSwitchTo(old);
	name = pstrdup(as->name);
	notice_unavailable(as);
	MemoryContextDelete(check_cxt);

	values[0] = CStringGetTextDatum(source);
	values[1] = CStringGetTextDatum(name);
	values[2] = CStringGetTextDatum(assoc_kind_name(effective == ASSOC_BELONGS_TO_MANY ? effective : kind));
	values[3] = CStringGetTextDatum(target);
	values[4] = JsonbPGetDatum(options);
	exec_once("INSERT INTO association.associations (source, name, kind, target, options) "
					"VALUES ($1, $2, $3, $4, $5)",
					5, (Oid[]) {TEXTOID, TEXTOID, TEXTOID, TEXTOID, JSONBOID},
					values, NULL, SPI_OK_INSERT);
	return name;
}

/*
 * require_declaration_owner reports an error unless the caller may change a
 * declaration made by role owner (its owner, or a superuser).
 */
static void
require_declaration_owner(const char *owner, const char *what)
{
	if (superuser() || strcmp(owner, GetUserNameFromId(GetUserId(), false)) == 0)
		return;
	ereport(ERROR,
			(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
			 errmsg("must be the owner of %s", what),
			 errdetail("It was declared by role \"%s\".", owner)));
}

/*
 * declare_drop_association removes one association's declaration, also one
 * that no longer resolves.
 */
void
declare_drop_association(const char *source, const char *name)
{
	Registry   *reg = registry_acquire();
	BrokenDecl *broken = registry_broken_association(reg, source, name);
	char	   *what;
	Datum		values[2];

	if (broken != NULL)
	{
		what = psprintf("association \"%s\" of model \"%s\"", broken->name, broken->model);
		require_declaration_owner(broken->owner, what);
	}
	else
	{
		Association *as = registry_lookup_association(reg, source, name);

		what = psprintf("association \"%s\" of model \"%s\"", as->name, as->source->name);
		require_declaration_owner(as->owner, what);
		require_table_owner(as->source->relid);
		name = as->name;
	}
	registry_release();
	values[0] = CStringGetTextDatum(source);
	values[1] = CStringGetTextDatum(name);
	exec_once("DELETE FROM association.associations "
					"WHERE source OPERATOR(pg_catalog.=) $1 AND name OPERATOR(pg_catalog.=) $2",
					2, (Oid[]) {TEXTOID, TEXTOID}, values, NULL, SPI_OK_DELETE);
}

/*
 * declare_drop_model removes a model and its own associations; with
 * drop_table its table too.  Associations of other models that point at it
 * (as target or junction) make it refuse, unless cascade.  A model that no
 * longer resolves can be dropped too (its table with it only when the
 * caller owns that table, as DROP TABLE checks).
 */
void
declare_drop_model(const char *name, bool drop_table, bool cascade)
{
	Registry   *reg;
	BrokenDecl *broken;
	ListCell   *lc;
	char	   *table_sql = NULL;
	Datum		value;

	reg = registry_acquire();
	broken = registry_broken_model(reg, name);
	if (broken != NULL)
		require_declaration_owner(broken->owner, psprintf("model \"%s\"", name));
	else
	{
		Model	   *model = registry_lookup_model(reg, name);

		if (model->implicit)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_OBJECT),
					 errmsg("model \"%s\" does not exist", name),
					 errdetail("\"%s\" is the junction table of a belongsToMany, not a declared model.", name),
					 errhint("Drop the belongsToMany associations that use it.")));
		require_declaration_owner(model->owner, psprintf("model \"%s\"", name));
		require_table_owner(model->relid);
		foreach(lc, reg->associations)
		{
			Association *as = lfirst(lc);

			if (as->source != model && (as->target == model || as->through == model) && !cascade)
				ereport(ERROR,
						(errcode(ERRCODE_DEPENDENT_OBJECTS_STILL_EXIST),
						 errmsg("cannot drop model \"%s\" because association \"%s\" of model \"%s\" uses it",
								name, as->name, as->source->name),
						 errhint("Drop that association first, or pass '{\"cascade\": true}'.")));
			if (as->source != model && (as->target == model || as->through == model))
				require_declaration_owner(as->owner,
										  psprintf("association \"%s\" of model \"%s\", which uses model \"%s\"",
												   as->name, as->source->name, name));
		}
		if (drop_table && OidIsValid(model->relid))
			table_sql = psprintf("DROP TABLE %s%s", model_qualified_table(model),
								 cascade ? " CASCADE" : "");
	}
	registry_release();

	value = CStringGetTextDatum(name);
	exec_once("DELETE FROM association.associations "
					"WHERE source OPERATOR(pg_catalog.=) $1 OR target OPERATOR(pg_catalog.=) $1 "
					"OR options OPERATOR(pg_catalog.->) 'through' OPERATOR(pg_catalog.->>) 'model' OPERATOR(pg_catalog.=) $1 "
					"OR options OPERATOR(pg_catalog.->>) 'through' OPERATOR(pg_catalog.=) $1",
					1, (Oid[]) {TEXTOID}, &value, NULL, SPI_OK_DELETE);
	exec_once("DELETE FROM association.models WHERE name OPERATOR(pg_catalog.=) $1",
					1, (Oid[]) {TEXTOID}, &value, NULL, SPI_OK_DELETE);
	if (table_sql != NULL)
		exec_once(table_sql, 0, NULL, NULL, NULL, SPI_OK_UTILITY);
}
