// SPDX-License-Identifier: GPL-2.0-only
/*
 * The one JSON writer: objects, arrays, keys and values written to
 * standard output in order, with the commas and (for --pretty) the
 * indentation worked out here.  A document ends with a newline when its
 * outermost object or array closes.
 */
#include <stdio.h>

#include "ifacectl.h"

#define MAX_DEPTH	16

static int depth;
static bool has_items[MAX_DEPTH];	/* this level has had a value */
static bool after_key;			/* the next value is a key's */

static void newline(void)
{
	int i;

	putchar('\n');
	for (i = 0; i < depth; i++)
		fputs("  ", stdout);
}

/* What goes before a value: a comma, and a new line when pretty. */
static void before_value(void)
{
	if (after_key) {
		after_key = false;
		return;
	}
	if (!depth)
		return;
	if (has_items[depth])
		putchar(',');
	has_items[depth] = true;
	if (pretty)
		newline();
}

static void open_level(char c)
{
	before_value();
	putchar(c);
	if (depth < MAX_DEPTH - 1)
		depth++;
	has_items[depth] = false;
}

static void close_level(char c)
{
	bool items = has_items[depth];

	if (depth)
		depth--;
	if (pretty && items)
		newline();
	putchar(c);
	if (!depth)
		putchar('\n');
}

void json_open_object(void)
{
	open_level('{');
}

void json_close_object(void)
{
	close_level('}');
}

void json_open_array(void)
{
	open_level('[');
}

void json_close_array(void)
{
	close_level(']');
}

static void quoted(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		unsigned char c = *s;

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (c < 0x20)
			printf("\\u%04x", c);
		else
			putchar(c);
	}
	putchar('"');
}

void json_key(const char *key)
{
	before_value();
	quoted(key);
	putchar(':');
	if (pretty)
		putchar(' ');
	after_key = true;
}

void json_string(const char *s)
{
	before_value();
	quoted(s);
}

void json_number(long v)
{
	before_value();
	printf("%ld", v);
}

void json_null(void)
{
	before_value();
	fputs("null", stdout);
}
