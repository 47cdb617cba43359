/*
 * src/options/types.h
 *
 * Attribute types: Sequelize DataTypes names and PostgreSQL type names.
 */
#ifndef ASSOCIATION_TYPES_H
#define ASSOCIATION_TYPES_H

extern void types_resolve(const char *spec, Oid *typid, int32 *typmod,
						  const char *context);
extern char *types_sql(Oid typid, int32 typmod);
extern char *types_sql_qualified(Oid typid, int32 typmod);

#endif
