/*
 * src/catalog/include.h
 *
 * Eager loading: the include tree of find_all/find_one and of nested
 * create, resolved against the registry with Sequelize's rules.
 */
#ifndef ASSOCIATION_INCLUDE_H
#define ASSOCIATION_INCLUDE_H

#include "catalog/model.h"
#include "sqlgen/where.h"

/* One node of an include tree; the root is the queried model. */
typedef struct IncludeNode
{
	Association *as;			/* NULL for the root */
	Model	   *model;
	char	   *alias;			/* the table's alias in the statement */
	char	   *jalias;			/* the junction's alias (belongsToMany) */
	char	   *group_alias;	/* set when computed by one grouped join */
	List	   *attrs;			/* ModelAttr * to return */
	const JsonbValue *where;	/* or NULL */
	List	   *path_where;		/* Jsonb * from "$alias.attr$" keys of the top where */
	bool		required;
	bool		count;			/* "count": true: the number of rows instead */
	const JsonbValue *order;	/* or NULL */
	const JsonbValue *limit;
	const JsonbValue *offset;
	List	   *through_attrs;	/* junction attributes to return */
	const JsonbValue *through_where;
	char	   *through_as;		/* key of the junction data */
	List	   *children;		/* IncludeNode * */
	const JsonbValue *spec;		/* the include element as given */
} IncludeNode;

extern List *include_parse(Model *parent, const JsonbValue *include, int depth, int *aliases);
extern List *include_attributes(Model *model, const JsonbValue *v, const char *option);
extern char *include_find_sql(IncludeNode *root, WhereParams *params, bool count_only);

#define INCLUDE_MAX_DEPTH 16
#define INCLUDE_MAX_NODES 256		/* associations in one include tree */
#define STATEMENT_MAX_BYTES (4 * 1024 * 1024)	/* SQL text of one find */

#endif
