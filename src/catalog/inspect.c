/*
 * src/catalog/inspect.c
 *
 * What sync needs to know of the database as it is: whether a table has
 * an index leading with a column, a foreign key on a
 * column and whether it is the one a declaration wants, and whether an
 * existing view is an accessor view sync made (or one identical to it,
 * made by running sync_sql()'s script by hand).  Read from the system
 * catalogs and relcache; nothing here changes the database or runs code a
 * declaration names.
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/relation.h"
#include "access/table.h"
#include "access/xact.h"
#include "utils/resowner.h"
#include "utils/memutils.h"
#include "catalog/namespace.h"
#include "catalog/pg_constraint.h"
#include "catalog/pg_trigger.h"
#include "commands/trigger.h"
#include "nodes/nodeFuncs.h"
#include "parser/analyze.h"
#include "parser/parser.h"
#include "rewrite/rewriteHandler.h"
#include "rewrite/rewriteManip.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/ruleutils.h"
#include "utils/syscache.h"

#include "catalog/model.h"
#include "catalog/model_resolve.h"
#include "catalog/inspect.h"
#include "commands/extension.h"
#include "exec/exec.h"

/* has_trigger returns whether relation relid has a trigger called name. */
static bool
has_trigger(Oid relid, const char *name, Trigger *copy)
{
	Relation	rel = relation_open(relid, AccessShareLock);
	bool		found = false;
	int			i;

	if (rel->trigdesc != NULL)
		for (i = 0; i < rel->trigdesc->numtriggers; i++)
			if (strcmp(rel->trigdesc->triggers[i].tgname, name) == 0)
			{
				found = true;
				if (copy != NULL)
					*copy = rel->trigdesc->triggers[i];
			}
	relation_close(rel, AccessShareLock);
	return found;
}

/* inspect_has_leading_index returns whether an index of relid starts with attnum. */
bool
inspect_has_leading_index(Oid relid, AttrNumber attnum)
{
	Relation	rel = table_open(relid, AccessShareLock);
	List	   *indexes = RelationGetIndexList(rel);
	ListCell   *lc;
	bool		found = false;

	foreach(lc, indexes)
	{
		Relation	idx = index_open(lfirst_oid(lc), AccessShareLock);

		if (idx->rd_index->indkey.values[0] == attnum)
			found = true;
		index_close(idx, AccessShareLock);
	}
	table_close(rel, AccessShareLock);
	return found;
}

/* inspect_existing_fk returns the foreign key on column attnum of relid, or InvalidOid. */
Oid
inspect_existing_fk(Oid relid, AttrNumber attnum)
{
	Relation	rel = table_open(relid, AccessShareLock);
	List	   *fkeys = RelationGetFKeyList(rel);
	ListCell   *lc;
	Oid			found = InvalidOid;

	foreach(lc, fkeys)
	{
		ForeignKeyCacheInfo *fk = lfirst(lc);

		if (fk->nkeys == 1 && fk->conkey[0] == attnum)
			found = fk->conoid;
	}
	table_close(rel, AccessShareLock);
	return found;
}

/* action_code returns pg_constraint's code of an ON DELETE/UPDATE action. */
static char
action_code(const char *action)
{
	if (action == NULL || strcmp(action, "NO ACTION") == 0)
		return FKCONSTR_ACTION_NOACTION;
	if (strcmp(action, "RESTRICT") == 0)
		return FKCONSTR_ACTION_RESTRICT;
	if (strcmp(action, "CASCADE") == 0)
		return FKCONSTR_ACTION_CASCADE;
	if (strcmp(action, "SET NULL") == 0)
		return FKCONSTR_ACTION_SETNULL;
	return FKCONSTR_ACTION_SETDEFAULT;
}

/*
 * inspect_fk_matches returns whether foreign key conoid is the one key a
 * wants: the same referenced table and column and the same actions.
 * Compared by OID, so that renaming a table or a column does not make sync
 * replace it.
 */
bool
inspect_fk_matches(Oid conoid, ModelAttr *a)
{
	HeapTuple	tup = SearchSysCache1(CONSTROID, ObjectIdGetDatum(conoid));
	Form_pg_constraint con;
	Oid			ref = model_find_table(a->ref_schema, a->ref_table);
	bool		matches;
	bool		isnull;
	Datum		confkey;
	ArrayType  *arr;

	if (!HeapTupleIsValid(tup))
		return false;
	con = (Form_pg_constraint) GETSTRUCT(tup);
	confkey = SysCacheGetAttr(CONSTROID, tup, Anum_pg_constraint_confkey, &isnull);
	arr = isnull ? NULL : DatumGetArrayTypeP(confkey);
	matches = con->confrelid == ref && OidIsValid(ref) &&
		con->confdeltype == action_code(a->on_delete) &&
		con->confupdtype == action_code(a->on_update) &&
		arr != NULL && ARR_DIMS(arr)[0] == 1 &&
		((int16 *) ARR_DATA_PTR(arr))[0] == get_attnum(ref, a->ref_column);
	ReleaseSysCache(tup);
	return matches;
}

/* is_view_write_function returns whether funcid is association.accessor_view_write. */
static bool
is_view_write_function(Oid funcid)
{
	char	   *name = get_func_name(funcid);

	return name != NULL && strcmp(name, "accessor_view_write") == 0 &&
		get_func_namespace(funcid) == get_namespace_oid("association", false);
}

