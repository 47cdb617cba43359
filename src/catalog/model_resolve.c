/*
 * src/catalog/model_resolve.c
 *
 * Resolves one model the way Sequelize v6's Model.init does: name forms,
 * table name, declared attributes (type, allowNull, defaultValue, unique,
 * primaryKey, autoIncrement, field, references, validate), the default
 * `id` primary key, `createdAt`/`updatedAt`, and, when the table already
 * exists, its columns and primary key (adoption).
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/sysattr.h"
#include "access/table.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "nodes/bitmapset.h"
#include "utils/builtins.h"
#include "utils/formatting.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/relcache.h"
#include "utils/ruleutils.h"
#include "utils/syscache.h"
#include "utils/acl.h"
#include "catalog/pg_index.h"
#include "access/htup_details.h"

#include "catalog/lookup.h"
#include "catalog/names.h"
#include "naming/inflect_cache.h"
#include "options/json_util.h"
#include "options/options.h"
#include "catalog/model_resolve.h"
#include "naming/naming.h"
#include "catalog/assoc_resolve.h"
#include "options/types.h"

static ModelAttr *attr_from_declaration(Model *model, const char *name,
										JsonbValue *decl, bool declaring);
static void add_timestamps(Model *model, JsonbValue *options);
static void adopt_table_columns(Model *model);
static char *timestamp_name(JsonbValue *options, const char *key);
static void check_timestamp_types(Model *model);
static void read_distribution(JsonbValue *opts, Model *model);

/*
 * read_distribution reads the option "distribution" into model (or only
 * checks it, with model NULL): "reference", or {"column": attribute,
 * "colocateWith": model}.  That the column is an attribute and the other
 * model is distributed alike is checked once associations have added their
 * keys (src/catalog/distribution.c).
 */
static void
read_distribution(JsonbValue *opts, Model *model)
{
	JsonbValue *v = jv_get(opts, "distribution");
	char	   *column = NULL;
	char	   *colocate = NULL;

	if (jv_is_null(v))
		return;
	if (jv_is_string(v) && strcmp(jv_string(v), "reference") == 0)
	{
		if (model != NULL)
			model->distribution = DIST_REFERENCE;
		return;
	}
	if (!jv_is_object(v))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("model option \"distribution\" must be \"reference\" or {\"column\": ..., \"colocateWith\": ...}, not %s",
						jv_is_string(v) ? psprintf("\"%s\"", jv_string(v)) : jv_type_name(v)),
				 errhint("Pass {\"column\": \"TeamId\"} to distribute the table by that attribute, or \"reference\" for a copy on every node.")));
	options_check(v, OPT_DISTRIBUTION, "model option \"distribution\"");
	column = jv_get_string(v, "column", "model option \"distribution\"");
	colocate = jv_get_string(v, "colocateWith", "model option \"distribution\"");
	if (column == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("model option \"distribution\" needs \"column\""),
				 errhint("Name the attribute the table is distributed by: {\"column\": \"TeamId\"}.")));
	if (model != NULL)
	{
		model->distribution = DIST_HASH;
		model->dist_column = column;
		model->colocate_with = colocate;
	}
}

/* model_check_options reports the first invalid model option. */
void
model_check_options(Jsonb *options)
{
	JsonbValue	opts;
	JsonbValue *name;

	options_read(options, &opts, OPT_MODEL, "model options");
	name = jv_get(&opts, "name");
	if (name != NULL)
	{
		jv_require_object(name, "model option \"name\"");
		options_check(name, OPT_MODEL_NAME, "model option \"name\"");
	}
	/* type checks: each getter reports a wrong JSON type */
	(void) jv_get_string(&opts, "tableName", "model options");
	(void) jv_get_string(&opts, "schema", "model options");
	(void) jv_get_bool(&opts, "freezeTableName", false, "model options");
	(void) jv_get_bool(&opts, "underscored", false, "model options");
	(void) jv_get_bool(&opts, "timestamps", true, "model options");
	read_distribution(&opts, NULL);
}

/*
 * model_default_table_name returns the table a model maps to: tableName,
 * else the model name if freezeTableName, else the plural of the model name
 * (snake_case when underscored).
 */
