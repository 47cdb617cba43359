/*
 * src/catalog/registry_copy.c
 *
 * Copies a resolved registry into the cache's memory context.  Resolution
 * allocates a great deal that is not kept (catalog rows, parsed options,
 * inflections, error states of failed attempts); the registry is built in a
 * short-lived context and only the resolved models, attributes,
 * associations and broken declarations are copied to live until the next
 * invalidation.  Models, attributes and associations point at each other,
 * so each is copied once and every pointer to it is redirected to the copy.
 */
#include "postgres.h"

#include "utils/hsearch.h"
#include "utils/memutils.h"

#include "catalog/registry.h"

/* An entry of the map from an original to its copy. */
typedef struct CopiedEntry
{
	const void *original;		/* hash key */
	void	   *copy;
} CopiedEntry;

typedef struct Copier
{
	HTAB	   *copies;			/* original pointer -> copy */
} Copier;

static Model *copy_model(Copier *c, const Model *m);
static Association *copy_association(Copier *c, const Association *a);

/* copy_str returns a copy of s, or NULL. */
static char *
copy_str(const char *s)
{
	return s == NULL ? NULL : pstrdup(s);
}

/* copy_jsonb returns a copy of j, or NULL. */
static Jsonb *
copy_jsonb(const Jsonb *j)
{
	Jsonb	   *copy;

	if (j == NULL)
		return NULL;
	copy = palloc(VARSIZE(j));
	memcpy(copy, j, VARSIZE(j));
	return copy;
}

/*
 * copied looks up the copy of original; when there is none yet, it returns
 * NULL and records that *slot will hold it.
 */
static void *
copied(Copier *c, const void *original, CopiedEntry **slot)
{
	bool		found;
	CopiedEntry *entry = hash_search(c->copies, &original, HASH_ENTER, &found);

	*slot = entry;
	return found ? entry->copy : NULL;
}

/* copy_attr returns the copy of attribute a, made once. */
static ModelAttr *
copy_attr(Copier *c, const ModelAttr *a)
{
	CopiedEntry *slot;
	ModelAttr  *copy;

	if (a == NULL)
		return NULL;
	if ((copy = copied(c, a, &slot)) != NULL)
		return copy;
	copy = palloc(sizeof(ModelAttr));
	slot->copy = copy;
	*copy = *a;
	copy->name = copy_str(a->name);
	copy->field = copy_str(a->field);
	copy->default_sql = copy_str(a->default_sql);
	copy->unique = copy_str(a->unique);
	copy->check_sql = copy_str(a->check_sql);
	copy->ref_model = copy_str(a->ref_model);
	copy->ref_schema = copy_str(a->ref_schema);
	copy->ref_table = copy_str(a->ref_table);
	copy->ref_column = copy_str(a->ref_column);
	copy->on_delete = copy_str(a->on_delete);
	copy->on_update = copy_str(a->on_update);
	return copy;
}

/* copy_model returns the copy of model m, made once. */
static Model *
copy_model(Copier *c, const Model *m)
{
	CopiedEntry *slot;
	Model	   *copy;
	ListCell   *lc;

	if (m == NULL)
		return NULL;
	if ((copy = copied(c, m, &slot)) != NULL)
		return copy;
	copy = palloc(sizeof(Model));
	slot->copy = copy;
	*copy = *m;
	copy->name = copy_str(m->name);
	copy->owner = copy_str(m->owner);
	copy->singular = copy_str(m->singular);
	copy->plural = copy_str(m->plural);
	copy->schema = copy_str(m->schema);
	copy->table = copy_str(m->table);
	copy->created_at = copy_str(m->created_at);
	copy->updated_at = copy_str(m->updated_at);
	copy->dist_column = copy_str(m->dist_column);
	copy->colocate_with = copy_str(m->colocate_with);
	copy->columns_synced = copy_jsonb(m->columns_synced);
	copy->row = NULL;
	copy->colocated = copy_model(c, m->colocated);
	copy->attrs = NIL;
	foreach(lc, m->attrs)
		copy->attrs = lappend(copy->attrs, copy_attr(c, lfirst(lc)));
	copy->associations = NIL;
	foreach(lc, m->associations)
		copy->associations = lappend(copy->associations,
									 copy_association(c, lfirst(lc)));
	return copy;
}

