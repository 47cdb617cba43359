/*
 * src/define.c
 *
 * SQL entry points that declare and remove models and associations:
 * define_model, belongs_to, has_one, has_many, belongs_to_many,
 * drop_association, drop_model.  Each declaration is resolved against the
 * catalog as it stands before it is recorded, so every error surfaces at
 * the call that causes it, and nothing is recorded when one does.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "association.h"
#include "json_util.h"
#include "model_def.h"
#include "resolve.h"
#include "spi_util.h"

PG_FUNCTION_INFO_V1(association_define_model);
PG_FUNCTION_INFO_V1(association_belongs_to);
PG_FUNCTION_INFO_V1(association_has_one);
PG_FUNCTION_INFO_V1(association_has_many);
PG_FUNCTION_INFO_V1(association_belongs_to_many);
PG_FUNCTION_INFO_V1(association_drop_association);
PG_FUNCTION_INFO_V1(association_drop_model);

static const char *const drop_model_options[] = {"table", "cascade", NULL};

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
 * association_define_model declares a model and returns the table it maps
 * to, as regclass would print it.
 */
Datum
association_define_model(PG_FUNCTION_ARGS)
{
	char	   *name = arg_text_required(fcinfo, 0, "name");
	Jsonb	   *attributes = arg_jsonb_or_empty(fcinfo, 1);
	Jsonb	   *options = arg_jsonb_or_empty(fcinfo, 2);
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
	if (registry_find_model(reg, name) != NULL)
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
	row.name = name;
	row.attributes = attributes;
	row.options = options;
	row.schema = schema;
	row.table = table;
	row.relid = model_find_table(schema, table);
	row.columns = NULL;
	require_table_owner(row.relid);
	check_cxt = AllocSetContextCreate(CurrentMemoryContext, "define_model check",
									  ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(check_cxt);
	model_check_names(model_resolve(reg, &row));
	MemoryContextSwitchTo(old);
	MemoryContextDelete(check_cxt);

	values[0] = CStringGetTextDatum(name);
	values[1] = JsonbPGetDatum(attributes);
	values[2] = JsonbPGetDatum(options);
	values[3] = CStringGetDatum(schema);
	values[4] = CStringGetDatum(table);
	values[5] = ObjectIdGetDatum(row.relid);
	spi_exec_params("INSERT INTO association.models "
					"(name, attributes, options, table_schema, table_name, relid) "
					"VALUES ($1, $2, $3, $4::text::name, $5::text::name, NULLIF($6, 0::oid)::regclass)",
					6, (Oid[]) {TEXTOID, JSONBOID, JSONBOID, CSTRINGOID, CSTRINGOID, OIDOID},
					values, NULL, SPI_OK_INSERT);
	PG_RETURN_TEXT_P(cstring_to_text(displayed_table(schema, table)));
}

/*
 * declare_association resolves and records one association and returns its
 * name.  The resolution runs on a fresh build of the catalog plus the new
 * declaration, in a scratch memory context.
 */
static Datum
declare_association(FunctionCallInfo fcinfo, AssocKind kind)
{
	char	   *source = arg_text_required(fcinfo, 0, "source");
	char	   *target = arg_text_required(fcinfo, 1, "target");
	Jsonb	   *options = arg_jsonb_or_empty(fcinfo, 2);
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
		Registry   *scratch = registry_build_uncached();

		row.source = source;
		row.kind = kind;
		row.target = target;
		row.options = options;
		row.ordinal = PG_INT64_MAX;
		as = resolve_association(scratch, &row);
		registry_check_names(scratch);
		require_table_owner(as->source->relid);
		require_table_owner(as->target->relid);
		if (as->through != NULL)
			require_table_owner(as->through->relid);
	}
	MemoryContextSwitchTo(old);
	name = pstrdup(as->name);
	MemoryContextDelete(check_cxt);

	values[0] = CStringGetTextDatum(source);
	values[1] = CStringGetTextDatum(name);
	values[2] = CStringGetTextDatum(assoc_kind_name(effective == ASSOC_BELONGS_TO_MANY ? effective : kind));
	values[3] = CStringGetTextDatum(target);
	values[4] = JsonbPGetDatum(options);
	spi_exec_params("INSERT INTO association.associations (source, name, kind, target, options) "
					"VALUES ($1, $2, $3, $4, $5)",
					5, (Oid[]) {TEXTOID, TEXTOID, TEXTOID, TEXTOID, JSONBOID},
					values, NULL, SPI_OK_INSERT);
	PG_RETURN_TEXT_P(cstring_to_text(name));
}

