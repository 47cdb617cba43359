/*
 * src/catalog/lookup.c
 *
 * Finding models and associations in a registry by name: lookups that
 * report a missing one with "did you mean" for a near miss, or with the
 * error of a declaration that does not resolve.
 */
#include "postgres.h"

#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/varlena.h"

#include "catalog/lookup.h"
#include "naming/inflect_cache.h"

/* An entry of Registry.models_by_name. */
typedef struct ModelEntry
{
	char		name[NAMEDATALEN * 4];	/* hash key: the model name */
	Model	   *model;
} ModelEntry;

/*
 * registry_add_model appends model to the registry and indexes it by name,
 * so that lookups stay O(1) with thousands of models.  Names longer than
 * the key are looked up by a scan instead.
 */
void
registry_add_model(Registry *reg, Model *model)
{
	ModelEntry *entry;
	bool		found;

	reg->models = lappend(reg->models, model);
	if (strlen(model->name) >= sizeof(entry->name))
		return;
	if (reg->models_by_name == NULL)
	{
		HASHCTL		ctl;

		ctl.keysize = sizeof(entry->name);
		ctl.entrysize = sizeof(ModelEntry);
		ctl.hcxt = CurrentMemoryContext;
		reg->models_by_name = hash_create("association models", 256, &ctl,
										  HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);
	}
	entry = hash_search(reg->models_by_name, model->name, HASH_ENTER, &found);
	entry->model = model;
}

/* registry_find_model returns the model called name, or NULL. */
Model *
registry_find_model(Registry *reg, const char *name)
{
	ListCell   *lc;

	if (strlen(name) < NAMEDATALEN * 4)
	{
		ModelEntry *entry;

		if (reg->models_by_name == NULL)
			return NULL;
		entry = hash_search(reg->models_by_name, name, HASH_FIND, NULL);
		return entry ? entry->model : NULL;
	}
	foreach(lc, reg->models)
	{
		Model	   *m = lfirst(lc);

		if (strcmp(m->name, name) == 0)
			return m;
	}
	return NULL;
}

/*
 * report_broken raises the error of a declaration that does not resolve,
 * saying which declaration it is and how to get rid of it.
 */
void
registry_report_broken(BrokenDecl *b)
{
	char	   *what = b->is_model ? psprintf("model \"%s\"", b->model)
		: psprintf("association \"%s\" of model \"%s\"", b->name, b->model);
	char	   *drop = b->is_model ? psprintf("association.drop_model('%s')", b->model)
		: psprintf("association.drop_association('%s', '%s')", b->model, b->name);

	ereport(ERROR,
			(errcode(b->error->sqlerrcode),
			 errmsg("declaration of %s does not resolve: %s", what, b->error->message),
			 b->error->detail ? errdetail("%s", b->error->detail) : 0,
			 errhint("It was declared by role \"%s\"; that role can fix it, or remove it with %s.",
					 b->owner, drop)));
}

/* similar returns whether two names differ only a little (a likely typo). */
static bool
similar(const char *a, const char *b)
{
	int			la = strlen(a);
	int			lb = strlen(b);

	if (pg_strcasecmp(a, b) == 0)
		return true;
	if (la > 64 || lb > 64 || Abs(la - lb) > 2)
		return false;
	return varstr_levenshtein(a, la, b, lb, 1, 1, 1, false) <= Min(2, Max(la, lb) / 3);
}

/*
 * near_miss returns the candidate name closest to name: the same but for
 * case, the singular or plural form, or a small typo; NULL if none.
 */
static const char *
near_miss(const char *name, List *candidates)
{
	char	   *singular = inflect_singular(name);
	char	   *plural = inflect_plural(name);
	ListCell   *lc;

	foreach(lc, candidates)
		if (pg_strcasecmp(lfirst(lc), name) == 0)
			return lfirst(lc);
	foreach(lc, candidates)
		if (pg_strcasecmp(lfirst(lc), singular) == 0 || pg_strcasecmp(lfirst(lc), plural) == 0)
			return lfirst(lc);
	foreach(lc, candidates)
		if (similar(lfirst(lc), name))
			return lfirst(lc);
	return NULL;
}

