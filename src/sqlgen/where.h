/*
 * src/sqlgen/where.h
 *
 * Sequelize's JSON where language compiled to SQL over one model.
 */
#ifndef ASSOCIATION_WHERE_H
#define ASSOCIATION_WHERE_H

#include "catalog/model.h"
#include "lib/stringinfo.h"
#include "exec/params.h"

#define WHERE_MAX_DEPTH 32


/* What to compile into where. */
typedef struct WhereBuilder
{
	Model	   *model;
	const char *alias;			/* table alias qualifying columns, or NULL */
	StringInfo	sql;
	bool		literal;		/* quoted literals (view definitions) */
	WhereParams *params;		/* else parameters go here */
	int			depth;
} WhereBuilder;

extern void where_compile(WhereBuilder *wb, Jsonb *where);
extern void where_append_and(StringInfo buf, Model *model, const char *alias, Jsonb *where,
							 WhereParams *params);

#endif
