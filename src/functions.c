/*
 * src/functions.c
 *
 * Small SQL entry points: pluralize and singularize (the inflection unit as
 * SQL functions) and the trigger that keeps a model's updatedAt current.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/rel.h"
#include "utils/timestamp.h"

#include "inflection.h"
#include "resolve.h"

PG_FUNCTION_INFO_V1(association_pluralize);
PG_FUNCTION_INFO_V1(association_singularize);
PG_FUNCTION_INFO_V1(association_touch_updated_at);

/* association_pluralize returns the plural of a word (inflection 1.13.4). */
Datum
association_pluralize(PG_FUNCTION_ARGS)
{
	char	   *word = text_to_cstring(PG_GETARG_TEXT_PP(0));

	PG_RETURN_TEXT_P(cstring_to_text(inflection_pluralize(word, registry_allocator())));
}

/* association_singularize returns the singular of a word. */
Datum
association_singularize(PG_FUNCTION_ARGS)
{
	char	   *word = text_to_cstring(PG_GETARG_TEXT_PP(0));

	PG_RETURN_TEXT_P(cstring_to_text(inflection_singularize(word, registry_allocator())));
}

/*
 * association_touch_updated_at is a BEFORE UPDATE row trigger: it sets the
 * column named by its argument to the transaction's start time, as now()
 * would, so updatedAt moves on every UPDATE whoever makes it.
 */
Datum
association_touch_updated_at(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TupleDesc	desc;
	int			attnum;
	Datum		value;
	bool		isnull = false;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		!TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) || trigdata->tg_trigger->tgnargs != 1)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("association.touch_updated_at() must be a BEFORE UPDATE row trigger with one argument")));
	desc = RelationGetDescr(trigdata->tg_relation);
	attnum = SPI_fnumber(desc, trigdata->tg_trigger->tgargs[0]);
	if (attnum <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("column \"%s\" of relation \"%s\" does not exist",
						trigdata->tg_trigger->tgargs[0],
						RelationGetRelationName(trigdata->tg_relation))));
	value = TimestampTzGetDatum(GetCurrentTransactionStartTimestamp());
	return PointerGetDatum(heap_modify_tuple_by_cols(trigdata->tg_newtuple, desc, 1,
													 &attnum, &value, &isnull));
}
