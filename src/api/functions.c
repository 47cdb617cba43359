/*
 * src/api/functions.c
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
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "catalog/pg_type.h"

#include "naming/inflect_cache.h"
#include "naming/inflection.h"
#include "catalog/assoc_resolve.h"

PG_FUNCTION_INFO_V1(association_pluralize);
PG_FUNCTION_INFO_V1(association_singularize);
PG_FUNCTION_INFO_V1(association_touch_updated_at);

/* association_pluralize returns the plural of a word (inflection 1.13.4). */
Datum
association_pluralize(PG_FUNCTION_ARGS)
{
	char	   *word = text_to_cstring(PG_GETARG_TEXT_PP(0));

	PG_RETURN_TEXT_P(cstring_to_text(inflection_pluralize(word, naming_allocator())));
}

/* association_singularize returns the singular of a word. */
Datum
association_singularize(PG_FUNCTION_ARGS)
{
	char	   *word = text_to_cstring(PG_GETARG_TEXT_PP(0));

	PG_RETURN_TEXT_P(cstring_to_text(inflection_singularize(word, naming_allocator())));
}

/*
 * association_touch_updated_at is a BEFORE UPDATE row trigger: it sets the
 * column named by its argument to the transaction's start time, as now()
 * would, so updatedAt moves on every UPDATE whoever makes it.  Any role can
 * attach it to its own table, so it checks the column it is given: an
 * existing, ordinary column of a date or time type.
 */
Datum
association_touch_updated_at(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TupleDesc	desc;
	int			attnum;
	Form_pg_attribute att;
	Oid			base;
	TimestampTz now = GetCurrentTransactionStartTimestamp();
	Datum		value;
	bool		isnull = false;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		!TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) || trigdata->tg_trigger->tgnargs != 1)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("association.touch_updated_at() must be a BEFORE UPDATE row trigger with one argument"),
				 errhint("Give it the name of the column to keep current.")));
	desc = RelationGetDescr(trigdata->tg_relation);
	attnum = SPI_fnumber(desc, trigdata->tg_trigger->tgargs[0]);
	if (attnum <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("column \"%s\" of relation \"%s\" does not exist",
						trigdata->tg_trigger->tgargs[0],
						RelationGetRelationName(trigdata->tg_relation)),
				 errhint("The argument of association.touch_updated_at() names the column to keep current.")));
	att = TupleDescAttr(desc, attnum - 1);
	base = getBaseType(att->atttypid);
	switch (base)
	{
		case TIMESTAMPTZOID:
			value = TimestampTzGetDatum(now);
			break;
		case TIMESTAMPOID:
			value = DirectFunctionCall1(timestamptz_timestamp, TimestampTzGetDatum(now));
			break;
		case DATEOID:
			value = DirectFunctionCall1(timestamptz_date, TimestampTzGetDatum(now));
			break;
		default:
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("column \"%s\" of relation \"%s\" has type %s, not a timestamp",
							NameStr(att->attname), RelationGetRelationName(trigdata->tg_relation),
							format_type_be(att->atttypid)),
					 errhint("association.touch_updated_at() keeps a column of type timestamp with time zone, timestamp or date current.")));
			value = (Datum) 0;	/* keep compiler quiet */
	}
	if (base != att->atttypid)
		domain_check(value, false, att->atttypid, NULL, NULL);
	return PointerGetDatum(heap_modify_tuple_by_cols(trigdata->tg_newtuple, desc, 1,
													 &attnum, &value, &isnull));
}
