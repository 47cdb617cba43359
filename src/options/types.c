/*
 * src/options/types.c
 *
 * Attribute types: Sequelize DataTypes names (STRING, STRING(100), DATE,
 * DECIMAL(10,2), UUID, ...) and PostgreSQL type names, resolved to a type OID
 * and typmod.  Sequelize names are matched in upper case only, as they are
 * written in JavaScript (DataTypes.DATE): lower-case "date" is PostgreSQL's
 * date, while DATE is Sequelize's timestamp with time zone.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "utils/syscache.h"
#include "parser/parse_type.h"
#include "utils/lsyscache.h"
#include "utils/builtins.h"

#include "options/types.h"

/* A Sequelize type name and the PostgreSQL type it stands for. */
typedef struct SequelizeType
{
	const char *name;
	const char *pg_name;
	const char *default_args;	/* typmod when no "(...)" is given, or NULL */
	bool		takes_args;		/* whether "(...)" passes on to PostgreSQL */
} SequelizeType;

static const SequelizeType sequelize_types[] = {
	{"STRING", "character varying", "(255)", true},
	{"CHAR", "character", "(255)", true},
	{"TEXT", "text", NULL, false},
	{"CITEXT", "citext", NULL, false},
	{"TINYINT", "smallint", NULL, false},
	{"SMALLINT", "smallint", NULL, false},
	{"MEDIUMINT", "integer", NULL, false},
	{"INTEGER", "integer", NULL, false},
	{"BIGINT", "bigint", NULL, false},
	{"FLOAT", "double precision", NULL, false},
	{"REAL", "real", NULL, false},
	{"DOUBLE", "double precision", NULL, false},
	{"DECIMAL", "numeric", NULL, true},
	{"NUMERIC", "numeric", NULL, true},
	{"BOOLEAN", "boolean", NULL, false},
	{"DATE", "timestamp with time zone", NULL, true},
	{"DATEONLY", "date", NULL, false},
	{"TIME", "time without time zone", NULL, true},
	{"UUID", "uuid", NULL, false},
	{"JSON", "json", NULL, false},
	{"JSONB", "jsonb", NULL, false},
	{"BLOB", "bytea", NULL, false},
	{"INET", "inet", NULL, false},
	{"CIDR", "cidr", NULL, false},
	{"MACADDR", "macaddr", NULL, false},
	{"TSVECTOR", "tsvector", NULL, false},
	{"HSTORE", "hstore", NULL, false},
	{NULL, NULL, NULL, false}
};

/*
 * sequelize_to_pg returns the PostgreSQL spelling of a Sequelize type
 * ("STRING(100)" -> "character varying(100)"), or NULL when spec is not a
 * Sequelize type name.
 */
static char *
sequelize_to_pg(const char *spec)
{
	const SequelizeType *t;
	const char *args = strchr(spec, '(');
	size_t		name_len = args ? (size_t) (args - spec) : strlen(spec);

	for (t = sequelize_types; t->name != NULL; t++)
	{
		if (strlen(t->name) != name_len || strncmp(t->name, spec, name_len) != 0)
			continue;
		if (args != NULL && t->takes_args)
			return psprintf("%s%s", t->pg_name, args);
		if (args == NULL && t->default_args != NULL)
			return psprintf("%s%s", t->pg_name, t->default_args);
		return pstrdup(t->pg_name);
	}
	return NULL;
}

/* type_namespace returns the schema of a type. */
static Oid
type_namespace(Oid typid)
{
	HeapTuple	tup = SearchSysCache1(TYPEOID, ObjectIdGetDatum(typid));
	Oid			nsp;

	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for type %u", typid);
	nsp = ((Form_pg_type) GETSTRUCT(tup))->typnamespace;
	ReleaseSysCache(tup);
	return nsp;
}

/*
 * types_resolve sets *typid and *typmod for a type written as a Sequelize
 * DataTypes name or a PostgreSQL type name; context names the attribute for
 * the error message.
 */
void
types_resolve(const char *spec, Oid *typid, int32 *typmod, const char *context)
{
	char	   *pg_spec = sequelize_to_pg(spec);

	parseTypeString(pg_spec ? pg_spec : spec, typid, typmod, true);
	if (!OidIsValid(*typid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("type \"%s\" of %s does not exist", spec, context),
				 errhint("Use a Sequelize type name (STRING, TEXT, INTEGER, BIGINT, FLOAT, DOUBLE, DECIMAL(p,s), BOOLEAN, DATE, DATEONLY, UUID, JSON, JSONB) or a PostgreSQL type name.")));
	/* a declaration outlives the session: a temporary type would vanish under it */
	if (isAnyTempNamespace(type_namespace(*typid)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("type \"%s\" of %s is a temporary type", spec, context),
				 errhint("Declarations are kept for every session; create the type in a permanent schema.")));
}

/*
 * types_sql_qualified returns the SQL spelling of a type with its schema,
 * so that generated SQL names exactly this type whatever the search_path
 * (types of pg_catalog known to the grammar keep their SQL names).
 */
char *
types_sql_qualified(Oid typid, int32 typmod)
{
	return format_type_extended(typid, typmod,
								FORMAT_TYPE_TYPEMOD_GIVEN | FORMAT_TYPE_FORCE_QUALIFY);
}

/* types_sql returns the SQL spelling of a resolved type, as format_type does. */
char *
types_sql(Oid typid, int32 typmod)
{
	return format_type_with_typemod(typid, typmod);
}