char *
model_default_table_name(const char *name, Jsonb *options)
{
	JsonbValue	opts;
	char	   *table;
	char	   *plural;

	jv_from_jsonb(options, &opts);
	table = jv_get_string(&opts, "tableName", "model options");
	if (table != NULL)
		return table;
	if (jv_get_bool(&opts, "freezeTableName", false, "model options"))
		return pstrdup(name);
	plural = inflect_plural(name);
	if (jv_get_bool(&opts, "underscored", false, "model options"))
		return naming_underscore(plural, naming_allocator());
	return plural;
}

/* model_field_name returns the column of an attribute of model. */
char *
model_field_name(Model *model, const char *attr_name)
{
	if (model->underscored)
		return identifier(naming_underscore(attr_name, naming_allocator()));
	return identifier(attr_name);
}

/* model_find_table returns the OID of table schema.table, or InvalidOid. */
Oid
model_find_table(const char *schema, const char *table)
{
	Oid			nsp = get_namespace_oid(schema, true);

	if (!OidIsValid(nsp))
		return InvalidOid;
	return get_relname_relid(table, nsp);
}

/* model_locate_table sets the model's current table, following renames. */
static void
model_locate_table(Model *model, Oid relid, const char *schema, const char *table)
{
	if (OidIsValid(relid) && SearchSysCacheExists1(RELOID, ObjectIdGetDatum(relid)))
	{
		model->relid = relid;
		model->table = get_rel_name(relid);
		model->schema = get_namespace_name(get_rel_namespace(relid));
		return;
	}
	model->schema = pstrdup(schema);
	model->table = pstrdup(table);
	model->relid = model_find_table(schema, table);
}

/* attr_new returns a nullable attribute of the given type. */
static ModelAttr *
attr_new(const char *name, const char *field, Oid typid, int32 typmod)
{
	ModelAttr  *a = palloc0(sizeof(ModelAttr));

	a->name = pstrdup(name);
	a->field = identifier(field);
	a->type_oid = typid;
	a->typmod = typmod;
	a->allow_null = true;
	a->index = true;
	return a;
}

/*
 * check_timestamp_types reports a createdAt or updatedAt attribute that
 * cannot hold a time: the extension writes now() into them.
 */
static void
check_timestamp_types(Model *model)
{
	ListCell   *lc;

	foreach(lc, model_timestamp_attrs(model))
	{
		ModelAttr  *a = lfirst(lc);
		Oid			base = getBaseType(a->type_oid);

		if (base != TIMESTAMPTZOID && base != TIMESTAMPOID && base != DATEOID)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("timestamp attribute \"%s\" of model \"%s\" has type %s",
							a->name, model->name, format_type_be(a->type_oid)),
					 errdetail("The time a row is created or updated is written into it."),
					 errhint("Give it type DATE (timestamp with time zone), or leave the timestamp out with \"%s\": false in the model options.",
							 a == model_find_attr(model, model->created_at) ? "createdAt" : "updatedAt")));
	}
}

/*
 * model_has_unique_key returns whether model's table has a unique index
 * (or primary key) over exactly the columns of a and b, in either order
 * (b NULL: over a alone).
 */
bool
model_has_unique_key(Model *model, ModelAttr *a, ModelAttr *b)
{
	Relation	rel;
	List	   *indexes;
	ListCell   *lc;
	AttrNumber	na;
	AttrNumber	nb;
	bool		found = false;

	if (!OidIsValid(model->relid))
		return false;
	na = get_attnum(model->relid, a->field);
	nb = b != NULL ? get_attnum(model->relid, b->field) : InvalidAttrNumber;
	rel = table_open(model->relid, AccessShareLock);
	indexes = RelationGetIndexList(rel);
	foreach(lc, indexes)
	{
		Relation	idx = index_open(lfirst_oid(lc), AccessShareLock);
		Form_pg_index ind = idx->rd_index;

		if (ind->indisunique && ind->indisvalid && ind->indimmediate &&
			heap_attisnull(idx->rd_indextuple, Anum_pg_index_indpred, NULL) &&
			heap_attisnull(idx->rd_indextuple, Anum_pg_index_indexprs, NULL) &&
			(b == NULL ? ind->indnkeyatts == 1 && ind->indkey.values[0] == na :
			 ind->indnkeyatts == 2 &&
			 ((ind->indkey.values[0] == na && ind->indkey.values[1] == nb) ||
			  (ind->indkey.values[0] == nb && ind->indkey.values[1] == na))))
			found = true;
		index_close(idx, AccessShareLock);
	}
	table_close(rel, AccessShareLock);
	return found;
}

