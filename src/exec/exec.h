/*
 * src/exec/exec.h
 *
 * Running SQL through SPI: generated statements through kept plans (a
 * memory-bounded cache keyed by their text), catalog and DDL statements
 * once, with every result code checked in one place.
 */
#ifndef ASSOCIATION_EXEC_H
#define ASSOCIATION_EXEC_H

#include "postgres.h"

#include "access/htup.h"
#include "access/tupdesc.h"
#include "executor/spi.h"
#include "nodes/execnodes.h"

#include "exec/params.h"

extern void exec_init(void);
extern void exec_begin(void);
extern void exec_end(void);
extern uint64 exec_kept(const char *sql, WhereParams *params, bool read_only, long count,
						int expected);
extern uint64 exec_once(const char *sql, int nargs, Oid *types, Datum *values,
						const char *nulls, int expected);
/* The rows of a kept plan, fetched a batch at a time (exec_stream_next). */
typedef struct ExecStream ExecStream;
extern ExecStream *exec_stream_open(const char *sql, WhereParams *params, MemoryContext cxt,
									ExprContext *econtext);
extern bool exec_stream_next(ExecStream *s, Datum *value, bool *isnull);
extern void exec_kept_into(const char *sql, WhereParams *params, ReturnSetInfo *rsinfo);
extern Datum exec_result(int row, int col, bool *isnull);
extern Datum exec_result_copy(int row, int col, bool *isnull);
extern int64 exec_result_int64(int col);
extern void exec_put_first_column(ReturnSetInfo *rsinfo);

/* A callback of exec_for_each_row: one row of the result. */
typedef void (*exec_row_fn) (HeapTuple tuple, TupleDesc desc, void *arg);
extern void exec_for_each_row(const char *sql, exec_row_fn fn, void *arg);

#endif