/* broken_find_model returns the broken model called name among broken, or NULL. */
BrokenDecl *
broken_find_model(List *broken, const char *name)
{
	ListCell   *lc;

	foreach(lc, broken)
	{
		BrokenDecl *b = lfirst(lc);

		if (b->is_model && strcmp(b->model, name) == 0)
			return b;
	}
	return NULL;
}

/* registry_broken_model returns the model called name that does not resolve. */
BrokenDecl *
registry_broken_model(Registry *reg, const char *name)
{
	return broken_find_model(reg->broken, name);
}

/* registry_broken_association returns a source's association that does not resolve. */
BrokenDecl *
registry_broken_association(Registry *reg, const char *source, const char *name)
{
	ListCell   *lc;

	foreach(lc, reg->broken)
	{
		BrokenDecl *b = lfirst(lc);

		if (!b->is_model && strcmp(b->model, source) == 0 && b->name != NULL &&
			strcmp(b->name, name) == 0)
			return b;
	}
	return NULL;
}

/* registry_lookup_model returns the model called name, or reports 42704. */
Model *
registry_lookup_model(Registry *reg, const char *name)
{
	Model	   *m = registry_find_model(reg, name);
	BrokenDecl *b;
	List	   *names = NIL;
	ListCell   *lc;
	const char *guess;

	if (m != NULL)
		return m;
	b = broken_find_model(reg->broken, name);
	if (b != NULL)
		registry_report_broken(b);
	foreach(lc, reg->models)
		names = lappend(names, ((Model *) lfirst(lc))->name);
	guess = near_miss(name, names);
	ereport(ERROR,
			(errcode(ERRCODE_UNDEFINED_OBJECT),
			 errmsg("model \"%s\" does not exist", name),
			 guess ? errhint("Did you mean \"%s\"?", guess)
			 : errhint("Declare it first with association.define_model('%s', ...).", name)));
	return NULL;
}

/*
 * registry_find_association returns source's association called name; for a
 * plural association its singular form is accepted too.  NULL if none.
 */
Association *
registry_find_association(Model *source, const char *name)
{
	ListCell   *lc;

	foreach(lc, source->associations)
	{
		Association *a = lfirst(lc);

		if (strcmp(a->name, name) == 0)
			return a;
	}
	foreach(lc, source->associations)
	{
		Association *a = lfirst(lc);

		if (a->singular != NULL && strcmp(a->singular, name) == 0)
			return a;
	}
	return NULL;
}

/* registry_lookup_association returns model's association name, or 42704. */
Association *
registry_lookup_association(Registry *reg, const char *model, const char *name)
{
	Model	   *m = registry_lookup_model(reg, model);
	Association *a = registry_find_association(m, name);
	List	   *names = NIL;
	ListCell   *lc;
	const char *guess;

	if (a != NULL)
		return a;
	if (registry_broken_association(reg, m->name, name) != NULL)
		registry_report_broken(registry_broken_association(reg, m->name, name));
	foreach(lc, m->associations)
		names = lappend(names, ((Association *) lfirst(lc))->name);
	guess = near_miss(name, names);
	ereport(ERROR,
			(errcode(ERRCODE_UNDEFINED_OBJECT),
			 errmsg("association \"%s\" does not exist on model \"%s\"", name, model),
			 guess ? errhint("Did you mean \"%s\"?", guess)
			 : names == NIL ? errhint("Model \"%s\" has no associations yet.", model)
			 : errhint("Its associations are: %s.", association_list(m))));
	return NULL;
}

/*
 * association_list returns source's associations for a hint: each alias
 * with its kind and target model, e.g. "ToDo (hasMany Task)".
 */
char *
association_list(Model *source)
{
	StringInfoData buf;
	ListCell   *lc;

	initStringInfo(&buf);
	foreach(lc, source->associations)
	{
		Association *a = lfirst(lc);

		appendStringInfo(&buf, "%s\"%s\" (%s %s)", buf.len ? ", " : "", a->name,
						 assoc_kind_name(a->kind), a->target->name);
	}
	return buf.data;
}
