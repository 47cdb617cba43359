/*
 * src/catalog/assoc_resolve.c
 *
 * Resolves one association with Sequelize v6's rules: its name and
 * singular/plural forms, default foreign-key and otherKey names, source and target keys, the
 * ON DELETE/ON UPDATE defaults, junction models, and the pairing of two
 * belongsToMany through the same junction.  Keys are injected into the model
 * that holds them, merging with an attribute of the same name: that is how
 * a belongsTo and a hasMany that infer the same name share one column.
 */
#include "postgres.h"

#include "utils/acl.h"
#include "utils/builtins.h"

#include "catalog/assoc_resolve.h"
#include "catalog/lookup.h"
#include "catalog/model_resolve.h"
#include "catalog/names.h"
#include "naming/inflect_cache.h"
#include "naming/naming.h"
#include "options/json_util.h"
#include "options/options.h"
#include "options/types.h"

/* The foreignKey option in its object form. */
typedef struct KeySpec
{
	char	   *name;
	char	   *field;
	Oid			type_oid;		/* InvalidOid when not given */
	int32		typmod;
	bool		allow_null;
	bool		allow_null_given;
	char	   *default_sql;
} KeySpec;


/* options_for returns the option context of an association kind. */
static OptionContext
options_for(AssocKind kind)
{
	switch (kind)
	{
		case ASSOC_BELONGS_TO:
			return OPT_BELONGS_TO;
		case ASSOC_HAS_ONE:
			return OPT_HAS_ONE;
		case ASSOC_HAS_MANY:
			return OPT_HAS_MANY;
		case ASSOC_BELONGS_TO_MANY:
			break;
	}
	return OPT_BELONGS_TO_MANY;
}

/*
 * resolve_effective_kind returns the kind a declaration really is: the v1
 * hasMany with joinTableName, joinTableModel or useJunctionTable: true is a
 * many-to-many through that table.
 */
AssocKind
resolve_effective_kind(AssocKind kind, Jsonb *options)
{
	JsonbValue	opts;

	if (kind != ASSOC_HAS_MANY || options == NULL)
		return kind;
	jv_from_jsonb(options, &opts);
	if (!jv_is_object(&opts))
		return kind;
	if (jv_get(&opts, "joinTableName") != NULL || jv_get(&opts, "joinTableModel") != NULL ||
		jv_get_bool(&opts, "useJunctionTable", false, "has_many options"))
		return ASSOC_BELONGS_TO_MANY;
	return kind;
}

/* resolve_check_options reports the first option kind does not know. */
void
resolve_check_options(AssocKind kind, Jsonb *options)
{
	JsonbValue	opts;
	char	   *context = psprintf("%s options", assoc_kind_sql_name(kind));

	options_read(options, &opts, options_for(kind), context);
}

/* association_view_name returns the default accessor view name. */
static char *
association_view_name(Model *source, const char *name)
{
	assoc_alloc_fn alloc = naming_allocator();

	return psprintf("%s_%s", naming_snake(source->singular, alloc),
					naming_snake(name, alloc));
}

/* parse_key_spec reads the foreignKey option (string or object) into spec. */
static void
parse_key_spec(JsonbValue *opts, KeySpec *spec, const char *context)
{
	JsonbValue *v = jv_get(opts, "foreignKey");
	char	   *keyctx = psprintf("option \"foreignKey\" of %s", context);
	char	   *type;

	memset(spec, 0, sizeof(KeySpec));
	if (jv_is_null(v))
		return;
	if (v->type == jbvString)
	{
		spec->name = jv_string(v);
		return;
	}
	if (!jv_is_object(v))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a string or an object, not %s", keyctx, jv_type_name(v))));
	options_check(v, OPT_FOREIGN_KEY, keyctx);
	spec->name = jv_get_string(v, "name", keyctx);
	if (spec->name == NULL)
		spec->name = jv_get_string(v, "fieldName", keyctx);
	spec->field = jv_get_string(v, "field", keyctx);
	if (spec->field != NULL)
		spec->field = identifier(spec->field);
	type = jv_get_string(v, "type", keyctx);
	if (type != NULL)
		types_resolve(type, &spec->type_oid, &spec->typmod, keyctx);
	if (!jv_is_null(jv_get(v, "allowNull")))
	{
		spec->allow_null = jv_get_bool(v, "allowNull", true, keyctx);
		spec->allow_null_given = true;
	}
	if (jv_get(v, "defaultValue") != NULL)
	{
		char	   *text = jv_to_text(jv_get(v, "defaultValue"));

		spec->default_sql = text ? quote_literal_cstr(text) : pstrdup("NULL");
	}
	(void) jv_get_string(v, "comment", keyctx);
}

