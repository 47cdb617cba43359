/*
 * src/catalog/sync_objects.c
 *
 * Reads and writes association.sync_objects, the memory of what sync made:
 * each accessor view and foreign key with the definition it was made from
 * and the role it was made for.  A later sync compares against it to
 * replace what changed and to remove what no declaration wants any more,
 * without touching objects it did not make.  Row-level security lets each
 * role see and change only its own rows; a superuser's sync sees all, and
 * writes each row with the role it acted for.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"

#include "catalog/model_resolve.h"
#include "catalog/sync_objects.h"
#include "exec/exec.h"

/* tracked_row appends one row of association.sync_objects to *(List **) arg. */
static void
tracked_row(HeapTuple tuple, TupleDesc desc, void *arg)
{
	List	  **tracked = arg;
	SyncRecord *r = palloc(sizeof(SyncRecord));

	r->type = SPI_getvalue(tuple, desc, 1);
	r->schema = SPI_getvalue(tuple, desc, 2);
	r->table = SPI_getvalue(tuple, desc, 3);
	r->object = SPI_getvalue(tuple, desc, 4);
	r->definition = SPI_getvalue(tuple, desc, 5);
	r->owner = SPI_getvalue(tuple, desc, 6);
	*tracked = lappend(*tracked, r);
}

/*
 * sync_objects_load returns the rows of association.sync_objects the caller
 * may see (SyncRecord *).
 */
List *
sync_objects_load(void)
{
	List	   *tracked = NIL;

	exec_for_each_row("SELECT object_type, schema_name::pg_catalog.text, table_name::pg_catalog.text, "
					 "object_name::pg_catalog.text, definition, owner::pg_catalog.text "
					 "FROM association.sync_objects",
					 tracked_row, &tracked);
	return tracked;
}

/*
 * sync_objects_find returns what an earlier sync recorded, among tracked,
 * for an object of one of the roles owners, or NULL.
 */
SyncRecord *
sync_objects_find(List *tracked, List *owners, const char *type, const char *schema,
				  const char *table, const char *object)
{
	ListCell   *lc;

	foreach(lc, tracked)
	{
		SyncRecord *r = lfirst(lc);
		ListCell   *lo;

		if (strcmp(r->type, type) != 0 || strcmp(r->schema, schema) != 0 ||
			strcmp(r->table, table) != 0 || strcmp(r->object, object) != 0)
			continue;
		foreach(lo, owners)
			if (strcmp(lfirst(lo), r->owner) == 0)
				return r;
	}
	return NULL;
}

/* text_array returns a text[] of one field of every record. */
static Datum
text_array(List *records, int field)
{
	int			n = list_length(records);
	Datum	   *elems = palloc(sizeof(Datum) * Max(n, 1));
	ListCell   *lc;
	int			i = 0;

	foreach(lc, records)
	{
		SyncRecord *r = lfirst(lc);
		const char *values[6] = {r->type, r->schema, r->table, r->object, r->definition, r->owner};

		elems[i++] = CStringGetTextDatum(values[field]);
	}
	return PointerGetDatum(construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT));
}

/* string_array returns a text[] of a list of strings. */
static Datum
string_array(List *strings)
{
	Datum	   *elems = palloc(sizeof(Datum) * Max(list_length(strings), 1));
	ListCell   *lc;
	int			i = 0;

	foreach(lc, strings)
		elems[i++] = CStringGetTextDatum(lfirst(lc));
	return PointerGetDatum(construct_array(elems, i, TEXTOID, -1, false, TYPALIGN_INT));
}

/*
 * record_columns stores, for each declared model of the roles owners whose table
 * exists, the attnum of each of its attributes' columns (keyed by attribute
 * name, which a rename does not change), so that a column renamed later is
 * still found (src/catalog/registry.c, follow_renamed_columns).  One statement.
 */
