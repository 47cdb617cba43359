/*
 * test/check_toposort.c
 *
 * Check suite of src/toposort.c.  Most expected orders and cycle messages
 * come from test/toposort_cases.tsv, written by test/gen_toposort_cases.js
 * with the real Sequelize v6 ModelManager and toposort-class 1.0.1; the
 * cases here are the documentation's example, edge cases and graphs of
 * 10,000 nodes (too deep for a recursive search).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "toposort.h"

#define MAX_CASES 1000
#define BIG 10000

/* One line of toposort_cases.tsv. */
typedef struct TopoCase
{
	char	   *label;
	int			n;
	char	  **names;
	int		  **deps_of;
	int		   *ndeps;
	char	   *expected;		/* "order:..." or "error:..." (\n decoded) */
	int			line;
} TopoCase;

static TopoCase cases[MAX_CASES];
static int	ncases = 0;
static const char *cases_error = NULL;

/* copy_range returns a NUL-terminated copy of the bytes from start to end. */
static char *
copy_range(const char *start, const char *end)
{
	char	   *result = test_alloc((size_t) (end - start) + 1);

	memcpy(result, start, (size_t) (end - start));
	result[end - start] = '\0';
	return result;
}

/* count_char returns the number of times c occurs in s. */
static int
count_char(const char *s, char c)
{
	int			count = 0;

	for (; *s; s++)
		if (*s == c)
			count++;
	return count;
}

/*
 * parse_case returns whether fields (label, names, deps, expected) make a
 * valid case, stored into c.
 */
static int
parse_case(char **fields, TopoCase *c)
{
	char	   *p;
	char	   *out;
	int			i;

	c->label = fields[0];
	c->n = count_char(fields[1], ',') + 1;
	if (count_char(fields[2], ';') != c->n - 1)
		return 0;
	c->names = test_alloc(sizeof(char *) * (size_t) c->n);
	c->deps_of = test_alloc(sizeof(int *) * (size_t) c->n);
	c->ndeps = test_alloc(sizeof(int) * (size_t) c->n);

	p = fields[1];
	for (i = 0; i < c->n; i++)
	{
		char	   *end = strchr(p, ',');

		if (end == NULL)
			end = p + strlen(p);
		c->names[i] = copy_range(p, end);
		p = *end ? end + 1 : end;
	}

	p = fields[2];
	for (i = 0; i < c->n; i++)
	{
		char	   *end = strchr(p, ';');
		char	   *list;
		char	   *q;
		int			k;

		if (end == NULL)
			end = p + strlen(p);
		list = copy_range(p, end);
		c->ndeps[i] = list[0] ? count_char(list, ',') + 1 : 0;
		c->deps_of[i] = test_alloc(sizeof(int) * (size_t) (c->ndeps[i] + 1));
		q = list;
		for (k = 0; k < c->ndeps[i]; k++)
		{
			c->deps_of[i][k] = (int) strtol(q, &q, 10);
			if (c->deps_of[i][k] < 0 || c->deps_of[i][k] >= c->n)
				return 0;
			if (*q == ',')
				q++;
		}
		p = *end ? end + 1 : end;
	}

	/* decode the \n of the cycle messages */
	c->expected = copy_range(fields[3], fields[3] + strlen(fields[3]));
	out = c->expected;
	for (p = fields[3]; *p; p++)
	{
		if (p[0] == '\\' && p[1] == 'n')
		{
			*out++ = '\n';
			p++;
		}
		else
			*out++ = *p;
	}
	*out = '\0';
	return strncmp(c->expected, "order:", 6) == 0 ||
		strncmp(c->expected, "error:", 6) == 0;
}

/*
 * load_cases returns the number of cases read from toposort_cases.tsv
 * (looked for in the current directory, then in test/), or -1 with
 * cases_error set.
 */