/* lookup_key returns model's attribute called name, or reports the option. */
static ModelAttr *
lookup_key(Model *model, const char *name, const char *option)
{
	ModelAttr  *a = model_find_attr(model, name);

	if (a == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("unknown attribute \"%s\" passed as %s, define this attribute on model \"%s\" first",
						name, option, model->name),
				 errhint("Name an attribute of model \"%s\"; association.describe('%s') lists them.",
						 model->name, model->name)));
	return a;
}

/* primary_key_of returns model's single primary-key attribute, or reports. */
static ModelAttr *
primary_key_of(Model *model)
{
	ModelAttr  *pk = model_primary_key(model);

	if (pk == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("model \"%s\" has no single-column primary key", model->name),
				 errdetail("A foreign key of this association would have to reference it."),
				 errhint("Give the association a sourceKey or targetKey naming a unique attribute of \"%s\", and a foreignKey name.",
						 model->name)));
	return pk;
}

/*
 * set_instance_keys sets the attribute that names an instance of the source
 * (the primary key for belongsTo, else sourceKey) and the one that names
 * targets (targetKey for belongsTo and belongsToMany, the primary key for
 * hasOne and hasMany).  Either is NULL when the model has only a composite
 * key: the operations that need it are then not available, and no accessor
 * view is made where its source_key would need it.
 */
static void
set_instance_keys(Association *as)
{
	bool		has = as->kind == ASSOC_HAS_ONE || as->kind == ASSOC_HAS_MANY;

	as->instance_key = as->kind == ASSOC_BELONGS_TO ? model_primary_key(as->source)
		: model_find_attr(as->source, as->source_key);
	as->target_ref = has ? model_primary_key(as->target) : model_find_attr(as->target, as->target_key);
	as->target_ref_unique = as->kind == ASSOC_BELONGS_TO_MANY && as->target_ref != NULL &&
		model_has_unique_key(as->target, as->target_ref, NULL);
	if (as->kind == ASSOC_BELONGS_TO && as->instance_key == NULL && as->view_name != NULL)
	{
		if (as->view_explicit)
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("association \"%s\" of model \"%s\" cannot have an accessor view: model \"%s\" has no single-column primary key",
							as->name, as->source->name, as->source->name),
					 errhint("Its source_key column would need one; pass \"accessorView\": false.")));
		as->view_name = NULL;
	}
}

/* attr_is_unique returns whether attr alone identifies a row of model. */
static bool
attr_is_unique(Model *model, ModelAttr *attr)
{
	ListCell   *lc;
	int			members = 0;

	if (attr->primary_key && list_length(model_primary_keys(model)) == 1)
		return true;
	if (attr->unique == NULL)
		return false;
	if (attr->unique[0] == '\0')
		return true;
	foreach(lc, model->attrs)
	{
		ModelAttr  *a = lfirst(lc);

		if (a->unique != NULL && strcmp(a->unique, attr->unique) == 0)
			members++;
	}
	return members == 1;
}

/* require_unique reports 42830 when a referenced key is not unique. */
static void
require_unique(Model *model, ModelAttr *attr, const char *option)
{
	if (!attr_is_unique(model, attr))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_FOREIGN_KEY),
				 errmsg("%s \"%s\" of model \"%s\" is not unique", option, attr->name, model->name),
				 errdetail("A foreign key must reference a primary key or a unique attribute."),
				 errhint("Declare the attribute with \"unique\": true, or reference another one.")));
}

/*
 * existing_key returns holder's attribute called name, or the column read
 * from an existing table that the key would be stored in (renamed to the
 * key's attribute name, as the table was made for it), or NULL.
 */
static ModelAttr *
existing_key(Model *holder, const char *name, const char *field)
{
	ModelAttr  *a = model_find_attr(holder, name);

	if (a == NULL)
	{
		a = model_find_field(holder, field);
		if (a != NULL && a->from_table)
			a->name = pstrdup(name);
		else
			a = NULL;
	}
	return a;
}

/*
 * inject_key adds or merges the foreign key of a belongsTo, hasOne or
 * hasMany into holder, referencing refkey of refmodel.  Like Sequelize's
 * mergeDefaults, settings of an existing attribute of that name win; the ON
 * DELETE default reads the existing attribute's allowNull, an unstated one
 * counting as NOT NULL (v6 quirk).
 */
