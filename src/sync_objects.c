/*
 * src/sync_objects.c
 *
 * Reads and writes association.sync_objects, the memory of what sync made:
 * each accessor view and foreign key with the definition it was made from.
 * A later sync compares against it to replace what changed and to remove
 * what no declaration wants any more, without touching objects it did not
 * make.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"

#include "model_def.h"

#include "association.h"
#include "spi_util.h"
#include "sync_plan.h"

/* tracked_row keeps one row of association.sync_objects in plan->tracked. */
static void
tracked_row(HeapTuple tuple, TupleDesc desc, void *arg)
{
	SyncPlan   *plan = arg;
	SyncRecord *r = palloc(sizeof(SyncRecord));

	r->type = SPI_getvalue(tuple, desc, 1);
	r->schema = SPI_getvalue(tuple, desc, 2);
	r->table = SPI_getvalue(tuple, desc, 3);
	r->object = SPI_getvalue(tuple, desc, 4);
	r->definition = SPI_getvalue(tuple, desc, 5);
	plan->tracked = lappend(plan->tracked, r);
}

/* sync_load_tracked reads association.sync_objects into plan->tracked. */
void
sync_load_tracked(SyncPlan *plan)
{
	spi_for_each_row("SELECT object_type, schema_name::text, table_name::text, "
					 "object_name::text, definition FROM association.sync_objects",
					 tracked_row, plan);
}

/* sync_tracked_definition returns the remembered definition, or NULL. */
char *
sync_tracked_definition(SyncPlan *plan, const char *type, const char *schema,
						const char *table, const char *object)
{
	ListCell   *lc;

	foreach(lc, plan->tracked)
	{
		SyncRecord *r = lfirst(lc);

		if (strcmp(r->type, type) == 0 && strcmp(r->schema, schema) == 0 &&
			strcmp(r->table, table) == 0 && strcmp(r->object, object) == 0)
			return r->definition;
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
		const char *values[5] = {r->type, r->schema, r->table, r->object, r->definition};

		elems[i++] = CStringGetTextDatum(values[field]);
	}
	return PointerGetDatum(construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT));
}

/*
 * record_columns stores, for each declared model whose table exists, the
 * attnum of each of its attributes' columns (keyed by attribute name, which
 * a rename does not change), so that a column renamed later is still
 * found (src/registry.c, follow_renamed_columns).  One statement.
 */
static void
record_columns(Registry *reg)
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

		if (m->implicit || !OidIsValid(relid))
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
	spi_exec_params("UPDATE association.models m SET columns = c.map "
					"FROM unnest($1::text[], $2::jsonb[]) AS c(name, map) "
					"WHERE m.name = c.name AND m.columns IS DISTINCT FROM c.map",
					2, (Oid[]) {TEXTARRAYOID, JSONBARRAYOID}, values, NULL, SPI_OK_UPDATE);
}

/*
 * sync_record replaces the remembered objects with the plan's, in one
 * statement, and records the OIDs of the models' tables so that renames keep
 * working.
 */
void
sync_record(SyncPlan *plan, Registry *reg)
{
	Datum		values[5];
	Oid			types[5] = {TEXTARRAYOID, TEXTARRAYOID, TEXTARRAYOID, TEXTARRAYOID, TEXTARRAYOID};
	int			i;

	spi_exec_params("DELETE FROM association.sync_objects", 0, NULL, NULL, NULL, SPI_OK_DELETE);
	for (i = 0; i < 5; i++)
		values[i] = text_array(plan->records, i);
	spi_exec_params("INSERT INTO association.sync_objects "
					"(object_type, schema_name, table_name, object_name, definition) "
					"SELECT * FROM unnest($1, $2::name[], $3::name[], $4::name[], $5) "
					"ON CONFLICT DO NOTHING",
					5, types, values, NULL, SPI_OK_INSERT);
	record_columns(reg);
	spi_exec_params("UPDATE association.models m "
					"SET relid = to_regclass(format('%I.%I', table_schema, table_name)) "
					"WHERE (relid IS NULL OR NOT EXISTS "
					"       (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = m.relid)) "
					"AND relid IS DISTINCT FROM to_regclass(format('%I.%I', table_schema, table_name))",
					0, NULL, NULL, NULL, SPI_OK_UPDATE);
}
