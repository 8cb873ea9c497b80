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
	NULL,
};

/* The values of the word-valued attributes, NULL-terminated. */
static const char *const unmapped_words[] = { "enosys", "sigsys", "kill", NULL };
static const char *const method_words[] = { "syscall", "int80", NULL };
static const char *const ret_words[] = { "linux", "carry", NULL };

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

/* "a, b or c" */
static void word_list(const char *const *words, char *buf, size_t size)
{
	size_t i, n, len = 0;

	for (n = 0; words[n]; n++)
		;
	buf[0] = 0;
	for (i = 0; i < n && len < size; i++)
		len += snprintf(buf + len, size - len, "%s%s", words[i],
				i + 2 < n ? ", " : i + 2 == n ? " or " : "");
}

static bool is_word(const char *val, const char *const *words)
{
	size_t i;

	for (i = 0; words[i]; i++)
		if (!strcmp(val, words[i]))
			return true;
	return false;
}

/**
 * bad_value - why a value of an interface's setting is refused
 * @attr: the attribute: nr_reg, unmapped, method, ret, restricted,
 *        platform, magic, offset, mask or binfmt
 * @val: the value, as written in configfs
 * @buf: room for the message
 * @size: its size
 *
 * The kernel's rules for each value on its own; magic, offset and mask
 * together are check_signature()'s.
 *
 * Return: NULL if the value is good, or the message.
 */
const char *bad_value(const char *attr, const char *val, char *buf,
		      size_t size)
{
	static const char *const zero_one[] = { "0", "1", NULL };
	static const char *const handlers[] = { "juha", "elf", NULL };
	const char *const *words = NULL;
	unsigned char bytes[SIG_MAX];
	unsigned long off;
	char list[128];
	int n;

	if (!strcmp(attr, "nr_reg") && !is_word(val, registers))
		return snprintf(buf, size, "nr_reg: unknown register '%s' (rax rbx rcx rdx rsi rdi rbp r8-r15)",
				val), buf;
	if (!strcmp(attr, "unmapped"))
		words = unmapped_words;
	else if (!strcmp(attr, "method"))
		words = method_words;
	else if (!strcmp(attr, "ret"))
		words = ret_words;
	else if (!strcmp(attr, "restricted"))
		words = zero_one;
	else if (!strcmp(attr, "binfmt"))
		words = handlers;
	if (words && !is_word(val, words)) {
		word_list(words, list, sizeof(list));
		return snprintf(buf, size, "%s: unknown value '%s' (%s)", attr,
				val, list), buf;
	}
	if (!strcmp(attr, "platform") &&
	    (strlen(val) > NAME_MAX_LEN || strchr(val, '/')))
		return snprintf(buf, size, "bad platform name '%s'", val), buf;
	if (!strcmp(attr, "offset") && parse_nr(val, SIG_MAX - 1, &off))
		return snprintf(buf, size, "offset '%s': a number from 0 to %d",
				val, SIG_MAX - 1), buf;
	if (!strcmp(attr, "magic") || !strcmp(attr, "mask")) {
		n = parse_bytes(val, bytes);
		if (n == -1)
			return snprintf(buf, size, "%s '%s': bad escape (use \\xNN or \\\\)",
					attr, val), buf;
		if (n == -2)
			return snprintf(buf, size, "%s '%s': longer than %d bytes",
					attr, val, SIG_MAX), buf;
		if (!n)
			return snprintf(buf, size, "%s: empty", attr), buf;
	}
	return NULL;
}

/* The name of native syscall @nr, or NULL. */
const char *native_name(unsigned long nr)
{
	return nr < NR_NATIVE ? native_names[nr] : NULL;
}

/* The number of an errno name such as ENOENT, or 0. */
unsigned long errno_number(const char *name)
{
	unsigned long e;

	for (e = 1; e <= ERRNO_MAX; e++)
		if (strerrorname_np(e) && !strcmp(strerrorname_np(e), name))
			return e;
	return 0;
}

int native_nr(const char *name)
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
		*e = errno_number(tok);
		if (!*e)
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
 * Tables and errno maps, checked a line at a time, from their own files
 * or from a block of a platform file.  Every problem is reported as
 * FILE:LINE: message; the lines are kept, as text for the kernel: a
 * table's as written, an errno map's with names turned into numbers.
 * For linux (native) only extra numbers mapped to services are allowed,
 * as in the kernel.
 */
void map_check_init(struct map_check *m, bool errno_map, bool native)
{
	memset(m, 0, sizeof(*m));
	m->errno_map = errno_map;
	m->native = native;
	m->seen = calloc(MAX_NR + 1, 1);
	if (!m->seen) {
		msg("out of memory");
		exit(EXIT_SYSTEM);
	}
}

static void errno_line(struct map_check *m, struct lines *l, char **tok, int n)
{
	unsigned long native, foreign;
	char why[160], out[48];
	const char *bad;

	if (n == 1) {
		lines_error(l, "expected 'NATIVE_ERRNO FOREIGN_ERRNO'");
		return;
	}
	if (n > 2) {
		lines_error(l, "unexpected '%s'", tok[2]);
		return;
	}
	bad = check_errno(tok[0], true, "native", &native, why, sizeof(why)) ?:
	      check_errno(tok[1], false, "foreign", &foreign, why, sizeof(why));
	if (bad) {
		lines_error(l, "%s", bad);
		return;
	}
	if (m->seen[native]) {
		lines_error(l, "errno %s mapped twice", tok[0]);
		return;
	}
	m->seen[native] = 1;
	snprintf(out, sizeof(out), "%lu %lu\n", native, foreign);
	text_append(&m->text, &m->len, out);
}

/* One line (@n tokens in @tok; l->line as read) of the table or map. */
void map_check_line(struct map_check *m, struct lines *l, char **tok, int n)
{
	char why[160];
	const char *bad;
	unsigned long nr;

	if (m->errno_map) {
		if (n)
			errno_line(m, l, tok, n);
		else
			text_append(&m->text, &m->len, "\n");
		return;
	}
	/* A line for a line, so that the kernel's line numbers are ours. */
	text_append(&m->text, &m->len, l->line + strspn(l->line, " \t"));
	if (!*l->line || l->line[strlen(l->line) - 1] != '\n')
		text_append(&m->text, &m->len, "\n");
	if (!n)
		return;
	bad = check_line(tok, n, m->native, m->seen, &nr, why, sizeof(why));
	if (bad)
		lines_error(l, "%s", bad);
	else
		m->seen[nr] = 1;
}

/* The text for the kernel (a lone newline for an empty one), to free(). */
char *map_check_done(struct map_check *m)
{
	free(m->seen);
	if (!m->text)
		text_append(&m->text, &m->len, "\n");
	return m->text;
}

/* Check a table or errno map file; the number of problems. */
static int check_map_file(const char *file, bool errno_map, bool native,
			  char **text)
{
	struct map_check m;
	struct lines l;
	char *tok[3];
	int n;

	*text = NULL;
	if (!lines_open(&l, file))
		return 1;
	map_check_init(&m, errno_map, native);
	while ((n = lines_next(&l, tok, 3)) >= 0)
		map_check_line(&m, &l, tok, n);
	*text = map_check_done(&m);
	return lines_close(&l);
}

int check_table(const char *file, bool native, char **text)
{
	return check_map_file(file, false, native, text);
}

int check_errno_map(const char *file, char **text)
{
	return check_map_file(file, true, false, text);
}