/* copy_association returns the copy of association a, made once. */
static Association *
copy_association(Copier *c, const Association *a)
{
	CopiedEntry *slot;
	Association *copy;

	if (a == NULL)
		return NULL;
	if ((copy = copied(c, a, &slot)) != NULL)
		return copy;
	copy = palloc(sizeof(Association));
	slot->copy = copy;
	*copy = *a;
	copy->name = copy_str(a->name);
	copy->owner = copy_str(a->owner);
	copy->singular = copy_str(a->singular);
	copy->plural = copy_str(a->plural);
	copy->foreign_key = copy_str(a->foreign_key);
	copy->source_key = copy_str(a->source_key);
	copy->target_key = copy_str(a->target_key);
	copy->other_key = copy_str(a->other_key);
	copy->on_delete = copy_str(a->on_delete);
	copy->on_update = copy_str(a->on_update);
	copy->view_name = copy_str(a->view_name);
	copy->through_scope = copy_jsonb(a->through_scope);
	copy->scope = copy_jsonb(a->scope);
	copy->options_given = copy_jsonb(a->options_given);
	copy->row = NULL;
	copy->plain_get_sql = NULL;	/* memos of the registry they were made in */
	copy->plain_count_sql = NULL;
	copy->plain_add_sql = NULL;
	copy->source = copy_model(c, a->source);
	copy->target = copy_model(c, a->target);
	copy->through = copy_model(c, a->through);
	copy->paired = copy_association(c, a->paired);
	copy->instance_key = copy_attr(c, a->instance_key);
	copy->target_ref = copy_attr(c, a->target_ref);
	return copy;
}

/*
 * copy_error returns the part of a resolution error that is reported again
 * later: its code and texts.
 */
static ErrorData *
copy_error(const ErrorData *e)
{
	ErrorData  *copy = palloc0(sizeof(ErrorData));

	copy->elevel = ERROR;
	copy->sqlerrcode = e->sqlerrcode;
	copy->message = copy_str(e->message);
	copy->detail = copy_str(e->detail);
	copy->hint = copy_str(e->hint);
	copy->assoc_context = CurrentMemoryContext;
	return copy;
}

/* copy_broken returns a copy of the record of a declaration left out. */
static BrokenDecl *
copy_broken(const BrokenDecl *b)
{
	BrokenDecl *copy = palloc(sizeof(BrokenDecl));

	*copy = *b;
	copy->model = copy_str(b->model);
	copy->name = copy_str(b->name);
	copy->owner = copy_str(b->owner);
	copy->error = copy_error(b->error);
	copy->row = NULL;
	return copy;
}

/*
 * registry_copy returns a copy of reg allocated in cxt, sharing nothing with
 * it, so that the context reg was built in can be deleted.
 */
Registry *
registry_copy(const Registry *reg, MemoryContext cxt)
{
	MemoryContext old = MemoryContextSwitchTo(cxt);
	MemoryContext scratch = AllocSetContextCreate(CurrentMemoryContext,
												  "association registry copy",
												  ALLOCSET_DEFAULT_SIZES);
	Copier		c;
	HASHCTL		ctl;
	Registry   *copy = palloc0(sizeof(Registry));
	ListCell   *lc;

	ctl.keysize = sizeof(void *);
	ctl.entrysize = sizeof(CopiedEntry);
	ctl.hcxt = scratch;
	c.copies = hash_create("association registry copy", 1024, &ctl,
						   HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);

	foreach(lc, reg->models)
		registry_add_model(copy, copy_model(&c, lfirst(lc)));
	foreach(lc, reg->associations)
		copy->associations = lappend(copy->associations,
									 copy_association(&c, lfirst(lc)));
	foreach(lc, reg->broken)
		copy->broken = lappend(copy->broken, copy_broken(lfirst(lc)));

	MemoryContextDelete(scratch);
	MemoryContextSwitchTo(old);
	return copy;
}
