// SPDX-License-Identifier: GPL-2.0-only
/*
 * ifacectl - control per-task system call interfaces (syscall-iface)
 *
 * Drives /sys/kernel/config/syscall_iface/ and reads
 * /sys/kernel/syscall_iface/stats.  Everything the user gives is checked
 * here first, with the kernel's rules, so that a mistake is reported as
 * FILE:LINE or by option before the kernel sees anything.  See
 * ifacectl(8).
 *
 * Exit status: 0 success, 1 usage or input error, 2 the kernel refused,
 * 3 syscall-iface missing or permission denied.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <linux/syscall_iface.h>	/* PR_SYSCALL_IFACE */

#define VERSION		"0.2"
#define MAX_NR		65535		/* largest foreign number */
#define SIG_MAX		128		/* signature within the first 128 bytes */
#define NAME_MAX_LEN	32
#define MAX_ERRORS	20		/* table problems reported per file */

enum { EXIT_OK, EXIT_USAGE, EXIT_KERNEL, EXIT_SYSTEM };

static const char *const native_names[] = {
#include "native_names.h"
};
#define NR_NATIVE (sizeof(native_names) / sizeof(native_names[0]))

static const char *const services[] = { "iface_info" };
static const char *const registers[] = {
	"rax", "rbx", "rcx", "rdx", "rsi", "rdi", "rbp", "r8", "r9", "r10",
	"r11", "r12", "r13", "r14", "r15",
};

static char cfg_dir[PATH_MAX];		/* .../sys/kernel/config/syscall_iface */
static char sys_dir[PATH_MAX];		/* .../sys/kernel/syscall_iface */
static bool json;

