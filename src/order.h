/*
 * src/order.h
 *
 * order, limit and offset options, shared by get and find_all.
 */
#ifndef ASSOCIATION_ORDER_H
#define ASSOCIATION_ORDER_H

#include "association.h"
#include "where.h"

/* What an order option may name: a model, and maybe its junction. */
typedef struct OrderScope
{
	Model	   *model;
	const char *alias;
	Model	   *junction;		/* or NULL */
	const char *junction_alias;
} OrderScope;

extern bool order_list(StringInfo buf, const OrderScope *scope, const JsonbValue *v);
extern int	limit_param(WhereParams *params, const JsonbValue *v, const char *option);

#endif
