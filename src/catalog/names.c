/*
 * src/catalog/names.c
 *
 * Names as PostgreSQL stores them: identifiers are cut at NAMEDATALEN - 1
 * bytes, so two long names can become one.  The checks here report that
 * instead of letting two columns, tables or views silently merge.
 */
#include "postgres.h"

#include "mb/pg_wchar.h"

#include "catalog/names.h"

/* names_truncated returns name as PostgreSQL stores it: at most NAMEDATALEN - 1 bytes. */
const char *
names_truncated(const char *name)
{
	int			len = strlen(name);

	if (len < NAMEDATALEN)
		return (char *) name;
	return pnstrdup(name, pg_mbcliplen(name, len, NAMEDATALEN - 1));
}

/* names_report_truncation reports two names that PostgreSQL would store as one. */
void
names_report_truncation(const char *what, const char *a, const char *b, const char *where)
{
	ereport(ERROR,
			(errcode(ERRCODE_DUPLICATE_OBJECT),
			 errmsg("%s \"%s\" and \"%s\" of %s are the same name after truncation to %d bytes",
					what, a, b, where, NAMEDATALEN - 1),
			 errdetail("PostgreSQL truncates identifiers to %d bytes, so both would be \"%s\".",
					   NAMEDATALEN - 1, names_truncated(a)),
			 errhint("Give one of them a shorter name (\"field\", \"tableName\", \"foreignKey\" or \"accessorView\").")));
}

/*
 * identifier returns name as PostgreSQL stores an identifier: at most
 * NAMEDATALEN - 1 bytes, cut at a character boundary.
 */
char *
identifier(const char *name)
{
	return pstrdup(names_truncated(name));
}

/*
 * model_check_names reports two attributes of model stored in one column:
 * names longer than PostgreSQL keeps that become one when truncated, or the
 * same "field" given twice.
 */
void
model_check_names(Model *m)
{
	ListCell   *la;
	ListCell   *lc;

	foreach(la, m->attrs)
	{
		ModelAttr  *a = lfirst(la);

		for_each_cell(lc, m->attrs, lnext(m->attrs, la))
		{
			ModelAttr  *b = lfirst(lc);

			if (strcmp(a->field, b->field) == 0)
				ereport(ERROR,
						(errcode(ERRCODE_DUPLICATE_OBJECT),
						 errmsg("attributes \"%s\" and \"%s\" of model \"%s\" are both stored in column \"%s\"",
								a->name, b->name, m->name, a->field),
						 errdetail("PostgreSQL truncates names to %d bytes.", NAMEDATALEN - 1),
						 errhint("Give one of them another \"field\" (column name), or a shorter name.")));
		}
	}
}
