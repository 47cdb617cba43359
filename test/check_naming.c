/*
 * test/check_naming.c
 *
 * Check suite of src/naming.c.  The bulk of the expected values comes from
 * test/naming_cases.tsv, written by test/gen_naming_cases.js with the real
 * JavaScript (Sequelize v6, inflection 1.13.4, lodash); the cases here are
 * the examples of the documentation, the deliberate differences from
 * JavaScript, odd bytes and long strings.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "naming.h"
#include "suites.h"

#define MAX_CASES 1000

/* One line of naming_cases.tsv, unescaped. */
typedef struct NamingCase
{
	char	   *fn;
	char	   *a;
	char	   *b;
	char	   *expected;
	int			line;
} NamingCase;

static NamingCase cases[MAX_CASES];
static int	ncases = 0;
static const char *cases_error = NULL;

/*
 * unescape_field returns a copy of the len bytes at s with the escapes of
 * gen_naming_cases.js (\\, \t, \n, \r, \xNN) decoded.
 */
static char *
unescape_field(const char *s, size_t len)
{
	char	   *result = test_alloc(len + 1);
	char	   *out = result;
	size_t		i = 0;

	while (i < len)
	{
		if (s[i] != '\\' || i + 1 >= len)
		{
			*out++ = s[i++];
			continue;
		}
		switch (s[i + 1])
		{
			case 't':
				*out++ = '\t';
				i += 2;
				break;
			case 'n':
				*out++ = '\n';
				i += 2;
				break;
			case 'r':
				*out++ = '\r';
				i += 2;
				break;
			case 'x':
				if (i + 3 < len)
				{
					char		hex[3] = {s[i + 2], s[i + 3], '\0'};

					*out++ = (char) strtol(hex, NULL, 16);
					i += 4;
				}
				else
					*out++ = s[i++];
				break;
			default:
				*out++ = s[i + 1];
				i += 2;
				break;
		}
	}
	*out = '\0';
	return result;
}

/*
 * load_cases returns the number of cases read from naming_cases.tsv (looked
 * for in the current directory, then in test/), or -1 with cases_error set.
 */
static int
load_cases(void)
{
	static const char *const paths[] = {"naming_cases.tsv",
	"test/naming_cases.tsv"};
	FILE	   *f = NULL;
	char		buf[4096];
	int			line = 0;
	size_t		i;

	for (i = 0; i < sizeof(paths) / sizeof(paths[0]) && f == NULL; i++)
		f = fopen(paths[i], "r");
	if (f == NULL)
	{
		cases_error = "naming_cases.tsv not found (run from test/)";
		return -1;
	}
	while (fgets(buf, sizeof(buf), f) != NULL)
	{
		char	   *fields[4];
		char	   *p = buf;
		size_t		len = strlen(buf);
		int			k;

		line++;
		if (len > 0 && buf[len - 1] == '\n')
			buf[--len] = '\0';
		if (len == 0)
			continue;
		for (k = 0; k < 4; k++)
		{
			char	   *tab = strchr(p, '\t');

			if ((tab == NULL) != (k == 3))
			{
				cases_error = "naming_cases.tsv: a line has not 4 fields";
				fclose(f);
				return -1;
			}
			fields[k] = unescape_field(p, tab ? (size_t) (tab - p) : strlen(p));
			p = tab ? tab + 1 : p;
		}
		if (ncases == MAX_CASES)
		{
			cases_error = "naming_cases.tsv: too many cases";
			fclose(f);
			return -1;
		}
		cases[ncases].fn = fields[0];
		cases[ncases].a = fields[1];
		cases[ncases].b = fields[2];
		cases[ncases].expected = fields[3];
		cases[ncases].line = line;
		ncases++;
	}
	fclose(f);
	return ncases;
}

START_TEST(test_generated_case)
{
	const NamingCase *c = &cases[_i];
	char	   *got;

	if (strcmp(c->fn, "camelize") == 0)
		got = naming_camelize(c->a, test_alloc);
	else if (strcmp(c->fn, "underscore") == 0)
		got = naming_underscore(c->a, test_alloc);
	else if (strcmp(c->fn, "upper_first") == 0)
		got = naming_upper_first(c->a, test_alloc);
	else if (strcmp(c->fn, "join_camelized") == 0)
		got = naming_join_camelized(c->a, c->b, test_alloc);
	else if (strcmp(c->fn, "snake") == 0)
		got = naming_snake(c->a, test_alloc);
	else
	{
		ck_abort_msg("naming_cases.tsv line %d: unknown function %s",
					 c->line, c->fn);
		return;
	}
	ck_assert_msg(strcmp(got, c->expected) == 0,
				  "naming_cases.tsv line %d: %s(\"%s\"%s%s%s) = \"%s\", expected \"%s\"",
				  c->line, c->fn, c->a, c->b[0] ? ", \"" : "", c->b,
				  c->b[0] ? "\"" : "", got, c->expected);
}
END_TEST

