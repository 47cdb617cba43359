/*
 * src/exec/params.h
 *
 * The $n parameters of a generated statement: their types and values,
 * collected while the SQL text is built and bound when it runs.  Values
 * are never pasted into SQL text.
 */
#ifndef ASSOCIATION_PARAMS_H
#define ASSOCIATION_PARAMS_H

#include "postgres.h"

/* Parameters collected while compiling: $1 is types[0]/values[0]. */
typedef struct WhereParams
{
	int			count;
	int			capacity;
	Oid		   *types;
	Datum	   *values;
	char	   *nulls;
	bool		plan_per_call;	/* plan with the values (Citus routes by them) */
} WhereParams;

extern int	where_add_param(WhereParams *params, Oid typid, int32 typmod, const char *text);
extern int	params_add_datum(WhereParams *params, Oid typid, Datum value);

#endif
