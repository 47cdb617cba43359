/*
 * test/check_inflection.c
 *
 * Tests of src/inflection.c: every line of test/inflection_words.tsv (the
 * results of the npm package inflection 1.13.4, written by
 * test/gen_inflection_words.js) must be reproduced exactly, and the famous
 * cases Sequelize users meet are named tests of their own.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "inflection.h"
#include "suites.h"

/* The word list, relative to test/, where `make -C test check` runs. */
#define WORDS_FILE "inflection_words.tsv"

/* plural returns inflection_pluralize(word) with the test allocator. */
static char *
plural(const char *word)
{
	return inflection_pluralize(word, test_alloc);
}

/* singular returns inflection_singularize(word) with the test allocator. */
static char *
singular(const char *word)
{
	return inflection_singularize(word, test_alloc);
}

START_TEST(test_word_list)
{
	FILE	   *f = fopen(WORDS_FILE, "r");
	char		line[1024];
	int			lineno = 0;
	int			words = 0;

	ck_assert_msg(f != NULL, "cannot open %s", WORDS_FILE);
	while (fgets(line, sizeof(line), f) != NULL)
	{
		size_t		len = strlen(line);
		char	   *word;
		char	   *want_plural;
		char	   *want_singular;
		char	   *tab;

		lineno++;
		ck_assert_msg(len > 0 && line[len - 1] == '\n',
					  "%s:%d: line too long or unterminated",
					  WORDS_FILE, lineno);
		line[len - 1] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;

		word = line;
		tab = strchr(word, '\t');
		ck_assert_msg(tab != NULL, "%s:%d: missing plural",
					  WORDS_FILE, lineno);
		*tab = '\0';
		want_plural = tab + 1;
		tab = strchr(want_plural, '\t');
		ck_assert_msg(tab != NULL, "%s:%d: missing singular",
					  WORDS_FILE, lineno);
		*tab = '\0';
		want_singular = tab + 1;
		ck_assert_msg(strchr(want_singular, '\t') == NULL,
					  "%s:%d: too many columns", WORDS_FILE, lineno);

		ck_assert_msg(strcmp(plural(word), want_plural) == 0,
					  "%s:%d: pluralize(\"%s\") = \"%s\", want \"%s\"",
					  WORDS_FILE, lineno, word, plural(word), want_plural);
		ck_assert_msg(strcmp(singular(word), want_singular) == 0,
					  "%s:%d: singularize(\"%s\") = \"%s\", want \"%s\"",
					  WORDS_FILE, lineno, word, singular(word), want_singular);
		words++;
	}
	fclose(f);
	ck_assert_msg(words >= 500, "%s has only %d words", WORDS_FILE, words);
}
END_TEST

START_TEST(test_empty)
{
	/* deliberate: inflection 1.13.4 pluralizes "" to "s" */
	ck_assert_str_eq(plural(""), "");
	ck_assert_str_eq(singular(""), "");
}
END_TEST

START_TEST(test_irregular)
{
	ck_assert_str_eq(plural("Person"), "People");
	ck_assert_str_eq(singular("People"), "Person");
	ck_assert_str_eq(plural("person"), "people");
	ck_assert_str_eq(plural("Child"), "Children");
	ck_assert_str_eq(singular("Children"), "Child");
	ck_assert_str_eq(plural("Man"), "Men");
	ck_assert_str_eq(plural("Woman"), "Women");
	ck_assert_str_eq(singular("Women"), "Woman");
	ck_assert_str_eq(plural("Ox"), "Oxen");
	ck_assert_str_eq(plural("Mouse"), "Mice");
	ck_assert_str_eq(singular("Mice"), "Mouse");
	/* whole-word rules with no capture: the result is all lower case */
	ck_assert_str_eq(plural("Tooth"), "teeth");
	ck_assert_str_eq(plural("Foot"), "feet");
	ck_assert_str_eq(plural("Goose"), "geese");
	ck_assert_str_eq(singular("Feet"), "foot");
	ck_assert_str_eq(plural("Genus"), "genera");
	/* and anchored at the start: a compound is not irregular */
	ck_assert_str_eq(plural("WisdomTooth"), "WisdomTooths");
	ck_assert_str_eq(plural("Quiz"), "Quizzes");
	ck_assert_str_eq(plural("Matrix"), "Matrices");
	ck_assert_str_eq(plural("Vertex"), "Vertices");
	ck_assert_str_eq(singular("Indices"), "Index");
	ck_assert_str_eq(plural("Datum"), "Data");
	ck_assert_str_eq(plural("Criterion"), "Criteria");
	/* the whole string is matched: "Salesperson" ends in "person" */
	ck_assert_str_eq(plural("Salesperson"), "Salespeople");
	ck_assert_str_eq(plural("UserProfile"), "UserProfiles");
	ck_assert_str_eq(plural("ProductCategory"), "ProductCategories");
}
END_TEST