static void __attribute__((format(printf, 1, 2))) msg(const char *fmt, ...)
{
	va_list ap;

	fputs("ifacectl: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* ---- usage ---- */

static const struct usage {
	const char *cmd;
	const char *text;
} usages[] = {
	{ "create", "create NAME [--table FILE] [--nr-reg REG] [--magic STR] [--offset N] [--mask STR]\n"
		    "           [--unmapped enosys|sigsys|kill] [--method syscall|int80]\n"
		    "           [--ret linux|carry] [--errno FILE] [--platform NAME]\n"
		    "    Create interface NAME and set it up as one operation; if any step\n"
		    "    fails, NAME is removed again.  STR takes \\xNN escapes." },
	{ "set", "set NAME [--nr-reg REG] [--unmapped POLICY] [--method METHOD] [--ret CONV]\n"
		 "           [--errno FILE] [--platform NAME]\n"
		 "    Change settings of NAME; if the kernel refuses one, NAME is left as it was." },
	{ "bind", "bind NAME HANDLER\n"
		  "    Bind NAME to HANDLER (juha or elf): exec selects it by its signature." },
	{ "unbind", "unbind NAME\n"
		    "    Unbind NAME: no exec selects it any more." },
	{ "table", "table NAME load FILE | table NAME show\n"
		   "    Check FILE (\"FOREIGN_NR NATIVE\" a line) and make it NAME's table,\n"
		   "    or print NAME's table." },
	{ "errno", "errno NAME load FILE | errno NAME show\n"
		   "    Check FILE (\"NATIVE_ERRNO FOREIGN_ERRNO\" a line, NATIVE by number or\n"
		   "    name) and make it NAME's errno map, or print NAME's errno map." },
	{ "list", "list [--json]\n"
		  "    List the interfaces." },
	{ "show", "show NAME [--json] | show --pid PID [--json]\n"
		  "    Show every setting and counter of NAME, or the interface of a task." },
	{ "stats", "stats [NAME] [--json]\n"
		   "    Show the counters of /sys/kernel/syscall_iface/stats." },
	{ "delete", "delete NAME\n"
		    "    Remove NAME; tasks using it keep it until they exec or exit." },
	{ "brand", "brand FILE --magic STR [--offset N] [-o OUT] | brand --check FILE\n"
		   "    Write a signature into an x86-64 ELF executable (in place, or into\n"
		   "    a copy OUT), or report a file's signature and who would claim it." },
	{ "run", "run NAME -- PROG [ARGS...]\n"
		 "    Run PROG under interface NAME instead of the one its signature\n"
		 "    selects (\"linux\" for native)." },
};

static void usage(FILE *f)
{
	size_t i;

	fprintf(f, "usage: ifacectl [--root DIR] [--json] COMMAND [ARGS]\n\n"
		   "Control per-task system call interfaces (syscall-iface).\n\n"
		   "Commands:\n");
	for (i = 0; i < sizeof(usages) / sizeof(usages[0]); i++)
		fprintf(f, "  %s\n", usages[i].text);
	fprintf(f, "\nOptions:\n"
		   "  --root DIR   use DIR/sys/... instead of /sys/... (also IFACECTL_ROOT)\n"
		   "  --json       machine-readable output for list, show and stats\n"
		   "  --help       this text; COMMAND --help for one command\n"
		   "  --version    print the version\n\n"
		   "Exit status: 0 success, 1 usage or input error, 2 the kernel refused,\n"
		   "3 syscall-iface missing or permission denied.  See ifacectl(8).\n");
}

static int cmd_usage(const char *cmd, bool error)
{
	size_t i;

	for (i = 0; i < sizeof(usages) / sizeof(usages[0]); i++) {
		if (!strcmp(usages[i].cmd, cmd)) {
			fprintf(error ? stderr : stdout, "usage: ifacectl %s\n",
				usages[i].text);
			break;
		}
	}
	return error ? EXIT_USAGE : EXIT_OK;
}

/* ---- checks, with the kernel's rules ---- */

static bool valid_name(const char *name)
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

static bool valid_reg(const char *reg)
{
	size_t i;

	for (i = 0; i < sizeof(registers) / sizeof(registers[0]); i++)
		if (!strcmp(registers[i], reg))
			return true;
	msg("unknown register '%s' (rax rbx rcx rdx rsi rdi rbp r8-r15)", reg);
	return false;
}

/* A number, decimal or 0x hex, up to max: 0, EINVAL or ERANGE. */
static int parse_nr(const char *s, unsigned long max, unsigned long *out)
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
static int parse_bytes(const char *s, unsigned char *out)
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

static int check_bytes(const char *what, const char *s, unsigned char *out)
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

static int native_nr(const char *name)
{
	size_t i;

	for (i = 0; i < NR_NATIVE; i++)
		if (native_names[i] && !strcmp(native_names[i], name))
			return i;
	return -1;
}

/*
 * A service that is present now: built in, or listed as provided in
 * /sys/kernel/syscall_iface/services ("NUMBER NAME STATE"), read once.
 */
static bool is_service(const char *name)
{
	static char list[8192];
	static bool loaded;
	char p[PATH_MAX], copy[sizeof(list)], n[64], state[64];
	char *line, *save = NULL;
	size_t i;

	for (i = 0; i < sizeof(services) / sizeof(services[0]); i++)
		if (!strcmp(services[i], name))
			return true;
	if (!loaded) {
		FILE *f;

		loaded = true;
		f = snprintf(p, sizeof(p), "%s/services", sys_dir) < (int)sizeof(p) ?
		    fopen(p, "r") : NULL;
		if (f) {
			list[fread(list, 1, sizeof(list) - 1, f)] = 0;
			fclose(f);
		}
	}
	memcpy(copy, list, sizeof(list));
	for (line = strtok_r(copy, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save))
		if (sscanf(line, "%*d %63s %63s", n, state) == 2 &&
		    !strcmp(n, name) && strcmp(state, "absent"))
			return true;
	return false;
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
 * Check a table file and read it into *text.  Every problem is reported
 * as FILE:LINE: message.  For linux (native) only extra numbers mapped to
 * services are allowed, as in the kernel.  Returns the number of problems.
 */
static int check_table(const char *file, bool native, char **text)
{
	static unsigned char seen[MAX_NR + 1];
	char *line = NULL;
	size_t cap = 0, len = 0;
	unsigned int lineno = 0;
	int errors = 0;
	FILE *f;

	*text = NULL;
	f = strcmp(file, "-") ? fopen(file, "r") : stdin;
	if (!f) {
		msg("%s: %s", file, strerror(errno));
		return 1;
	}
	memset(seen, 0, sizeof(seen));
	while (getline(&line, &cap, f) >= 0 && errors < MAX_ERRORS) {
		char *tok[3], *s, *p, *save = NULL;
		char whybuf[160];
		const char *why;
		unsigned long nr;
		int n = 0;

		lineno++;
		*text = realloc(*text, len + strlen(line) + 2);
		if (!*text) {
			msg("out of memory");
			exit(EXIT_SYSTEM);
		}
		memcpy(*text + len, line, strlen(line) + 1);
		len += strlen(line);

		s = strchr(line, '#');
		if (s)
			*s = 0;
		for (p = strtok_r(line, " \t\r\n", &save); p && n < 3;
		     p = strtok_r(NULL, " \t\r\n", &save))
			tok[n++] = p;
		if (!n)
			continue;

		why = check_line(tok, n, native, seen, &nr, whybuf, sizeof(whybuf));
		if (why) {
			fprintf(stderr, "%s:%u: %s\n", file, lineno, why);
			errors++;
			continue;
		}
		seen[nr] = 1;
	}
	if (ferror(f)) {
		msg("%s: %s", file, strerror(errno));
		errors++;
	}
	if (f != stdin)
		fclose(f);
	free(line);
	if (!*text)
		*text = strdup("\n");	/* an empty table */
	return errors;
}

/* ---- errno maps ---- */

#define ERRNO_MAX	4095		/* MAX_ERRNO */

/* Programs never see these; the kernel refuses them in either column. */
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
static int check_errno_map(const char *file, char **text)
{
	unsigned char seen[ERRNO_MAX + 1] = { 0 };
	char *line = NULL;
	size_t cap = 0, len = 0;
	unsigned int lineno = 0;
	int errors = 0;
	FILE *f;

	*text = NULL;
	f = strcmp(file, "-") ? fopen(file, "r") : stdin;
	if (!f) {
		msg("%s: %s", file, strerror(errno));
		return 1;
	}
	while (getline(&line, &cap, f) >= 0 && errors < MAX_ERRORS) {
		char *tok[3], *s, *p, *save = NULL, whybuf[160], out[32] = "";
		const char *why = NULL;
		unsigned long native, foreign;
		int n = 0;

		lineno++;
		s = strchr(line, '#');
		if (s)
			*s = 0;
		for (p = strtok_r(line, " \t\r\n", &save); p && n < 3;
		     p = strtok_r(NULL, " \t\r\n", &save))
			tok[n++] = p;
		if (n == 1)
			why = "expected 'NATIVE_ERRNO FOREIGN_ERRNO'";
		else if (n > 2)
			why = (snprintf(whybuf, sizeof(whybuf),
					"unexpected '%s'", tok[2]), whybuf);
		else if (n == 2)
			why = check_errno(tok[0], true, "native", &native,
					  whybuf, sizeof(whybuf)) ?:
			      check_errno(tok[1], false, "foreign", &foreign,
					  whybuf, sizeof(whybuf));
		if (!why && n == 2 && seen[native])
			why = (snprintf(whybuf, sizeof(whybuf),
					"errno %s mapped twice", tok[0]), whybuf);
		if (why) {
			fprintf(stderr, "%s:%u: %s\n", file, lineno, why);
			errors++;
			continue;
		}
		if (n == 2) {
			seen[native] = 1;
			snprintf(out, sizeof(out), "%lu %lu", native, foreign);
		}
		*text = realloc(*text, len + strlen(out) + 2);
		if (!*text) {
			msg("out of memory");
			exit(EXIT_SYSTEM);
		}
		len += sprintf(*text + len, "%s\n", out);
	}
	if (ferror(f)) {
		msg("%s: %s", file, strerror(errno));
		errors++;
	}
	if (f != stdin)
		fclose(f);
	free(line);
	if (!*text)
		*text = strdup("\n");	/* an empty map */
	return errors;
}

/* ---- the kernel's files ---- */

static void attr_path(char *buf, const char *iface, const char *attr)
{
	int n;

	if (attr)
		n = snprintf(buf, PATH_MAX, "%s/%s/%s", cfg_dir, iface, attr);
	else
		n = snprintf(buf, PATH_MAX, "%s/%s", cfg_dir, iface);
	if (n >= PATH_MAX) {
		msg("path too long: %s/%s", cfg_dir, iface);
		exit(EXIT_USAGE);
	}
}

/* Exit status for an errno from the kernel's files. */
static int exit_for(int e)
{
	return e == EACCES || e == EROFS ? EXIT_SYSTEM : EXIT_KERNEL;
}

static int need_subsystem(void)
{
	struct stat st;

	if (stat(cfg_dir, &st) == 0 && S_ISDIR(st.st_mode))
		return 0;
	msg("syscall-iface is not available: no %s (a kernel without CONFIG_SYSCALL_IFACE, or configfs not mounted)",
	    cfg_dir);
	return EXIT_SYSTEM;
}

static int need_iface(const char *name)
{
	char p[PATH_MAX];
	struct stat st;
	int r = need_subsystem();

	if (r)
		return r;
	if (!valid_name(name))
		return EXIT_USAGE;
	attr_path(p, name, NULL);
	if (stat(p, &st) == 0 && S_ISDIR(st.st_mode))
		return 0;
	msg("no interface '%s'", name);
	return EXIT_KERNEL;
}

/* Read an attribute, without its trailing newline.  Missing reads as "". */
static int read_attr(const char *iface, const char *attr, char *buf,
		     size_t size)
{
	char p[PATH_MAX];
	ssize_t n = 0, r;
	int fd;

	attr_path(p, iface, attr);
	buf[0] = 0;
	fd = open(p, O_RDONLY);
	if (fd < 0)
		return errno == ENOENT ? 0 : -errno;
	while ((size_t)n < size - 1 && (r = read(fd, buf + n, size - 1 - n)) > 0)
		n += r;
	close(fd);
	buf[n] = 0;
	while (n && buf[n - 1] == '\n')
		buf[--n] = 0;
	return 0;
}

/* Why the kernel may have said no, for the message. */
static const char *hint(const char *attr, int e)
{
	if (e == EEXIST && (!strcmp(attr, "binfmt") || !strcmp(attr, "magic") ||
			    !strcmp(attr, "offset") || !strcmp(attr, "mask")))
		return "another interface bound to that handler has the same signature";
	if (e == ERANGE)
		return "offset + magic length must stay within 128 bytes";
	if (e == ENOENT && !strcmp(attr, "platform"))
		return "no such platform: its module is not loaded";
	if (e == EPERM)
		return "linux, the native interface, cannot be changed";
	if (e == EACCES)
		return "permission denied: run as root";
	return "the kernel log says why";
}

/* Write VALUE and a newline; on refusal, say which attribute and value. */
static int write_attr(const char *iface, const char *attr, const char *value)
{
	char p[PATH_MAX];
	int fd, e = 0;

	attr_path(p, iface, attr);
	fd = open(p, O_WRONLY | O_TRUNC | O_CREAT, 0644);
	if (fd < 0)
		e = errno;
	else if (dprintf(fd, "%s\n", value) < 0)
		e = errno;
	if (fd >= 0 && close(fd) && !e)
		e = errno;
	if (!e)
		return 0;
	msg("cannot set %s of '%s' to '%s': %s (%s)", attr, iface, value,
	    strerror(e), hint(attr, e));
	return exit_for(e);
}

/*
 * Tables and errno maps go in whole (ATTR is "table" or "errno"); the
 * kernel reports a refusal in table_error.
 */
static int write_text(const char *iface, const char *attr, const char *text)
{
	char p[PATH_MAX], why[256];
	size_t len = strlen(text), off = 0;
	int fd, e = 0;
	ssize_t n;

	attr_path(p, iface, attr);
	fd = open(p, O_WRONLY | O_TRUNC | O_CREAT, 0644);
	if (fd < 0)
		e = errno;
	while (!e && off < len) {
		n = write(fd, text + off, len - off);
		if (n < 0)
			e = errno;
		else
			off += n;
	}
	if (fd >= 0 && close(fd) && !e)
		e = errno;
	if (e) {
		msg("cannot load the %s of '%s': %s (%s)", attr, iface,
		    strerror(e), hint(attr, e));
		return exit_for(e);
	}
	read_attr(iface, "table_error", why, sizeof(why));
	if (why[0]) {
		msg("kernel refused the %s of '%s': %s", attr, iface, why);
		return EXIT_KERNEL;
	}
	return 0;
}

static long stat_field(const char *iface, const char *field)
{
	char buf[512], *p;
	size_t flen = strlen(field);

	read_attr(iface, "stats", buf, sizeof(buf));
	for (p = strtok(buf, "\n"); p; p = strtok(NULL, "\n"))
		if (!strncmp(p, field, flen) && p[flen] == ':')
			return atol(p + flen + 1);
	return -1;
}

static void json_str(const char *s)
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

/* ---- commands ---- */

struct opts {
	const char *table, *nr_reg, *magic, *offset, *mask, *out, *unmapped;
	const char *method, *ret, *errno_map, *platform;
	bool check;
};

/* Parse --table/--nr-reg/... from argv[from..]; returns positional count. */
static int parse_opts(int argc, char **argv, const char *cmd,
		      struct opts *o, char **pos, int maxpos)
{
	int i, n = 0;

	for (i = 0; i < argc; i++) {
		const char **slot = NULL;

		if (!strcmp(argv[i], "--table"))
			slot = &o->table;
		else if (!strcmp(argv[i], "--nr-reg"))
			slot = &o->nr_reg;
		else if (!strcmp(argv[i], "--magic"))
			slot = &o->magic;
		else if (!strcmp(argv[i], "--offset"))
			slot = &o->offset;
		else if (!strcmp(argv[i], "--mask"))
			slot = &o->mask;
		else if (!strcmp(argv[i], "--unmapped"))
			slot = &o->unmapped;
		else if (!strcmp(argv[i], "--method"))
			slot = &o->method;
		else if (!strcmp(argv[i], "--ret"))
			slot = &o->ret;
		else if (!strcmp(argv[i], "--errno"))
			slot = &o->errno_map;
		else if (!strcmp(argv[i], "--platform"))
			slot = &o->platform;
		else if (!strcmp(argv[i], "-o"))
			slot = &o->out;
		else if (!strcmp(argv[i], "--check"))
			o->check = true;
		else if (argv[i][0] == '-' && argv[i][1])
			return msg("%s: unknown option '%s'", cmd, argv[i]), -1;
		else if (n == maxpos)
			return msg("%s: unexpected '%s'", cmd, argv[i]), -1;
		else
			pos[n++] = argv[i];
		if (slot) {
			if (++i == argc)
				return msg("%s: %s needs a value", cmd, argv[i - 1]), -1;
			*slot = argv[i];
		}
	}
	return n;
}

static int cat_attr(const char *iface, const char *attr);

/* One word from a short list, or a message naming the choices. */
static bool check_word(const char *opt, const char *val, const char *a,
		       const char *b, const char *c)
{
	if (!val || !strcmp(val, a) || !strcmp(val, b) || (c && !strcmp(val, c)))
		return true;
	if (c)
		msg("%s: unknown value '%s' (%s, %s or %s)", opt, val, a, b, c);
	else
		msg("%s: unknown value '%s' (%s or %s)", opt, val, a, b);
	return false;
}

/*
 * Check the settings create and set take; read the table and errno map
 * files into *table and *emap.  Returns 0 or EXIT_USAGE.
 */
static int check_settings(const struct opts *o, char **table, char **emap)
{
	if (o->nr_reg && !valid_reg(o->nr_reg))
		return EXIT_USAGE;
	if (!check_word("--unmapped", o->unmapped, "enosys", "sigsys", "kill") ||
	    !check_word("--method", o->method, "syscall", "int80", NULL) ||
	    !check_word("--ret", o->ret, "linux", "carry", NULL))
		return EXIT_USAGE;
	if (o->table && check_table(o->table, false, table))
		return EXIT_USAGE;
	if (o->errno_map && check_errno_map(o->errno_map, emap))
		return EXIT_USAGE;
	return 0;
}

/* Write the settings create and set take, in order; stop at a refusal. */
static int write_settings(const char *name, const struct opts *o,
			  const char *table, const char *emap)
{
	int r = 0;

	if ((o->nr_reg && (r = write_attr(name, "nr_reg", o->nr_reg))) ||
	    (o->unmapped && (r = write_attr(name, "unmapped", o->unmapped))) ||
	    (o->method && (r = write_attr(name, "method", o->method))) ||
	    (o->ret && (r = write_attr(name, "ret", o->ret))) ||
	    (o->platform && (r = write_attr(name, "platform", o->platform))) ||
	    (table && (r = write_text(name, "table", table))) ||
	    (emap && (r = write_text(name, "errno", emap))))
		return r;
	return 0;
}

static int cmd_create(int argc, char **argv)
{
	unsigned char magic[SIG_MAX], mask[SIG_MAX];
	struct opts o = { 0 };
	char *pos[1], *text = NULL, *emap = NULL, p[PATH_MAX];
	unsigned long off = 0;
	int n, mlen = 0, r;

	n = parse_opts(argc, argv, "create", &o, pos, 1);
	if (n != 1 || o.out || o.check)
		return cmd_usage("create", true);
	if (!valid_name(pos[0]))
		return EXIT_USAGE;
	if (o.magic && (mlen = check_bytes("magic", o.magic, magic)) <= 0)
		return EXIT_USAGE;
	if (o.offset) {
		r = parse_nr(o.offset, SIG_MAX - 1, &off);
		if (r)
			return msg("offset '%s': %s", o.offset, r == EINVAL ?
				   "not a number" : "past byte 127"), EXIT_USAGE;
	}
	if (off + mlen > SIG_MAX)
		return msg("offset %lu + magic length %d is past byte %d",
			   off, mlen, SIG_MAX), EXIT_USAGE;
	if (o.mask) {
		if (!o.magic)
			return msg("--mask needs --magic"), EXIT_USAGE;
		if (check_bytes("mask", o.mask, mask) != mlen)
			return msg("mask must be as long as the magic (%d bytes)",
				   mlen), EXIT_USAGE;
	}
	r = check_settings(&o, &text, &emap);
	if (r)
		goto out;

	r = need_subsystem();
	if (r)
		goto out;
	attr_path(p, pos[0], NULL);
	if (mkdir(p, 0755)) {
		int e = errno;

		msg("cannot create interface '%s': %s%s", pos[0], strerror(e),
		    e == ENOSPC ? " (at most 1024 interfaces)" : "");
		r = exit_for(e);
		goto out;
	}
	if ((r = write_settings(pos[0], &o, text, emap)) ||
	    (o.magic && (r = write_attr(pos[0], "magic", o.magic))) ||
	    (o.offset && (r = write_attr(pos[0], "offset", o.offset))) ||
	    (o.mask && (r = write_attr(pos[0], "mask", o.mask)))) {
		if (rmdir(p) && errno == ENOTEMPTY) {
			/* A plain directory (--root): remove what we wrote. */
			static const char *const files[] = {
				"nr_reg", "magic", "offset", "mask", "unmapped",
				"method", "ret", "platform", "table", "errno",
			};
			char f[PATH_MAX];
			size_t i;

			for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
				attr_path(f, pos[0], files[i]);
				unlink(f);
			}
			rmdir(p);
		}
		msg("interface '%s' not created", pos[0]);
	}
out:
	free(text);
	free(emap);
	return r;
}

/*
 * Change settings of an existing interface.  The kernel applies each one
 * whole; if it refuses one, those already written are put back as they
 * were, so that a refused set changes nothing.
 */
static int cmd_set(int argc, char **argv)
{
	struct opts o = { 0 }, old = { 0 };
	char *pos[1], *text = NULL, *emap = NULL;
	char reg[8], unmapped[16], method[16], ret[16], platform[40];
	int n, r;

	n = parse_opts(argc, argv, "set", &o, pos, 1);
	if (n != 1 || o.out || o.check || o.magic || o.offset || o.mask ||
	    o.table || !(o.nr_reg || o.unmapped || o.method || o.ret ||
			 o.platform || o.errno_map))
		return cmd_usage("set", true);
	r = check_settings(&o, &text, &emap);
	if (!r)
		r = need_iface(pos[0]);
	if (r)
		goto out;
	read_attr(pos[0], "nr_reg", reg, sizeof(reg));
	read_attr(pos[0], "unmapped", unmapped, sizeof(unmapped));
	read_attr(pos[0], "method", method, sizeof(method));
	read_attr(pos[0], "ret", ret, sizeof(ret));
	read_attr(pos[0], "platform", platform, sizeof(platform));
	r = write_settings(pos[0], &o, text, emap);
	if (r) {
		old.nr_reg = o.nr_reg ? reg : NULL;
		old.unmapped = o.unmapped ? unmapped : NULL;
		old.method = o.method ? method : NULL;
		old.ret = o.ret ? ret : NULL;
		/* An empty platform is written as a newline: none. */
		old.platform = o.platform ? platform : NULL;
		if (write_settings(pos[0], &old, NULL, NULL))
			msg("'%s': could not put the old settings back", pos[0]);
		else
			msg("'%s' unchanged", pos[0]);
	}
out:
	free(text);
	free(emap);
	return r;
}

static int cmd_bind(int argc, char **argv, bool bind)
{
	int r;

	if (argc != (bind ? 2 : 1))
		return cmd_usage(bind ? "bind" : "unbind", true);
	if (bind && strcmp(argv[1], "juha") && strcmp(argv[1], "elf")) {
		msg("unknown handler '%s' (juha or elf)", argv[1]);
		return EXIT_USAGE;
	}
	r = need_iface(argv[0]);
	if (r)
		return r;
	if (bind) {
		char magic[4 * SIG_MAX + 2];

		read_attr(argv[0], "magic", magic, sizeof(magic));
		if (!magic[0]) {
			msg("'%s' has no magic yet: set one with create --magic", argv[0]);
			return EXIT_USAGE;
		}
	}
	return write_attr(argv[0], "binfmt", bind ? argv[1] : "");
}

static int cat_attr(const char *iface, const char *attr)
{
	char p[PATH_MAX], buf[65536];
	ssize_t n;
	int fd;

	attr_path(p, iface, attr);
	fd = open(p, O_RDONLY);
	if (fd < 0) {
		msg("%s: %s", p, strerror(errno));
		return exit_for(errno);
	}
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		fwrite(buf, 1, n, stdout);
	close(fd);
	return 0;
}

/*
 * table|errno NAME show, or table|errno NAME load FILE: the file is
 * checked here first, so that most mistakes are named with their line.
 */
static int cmd_file(int argc, char **argv, const char *attr)
{
	bool table = !strcmp(attr, "table");
	char *text;
	int r;

	if (argc == 2 && !strcmp(argv[1], "show")) {
		r = need_iface(argv[0]);
		return r ? r : cat_attr(argv[0], attr);
	}
	if (argc != 3 || strcmp(argv[1], "load"))
		return cmd_usage(attr, true);
	if (!valid_name(argv[0]))
		return EXIT_USAGE;
	if (table ? check_table(argv[2], !strcmp(argv[0], "linux"), &text) :
		    check_errno_map(argv[2], &text)) {
		free(text);
		return EXIT_USAGE;
	}
	r = need_iface(argv[0]);
	if (!r)
		r = write_text(argv[0], attr, text);
	free(text);
	return r;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static int only_dirs(const struct dirent *d)
{
	return d->d_name[0] != '.';
}

static int cmd_list(int argc, char **argv)
{
	struct dirent **names;
	char binfmt[16], reg[8];
	int i, n, r;

	(void)argv;
	if (argc)
		return cmd_usage("list", true);
	r = need_subsystem();
	if (r)
		return r;
	n = scandir(cfg_dir, &names, only_dirs, by_name);
	if (n < 0) {
		msg("%s: %s", cfg_dir, strerror(errno));
		return exit_for(errno);
	}
	if (json)
		printf("[");
	else
		printf("%-32s %-7s %-6s %s\n", "NAME", "BINFMT", "NR_REG", "TASKS");
	for (i = 0; i < n; i++) {
		const char *name = names[i]->d_name;
		long tasks = stat_field(name, "tasks");

		read_attr(name, "binfmt", binfmt, sizeof(binfmt));
		read_attr(name, "nr_reg", reg, sizeof(reg));
		if (json) {
			printf("%s{\"name\":", i ? "," : "");
			json_str(name);
			printf(",\"binfmt\":");
			json_str(binfmt);
			printf(",\"nr_reg\":");
			json_str(reg);
			if (tasks < 0)
				printf(",\"tasks\":null}");
			else
				printf(",\"tasks\":%ld}", tasks);
		} else {
			printf("%-32s %-7s %-6s ", name,
			       binfmt[0] ? binfmt : "-", reg[0] ? reg : "-");
			if (tasks < 0)
				printf("-\n");
			else
				printf("%ld\n", tasks);
		}
		free(names[i]);
	}
	if (json)
		printf("]\n");
	free(names);
	return 0;
}

/* Lines of a table or errno map: its entries. */
static long count_lines(const char *iface, const char *attr)
{
	char p[PATH_MAX], *line = NULL;
	size_t cap = 0;
	long n = 0;
	FILE *f;

	attr_path(p, iface, attr);
	f = fopen(p, "r");
	if (!f)
		return 0;
	while (getline(&line, &cap, f) > 0)
		n++;
	free(line);
	fclose(f);
	return n;
}

static int show_pid(const char *pid);

static int cmd_show(int argc, char **argv)
{
	static const char *const attrs[] = {
		"binfmt", "nr_reg", "unmapped", "method", "ret", "platform",
		"magic", "offset", "mask", "table_error",
	};
	static const char *const counters[] = {
		"tasks", "execs", "syscalls", "unmapped",
	};
	char val[4 * SIG_MAX + 2];
	long entries, errnos;
	size_t i;
	int r;

	if (argc == 2 && !strcmp(argv[0], "--pid"))
		return show_pid(argv[1]);
	if (argc != 1)
		return cmd_usage("show", true);
	r = need_iface(argv[0]);
	if (r)
		return r;
	entries = count_lines(argv[0], "table");
	errnos = count_lines(argv[0], "errno");
	if (json) {
		printf("{\"name\":");
		json_str(argv[0]);
	} else {
		printf("%-12s %s\n", "name", argv[0]);
	}
	for (i = 0; i < sizeof(attrs) / sizeof(attrs[0]); i++) {
		read_attr(argv[0], attrs[i], val, sizeof(val));
		if (json) {
			printf(",\"%s\":", attrs[i]);
			if (!strcmp(attrs[i], "offset"))
				printf("%ld", atol(val));
			else
				json_str(val);
		} else {
			printf("%-12s %s\n", attrs[i], val[0] ? val : "-");
		}
	}
	if (json)
		printf(",\"entries\":%ld,\"errno_entries\":%ld,\"stats\":{",
		       entries, errnos);
	else
		printf("%-12s %ld\n%-12s %ld\n", "entries", entries,
		       "errno", errnos);
	for (i = 0; i < sizeof(counters) / sizeof(counters[0]); i++) {
		long v = stat_field(argv[0], counters[i]);
		/* "unmapped" is the policy above; the counter is the calls. */
		const char *label = strcmp(counters[i], "unmapped") ?
				    counters[i] : "unmapped_calls";

		if (json && v < 0)
			printf("%s\"%s\":null", i ? "," : "", counters[i]);
		else if (json)
			printf("%s\"%s\":%ld", i ? "," : "", counters[i], v);
		else if (v < 0)
			printf("%-12s -\n", label);
		else
			printf("%-12s %ld\n", label, v);
	}
	if (json)
		printf("}}\n");
	return 0;
}

/* One line of the stats file: name binfmt tasks execs syscalls unmapped. */
struct row {
	char name[64], binfmt[16], f[4][24];
};

static void print_row(const struct row *r, bool first)
{
	static const char *const keys[] = {
		"tasks", "execs", "syscalls", "unmapped",
	};
	int i;

	if (!json) {
		printf("%-16s %-9s %6s %8s %12s %10s\n", r->name, r->binfmt,
		       r->f[0], r->f[1], r->f[2], r->f[3]);
		return;
	}
	printf("%s{\"name\":", first ? "" : ",");
	json_str(r->name);
	printf(",\"binfmt\":");
	if (strcmp(r->binfmt, "-"))
		json_str(r->binfmt);
	else
		printf("null");
	for (i = 0; i < 4; i++)
		printf(",\"%s\":%s", keys[i], strcmp(r->f[i], "-") ? r->f[i] : "null");
	printf("}");
}

/*
 * The row of an interface from its own configfs stats ("binfmt: juha",
 * "tasks: 3", ...): for those the sysfs summary had no room for.
 */
static void row_from_configfs(struct row *r, const char *name)
{
	static const char *const keys[] = {
		"tasks", "execs", "syscalls", "unmapped",
	};
	char buf[512], *p;
	int i;

	snprintf(r->name, sizeof(r->name), "%.63s", name);
	strcpy(r->binfmt, "-");
	for (i = 0; i < 4; i++)
		strcpy(r->f[i], "-");
	read_attr(name, "stats", buf, sizeof(buf));
	for (p = strtok(buf, "\n"); p; p = strtok(NULL, "\n")) {
		char *v = strchr(p, ':');

		if (!v)
			continue;
		*v++ = '\0';
		v += strspn(v, " ");
		if (!strcmp(p, "binfmt") && *v)
			snprintf(r->binfmt, sizeof(r->binfmt), "%.15s", v);
		for (i = 0; i < 4; i++)
			if (!strcmp(p, keys[i]))
				snprintf(r->f[i], sizeof(r->f[i]), "%.23s", v);
	}
}

static int cmd_stats(int argc, char **argv)
{
	char p[PATH_MAX], line[256];
	struct row r, total = { .name = "" };
	bool first = true, found = false, cut = false;
	struct dirent **names = NULL;
	char **seen = NULL;
	int i, j, n = 0, nseen = 0;
	FILE *f;

	if (argc > 1)
		return cmd_usage("stats", true);
	if (need_subsystem())
		return EXIT_SYSTEM;
	if (snprintf(p, sizeof(p), "%s/stats", sys_dir) >= (int)sizeof(p))
		return msg("path too long: %s", sys_dir), EXIT_USAGE;
	f = fopen(p, "r");
	if (!f) {
		msg("%s: %s", p, strerror(errno));
		return errno == ENOENT ? EXIT_SYSTEM : exit_for(errno);
	}
	if (json)
		printf("{\"interfaces\":[");
	else
		printf("%-16s %-9s %6s %8s %12s %10s\n", "interface", "binfmt",
		       "tasks", "execs", "syscalls", "unmapped");
	while (fgets(line, sizeof(line), f)) {
		/* "(N more interfaces; ...)": the page was full. */
		if (line[0] == '(') {
			cut = true;
			continue;
		}
		if (sscanf(line, "%63s %15s %23s %23s %23s %23s", r.name,
			   r.binfmt, r.f[0], r.f[1], r.f[2], r.f[3]) != 6 ||
		    !strcmp(r.name, "interface"))
			continue;
		if (!strcmp(r.name, "total")) {
			total = r;
			continue;
		}
		seen = realloc(seen, (nseen + 1) * sizeof(*seen));
		if (!seen || !(seen[nseen++] = strdup(r.name)))
			return msg("out of memory"), EXIT_SYSTEM;
		if (argc && strcmp(r.name, argv[0]))
			continue;
		print_row(&r, first);
		first = false;
		found = true;
	}
	fclose(f);
	/* The interfaces the summary had no room for, from configfs. */
	if (cut)
		n = scandir(cfg_dir, &names, only_dirs, by_name);
	for (i = 0; i < n; i++) {
		const char *name = names[i]->d_name;

		for (j = 0; j < nseen && strcmp(seen[j], name); j++)
			;
		if (j == nseen && (!argc || !strcmp(name, argv[0]))) {
			row_from_configfs(&r, name);
			print_row(&r, first);
			first = false;
			found = true;
		}
		free(names[i]);
	}
	free(names);
	for (j = 0; j < nseen; j++)
		free(seen[j]);
	free(seen);
	if (json) {
		printf("]");
		if (!argc && total.name[0]) {
			printf(",\"total\":");
			print_row(&total, true);
		}
		printf("}\n");
	} else if (!argc && total.name[0]) {
		print_row(&total, true);
	}
	if (argc && !found) {
		msg("no interface '%s' in %s", argv[0], p);
		return EXIT_KERNEL;
	}
	return 0;
}

static int cmd_delete(int argc, char **argv)
{
	char p[PATH_MAX];
	int r;

	if (argc != 1)
		return cmd_usage("delete", true);
	if (!strcmp(argv[0], "linux")) {
		msg("linux, the native interface, cannot be deleted");
		return EXIT_KERNEL;
	}
	r = need_iface(argv[0]);
	if (r)
		return r;
	attr_path(p, argv[0], NULL);
	if (rmdir(p)) {
		msg("cannot delete '%s': %s", argv[0], strerror(errno));
		return exit_for(errno);
	}
	return 0;
}

/* ---- brand ---- */

#define HDR 64

/* An x86-64 ELF64 little-endian file, whatever bytes 0-3 hold now. */
static bool elf64_x86(const unsigned char *h, size_t n)
{
	return n >= HDR && h[4] == 2 && h[5] == 1 && h[18] == 62 && h[19] == 0;
}

static void print_bytes(const unsigned char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (b[i] == '\\')
			printf("\\\\");
		else if (isprint(b[i]) && b[i] != ' ')
			putchar(b[i]);
		else
			printf("\\x%02x", b[i]);
	}
}

/* Which bound interface would claim a file with header h (n bytes)? */
static int brand_check(const char *file)
{
	unsigned char h[SIG_MAX], magic[SIG_MAX], mask[SIG_MAX];
	char binfmt[16], m[4 * SIG_MAX + 2], k[4 * SIG_MAX + 2], o[16];
	struct dirent **names;
	bool is_elf, claimed = false;
	ssize_t n;
	int fd, i, cnt;

	fd = open(file, O_RDONLY);
	if (fd < 0) {
		msg("%s: %s", file, strerror(errno));
		return EXIT_USAGE;
	}
	n = read(fd, h, sizeof(h));
	close(fd);
	if (n < 0)
		n = 0;
	is_elf = n >= 4 && !memcmp(h, "\x7f" "ELF", 4);
	printf("%s: first bytes ", file);
	print_bytes(h, n < 16 ? n : 16);
	printf("\n%s: %s\n", file, is_elf ? "ELF magic" :
	       elf64_x86(h, n) ? "x86-64 ELF with a foreign magic" : "not an x86-64 ELF");
	if (need_subsystem())
		return EXIT_SYSTEM;
	cnt = scandir(cfg_dir, &names, only_dirs, by_name);
	for (i = 0; i < cnt; i++) {
		const char *name = names[i]->d_name;
		unsigned long off;
		int len, j;

		read_attr(name, "binfmt", binfmt, sizeof(binfmt));
		read_attr(name, "magic", m, sizeof(m));
		read_attr(name, "mask", k, sizeof(k));
		read_attr(name, "offset", o, sizeof(o));
		len = parse_bytes(m, magic);
		if (!binfmt[0] || len <= 0 || parse_nr(o[0] ? o : "0", SIG_MAX, &off) ||
		    off + len > (size_t)n ||
		    (!strcmp(binfmt, "juha") && is_elf) ||
		    (!strcmp(binfmt, "elf") && !is_elf))
			goto next;
		if (k[0] && parse_bytes(k, mask) != len)
			goto next;
		for (j = 0; j < len; j++) {
			unsigned char c = h[off + j];

			if (k[0])
				c &= mask[j];
			if (c != magic[j])
				goto next;
		}
		printf("%s: claimed by '%s' (binfmt %s)\n", file, name, binfmt);
		claimed = true;
next:
		free(names[i]);
	}
	if (cnt >= 0)
		free(names);
	if (!claimed)
		printf("%s: claimed by no interface: runs native\n", file);
	return 0;
}

static int copy_file(const char *from, const char *to)
{
	char buf[65536];
	struct stat st;
	int in, out = -1, e = 0;
	ssize_t n;

	in = open(from, O_RDONLY);
	if (in < 0 || fstat(in, &st))
		e = errno;
	if (!e) {
		out = open(to, O_WRONLY | O_CREAT | O_TRUNC, st.st_mode & 07777);
		if (out < 0)
			e = errno;
	}
	while (!e && (n = read(in, buf, sizeof(buf))) != 0) {
		if (n < 0 || write(out, buf, n) != n)
			e = errno ? errno : EIO;
	}
	if (in >= 0)
		close(in);
	if (out >= 0 && close(out) && !e)
		e = errno;
	if (e)
		msg("cannot copy %s to %s: %s", from, to, strerror(e));
	return e ? EXIT_USAGE : 0;
}

static int cmd_brand(int argc, char **argv)
{
	unsigned char magic[SIG_MAX], h[HDR];
	struct opts o = { 0 };
	char *pos[1];
	const char *target;
	unsigned long off = 0;
	int fd, n, len;

	n = parse_opts(argc, argv, "brand", &o, pos, 1);
	if (n != 1)
		return cmd_usage("brand", true);
	if (o.check) {
		if (o.magic || o.offset || o.out || o.table || o.mask || o.nr_reg)
			return cmd_usage("brand", true);
		return brand_check(pos[0]);
	}
	if (!o.magic || o.table || o.mask || o.nr_reg)
		return cmd_usage("brand", true);
	len = check_bytes("magic", o.magic, magic);
	if (len <= 0)
		return EXIT_USAGE;
	if (o.offset && parse_nr(o.offset, SIG_MAX - 1, &off))
		return msg("offset '%s': a number from 0 to %d", o.offset,
			   SIG_MAX - 1), EXIT_USAGE;
	if (off + len > SIG_MAX)
		return msg("offset %lu + magic length %d is past byte %d", off,
			   len, SIG_MAX), EXIT_USAGE;

	fd = open(pos[0], O_RDONLY);
	if (fd < 0)
		return msg("%s: %s", pos[0], strerror(errno)), EXIT_USAGE;
	n = read(fd, h, sizeof(h));
	close(fd);
	if (n < 0 || !elf64_x86(h, n))
		return msg("%s: not an x86-64 ELF64 executable; not branded",
			   pos[0]), EXIT_USAGE;

	target = o.out ? o.out : pos[0];
	if (o.out && copy_file(pos[0], o.out))
		return EXIT_USAGE;
	fd = open(target, O_WRONLY);
	if (fd < 0 || pwrite(fd, magic, len, off) != len || close(fd))
		return msg("%s: %s", target, strerror(errno)), EXIT_USAGE;
	return 0;
}

/* The interface of task PID, from /proc/PID/status. */
static int show_pid(const char *pid)
{
	char p[PATH_MAX], line[256], *name = NULL;
	const char *root = cfg_dir;
	unsigned long n;
	FILE *f;

	if (parse_nr(pid, INT_MAX, &n))
		return msg("bad pid '%s'", pid), EXIT_USAGE;
	/* The root prefix is what precedes /sys/kernel/config/... */
	snprintf(p, sizeof(p), "%.*s/proc/%lu/status",
		 (int)(strlen(root) - strlen("/sys/kernel/config/syscall_iface")),
		 root, n);
	f = fopen(p, "r");
	if (!f)
		return msg("no process %lu: %s", n, strerror(errno)), EXIT_KERNEL;
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, "SyscallIface:", 13)) {
			name = line + 13;
			name += strspn(name, " \t");
			name[strcspn(name, "\n")] = 0;
			break;
		}
	fclose(f);
	if (!name)
		return msg("%s has no SyscallIface: line (kernel without syscall-iface)",
			   p), EXIT_SYSTEM;
	if (json) {
		printf("{\"pid\":%lu,\"interface\":", n);
		json_str(name);
		printf("}\n");
	} else {
		printf("%lu %s\n", n, name);
	}
	return 0;
}

