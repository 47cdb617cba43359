/*
 * src/options/json_util.h
 *
 * Small readers over jsonb option objects: look up a key, check a value's
 * JSON type, iterate an object, and reject unknown keys the way
 * postgres_fdw rejects unknown options.  Values are JsonbValue: scalars, or
 * jbvBinary for nested objects and arrays.
 */
#ifndef ASSOCIATION_JSON_UTIL_H
#define ASSOCIATION_JSON_UTIL_H

#include "postgres.h"

#include "nodes/pg_list.h"
#include "utils/jsonb.h"

/* One key and value of an object, for iteration. */
typedef struct JsonPair
{
	char	   *key;
	JsonbValue	value;
} JsonPair;

extern void jv_from_jsonb(Jsonb *jb, JsonbValue *out);
extern bool jv_is_object(const JsonbValue *v);
extern bool jv_is_array(const JsonbValue *v);
extern bool jv_is_string(const JsonbValue *v);
extern bool jv_is_null(const JsonbValue *v);
extern JsonbValue *jv_get(const JsonbValue *obj, const char *key);
extern void jv_push_key(JsonbParseState **state, const char *key);
extern JsonbValue *jv_without_keys(const JsonbValue *obj, List *keys);
extern void jv_push_pair(JsonbParseState **state, const char *key, JsonbValue *value);
extern char *jv_string(const JsonbValue *v);
extern char *jv_to_text(const JsonbValue *v);
extern Jsonb *jv_to_jsonb(const JsonbValue *v);
extern const char *jv_type_name(const JsonbValue *v);
extern List *jv_object_pairs(const JsonbValue *obj);
extern List *jv_object_pairs_in_order(const JsonbValue *obj, List *keys);
extern List *json_key_order(const char *json);
extern List *jv_array_elements(const JsonbValue *arr);

extern char *jv_get_string(const JsonbValue *obj, const char *key,
						   const char *context);
extern bool jv_get_bool(const JsonbValue *obj, const char *key, bool dflt,
						const char *context);
extern void jv_require_object(const JsonbValue *v, const char *context);

#endif
