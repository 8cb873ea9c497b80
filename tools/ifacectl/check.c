// SPDX-License-Identifier: GPL-2.0-only
/*
 * What the user gives, checked with the kernel's rules before the kernel
 * sees it: names, registers, numbers, signatures, tables and errno maps.
 * A file's problems are reported as FILE:LINE: message.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ifacectl.h"

static const char *const native_names[] = {
#include "native_names.h"
};
#define NR_NATIVE	ARRAY_LEN(native_names)

static const char *const registers[] = {
	"rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "r8", "r9", "r10",
	"r11", "r12", "r13", "r14", "r15",
};

/* The values of the word-valued attributes, NULL-terminated. */
const char *const unmapped_words[] = { "enosys", "sigsys", "kill", NULL };
const char *const method_words[] = { "syscall", "int80", NULL };
const char *const ret_words[] = { "linux", "carry", NULL };

bool valid_name(const char *name)
{
	size_t len = strlen(name);

	if (!len || len > NAME_MAX_LEN || strchr(name, '/') ||
	    !strcmp(name, ".") || !strcmp(name, "..")) {
		msg("bad interface name '%s' (1 to %d characters, no '/')",
		    name, NAME_MAX_LEN);
		return false;
	}
	return true;
}

bool valid_reg(const char *reg)
{
	size_t i;

	for (i = 0; i < ARRAY_LEN(registers); i++)
		if (!strcmp(registers[i], reg))
			return true;
	msg("unknown register '%s' (rax rbx rcx rdx rsi rdi rbp r8-r15)", reg);
	return false;
}

/* A number, decimal or 0x hex, up to max: 0, EINVAL or ERANGE. */
int parse_nr(const char *s, unsigned long max, unsigned long *out)
{
	unsigned long long v;
	char *end;

	if (!isdigit((unsigned char)s[0]))
		return EINVAL;
	errno = 0;
	v = strtoull(s, &end, 0);
	if (*end)
		return EINVAL;
	if (errno == ERANGE || v > max)
		return ERANGE;
	*out = v;
	return 0;
}

/* Signature bytes: "\xNN" a byte, "\\" a backslash.  Length or -1. */
int parse_bytes(const char *s, unsigned char *out)
{
	int n = 0;

	for (; *s; s++) {
		unsigned char c = *s;

		if (c == '\\') {
			if (s[1] == '\\') {
				s++;
			} else if (s[1] == 'x' && isxdigit((unsigned char)s[2]) &&
				   isxdigit((unsigned char)s[3])) {
				char hex[3] = { s[2], s[3], 0 };

				c = strtoul(hex, NULL, 16);
				s += 3;
			} else {
				return -1;
			}
		}
		if (n == SIG_MAX)
			return -2;
		out[n++] = c;
	}
	return n;
}

int check_bytes(const char *what, const char *s, unsigned char *out)
{
	int n = parse_bytes(s, out);

	if (n == -1)
		msg("%s '%s': bad escape (use \\xNN or \\\\)", what, s);
	else if (n == -2)
		msg("%s '%s': longer than %d bytes", what, s, SIG_MAX);
	else if (n == 0)
		msg("%s: empty", what);
	return n;
}

/*
 * One word from a short list (NULL: not given), or a message naming the
 * choices.
 */
bool check_word(const char *opt, const char *val, const char *const *words)
{
	size_t i, n;

	if (!val)
		return true;
	for (n = 0; words[n]; n++)
		if (!strcmp(val, words[n]))
			return true;
	fprintf(stderr, "ifacectl: %s: unknown value '%s' (", opt, val);
	for (i = 0; i < n; i++)
		fprintf(stderr, "%s%s", words[i],
			i + 2 < n ? ", " : i + 2 == n ? " or " : ")\n");
	return false;
}

static int native_nr(const char *name)
{
	size_t i;

	for (i = 0; i < NR_NATIVE; i++)
		if (native_names[i] && !strcmp(native_names[i], name))
			return i;
	return -1;
}

/*
 * One table line, split into n tokens: NULL if it is good (and *nr is
 * its foreign number), or why not.
 */
