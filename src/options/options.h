/*
 * src/options/options.h
 *
 * Every option key the extension accepts, in one table, and the one
 * validator that checks an options object against it
 * (src/options/options.c).
 */
#ifndef ASSOCIATION_OPTIONS_OPTIONS_H
#define ASSOCIATION_OPTIONS_OPTIONS_H

#include "postgres.h"

#include "utils/jsonb.h"

/* Where an options object is given: each has its own valid keys. */
typedef enum OptionContext
{
	OPT_MODEL,					/* define_model options */
	OPT_MODEL_NAME,				/* model option "name" */
	OPT_DISTRIBUTION,			/* model option "distribution" (Citus) */
	OPT_ATTRIBUTE,				/* one attribute's declaration */
	OPT_REFERENCES,				/* attribute option "references" */
	OPT_VALIDATE,				/* attribute option "validate" */
	OPT_BELONGS_TO,				/* belongs_to options */
	OPT_HAS_ONE,				/* has_one options */
	OPT_HAS_MANY,				/* has_many options */
	OPT_BELONGS_TO_MANY,		/* belongs_to_many options */
	OPT_THROUGH,				/* association option "through" */
	OPT_FOREIGN_KEY,			/* association option "foreignKey" / "otherKey" */
	OPT_AS,						/* association option "as" */
	OPT_SYNC,					/* sync / sync_sql options */
	OPT_DROP_MODEL,				/* drop_model options */
	OPT_CREATE,					/* create options */
	OPT_MUTATOR,				/* set / add options */
	OPT_GETTER,					/* get / count options */
	OPT_GETTER_THROUGH,			/* getter option "through" */
	OPT_FIND,					/* find_all / find_one / find_and_count_all options */
	OPT_INCLUDE,				/* one include element */
	OPT_INCLUDE_THROUGH,		/* include option "through" (may rename the junction key) */
	OPT_ATTRIBUTES				/* {"exclude": [...]} form of "attributes" */
} OptionContext;

extern void options_read(Jsonb *options, JsonbValue *out, OptionContext context,
						 const char *where);
extern void options_check(const JsonbValue *obj, OptionContext context, const char *where);
extern char *options_action(const char *value, const char *option, const char *where);

#endif
