/*
 * src/catalog/distribution.c
 *
 * Models on Citus: the option "distribution" makes a model's table a
 * distributed table (by one attribute, co-located with another model's) or
 * a reference table.  Citus accepts a foreign key only between co-located
 * distributed tables on their distribution columns, or to a reference
 * table; an association that would need any other is refused when it is
 * declared, with a hint, instead of failing at sync.  A foreign key on the
 * distribution column cannot SET NULL or SET DEFAULT on delete, nor act on
 * update: there the defaults become ON DELETE CASCADE (the key is never
 * null, which is when Sequelize cascades too) and ON UPDATE NO ACTION.
 */
#include "postgres.h"

#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "catalog/distribution.h"
#include "catalog/lookup.h"

/* colocation_root returns the model a distributed model is co-located with, transitively. */
static Model *
colocation_root(Registry *reg, Model *m)
{
	int			steps = 0;

	while (m->colocate_with != NULL && steps++ < list_length(reg->models))
	{
		Model	   *next = registry_find_model(reg, m->colocate_with);

		if (next == NULL || next->distribution != DIST_HASH)
			break;
		m = next;
	}
	return m;
}

/*
 * same_group returns whether Citus puts the shards of two distributed models
 * together: one follows the other ("colocateWith"), or neither names a
 * model and their columns have one type (create_distributed_table's default
 * group for that type).
 */
static bool
same_group(Registry *reg, Model *a, Model *b)
{
	ModelAttr  *ca;
	ModelAttr  *cb;

	a = colocation_root(reg, a);
	b = colocation_root(reg, b);
	if (a == b)
		return true;
	if (a->colocate_with != NULL || b->colocate_with != NULL)
		return false;
	ca = model_find_attr(a, a->dist_column);
	cb = model_find_attr(b, b->dist_column);
	return ca != NULL && cb != NULL && ca->type_oid == cb->type_oid;
}

/*
 * distribution_infer_junction distributes the junction a belongsToMany made
 * from a through name (it has no options of its own) the way Citus can
 * join it: by the key of the side that is distributed by its own key,
 * co-located with that side.
 */
void
distribution_infer_junction(Association *as)
{
	Model	   *j = as->through;

	if (j == NULL || !j->implicit || j->distribution != DIST_NONE)
		return;
	if (as->source->distribution == DIST_HASH && strcmp(as->source_key, as->source->dist_column) == 0)
	{
		j->distribution = DIST_HASH;
		j->dist_column = as->foreign_key;
		j->colocate_with = as->source->name;
	}
	else if (as->target->distribution == DIST_HASH &&
			 strcmp(as->target_key, as->target->dist_column) == 0)
	{
		j->distribution = DIST_HASH;
		j->dist_column = as->other_key;
		j->colocate_with = as->target->name;
	}
}

/*
 * distribution_check_model checks a distributed model once the
 * associations have added their keys: its column is an attribute, and the
 * model it is co-located with is distributed by a column of the same type.
 */
void
distribution_check_model(Registry *reg, Model *m)
{
	ModelAttr  *col;
	Model	   *other;
	ModelAttr  *other_col;

	if (m->distribution != DIST_HASH)
		return;
	col = model_find_attr(m, m->dist_column);
	if (col == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("model \"%s\" is distributed by \"%s\", which is not one of its attributes",
						m->name, m->dist_column),
				 errhint("Name an attribute of model \"%s\" (a foreign key an association adds counts); association.describe('%s') lists them.",
						 m->name, m->name)));
	if (m->colocate_with == NULL)
		return;
	other = registry_lookup_model(reg, m->colocate_with);
	m->colocated = other;
	if (other->distribution != DIST_HASH)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("model \"%s\" is to be co-located with model \"%s\", which is not distributed",
						m->name, other->name),
				 errhint("Give model \"%s\" the option \"distribution\": {\"column\": ...} too, or leave \"colocateWith\" out.",
						 other->name)));
	other_col = model_find_attr(other, other->dist_column);
	if (other_col != NULL && other_col->type_oid != col->type_oid)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("model \"%s\" cannot be co-located with model \"%s\": their distribution columns are %s and %s",
						m->name, other->name, format_type_be(col->type_oid),
						format_type_be(other_col->type_oid)),
				 errhint("Co-located tables are distributed by columns of one type.")));
}

/* A foreign key an association makes: the attribute holding it and the one it references. */
typedef struct KeyRef
{
	Model	   *holder;
	ModelAttr  *key;
	Model	   *referenced;
	ModelAttr  *ref;
} KeyRef;