static int
load_cases(void)
{
	static const char *const paths[] = {"toposort_cases.tsv",
	"test/toposort_cases.tsv"};
	FILE	   *f = NULL;
	char		buf[16384];
	int			line = 0;
	size_t		i;

	for (i = 0; i < sizeof(paths) / sizeof(paths[0]) && f == NULL; i++)
		f = fopen(paths[i], "r");
	if (f == NULL)
	{
		cases_error = "toposort_cases.tsv not found (run from test/)";
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
		else if (!feof(f))
		{
			cases_error = "toposort_cases.tsv: line too long";
			fclose(f);
			return -1;
		}
		if (len == 0)
			continue;
		for (k = 0; k < 4; k++)
		{
			char	   *tab = strchr(p, '\t');

			if ((tab == NULL) != (k == 3))
			{
				cases_error = "toposort_cases.tsv: a line has not 4 fields";
				fclose(f);
				return -1;
			}
			fields[k] = copy_range(p, tab ? tab : p + strlen(p));
			p = tab ? tab + 1 : p;
		}
		if (ncases == MAX_CASES || !parse_case(fields, &cases[ncases]))
		{
			cases_error = "toposort_cases.tsv: bad or too many cases";
			fclose(f);
			return -1;
		}
		cases[ncases].line = line;
		ncases++;
	}
	fclose(f);
	return ncases;
}

/*
 * result_string returns what toposort_models gives for the graph, in the
 * form of the cases file: "order:" and the names, or "error:" and the
 * message.
 */
static char *
result_string(int n, char **names, int **deps_of, int *ndeps)
{
	int		   *order = test_alloc(sizeof(int) * (size_t) (n > 0 ? n : 1));
	char	   *error = NULL;
	char	   *result;
	size_t		len = 7;
	int			i;
	int			rc;

	rc = toposort_models(n, (const char *const *) names,
						 (const int *const *) deps_of, ndeps, order, &error,
						 test_alloc);
	if (rc != 0)
	{
		ck_assert_int_eq(rc, -1);
		ck_assert_ptr_nonnull(error);
		result = test_alloc(strlen(error) + 7);
		strcpy(result, "error:");
		strcat(result, error);
		return result;
	}
	for (i = 0; i < n; i++)
		len += strlen(names[order[i]]) + 1;
	result = test_alloc(len);
	strcpy(result, "order:");
	for (i = 0; i < n; i++)
	{
		if (i > 0)
			strcat(result, ",");
		strcat(result, names[order[i]]);
	}
	return result;
}

START_TEST(test_generated_case)
{
	const TopoCase *c = &cases[_i];
	char	   *got = result_string(c->n, c->names, c->deps_of, c->ndeps);

	ck_assert_msg(strcmp(got, c->expected) == 0,
				  "toposort_cases.tsv line %d (%s): got \"%s\", expected \"%s\"",
				  c->line, c->label, got, c->expected);
}
END_TEST

START_TEST(test_cases_file)
{
	ck_abort_msg("%s", cases_error);
}
END_TEST

/* The documentation's example: documents and versions reference each other. */
START_TEST(test_documents_versions)
{
	const char *names[] = {"documents", "versions"};
	const int	documents_deps[] = {1};	/* currentVersionId */
	const int	versions_deps[] = {0};	/* documentId */
	const int  *deps_of[] = {documents_deps, versions_deps};
	const int	ndeps[] = {1, 1};
	int			order[2];
	char	   *error = NULL;

	ck_assert_int_eq(toposort_models(2, names, deps_of, ndeps, order, &error,
									 test_alloc), -1);
	ck_assert_str_eq(error,
					 "Cyclic dependency found. documents is dependent of itself.\n"
					 "Dependency chain: documents -> versions => documents");
}
END_TEST