static void
inject_key(Association *as, Model *holder, KeySpec *spec, Oid key_type, int32 key_typmod,
		   Model *refmodel, ModelAttr *refkey, const char *notnull_on_delete,
		   bool foreign_key_constraint)
{
	char	   *field = spec->field ? spec->field : model_field_name(holder, as->foreign_key);
	ModelAttr  *existing = existing_key(holder, as->foreign_key, field);
	ModelAttr  *fresh = palloc0(sizeof(ModelAttr));
	ModelAttr  *src;
	bool		nullable;
	char	   *on_delete = as->on_delete;
	char	   *on_update = as->on_update;

	fresh->name = pstrdup(as->foreign_key);
	fresh->field = field;
	fresh->type_oid = OidIsValid(spec->type_oid) ? spec->type_oid : key_type;
	fresh->typmod = OidIsValid(spec->type_oid) ? spec->typmod : key_typmod;
	fresh->allow_null = spec->allow_null_given ? spec->allow_null : true;
	fresh->allow_null_given = true;
	fresh->default_sql = spec->default_sql;
	fresh->index = as->index;

	src = existing ? existing : fresh;
	nullable = src->allow_null_given ? src->allow_null : false;
	if (as->constraints)
	{
		if (on_delete == NULL)
			on_delete = nullable ? "SET NULL" : (char *) notnull_on_delete;
		if (on_update == NULL)
			on_update = "CASCADE";
	}
	if (foreign_key_constraint || on_delete != NULL || on_update != NULL)
	{
		fresh->ref_model = refmodel->name;
		fresh->ref_schema = refmodel->schema;
		fresh->ref_table = refmodel->table;
		fresh->ref_column = refkey->field;
		fresh->on_delete = on_delete ? pstrdup(on_delete) : NULL;
		fresh->on_update = on_update ? pstrdup(on_update) : NULL;
	}

	if (existing == NULL)
	{
		fresh->managed_fk = true;
		holder->attrs = lappend(holder->attrs, fresh);
		return;
	}
	if (!existing->allow_null_given)
	{
		existing->allow_null = fresh->allow_null;
		existing->allow_null_given = true;	/* mergeDefaults fills allowNull: true */
	}
	if (existing->default_sql == NULL)
		existing->default_sql = fresh->default_sql;
	if (existing->ref_table == NULL)
	{
		existing->ref_model = fresh->ref_model;
		existing->ref_schema = fresh->ref_schema;
		existing->ref_table = fresh->ref_table;
		existing->ref_column = fresh->ref_column;
	}
	if (existing->on_delete == NULL)
		existing->on_delete = fresh->on_delete;
	if (existing->on_update == NULL)
		existing->on_update = fresh->on_update;
	existing->managed_fk = true;
	existing->index = existing->index && as->index;
}

/* parse_as sets the association's name and forms from `as` or the target. */
static void
parse_as(Association *as, JsonbValue *opts, const char *context)
{
	JsonbValue *v = jv_get(opts, "as");
	bool		plural_kind = as->kind == ASSOC_HAS_MANY || as->kind == ASSOC_BELONGS_TO_MANY;

	if (jv_is_null(v))
	{
		as->singular = as->target->singular;
		as->plural = as->target->plural;
		as->name = plural_kind ? as->plural : as->singular;
		return;
	}
	as->aliased = true;
	if (v->type == jbvString && v->val.string.len > 0)
	{
		char	   *s = jv_string(v);

		as->name = s;
		as->singular = plural_kind ? inflect_singular(s) : s;
		as->plural = plural_kind ? s : inflect_plural(s);
		return;
	}
	if (jv_is_object(v))
	{
		char	   *asctx = psprintf("option \"as\" of %s", context);

		options_check(v, OPT_AS, asctx);
		as->singular = jv_get_string(v, "singular", asctx);
		as->plural = jv_get_string(v, "plural", asctx);
		if (as->singular != NULL && as->plural != NULL &&
			as->singular[0] != '\0' && as->plural[0] != '\0')
		{
			as->name = plural_kind ? as->plural : as->singular;
			return;
		}
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("option \"as\" of %s must be a non-empty string or {\"singular\": ..., \"plural\": ...}",
					context)));
}

