/*
 * src/api/json_array.c
 *
 * association.json_array(record ORDER BY ...), the aggregate that eager
 * loading uses to turn the included rows of one parent into a json array
 * of objects.
 *
 * PostgreSQL offers two ways, and neither is right here:
 * array_to_json(array_agg(x)) copies every record into an array, then
 * reads the array back to write the text (10 % slower on a hasMany of
 * 100,000 children); json_agg writes the text at once but puts a line
 * break between elements, which psql shows as broken lines.  This one
 * writes each element at once, with a comma between, so its text is the
 * same as array_to_json's: "[{...},{...}]".
 */
#include "postgres.h"

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"

PG_FUNCTION_INFO_V1(association_json_array_step);
PG_FUNCTION_INFO_V1(association_json_array_final);

/*
 * association_json_array_step appends one record to the array text (the
 * state, made in the aggregate's context on the first row), written as
 * row_to_json writes it.
 */
Datum
association_json_array_step(PG_FUNCTION_ARGS)
{
	MemoryContext agg_cxt;
	MemoryContext old;
	StringInfo	state;
	text	   *element;

	if (!AggCheckCallContext(fcinfo, &agg_cxt))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("association.json_array_step can only be called as the step of association.json_array"),
				 errhint("Call the aggregate: association.json_array(record ORDER BY ...).")));

	if (PG_ARGISNULL(0))
	{
		old = MemoryContextSwitchTo(agg_cxt);
		state = makeStringInfo();
		MemoryContextSwitchTo(old);
		appendStringInfoChar(state, '[');
	}
	else
	{
		state = (StringInfo) PG_GETARG_POINTER(0);
		appendStringInfoChar(state, ',');
	}

	if (PG_ARGISNULL(1))
	{
		appendStringInfoString(state, "null");
		PG_RETURN_POINTER(state);
	}
	/* the element's text is made in the per-row context, then copied over */
	element = DatumGetTextPP(DirectFunctionCall1(row_to_json, PG_GETARG_DATUM(1)));
	appendBinaryStringInfo(state, VARDATA_ANY(element), VARSIZE_ANY_EXHDR(element));
	PG_RETURN_POINTER(state);
}

/* association_json_array_final returns the array text; no rows give NULL, as json_agg does. */
Datum
association_json_array_final(PG_FUNCTION_ARGS)
{
	StringInfo	state;
	text	   *result;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	state = (StringInfo) PG_GETARG_POINTER(0);
	/* a new text, the state left as it is: a final function may run twice on one state */
	result = palloc(VARHDRSZ + state->len + 1);
	SET_VARSIZE(result, VARHDRSZ + state->len + 1);
	memcpy(VARDATA(result), state->data, state->len);
	VARDATA(result)[state->len] = ']';
	PG_RETURN_TEXT_P(result);
}
