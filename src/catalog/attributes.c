/*
 * src/catalog/attributes.c
 *
 * The "attributes" options of get, find and include: which attributes of a
 * model to return, given as a list of names or as {"exclude": [...]}.
 * joinTableAttributes and through.attributes take the same forms.
 */
#include "postgres.h"

#include "catalog/attributes.h"
#include "options/json_util.h"
#include "options/options.h"

/* attr_list returns the attributes of model a JSON list names. */
static List *
attr_list(Model *model, const JsonbValue *list, const char *option)
{
	List	   *attrs = NIL;
	ListCell   *lc;

	if (!jv_is_array(list))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("option \"%s\" must be a list of attribute names, not %s", option,
						jv_type_name(list))));
	foreach(lc, jv_array_elements(list))
	{
		JsonbValue *v = lfirst(lc);
		ModelAttr  *a = jv_is_string(v) ? model_find_attr(model, jv_string(v)) : NULL;

		if (a == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("option \"%s\" names %s, which is not an attribute of model \"%s\"",
							option, jv_is_string(v) ? psprintf("\"%s\"", jv_string(v)) : jv_type_name(v),
							model->name),
					 errhint("association.describe('%s') lists its attributes.", model->name)));
		attrs = lappend(attrs, a);
	}
	return attrs;
}

/*
 * attributes_option returns the attributes of model that option v (named
 * option in messages) selects: a list of names, {"exclude": [...]}, or
 * every attribute when v is NULL.
 */
List *
attributes_option(Model *model, const JsonbValue *v, const char *option)
{
	List	   *excluded;
	List	   *attrs = NIL;
	const JsonbValue *exclude;
	ListCell   *lc;

	if (v == NULL)
		return list_copy(model->attrs);
	if (!jv_is_object(v))
		return attr_list(model, v, option);
	options_check(v, OPT_ATTRIBUTES, psprintf("option \"%s\"", option));
	exclude = jv_get(v, "exclude");
	excluded = attr_list(model, exclude ? exclude : v, psprintf("%s.exclude", option));
	foreach(lc, model->attrs)
		if (!list_member_ptr(excluded, lfirst(lc)))
			attrs = lappend(attrs, lfirst(lc));
	return attrs;
}
