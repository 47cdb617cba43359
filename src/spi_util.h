/*
 * src/spi_util.h
 *
 * Argument readers for the SQL entry points and a checked SPI runner.
 */
#ifndef ASSOCIATION_SPI_UTIL_H
#define ASSOCIATION_SPI_UTIL_H

#include "postgres.h"

#include "fmgr.h"
#include "utils/jsonb.h"

extern char *arg_text_required(FunctionCallInfo fcinfo, int argno, const char *argname);
extern Jsonb *arg_jsonb_or_empty(FunctionCallInfo fcinfo, int argno);
extern uint64 spi_exec_params(const char *sql, int nargs, Oid *types, Datum *values,
							  const char *nulls, int expected);

#endif