static const char *check_line(char **tok, int n, bool native,
			      const unsigned char *seen, unsigned long *nr,
			      char *buf, size_t size)
{
	unsigned long tgt;
	int r;

	if (n < 2)
		return "expected 'FOREIGN_NR NATIVE'";
	if (n > 2)
		return snprintf(buf, size, "unexpected '%s'", tok[2]), buf;
	r = parse_nr(tok[0], MAX_NR, nr);
	if (r == EINVAL)
		return snprintf(buf, size, "bad number '%s'", tok[0]), buf;
	if (r)
		return snprintf(buf, size, "foreign number %s out of range (0-%d)",
				tok[0], MAX_NR), buf;
	if (native && *nr < NR_NATIVE)
		return snprintf(buf, size, "%lu is a native syscall of linux",
				*nr), buf;
	if (!strncmp(tok[1], "service:", 8)) {
		/* A service that may not be loaded yet. */
		size_t len = strspn(tok[1] + 8, "abcdefghijklmnopqrstuvwxyz"
				    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

		if (!len || len > NAME_MAX_LEN || tok[1][8 + len])
			return snprintf(buf, size, "bad service name '%s'",
					tok[1] + 8), buf;
	} else if (isdigit((unsigned char)tok[1][0])) {
		r = parse_nr(tok[1], NR_NATIVE - 1, &tgt);
		if (r == EINVAL)
			return snprintf(buf, size, "bad number '%s'", tok[1]), buf;
		if (r)
			return snprintf(buf, size, "native number %s out of range (0-%zu)",
					tok[1], NR_NATIVE - 1), buf;
		if (native)
			goto not_service;
	} else if (!is_service(tok[1])) {
		if (native_nr(tok[1]) < 0)
			return snprintf(buf, size, "unknown syscall '%s'", tok[1]), buf;
		if (native)
			goto not_service;
	}
	if (seen[*nr])
		return snprintf(buf, size, "foreign number %lu mapped twice", *nr), buf;
	return NULL;
not_service:
	snprintf(buf, size, "linux maps only extra numbers to services, not '%s'",
		 tok[1]);
	return buf;
}

/*
 * Text files, a line at a time: "-" is standard input, '#' starts a
 * comment, tokens are separated by blanks, and problems are reported as
 * FILE:LINE: message.
 */
bool lines_open(struct lines *l, const char *file)
{
	memset(l, 0, sizeof(*l));
	l->file = file;
	l->f = strcmp(file, "-") ? fopen(file, "r") : stdin;
	if (!l->f)
		msg("%s: %s", file, strerror(errno));
	return l->f;
}

/*
 * The next line, as read in l->line, and up to @max of its tokens in
 * @tok: their number, or -1 at the end (or after MAX_ERRORS problems).
 */
int lines_next(struct lines *l, char **tok, int max)
{
	char *p, *save = NULL;
	int n = 0;

	if (l->errors >= MAX_ERRORS || getline(&l->line, &l->cap, l->f) < 0)
		return -1;
	l->lineno++;
	free(l->buf);
	l->buf = strdup(l->line);
	if (!l->buf) {
		msg("out of memory");
		exit(EXIT_SYSTEM);
	}
	l->buf[strcspn(l->buf, "#")] = 0;
	for (p = strtok_r(l->buf, " \t\r\n", &save); p && n < max;
	     p = strtok_r(NULL, " \t\r\n", &save))
		tok[n++] = p;
	return n;
}

void lines_error(struct lines *l, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s:%u: ", l->file, l->lineno);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	l->errors++;
}

/* Close the file; the number of problems found in it. */
int lines_close(struct lines *l)
{
	if (ferror(l->f)) {
		msg("%s: %s", l->file, strerror(errno));
		l->errors++;
	}
	if (l->f != stdin)
		fclose(l->f);
	free(l->line);
	free(l->buf);
	return l->errors;
}

/* Append @s to the text at *text, *len bytes long so far. */
void text_append(char **text, size_t *len, const char *s)
{
	size_t n = strlen(s);

	*text = realloc(*text, *len + n + 1);
	if (!*text) {
		msg("out of memory");
		exit(EXIT_SYSTEM);
	}
	memcpy(*text + *len, s, n + 1);
	*len += n;
}

/*
 * Check a table file and read it into *text.  Every problem is reported
 * as FILE:LINE: message.  For linux (native) only extra numbers mapped to
 * services are allowed, as in the kernel.  Returns the number of problems.
 */
int check_table(const char *file, bool native, char **text)
{
	static unsigned char seen[MAX_NR + 1];
	char *tok[3], why[160];
	struct lines l;
	size_t len = 0;
	int n;

	*text = NULL;
	if (!lines_open(&l, file))
		return 1;
	memset(seen, 0, sizeof(seen));
	while ((n = lines_next(&l, tok, 3)) >= 0) {
		const char *bad;
		unsigned long nr;

		text_append(text, &len, l.line);
		if (!n)
			continue;
		bad = check_line(tok, n, native, seen, &nr, why, sizeof(why));
		if (bad)
			lines_error(&l, "%s", bad);
		else
			seen[nr] = 1;
	}
	if (!*text)
		text_append(text, &len, "\n");	/* an empty table */
	return lines_close(&l);
}

/*
 * The kernel's restart codes (ERESTARTSYS, ERESTARTNOINTR, ERESTARTNOHAND
 * and ERESTART_RESTARTBLOCK, in include/linux/errno.h, not in uapi).
 * Programs never see them; the kernel refuses them in either column of
 * an errno map.
 */
static bool errno_is_restart(unsigned long e)
{
	return e == 512 || e == 513 || e == 514 || e == 516;
}

/* One errno column: a number, or (native only) a name such as ENOENT. */
static const char *check_errno(const char *tok, bool names, const char *col,
			       unsigned long *e, char *buf, size_t size)
{
	int r;

	if (names && isupper((unsigned char)tok[0])) {
		for (*e = 1; *e <= ERRNO_MAX; (*e)++) {
			const char *n = strerrorname_np(*e);

			if (n && !strcmp(n, tok))
				break;
		}
		if (*e > ERRNO_MAX)
			return snprintf(buf, size, "unknown errno '%s'", tok), buf;
	} else {
		r = parse_nr(tok, ERRNO_MAX, e);
		if (r == EINVAL)
			return snprintf(buf, size, "bad errno '%s'", tok), buf;
		if (r || !*e)
			return snprintf(buf, size, "%s errno %s out of range (1-%d)",
					col, tok, ERRNO_MAX), buf;
	}
	if (errno_is_restart(*e))
		return snprintf(buf, size, "%s errno %lu is a restart code",
				col, *e), buf;
	return NULL;
}

/*
 * Check an errno map file ("NATIVE FOREIGN" a line) and put it into *text
 * with names turned into numbers, a line for a line.  Every problem is
 * reported as FILE:LINE: message.  Returns the number of problems.
 */
int check_errno_map(const char *file, char **text)
{
	unsigned char seen[ERRNO_MAX + 1] = { 0 };
	char *tok[3], why[160];
	struct lines l;
	size_t len = 0;
	int n;

	*text = NULL;
	if (!lines_open(&l, file))
		return 1;
	while ((n = lines_next(&l, tok, 3)) >= 0) {
		unsigned long native, foreign;
		char out[48] = "\n";

		if (n == 1) {
			lines_error(&l, "expected 'NATIVE_ERRNO FOREIGN_ERRNO'");
			continue;
		}
		if (n > 2) {
			lines_error(&l, "unexpected '%s'", tok[2]);
			continue;
		}
		if (n == 2) {
			const char *bad;

			bad = check_errno(tok[0], true, "native", &native, why,
					  sizeof(why)) ?:
			      check_errno(tok[1], false, "foreign", &foreign,
					  why, sizeof(why));
			if (bad) {
				lines_error(&l, "%s", bad);
				continue;
			}
			if (seen[native]) {
				lines_error(&l, "errno %s mapped twice", tok[0]);
				continue;
			}
			seen[native] = 1;
			snprintf(out, sizeof(out), "%lu %lu\n", native, foreign);
		}
		text_append(text, &len, out);
	}
	if (!*text)
		text_append(text, &len, "\n");	/* an empty map */
	return lines_close(&l);
}