/*
 * model_resolve returns the model a catalog row declares.  declaring is true
 * for the call that records it (define_model): only then are default values
 * checked with their type's input function, by the role declaring them.
 * Rebuilding the registry later runs no code a declaration names.
 */
Model *
model_resolve(ModelRow *row, bool declaring)
{
	Model	   *model = palloc0(sizeof(Model));
	JsonbValue	opts;
	JsonbValue	attrs;
	JsonbValue *name;
	ListCell   *lc;
	bool		has_pk = false;

	model_check_options(row->options);
	jv_from_jsonb(row->options, &opts);
	jv_from_jsonb(row->attributes, &attrs);
	jv_require_object(&attrs, "model attributes");

	model->name = pstrdup(row->name);
	model->owner = pstrdup(row->owner);
	model->owner_oid = get_role_oid(row->owner, true);
	model->columns_synced = row->columns;
	model->underscored = jv_get_bool(&opts, "underscored", false, "model options");
	model->timestamps = jv_get_bool(&opts, "timestamps", true, "model options");
	read_distribution(&opts, model);
	name = jv_get(&opts, "name");
	model->singular = name ? jv_get_string(name, "singular", "model option \"name\"") : NULL;
	model->plural = name ? jv_get_string(name, "plural", "model option \"name\"") : NULL;
	if (model->singular == NULL)
		model->singular = inflect_singular(row->name);
	if (model->plural == NULL)
		model->plural = inflect_plural(row->name);
	model_locate_table(model, row->relid, row->schema, row->table);

	foreach(lc, jv_object_pairs_in_order(&attrs, row->attribute_order))
	{
		JsonPair   *pair = lfirst(lc);
		ModelAttr  *a = attr_from_declaration(model, pair->key, &pair->value, declaring);

		if (strcmp(a->name, "id") == 0 && !a->primary_key)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("attribute \"id\" of model \"%s\" is not marked as primary key",
							model->name),
					 errhint("Add \"primaryKey\": true to it, or give it another name.")));
		has_pk |= a->primary_key;
		model->attrs = lappend(model->attrs, a);
	}

	if (!has_pk)
	{
		bool		table_has_pk = false;

		if (OidIsValid(model->relid))
		{
			Relation	rel = table_open(model->relid, AccessShareLock);

			table_has_pk = RelationGetIndexAttrBitmap(rel, INDEX_ATTR_BITMAP_PRIMARY_KEY) != NULL;
			table_close(rel, AccessShareLock);
		}
		if (!table_has_pk)
		{
			ModelAttr  *id = attr_new("id", "id", INT4OID, -1);

			id->allow_null = false;
			id->primary_key = true;
			id->auto_increment = true;
			id->auto_generated = true;
			model->attrs = lcons(id, model->attrs);
		}
	}
	add_timestamps(model, &opts);
	adopt_table_columns(model);
	check_timestamp_types(model);
	return model;
}

/*
 * model_make_implicit returns the junction model Sequelize makes for a
 * `through` string that names no model: table of that exact name, no
 * attributes of its own, timestamps as the association says.
 */
Model *
model_make_implicit(const char *name, const char *schema, bool timestamps,
					bool underscored, const char *owner)
{
	Model	   *model = palloc0(sizeof(Model));

	model->name = pstrdup(name);
	model->owner = pstrdup(owner);
	model->owner_oid = get_role_oid(owner, true);
	model->singular = inflect_singular(name);
	model->plural = inflect_plural(name);
	model->implicit = true;
	model->timestamps = timestamps;
	model->underscored = underscored;
	model_locate_table(model, InvalidOid, schema, identifier(name));
	if (timestamps)
		add_timestamps(model, NULL);
	adopt_table_columns(model);
	check_timestamp_types(model);
	model_check_owner(model);
	return model;
}

/* timestamp_name returns the attribute name of a timestamp, or NULL if off. */
static char *
timestamp_name(JsonbValue *options, const char *key)
{
	JsonbValue *v = jv_get(options, key);

	if (v == NULL || v->type == jbvNull)
		return pstrdup(key);
	if (v->type == jbvBool && !v->val.boolean)
		return NULL;
	if (v->type == jbvString && v->val.string.len > 0)
		return jv_string(v);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("model option \"%s\" must be an attribute name or false, not %s",
					key, jv_type_name(v))));
	return NULL;
}