START_TEST(test_cases_file)
{
	ck_abort_msg("%s", cases_error);
}
END_TEST

START_TEST(test_camelize_examples)
{
	ck_assert_str_eq(naming_camelize("Movie_id", test_alloc), "MovieId");
	ck_assert_str_eq(naming_camelize("company_uuid", test_alloc), "companyUuid");
	ck_assert_str_eq(naming_camelize("GroupPKBT_name", test_alloc),
					 "GroupPKBTName");
	ck_assert_str_eq(naming_camelize("Father_id", test_alloc), "FatherId");
	ck_assert_str_eq(naming_camelize("a b", test_alloc), "aB");
	ck_assert_str_eq(naming_camelize("fooBar", test_alloc), "fooBar");
	ck_assert_str_eq(naming_camelize(" \t\xc2\xa0_x-y \xe3\x80\x80", test_alloc),
					 "XY");
	ck_assert_str_eq(naming_camelize("", test_alloc), "");
	ck_assert_str_eq(naming_camelize(" \n ", test_alloc), "");
}
END_TEST

/* Where JavaScript throws (a separator run at the end), we drop the run. */
START_TEST(test_camelize_trailing_separator)
{
	ck_assert_str_eq(naming_camelize("foo_", test_alloc), "foo");
	ck_assert_str_eq(naming_camelize("foo-", test_alloc), "foo");
	ck_assert_str_eq(naming_camelize("foo__- ", test_alloc), "foo");
	ck_assert_str_eq(naming_camelize("_", test_alloc), "");
	ck_assert_str_eq(naming_camelize("a_b_", test_alloc), "aB");
	ck_assert_str_eq(naming_join_camelized("user", "", test_alloc), "user");
	ck_assert_str_eq(naming_join_camelized("", "", test_alloc), "");
}
END_TEST

/* Only ASCII letters change case (JavaScript would give "aÉ", "À_b"...). */
START_TEST(test_non_ascii_case_kept)
{
	ck_assert_str_eq(naming_camelize("a_\xc3\xa9t\xc3\xa9", test_alloc),
					 "a\xc3\xa9t\xc3\xa9");
	ck_assert_str_eq(naming_underscore("\xc3\x80" "B", test_alloc),
					 "\xc3\x80_b");
	ck_assert_str_eq(naming_upper_first("\xc3\xa9lan", test_alloc),
					 "\xc3\xa9lan");
	ck_assert_str_eq(naming_snake("\xc3\x89t\xc3\xa9Id", test_alloc), "t__id");
}
END_TEST

START_TEST(test_underscore_examples)
{
	ck_assert_str_eq(naming_underscore("UserId", test_alloc), "user_id");
	ck_assert_str_eq(naming_underscore("createdAt", test_alloc), "created_at");
	ck_assert_str_eq(naming_underscore("UserXYZ", test_alloc), "user_x_y_z");
	ck_assert_str_eq(naming_underscore("user_id", test_alloc), "user_id");
	ck_assert_str_eq(naming_underscore("Foo::BarBaz", test_alloc),
					 "foo/bar_baz");
	ck_assert_str_eq(naming_underscore("_foo", test_alloc), "foo");
	ck_assert_str_eq(naming_underscore("User1Id", test_alloc), "user1_id");
	ck_assert_str_eq(naming_underscore("foo-Bar", test_alloc), "foo-_bar");
	ck_assert_str_eq(naming_underscore("", test_alloc), "");
}
END_TEST

START_TEST(test_upper_first_and_join)
{
	ck_assert_str_eq(naming_upper_first("user", test_alloc), "User");
	ck_assert_str_eq(naming_upper_first("", test_alloc), "");
	ck_assert_str_eq(naming_upper_first("1a", test_alloc), "1a");
	ck_assert_str_eq(naming_join_camelized("Movie", "id", test_alloc), "MovieId");
	ck_assert_str_eq(naming_join_camelized("company", "uuid", test_alloc),
					 "companyUuid");
	ck_assert_str_eq(naming_join_camelized("", "id", test_alloc), "Id");
}
END_TEST

