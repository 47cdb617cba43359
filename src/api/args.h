/*
 * src/api/args.h
 *
 * Argument readers for the SQL entry points.
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
extern Datum json_result(FunctionCallInfo fcinfo, Datum value);
extern char *arg_json_text(FunctionCallInfo fcinfo, int argno, const char *argname);
extern Jsonb *arg_jsonb_or_empty(FunctionCallInfo fcinfo, int argno);

#endif