static void
record_columns(List *owners, Registry *reg)
{
	int			n = list_length(reg->models);
	Datum	   *names = palloc(sizeof(Datum) * Max(n, 1));
	Datum	   *maps = palloc(sizeof(Datum) * Max(n, 1));
	int			count = 0;
	ListCell   *lm;
	Datum		values[2];

	foreach(lm, reg->models)
	{
		Model	   *m = lfirst(lm);
		Oid			relid = model_find_table(m->schema, m->table);
		StringInfoData json;
		ListCell   *la;
		ListCell   *lo;
		bool		covered = false;

		foreach(lo, owners)
			covered |= strcmp(lfirst(lo), m->owner) == 0;
		if (m->implicit || !OidIsValid(relid) || !covered)
			continue;
		initStringInfo(&json);
		appendStringInfoChar(&json, '{');
		foreach(la, m->attrs)
		{
			ModelAttr  *a = lfirst(la);
			AttrNumber	attnum = get_attnum(relid, a->field);

			if (attnum == InvalidAttrNumber)
				continue;
			if (json.len > 1)
				appendStringInfoString(&json, ", ");
			escape_json(&json, a->name);
			appendStringInfo(&json, ": %d", attnum);
		}
		appendStringInfoChar(&json, '}');
		names[count] = CStringGetTextDatum(m->name);
		maps[count] = DirectFunctionCall1(jsonb_in, CStringGetDatum(json.data));
		count++;
	}
	values[0] = PointerGetDatum(construct_array(names, count, TEXTOID, -1, false, TYPALIGN_INT));
	values[1] = PointerGetDatum(construct_array(maps, count, JSONBOID, -1, false, TYPALIGN_INT));
	exec_once("UPDATE association.models m SET columns = c.map "
					"FROM ROWS FROM (pg_catalog.unnest($1::pg_catalog.text[]), "
					"pg_catalog.unnest($2::pg_catalog.jsonb[])) AS c(name, map) "
					"WHERE m.name OPERATOR(pg_catalog.=) c.name "
					"AND NOT (m.columns OPERATOR(pg_catalog.=) c.map)",
					2, (Oid[]) {TEXTARRAYOID, JSONBARRAYOID}, values, NULL, SPI_OK_UPDATE);
}

/*
 * sync_objects_save replaces the remembered objects of the roles owners with
 * records (SyncRecord *), and records the OIDs and column numbers of their
 * models' tables so that renames keep working.
 */
void
sync_objects_save(List *owners, List *records, Registry *reg)
{
	Datum		values[6];
	Datum		owner_array = string_array(owners);
	Oid			types[6] = {TEXTARRAYOID, TEXTARRAYOID, TEXTARRAYOID, TEXTARRAYOID,
	TEXTARRAYOID, TEXTARRAYOID};
	int			i;

	exec_once("DELETE FROM association.sync_objects "
					"WHERE owner::pg_catalog.text OPERATOR(pg_catalog.=) ANY ($1)",
					1, (Oid[]) {TEXTARRAYOID}, &owner_array, NULL, SPI_OK_DELETE);
	for (i = 0; i < 6; i++)
		values[i] = text_array(records, i);
	exec_once("INSERT INTO association.sync_objects "
					"(object_type, schema_name, table_name, object_name, definition, owner) "
					"SELECT * FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2::pg_catalog.name[]), "
					"pg_catalog.unnest($3::pg_catalog.name[]), pg_catalog.unnest($4::pg_catalog.name[]), "
					"pg_catalog.unnest($5), pg_catalog.unnest($6::pg_catalog.name[])) "
					"ON CONFLICT DO NOTHING",
					6, types, values, NULL, SPI_OK_INSERT);
	record_columns(owners, reg);
	exec_once("UPDATE association.models m "
					"SET relid = pg_catalog.to_regclass(pg_catalog.format('%I.%I', table_schema, table_name)) "
					"WHERE owner::pg_catalog.text OPERATOR(pg_catalog.=) ANY ($1) "
					"AND (relid IS NULL OR NOT EXISTS "
					"     (SELECT 1 FROM pg_catalog.pg_class c "
					"       WHERE c.oid OPERATOR(pg_catalog.=) m.relid::pg_catalog.oid)) "
					"AND pg_catalog.to_regclass(pg_catalog.format('%I.%I', table_schema, table_name)) IS NOT NULL",
					1, (Oid[]) {TEXTARRAYOID}, &owner_array, NULL, SPI_OK_UPDATE);
}

/* sync_objects_forget forgets what sync made for roles owners (drop_all). */
void
sync_objects_forget(List *owners)
{
	Datum		value = string_array(owners);

	exec_once("DELETE FROM association.sync_objects "
					"WHERE owner::pg_catalog.text OPERATOR(pg_catalog.=) ANY ($1)",
					1, (Oid[]) {TEXTARRAYOID}, &value, NULL, SPI_OK_DELETE);
	exec_once("UPDATE association.models SET relid = NULL "
					"WHERE owner::pg_catalog.text OPERATOR(pg_catalog.=) ANY ($1) AND relid IS NOT NULL",
					1, (Oid[]) {TEXTARRAYOID}, &value, NULL, SPI_OK_UPDATE);
}
