/*
 * src/options/options.c
 *
 * The one table of option keys: each key with the contexts it is valid in
 * (a key listed twice is valid in each entry's contexts; the entries keep
 * the order hints list them in).  A typo in an option
 * must never be silently ignored, so options_check reports the first key
 * that is not valid where it was given, naming the valid ones.  Values are
 * checked where they are read (src/options/json_util.c).
 */
#include "postgres.h"

#include "lib/stringinfo.h"
#include "utils/formatting.h"

#include "options/json_util.h"
#include "options/options.h"

#define IN(c) (1u << (c))
#define ASSOCIATIONS (IN(OPT_BELONGS_TO) | IN(OPT_HAS_ONE) | IN(OPT_HAS_MANY) | IN(OPT_BELONGS_TO_MANY))

/* An option key and the contexts it is valid in. */
typedef struct OptionDef
{
	const char *key;
	uint32		contexts;
} OptionDef;

/*
 * Every option, grouped by what it belongs to; a context's valid keys are
 * listed in this order in hints.
 */
static const OptionDef options[] = {
	/* models */
	{"tableName", IN(OPT_MODEL)},
	{"schema", IN(OPT_MODEL)},
	{"freezeTableName", IN(OPT_MODEL)},
	{"underscored", IN(OPT_MODEL)},
	{"timestamps", IN(OPT_MODEL) | IN(OPT_BELONGS_TO_MANY)},
	{"createdAt", IN(OPT_MODEL)},
	{"updatedAt", IN(OPT_MODEL)},
	{"name", IN(OPT_MODEL)},
	{"distribution", IN(OPT_MODEL)},
	{"column", IN(OPT_DISTRIBUTION)},
	{"colocateWith", IN(OPT_DISTRIBUTION)},
	{"singular", IN(OPT_MODEL_NAME) | IN(OPT_AS)},
	{"plural", IN(OPT_MODEL_NAME) | IN(OPT_AS)},
	/* association option foreignKey (or otherKey) as an object */
	{"name", IN(OPT_FOREIGN_KEY)},
	{"fieldName", IN(OPT_FOREIGN_KEY)},
	{"field", IN(OPT_FOREIGN_KEY)},
	/* attributes */
	{"type", IN(OPT_ATTRIBUTE) | IN(OPT_FOREIGN_KEY)},
	{"allowNull", IN(OPT_ATTRIBUTE) | IN(OPT_FOREIGN_KEY)},
	{"defaultValue", IN(OPT_ATTRIBUTE) | IN(OPT_FOREIGN_KEY)},
	{"unique", IN(OPT_ATTRIBUTE)},
	{"primaryKey", IN(OPT_ATTRIBUTE)},
	{"autoIncrement", IN(OPT_ATTRIBUTE)},
	{"field", IN(OPT_ATTRIBUTE)},
	{"references", IN(OPT_ATTRIBUTE)},
	{"referencesKey", IN(OPT_ATTRIBUTE)},
	{"onDelete", IN(OPT_ATTRIBUTE)},
	{"onUpdate", IN(OPT_ATTRIBUTE)},
	{"model", IN(OPT_REFERENCES) | IN(OPT_INCLUDE)},
	{"key", IN(OPT_REFERENCES)},
	{"validate", IN(OPT_ATTRIBUTE)},
	{"min", IN(OPT_VALIDATE)},
	{"max", IN(OPT_VALIDATE)},
	{"comment", IN(OPT_ATTRIBUTE) | IN(OPT_FOREIGN_KEY)},
	/* associations */
	{"as", ASSOCIATIONS | IN(OPT_INCLUDE) | IN(OPT_INCLUDE_THROUGH)},
	{"foreignKey", ASSOCIATIONS},
	{"onDelete", ASSOCIATIONS},
	{"onUpdate", ASSOCIATIONS},
	{"constraints", ASSOCIATIONS},
	{"foreignKeyConstraint", ASSOCIATIONS},
	{"scope", ASSOCIATIONS},
	{"keyType", ASSOCIATIONS},
	{"index", ASSOCIATIONS},
	{"accessorView", ASSOCIATIONS},
	{"hooks", ASSOCIATIONS},
	{"sourceKey", IN(OPT_HAS_ONE) | IN(OPT_HAS_MANY) | IN(OPT_BELONGS_TO_MANY)},
	{"targetKey", IN(OPT_BELONGS_TO) | IN(OPT_BELONGS_TO_MANY)},
	{"through", IN(OPT_HAS_MANY) | IN(OPT_BELONGS_TO_MANY) | IN(OPT_MUTATOR) | IN(OPT_INCLUDE)},
	{"otherKey", IN(OPT_BELONGS_TO_MANY)},
	{"uniqueKey", IN(OPT_BELONGS_TO_MANY)},
	{"joinTableName", IN(OPT_HAS_MANY) | IN(OPT_BELONGS_TO_MANY)},
	{"joinTableModel", IN(OPT_HAS_MANY) | IN(OPT_BELONGS_TO_MANY)},
	{"useJunctionTable", IN(OPT_HAS_MANY) | IN(OPT_BELONGS_TO_MANY)},
	/* association option through as an object */
	{"model", IN(OPT_THROUGH)},
	{"unique", IN(OPT_THROUGH)},
	{"scope", IN(OPT_THROUGH)},
	{"paranoid", IN(OPT_THROUGH)},
	/* sync and drop */
	{"force", IN(OPT_SYNC)},
	{"cycles", IN(OPT_SYNC)},
	{"table", IN(OPT_DROP_MODEL)},
	{"cascade", IN(OPT_DROP_MODEL)},
	/* queries */
	{"where", IN(OPT_GETTER) | IN(OPT_GETTER_THROUGH) | IN(OPT_FIND) | IN(OPT_INCLUDE) |
	IN(OPT_INCLUDE_THROUGH)},
	{"attributes", IN(OPT_GETTER) | IN(OPT_GETTER_THROUGH) | IN(OPT_FIND) | IN(OPT_INCLUDE) |
	IN(OPT_INCLUDE_THROUGH)},
	{"joinTableAttributes", IN(OPT_GETTER)},
	{"through", IN(OPT_GETTER)},
	{"exclude", IN(OPT_ATTRIBUTES)},
	{"order", IN(OPT_GETTER) | IN(OPT_FIND) | IN(OPT_INCLUDE)},
	{"limit", IN(OPT_GETTER) | IN(OPT_FIND) | IN(OPT_INCLUDE)},
	{"offset", IN(OPT_GETTER) | IN(OPT_FIND) | IN(OPT_INCLUDE)},
	{"raw", IN(OPT_GETTER) | IN(OPT_FIND)},
	{"include", IN(OPT_FIND) | IN(OPT_CREATE) | IN(OPT_INCLUDE) | IN(OPT_GETTER)},
	{"association", IN(OPT_INCLUDE)},
	{"all", IN(OPT_INCLUDE)},
	{"required", IN(OPT_INCLUDE)},
	{"count", IN(OPT_INCLUDE)},
	{"separate", IN(OPT_INCLUDE)},
	{"right", IN(OPT_INCLUDE)},
	{"duplicating", IN(OPT_INCLUDE)},
	{NULL, 0}
};