START_TEST(test_snake_examples)
{
	ck_assert_str_eq(naming_snake("ProjectWorkers", test_alloc),
					 "project_workers");
	ck_assert_str_eq(naming_snake("shipLeader", test_alloc), "ship_leader");
	ck_assert_str_eq(naming_snake("HomeTeam", test_alloc), "home_team");
	ck_assert_str_eq(naming_snake("Project", test_alloc), "project");
	ck_assert_str_eq(naming_snake("project-workers", test_alloc),
					 "project_workers");
	ck_assert_str_eq(naming_snake("-x-", test_alloc), "x");
	ck_assert_str_eq(naming_snake("!!!", test_alloc), "");
	ck_assert_str_eq(naming_snake("", test_alloc), "");
}
END_TEST

/* Invalid and truncated UTF-8 is passed through bytewise, never over-read. */
START_TEST(test_odd_bytes)
{
	ck_assert_str_eq(naming_camelize("\xff_\xfe", test_alloc), "\xff\xfe");
	ck_assert_str_eq(naming_camelize("a_\xe2\x80", test_alloc), "a\xe2\x80");
	ck_assert_str_eq(naming_camelize("a\xe2\x80", test_alloc), "a\xe2\x80");
	ck_assert_str_eq(naming_camelize("\xc2", test_alloc), "\xc2");
	ck_assert_str_eq(naming_camelize("\xa0_a", test_alloc), "\xa0" "A");
	ck_assert_str_eq(naming_camelize("x_\xc3", test_alloc), "x\xc3");
	ck_assert_str_eq(naming_camelize("x_\xf0\x9f\x98", test_alloc),
					 "x\xf0\x9f\x98");
	ck_assert_str_eq(naming_underscore("\xffX\x80", test_alloc), "\xff_x\x80");
	ck_assert_str_eq(naming_upper_first("\xff", test_alloc), "\xff");
	ck_assert_str_eq(naming_snake("\xff" "A\x01" "B\xfe", test_alloc), "_a__b");
	ck_assert_str_eq(naming_join_camelized("\xe2\x80", "\xa8x", test_alloc),
					 "\xe2\x80\xa8x");
}
END_TEST

/* Long strings: results are fresh, correctly sized and terminated. */
START_TEST(test_long_strings)
{
	size_t		n = 100000;
	char	   *in = test_alloc(n + 1);
	char	   *got;
	size_t		i;

	for (i = 0; i < n; i++)
		in[i] = (i % 2 == 0) ? 'A' : '_';
	in[n] = '\0';

	got = naming_camelize(in, test_alloc);
	ck_assert_uint_eq(strlen(got), n / 2);
	for (i = 0; i < n / 2; i++)
		ck_assert_int_eq(got[i], 'A');

	got = naming_underscore(in, test_alloc);
	/* "A_A_..." -> "a__a__...": every A after the first gets a '_' */
	ck_assert_uint_eq(strlen(got), n + n / 2 - 1);
	ck_assert(got[0] == 'a' && got[1] == '_' && got[2] == '_' && got[3] == 'a');

	got = naming_snake(in, test_alloc);
	ck_assert_uint_eq(strlen(got), n + n / 2 - 1);

	for (i = 0; i < n; i++)
		in[i] = 'Z';
	got = naming_underscore(in, test_alloc);
	ck_assert_uint_eq(strlen(got), 2 * n - 1);
	ck_assert(got != in);
	ck_assert(naming_upper_first(in, test_alloc) != in);
}
END_TEST

Suite *
naming_suite(void)
{
	Suite	   *s = suite_create("naming");
	TCase	   *tc = tcase_create("examples");
	TCase	   *generated = tcase_create("generated");

	tcase_add_test(tc, test_camelize_examples);
	tcase_add_test(tc, test_camelize_trailing_separator);
	tcase_add_test(tc, test_non_ascii_case_kept);
	tcase_add_test(tc, test_underscore_examples);
	tcase_add_test(tc, test_upper_first_and_join);
	tcase_add_test(tc, test_snake_examples);
	tcase_add_test(tc, test_odd_bytes);
	tcase_add_test(tc, test_long_strings);
	suite_add_tcase(s, tc);

	if (load_cases() < 0)
		tcase_add_test(generated, test_cases_file);
	else
		tcase_add_loop_test(generated, test_generated_case, 0, ncases);
	suite_add_tcase(s, generated);
	return s;
}