/* association_belongs_to declares source.belongsTo(target) and returns its name. */
Datum
association_belongs_to(PG_FUNCTION_ARGS)
{
	return declare_association(fcinfo, ASSOC_BELONGS_TO);
}

/* association_has_one declares source.hasOne(target) and returns its name. */
Datum
association_has_one(PG_FUNCTION_ARGS)
{
	return declare_association(fcinfo, ASSOC_HAS_ONE);
}

/* association_has_many declares source.hasMany(target) and returns its name. */
Datum
association_has_many(PG_FUNCTION_ARGS)
{
	return declare_association(fcinfo, ASSOC_HAS_MANY);
}

/* association_belongs_to_many declares source.belongsToMany(target). */
Datum
association_belongs_to_many(PG_FUNCTION_ARGS)
{
	return declare_association(fcinfo, ASSOC_BELONGS_TO_MANY);
}

/* association_drop_association removes one association's declaration. */
Datum
association_drop_association(PG_FUNCTION_ARGS)
{
	char	   *source = arg_text_required(fcinfo, 0, "source");
	char	   *name = arg_text_required(fcinfo, 1, "name");
	Registry   *reg = registry_acquire();
	Association *as = registry_lookup_association(reg, source, name);
	Datum		values[2];

	require_table_owner(as->source->relid);
	values[0] = CStringGetTextDatum(as->source->name);
	values[1] = CStringGetTextDatum(as->name);
	registry_release();
	spi_exec_params("DELETE FROM association.associations WHERE source = $1 AND name = $2",
					2, (Oid[]) {TEXTOID, TEXTOID}, values, NULL, SPI_OK_DELETE);
	PG_RETURN_VOID();
}

/*
 * association_drop_model removes a model and its own associations; with
 * {"table": true} its table too.  Associations of other models that point
 * at it (as target or junction) make it refuse, unless {"cascade": true}.
 */
Datum
association_drop_model(PG_FUNCTION_ARGS)
{
	char	   *name = arg_text_required(fcinfo, 0, "name");
	Jsonb	   *options = arg_jsonb_or_empty(fcinfo, 1);
	JsonbValue	opts;
	bool		drop_table;
	bool		cascade;
	Registry   *reg;
	Model	   *model;
	ListCell   *lc;
	char	   *table_sql = NULL;
	Datum		value;

	jv_from_jsonb(options, &opts);
	jv_require_object(&opts, "drop_model options");
	jv_check_keys(&opts, drop_model_options, "drop_model options");
	drop_table = jv_get_bool(&opts, "table", false, "drop_model options");
	cascade = jv_get_bool(&opts, "cascade", false, "drop_model options");

	reg = registry_acquire();
	model = registry_lookup_model(reg, name);
	if (model->implicit)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("model \"%s\" does not exist", name),
				 errdetail("\"%s\" is the junction table of a belongsToMany, not a declared model.", name),
				 errhint("Drop the belongsToMany associations that use it.")));
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
	}
	if (drop_table && OidIsValid(model->relid))
		table_sql = psprintf("DROP TABLE %s%s", model_qualified_table(model),
							 cascade ? " CASCADE" : "");
	registry_release();

	value = CStringGetTextDatum(name);
	spi_exec_params("DELETE FROM association.associations "
					"WHERE source = $1 OR target = $1 OR options->'through'->>'model' = $1 "
					"OR options->>'through' = $1",
					1, (Oid[]) {TEXTOID}, &value, NULL, SPI_OK_DELETE);
	spi_exec_params("DELETE FROM association.models WHERE name = $1",
					1, (Oid[]) {TEXTOID}, &value, NULL, SPI_OK_DELETE);
	if (table_sql != NULL)
		spi_exec_params(table_sql, 0, NULL, NULL, NULL, SPI_OK_UTILITY);
	PG_RETURN_VOID();
}
