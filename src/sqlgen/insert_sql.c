/*
 * src/sqlgen/insert_sql.c
 *
 * INSERT statements for one row given as JSON keyed by attribute name, as
 * create, create_associated and nested create write them: values are bound
 * as parameters of each column's type, the columns an association sets
 * (its key, its scope's plain values) are added, and the timestamps are
 * filled the way Sequelize fills them.
 */
#include "postgres.h"

#include "miscadmin.h"
#include "utils/builtins.h"

#include "catalog/lookup.h"
#include "options/json_util.h"
#include "sqlgen/insert.h"
#include "sqlgen/row_json.h"
#include "sqlgen/sql_ops.h"

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
 * insert_returning_json returns a statement that runs insert (after the
 * common table expressions ctes, "name AS (...), ..." or NULL) and returns
 * the new row as json, built over the inserted row in an outer query: a
 * subquery in RETURNING would do, but Citus takes none there.
 */
char *
insert_returning_json(Model *model, const char *ctes, const char *insert)
{
	StringInfoData sql;

	initStringInfo(&sql);
	appendStringInfo(&sql, "WITH %s%sins AS (%s RETURNING *) SELECT ",
					 ctes ? ctes : "", ctes ? ", " : "", insert);
	append_row_json(&sql, model, "ins", model->attrs);
	appendStringInfoString(&sql, " FROM ins");
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

