/*
 * src/ops/targets.c
 *
 * Reads the targets argument of has/set/add/remove, which may be one key of
 * any type, an array of keys, NULL, or jsonb: a key, an object, or an array
 * of keys and objects.  An object names its target by the key attribute
 * the association stores (targetKey for belongsTo and belongsToMany, the
 * primary key for hasOne and hasMany) and may carry junction data under the
 * junction model's name: {"id": 3, "UserProjects": {"status": "inactive"}}.
 * Keys become an array of the target key's type, bound as one parameter.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"

#include "ops/instance_ops.h"
#include "options/json_util.h"

/* add_target appends one key (and its junction data) to targets. */
static void
add_target(Targets *targets, char *key, Jsonb *through, int capacity)
{
	Assert(targets->count < capacity);
	targets->keys[targets->count] = key;
	targets->through[targets->count] = through;
	targets->count++;
}

/* target_from_json reads one JSON element: a key or a target object. */
static void
target_from_json(Targets *targets, InstanceCall *call, const JsonbValue *v, int capacity)
{
	const char *key_name = call->target_key->name;

	if (v->type == jbvNull)
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("a target of association \"%s\" must not be null", call->as->name),
				 errhint("Pass NULL instead of the whole list to mean no targets.")));
	if (jv_is_object(v))
	{
		JsonbValue *key = jv_get(v, key_name);
		JsonbValue *through = call->as->through ? jv_get(v, call->as->through->name) : NULL;

		if (jv_is_null(key) || jv_is_object(key) || jv_is_array(key))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("a target object of association \"%s\" must have the key \"%s\"",
							call->as->name, key_name),
					 call->as->through ?
					 errhint("Write {\"%s\": value}, with junction data under \"%s\".", key_name,
							 call->as->through->name) :
					 errhint("Write {\"%s\": value}.", key_name)));
		if (!jv_is_null(through) && !jv_is_object(through))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("junction data \"%s\" of a target must be an object, not %s",
							call->as->through->name, jv_type_name(through))));
		add_target(targets, jv_to_text(key), jv_is_null(through) ? NULL : jv_to_jsonb(through),
				   capacity);
		return;
	}
	if (jv_is_array(v))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a target of association \"%s\" must be a key or an object, not an array",
						call->as->name)));
	add_target(targets, jv_to_text(v), NULL, capacity);
}

/* targets_new returns an empty list with room for capacity targets. */
static Targets *
targets_new(int capacity)
{
	Targets    *targets = palloc0(sizeof(Targets));

	targets->keys = palloc(sizeof(char *) * Max(capacity, 1));
	targets->through = palloc(sizeof(Jsonb *) * Max(capacity, 1));
	return targets;
}

/* targets_from_jsonb reads a jsonb targets argument. */
static Targets *
targets_from_jsonb(Jsonb *jb, InstanceCall *call)
{
	JsonbValue	root;
	Targets    *targets;
	ListCell   *lc;
	List	   *elems;

	jv_from_jsonb(jb, &root);
	if (root.type == jbvNull)
	{
		/* JSON null means no targets, like SQL NULL */
		targets = targets_new(0);
		targets->is_null = true;
		return targets;
	}
	if (!jv_is_array(&root))
	{
		targets = targets_new(1);
		target_from_json(targets, call, &root, 1);
		return targets;
	}
	elems = jv_array_elements(&root);
	targets = targets_new(list_length(elems));
	foreach(lc, elems)
		target_from_json(targets, call, lfirst(lc), list_length(elems));
	return targets;
}

/*
 * targets_from_array reads an array of keys of any element type: each
 * element becomes a key, as text of its type.
 */
