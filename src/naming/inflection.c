/*
 * src/naming/inflection.c
 *
 * English pluralization and singularization that give, for every input,
 * the same result as pluralize(str) and singularize(str) of the npm package
 * "inflection" 1.13.4 (MIT licence), the library Sequelize v6 uses to derive
 * table names, association aliases and accessor names.
 *
 * The library works in three steps, reproduced here:
 *
 *	1. if the lower-cased word is in its list of uncountable words, the word
 *	   is returned unchanged;
 *	2. otherwise its ordered list of rules is scanned, and the first rule
 *	   whose pattern matches the word wins;
 *	3. a rule without a replacement means "already in the wanted form" and
 *	   leaves the word unchanged; a rule with one replaces the matched text,
 *	   "$1" and "$2" standing for the captured groups (so the case of the
 *	   captured input is kept, while the literal text is lower case).
 *
 * The patterns are kept exactly as the library writes them, as strings, and
 * are run by a small backtracking matcher that understands just the subset
 * of JavaScript regular expressions they use: literal characters, [...] and
 * [^...] classes, capturing (...) and non-capturing (?:...) groups, '|'
 * alternation and the ^ and $ anchors.  All patterns are case-insensitive.
 * There are no quantifiers, so the matcher only backtracks over
 * alternatives, and its recursion depth is bounded by the pattern length.
 * No regex library, no global mutable state, no compilation step.
 *
 * Strings are bytes: a non-ASCII byte is never a letter, and letters are
 * folded with ASCII rules only, never with the locale (tolower() in a
 * Turkish locale folds 'I' to a dotless i).  Since every class in the
 * patterns is a single position and is the first thing of its alternative,
 * matching UTF-8 byte by byte gives the same bytes as the library's UTF-16
 * matching.
 *
 * Only deliberate difference: the empty string gives the empty string (the
 * library pluralizes "" to "s").
 */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "naming/inflection.h"

/* The most capturing groups a pattern has (the "analyses" one has 8). */
#define MAX_GROUPS 9

/* LENGTH returns the number of elements of array a. */
#define LENGTH(a) (sizeof(a) / sizeof((a)[0]))

/* One rule: a pattern and its replacement, or NULL for "leave unchanged". */
typedef struct InflectionRule
{
	const char *pattern;
	const char *replacement;
} InflectionRule;

/*
 * The state of one match attempt: the subject, the whole pattern (used to
 * number the groups) and the captures, as byte offsets (-1 while unset).
 */
typedef struct MatchState
{
	const char *str;
	size_t		len;
	const char *pattern;
	long		cap_start[MAX_GROUPS + 1];
	long		cap_end[MAX_GROUPS + 1];
	size_t		match_end;
} MatchState;

/*
 * What the matcher does once the sequence it is on is done: go on with
 * pattern text [p, pend) after recording the end of capturing group "group"
 * (0 for a non-capturing group), then with "next".  NULL means the whole
 * pattern has matched.
 */
typedef struct Continuation
{
	const char *p;
	const char *pend;
	int			group;
	const struct Continuation *next;
} Continuation;

/*
 * The library's uncountable words, compared with the lower-cased input.
 */
