/*
 * src/sqlgen/string_where.c
 *
 * The v1 string form of `where` ('score > 10'): one SQL boolean expression
 * over the target's columns, written by the caller and run with the
 * caller's rights like any query they send.  It is embedded in a larger
 * statement, so it must be proved to stay inside its parentheses whatever
 * it contains: PostgreSQL's own scanner tokenizes it (with the session's
 * standard_conforming_strings, dollar quotes, comments and all), the
 * parentheses must balance without ever closing more than they opened, no
 * ';' may end the statement and no $n may reach the statement's parameters;
 * then PostgreSQL's parser must read it as one expression.  Anything else
 * is refused with one message.
 */
#include "postgres.h"

#include "common/keywords.h"
#include "parser/gramparse.h"
#include "parser/parser.h"
#include "parser/scanner.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "sqlgen/instance_sql.h"

/* refuse reports a string where that is not one expression, saying why. */
static void
refuse(const char *why)
{
	ereport(ERROR,
			(errcode(ERRCODE_SYNTAX_ERROR),
			 errmsg("a string where must be one SQL expression"),
			 errdetail("%s", why),
			 errhint("Write a boolean expression over the target's columns, such as 'id > 10', or use the JSON form.")));
}

/*
 * checked_tokens scans expr with the core scanner and returns NULL when its
 * tokens keep to one parenthesized expression, else why not.
 */
static const char *
checked_tokens(const char *expr)
{
	core_yy_extra_type extra;
	core_YYSTYPE lval;
	YYLTYPE		loc;
	core_yyscan_t scanner = scanner_init(expr, &extra, &ScanKeywords, ScanKeywordTokens);
	int			depth = 0;
	const char *why = NULL;
	int			token;

	while (why == NULL && (token = core_yylex(&lval, &loc, scanner)) != 0)
	{
		if (token == '(')
			depth++;
		else if (token == ')' && --depth < 0)
			why = "A \")\" closes more than the expression opened.";
		else if (token == ';')
			why = "It contains \";\", which would end the statement.";
		else if (token == PARAM)
			why = "It contains a parameter reference ($n).";
	}
	scanner_finish(scanner);
	if (why == NULL && depth != 0)
		why = "Its parentheses do not balance.";
	return why;
}

/*
 * scanned_or_refused runs fn on expr, turning any error of PostgreSQL's
 * scanner or parser into the refusal (their positions would point into
 * the caller's statement, not into the expression).
 */
static const char *
scanned_or_refused(const char *expr)
{
	MemoryContext cxt = CurrentMemoryContext;
	const char *volatile why = NULL;

	PG_TRY();
	{
		why = checked_tokens(expr);
		if (why == NULL)
		{
			List	   *stmts = raw_parser(psprintf("SELECT 1 WHERE (%s\n)", expr), RAW_PARSE_DEFAULT);

			if (list_length(stmts) != 1)
				why = "It is more than one statement.";
		}
	}
	PG_CATCH();
	{
		ErrorData  *edata;

		MemoryContextSwitchTo(cxt);
		edata = CopyErrorData();
		FlushErrorState();
		why = psprintf("PostgreSQL reads it as: %s.", edata->message);
	}
	PG_END_TRY();
	return why;
}

/*
 * string_where_sql returns the v1 string where as " AND (expr\n)", or
 * refuses it.  The newline ends a trailing "--" comment before our ")".
 */
char *
string_where_sql(const char *expr)
{
	const char *why = scanned_or_refused(expr);

	if (why != NULL)
		refuse(why);
	return psprintf(" AND (%s\n)", expr);
}
