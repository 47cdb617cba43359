/*
 * src/api/view_trigger.c
 *
 * Makes the accessor views writable: an INSTEAD OF trigger turns
 *   INSERT INTO project_workers (source_key, id) VALUES (1, 5)   into add
 *   DELETE FROM project_workers WHERE source_key = 1 AND id = 5  into remove
 * with the same semantics as the functions (set and set(NULL) for
 * belongsTo and hasOne).  For belongsToMany an inserted row may carry
 * junction data in the junction column: ROW(...)::"UserProjects".
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"

#include "catalog/registry.h"
#include "ops/instance_ops.h"
#include "catalog/model_resolve.h"
#include "options/json_util.h"

PG_FUNCTION_INFO_V1(association_accessor_view_write);

/* column_text returns column name of tuple as text, or NULL. */
static char *
column_text(HeapTuple tuple, TupleDesc desc, const char *name)
{
	int			attnum = SPI_fnumber(desc, name);

	if (attnum <= 0)
		elog(ERROR, "accessor view has no column \"%s\"", name);
	return SPI_getvalue(tuple, desc, attnum);
}

/*
 * junction_data returns the non-null fields of the junction column of an
 * inserted row as jsonb keyed by attribute name, or NULL.
 */
static Jsonb *
junction_data(HeapTuple tuple, TupleDesc desc, Association *as)
{
	int			attnum = SPI_fnumber(desc, as->through->name);
	bool		isnull;
	Datum		row;
	JsonbValue	root;
	JsonbParseState *state = NULL;
	ListCell   *lc;
	Jsonb	   *json;

	if (attnum <= 0)
		return NULL;
	row = SPI_getbinval(tuple, desc, attnum, &isnull);
	if (isnull)
		return NULL;
	json = DatumGetJsonbP(DirectFunctionCall1(jsonb_in,
											  CStringGetDatum(TextDatumGetCString(DirectFunctionCall1(row_to_json, row)))));
	jv_from_jsonb(json, &root);
	pushJsonbValue(&state, WJB_BEGIN_OBJECT, NULL);
	foreach(lc, jv_object_pairs(&root))
	{
		JsonPair   *pair = lfirst(lc);
		ModelAttr  *a = model_find_field(as->through, pair->key);

		if (a == NULL || pair->value.type == jbvNull ||
			a->auto_generated || strcmp(a->name, as->foreign_key) == 0 ||
			strcmp(a->name, as->other_key) == 0)
			continue;
		jv_push_pair(&state, a->name, &pair->value);
	}
	return JsonbValueToJsonb(pushJsonbValue(&state, WJB_END_OBJECT, NULL));
}

/*
 * check_attached_to_view reports a trigger attached anywhere but to the
 * accessor view of association as: any role can attach this function to a
 * view of its own, whose columns could be anything.
 */
static void
check_attached_to_view(Relation rel, Association *as)
{
	Oid			view = as->view_name ? model_find_table(as->source->schema, as->view_name) : InvalidOid;
	TupleDesc	desc = RelationGetDescr(rel);
	int			attnum;

	if (!OidIsValid(view) || RelationGetRelid(rel) != view)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("association.accessor_view_write() is attached to \"%s\", which is not the accessor view of association \"%s\" of model \"%s\"",
						RelationGetRelationName(rel), as->name, as->source->name),
				 errhint("Only association.sync() attaches it, to the views it makes.")));
	if (as->through == NULL)
		return;
	attnum = SPI_fnumber(desc, as->through->name);
	if (attnum <= 0 || TupleDescAttr(desc, attnum - 1)->atttypid != get_rel_type_id(as->through->relid))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("accessor view \"%s\" has no junction column \"%s\" of the junction table's row type",
						RelationGetRelationName(rel), as->through->name),
				 errhint("Run SELECT association.sync(); to make the view again.")));
}

/*
 * association_accessor_view_write is the INSTEAD OF INSERT OR DELETE row
 * trigger of an accessor view; its arguments are the source model and the
 * association name.
 */
Datum
association_accessor_view_write(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;
	TupleDesc	desc;
	HeapTuple	tuple;
	Registry   *reg;
	InstanceCall call;
	Association *as;
	Targets		targets;
	char	   *key;
	Jsonb	   *through = NULL;
	bool		inserting;
	bool		singular;
	InstanceOp	op;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_INSTEAD(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) || trigdata->tg_trigger->tgnargs != 2)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("association.accessor_view_write() must be an INSTEAD OF row trigger with two arguments")));
	if (!TRIGGER_FIRED_BY_INSERT(trigdata->tg_event) && !TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("accessor views accept INSERT and DELETE only"),
				 errhint("Update the target's table, or use association.set().")));
	inserting = TRIGGER_FIRED_BY_INSERT(trigdata->tg_event);
	tuple = trigdata->tg_trigtuple;
	desc = RelationGetDescr(trigdata->tg_relation);

	reg = registry_acquire();
	as = registry_lookup_association(reg, trigdata->tg_trigger->tgargs[0],
									 trigdata->tg_trigger->tgargs[1]);
	check_attached_to_view(trigdata->tg_relation, as);
	singular = as->kind == ASSOC_BELONGS_TO || as->kind == ASSOC_HAS_ONE;
	op = singular ? OP_SET : (inserting ? OP_ADD : OP_REMOVE);
	key = column_text(tuple, desc, "source_key");
	if (key == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_NOT_NULL_VIOLATION),
				 errmsg("source_key of a row of accessor view \"%s\" must not be null",
						RelationGetRelationName(trigdata->tg_relation))));
	instance_call_setup(&call, reg, as->source->name, as->name, key, op);

	memset(&targets, 0, sizeof(targets));
	targets.keys = palloc(sizeof(char *));
	targets.through = palloc(sizeof(Jsonb *));
	if (singular && !inserting)
		targets.is_null = true; /* deleting the row un-associates it */
	else
	{
		targets.keys[0] = column_text(tuple, desc, call.target_key->field);
		if (targets.keys[0] == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_NOT_NULL_VIOLATION),
					 errmsg("column \"%s\" of a row of accessor view \"%s\" must not be null",
							call.target_key->field, RelationGetRelationName(trigdata->tg_relation)),
					 errhint("It names the target to associate.")));
		if (inserting && as->through != NULL)
			through = junction_data(tuple, desc, as);
		targets.through[0] = through;
		targets.count = 1;
	}
	instance_mutate(&call, op, &targets, NULL);
	registry_release();
	return PointerGetDatum(tuple);
}