static const char *const uncountable_words[] = {
	"accommodation", "adulthood", "advertising", "advice", "aggression",
	"aid", "air", "aircraft", "alcohol", "anger", "applause", "arithmetic",
	"assistance", "athletics",
	"bacon", "baggage", "beef", "biology", "blood", "botany", "bread",
	"butter",
	"carbon", "cardboard", "cash", "chalk", "chaos", "chess", "crossroads",
	"countryside",
	"dancing", "deer", "dignity", "dirt", "dust",
	"economics", "education", "electricity", "engineering", "enjoyment",
	"envy", "equipment", "ethics", "evidence", "evolution",
	"fame", "fiction", "flour", "flu", "food", "fuel", "fun", "furniture",
	"gallows", "garbage", "garlic", "genetics", "gold", "golf", "gossip",
	"gratitude", "grief", "guilt", "gymnastics",
	"happiness", "hardware", "harm", "hate", "hatred", "health", "heat",
	"help", "homework", "honesty", "honey", "hospitality", "housework",
	"humour", "hunger", "hydrogen",
	"ice", "importance", "inflation", "information", "innocence", "iron",
	"irony",
	"jam", "jewelry", "judo",
	"karate", "knowledge",
	"lack", "laughter", "lava", "leather", "leisure", "lightning",
	"linguine", "linguini", "linguistics", "literature", "litter",
	"livestock", "logic", "loneliness", "luck", "luggage",
	"macaroni", "machinery", "magic", "management", "mankind", "marble",
	"mathematics", "mayonnaise", "measles", "methane", "milk", "minus",
	"money", "mud", "music", "mumps",
	"nature", "news", "nitrogen", "nonsense", "nurture", "nutrition",
	"obedience", "obesity", "oxygen",
	"pasta", "patience", "physics", "poetry", "pollution", "poverty",
	"pride", "psychology", "publicity", "punctuation",
	"quartz",
	"racism", "relaxation", "reliability", "research", "respect", "revenge",
	"rice", "rubbish", "rum",
	"safety", "scenery", "seafood", "seaside", "series", "shame", "sheep",
	"shopping", "sleep", "smoke", "smoking", "snow", "soap", "software",
	"soil", "spaghetti", "species", "steam", "stuff", "stupidity",
	"sunshine", "symmetry",
	"tennis", "thirst", "thunder", "timber", "traffic", "transportation",
	"trust",
	"underwear", "unemployment", "unity",
	"validity", "veal", "vegetation", "vegetarianism", "vengeance",
	"violence", "vitality",
	"warmth", "wealth", "weather", "welfare", "wheat", "wildlife", "wisdom",
	"yoga",
	"zinc", "zoology"
};

/*
 * The library's patterns, named as it names them: PLURAL_* match plural
 * words, SINGULAR_* singular ones.
 */
#define PLURAL_MEN			"^(m|wom)en$"
#define PLURAL_PEOPLE		"(pe)ople$"
#define PLURAL_CHILDREN		"(child)ren$"
#define PLURAL_TIA			"([ti])a$"
#define PLURAL_ANALYSES		"((a)naly|(b)a|(d)iagno|(p)arenthe|(p)rogno|" \
							"(s)ynop|(t)he)ses$"
#define PLURAL_DATABASES	"(database)s$"
#define PLURAL_DRIVES		"(drive)s$"
#define PLURAL_HIVES		"(hi|ti)ves$"
#define PLURAL_CURVES		"(curve)s$"
#define PLURAL_LRVES		"([lr])ves$"
#define PLURAL_AVES			"([a])ves$"
#define PLURAL_FOVES		"([^fo])ves$"
#define PLURAL_MOVIES		"(m)ovies$"
#define PLURAL_AEIOUYIES	"([^aeiouy]|qu)ies$"
#define PLURAL_SERIES		"(s)eries$"
#define PLURAL_XES			"(x|ch|ss|sh)es$"
#define PLURAL_MICE			"([m|l])ice$"
#define PLURAL_BUSES		"(bus)es$"
#define PLURAL_OES			"(o)es$"
#define PLURAL_SHOES		"(shoe)s$"
#define PLURAL_CRISES		"(cris|ax|test)es$"
#define PLURAL_OCTOPUSES	"(octop|vir)uses$"
#define PLURAL_ALIASES		"(alias|canvas|status|campus)es$"
#define PLURAL_SUMMONSES	"^(summons|bonus)es$"
#define PLURAL_OXEN			"^(ox)en"
#define PLURAL_MATRICES		"(matr)ices$"
#define PLURAL_VERTICES		"(vert|ind)ices$"
#define PLURAL_FEET			"^feet$"
#define PLURAL_TEETH		"^teeth$"
#define PLURAL_GEESE		"^geese$"
#define PLURAL_QUIZZES		"(quiz)zes$"
#define PLURAL_WHEREASES	"^(whereas)es$"
#define PLURAL_CRITERIA		"^(criteri)a$"
#define PLURAL_GENERA		"^genera$"
#define PLURAL_SS			"ss$"
#define PLURAL_S			"s$"

