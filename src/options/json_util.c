/*
 * src/options/json_util.c
 *
 * Readers over jsonb option objects.  Every check reports the offending key
 * and where it was found ("context"), with SQLSTATE 22023, before any SQL is
 * built: a typo in an option must never be silently ignored.
 */
#include "postgres.h"

#include "lib/stringinfo.h"
#include "common/jsonapi.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/jsonfuncs.h"
#include "utils/jsonb.h"

#include "options/json_util.h"

/* jv_from_jsonb fills *out with the root value of jb. */
void
jv_from_jsonb(Jsonb *jb, JsonbValue *out)
{
	if (JB_ROOT_IS_SCALAR(jb))
	{
		if (!JsonbExtractScalar(&jb->root, out))
			elog(ERROR, "could not extract jsonb scalar");
		return;
	}
	out->type = jbvBinary;
	out->val.binary.data = &jb->root;
	out->val.binary.len = VARSIZE(jb) - VARHDRSZ;
}

/* jv_is_object returns whether v is a JSON object. */
bool
jv_is_object(const JsonbValue *v)
{
	return v != NULL && v->type == jbvBinary &&
		JsonContainerIsObject(v->val.binary.data);
}

/* jv_is_array returns whether v is a JSON array. */
bool
jv_is_array(const JsonbValue *v)
{
	return v != NULL && v->type == jbvBinary &&
		JsonContainerIsArray(v->val.binary.data);
}

/* jv_is_string returns whether v is a JSON string. */
bool
jv_is_string(const JsonbValue *v)
{
	return v != NULL && v->type == jbvString;
}

/* jv_is_null returns whether v is missing or JSON null. */
bool
jv_is_null(const JsonbValue *v)
{
	return v == NULL || v->type == jbvNull;
}

/* jv_get returns the value of key in obj, or NULL if obj has no such key. */
JsonbValue *
jv_get(const JsonbValue *obj, const char *key)
{
	JsonbValue	k;

	if (!jv_is_object(obj))
		return NULL;
	k.type = jbvString;
	k.val.string.val = (char *) key;
	k.val.string.len = strlen(key);
	return findJsonbValueFromContainer(obj->val.binary.data, JB_FOBJECT, &k);
}

/* jv_push_key adds key to the object being built in *state; its value comes next. */
void
jv_push_key(JsonbParseState **state, const char *key)
{
	JsonbValue	k;

	k.type = jbvString;
	k.val.string.val = (char *) key;
	k.val.string.len = strlen(key);
	pushJsonbValue(state, WJB_KEY, &k);
}

/*
 * jv_push_pair adds key: value to the object being built in *state (value
 * may be a container, which is copied in).
 */
void
jv_push_pair(JsonbParseState **state, const char *key, JsonbValue *value)
{
	jv_push_key(state, key);
	pushJsonbValue(state, WJB_VALUE, value);
}

/* jv_without_keys returns object obj without the keys listed in keys (char *). */
JsonbValue *
jv_without_keys(const JsonbValue *obj, List *keys)
{
	JsonbParseState *state = NULL;
	JsonbValue *result = palloc(sizeof(JsonbValue));
	ListCell   *lc;

	pushJsonbValue(&state, WJB_BEGIN_OBJECT, NULL);
	foreach(lc, jv_object_pairs(obj))
	{
		JsonPair   *pair = lfirst(lc);
		ListCell   *lk;
		bool		left_out = false;

		foreach(lk, keys)
			left_out |= strcmp(pair->key, lfirst(lk)) == 0;
		if (!left_out)
			jv_push_pair(&state, pair->key, &pair->value);
	}
	jv_from_jsonb(JsonbValueToJsonb(pushJsonbValue(&state, WJB_END_OBJECT, NULL)), result);
	return result;
}

/* jv_string returns the text of a JSON string value. */
char *
jv_string(const JsonbValue *v)
{
	Assert(v->type == jbvString);
	return pnstrdup(v->val.string.val, v->val.string.len);
}

/*
 * jv_to_text returns v as text the way a type input function wants it: the
 * string itself for strings, the JSON text for everything else.
 */
char *
jv_to_text(const JsonbValue *v)
{
	switch (v->type)
	{
		case jbvString:
			return jv_string(v);
		case jbvNumeric:
			return DatumGetCString(DirectFunctionCall1(numeric_out,
													   NumericGetDatum(v->val.numeric)));
		case jbvBool:
			return pstrdup(v->val.boolean ? "true" : "false");
		case jbvNull:
			return NULL;
		default:
			return JsonbToCString(NULL, v->val.binary.data, v->val.binary.len);
	}
}

/* jv_to_jsonb returns v as a standalone jsonb datum. */
Jsonb *
jv_to_jsonb(const JsonbValue *v)
{
	return JsonbValueToJsonb((JsonbValue *) v);
}

