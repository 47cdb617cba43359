/*
 * src/naming/naming.c
 *
 * Sequelize v6's string helpers for key, column and view names, reproduced
 * byte for byte on UTF-8 strings.  Pure C: no PostgreSQL headers; every
 * result is allocated with the caller's allocator.
 *
 * naming_camelize follows Sequelize's Utils.camelize,
 *     str.trim().replace(/[-_\s]+(.)?/g, (match, c) => c.toUpperCase())
 * where trim() and \s both mean JavaScript white space: ASCII \t \n \v \f
 * \r and space, and U+00A0, U+1680, U+2000..U+200A, U+2028, U+2029, U+202F,
 * U+205F, U+3000, U+FEFF (decoded from UTF-8 here).  Two deliberate
 * differences: only ASCII letters are upper-cased (JavaScript would also
 * turn "a_é" into "aÉ"), and a separator run at the very end is dropped
 * ("foo_" -> "foo") where JavaScript throws a TypeError.
 *
 * naming_underscore follows inflection 1.13.4's underscore(str): split on
 * "::", put '_' before every ASCII capital A-Z, drop one leading '_' of each
 * part, join the parts with '/', lower-case.  It does nothing special for
 * runs of capitals, digits or '-' ("UserXYZ" -> "user_x_y_z", "HTMLParser"
 * -> "h_t_m_l_parser", "foo-Bar" -> "foo-_bar", "_foo" -> "foo").  Only
 * ASCII is lower-cased here; JavaScript's toLowerCase would also lower-case
 * other letters ("ÀB" gives "à_b" there, "À_b" here).
 *
 * naming_upper_first is lodash's upperFirst for ASCII: a leading a-z is
 * upper-cased, anything else is kept.
 *
 * naming_snake is our own, for view names (project_workers, ship_leader,
 * home_team): naming_underscore, then ASCII lower-case, then every run of
 * bytes other than [a-z0-9_] becomes a single '_', except that a run at the
 * very start or the very end is removed instead, so the replacement never
 * produces a leading or trailing '_' ('_' already in the input is kept).
 * Non-ASCII bytes are such bytes: "café" -> "caf", "a::b" -> "a_b",
 * "Project Workers" -> "project__workers", "!!!" -> "".
 */
#include <string.h>

#include "naming/naming.h"

/* is_ascii_space returns whether c is an ASCII JavaScript white space. */
static int
is_ascii_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' ||
		c == '\r';
}

/*
 * js_space_len returns the length in bytes of the JavaScript white-space
 * character (\s, also what trim() removes) starting at s[0], or 0 if s[0]
 * does not start one.  end points past the last byte that may be read.
 */