#define SINGULAR_MAN		"^(m|wom)an$"
#define SINGULAR_PERSON		"(pe)rson$"
#define SINGULAR_CHILD		"(child)$"
#define SINGULAR_DRIVE		"(drive)$"
#define SINGULAR_OX			"^(ox)$"
#define SINGULAR_AXIS		"(ax|test)is$"
#define SINGULAR_OCTOPUS	"(octop|vir)us$"
#define SINGULAR_ALIAS		"(alias|status|canvas|campus)$"
#define SINGULAR_SUMMONS	"^(summons|bonus)$"
#define SINGULAR_BUS		"(bu)s$"
#define SINGULAR_BUFFALO	"(buffal|tomat|potat)o$"
#define SINGULAR_TIUM		"([ti])um$"
#define SINGULAR_SIS		"sis$"
#define SINGULAR_FFE		"(?:([^f])fe|([lr])f)$"
#define SINGULAR_HIVE		"(hi|ti)ve$"
#define SINGULAR_AEIOUYY	"([^aeiouy]|qu)y$"
#define SINGULAR_X			"(x|ch|ss|sh)$"
#define SINGULAR_MATRIX		"(matr)ix$"
#define SINGULAR_VERTEX		"(vert|ind)ex$"
#define SINGULAR_MOUSE		"([m|l])ouse$"
#define SINGULAR_FOOT		"^foot$"
#define SINGULAR_TOOTH		"^tooth$"
#define SINGULAR_GOOSE		"^goose$"
#define SINGULAR_QUIZ		"(quiz)$"
#define SINGULAR_WHEREAS	"^(whereas)$"
#define SINGULAR_CRITERION	"^(criteri)on$"
#define SINGULAR_GENUS		"^genus$"
#define SINGULAR_S			"s$"
#define SINGULAR_COMMON		"$"

/*
 * The rules pluralize applies, in the library's order.  Note that the
 * library lists PLURAL_VERTICES nowhere here, and that nothing but PLURAL_*
 * patterns guard against pluralizing a plural: "Users" is kept only because
 * SINGULAR_S replaces its final s by "s".
 */
static const InflectionRule plural_rules[] = {
	/* already plural: unchanged */
	{PLURAL_MEN, NULL},
	{PLURAL_PEOPLE, NULL},
	{PLURAL_CHILDREN, NULL},
	{PLURAL_TIA, NULL},
	{PLURAL_ANALYSES, NULL},
	{PLURAL_DATABASES, NULL},
	{PLURAL_DRIVES, NULL},
	{PLURAL_HIVES, NULL},
	{PLURAL_CURVES, NULL},
	{PLURAL_LRVES, NULL},
	{PLURAL_FOVES, NULL},
	{PLURAL_AEIOUYIES, NULL},
	{PLURAL_SERIES, NULL},
	{PLURAL_MOVIES, NULL},
	{PLURAL_XES, NULL},
	{PLURAL_MICE, NULL},
	{PLURAL_BUSES, NULL},
	{PLURAL_OES, NULL},
	{PLURAL_SHOES, NULL},
	{PLURAL_CRISES, NULL},
	{PLURAL_OCTOPUSES, NULL},
	{PLURAL_ALIASES, NULL},
	{PLURAL_SUMMONSES, NULL},
	{PLURAL_OXEN, NULL},
	{PLURAL_MATRICES, NULL},
	{PLURAL_FEET, NULL},
	{PLURAL_TEETH, NULL},
	{PLURAL_GEESE, NULL},
	{PLURAL_QUIZZES, NULL},
	{PLURAL_WHEREASES, NULL},
	{PLURAL_CRITERIA, NULL},
	{PLURAL_GENERA, NULL},
	/* singular to plural */
	{SINGULAR_MAN, "$1en"},
	{SINGULAR_PERSON, "$1ople"},
	{SINGULAR_CHILD, "$1ren"},
	{SINGULAR_DRIVE, "$1s"},
	{SINGULAR_OX, "$1en"},
	{SINGULAR_AXIS, "$1es"},
	{SINGULAR_OCTOPUS, "$1uses"},
	{SINGULAR_ALIAS, "$1es"},
	{SINGULAR_SUMMONS, "$1es"},
	{SINGULAR_BUS, "$1ses"},
	{SINGULAR_BUFFALO, "$1oes"},
	{SINGULAR_TIUM, "$1a"},
	{SINGULAR_SIS, "ses"},
	{SINGULAR_FFE, "$1$2ves"},
	{SINGULAR_HIVE, "$1ves"},
	{SINGULAR_AEIOUYY, "$1ies"},
	{SINGULAR_MATRIX, "$1ices"},
	{SINGULAR_VERTEX, "$1ices"},
	{SINGULAR_X, "$1es"},
	{SINGULAR_MOUSE, "$1ice"},
	{SINGULAR_FOOT, "feet"},
	{SINGULAR_TOOTH, "teeth"},
	{SINGULAR_GOOSE, "geese"},
	{SINGULAR_QUIZ, "$1zes"},
	{SINGULAR_WHEREAS, "$1es"},
	{SINGULAR_CRITERION, "$1a"},
	{SINGULAR_GENUS, "genera"},
	{SINGULAR_S, "s"},
	{SINGULAR_COMMON, "s"}
};

