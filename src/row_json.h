/*
 * src/row_json.h
 *
 * SQL that turns a model's row into jsonb keyed by attribute name.
 */
#ifndef ASSOCIATION_ROW_JSON_H
#define ASSOCIATION_ROW_JSON_H

#include "association.h"
#include "lib/stringinfo.h"

extern void append_row_json(StringInfo buf, Model *model, const char *alias, List *attrs);

#endif