static Targets *
targets_from_array(ArrayType *arr, InstanceCall *call)
{
	Oid			elemtype = ARR_ELEMTYPE(arr);
	int16		typlen;
	bool		typbyval;
	char		typalign;
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			i;
	Oid			outfunc;
	bool		varlena;
	Targets    *targets;

	get_typlenbyvalalign(elemtype, &typlen, &typbyval, &typalign);
	deconstruct_array(arr, elemtype, typlen, typbyval, typalign, &elems, &nulls, &n);
	getTypeOutputInfo(elemtype, &outfunc, &varlena);
	targets = targets_new(n);
	for (i = 0; i < n; i++)
	{
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("a target of association \"%s\" must not be null", call->as->name),
					 errhint("Pass NULL instead of the whole list to mean no targets.")));
		add_target(targets, OidOutputFunctionCall(outfunc, elems[i]), NULL, n);
	}
	return targets;
}

/*
 * text_is_json_object returns whether text starting with '{' is a JSON
 * object rather than a PostgreSQL array literal: its first element is a
 * quoted string followed by ':'.  ('{}' is neither: the empty list.)
 */
static bool
text_is_json_object(const char *p)
{
	Assert(*p == '{');
	for (p++; *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'; p++)
		;
	if (*p != '"')
		return false;
	for (p++; *p && *p != '"'; p++)
		if (*p == '\\' && p[1])
			p++;
	if (*p != '"')
		return false;
	for (p++; *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'; p++)
		;
	return *p == ':';
}

/*
 * targets_from_literal reads a PostgreSQL array literal of targets: each
 * element a key, or a JSON object with its junction data (node-postgres
 * sends a list of objects as an array literal of their JSON texts).
 */
static Targets *
targets_from_literal(char *str, InstanceCall *call)
{
	Oid			typinput;
	Oid			typioparam;
	ArrayType  *arr;
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			i;
	Targets    *targets;

	/* array_in needs a full call (it caches in fn_extra): through the type's input */
	getTypeInputInfo(TEXTARRAYOID, &typinput, &typioparam);
	arr = DatumGetArrayTypeP(OidInputFunctionCall(typinput, str, typioparam, -1));
	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	targets = targets_new(n);
	for (i = 0; i < n; i++)
	{
		char	   *elem;
		JsonbValue	v;

		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("a target of association \"%s\" must not be null", call->as->name),
					 errhint("Pass NULL instead of the whole list to mean no targets.")));
		elem = TextDatumGetCString(elems[i]);
		if (elem[0] != '{')
		{
			add_target(targets, elem, NULL, n);
			continue;
		}
		jv_from_jsonb(DatumGetJsonbP(DirectFunctionCall1(jsonb_in, CStringGetDatum(elem))), &v);
		target_from_json(targets, call, &v, n);
	}
	return targets;
}

/*
 * targets_from_text reads targets given as text or an untyped literal, as
 * drivers send them: a JSON array or object; a PostgreSQL array literal
 * ('{"1","4"}', which node-postgres and psycopg send for a list; '{}' is the
 * empty list); otherwise one key.  The keys are read as the target key's
 * type later, so a bad key is that type's own error.
 */
static Targets *
targets_from_text(char *str, InstanceCall *call)
{
	char	   *p = str;
	Targets    *targets;

	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	if (*p == '[' || (*p == '{' && text_is_json_object(p)))
		return targets_from_jsonb(DatumGetJsonbP(DirectFunctionCall1(jsonb_in, CStringGetDatum(str))),
								  call);
	if (*p == '{')
		return targets_from_literal(str, call);
	targets = targets_new(1);
	add_target(targets, str, NULL, 1);
	return targets;
}

/*
 * targets_from_value reads the targets argument of a mutator, of type type:
 * NULL, a key of any type, an array of keys, json/jsonb, or text (see
 * targets_from_text).
 */
Targets *
targets_from_value(Datum value, Oid type, bool isnull, InstanceCall *call)
{
	Targets    *targets;
	Oid			outfunc;
	bool		varlena;

	if (isnull)
	{
		targets = targets_new(0);
		targets->is_null = true;
		return targets;
	}
	if (type == JSONBOID)
		return targets_from_jsonb(DatumGetJsonbP(value), call);
	if (type == TEXTOID)
		return targets_from_text(TextDatumGetCString(value), call);
	if (type == UNKNOWNOID)
		return targets_from_text(pstrdup(DatumGetCString(value)), call);
	if (type == JSONOID)
		return targets_from_jsonb(DatumGetJsonbP(DirectFunctionCall1(jsonb_in,
																	 CStringGetDatum(TextDatumGetCString(value)))),
								  call);
	if (OidIsValid(get_element_type(type)))
		return targets_from_array(DatumGetArrayTypeP(value), call);
	if (type == InvalidOid)
		elog(ERROR, "could not determine the type of the targets argument");
	getTypeOutputInfo(type, &outfunc, &varlena);
	targets = targets_new(1);
	add_target(targets, OidOutputFunctionCall(outfunc, value), NULL, 1);
	return targets;
}