/* key_refs returns the foreign keys (KeyRef *) association as makes. */
static List *
key_refs(Association *as)
{
	List	   *refs = NIL;
	KeyRef	   *r = palloc(sizeof(KeyRef));

	switch (as->kind)
	{
		case ASSOC_BELONGS_TO:
			*r = (KeyRef) {as->source, model_find_attr(as->source, as->foreign_key),
			as->target, model_find_attr(as->target, as->target_key)};
			return list_make1(r);
		case ASSOC_HAS_ONE:
		case ASSOC_HAS_MANY:
			*r = (KeyRef) {as->target, model_find_attr(as->target, as->foreign_key),
			as->source, model_find_attr(as->source, as->source_key)};
			return list_make1(r);
		case ASSOC_BELONGS_TO_MANY:
			*r = (KeyRef) {as->through, model_find_attr(as->through, as->foreign_key),
			as->source, model_find_attr(as->source, as->source_key)};
			refs = lappend(refs, r);
			r = palloc(sizeof(KeyRef));
			*r = (KeyRef) {as->through, model_find_attr(as->through, as->other_key),
			as->target, model_find_attr(as->target, as->target_key)};
			return lappend(refs, r);
	}
	return NIL;
}

/* kind_text returns how a model's table is distributed, for messages. */
static const char *
kind_text(Model *m)
{
	switch (m->distribution)
	{
		case DIST_HASH:
			return psprintf("distributed by \"%s\"", m->dist_column);
		case DIST_REFERENCE:
			return "a reference table";
		case DIST_NONE:
			break;
	}
	return "not distributed";
}

/* check_key reports a foreign key Citus would refuse, and sets the actions it allows. */
static void
check_key(Registry *reg, Association *as, KeyRef *r)
{
	Model	   *h = r->holder;
	Model	   *t = r->referenced;
	bool		colocated;

	if (r->key == NULL || r->ref == NULL || t->distribution == DIST_REFERENCE ||
		(h->distribution == DIST_NONE && t->distribution == DIST_NONE))
		return;					/* a key to a reference table, or no Citus table */
	colocated = h->distribution == DIST_HASH && t->distribution == DIST_HASH &&
		strcmp(r->key->name, h->dist_column) == 0 && strcmp(r->ref->name, t->dist_column) == 0 &&
		same_group(reg, h, t);
	if (!colocated)
	{
		bool		junction = as->kind == ASSOC_BELONGS_TO_MANY;

		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("association \"%s\" of model \"%s\" needs a foreign key from \"%s\".\"%s\" (%s) to \"%s\".\"%s\" (%s), which Citus does not support",
						as->name, as->source->name, h->name, r->key->name, kind_text(h),
						t->name, r->ref->name, kind_text(t)),
				 errdetail("Citus keeps foreign keys between co-located distributed tables, on their distribution columns, and to reference tables%s.",
						   junction ? "; a junction row has one shard, so it follows one side" : ""),
				 junction ?
				 errhint("Make model \"%s\" a reference table (\"distribution\": \"reference\"): a junction can follow one distributed side only.",
						 t->name) :
				 errhint("Distribute \"%s\" by \"%s\" with \"colocateWith\": \"%s\" (and \"%s\" by \"%s\"), or make \"%s\" a reference table.",
						 h->name, r->key->name, t->name, t->name, r->ref->name, t->name)));
	}

	/* the key is the distribution column: no SET NULL/DEFAULT, no action on update */
	if (as->on_delete != NULL &&
		(strcmp(as->on_delete, "SET NULL") == 0 || strcmp(as->on_delete, "SET DEFAULT") == 0))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("onDelete %s is not possible for association \"%s\" of model \"%s\": \"%s\" is the distribution column of \"%s\"",
						as->on_delete, as->name, as->source->name, r->key->name, h->name),
				 errhint("Use CASCADE, RESTRICT or NO ACTION (the default here is CASCADE).")));
	if (as->on_update != NULL && strcmp(as->on_update, "RESTRICT") != 0 &&
		strcmp(as->on_update, "NO ACTION") != 0)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("onUpdate %s is not possible for association \"%s\" of model \"%s\": \"%s\" is the distribution column of \"%s\"",
						as->on_update, as->name, as->source->name, r->key->name, h->name),
				 errhint("Use RESTRICT or NO ACTION (the default here is NO ACTION): Citus does not change a row's distribution column.")));
	if (as->on_delete == NULL)
		r->key->on_delete = "CASCADE";
	if (as->on_update == NULL)
		r->key->on_update = "NO ACTION";
}

/*
 * distribution_check_association refuses an association whose foreign keys
 * Citus would not accept, and gives the keys on a distribution column the
 * actions Citus allows.  Without constraints there is no foreign key.
 */
void
distribution_check_association(Registry *reg, Association *as)
{
	ListCell   *lc;

	if (!as->constraints)
		return;
	foreach(lc, key_refs(as))
		check_key(reg, as, lfirst(lc));
}

/*
 * distribution_fixed_holder returns the model whose table holds the foreign
 * key of association as when that key is the column the table is
 * distributed by, else NULL.  Citus never changes a row's distribution
 * column (the row would have to move to another shard): such a key is set
 * when the row is inserted and stays.
 */
Model *
distribution_fixed_holder(Association *as)
{
	Model	   *holder;

	switch (as->kind)
	{
		case ASSOC_BELONGS_TO:
			holder = as->source;
			break;
		case ASSOC_HAS_ONE:
		case ASSOC_HAS_MANY:
			holder = as->target;
			break;
		default:
			return NULL;
	}
	if (holder->distribution == DIST_HASH && strcmp(holder->dist_column, as->foreign_key) == 0)
		return holder;
	return NULL;
}