/* resolve_key_type returns keyType, or InvalidOid if not given. */
static Oid
resolve_key_type(JsonbValue *opts, int32 *typmod, const char *context)
{
	char	   *type = jv_get_string(opts, "keyType", context);
	Oid			typid = InvalidOid;

	*typmod = -1;
	if (type != NULL)
		types_resolve(type, &typid, typmod, psprintf("option \"keyType\" of %s", context));
	return typid;
}

/* resolve_belongs_to resolves A.belongsTo(B): key on A -> B.targetKey. */
static void
resolve_belongs_to(Association *as, JsonbValue *opts, KeySpec *spec, const char *context)
{
	char	   *target_key = jv_get_string(opts, "targetKey", context);
	ModelAttr  *tk;
	int32		typmod;
	Oid			key_type = resolve_key_type(opts, &typmod, context);

	tk = target_key ? lookup_key(as->target, target_key, "targetKey") : primary_key_of(as->target);
	require_unique(as->target, tk, "targetKey");
	as->target_key = tk->name;
	as->foreign_key = spec->name ? spec->name :
		naming_join_camelized(as->name, primary_key_of(as->target)->name, naming_allocator());
	inject_key(as, as->source, spec, OidIsValid(key_type) ? key_type : tk->type_oid,
			   OidIsValid(key_type) ? typmod : tk->typmod, as->target, tk, "NO ACTION",
			   jv_get_bool(opts, "foreignKeyConstraint", false, context));
}

/* resolve_has resolves A.hasOne(B) and A.hasMany(B): key on B -> A.sourceKey. */
static void
resolve_has(Association *as, JsonbValue *opts, KeySpec *spec, const char *context)
{
	char	   *source_key = jv_get_string(opts, "sourceKey", context);
	ModelAttr  *sk = NULL;
	int32		typmod;
	Oid			key_type = resolve_key_type(opts, &typmod, context);
	JsonbValue *v;

	if (as->kind == ASSOC_HAS_ONE && source_key != NULL)
		sk = lookup_key(as->source, source_key, "sourceKey");
	else if (source_key != NULL)
		sk = model_find_attr(as->source, source_key);	/* hasMany falls back */
	if (sk == NULL)
		sk = primary_key_of(as->source);
	require_unique(as->source, sk, "sourceKey");
	as->source_key = sk->name;
	if (spec->name != NULL)
		as->foreign_key = spec->name;
	else if (as->kind == ASSOC_HAS_ONE)
	{
		v = jv_get(opts, "as");
		as->foreign_key = naming_join_camelized(
			inflect_singular(jv_is_string(v) ? jv_string(v) : as->source->name),
			primary_key_of(as->source)->name, naming_allocator());
	}
	else
		as->foreign_key = naming_join_camelized(as->source->singular,
												primary_key_of(as->source)->name,
												naming_allocator());
	inject_key(as, as->target, spec, OidIsValid(key_type) ? key_type : sk->type_oid,
			   OidIsValid(key_type) ? typmod : sk->typmod, as->source, sk, "CASCADE",
			   jv_get_bool(opts, "foreignKeyConstraint", false, context));
	if (as->kind == ASSOC_HAS_ONE)
		as->target_fk_unique = model_has_unique_key(as->target,
													model_find_attr(as->target, as->foreign_key), NULL);
}

/*
 * through_model returns the junction model a belongsToMany names: a declared
 * model, else an implicit one with a table of that exact name.
 */