/*
 * The rules singularize applies, in the library's order.  PLURAL_ANALYSES
 * with "$1$2sis" is the library's: it turns "analyses" into "analyasis".
 */
static const InflectionRule singular_rules[] = {
	/* already singular: unchanged */
	{SINGULAR_MAN, NULL},
	{SINGULAR_PERSON, NULL},
	{SINGULAR_CHILD, NULL},
	{SINGULAR_DRIVE, NULL},
	{SINGULAR_OX, NULL},
	{SINGULAR_AXIS, NULL},
	{SINGULAR_OCTOPUS, NULL},
	{SINGULAR_ALIAS, NULL},
	{SINGULAR_SUMMONS, NULL},
	{SINGULAR_BUS, NULL},
	{SINGULAR_BUFFALO, NULL},
	{SINGULAR_TIUM, NULL},
	{SINGULAR_SIS, NULL},
	{SINGULAR_FFE, NULL},
	{SINGULAR_HIVE, NULL},
	{SINGULAR_AEIOUYY, NULL},
	{SINGULAR_X, NULL},
	{SINGULAR_MATRIX, NULL},
	{SINGULAR_MOUSE, NULL},
	{SINGULAR_FOOT, NULL},
	{SINGULAR_TOOTH, NULL},
	{SINGULAR_GOOSE, NULL},
	{SINGULAR_QUIZ, NULL},
	{SINGULAR_WHEREAS, NULL},
	{SINGULAR_CRITERION, NULL},
	{SINGULAR_GENUS, NULL},
	/* plural to singular */
	{PLURAL_MEN, "$1an"},
	{PLURAL_PEOPLE, "$1rson"},
	{PLURAL_CHILDREN, "$1"},
	{PLURAL_DATABASES, "$1"},
	{PLURAL_DRIVES, "$1"},
	{PLURAL_GENERA, "genus"},
	{PLURAL_CRITERIA, "$1on"},
	{PLURAL_TIA, "$1um"},
	{PLURAL_ANALYSES, "$1$2sis"},
	{PLURAL_HIVES, "$1ve"},
	{PLURAL_CURVES, "$1"},
	{PLURAL_LRVES, "$1f"},
	{PLURAL_AVES, "$1ve"},
	{PLURAL_FOVES, "$1fe"},
	{PLURAL_MOVIES, "$1ovie"},
	{PLURAL_AEIOUYIES, "$1y"},
	{PLURAL_SERIES, "$1eries"},
	{PLURAL_XES, "$1"},
	{PLURAL_MICE, "$1ouse"},
	{PLURAL_BUSES, "$1"},
	{PLURAL_OES, "$1"},
	{PLURAL_SHOES, "$1"},
	{PLURAL_CRISES, "$1is"},
	{PLURAL_OCTOPUSES, "$1us"},
	{PLURAL_ALIASES, "$1"},
	{PLURAL_SUMMONSES, "$1"},
	{PLURAL_OXEN, "$1"},
	{PLURAL_MATRICES, "$1ix"},
	{PLURAL_VERTICES, "$1ex"},
	{PLURAL_FEET, "foot"},
	{PLURAL_TEETH, "tooth"},
	{PLURAL_GEESE, "goose"},
	{PLURAL_QUIZZES, "$1"},
	{PLURAL_WHEREASES, "$1"},
	{PLURAL_SS, "ss"},
	{PLURAL_S, ""}
};

static bool match_alternatives(MatchState *m, const char *first,
							   const char *last, size_t pos,
							   const Continuation *k);

/* ascii_tolower returns c lower-cased if it is an ASCII capital letter. */
static unsigned char
ascii_tolower(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return (unsigned char) (c - 'A' + 'a');
	return c;
}

/*
 * lowers_to returns whether JavaScript's word.toLowerCase() equals the
 * lower-case ASCII string lower.  Besides ASCII, only U+212A KELVIN SIGN
 * (UTF-8 E2 84 AA) lower-cases to an ASCII letter, 'k'.
 */
static bool
lowers_to(const char *word, const char *lower)
{
	const unsigned char *w = (const unsigned char *) word;

	while (*lower != '\0')
	{
		if (*lower == 'k' && w[0] == 0xE2 && w[1] == 0x84 && w[2] == 0xAA)
			w += 3;
		else if (ascii_tolower(*w) == (unsigned char) *lower)
			w++;
		else
			return false;
		lower++;
	}
	return *w == '\0';
}