/* A chain, a diamond and independent nodes, checked by hand. */
START_TEST(test_small_graphs)
{
	const char *names[] = {"tasks", "projects", "users", "tags"};
	const int	tasks_deps[] = {1, 2};
	const int	projects_deps[] = {2};
	const int  *deps_of[] = {tasks_deps, projects_deps, NULL, NULL};
	const int	ndeps[] = {2, 1, 0, 0};
	int			order[4];
	char	   *error = NULL;

	ck_assert_int_eq(toposort_models(4, names, deps_of, ndeps, order, &error,
									 test_alloc), 0);
	ck_assert_int_eq(order[0], 2);	/* users */
	ck_assert_int_eq(order[1], 1);	/* projects */
	ck_assert_int_eq(order[2], 0);	/* tasks */
	ck_assert_int_eq(order[3], 3);	/* tags */
	ck_assert_ptr_null(error);

	/* without dependencies: definition order */
	ck_assert_int_eq(toposort_models(4, names, NULL, NULL, order, &error,
									 test_alloc), 0);
	ck_assert_int_eq(order[0], 0);
	ck_assert_int_eq(order[1], 1);
	ck_assert_int_eq(order[2], 2);
	ck_assert_int_eq(order[3], 3);

	/* no nodes */
	ck_assert_int_eq(toposort_models(0, NULL, NULL, NULL, order, &error,
									 test_alloc), 0);
	ck_assert_ptr_null(error);
}
END_TEST

/* Self-dependencies are ignored, even alone. */
START_TEST(test_self_dependency)
{
	const char *names[] = {"employees"};
	const int	deps[] = {0, 0};
	const int  *deps_of[] = {deps};
	const int	ndeps[] = {2};
	int			order[1] = {-1};
	char	   *error = NULL;

	ck_assert_int_eq(toposort_models(1, names, deps_of, ndeps, order, &error,
									 test_alloc), 0);
	ck_assert_int_eq(order[0], 0);
}
END_TEST

/*
 * big_graph returns names and per-node single dependencies for BIG nodes:
 * node i depends on dep(i), or on nothing when that is -1.
 */
static void
big_graph(char ***names, int ***deps_of, int **ndeps, int (*dep) (int))
{
	int			i;

	*names = test_alloc(sizeof(char *) * BIG);
	*deps_of = test_alloc(sizeof(int *) * BIG);
	*ndeps = test_alloc(sizeof(int) * BIG);
	for (i = 0; i < BIG; i++)
	{
		(*names)[i] = test_alloc(16);
		snprintf((*names)[i], 16, "n%d", i);
		(*deps_of)[i] = test_alloc(sizeof(int));
		(*deps_of)[i][0] = dep(i);
		(*ndeps)[i] = dep(i) >= 0 ? 1 : 0;
	}
}

/* next_dep makes node i depend on node i + 1 (the last on nothing). */
static int
next_dep(int i)
{
	return i + 1 < BIG ? i + 1 : -1;
}

/* prev_dep makes node i depend on node i - 1 (the first on nothing). */
static int
prev_dep(int i)
{
	return i - 1;
}

/* ring_dep makes node i depend on node i + 1, and the last on the first. */
static int
ring_dep(int i)
{
	return (i + 1) % BIG;
}

/* A chain of 10,000 nodes, defined dependents first: a 10,000-deep search. */
START_TEST(test_big_chain_deep)
{
	char	  **names;
	int		  **deps_of;
	int		   *ndeps;
	int		   *order = test_alloc(sizeof(int) * BIG);
	char	   *error = NULL;
	int			i;

	big_graph(&names, &deps_of, &ndeps, next_dep);
	ck_assert_int_eq(toposort_models(BIG, (const char *const *) names,
									 (const int *const *) deps_of, ndeps,
									 order, &error, test_alloc), 0);
	for (i = 0; i < BIG; i++)
		ck_assert_int_eq(order[i], BIG - 1 - i);
}
END_TEST

/* A chain of 10,000 nodes, defined dependencies first. */
START_TEST(test_big_chain_shallow)
{
	char	  **names;
	int		  **deps_of;
	int		   *ndeps;
	int		   *order = test_alloc(sizeof(int) * BIG);
	char	   *error = NULL;
	int			i;

	big_graph(&names, &deps_of, &ndeps, prev_dep);
	ck_assert_int_eq(toposort_models(BIG, (const char *const *) names,
									 (const int *const *) deps_of, ndeps,
									 order, &error, test_alloc), 0);
	for (i = 0; i < BIG; i++)
		ck_assert_int_eq(order[i], i);
}
END_TEST