static Model *
through_model(Registry *reg, Association *as, JsonbValue *opts, const char *context)
{
	JsonbValue *through = jv_get(opts, "through");
	char	   *name = NULL;
	Model	   *model;

	if (jv_is_object(through))
	{
		char	   *thctx = psprintf("option \"through\" of %s", context);
		JsonbValue *scope;

		options_check(through, OPT_THROUGH, thctx);
		name = jv_get_string(through, "model", thctx);
		as->through_unique = jv_get_bool(through, "unique", true, thctx);
		(void) jv_get_bool(through, "paranoid", false, thctx);
		scope = jv_get(through, "scope");
		if (!jv_is_null(scope))
		{
			jv_require_object(scope, psprintf("option \"through.scope\" of %s", context));
			as->through_scope = jv_to_jsonb(scope);
		}
	}
	else if (jv_is_string(through))
		name = jv_string(through);
	else if (!jv_is_null(through) && !(through->type == jbvBool && through->val.boolean))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("option \"through\" of %s must be a string or an object, not %s",
						context, jv_type_name(through))));
	if (name == NULL)
		name = jv_get_string(opts, "joinTableName", context);
	if (name == NULL)
		name = jv_get_string(opts, "joinTableModel", context);
	if (name == NULL && jv_get_bool(opts, "useJunctionTable", false, context))
	{
		/* v1: the two table names joined, in alphabetical order */
		const char *a = as->source->table;
		const char *b = as->source == as->target && as->aliased ? as->name : as->target->table;

		name = pg_strcasecmp(a, b) < 0 ? psprintf("%s%s", a, b) : psprintf("%s%s", b, a);
	}
	if (name == NULL || name[0] == '\0')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s.belongsToMany(%s) requires through option, pass either a string or a model",
						as->source->name, as->target->name),
				 errhint("Add \"through\": \"%s%s\" (the junction table) or \"through\": {\"model\": \"...\"}.",
						 as->target->name, as->source->plural)));
	model = registry_find_model(reg, name);
	if (model == NULL)
	{
		model = model_make_implicit(name, as->source->schema,
									jv_get_bool(opts, "timestamps", true, context),
									as->source->underscored, as->owner);
		registry_add_model(reg, model);
	}
	return model;
}

/*
 * inject_junction_key sets one key of the junction like Sequelize's
 * Object.assign: the association's settings win over the attribute's, but
 * for otherKey an action already on the attribute (set by the paired
 * association) wins over this association's option.
 */
static void
inject_junction_key(Association *as, const char *name, KeySpec *spec, Model *refmodel,
					ModelAttr *refkey, bool is_other, bool pk_deleted,
					const char *unique_key)
{
	Model	   *through = as->through;
	ModelAttr  *a = existing_key(through, name, spec && spec->field ? spec->field :
								 model_field_name(through, name));
	char	   *on_delete;
	char	   *on_update;

	if (a == NULL)
	{
		a = palloc0(sizeof(ModelAttr));
		a->name = pstrdup(name);
		a->allow_null = true;
		a->allow_null_given = true;
		a->index = true;
		through->attrs = lappend(through->attrs, a);
	}
	if (spec != NULL && spec->field != NULL)
		a->field = spec->field;
	else if (a->field == NULL)
		a->field = model_field_name(through, name);
	a->type_oid = spec && OidIsValid(spec->type_oid) ? spec->type_oid : refkey->type_oid;
	a->typmod = spec && OidIsValid(spec->type_oid) ? spec->typmod : refkey->typmod;
	if (spec != NULL && spec->allow_null_given)
		a->allow_null = spec->allow_null;
	if (spec != NULL && spec->default_sql != NULL)
		a->default_sql = spec->default_sql;
	if (pk_deleted)
	{
		a->primary_key = true;
		a->allow_null = false;
	}
	else if (unique_key != NULL)
		a->unique = pstrdup(unique_key);
	a->managed_fk = true;
	a->index = a->index && as->index;

	if (!as->constraints)
	{
		a->ref_model = a->ref_schema = a->ref_table = a->ref_column = NULL;
		a->on_delete = a->on_update = NULL;
		return;
	}
	on_delete = is_other ? (a->on_delete ? a->on_delete : as->on_delete)
		: (as->on_delete ? as->on_delete : a->on_delete);
	on_update = is_other ? (a->on_update ? a->on_update : as->on_update)
		: (as->on_update ? as->on_update : a->on_update);
	a->ref_model = refmodel->name;
	a->ref_schema = refmodel->schema;
	a->ref_table = refmodel->table;
	a->ref_column = refkey->field;
	a->on_delete = on_delete ? on_delete : "CASCADE";
	a->on_update = on_update ? on_update : "CASCADE";
}

/*
 * key_user returns what already uses attribute a of model as a key: an
 * association naming instances or targets of model by it, or an attribute
 * referencing it; NULL when nothing does.
 */
static char *
key_user(Registry *reg, Association *as, Model *model, ModelAttr *a)
{
	ListCell   *lc;

	foreach(lc, reg->associations)
	{
		Association *other = lfirst(lc);

		if (other == as || other == as->paired)
			continue;
		if ((other->source == model &&
			 (other->instance_key == a || strcmp(other->source_key, a->name) == 0)) ||
			(other->target == model &&
			 (other->target_ref == a || (other->target_key && strcmp(other->target_key, a->name) == 0))))
			return psprintf("association \"%s\" of model \"%s\" uses", other->name,
							other->source->name);
	}
	foreach(lc, reg->models)
	{
		Model	   *m = lfirst(lc);
		ListCell   *la;

		foreach(la, m->attrs)
		{
			ModelAttr  *ref = lfirst(la);

			if (ref != a && ref->ref_table != NULL && ref->ref_column != NULL &&
				strcmp(ref->ref_schema, model->schema) == 0 &&
				strcmp(ref->ref_table, model->table) == 0 && strcmp(ref->ref_column, a->field) == 0)
				return psprintf("attribute \"%s\" of model \"%s\" references", ref->name, m->name);
		}
	}
	return NULL;
}