/* add_timestamps appends createdAt/updatedAt, NOT NULL DEFAULT now(). */
static void
add_timestamps(Model *model, JsonbValue *options)
{
	const char *keys[2] = {"createdAt", "updatedAt"};
	int			i;

	if (!model->timestamps)
		return;
	for (i = 0; i < 2; i++)
	{
		char	   *name = options ? timestamp_name(options, keys[i]) : pstrdup(keys[i]);
		ModelAttr  *a;

		if (name == NULL)
			continue;
		if (i == 0)
			model->created_at = name;
		else
			model->updated_at = name;
		if (model_find_attr(model, name) != NULL)
			continue;
		a = attr_new(name, model_field_name(model, name), TIMESTAMPTZOID, -1);
		a->allow_null = false;
		a->allow_null_given = true;
		a->default_sql = pstrdup("pg_catalog.now()");
		a->auto_generated = true;
		model->attrs = lappend(model->attrs, a);
	}
}

/* column_default_sql returns the DEFAULT expression of a column, or NULL. */
static char *
column_default_sql(Relation rel, AttrNumber attnum)
{
	TupleConstr *constr = RelationGetDescr(rel)->constr;
	int			i;

	if (constr == NULL)
		return NULL;
	for (i = 0; i < constr->num_defval; i++)
		if (constr->defval[i].adnum == attnum)
			return deparse_expression(stringToNode(constr->defval[i].adbin), NIL, false, false);
	return NULL;
}

/*
 * citus_added_key returns whether column col is in the table's primary key
 * (pk) only because Citus wants the distribution column in every unique
 * key (sync adds it there): for the model the key stays its own.
 */
static bool
citus_added_key(Model *model, const char *col, Bitmapset *pk)
{
	return model->distribution == DIST_HASH && bms_num_members(pk) > 1 &&
		(strcmp(col, model->dist_column) == 0 ||
		 strcmp(col, model_field_name(model, model->dist_column)) == 0);
}

/*
 * adopt_table_columns adds the columns of an existing table that no
 * attribute declares, after the declared ones in the table's order (the
 * declared attributes keep the order they are written in: it is the order
 * of keys in rows) — but an undeclared one-column primary key first, where
 * Sequelize's default id would be — and takes the table's primary key and
 * single-column unique indexes.
 */
static void
adopt_table_columns(Model *model)
{
	Relation	rel;
	TupleDesc	desc;
	Bitmapset  *pk;
	List	   *indexes;
	List	   *adopted_keys = NIL;
	ListCell   *lc;
	int			pk_size;		/* columns of the model's own key */
	int			i;

	if (!OidIsValid(model->relid))
		return;
	rel = table_open(model->relid, AccessShareLock);
	desc = RelationGetDescr(rel);
	pk = RelationGetIndexAttrBitmap(rel, INDEX_ATTR_BITMAP_PRIMARY_KEY);
	pk_size = bms_num_members(pk);
	for (i = 0; i < desc->natts; i++)
		if (citus_added_key(model, NameStr(TupleDescAttr(desc, i)->attname), pk) &&
			bms_is_member(TupleDescAttr(desc, i)->attnum - FirstLowInvalidHeapAttributeNumber, pk))
			pk_size--;
	for (i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);
		char	   *col = NameStr(att->attname);
		bool		in_pk = bms_is_member(att->attnum - FirstLowInvalidHeapAttributeNumber, pk);
		ModelAttr  *a;

		if (att->attisdropped)
			continue;
		a = model_find_field(model, col);
		if (a == NULL)
		{
			a = attr_new(col, col, att->atttypid, att->atttypmod);
			a->allow_null = !att->attnotnull;
			a->allow_null_given = true;
			a->auto_increment = att->attidentity != '\0';
			a->default_sql = column_default_sql(rel, att->attnum);
			a->from_table = true;
			/*
			 * an undeclared one-column primary key stands where Sequelize's
			 * default id would: first (a junction's two keys stay in place)
			 */
			if (in_pk && pk_size == 1 && !citus_added_key(model, col, pk))
				adopted_keys = lappend(adopted_keys, a);
			else
				model->attrs = lappend(model->attrs, a);
		}
		if (in_pk && !citus_added_key(model, col, pk))
			a->primary_key = true;
	}
	model->attrs = list_concat(adopted_keys, model->attrs);

	/* single-column unique indexes make a column a valid key target */
	indexes = RelationGetIndexList(rel);
	foreach(lc, indexes)
	{
		Relation	idx = index_open(lfirst_oid(lc), AccessShareLock);

		/* a partial index is read from pg_index, never evaluated */
		if (idx->rd_index->indisunique && idx->rd_index->indnkeyatts == 1 &&
			idx->rd_index->indkey.values[0] > 0 &&
			heap_attisnull(idx->rd_indextuple, Anum_pg_index_indpred, NULL))
		{
			Form_pg_attribute att = TupleDescAttr(desc, idx->rd_index->indkey.values[0] - 1);
			ModelAttr  *a = model_find_field(model, NameStr(att->attname));

			if (a != NULL && a->unique == NULL)
				a->unique = pstrdup("");
		}
		index_close(idx, AccessShareLock);
	}
	table_close(rel, AccessShareLock);
}

