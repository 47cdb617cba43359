/*
 * test/check_main.c
 *
 * Runs every check suite of the pure-C units and exits non-zero on failure.
 * The allocations made by the units under test are not freed: each test runs
 * in its own forked process (check's default).
 */
#include <stdlib.h>
#include <stdio.h>

#include "suites.h"

void *
test_alloc(size_t size)
{
	void	   *p = malloc(size);

	if (p == NULL)
	{
		fprintf(stderr, "out of memory\n");
		abort();
	}
	return p;
}

int
main(void)
{
	SRunner    *runner = srunner_create(inflection_suite());
	int			failed;

	srunner_add_suite(runner, naming_suite());
	srunner_add_suite(runner, toposort_suite());
	srunner_run_all(runner, CK_NORMAL);
	failed = srunner_ntests_failed(runner);
	srunner_free(runner);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
