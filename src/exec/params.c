/*
 * src/exec/params.c
 *
 * The $n parameters of a generated statement (see params.h).
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/lsyscache.h"

#include "exec/params.h"

/* params_grow makes room for one more parameter. */
static void
params_grow(WhereParams *params)
{
	if (params->count < params->capacity)
		return;
	params->capacity = params->capacity == 0 ? 8 : params->capacity * 2;
	params->types = params->types ? repalloc(params->types, params->capacity * sizeof(Oid))
		: palloc(params->capacity * sizeof(Oid));
	params->values = params->values ? repalloc(params->values, params->capacity * sizeof(Datum))
		: palloc(params->capacity * sizeof(Datum));
	params->nulls = params->nulls ? repalloc(params->nulls, params->capacity + 1)
		: palloc(params->capacity + 1);
}

/*
 * where_add_param adds a parameter of type typid read from text with the
 * type's input function (NULL text: a null), and returns its number.
 */
int
where_add_param(WhereParams *params, Oid typid, int32 typmod, const char *text)
{
	Oid			typinput;
	Oid			typioparam;

	params_grow(params);
	getTypeInputInfo(typid, &typinput, &typioparam);
	params->types[params->count] = typid;
	params->nulls[params->count] = text ? ' ' : 'n';
	params->values[params->count] = text ? OidInputFunctionCall(typinput, (char *) text,
																typioparam, typmod) : (Datum) 0;
	params->count++;
	params->nulls[params->count] = '\0';
	return params->count;
}

/* params_add_datum adds a non-null parameter of type typid holding value. */
int
params_add_datum(WhereParams *params, Oid typid, Datum value)
{
	params_grow(params);
	params->types[params->count] = typid;
	params->nulls[params->count] = ' ';
	params->values[params->count] = value;
	params->count++;
	params->nulls[params->count] = '\0';
	return params->count;
}
