/*
 * src/spi_util.h
 *
 * Argument readers for the SQL entry points and a checked SPI runner.
 */
#ifndef ASSOCIATION_SPI_UTIL_H
#define ASSOCIATION_SPI_UTIL_H

#include "postgres.h"

#include "access/htup.h"
#include "access/tupdesc.h"
#include "fmgr.h"
#include "nodes/execnodes.h"
#include "utils/jsonb.h"

extern char *arg_text_required(FunctionCallInfo fcinfo, int argno, const char *argname);
extern Jsonb *arg_jsonb_or_empty(FunctionCallInfo fcinfo, int argno);
extern uint64 spi_exec_params(const char *sql, int nargs, Oid *types, Datum *values,
							  const char *nulls, int expected);

/* A callback of spi_for_each_row: one row of the result. */
typedef void (*spi_row_fn) (HeapTuple tuple, TupleDesc desc, void *arg);
extern void spi_for_each_row(const char *sql, spi_row_fn fn, void *arg);
extern void spi_put_first_column(ReturnSetInfo *rsinfo);

#endif
