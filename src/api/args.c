/*
 * src/api/args.c
 *
 * Argument readers for the SQL entry points: a NULL where a name is needed
 * is an error, a NULL options object means '{}'.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

#include "api/args.h"

/* arg_text_required returns text argument argno, reporting NULL. */
char *
arg_text_required(FunctionCallInfo fcinfo, int argno, const char *argname)
{
	char	   *s;

	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("argument \"%s\" must not be null", argname)));
	s = text_to_cstring(PG_GETARG_TEXT_PP(argno));
	if (s[0] == '\0')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("argument \"%s\" must not be empty", argname)));
	return s;
}

/* arg_jsonb_or_empty returns jsonb argument argno, '{}' when NULL. */
Jsonb *
arg_jsonb_or_empty(FunctionCallInfo fcinfo, int argno)
{
	if (PG_NARGS() <= argno || PG_ARGISNULL(argno))
		return DatumGetJsonbP(DirectFunctionCall1(jsonb_in, CStringGetDatum("{}")));
	return PG_GETARG_JSONB_P(argno);
}

/*
 * arg_json_text returns argument argno, of any of the types JSON arrives
 * in (json, text, an untyped literal, jsonb), as JSON text; NULL gives
 * '{}'.  Text keeps the order of the keys, which jsonb loses.
 */
char *
arg_json_text(FunctionCallInfo fcinfo, int argno, const char *argname)
{
	Oid			type;

	if (PG_NARGS() <= argno || PG_ARGISNULL(argno))
		return pstrdup("{}");
	type = get_fn_expr_argtype(fcinfo->flinfo, argno);
	switch (type)
	{
		case JSONOID:
		case TEXTOID:
		case VARCHAROID:
			return text_to_cstring(PG_GETARG_TEXT_PP(argno));
		case UNKNOWNOID:
		case CSTRINGOID:
			return pstrdup(DatumGetCString(PG_GETARG_DATUM(argno)));
		case JSONBOID:
			return JsonbToCString(NULL, &PG_GETARG_JSONB_P(argno)->root, -1);
		default:
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("argument \"%s\" must be json, not %s", argname, format_type_be(type)),
					 errhint("Pass a JSON object, as json or text (jsonb sorts the keys, and the order of attributes is the order of keys in rows).")));
	}
	return NULL;
}

/*
 * json_result returns json text value as the function's result: json, or
 * jsonb when the function is still declared to return jsonb (the SQL
 * definitions of 0.1.0 call this library until ALTER EXTENSION association
 * UPDATE has run).
 */
Datum
json_result(FunctionCallInfo fcinfo, Datum value)
{
	if (get_fn_expr_rettype(fcinfo->flinfo) == JSONBOID)
		return DirectFunctionCall1(jsonb_in, CStringGetDatum(TextDatumGetCString(value)));
	return value;
}
