/*
 * src/sqlgen/order.h
 *
 * order, limit and offset options, shared by get and find_all.
 */
#ifndef ASSOCIATION_ORDER_H
#define ASSOCIATION_ORDER_H

#include "catalog/model.h"
#include "sqlgen/where.h"

/*
 * A function that returns the SQL of attribute attr of the association that
 * path (JsonbValue *: association names or {"model", "as"} objects) leads
 * to, for ordering by it.
 */
typedef char *(*order_path_fn) (void *arg, List *path, const char *attr);

/* What an order option may name: a model, maybe its junction, maybe includes. */
typedef struct OrderScope
{
	Model	   *model;
	const char *alias;
	Model	   *junction;		/* or NULL */
	const char *junction_alias;
	order_path_fn path_column;	/* or NULL: no include paths here */
	void	   *path_arg;
} OrderScope;

extern bool order_list(StringInfo buf, const OrderScope *scope, const JsonbValue *v);
extern char *limit_text(const JsonbValue *v, const char *option);
extern int	limit_param(WhereParams *params, const JsonbValue *v, const char *option);

#endif