/* jv_type_name returns the JSON type name of v, for error messages. */
const char *
jv_type_name(const JsonbValue *v)
{
	if (v == NULL)
		return "nothing";
	switch (v->type)
	{
		case jbvNull:
			return "null";
		case jbvString:
			return "a string";
		case jbvNumeric:
			return "a number";
		case jbvBool:
			return "a boolean";
		default:
			return jv_is_object(v) ? "an object" : "an array";
	}
}

/* jv_object_pairs returns the keys and values of obj as a List of JsonPair. */
List *
jv_object_pairs(const JsonbValue *obj)
{
	List	   *pairs = NIL;
	JsonbIterator *it;
	JsonbValue	v;
	JsonbIteratorToken tok;
	JsonPair   *pair = NULL;

	if (!jv_is_object(obj))
		return NIL;
	it = JsonbIteratorInit(obj->val.binary.data);
	while ((tok = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
	{
		if (tok == WJB_KEY)
		{
			pair = palloc0(sizeof(JsonPair));
			pair->key = jv_string(&v);
		}
		else if (tok == WJB_VALUE)
		{
			pair->value = v;
			pairs = lappend(pairs, pair);
		}
	}
	return pairs;
}

/* jv_array_elements returns the elements of arr as a List of JsonbValue *. */
List *
jv_array_elements(const JsonbValue *arr)
{
	List	   *elems = NIL;
	JsonbIterator *it;
	JsonbValue	v;
	JsonbIteratorToken tok;

	if (!jv_is_array(arr))
		return NIL;
	it = JsonbIteratorInit(arr->val.binary.data);
	while ((tok = JsonbIteratorNext(&it, &v, true)) != WJB_DONE)
	{
		if (tok == WJB_ELEM)
		{
			JsonbValue *copy = palloc(sizeof(JsonbValue));

			*copy = v;
			elems = lappend(elems, copy);
		}
	}
	return elems;
}

/*
 * jv_get_string returns the string value of key in obj, NULL when it is
 * absent or null, and reports any other JSON type as an error.
 */
char *
jv_get_string(const JsonbValue *obj, const char *key, const char *context)
{
	JsonbValue *v = jv_get(obj, key);

	if (jv_is_null(v))
		return NULL;
	if (v->type != jbvString)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("option \"%s\" of %s must be a string, not %s",
						key, context, jv_type_name(v))));
	return jv_string(v);
}

/* jv_get_bool returns the boolean value of key in obj, or dflt if absent. */
bool
jv_get_bool(const JsonbValue *obj, const char *key, bool dflt, const char *context)
{
	JsonbValue *v = jv_get(obj, key);

	if (jv_is_null(v))
		return dflt;
	if (v->type != jbvBool)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("option \"%s\" of %s must be true or false, not %s",
						key, context, jv_type_name(v))));
	return v->val.boolean;
}

/* jv_require_object reports an error unless v is a JSON object. */
void
jv_require_object(const JsonbValue *v, const char *context)
{
	if (!jv_is_object(v))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a JSON object, not %s", context, jv_type_name(v)),
				 errhint("Pass an object such as '{}'::jsonb.")));
}

/* The state of json_key_order's parse: the lexer (for the depth) and the keys. */
typedef struct KeyOrder
{
	JsonLexContext *lex;
	List	   *keys;
} KeyOrder;

/* key_order_field notes a key of the top-level object, the first time it appears. */
static void
key_order_field(void *state, char *fname, bool isnull)
{
	KeyOrder   *order = state;
	ListCell   *lc;

	if (order->lex->lex_level != 1)
		return;
	foreach(lc, order->keys)
		if (strcmp(lfirst(lc), fname) == 0)
			return;
	order->keys = lappend(order->keys, pstrdup(fname));
}

/*
 * json_key_order returns the keys of the JSON object in json text, in the
 * order they are written (jsonb sorts them; the order in which attributes
 * are declared is the order Sequelize returns them in).  A key given twice
 * keeps its first place.
 */
List *
json_key_order(const char *json)
{
	KeyOrder	order = {NULL, NIL};
	JsonSemAction sem;

	memset(&sem, 0, sizeof(sem));
	order.lex = makeJsonLexContextCstringLen((char *) json, strlen(json), GetDatabaseEncoding(), true);
	sem.semstate = &order;
	sem.object_field_start = key_order_field;
	pg_parse_json_or_ereport(order.lex, &sem);
	return order.keys;
}

/*
 * jv_object_pairs_in_order returns the pairs of obj (JsonPair *) in the
 * order of keys (char *); keys of obj not in keys follow, in jsonb order.
 */
List *
jv_object_pairs_in_order(const JsonbValue *obj, List *keys)
{
	List	   *pairs = jv_object_pairs(obj);
	List	   *ordered = NIL;
	ListCell   *lk;
	ListCell   *lc;

	foreach(lk, keys)
	{
		foreach(lc, pairs)
		{
			JsonPair   *pair = lfirst(lc);

			if (strcmp(pair->key, lfirst(lk)) == 0)
			{
				ordered = lappend(ordered, pair);
				pairs = foreach_delete_current(pairs, lc);
				break;
			}
		}
	}
	return list_concat(ordered, pairs);
}