/* is_uncountable returns whether word is one of the uncountable words. */
static bool
is_uncountable(const char *word)
{
	size_t		i;

	for (i = 0; i < LENGTH(uncountable_words); i++)
	{
		if (lowers_to(word, uncountable_words[i]))
			return true;
	}
	return false;
}

/* class_end returns the ']' closing the class that opens at p. */
static const char *
class_end(const char *p)
{
	p++;
	while (*p != ']')
		p++;
	return p;
}

/*
 * group_end returns the ')' closing the group that opens at p, skipping
 * nested groups and classes.
 */
static const char *
group_end(const char *p)
{
	int			depth = 0;

	for (;; p++)
	{
		if (*p == '[')
			p = class_end(p);
		else if (*p == '(')
			depth++;
		else if (*p == ')' && --depth == 0)
			return p;
	}
}

/*
 * group_number returns the number of the capturing group that opens at p:
 * one more than the capturing groups opened before it in the pattern.
 */
static int
group_number(const char *pattern, const char *p)
{
	int			n = 1;

	for (; pattern < p; pattern++)
	{
		if (*pattern == '[')
			pattern = class_end(pattern);
		else if (*pattern == '(' && pattern[1] != '?')
			n++;
	}
	return n;
}

/*
 * class_matches returns whether byte c is in the class [open, close],
 * case-insensitively.  A non-ASCII byte is in no positive class and in
 * every negated one.
 */
static bool
class_matches(const char *open, const char *close, unsigned char c)
{
	const char *p = open + 1;
	bool		negated = false;
	bool		found = false;

	if (*p == '^')
	{
		negated = true;
		p++;
	}
	for (; p < close; p++)
	{
		if (ascii_tolower((unsigned char) *p) == ascii_tolower(c))
			found = true;
	}
	return found != negated;
}

/*
 * match_seq returns whether the alternative-free pattern text [p, pend),
 * then the continuation k, match the subject from offset pos.  On success
 * m->match_end is where the whole match ends.
 */
static bool
match_seq(MatchState *m, const char *p, const char *pend, size_t pos,
		  const Continuation *k)
{
	while (p < pend)
	{
		if (*p == '^')
		{
			if (pos != 0)
				return false;
			p++;
		}
		else if (*p == '$')
		{
			if (pos != m->len)
				return false;
			p++;
		}
		else if (*p == '[')
		{
			const char *close = class_end(p);

			if (pos >= m->len ||
				!class_matches(p, close, (unsigned char) m->str[pos]))
				return false;
			pos++;
			p = close + 1;
		}
		else if (*p == '(')
		{
			const char *close = group_end(p);
			Continuation after;
			const char *body;

			after.p = close + 1;
			after.pend = pend;
			after.next = k;
			if (p[1] == '?')
			{
				/* "(?:" */
				after.group = 0;
				body = p + 3;
			}
			else
			{
				after.group = group_number(m->pattern, p);
				body = p + 1;
				m->cap_start[after.group] = (long) pos;
			}
			return match_alternatives(m, body, close, pos, &after);
		}
		else
		{
			if (pos >= m->len ||
				ascii_tolower((unsigned char) m->str[pos]) !=
				ascii_tolower((unsigned char) *p))
				return false;
			pos++;
			p++;
		}
	}

	if (k == NULL)
	{
		m->match_end = pos;
		return true;
	}
	if (k->group > 0)
		m->cap_end[k->group] = (long) pos;
	return match_seq(m, k->p, k->pend, pos, k->next);
}

/*
 * match_alternatives returns whether one of the '|'-separated alternatives
 * of pattern text [first, last), then the continuation k, matches the
 * subject from offset pos.  The alternatives are tried in order, and the
 * captures an alternative set are undone when it fails, as in JavaScript.
 */
static bool
match_alternatives(MatchState *m, const char *first, const char *last,
				   size_t pos, const Continuation *k)
{
	long		saved_start[MAX_GROUPS + 1];
	long		saved_end[MAX_GROUPS + 1];
	const char *alt = first;

	memcpy(saved_start, m->cap_start, sizeof(saved_start));
	memcpy(saved_end, m->cap_end, sizeof(saved_end));
	for (;;)
	{
		const char *p = alt;
		int			depth = 0;

		/* find the end of this alternative */
		while (p < last && (depth > 0 || *p != '|'))
		{
			if (*p == '[')
				p = class_end(p);
			else if (*p == '(')
				depth++;
			else if (*p == ')')
				depth--;
			p++;
		}
		if (match_seq(m, alt, p, pos, k))
			return true;
		memcpy(m->cap_start, saved_start, sizeof(saved_start));
		memcpy(m->cap_end, saved_end, sizeof(saved_end));
		if (p >= last)
			return false;
		alt = p + 1;
	}
}

