/*
 * src/sqlgen/sql_ops.c
 *
 * Operators and type names for the SQL the extension generates.  An
 * unqualified "=" or "count(...)" in generated SQL would resolve through the
 * caller's search_path, where any role with CREATE on a schema can plant a
 * better-matching look-alike that then runs with the caller's rights.  So
 * every comparison is written OPERATOR(schema.op) with the operator of the
 * compared type's default btree operator class (for most types
 * pg_catalog's; for an extension type such as citext its own, so that a
 * citext key still compares case-insensitively), and every type name is
 * schema-qualified.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_operator.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"
#include "utils/typcache.h"

#include "sqlgen/sql_ops.h"
#include "options/types.h"

/* operator_sql returns "OPERATOR(schema.name)" naming operator opno. */
static char *
operator_sql(Oid opno)
{
	HeapTuple	tup = SearchSysCache1(OPEROID, ObjectIdGetDatum(opno));
	Form_pg_operator op;
	char	   *sql;

	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for operator %u", opno);
	op = (Form_pg_operator) GETSTRUCT(tup);
	sql = psprintf("OPERATOR(%s.%s)", quote_identifier(get_namespace_name(op->oprnamespace)),
				   NameStr(op->oprname));
	ReleaseSysCache(tup);
	return sql;
}

/* strategy_name returns the usual spelling of a btree strategy, for messages. */
static const char *
strategy_name(StrategyNumber strategy)
{
	static const char *const names[] = {"?", "<", "<=", "=", ">=", ">"};

	return strategy <= BTGreaterStrategyNumber ? names[strategy] : "?";
}

/*
 * sql_cmp_op returns the comparison operator of typid's default btree
 * operator class for strategy (BTLessStrategyNumber ... BTGreaterStrategyNumber)
 * as OPERATOR(schema.op), or reports a type that cannot be compared.
 */
const char *
sql_cmp_op(Oid typid, StrategyNumber strategy)
{
	TypeCacheEntry *tce = lookup_type_cache(typid, TYPECACHE_EQ_OPR | TYPECACHE_BTREE_OPFAMILY);
	Oid			opno = InvalidOid;

	if (strategy == BTEqualStrategyNumber)
		opno = tce->eq_opr;
	else if (OidIsValid(tce->btree_opf))
		opno = get_opfamily_member(tce->btree_opf, tce->btree_opintype, tce->btree_opintype,
								   strategy);
	if (!OidIsValid(opno))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_FUNCTION),
				 errmsg("values of type %s cannot be compared with %s",
						format_type_be(typid), strategy_name(strategy)),
				 errhint("Compare a column whose type has a default btree operator class.")));
	return operator_sql(opno);
}

/* sql_eq_op returns the equality operator of typid. */
const char *
sql_eq_op(Oid typid)
{
	return sql_cmp_op(typid, BTEqualStrategyNumber);
}

/* sql_ne_op returns the negator of typid's equality operator. */
const char *
sql_ne_op(Oid typid)
{
	TypeCacheEntry *tce = lookup_type_cache(typid, TYPECACHE_EQ_OPR);
	Oid			ne = OidIsValid(tce->eq_opr) ? get_negator(tce->eq_opr) : InvalidOid;

	if (!OidIsValid(ne))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_FUNCTION),
				 errmsg("values of type %s cannot be compared with <>", format_type_be(typid))));
	return operator_sql(ne);
}

/*
 * sql_append_not_distinct appends the search_path-free equivalent of
 * "a IS NOT DISTINCT FROM b" for values of typid (IS NOT DISTINCT FROM
 * itself looks "=" up through the search_path).
 */
void
sql_append_not_distinct(StringInfo buf, const char *a, const char *b, Oid typid)
{
	appendStringInfo(buf, "((%s %s %s) IS TRUE OR (%s IS NULL AND %s IS NULL))",
					 a, sql_eq_op(typid), b, a, b);
}

/* sql_append_distinct appends the equivalent of "a IS DISTINCT FROM b". */
void
sql_append_distinct(StringInfo buf, const char *a, const char *b, Oid typid)
{
	appendStringInfoString(buf, "NOT ");
	sql_append_not_distinct(buf, a, b, typid);
}

/* sql_type returns typid's name with its schema (see types_sql_qualified). */
char *
sql_type(Oid typid, int32 typmod)
{
	return types_sql_qualified(typid, typmod);
}

/*
 * model_touch_sql returns ", <updatedAt> = now()" for an UPDATE of the
 * model's table, or "" when it keeps no updatedAt: the extension's own
 * writes keep the timestamp current themselves, as Sequelize does, so that
 * a table made without the trigger or a default (by Sequelize) works.
 */
const char *
model_touch_sql(Model *model)
{
	ModelAttr  *a = model->updated_at ? model_find_attr(model, model->updated_at) : NULL;

	if (a == NULL)
		return "";
	return psprintf(", %s = pg_catalog.now()", quote_identifier(a->field));
}

/* attr_named returns model's attribute called name, which resolution made sure exists. */
static ModelAttr *
attr_named(Model *model, const char *name)
{
	ModelAttr  *a = model_find_attr(model, name);

	if (a == NULL)
		elog(ERROR, "attribute \"%s\" of model \"%s\" vanished", name, model->name);
	return a;
}

/* sql_column returns "alias.column" for model's attribute called name. */
char *
sql_column(const char *alias, Model *model, const char *name)
{
	return psprintf("%s.%s", alias, quote_identifier(attr_named(model, name)->field));
}

/* sql_field returns the column of model's attribute called name, unqualified. */
const char *
sql_field(Model *model, const char *name)
{
	return quote_identifier(attr_named(model, name)->field);
}

/* sql_attr_eq returns the equality operator for model's attribute called name. */
const char *
sql_attr_eq(Model *model, const char *name)
{
	return sql_eq_op(attr_named(model, name)->type_oid);
}
