/*
 * src/naming/inflect_cache.c
 *
 * A per-backend memo of pluralize/singularize results.  The registry is
 * rebuilt after every declaration and inflects every model and alias name
 * each time; the rules are a long ordered list, so remembering the answers
 * keeps a rebuild proportional to the catalog, not to the rule count.
 */
#include "postgres.h"

#include "utils/hsearch.h"
#include "utils/memutils.h"

#include "naming/inflect_cache.h"
#include "naming/inflection.h"

#define MEMO_KEY_SIZE 128			/* longer words are not memoized */
#define MEMO_MAX_ENTRIES 20000		/* then the memo starts over */

typedef struct MemoEntry
{
	char		key[MEMO_KEY_SIZE]; /* 'p' or 's', then the word */
	char	   *value;
} MemoEntry;

static HTAB *memo = NULL;
static MemoryContext memo_cxt = NULL;

/* memo_palloc allocates in the memo's context. */
static void *
memo_palloc(size_t size)
{
	return MemoryContextAlloc(memo_cxt, size);
}

/* backend_palloc allocates in the caller's context. */
static void *
backend_palloc(size_t size)
{
	return palloc(size);
}

/* naming_allocator returns the allocator to hand the pure-C naming units. */
assoc_alloc_fn
naming_allocator(void)
{
	return backend_palloc;
}

/* inflect returns the plural ('p') or singular ('s') of word, memoized. */
static char *
inflect(char which, const char *word)
{
	char		key[MEMO_KEY_SIZE];
	MemoEntry  *entry;
	bool		found;

	if (strlen(word) + 2 > MEMO_KEY_SIZE)
		return which == 'p' ? inflection_pluralize(word, backend_palloc)
			: inflection_singularize(word, backend_palloc);
	if (memo == NULL || hash_get_num_entries(memo) >= MEMO_MAX_ENTRIES)
	{
		HASHCTL		ctl;

		if (memo_cxt == NULL)
			memo_cxt = AllocSetContextCreate(TopMemoryContext, "association inflection memo",
											 ALLOCSET_DEFAULT_SIZES);
		else
			MemoryContextReset(memo_cxt);
		ctl.keysize = MEMO_KEY_SIZE;
		ctl.entrysize = sizeof(MemoEntry);
		ctl.hcxt = memo_cxt;
		memo = hash_create("association inflection memo", 512, &ctl,
						   HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);
	}
	memset(key, 0, sizeof(key));
	key[0] = which;
	strcpy(key + 1, word);
	entry = hash_search(memo, key, HASH_ENTER, &found);
	if (!found)
		entry->value = which == 'p' ? inflection_pluralize(word, memo_palloc)
			: inflection_singularize(word, memo_palloc);
	return pstrdup(entry->value);
}

/* inflect_plural returns the plural of word (inflection 1.13.4). */
char *
inflect_plural(const char *word)
{
	return inflect('p', word);
}

/* inflect_singular returns the singular of word (inflection 1.13.4). */
char *
inflect_singular(const char *word)
{
	return inflect('s', word);
}