/*
 * default_sql returns the DEFAULT expression for a JSON defaultValue: the
 * Sequelize names NOW and UUIDV4/UUIDV1, or a literal of the column's type,
 * checked with the type's input function now rather than at sync.
 */
static char *
default_sql(JsonbValue *v, Oid typid, int32 typmod, bool check)
{
	char	   *text;
	Oid			typinput;
	Oid			typioparam;

	if (v->type == jbvNull)
		return pstrdup("NULL");
	if (v->type == jbvString)
	{
		char	   *s = jv_string(v);

		if (strcmp(s, "NOW") == 0)
			return pstrdup("pg_catalog.now()");
		if (strcmp(s, "UUIDV4") == 0 || strcmp(s, "UUIDV1") == 0)
			return pstrdup("pg_catalog.gen_random_uuid()");
	}
	text = jv_to_text(v);
	if (check)
	{
		getTypeInputInfo(typid, &typinput, &typioparam);
		(void) OidInputFunctionCall(typinput, text, typioparam, typmod);
	}
	return psprintf("%s::%s", quote_literal_cstr(text), types_sql(typid, typmod));
}

/* validate_sql returns the CHECK expression for a validate object. */
static char *
validate_sql(ModelAttr *a, JsonbValue *validate, const char *context)
{
	StringInfoData buf;
	const char *keys[2] = {"min", "max"};
	const char *ops[2] = {">=", "<="};
	int			i;

	jv_require_object(validate, context);
	options_check(validate, OPT_VALIDATE, context);
	initStringInfo(&buf);
	for (i = 0; i < 2; i++)
	{
		JsonbValue *v = jv_get(validate, keys[i]);

		if (v == NULL)
			continue;
		if (v->type != jbvNumeric)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("validate option \"%s\" of %s must be a number", keys[i], context)));
		appendStringInfo(&buf, "%s%s %s %s", buf.len > 0 ? " AND " : "",
						 quote_identifier(a->field), ops[i], jv_to_text(v));
	}
	return buf.len > 0 ? buf.data : NULL;
}

