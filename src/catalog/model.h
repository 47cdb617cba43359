/*
 * src/catalog/model.h
 *
 * The resolved picture of what the catalog declares: models with their
 * attributes (declared, adopted from an existing table, or injected by
 * associations) and associations with every Sequelize v6 default filled in.
 * The registry (src/catalog/registry.c) builds it from the catalog tables;
 * everything after the catalog layer reads it and never changes it.
 */
#ifndef ASSOCIATION_CATALOG_MODEL_H
#define ASSOCIATION_CATALOG_MODEL_H

#include "postgres.h"

#include "nodes/pg_list.h"
#include "utils/jsonb.h"

/* The four association kinds. */
typedef enum AssocKind
{
	ASSOC_BELONGS_TO,
	ASSOC_HAS_ONE,
	ASSOC_HAS_MANY,
	ASSOC_BELONGS_TO_MANY
} AssocKind;

struct Model;
struct Association;

/* How Citus spreads a model's table over its nodes. */
typedef enum Distribution
{
	DIST_NONE,					/* a plain table */
	DIST_HASH,					/* create_distributed_table, by one column */
	DIST_REFERENCE				/* create_reference_table: a copy on every node */
} Distribution;

/* One attribute (column) of a model. */
typedef struct ModelAttr
{
	char	   *name;			/* attribute name: the key in rows and values */
	char	   *field;			/* column name */
	Oid			type_oid;		/* column type */
	int32		typmod;
	bool		allow_null;
	bool		allow_null_given;	/* allowNull was stated (Sequelize reads it) */
	char	   *default_sql;	/* DEFAULT expression, or NULL */
	bool		primary_key;
	bool		auto_increment;
	char	   *unique;			/* NULL, "" for a single-column UNIQUE, or a group */
	bool		unique_named;	/* the group is the constraint's name (uniqueKey) */
	char	   *check_sql;		/* CHECK expression from validate, or NULL */

	/* REFERENCES, when ref_table is set */
	char	   *ref_model;		/* model name, or NULL for a plain table */
	char	   *ref_schema;		/* referenced table */
	char	   *ref_table;
	char	   *ref_column;
	char	   *on_delete;		/* SQL action, or NULL for the default */
	char	   *on_update;

	bool		managed_fk;		/* a key injected by an association */
	bool		index;			/* sync indexes this managed key */
	bool		auto_generated; /* Sequelize's default id or timestamps */
	bool		from_table;		/* read from an existing table */
} ModelAttr;

/* A model: a name mapped to a table. */
typedef struct Model
{
	char	   *name;
	char	   *owner;			/* the role that declared it */
	Oid			owner_oid;
	char	   *singular;
	char	   *plural;
	char	   *schema;			/* the table's current schema and name */
	char	   *table;
	Oid			relid;			/* InvalidOid while the table does not exist */
	bool		underscored;
	bool		timestamps;
	bool		implicit;		/* a junction model made from a through string */
	Distribution distribution;	/* option "distribution" (Citus) */
	char	   *dist_column;	/* DIST_HASH: the attribute it is distributed by */
	char	   *colocate_with;	/* DIST_HASH: the model it is co-located with, or NULL */
	struct Model *colocated;	/* that model, once resolved */
	bool		on_citus;		/* its table is a Citus table now */
	char	   *created_at;		/* timestamp attribute names, or NULL */
	char	   *updated_at;
	List	   *attrs;			/* ModelAttr *, in column order */
	List	   *associations;	/* Association * with this model as source */
	Jsonb	   *columns_synced; /* attribute -> attnum at the last sync, or NULL */
	const void *row;			/* its catalog row, while the registry is built */
} Model;

/* An association, every default resolved. */
typedef struct Association
{
	AssocKind	kind;
	char	   *name;			/* alias: key in eager-loaded rows */
	char	   *owner;			/* the role that declared it */
	Oid			owner_oid;
	char	   *singular;
	char	   *plural;
	bool		aliased;		/* `as` was given */
	Model	   *source;
	Model	   *target;

	/*
	 * Keys, as attribute names.  belongsTo: foreign_key on source references
	 * target_key.  hasOne/hasMany: foreign_key on target references
	 * source_key.  belongsToMany: through.foreign_key references source_key,
	 * through.other_key references target_key.
	 */
	char	   *foreign_key;
	char	   *source_key;
	char	   *target_key;
	char	   *other_key;
	ModelAttr  *instance_key;	/* names a source instance, or NULL (composite key) */
	ModelAttr  *target_ref;		/* names a target, or NULL (composite key) */
	bool		target_key_default;
	bool		other_key_default;

	Model	   *through;		/* belongsToMany junction model */
	bool		through_unique;
	bool		junction_unique;	/* its table has a unique index on the two keys */
	bool		target_fk_unique;	/* hasOne: a unique index on the target's key */
	bool		target_ref_unique;	/* belongsToMany: a unique index on target_ref */
	Jsonb	   *through_scope;	/* or NULL */
	Jsonb	   *scope;			/* association scope, or NULL */
	struct Association *paired; /* the reverse belongsToMany, if any */

	bool		constraints;
	char	   *on_delete;		/* as given (upper-cased), or NULL */
	char	   *on_update;
	bool		index;
	char	   *view_name;		/* accessor view, or NULL for none */
	bool		view_explicit;	/* named with the accessorView option */
	Jsonb	   *options_given;
	int64		ordinal;
	const void *row;			/* its catalog row, while the registry is built */

	/*
	 * The statements of get and count without options, and of add's
	 * checked insert, made at the first such call and kept with the
	 * registry (src/ops/instance_ops.c): the one thing a call writes into
	 * the registry, a memo of what the association alone decides.
	 */
	char	   *plain_get_sql;
	char	   *plain_count_sql;
	char	   *plain_add_sql;
} Association;

/*
 * A declaration that does not resolve (a row written by hand, a type or
 * table that changed, a role that is gone): it is left out of the registry,
 * and only the calls that name it report its error.
 */
typedef struct BrokenDecl
{
	bool		is_model;
	char	   *model;			/* the model, or the association's source */
	char	   *name;			/* the association; NULL for a model */
	char	   *owner;
	ErrorData  *error;
	const void *row;			/* the catalog row, while building */
} BrokenDecl;

/* Everything the catalog declares, resolved. */
typedef struct Registry
{
	List	   *models;			/* Model *, declared models then implicit ones */
	List	   *associations;	/* Association *, in declaration order */
	List	   *broken;			/* BrokenDecl *, declarations left out */
	struct HTAB *models_by_name;	/* name -> Model *, for registry_find_model */
} Registry;

/* src/catalog/models.c */
extern ModelAttr *model_find_attr(Model *model, const char *name);
extern ModelAttr *model_find_field(Model *model, const char *field);
extern ModelAttr *model_primary_key(Model *model);
extern List *model_primary_keys(Model *model);
extern List *model_timestamp_attrs(Model *model);
extern const char *assoc_kind_name(AssocKind kind);
extern const char *assoc_kind_sql_name(AssocKind kind);
extern AssocKind assoc_kind_from_name(const char *name);
extern char *model_qualified_table(Model *model);

#endif
