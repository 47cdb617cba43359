/*
 * src/api/create.c
 *
 * create(model, values): inserts one row given by attribute name and returns
 * it, with generated keys and defaults, as jsonb keyed by attribute name
 * (with {"include": ...} the associated instances too: src/nested_create.c).
 * Also the INSERT builder the instance functions share (create_associated):
 * values are bound as parameters of each column's type.
 */
#include "postgres.h"

#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

#include "catalog/model.h"
#include "catalog/include.h"
#include "sqlgen/insert.h"
#include "ops/nested_create.h"
#include "options/json_util.h"
#include "exec/exec.h"
#include "sqlgen/row_json.h"
#include "api/args.h"
#include "sqlgen/where.h"

PG_FUNCTION_INFO_V1(association_create);

static const char *const create_options[] = {"include", NULL};

/* extra_for returns the caller's column for attr, or NULL. */
static InsertExtra *
extra_for(List *extras, ModelAttr *attr)
{
	ListCell   *lc;

	foreach(lc, extras)
	{
		InsertExtra *e = lfirst(lc);

		if (e->attr == attr)
			return e;
	}
	return NULL;
}

/*
 * insert_sql returns "INSERT INTO t (cols) VALUES (...)" for values (a JSON
 * object keyed by attribute name) plus the caller's extra columns, which win
 * over values for the same attribute.  Values become parameters in params.
 * The timestamps are filled as Sequelize fills them: createdAt with now()
 * unless given, updatedAt with now() always — so that tables made by
 * Sequelize, whose timestamps are NOT NULL without a default, work.
 */
char *
insert_sql(Model *model, const JsonbValue *values, WhereParams *params, List *extras)
{
	StringInfoData cols;
	StringInfoData vals;
	StringInfoData sql;
	ModelAttr  *updated = model->updated_at ? model_find_attr(model, model->updated_at) : NULL;
	ListCell   *lc;
	bool		created_given = false;

	initStringInfo(&cols);
	initStringInfo(&vals);
	foreach(lc, jv_object_pairs(values))
	{
		JsonPair   *pair = lfirst(lc);
		ModelAttr  *a = model_find_attr(model, pair->key);

		CHECK_FOR_INTERRUPTS();
		if (a == NULL && registry_find_association(model, pair->key) != NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("values name association \"%s\" of model \"%s\", which is not included",
							pair->key, model->name),
					 errhint("Pass '{\"include\": [\"%s\"]}' as options to create it too.", pair->key)));
		if (a == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("attribute \"%s\" of model \"%s\" does not exist", pair->key, model->name),
					 errhint("Values are keyed by attribute name; association.describe('%s') lists them.",
							 model->name)));
		if (extra_for(extras, a) != NULL || a == updated)
			continue;
		if (model->created_at != NULL && strcmp(a->name, model->created_at) == 0 &&
			pair->value.type != jbvNull)
			created_given = true;
		appendStringInfo(&cols, "%s%s", cols.len ? ", " : "", quote_identifier(a->field));
		appendStringInfo(&vals, "%s$%d", vals.len ? ", " : "",
						 where_add_param(params, a->type_oid, a->typmod, jv_to_text(&pair->value)));
	}
	foreach(lc, extras)
	{
		InsertExtra *e = lfirst(lc);

		appendStringInfo(&cols, "%s%s", cols.len ? ", " : "", quote_identifier(e->attr->field));
		appendStringInfo(&vals, "%s%s", vals.len ? ", " : "", e->expr);
	}
	foreach(lc, model_timestamp_attrs(model))
	{
		ModelAttr  *a = lfirst(lc);

		if (extra_for(extras, a) != NULL || (a != updated && created_given))
			continue;
		appendStringInfo(&cols, "%s%s", cols.len ? ", " : "", quote_identifier(a->field));
		appendStringInfo(&vals, "%spg_catalog.now()", vals.len ? ", " : "");
	}
	initStringInfo(&sql);
	appendStringInfo(&sql, "INSERT INTO %s ", model_qualified_table(model));
	if (cols.len > 0)
		appendStringInfo(&sql, "(%s) VALUES (%s)", cols.data, vals.data);
	else
		appendStringInfoString(&sql, "DEFAULT VALUES");
	return sql.data;
}

/*
 * scope_insert_extras appends to extras the plain values of an association
 * scope, which create and add write (operator objects only filter reads).
 */
List *
scope_insert_extras(Model *model, Jsonb *scope, WhereParams *params, List *extras)
{
	JsonbValue	root;
	ListCell   *lc;

	if (scope == NULL)
		return extras;
	jv_from_jsonb(scope, &root);
	foreach(lc, jv_object_pairs(&root))
	{
		JsonPair   *pair = lfirst(lc);
		ModelAttr  *a = model_find_attr(model, pair->key);
		InsertExtra *e;

		if (a == NULL || jv_is_object(&pair->value) || jv_is_array(&pair->value))
			continue;
		e = palloc(sizeof(InsertExtra));
		e->attr = a;
		e->expr = psprintf("$%d", where_add_param(params, a->type_oid, a->typmod,
												  jv_to_text(&pair->value)));
		extras = lappend(extras, e);
	}
	return extras;
}

/* association_create inserts one instance of a model and returns it. */
Datum
association_create(PG_FUNCTION_ARGS)
{
	char	   *name = arg_text_required(fcinfo, 0, "model");
	Jsonb	   *values = arg_jsonb_or_empty(fcinfo, 1);
	Jsonb	   *options = arg_jsonb_or_empty(fcinfo, 2);
	JsonbValue	vals;
	JsonbValue	opts;
	WhereParams params;
	Registry   *reg;
	Model	   *model;
	StringInfoData sql;
	Datum		result;
	bool		isnull;

	jv_from_jsonb(values, &vals);
	jv_require_object(&vals, "create values");
	jv_from_jsonb(options, &opts);
	jv_require_object(&opts, "create options");
	jv_check_keys(&opts, create_options, "create options");

	reg = registry_acquire();
	model = registry_lookup_model(reg, name);
	if (!OidIsValid(model->relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("table of model \"%s\" does not exist", model->name),
				 errhint("Run SELECT association.sync(); to create it.")));
	if (!jv_is_null(jv_get(&opts, "include")))
	{
		int			aliases = 0;
		List	   *nodes = include_parse(model, jv_get(&opts, "include"), 1, &aliases);
		Jsonb	   *tree;

		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		tree = nested_create(model, &vals, nodes, NIL, 0);
		result = SPI_datumTransfer(JsonbPGetDatum(tree), false, -1);
		SPI_finish();
		registry_release();
		PG_RETURN_DATUM(result);
	}
	memset(&params, 0, sizeof(params));
	initStringInfo(&sql);
	appendStringInfoString(&sql, insert_sql(model, &vals, &params, NIL));
	appendStringInfoString(&sql, " RETURNING ");
	append_row_json(&sql, model, NULL, model->attrs);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	exec_kept(sql.data, &params, false, 1, SPI_OK_INSERT_RETURNING);
	result = SPI_datumTransfer(exec_result(0, 1, &isnull), false, -1);
	SPI_finish();
	registry_release();
	PG_RETURN_DATUM(result);
}
