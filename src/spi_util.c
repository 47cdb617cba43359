/*
 * src/spi_util.c
 *
 * Argument readers for the SQL entry points (a NULL where a name is needed
 * is an error, a NULL options object means '{}') and a runner for one SQL
 * statement through SPI that checks the exact result code.
 */
#include "postgres.h"

#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"
#include "utils/jsonb.h"

#include "spi_util.h"

/* arg_text_required returns text argument argno, reporting NULL. */
char *
arg_text_required(FunctionCallInfo fcinfo, int argno, const char *argname)
{
	char	   *s;

	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("argument \"%s\" must not be null", argname)));
	s = text_to_cstring(PG_GETARG_TEXT_PP(argno));
	if (s[0] == '\0')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("argument \"%s\" must not be empty", argname)));
	return s;
}

/* arg_jsonb_or_empty returns jsonb argument argno, '{}' when NULL. */
Jsonb *
arg_jsonb_or_empty(FunctionCallInfo fcinfo, int argno)
{
	if (PG_NARGS() <= argno || PG_ARGISNULL(argno))
		return DatumGetJsonbP(DirectFunctionCall1(jsonb_in, CStringGetDatum("{}")));
	return PG_GETARG_JSONB_P(argno);
}

/*
 * spi_exec_params runs sql with typed parameters in its own SPI connection,
 * checks the result code is expected, and returns the rows processed.
 */
uint64
spi_exec_params(const char *sql, int nargs, Oid *types, Datum *values,
				const char *nulls, int expected)
{
	int			rc;
	uint64		processed;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	rc = SPI_execute_with_args(sql, nargs, types, values, nulls, false, 0);
	if (rc != expected)
		elog(ERROR, "SPI_execute_with_args returned %s for: %s",
			 SPI_result_code_string(rc), sql);
	processed = SPI_processed;
	SPI_finish();
	return processed;
}

/*
 * spi_for_each_row runs a read-only query and calls fn on each row, in the
 * caller's memory context (so what fn keeps outlives the SPI connection).
 */
void
spi_for_each_row(const char *sql, spi_row_fn fn, void *arg)
{
	MemoryContext caller = CurrentMemoryContext;
	uint64		i;
	int			rc;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	rc = SPI_execute(sql, true, 0);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute returned %s for: %s", SPI_result_code_string(rc), sql);
	for (i = 0; i < SPI_processed; i++)
	{
		MemoryContext spi = MemoryContextSwitchTo(caller);

		fn(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, arg);
		MemoryContextSwitchTo(spi);
	}
	SPI_finish();
}

/*
 * spi_put_first_column adds the first column of every row of the last SPI
 * result to a materialized set-returning function's result.
 */
void
spi_put_first_column(ReturnSetInfo *rsinfo)
{
	uint64		i;

	for (i = 0; i < SPI_processed; i++)
	{
		bool		isnull;
		Datum		value = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull);

		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, &value, &isnull);
	}
}
