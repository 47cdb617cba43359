/*
 * src/catalog/models.c
 *
 * Reading a resolved model: its attributes by name or column, its primary
 * key, its timestamps; and the names of association kinds.
 */
#include "postgres.h"

#include "utils/builtins.h"

#include "catalog/model.h"

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

/* model_qualified_table returns the model's table, quoted and qualified. */
char *
model_qualified_table(Model *model)
{
	return quote_qualified_identifier(model->schema, model->table);
}