/*
 * inspect_view_is_ours returns whether relation relid is the accessor view
 * of association as: a view carrying our INSTEAD OF trigger with the
 * association's source model and name as arguments.  Only its owner could
 * have put that trigger there.
 */
bool
inspect_view_is_ours(Oid relid, Association *as)
{
	Trigger		trig;

	if (get_rel_relkind(relid) != RELKIND_VIEW || !has_trigger(relid, VIEW_TRIGGER, &trig))
		return false;
	return is_view_write_function(trig.tgfoid) && trig.tgnargs == 2 &&
		strcmp(trig.tgargs[0], as->source->name) == 0 && strcmp(trig.tgargs[1], as->name) == 0;
}

/*
 * inspect_view_is_accessor returns whether relation relid is an accessor
 * view of some association: a view carrying our INSTEAD OF trigger.
 */
bool
inspect_view_is_accessor(Oid relid)
{
	Trigger		trig;

	return get_rel_relkind(relid) == RELKIND_VIEW && has_trigger(relid, VIEW_TRIGGER, &trig) &&
		is_view_write_function(trig.tgfoid);
}

/* view_query_text returns the deparsed query of CREATE VIEW text def. */
static char *
view_query_text(const char *def)
{
	List	   *parsed = raw_parser(def, RAW_PARSE_DEFAULT);
	RawStmt    *raw = linitial_node(RawStmt, parsed);
	ViewStmt   *view = castNode(ViewStmt, raw->stmt);
	RawStmt    *select = makeNode(RawStmt);
	Query	   *query;

	select->stmt = view->query;
	select->stmt_location = -1;
	query = parse_analyze_fixedparams(select, def, NULL, 0, NULL);
	return pg_get_querydef(query, false);
}

/*
 * stored_view_query returns the query of view rel as its SELECT was
 * analysed: PostgreSQL 15 stores a view's query with two placeholder range
 * table entries (OLD and NEW) in front, which are taken out again so that
 * both sides deparse alike.
 */
static Query *
stored_view_query(Relation rel)
{
	Query	   *query = copyObject(get_view_query(rel));

	if (list_length(query->rtable) >= 2 &&
		strcmp(linitial_node(RangeTblEntry, query->rtable)->eref->aliasname, "old") == 0 &&
		strcmp(lsecond_node(RangeTblEntry, query->rtable)->eref->aliasname, "new") == 0)
	{
		query->rtable = list_delete_first_n(query->rtable, 2);
		OffsetVarNodes((Node *) query, -2, 0);
	}
	return query;
}

/*
 * query_texts_equal returns whether view rel's query deparses like the
 * query of CREATE VIEW text def.  Analysing def can fail where the view
 * would not be made as it stands (a column sync has yet to add): that is a
 * mismatch, so the attempt runs in a subtransaction.
 */
static bool
query_texts_equal(Relation rel, const char *def)
{
	MemoryContext cxt = CurrentMemoryContext;
	ResourceOwner owner = CurrentResourceOwner;
	volatile bool equal = false;

	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(cxt);
	PG_TRY();
	{
		equal = strcmp(pg_get_querydef(stored_view_query(rel), false), view_query_text(def)) == 0;
		ReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(cxt);
		CurrentResourceOwner = owner;
	}
	PG_CATCH();
	{
		MemoryContextSwitchTo(cxt);
		FlushErrorState();
		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(cxt);
		CurrentResourceOwner = owner;
	}
	PG_END_TRY();
	return equal;
}

/*
 * inspect_view_matches returns whether existing view relid is the view the
 * CREATE VIEW text def would make: the same query (compared as PostgreSQL
 * deparses both) and security_invoker.  That is how sync recognises a view
 * made by running sync_sql()'s output by hand.
 */
bool
inspect_view_matches(Oid relid, const char *def)
{
	Relation	rel;
	bool		matches;

	if (get_rel_relkind(relid) != RELKIND_VIEW)
		return false;
	rel = relation_open(relid, AccessShareLock);
	matches = RelationHasSecurityInvoker(rel) && query_texts_equal(rel, def);
	relation_close(rel, AccessShareLock);
	return matches;
}

/* inspect_citus_installed returns whether the citus extension is in this database. */
bool
inspect_citus_installed(void)
{
	return OidIsValid(get_extension_oid("citus", true));
}

/* citus_row adds the relation of one row of pg_dist_partition to the list. */
static void
citus_row(HeapTuple tuple, TupleDesc desc, void *arg)
{
	bool		isnull;
	Datum		relid = SPI_getbinval(tuple, desc, 1, &isnull);

	if (!isnull)
		*(List **) arg = lappend_oid(*(List **) arg, DatumGetObjectId(relid));
}

/*
 * inspect_citus_tables returns the relations Citus distributes or keeps as
 * reference tables in this database (NIL without Citus), read once for
 * every model at hand.
 */
List *
inspect_citus_tables(void)
{
	List	   *tables = NIL;

	if (!inspect_citus_installed())
		return NIL;
	exec_for_each_row("SELECT logicalrelid::pg_catalog.oid FROM pg_catalog.pg_dist_partition",
					  citus_row, &tables);
	return tables;
}