/* attr_from_declaration returns the attribute name declares on model. */
static ModelAttr *
attr_from_declaration(Model *model, const char *name, JsonbValue *decl, bool declaring)
{
	char	   *context = psprintf("attribute \"%s\" of model \"%s\"", name, model->name);
	ModelAttr  *a;
	char	   *type;
	char	   *field;
	Oid			typid;
	int32		typmod;
	JsonbValue *v;

	if (decl->type == jbvString)
	{
		type = jv_string(decl);
		types_resolve(type, &typid, &typmod, context);
		return attr_new(name, model_field_name(model, name), typid, typmod);
	}
	if (!jv_is_object(decl))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a type name or an object, not %s",
						context, jv_type_name(decl)),
				 errhint("Write \"%s\": \"STRING\" or \"%s\": {\"type\": \"STRING\", \"allowNull\": false}.",
						 name, name)));
	options_check(decl, OPT_ATTRIBUTE, context);
	type = jv_get_string(decl, "type", context);
	if (type == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s has no type", context),
				 errhint("Add \"type\": \"STRING\" (or another type name).")));
	types_resolve(type, &typid, &typmod, context);
	field = jv_get_string(decl, "field", context);
	a = attr_new(name, field ? field : model_field_name(model, name), typid, typmod);

	v = jv_get(decl, "allowNull");
	if (!jv_is_null(v))
	{
		a->allow_null = jv_get_bool(decl, "allowNull", true, context);
		a->allow_null_given = true;
	}
	a->primary_key = jv_get_bool(decl, "primaryKey", false, context);
	a->auto_increment = jv_get_bool(decl, "autoIncrement", false, context);
	if (a->primary_key)
		a->allow_null = false;
	if (a->auto_increment && typid != INT2OID && typid != INT4OID && typid != INT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s cannot be autoIncrement: its type is %s",
						context, types_sql(typid, typmod)),
				 errhint("autoIncrement needs an integer type (INTEGER, BIGINT, SMALLINT).")));

	v = jv_get(decl, "defaultValue");
	if (v != NULL)
		a->default_sql = default_sql(v, typid, typmod, declaring);

	v = jv_get(decl, "unique");
	if (v != NULL && v->type == jbvBool)
		a->unique = v->val.boolean ? pstrdup("") : NULL;
	else if (v != NULL && v->type == jbvString && v->val.string.len > 0)
		a->unique = jv_string(v);
	else if (v != NULL && v->type != jbvNull)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("option \"unique\" of %s must be true, false or a key name", context)));

	v = jv_get(decl, "references");
	if (v != NULL && v->type == jbvString)
	{
		a->ref_model = jv_string(v);
		a->ref_column = jv_get_string(decl, "referencesKey", context);
	}
	else if (jv_is_object(v))
	{
		char	   *refctx = psprintf("option \"references\" of %s", context);

		options_check(v, OPT_REFERENCES, refctx);
		a->ref_model = jv_get_string(v, "model", refctx);
		a->ref_column = jv_get_string(v, "key", refctx);
		if (a->ref_model == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("%s has no \"model\"", refctx),
					 errhint("Write \"references\": {\"model\": \"Trainer\", \"key\": \"id\"}.")));
	}
	else if (v != NULL && v->type != jbvNull)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("option \"references\" of %s must be an object or a model name", context)));
	a->on_delete = options_action(jv_get_string(decl, "onDelete", context), "onDelete", context);
	a->on_update = options_action(jv_get_string(decl, "onUpdate", context), "onUpdate", context);

	v = jv_get(decl, "validate");
	if (v != NULL)
		a->check_sql = validate_sql(a, v, psprintf("option \"validate\" of %s", context));
	(void) jv_get_string(decl, "comment", context);
	return a;
}

/*
 * model_resolve_references turns each `references` the model declares into
 * a table and column: a model name, else a model's table name, else a plain
 * table (optionally schema-qualified).  The key defaults to the primary key.
 */
void
model_resolve_references(Registry *reg, Model *model)
{
	ListCell   *la;

	foreach(la, model->attrs)
	{
		ModelAttr  *a = lfirst(la);
		Model	   *target;
		ListCell   *lt;

		if (a->ref_model == NULL || a->ref_table != NULL)
			continue;
		target = registry_find_model(reg, a->ref_model);
		foreach(lt, reg->models)
		{
			if (target != NULL)
				break;
			if (strcmp(((Model *) lfirst(lt))->table, a->ref_model) == 0)
				target = lfirst(lt);
		}
		if (target != NULL)
		{
			ModelAttr  *key = a->ref_column ? model_find_attr(target, a->ref_column) : model_primary_key(target);

			if (key == NULL && a->ref_column)
				key = model_find_field(target, a->ref_column);
			a->ref_model = target->name;
			a->ref_schema = target->schema;
			a->ref_table = target->table;
			a->ref_column = key ? key->field : a->ref_column;
			if (a->ref_column == NULL)
				ereport(ERROR,
						(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
						 errmsg("model \"%s\" referenced by attribute \"%s\" of model \"%s\" has no single-column primary key",
								target->name, a->name, model->name),
						 errhint("Name the referenced column with \"key\".")));
		}
		else
		{
			char	   *dot = strchr(a->ref_model, '.');

			a->ref_schema = dot ? pnstrdup(a->ref_model, dot - a->ref_model) : model->schema;
			a->ref_table = dot ? pstrdup(dot + 1) : a->ref_model;
			a->ref_model = NULL;
			if (a->ref_column == NULL)
				a->ref_column = pstrdup("id");
		}
	}
}

/*
 * model_check_owner reports a model whose declaration and table disagree on
 * who owns them: a row written into association.models by hand cannot take
 * over another role's table, because every role acts on its declarations
 * with its own rights.
 */
void
model_check_owner(Model *model)
{
	if (!OidIsValid(model->owner_oid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("role \"%s\", who declared model \"%s\", does not exist",
						model->owner, model->name)));
	if (OidIsValid(model->relid) && !pg_class_ownercheck(model->relid, model->owner_oid))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("table %s of model \"%s\" is not owned by role \"%s\", who declared the model",
						model_qualified_table(model), model->name, model->owner),
				 errhint("A model's declaration and its table must have the same owner.")));
}