/* run NAME -- PROG [ARGS]: choose NAME for the exec of PROG. */
static int cmd_run(int argc, char **argv)
{
	if (argc < 3 || strcmp(argv[1], "--"))
		return cmd_usage("run", true);
	if (!valid_name(argv[0]))
		return EXIT_USAGE;
	if (prctl(PR_SYSCALL_IFACE, PR_SYSCALL_IFACE_SET_EXEC, argv[0], 0, 0)) {
		int e = errno;

		if (e == ENOENT) {
			msg("run: no interface '%s'", argv[0]);
			return EXIT_KERNEL;
		}
		if (e == EPERM) {
			msg("run: '%s' is restricted: selecting it needs CAP_SYS_ADMIN",
			    argv[0]);
			return EXIT_SYSTEM;
		}
		if (e == EINVAL) {
			msg("run: not available: this kernel cannot select an interface (no PR_SYSCALL_IFACE)");
			return EXIT_SYSTEM;
		}
		msg("run: cannot select '%s': %s", argv[0], strerror(e));
		return EXIT_KERNEL;
	}
	execvp(argv[2], argv + 2);
	msg("run: cannot run %s: %s", argv[2], strerror(errno));
	return EXIT_USAGE;
}

/* ---- main ---- */

int main(int argc, char **argv)
{
	const char *root = getenv("IFACECTL_ROOT"), *cmd;
	int i, n = 0, end;
	char **args;

	/* The arguments less the global options: never more than argv. */
	args = calloc(argc + 1, sizeof(*args));
	if (!args) {
		msg("out of memory");
		return EXIT_SYSTEM;
	}
	/* Global options may come anywhere before "--". */
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--")) {
			for (; i < argc; i++)
				args[n++] = argv[i];
			break;
		} else if (!strcmp(argv[i], "--json")) {
			json = true;
		} else if (!strcmp(argv[i], "--root")) {
			if (++i == argc) {
				msg("--root needs a directory");
				return EXIT_USAGE;
			}
			root = argv[i];
		} else if (!strcmp(argv[i], "--version")) {
			printf("ifacectl %s\n", VERSION);
			return 0;
		} else {
			args[n++] = argv[i];
		}
	}
	args[n] = NULL;
	if (!root)
		root = "";
	snprintf(cfg_dir, sizeof(cfg_dir), "%s/sys/kernel/config/syscall_iface", root);
	snprintf(sys_dir, sizeof(sys_dir), "%s/sys/kernel/syscall_iface", root);

	if (!n || !strcmp(args[0], "--help") || !strcmp(args[0], "-h") ||
	    !strcmp(args[0], "help")) {
		usage(n ? stdout : stderr);
		return n ? EXIT_OK : EXIT_USAGE;
	}
	cmd = args[0];
	/* A --help after "--" is the program's (run NAME -- PROG --help). */
	for (end = 1; end < n && strcmp(args[end], "--"); end++)
		;
	for (i = 1; i < end; i++)
		if (!strcmp(args[i], "--help") || !strcmp(args[i], "-h"))
			return cmd_usage(cmd, false);
	if (json && strcmp(cmd, "list") && strcmp(cmd, "show") &&
	    strcmp(cmd, "stats")) {
		msg("--json goes with list, show and stats");
		return EXIT_USAGE;
	}

	if (!strcmp(cmd, "create"))
		return cmd_create(n - 1, args + 1);
	if (!strcmp(cmd, "bind"))
		return cmd_bind(n - 1, args + 1, true);
	if (!strcmp(cmd, "unbind"))
		return cmd_bind(n - 1, args + 1, false);
	if (!strcmp(cmd, "table"))
		return cmd_file(n - 1, args + 1, "table");
	if (!strcmp(cmd, "set"))
		return cmd_set(n - 1, args + 1);
	if (!strcmp(cmd, "errno"))
		return cmd_file(n - 1, args + 1, "errno");
	if (!strcmp(cmd, "list"))
		return cmd_list(n - 1, args + 1);
	if (!strcmp(cmd, "show"))
		return cmd_show(n - 1, args + 1);
	if (!strcmp(cmd, "stats"))
		return cmd_stats(n - 1, args + 1);
	if (!strcmp(cmd, "delete"))
		return cmd_delete(n - 1, args + 1);
	if (!strcmp(cmd, "brand"))
		return cmd_brand(n - 1, args + 1);
	if (!strcmp(cmd, "run"))
		return cmd_run(n - 1, args + 1);
	msg("unknown command '%s'; see ifacectl --help", cmd);
	return EXIT_USAGE;
}
