/*
 * src/catalog/loader.c
 *
 * Reads the catalog tables association.models and association.associations
 * into rows, in declaration order, as the role calling sees them (every
 * role may read every declaration).  What the rows mean is resolved by
 * src/catalog/registry.c.
 */
#include "postgres.h"

#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

#include "catalog/loader.h"
#include "exec/exec.h"
#include "options/json_util.h"

/* col_text returns column col of a catalog row as text, or NULL. */
static char *
col_text(HeapTuple tuple, TupleDesc desc, int col)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tuple, desc, col, &isnull);

	return isnull ? NULL : TextDatumGetCString(d);
}

/* col_jsonb returns column col of a catalog row as a copied jsonb, or NULL. */
static Jsonb *
col_jsonb(HeapTuple tuple, TupleDesc desc, int col)
{
	bool		isnull;
	Datum		d = SPI_getbinval(tuple, desc, col, &isnull);

	return isnull ? NULL : DatumGetJsonbPCopy(d);
}

/*
 * attributes_from_json sets the attributes of row from the json text of a
 * declaration: the jsonb to read them from, and their declaration order.
 */
void
attributes_from_json(ModelRow *row, const char *json)
{
	row->attributes = DatumGetJsonbP(DirectFunctionCall1(jsonb_in, CStringGetDatum(json)));
	row->attribute_order = json_key_order(json);
}

/* model_row_read keeps one row of association.models. */
static void
model_row_read(HeapTuple tuple, TupleDesc desc, void *arg)
{
	List	  **rows = arg;
	ModelRow   *row = palloc0(sizeof(ModelRow));
	bool		isnull;

	row->name = col_text(tuple, desc, 1);
	attributes_from_json(row, col_text(tuple, desc, 2));
	row->options = col_jsonb(tuple, desc, 3);
	row->schema = col_text(tuple, desc, 4);
	row->table = col_text(tuple, desc, 5);
	row->relid = DatumGetObjectId(SPI_getbinval(tuple, desc, 6, &isnull));
	if (isnull)
		row->relid = InvalidOid;
	row->columns = col_jsonb(tuple, desc, 7);
	row->owner = col_text(tuple, desc, 8);
	row->ordinal = DatumGetInt64(SPI_getbinval(tuple, desc, 9, &isnull));
	*rows = lappend(*rows, row);
}

/* association_row_read keeps one row of association.associations. */
static void
association_row_read(HeapTuple tuple, TupleDesc desc, void *arg)
{
	List	  **rows = arg;
	AssocRow   *row = palloc0(sizeof(AssocRow));
	bool		isnull;

	row->source = col_text(tuple, desc, 1);
	row->kind = assoc_kind_from_name(col_text(tuple, desc, 2));
	row->target = col_text(tuple, desc, 3);
	row->options = col_jsonb(tuple, desc, 4);
	row->ordinal = DatumGetInt64(SPI_getbinval(tuple, desc, 5, &isnull));
	row->name = col_text(tuple, desc, 6);
	row->owner = col_text(tuple, desc, 7);
	*rows = lappend(*rows, row);
}

/* load_model_rows reads every declared model, in declaration order. */
List *
load_model_rows(void)
{
	List	   *rows = NIL;

	exec_for_each_row("SELECT name, attributes::pg_catalog.text, options, table_schema::pg_catalog.text, "
					 "table_name::pg_catalog.text, relid::pg_catalog.oid, columns, "
					 "owner::pg_catalog.text, ordinal FROM association.models ORDER BY ordinal",
					 model_row_read, &rows);
	return rows;
}

/* load_association_rows reads every association, in declaration order. */
List *
load_association_rows(void)
{
	List	   *rows = NIL;

	exec_for_each_row("SELECT source, kind, target, options, ordinal, name, owner::pg_catalog.text "
					 "FROM association.associations ORDER BY ordinal",
					 association_row_read, &rows);
	return rows;
}

/* version_row keeps the extension's installed version. */
static void
version_row(HeapTuple tuple, TupleDesc desc, void *arg)
{
	*(char **) arg = col_text(tuple, desc, 1);
}

/*
 * loader_require_version reports SQL objects of another version than this
 * library (installed, but ALTER EXTENSION association UPDATE not run yet):
 * sync reads and writes catalog columns the older objects lack.
 */
void
loader_require_version(void)
{
	char	   *installed = NULL;

	exec_for_each_row("SELECT extversion FROM pg_catalog.pg_extension "
					  "WHERE extname OPERATOR(pg_catalog.=) 'association'",
					  version_row, &installed);
	if (installed != NULL && strcmp(installed, ASSOCIATION_VERSION) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("the association extension in this database is version %s, its library version %s",
						installed, ASSOCIATION_VERSION),
				 errhint("Run ALTER EXTENSION association UPDATE; first.")));
}