/*
 * check_key_unused reports attribute a of model, the junction of as, about
 * to be dropped from it, when something declared before uses it as a key:
 * typically a declared model used as a target (its default `id` the target
 * key) that a later belongsToMany takes as its junction.
 */
static void
check_key_unused(Registry *reg, Association *as, Model *model, ModelAttr *a)
{
	char	   *user = key_user(reg, as, model, a);

	if (user != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("model \"%s\" cannot be the junction of association \"%s\" of model \"%s\": %s its primary key \"%s\"",
						model->name, as->name, as->source->name, user, a->name),
				 errdetail("A junction model's default primary key \"%s\" is replaced by the two keys of the belongsToMany.",
						   a->name),
				 errhint("Give model \"%s\" a primary key of its own, or use another model or a through name as the junction.",
						 model->name)));
}

/*
 * inject_junction_keys puts both keys of a belongsToMany on its junction:
 * Sequelize's default `id` of the junction is dropped and the two keys
 * become its primary key, unless the junction model has a primary key of its
 * own; then they get a unique key instead (unless through.unique is false).
 */
static void
inject_junction_keys(Registry *reg, Association *as, KeySpec *fk_spec, KeySpec *other_spec)
{
	Model	   *through = as->through;
	ListCell   *lc;
	bool		user_pk = false;
	bool		unique_named = false;
	char	   *unique_key = NULL;
	JsonbValue	opts;

	foreach(lc, through->attrs)
	{
		ModelAttr  *a = lfirst(lc);

		if (a->primary_key && a->auto_generated)
		{
			check_key_unused(reg, as, through, a);
			through->attrs = foreach_delete_current(through->attrs, lc);
			continue;
		}
		if (a->primary_key && !a->managed_fk &&
			strcmp(a->name, as->foreign_key) != 0 && strcmp(a->name, as->other_key) != 0)
			user_pk = true;
	}
	if (user_pk && as->through_unique)
	{
		jv_from_jsonb(as->options_given, &opts);
		unique_key = jv_get_string(&opts, "uniqueKey", "belongs_to_many options");
		unique_named = unique_key != NULL && unique_key[0] != '\0';
		if (!unique_named)
			unique_key = psprintf("%s_%s_%s_unique", through->table, as->foreign_key,
								  as->other_key);
	}
	inject_junction_key(as, as->foreign_key, fk_spec, as->source,
						model_find_attr(as->source, as->source_key), false, !user_pk, unique_key);
	inject_junction_key(as, as->other_key, other_spec, as->target,
						model_find_attr(as->target, as->target_key), true, !user_pk, unique_key);
	if (unique_named)
	{
		model_find_attr(through, as->foreign_key)->unique_named = true;
		model_find_attr(through, as->other_key)->unique_named = true;
	}
}

/* find_pair returns the belongsToMany of the target back to the source
 * through the same junction, if one was declared before. */
static Association *
find_pair(Association *as)
{
	ListCell   *lc;

	foreach(lc, as->target->associations)
	{
		Association *other = lfirst(lc);

		if (other != as && other->kind == ASSOC_BELONGS_TO_MANY &&
			other->target == as->source && other->through == as->through)
			return other;
	}
	return NULL;
}

