/*
 * src/ops/find.h
 *
 * find_all, find_one and find_and_count_all over a resolved include tree
 * (src/ops/find.c).
 */
#ifndef ASSOCIATION_OPS_FIND_H
#define ASSOCIATION_OPS_FIND_H

#include "nodes/execnodes.h"

#include "catalog/include.h"
#include "exec/exec.h"

extern void find_all(IncludeNode *root, ReturnSetInfo *rsinfo);
extern ExecStream *find_stream(IncludeNode *root, MemoryContext cxt, ExprContext *econtext);
extern Datum find_one(IncludeNode *root, bool *isnull);
extern Datum find_and_count_all(IncludeNode *root);

#endif
