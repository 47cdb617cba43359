/*
 * test/suites.h
 *
 * The check suites of the pure-C units; test/check_main.c runs them all.
 */
#ifndef ASSOCIATION_TEST_SUITES_H
#define ASSOCIATION_TEST_SUITES_H

#include <check.h>

extern Suite *inflection_suite(void);
extern Suite *naming_suite(void);
extern Suite *toposort_suite(void);

/* test_alloc is the malloc-based allocator the units are tested with. */
extern void *test_alloc(size_t size);

#endif