/* resolve_belongs_to_many resolves A.belongsToMany(B, {through}). */
static void
resolve_belongs_to_many(Registry *reg, Association *as, JsonbValue *opts, KeySpec *spec,
						const char *context)
{
	char	   *source_key = jv_get_string(opts, "sourceKey", context);
	char	   *target_key = jv_get_string(opts, "targetKey", context);
	char	   *other_key = NULL;
	JsonbValue *v;
	KeySpec		other_spec;
	Association *pair;
	bool		reinject_pair = false;
	ModelAttr  *sk;
	ModelAttr  *tk;

	if (as->source == as->target && !as->aliased)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("'as' must be defined for many-to-many self-associations"),
				 errhint("Add \"as\": \"Children\" (a plural alias) to the options of %s.belongsToMany(%s).",
						 as->source->name, as->target->name)));

	sk = source_key ? lookup_key(as->source, source_key, "sourceKey") : primary_key_of(as->source);
	tk = target_key ? lookup_key(as->target, target_key, "targetKey") : primary_key_of(as->target);
	require_unique(as->source, sk, "sourceKey");
	require_unique(as->target, tk, "targetKey");
	as->source_key = sk->name;
	as->target_key = tk->name;
	as->target_key_default = target_key == NULL;

	as->foreign_key = spec->name ? spec->name :
		naming_join_camelized(as->source->singular, as->source_key, naming_allocator());
	memset(&other_spec, 0, sizeof(other_spec));
	v = jv_get(opts, "otherKey");
	if (jv_is_string(v))
		other_key = jv_string(v);
	else if (jv_is_object(v))
	{
		JsonbValue	wrapper;
		JsonbParseState *state = NULL;

		/* parse {"otherKey": {...}} with the foreignKey reader */
		pushJsonbValue(&state, WJB_BEGIN_OBJECT, NULL);
		jv_push_pair(&state, "foreignKey", v);
		jv_from_jsonb(JsonbValueToJsonb(pushJsonbValue(&state, WJB_END_OBJECT, NULL)), &wrapper);
		parse_key_spec(&wrapper, &other_spec, context);
		other_key = other_spec.name;
	}
	else if (!jv_is_null(v))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("option \"otherKey\" of %s must be a string or an object", context)));
	as->other_key_default = other_key == NULL;
	as->other_key = other_key ? other_key :
		naming_join_camelized(as->source == as->target ?
							  inflect_singular(as->name) :
							  as->target->singular,
							  as->target_key, naming_allocator());

	pair = find_pair(as);
	if (pair != NULL)
	{
		as->paired = pair;
		pair->paired = as;
		if (as->target_key_default)
			as->target_key = pair->source_key;
		if (pair->target_key_default && strcmp(pair->target_key, as->source_key) != 0)
		{
			pair->target_key = as->source_key;
			reinject_pair = true;
		}
		if (as->other_key_default)
			as->other_key = pair->foreign_key;
		if (pair->other_key_default && strcmp(pair->other_key, as->foreign_key) != 0)
		{
			ModelAttr  *stale = model_find_attr(as->through, pair->other_key);

			if (stale != NULL)
				as->through->attrs = list_delete_ptr(as->through->attrs, stale);
			pair->other_key = as->foreign_key;
			reinject_pair = true;
		}
	}
	inject_junction_keys(reg, as, spec, other_key ? &other_spec : NULL);
	if (reinject_pair)
		inject_junction_keys(reg, pair, NULL, NULL);
	as->junction_unique = model_has_unique_key(as->through, model_find_attr(as->through, as->foreign_key),
											   model_find_attr(as->through, as->other_key));
	if (pair != NULL)
		pair->junction_unique = as->junction_unique;
}

/* check_alias_unique reports a second association of the source with this alias. */
static void
check_alias_unique(Association *as)
{
	ListCell   *lc;

	foreach(lc, as->source->associations)
	{
		Association *other = lfirst(lc);

		if (strcmp(other->name, as->name) == 0)
			ereport(ERROR,
					(errcode(ERRCODE_DUPLICATE_OBJECT),
					 errmsg("association \"%s\" already exists on model \"%s\"",
							as->name, as->source->name),
					 errdetail("You have used the alias %s in two separate associations. Aliased associations must have unique aliases.",
							   as->name),
					 errhint("Give this association another \"as\", or drop the other one with association.drop_association('%s', '%s').",
							 as->source->name, as->name)));
	}
}

/*
 * check_naming_collision reports an attribute of the source named like the
 * association — checked once the keys are injected, as Sequelize does, so
 * that belongs_to('car', 'person', {"foreignKey": "person"}) is caught.
 */
static void
check_naming_collision(Association *as)
{
	if (model_find_attr(as->source, as->name) != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_DUPLICATE_OBJECT),
				 errmsg("naming collision between attribute \"%s\" and association \"%s\" on model \"%s\"",
						as->name, as->name, as->source->name),
				 errhint("To remedy this, change either foreignKey or as in your association definition.")));
}

/*
 * check_association_owner reports an association whose declaring role may
 * not act for the owners of the models it joins: whatever wrote the row, an
 * association adds columns and keys to those models' tables, and sync does
 * that with the rights of the role that declared it.
 */