START_TEST(test_famous_quirks)
{
	ck_assert_str_eq(plural("Hypothesis"), "Hypotheses");
	ck_assert_str_eq(plural("Status"), "Statuses");
	ck_assert_str_eq(singular("Status"), "Status");
	ck_assert_str_eq(singular("Statuses"), "Status");
	/* a word ending in s is taken as already plural */
	ck_assert_str_eq(plural("UserProjects"), "UserProjects");
	ck_assert_str_eq(plural("ActorMovies"), "ActorMovies");
	/* [ti]a$ is taken as already plural */
	ck_assert_str_eq(plural("Beta"), "Beta");
	ck_assert_str_eq(plural("Quota"), "Quota");
	ck_assert_str_eq(plural("Media"), "Media");
	/* the library's bug: "$1$2sis" with (a)naly */
	ck_assert_str_eq(singular("analyses"), "analyasis");
	ck_assert_str_eq(singular("Analyses"), "AnalyAsis");
	ck_assert_str_eq(plural("Analysis"), "Analyses");
	/* literal replacement text is lower case */
	ck_assert_str_eq(plural("PERSON"), "PEople");
	ck_assert_str_eq(plural("USERS"), "USERs");
	ck_assert_str_eq(plural("USER"), "USERs");
	/* "^(ox)en" has no $: any word starting with "oxen" */
	ck_assert_str_eq(singular("Oxenford"), "Oxford");
	/* [m|l] includes '|' */
	ck_assert_str_eq(singular("x|ice"), "x|ouse");
}
END_TEST

START_TEST(test_uncountable)
{
	ck_assert_str_eq(plural("Series"), "Series");
	ck_assert_str_eq(singular("Series"), "Series");
	ck_assert_str_eq(plural("Sheep"), "Sheep");
	ck_assert_str_eq(plural("Information"), "Information");
	ck_assert_str_eq(plural("Homework"), "Homework");
	ck_assert_str_eq(plural("EQUIPMENT"), "EQUIPMENT");
	ck_assert_str_eq(plural("Money"), "Money");
	ck_assert_str_eq(singular("News"), "News");
	/* only the whole word counts */
	ck_assert_str_eq(plural("UserInformation"), "UserInformations");
	/* "Fish" is not in the list */
	ck_assert_str_eq(plural("Fish"), "Fishes");
	/* U+212A KELVIN SIGN lower-cases to 'k' in JavaScript */
	ck_assert_str_eq(plural("\xE2\x84\xAA" "arate"), "\xE2\x84\xAA" "arate");
}
END_TEST

START_TEST(test_non_ascii)
{
	ck_assert_str_eq(plural("caf\xC3\xA9"), "caf\xC3\xA9s");
	ck_assert_str_eq(plural("\xC3\xA9" "fe"), "\xC3\xA9ves");
	ck_assert_str_eq(singular("\xC3\xA9ies"), "\xC3\xA9y");
	/* stray bytes, including a truncated UTF-8 sequence */
	ck_assert_str_eq(plural("\xFF\xE2\x84"), "\xFF\xE2\x84s");
	ck_assert_str_eq(singular("\x80\xE2"), "\x80\xE2");
}
END_TEST

Suite *
inflection_suite(void)
{
	Suite	   *s = suite_create("inflection");
	TCase	   *tc = tcase_create("inflection");

	tcase_add_test(tc, test_word_list);
	tcase_add_test(tc, test_empty);
	tcase_add_test(tc, test_irregular);
	tcase_add_test(tc, test_famous_quirks);
	tcase_add_test(tc, test_uncountable);
	tcase_add_test(tc, test_non_ascii);
	suite_add_tcase(s, tc);
	return s;
}
