/*
 * src/catalog/include.h
 *
 * Eager loading: the include tree of find_all/find_one and of nested
 * create, resolved against the registry with Sequelize's rules
 * (src/catalog/include_resolve.c), then read, never changed, by the SQL
 * builder (src/sqlgen/include_sql.c) and nested create (src/ops/create.c).
 */
#ifndef ASSOCIATION_INCLUDE_H
#define ASSOCIATION_INCLUDE_H

#include "catalog/model.h"
#include "exec/params.h"

/* One node of an include tree; the root is the queried model. */
typedef struct IncludeNode
{
	Association *as;			/* NULL for the root */
	Model	   *model;
	char	   *alias;			/* the table's alias in the statement */
	char	   *jalias;			/* the junction's alias (belongsToMany) */
	bool		grouped;		/* computed for every parent by one grouped join */
	bool		lateral;		/* looked up per parent row by a join the planner can memoize */
	List	   *attrs;			/* ModelAttr * to return */
	const JsonbValue *where;	/* or NULL (for the root: without "$path$" keys) */
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
	bool		on_citus;		/* a table of the tree is a Citus table */
} IncludeNode;

/* src/catalog/include_resolve.c */
extern IncludeNode *include_resolve_find(Registry *reg, Model *model, const JsonbValue *opts);
extern List *include_resolve_list(Registry *reg, Model *model, const JsonbValue *include);

/* src/sqlgen/include_sql.c */
extern char *include_find_sql(IncludeNode *root, WhereParams *params, bool count_only);
extern List *include_fields(Model *model, const char *alias, List *nodes, WhereParams *params);
extern char *include_required_sql(Model *model, const char *alias, List *nodes,
								  WhereParams *params);

#define INCLUDE_MAX_DEPTH 16
#define INCLUDE_MAX_NODES 256		/* associations in one include tree */
#define STATEMENT_MAX_BYTES (4 * 1024 * 1024)	/* SQL text of one find */

#endif