/* is_valid returns whether key is an option of context. */
static bool
is_valid(const char *key, OptionContext context)
{
	const OptionDef *o;

	for (o = options; o->key != NULL; o++)
		if ((o->contexts & IN(context)) && strcmp(o->key, key) == 0)
			return true;
	return false;
}

/*
 * options_check reports the first key of obj that is not an option of
 * context (where names the object in the message), naming the valid ones.
 */
void
options_check(const JsonbValue *obj, OptionContext context, const char *where)
{
	ListCell   *lc;

	foreach(lc, jv_object_pairs(obj))
	{
		JsonPair   *pair = lfirst(lc);
		StringInfoData valid;
		const OptionDef *o;

		if (is_valid(pair->key, context))
			continue;
		initStringInfo(&valid);
		for (o = options; o->key != NULL; o++)
			if (o->contexts & IN(context))
				appendStringInfo(&valid, "%s%s", valid.len ? ", " : "", o->key);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid option \"%s\" in %s", pair->key, where),
				 errhint("Valid options in this context are: %s.", valid.data)));
	}
}

/*
 * options_action returns an ON DELETE/UPDATE action upper-cased (any case
 * is accepted, as Sequelize does), or reports an invalid one.  NULL in,
 * NULL out.
 */
char *
options_action(const char *value, const char *option, const char *where)
{
	static const char *const actions[] = {
		"RESTRICT", "CASCADE", "NO ACTION", "SET DEFAULT", "SET NULL", NULL
	};
	char	   *upper;
	const char *const *a;

	if (value == NULL)
		return NULL;
	upper = asc_toupper(value, strlen(value));
	for (a = actions; *a != NULL; a++)
		if (strcmp(*a, upper) == 0)
			return upper;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid %s action \"%s\" in %s", option, value, where),
			 errhint("Valid actions are RESTRICT, CASCADE, NO ACTION, SET DEFAULT and SET NULL.")));
	return NULL;
}

/*
 * options_read reads options, which must be a JSON object of the keys valid
 * in context, into *out.
 */
void
options_read(Jsonb *options, JsonbValue *out, OptionContext context, const char *where)
{
	jv_from_jsonb(options, out);
	jv_require_object(out, where);
	options_check(out, context, where);
}