/*
 * find_match returns whether pattern matches somewhere in str, filling m
 * with the leftmost match (as JavaScript's search does).
 */
static bool
find_match(MatchState *m, const char *pattern, const char *str)
{
	size_t		start;
	int			i;

	m->str = str;
	m->len = strlen(str);
	m->pattern = pattern;
	for (start = 0; start <= m->len; start++)
	{
		for (i = 0; i <= MAX_GROUPS; i++)
		{
			m->cap_start[i] = -1;
			m->cap_end[i] = -1;
		}
		if (match_alternatives(m, pattern, pattern + strlen(pattern), start,
							   NULL))
		{
			m->cap_start[0] = (long) start;
			m->cap_end[0] = (long) m->match_end;
			return true;
		}
	}
	return false;
}

/*
 * substitute returns str with its match m replaced by replacement, in which
 * "$n" stands for group n (empty if the group took no part in the match).
 * The library's patterns use the 'g' flag, but each can match only once:
 * all are anchored at the end except "^(ox)en", anchored at the start, and
 * the empty "$" match ends the search.  So one replacement is enough.
 */
static char *
substitute(const MatchState *m, const char *replacement, assoc_alloc_fn alloc)
{
	size_t		prefix = (size_t) m->cap_start[0];
	size_t		suffix = m->len - (size_t) m->cap_end[0];
	size_t		size = prefix + suffix;
	const char *r;
	char	   *result;
	char	   *out;

	/* the replacement's length, "$n" expanded */
	for (r = replacement; *r != '\0'; r++)
	{
		if (r[0] == '$' && r[1] >= '1' && r[1] <= '9')
		{
			int			g = r[1] - '0';

			if (m->cap_start[g] >= 0 && m->cap_end[g] >= 0)
				size += (size_t) (m->cap_end[g] - m->cap_start[g]);
			r++;
		}
		else
			size++;
	}

	result = alloc(size + 1);
	out = result;
	memcpy(out, m->str, prefix);
	out += prefix;
	for (r = replacement; *r != '\0'; r++)
	{
		if (r[0] == '$' && r[1] >= '1' && r[1] <= '9')
		{
			int			g = r[1] - '0';

			if (m->cap_start[g] >= 0 && m->cap_end[g] >= 0)
			{
				size_t		n = (size_t) (m->cap_end[g] - m->cap_start[g]);

				memcpy(out, m->str + m->cap_start[g], n);
				out += n;
			}
			r++;
		}
		else
			*out++ = *r;
	}
	memcpy(out, m->str + m->cap_end[0], suffix);
	out += suffix;
	*out = '\0';
	return result;
}

/* copy_string returns a copy of s allocated with alloc. */
static char *
copy_string(const char *s, assoc_alloc_fn alloc)
{
	size_t		len = strlen(s);
	char	   *result = alloc(len + 1);

	memcpy(result, s, len + 1);
	return result;
}

/*
 * apply_rules returns word transformed by the first of the nrules rules
 * whose pattern matches it, or a copy of word if it is empty, uncountable,
 * matched by no rule or matched by a rule without replacement.
 */
static char *
apply_rules(const char *word, const InflectionRule *rules, size_t nrules,
			assoc_alloc_fn alloc)
{
	MatchState	m;
	size_t		i;

	if (word[0] == '\0' || is_uncountable(word))
		return copy_string(word, alloc);
	for (i = 0; i < nrules; i++)
	{
		if (find_match(&m, rules[i].pattern, word))
		{
			if (rules[i].replacement == NULL)
				break;
			return substitute(&m, rules[i].replacement, alloc);
		}
	}
	return copy_string(word, alloc);
}

/* inflection_pluralize returns the plural of word, allocated with alloc. */
char *
inflection_pluralize(const char *word, assoc_alloc_fn alloc)
{
	return apply_rules(word, plural_rules, LENGTH(plural_rules), alloc);
}

/* inflection_singularize returns the singular of word, allocated with alloc. */
char *
inflection_singularize(const char *word, assoc_alloc_fn alloc)
{
	return apply_rules(word, singular_rules, LENGTH(singular_rules), alloc);
}