static void
check_association_owner(Association *as)
{
	Model	   *models[3] = {as->source, as->target, as->through};
	int			i;

	if (!OidIsValid(as->owner_oid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("role \"%s\", who declared association \"%s\" of model \"%s\", does not exist",
						as->owner, as->name, as->source->name)));
	for (i = 0; i < 3; i++)
		if (models[i] != NULL && !has_privs_of_role(as->owner_oid, models[i]->owner_oid))
			ereport(ERROR,
					(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
					 errmsg("role \"%s\" may not declare association \"%s\" of model \"%s\": model \"%s\" belongs to role \"%s\"",
							as->owner, as->name, as->source->name, models[i]->name, models[i]->owner),
					 errhint("Only the owner of every model an association joins can declare it.")));
}

/*
 * resolve_association resolves one catalog row against the registry built
 * so far and adds the association to its source model.
 */
Association *
resolve_association(Registry *reg, AssocRow *row)
{
	Association *as = palloc0(sizeof(Association));
	AssocKind	declared = row->kind;
	char	   *context;
	JsonbValue	opts;
	JsonbValue *v;
	KeySpec		spec;

	as->kind = resolve_effective_kind(declared, row->options);
	as->owner = pstrdup(row->owner);
	as->owner_oid = get_role_oid(row->owner, true);
	as->source = registry_lookup_model(reg, row->source);
	as->target = registry_lookup_model(reg, row->target);
	as->options_given = row->options;
	as->ordinal = row->ordinal;
	context = psprintf("%s(%s, %s)", assoc_kind_sql_name(declared), row->source, row->target);

	resolve_check_options(declared, row->options);
	jv_from_jsonb(row->options, &opts);
	if (declared == ASSOC_HAS_MANY && as->kind == ASSOC_HAS_MANY &&
		!jv_is_null(jv_get(&opts, "through")))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("N:M associations are not supported with hasMany. Use belongsToMany instead"),
				 errhint("Call association.belongs_to_many('%s', '%s', '{\"through\": ...}').",
						 row->source, row->target)));

	parse_as(as, &opts, context);
	if (row->name != NULL && strcmp(row->name, as->name) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("association row \"%s\" of model \"%s\" does not match its options, which name it \"%s\"",
						row->name, row->source, as->name),
				 errhint("Declare associations with the association functions, not by writing rows.")));
	if (as->kind == ASSOC_BELONGS_TO_MANY)
	{
		/* through is checked before anything else, as Sequelize does */
		as->through_unique = true;
		as->through = through_model(reg, as, &opts, context);
	}
	check_alias_unique(as);
	as->constraints = jv_get_bool(&opts, "constraints", true, context);
	as->index = jv_get_bool(&opts, "index", true, context);
	as->on_delete = options_action(jv_get_string(&opts, "onDelete", context), "onDelete", context);
	as->on_update = options_action(jv_get_string(&opts, "onUpdate", context), "onUpdate", context);
	v = jv_get(&opts, "scope");
	if (!jv_is_null(v))
	{
		jv_require_object(v, psprintf("option \"scope\" of %s", context));
		as->scope = jv_to_jsonb(v);
	}
	v = jv_get(&opts, "accessorView");
	if (v != NULL && v->type == jbvBool && !v->val.boolean)
		as->view_name = NULL;
	else if (jv_is_string(v) && v->val.string.len > 0)
	{
		as->view_name = jv_string(v);
		as->view_explicit = true;
	}
	else if (jv_is_null(v) || (v->type == jbvBool && v->val.boolean))
		as->view_name = association_view_name(as->source, as->name);
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("option \"accessorView\" of %s must be a view name or false", context)));
	parse_key_spec(&opts, &spec, context);

	switch (as->kind)
	{
		case ASSOC_BELONGS_TO:
			resolve_belongs_to(as, &opts, &spec, context);
			break;
		case ASSOC_HAS_ONE:
		case ASSOC_HAS_MANY:
			resolve_has(as, &opts, &spec, context);
			break;
		case ASSOC_BELONGS_TO_MANY:
			resolve_belongs_to_many(reg, as, &opts, &spec, context);
			break;
	}
	check_naming_collision(as);
	check_association_owner(as);
	set_instance_keys(as);
	as->source->associations = lappend(as->source->associations, as);
	reg->associations = lappend(reg->associations, as);
	return as;
}