static size_t
js_space_len(const unsigned char *s, const unsigned char *end)
{
	size_t		avail = (size_t) (end - s);

	if (avail == 0)
		return 0;
	if (is_ascii_space(s[0]))
		return 1;
	/* U+00A0 */
	if (avail >= 2 && s[0] == 0xC2 && s[1] == 0xA0)
		return 2;
	if (avail < 3)
		return 0;
	/* U+1680 */
	if (s[0] == 0xE1 && s[1] == 0x9A && s[2] == 0x80)
		return 3;
	if (s[0] == 0xE2 && s[1] == 0x80)
	{
		/* U+2000..U+200A, U+2028, U+2029, U+202F */
		if ((s[2] >= 0x80 && s[2] <= 0x8A) || s[2] == 0xA8 || s[2] == 0xA9 ||
			s[2] == 0xAF)
			return 3;
		return 0;
	}
	/* U+205F */
	if (s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F)
		return 3;
	/* U+3000 */
	if (s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
		return 3;
	/* U+FEFF */
	if (s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		return 3;
	return 0;
}

/*
 * js_space_len_before returns the length in bytes of the JavaScript
 * white-space character ending just before end, or 0 if there is none.
 * start is the first byte that may be read.
 */
static size_t
js_space_len_before(const unsigned char *start, const unsigned char *end)
{
	size_t		len;

	for (len = 1; len <= 3; len++)
	{
		if ((size_t) (end - start) < len)
			break;
		if (js_space_len(end - len, end) == len)
			return len;
	}
	return 0;
}

/*
 * separator_len returns the length in bytes of the camelize separator ('-',
 * '_' or JavaScript white space) starting at s[0], or 0 if there is none.
 */
static size_t
separator_len(const unsigned char *s, const unsigned char *end)
{
	if (s < end && (*s == '-' || *s == '_'))
		return 1;
	return js_space_len(s, end);
}

/*
 * utf8_char_len returns the length in bytes of the character starting at
 * s[0]: its UTF-8 sequence length, or 1 for a byte that cannot start a
 * complete sequence before end (invalid input is passed through bytewise).
 */
static size_t
utf8_char_len(const unsigned char *s, const unsigned char *end)
{
	size_t		len;
	size_t		i;

	if (s[0] < 0x80)
		return 1;
	else if (s[0] >= 0xC2 && s[0] <= 0xDF)
		len = 2;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		len = 3;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		len = 4;
	else
		return 1;
	if ((size_t) (end - s) < len)
		return 1;
	for (i = 1; i < len; i++)
		if ((s[i] & 0xC0) != 0x80)
			return 1;
	return len;
}

/* ascii_upper returns c upper-cased if it is an ASCII lower-case letter. */
static char
ascii_upper(char c)
{
	return (c >= 'a' && c <= 'z') ? (char) (c - 'a' + 'A') : c;
}

/* ascii_lower returns c lower-cased if it is an ASCII capital letter. */
static char
ascii_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
}

/* copy_string returns a copy of the len bytes at s, NUL-terminated. */
static char *
copy_string(const char *s, size_t len, assoc_alloc_fn alloc)
{
	char	   *result = alloc(len + 1);

	memcpy(result, s, len);
	result[len] = '\0';
	return result;
}

/*
 * camelize_bytes returns Sequelize's camelize of the len bytes at s (see the
 * file header).
 */
static char *
camelize_bytes(const char *s, size_t len, assoc_alloc_fn alloc)
{
	const unsigned char *p = (const unsigned char *) s;
	const unsigned char *end = p + len;
	size_t		n;
	char	   *result;
	char	   *out;

	/* trim() */
	while ((n = js_space_len(p, end)) > 0)
		p += n;
	while ((n = js_space_len_before(p, end)) > 0)
		end -= n;

	/* the result is never longer than the trimmed input */
	result = alloc((size_t) (end - p) + 1);
	out = result;
	while (p < end)
	{
		if (separator_len(p, end) == 0)
		{
			*out++ = (char) *p++;
			continue;
		}
		/* [-_\s]+ */
		while ((n = separator_len(p, end)) > 0)
			p += n;
		/* (.)? upper-cased; at the end there is nothing to keep */
		if (p < end)
		{
			n = utf8_char_len(p, end);
			*out++ = ascii_upper((char) *p);
			memcpy(out, p + 1, n - 1);
			out += n - 1;
			p += n;
		}
	}
	*out = '\0';
	return result;
}

/*
 * naming_camelize returns Sequelize's Utils.camelize(s), allocated with
 * alloc (see the file header).
 */
char *
naming_camelize(const char *s, assoc_alloc_fn alloc)
{
	return camelize_bytes(s, strlen(s), alloc);
}

/*
 * naming_underscore returns inflection 1.13.4's underscore(s), allocated
 * with alloc (see the file header).
 */
char *
naming_underscore(const char *s, assoc_alloc_fn alloc)
{
	size_t		len = strlen(s);
	char	   *result = alloc(2 * len + 1);
	char	   *out = result;
	int			part_start = 1;
	size_t		i = 0;

	while (i < len)
	{
		char		c = s[i];

		if (c == ':' && s[i + 1] == ':')
		{
			/* "::" separates parts and becomes '/' */
			*out++ = '/';
			i += 2;
			part_start = 1;
			continue;
		}
		/* a part's first output character is dropped if it is '_' */
		if (c >= 'A' && c <= 'Z')
		{
			if (!part_start)
				*out++ = '_';
			*out++ = ascii_lower(c);
		}
		else if (!(part_start && c == '_'))
			*out++ = c;
		part_start = 0;
		i++;
	}
	*out = '\0';
	return result;
}

/*
 * naming_upper_first returns s with an ASCII lower-case first letter
 * upper-cased, allocated with alloc.
 */
char *
naming_upper_first(const char *s, assoc_alloc_fn alloc)
{
	char	   *result = copy_string(s, strlen(s), alloc);

	result[0] = ascii_upper(result[0]);
	return result;
}

/*
 * naming_join_camelized returns naming_camelize(a + "_" + b), allocated with
 * alloc.
 */
char *
naming_join_camelized(const char *a, const char *b, assoc_alloc_fn alloc)
{
	size_t		alen = strlen(a);
	size_t		blen = strlen(b);
	char	   *joined = alloc(alen + blen + 2);

	memcpy(joined, a, alen);
	joined[alen] = '_';
	memcpy(joined + alen + 1, b, blen);
	joined[alen + blen + 1] = '\0';
	return camelize_bytes(joined, alen + blen + 1, alloc);
}

/* is_snake_byte returns whether c is kept as is by naming_snake. */
static int
is_snake_byte(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

/*
 * naming_snake returns s in snake_case for view names, allocated with alloc
 * (see the file header).
 */
char *
naming_snake(const char *s, assoc_alloc_fn alloc)
{
	char	   *under = naming_underscore(s, alloc);
	size_t		len = strlen(under);
	char	   *result = alloc(len + 1);
	char	   *out = result;
	size_t		i = 0;

	while (i < len)
	{
		size_t		run_start = i;

		if (is_snake_byte(ascii_lower(under[i])))
		{
			*out++ = ascii_lower(under[i]);
			i++;
			continue;
		}
		while (i < len && !is_snake_byte(ascii_lower(under[i])))
			i++;
		if (run_start > 0 && i < len)
			*out++ = '_';
	}
	*out = '\0';
	return result;
}
