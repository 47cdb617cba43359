/*
 * src/create.c
 *
 * create(model, values): inserts one row given by attribute name and returns
 * it, with generated keys and defaults, as jsonb keyed by attribute name.
 * Values are bound as parameters of each column's type.
 */
#include "postgres.h"

#include "executor/spi.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

#include "association.h"
#include "json_util.h"
#include "row_json.h"
#include "spi_util.h"
#include "where.h"

PG_FUNCTION_INFO_V1(association_create);

static const char *const create_options[] = {NULL};

/* insert_sql returns the INSERT for the given values, filling params. */
static char *
insert_sql(Model *model, JsonbValue *values, WhereParams *params)
{
	StringInfoData cols;
	StringInfoData vals;
	StringInfoData sql;
	ListCell   *lc;

	initStringInfo(&cols);
	initStringInfo(&vals);
	foreach(lc, jv_object_pairs(values))
	{
		JsonPair   *pair = lfirst(lc);
		ModelAttr  *a = model_find_attr(model, pair->key);

		if (a == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("attribute \"%s\" of model \"%s\" does not exist", pair->key, model->name),
					 errhint("Values are keyed by attribute name; association.describe('%s') lists them.",
							 model->name)));
		appendStringInfo(&cols, "%s%s", cols.len ? ", " : "", quote_identifier(a->field));
		appendStringInfo(&vals, "%s$%d", vals.len ? ", " : "",
						 where_add_param(params, a->type_oid, a->typmod, jv_to_text(&pair->value)));
	}
	initStringInfo(&sql);
	appendStringInfo(&sql, "INSERT INTO %s ", model_qualified_table(model));
	if (cols.len > 0)
		appendStringInfo(&sql, "(%s) VALUES (%s)", cols.data, vals.data);
	else
		appendStringInfoString(&sql, "DEFAULT VALUES");
	appendStringInfoString(&sql, " RETURNING ");
	append_row_json(&sql, model, NULL, NIL);
	return sql.data;
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
	char	   *sql;
	Datum		result;
	bool		isnull;
	int			rc;

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
	memset(&params, 0, sizeof(params));
	sql = insert_sql(model, &vals, &params);
	registry_release();

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	rc = SPI_execute_with_args(sql, params.count, params.types, params.values, params.nulls,
							   false, 1);
	if (rc != SPI_OK_INSERT_RETURNING || SPI_processed != 1)
		elog(ERROR, "INSERT returned %s", SPI_result_code_string(rc));
	result = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	result = SPI_datumTransfer(result, false, -1);
	SPI_finish();
	PG_RETURN_DATUM(result);
}