/* A cycle through 10,000 nodes: the message lists the whole chain. */
START_TEST(test_big_cycle)
{
	char	  **names;
	int		  **deps_of;
	int		   *ndeps;
	int		   *order = test_alloc(sizeof(int) * BIG);
	char	   *error = NULL;
	char	   *expected = test_alloc(20 * BIG + 200);
	char	   *out = expected;
	int			i;

	big_graph(&names, &deps_of, &ndeps, ring_dep);
	ck_assert_int_eq(toposort_models(BIG, (const char *const *) names,
									 (const int *const *) deps_of, ndeps,
									 order, &error, test_alloc), -1);

	out += sprintf(out, "Cyclic dependency found. n0 is dependent of itself.\n"
				   "Dependency chain: ");
	for (i = 0; i < BIG; i++)
		out += sprintf(out, i > 0 ? " -> n%d" : "n%d", i);
	sprintf(out, " => n0");
	ck_assert_uint_eq(strlen(error), strlen(expected));
	ck_assert(strcmp(error, expected) == 0);
}
END_TEST

/*
 * A wide and deep graph of 10,000 nodes with many edges: the result is a
 * permutation with every node after its dependencies.
 */
START_TEST(test_big_dag_is_valid)
{
	int			n = BIG;
	char	  **names = test_alloc(sizeof(char *) * BIG);
	int		  **deps_of = test_alloc(sizeof(int *) * BIG);
	int		   *ndeps = test_alloc(sizeof(int) * BIG);
	int		   *order = test_alloc(sizeof(int) * BIG);
	int		   *position = test_alloc(sizeof(int) * BIG);
	char	   *error = NULL;
	unsigned int seed = 12345;
	int			i;
	int			k;

	for (i = 0; i < n; i++)
	{
		names[i] = test_alloc(16);
		snprintf(names[i], 16, "t%d", i);
		/* edges only towards larger indexes: acyclic */
		ndeps[i] = i + 1 < n ? 5 : 0;
		deps_of[i] = test_alloc(sizeof(int) * 5);
		for (k = 0; k < ndeps[i]; k++)
		{
			seed = seed * 1103515245u + 12345u;
			deps_of[i][k] = i + 1 + (int) ((seed >> 8) % (unsigned) (n - i - 1));
		}
		position[i] = -1;
	}
	ck_assert_int_eq(toposort_models(n, (const char *const *) names,
									 (const int *const *) deps_of, ndeps,
									 order, &error, test_alloc), 0);
	for (i = 0; i < n; i++)
	{
		ck_assert(order[i] >= 0 && order[i] < n);
		ck_assert_int_eq(position[order[i]], -1);
		position[order[i]] = i;
	}
	for (i = 0; i < n; i++)
		for (k = 0; k < ndeps[i]; k++)
			ck_assert_int_lt(position[deps_of[i][k]], position[i]);
}
END_TEST

Suite *
toposort_suite(void)
{
	Suite	   *s = suite_create("toposort");
	TCase	   *tc = tcase_create("examples");
	TCase	   *generated = tcase_create("generated");

	tcase_add_test(tc, test_documents_versions);
	tcase_add_test(tc, test_small_graphs);
	tcase_add_test(tc, test_self_dependency);
	tcase_add_test(tc, test_big_chain_deep);
	tcase_add_test(tc, test_big_chain_shallow);
	tcase_add_test(tc, test_big_cycle);
	tcase_add_test(tc, test_big_dag_is_valid);
	suite_add_tcase(s, tc);

	if (load_cases() < 0)
		tcase_add_test(generated, test_cases_file);
	else
		tcase_add_loop_test(generated, test_generated_case, 0, ncases);
	suite_add_tcase(s, generated);
	return s;
}