/* targets_key_array returns the keys as an array of key's type. */
Datum
targets_key_array(Targets *targets, ModelAttr *key)
{
	Datum	   *elems = palloc(sizeof(Datum) * Max(targets->count, 1));
	Oid			typinput;
	Oid			typioparam;
	int16		typlen;
	bool		typbyval;
	char		typalign;
	int			i;

	getTypeInputInfo(key->type_oid, &typinput, &typioparam);
	get_typlenbyvalalign(key->type_oid, &typlen, &typbyval, &typalign);
	for (i = 0; i < targets->count; i++)
		elems[i] = OidInputFunctionCall(typinput, targets->keys[i], typioparam, key->typmod);
	return PointerGetDatum(construct_array(elems, targets->count, key->type_oid,
										   typlen, typbyval, typalign));
}

/*
 * push_junction_pairs adds the pairs of obj (keyed by attribute name) to an
 * object being built, keyed by column, and notes the columns in *fields.
 * The junction keys themselves are the association's to set: skipped.
 */
static void
push_junction_pairs(JsonbParseState **state, InstanceCall *call, Jsonb *obj,
					bool plain_only, List **fields)
{
	Model	   *through = call->as->through;
	JsonbValue	root;
	ListCell   *lc;

	if (obj == NULL)
		return;
	jv_from_jsonb(obj, &root);
	if (!jv_is_object(&root))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("junction data of association \"%s\" must be an object, not %s",
						call->as->name, jv_type_name(&root))));
	foreach(lc, jv_object_pairs(&root))
	{
		JsonPair   *pair = lfirst(lc);
		ModelAttr  *a = model_find_attr(through, pair->key);

		if (a == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("attribute \"%s\" of junction model \"%s\" does not exist",
							pair->key, through->name),
					 errhint("association.describe('%s') lists its attributes.", through->name)));
		if (strcmp(a->name, call->as->foreign_key) == 0 || strcmp(a->name, call->as->other_key) == 0)
			continue;
		if (plain_only && (jv_is_object(&pair->value) || jv_is_array(&pair->value)))
			continue;
		if (!list_member_ptr(*fields, a))
			*fields = lappend(*fields, a);
		jv_push_pair(state, a->field, &pair->value);
	}
}

/*
 * targets_through_rows returns a jsonb[] with one junction row per target:
 * the defaults (options.through), overridden by the target's own data,
 * overridden by the through scope — keyed by column, for
 * jsonb_populate_record — and sets *fields to the columns they set.
 */
Datum
targets_through_rows(Targets *targets, InstanceCall *call, Jsonb *defaults, List **fields)
{
	Datum	   *rows = palloc(sizeof(Datum) * Max(targets->count, 1));
	int			i;

	for (i = 0; i < targets->count; i++)
	{
		JsonbParseState *state = NULL;
		JsonbValue *obj;

		pushJsonbValue(&state, WJB_BEGIN_OBJECT, NULL);
		push_junction_pairs(&state, call, defaults, false, fields);
		push_junction_pairs(&state, call, targets->through[i], false, fields);
		push_junction_pairs(&state, call, call->as->through_scope, true, fields);
		obj = pushJsonbValue(&state, WJB_END_OBJECT, NULL);
		rows[i] = JsonbPGetDatum(JsonbValueToJsonb(obj));
	}
	return PointerGetDatum(construct_array(rows, targets->count, JSONBOID, -1, false,
										   TYPALIGN_INT));
}
