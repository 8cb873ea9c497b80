// SPDX-License-Identifier: GPL-2.0-only
/*
 * Platform files: interfaces described whole, in the family of binfmt.d
 * and nftables, and the commands that apply, diff and export them.
 *
 *   # comment
 *   interface NAME {
 *           nr_reg rbx
 *           magic JUHA
 *           binfmt juha
 *           table {
 *                   500 iface_info
 *                   314 write
 *           }
 *           errno /usr/share/syscall-iface/platforms/freebsd.errno
 *   }
 *
 * A key is the attribute's name and a setting left out is the kernel's
 * default, so a file says everything about its interfaces.  apply checks
 * every file first, then changes only what differs from the kernel, in
 * an order the kernel accepts, and undoes what it did if the kernel
 * refuses a step.  Interfaces no file names are left alone.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ifacectl.h"

/* What a platform file sets, in the order apply writes it. */
enum key {
	NR_REG, UNMAPPED, METHOD, RET, RESTRICTED, PLATFORM, TABLE, ERRNO_MAP,
	MAGIC, OFFSET, MASK, BINFMT, NR_KEYS
};

static const struct {
	const char *name;		/* the key and the attribute */
	const char *dflt;		/* a new interface's value */
} keys[NR_KEYS] = {
	[NR_REG] = { "nr_reg", "rax" },
	[UNMAPPED] = { "unmapped", "enosys" },
	[METHOD] = { "method", "syscall" },
	[RET] = { "ret", "linux" },
	[RESTRICTED] = { "restricted", "0" },
	[PLATFORM] = { "platform", "" },
	[TABLE] = { "table", "" },
	[ERRNO_MAP] = { "errno", "" },
	[MAGIC] = { "magic", "" },
	[OFFSET] = { "offset", "0" },
	[MASK] = { "mask", "" },
	[BINFMT] = { "binfmt", "" },
};

/* One interface, as a file describes it or as the kernel has it. */
struct conf {
	char *name;
	const char *file;
	unsigned int line;		/* of its "interface NAME {" */
	char *val[NR_KEYS];		/* NULL: the default */
};

struct confs {
	struct conf *c;
	int n;
};

static const char *value(const struct conf *c, int k)
{
	return c->val[k] ? c->val[k] : keys[k].dflt;
}

static char *xstrdup(const char *s)
{
	char *d = strdup(s);

	if (!d) {
		msg("out of memory");
		exit(EXIT_SYSTEM);
	}
	return d;
}

static void free_conf(struct conf *c)
{
	int k;

	free(c->name);
	for (k = 0; k < NR_KEYS; k++)
		free(c->val[k]);
}

static void free_confs(struct confs *cs)
{
	int i;

	for (i = 0; i < cs->n; i++)
		free_conf(&cs->c[i]);
	free(cs->c);
}

static int find_key(const char *name)
{
	int k;

	for (k = 0; k < NR_KEYS; k++)
		if (!strcmp(keys[k].name, name))
			return k;
	return -1;
}

/* A table or map file named in a platform file: relative to its directory. */
static int check_map_path(struct lines *l, int k, const char *path,
			  char **text)
{
	char *dir, full[PATH_MAX];
	int errors;

	if (path[0] == '/' || !strcmp(l->file, "-")) {
		snprintf(full, sizeof(full), "%s", path);
	} else {
		/* the file's own directory, a symbolic link followed */
		dir = realpath(l->file, NULL);
		snprintf(full, sizeof(full), "%s/%s",
			 dir ? dirname(dir) : ".", path);
		free(dir);
	}
	errors = k == TABLE ? check_table(full, false, text) :
			      check_errno_map(full, text);
	if (errors)
		lines_error(l, "%s: %d problem%s", full, errors,
			    errors > 1 ? "s" : "");
	return errors;
}

/* The signature and binding of @c, at its closing brace. */
static void check_whole(struct lines *l, const struct conf *c)
{
	unsigned char magic[SIG_MAX], mask[SIG_MAX];
	int mlen = parse_bytes(value(c, MAGIC), magic);
	unsigned long off = 0;

	parse_nr(value(c, OFFSET), SIG_MAX - 1, &off);
	if (!c->val[MAGIC] && (c->val[MASK] || c->val[OFFSET] || c->val[BINFMT]))
		lines_error(l, "%s: mask, offset and binfmt need a magic",
			    c->name);
	else if (off + mlen > SIG_MAX)
		lines_error(l, "%s: offset %lu + magic length %d is past byte %d",
			    c->name, off, mlen, SIG_MAX);
	else if (c->val[MASK] && parse_bytes(c->val[MASK], mask) != mlen)
		lines_error(l, "%s: mask must be as long as the magic (%d bytes)",
			    c->name, mlen);
}

static struct conf *find_conf(struct confs *cs, const char *name)
{
	int i;

	for (i = 0; i < cs->n; i++)
		if (!strcmp(cs->c[i].name, name))
			return &cs->c[i];
	return NULL;
}

/* Whether "interface @name {" may begin an interface; if not, why. */
static bool good_header(struct lines *l, struct confs *cs, const char *name)
{
	struct conf *other = find_conf(cs, name);

	if (!strcmp(name, "linux"))
		lines_error(l, "linux, the native interface, is not set up by platform files");
	else if (other)
		lines_error(l, "interface '%s' is also at %s:%u", name,
			    other->file, other->line);
	else if (strlen(name) > NAME_MAX_LEN || strchr(name, '/') ||
		 !strcmp(name, ".") || !strcmp(name, ".."))
		lines_error(l, "bad interface name '%s' (1 to %d characters, no '/')",
			    name, NAME_MAX_LEN);
	else
		return true;
	return false;
}

static struct conf *new_conf(struct confs *cs, const char *name,
			     const char *file, unsigned int line)
{
	struct conf *c;

	cs->c = realloc(cs->c, (cs->n + 1) * sizeof(*cs->c));
	if (!cs->c) {
		msg("out of memory");
		exit(EXIT_SYSTEM);
	}
	c = &cs->c[cs->n++];
	memset(c, 0, sizeof(*c));
	c->name = xstrdup(name);
	c->file = file;
	c->line = line;
	return c;
}

/* One key line of an interface (not "}"). */
static void parse_key(struct lines *l, struct conf *c, char **tok, int n,
		      struct map_check *m, int *block)
{
	char why[200];
	const char *bad;
	int k = find_key(tok[0]);

	if (k < 0) {
		lines_error(l, "unknown key '%s' (nr_reg, unmapped, method, ret, restricted, platform, table, errno, magic, offset, mask, binfmt)",
			    tok[0]);
		return;
	}
	if (c->val[k]) {
		lines_error(l, "%s: %s given twice", c->name, tok[0]);
		return;
	}
	if (n != 2) {
		lines_error(l, n < 2 ? "%s needs a value" : "%s takes one value",
			    tok[0]);
		return;
	}
	if (k == TABLE || k == ERRNO_MAP) {
		if (!strcmp(tok[1], "{")) {
			map_check_init(m, k == ERRNO_MAP, false);
			*block = k;
		} else if (check_map_path(l, k, tok[1], &c->val[k])) {
			free(c->val[k]);
			c->val[k] = NULL;
		}
		return;
	}
	bad = bad_value(keys[k].name, tok[1], why, sizeof(why));
	if (bad)
		lines_error(l, "%s", bad);
	else
		c->val[k] = xstrdup(tok[1]);
}

/* Parse one platform file into @cs; the number of problems. */
static int parse_file(const char *file, struct confs *cs)
{
	struct conf *c = NULL;
	int n, block = -1, skip = 0;
	struct map_check m;
	struct lines l;
	char *tok[4];

	if (!lines_open(&l, file))
		return 1;
	while ((n = lines_next(&l, tok, 4)) >= 0) {
		bool close = n == 1 && !strcmp(tok[0], "}");

		if (skip) {
			/* the body of a refused interface: its braces only */
			skip += n && !strcmp(tok[n - 1], "{");
			skip -= close;
		} else if (block >= 0 && close) {
			c->val[block] = map_check_done(&m);
			block = -1;
		} else if (block >= 0) {
			map_check_line(&m, &l, tok, n);
		} else if (!n) {
			continue;
		} else if (c && close) {
			check_whole(&l, c);
			c = NULL;
		} else if (c) {
			parse_key(&l, c, tok, n, &m, &block);
		} else if (n != 3 || strcmp(tok[0], "interface") ||
			   strcmp(tok[2], "{")) {
			lines_error(&l, "expected 'interface NAME {'");
		} else if (good_header(&l, cs, tok[1])) {
			c = new_conf(cs, tok[1], file, l.lineno);
		} else {
			skip = 1;
		}
	}
	if (block >= 0)
		free(map_check_done(&m));
	if (c || block >= 0)
		lines_error(&l, "missing '}' of interface '%s' (line %u)",
			    c->name, c->line);
	return lines_close(&l);
}

static int only_conf(const struct dirent *d)
{
	size_t n = strlen(d->d_name);

	return d->d_name[0] != '.' && n > 5 && !strcmp(d->d_name + n - 5, ".conf");
}

/* FILE, DIR (its *.conf, by name) or "-": every problem reported. */
static int parse_paths(int n, char **paths, struct confs *cs, char ***owned,
		       int *nowned)
{
	struct dirent **d;
	struct stat st;
	int i, j, cnt, errors = 0;

	for (i = 0; i < n; i++) {
		if (strcmp(paths[i], "-") && !stat(paths[i], &st) &&
		    S_ISDIR(st.st_mode)) {
			cnt = scandir(paths[i], &d, only_conf, alphasort);
			if (cnt < 0) {
				msg("%s: %s", paths[i], strerror(errno));
				errors++;
				continue;
			}
			for (j = 0; j < cnt; j++) {
				char *p;

				if (asprintf(&p, "%s/%s", paths[i], d[j]->d_name) < 0) {
					msg("out of memory");
					exit(EXIT_SYSTEM);
				}
				*owned = realloc(*owned, (*nowned + 1) * sizeof(**owned));
				if (!*owned) {
					msg("out of memory");
					exit(EXIT_SYSTEM);
				}
				(*owned)[(*nowned)++] = p;
				errors += parse_file(p, cs);
				free(d[j]);
			}
			free(d);
		} else {
			errors += parse_file(paths[i], cs);
		}
	}
	return errors;
}

/* ---- what the kernel has ---- */

static bool iface_exists(const char *name)
{
	char p[PATH_MAX];
	struct stat st;

	attr_path(p, name, NULL);
	return !stat(p, &st) && S_ISDIR(st.st_mode);
}

/* The kernel's interface @name as a conf (every value set). */
static void read_conf(const char *name, struct conf *c)
{
	char buf[4 * SIG_MAX + 2];
	int k;

	memset(c, 0, sizeof(*c));
	c->name = xstrdup(name);
	for (k = 0; k < NR_KEYS; k++) {
		if (k == TABLE || k == ERRNO_MAP) {
			c->val[k] = read_all(name, keys[k].name);
			continue;
		}
		read_attr(name, keys[k].name, buf, sizeof(buf));
		c->val[k] = xstrdup(buf);
	}
}

/* A new interface, as the kernel makes it. */
static void default_conf(const char *name, struct conf *c)
{
	memset(c, 0, sizeof(*c));
	c->name = xstrdup(name);
}

static int by_number(const void *a, const void *b)
{
	unsigned long x = strtoul(*(char *const *)a, NULL, 10);
	unsigned long y = strtoul(*(char *const *)b, NULL, 10);

	return x < y ? -1 : x > y;
}

/*
 * A table or errno map in one form, to compare what a file says with what
 * the kernel shows: a "NUMBER TARGET" line for each entry, by number,
 * comments and "service:" dropped, native numbers and errnos named as
 * the kernel names them.
 */
static char *canonical(const char *text, bool errno_map)
{
	char *copy = xstrdup(text), *line, *save = NULL, **v = NULL, *out = NULL;
	size_t len = 0;
	int n = 0, i;

	for (line = strtok_r(copy, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		char a[64], b[96], *entry;
		const char *name;
		unsigned long e;

		line[strcspn(line, "#")] = 0;
		if (sscanf(line, "%63s %95s", a, b) != 2)
			continue;
		if (errno_map && isupper((unsigned char)a[0]) &&
		    (e = errno_number(a)))
			snprintf(a, sizeof(a), "%lu", e);
		name = b;
		if (!errno_map && !strncmp(b, "service:", 8))
			name = b + 8;
		else if (!errno_map && isdigit((unsigned char)b[0]))
			name = native_name(strtoul(b, NULL, 10)) ?: b;
		if (asprintf(&entry, "%lu %s\n", strtoul(a, NULL, 0), name) < 0)
			entry = NULL;
		v = realloc(v, (n + 1) * sizeof(*v));
		if (!v || !entry) {
			msg("out of memory");
			exit(EXIT_SYSTEM);
		}
		v[n++] = entry;
	}
	qsort(v, n, sizeof(*v), by_number);
	text_append(&out, &len, "");
	for (i = 0; i < n; i++) {
		text_append(&out, &len, v[i]);
		free(v[i]);
	}
	free(v);
	free(copy);
	return out;
}

/* Whether key @k of @want differs from @have. */
static bool differs(const struct conf *want, const struct conf *have, int k)
{
	unsigned char a[SIG_MAX], b[SIG_MAX];
	char *x, *y;
	bool d;
	int n;

	if (k == TABLE || k == ERRNO_MAP) {
		x = canonical(value(want, k), k == ERRNO_MAP);
		y = canonical(value(have, k), k == ERRNO_MAP);
		d = strcmp(x, y);
		free(x);
		free(y);
		return d;
	}
	if (k == MAGIC || k == MASK) {
		n = parse_bytes(value(want, k), a);
		return n != parse_bytes(value(have, k), b) ||
		       (n > 0 && memcmp(a, b, n));
	}
	return strcmp(value(want, k), value(have, k));
}

/* ---- changes ---- */

/* One write apply made, and how to undo it. */
struct undo {
	const char *iface;
	int key;			/* -1: the interface was created */
	char *old;
};

struct plan {
	struct undo *u;
	int n;
	int changed;			/* interfaces that differed */
	bool dry_run;
};

/* Record one undo step. */
static void remember(struct plan *p, const char *iface, int key, char *old)
{
	p->u = realloc(p->u, (p->n + 1) * sizeof(*p->u));
	if (!p->u) {
		msg("out of memory");
		exit(EXIT_SYSTEM);
	}
	p->u[p->n++] = (struct undo){ iface, key, old };
}

/* Create @name; *have becomes what the kernel made. */
static int create(struct plan *p, const char *name, struct conf *have)
{
	char path[PATH_MAX];

	attr_path(path, name, NULL);
	if (mkdir(path, 0755)) {
		msg("cannot create interface '%s': %s", name, strerror(errno));
		return exit_for(errno);
	}
	remember(p, name, -1, NULL);
	free_conf(have);
	read_conf(name, have);
	return 0;
}

/* A value as the kernel takes it back: an errno map with numbers. */
static char *writable(const struct conf *c, int k)
{
	if (k == ERRNO_MAP)
		return canonical(value(c, k), true);
	return xstrdup(value(c, k));
}

/* Write key @k of @want, remembering @have's value to undo it. */
static int set_key(struct plan *p, const struct conf *want,
		   const struct conf *have, int k, const char *val)
{
	int r;

	if (k == TABLE || k == ERRNO_MAP)
		r = write_text(want->name, keys[k].name, val);
	else
		r = write_attr(want->name, keys[k].name, val);
	if (r)
		return r;
	remember(p, want->name, k, writable(have, k));
	return 0;
}

/*
 * Make interface @have into @want, in an order the kernel takes: unbind
 * before the signature changes, clear a mask before the magic changes
 * length, bind last.  A table may name only its platform's services:
 * when the platform changes, the old table goes first.
 */
static int change(struct plan *p, const struct conf *want, struct conf *have)
{
	bool sig = differs(want, have, MAGIC) || differs(want, have, OFFSET) ||
		   differs(want, have, MASK);
	bool rebind = *value(have, BINFMT) && (sig || differs(want, have, BINFMT));
	char *v;
	int k, r = 0;

	if (*value(have, MAGIC) && !*value(want, MAGIC)) {
		msg("%s:%u: %s: the kernel cannot remove a magic; delete the interface first",
		    want->file, want->line, want->name);
		return EXIT_USAGE;
	}
	if (rebind)
		r = set_key(p, want, have, BINFMT, "");
	if (!r && differs(want, have, PLATFORM) && *value(have, TABLE)) {
		r = set_key(p, want, have, TABLE, "");
		free(have->val[TABLE]);
		have->val[TABLE] = NULL;
	}
	for (k = 0; k < MAGIC && !r; k++) {
		if (!differs(want, have, k))
			continue;
		v = writable(want, k);
		r = set_key(p, want, have, k, v);
		free(v);
	}
	if (!r && sig && *value(have, MASK))
		r = set_key(p, want, have, MASK, "");
	if (!r && sig && differs(want, have, MAGIC))
		r = set_key(p, want, have, MAGIC, value(want, MAGIC));
	if (!r && sig && differs(want, have, OFFSET))
		r = set_key(p, want, have, OFFSET, value(want, OFFSET));
	if (!r && sig && *value(want, MASK))
		r = set_key(p, want, have, MASK, value(want, MASK));
	if (!r && *value(want, BINFMT) && (rebind || differs(want, have, BINFMT)))
		r = set_key(p, want, have, BINFMT, value(want, BINFMT));
	return r;
}

/* Put back what @p did, last first. */
static void undo(struct plan *p)
{
	int i;

	for (i = p->n - 1; i >= 0; i--) {
		struct undo *u = &p->u[i];

		if (u->key < 0)
			remove_iface(u->iface);
		else if (u->key == TABLE || u->key == ERRNO_MAP)
			write_text(u->iface, keys[u->key].name, u->old);
		else
			write_attr(u->iface, keys[u->key].name, u->old);
	}
}

static void free_plan(struct plan *p)
{
	int i;

	for (i = 0; i < p->n; i++)
		free(p->u[i].old);
	free(p->u);
}

/* The keys of @want that differ from @have: "nr_reg, table". */
static void list_changes(const struct conf *want, const struct conf *have,
			 char *buf, size_t size)
{
	size_t len = 0;
	int k;

	buf[0] = 0;
	for (k = 0; k < NR_KEYS && len < size; k++)
		if (differs(want, have, k))
			len += snprintf(buf + len, size - len, "%s%s",
					len ? ", " : "", keys[k].name);
}

/* ---- apply, diff, export ---- */

static int read_files(int argc, char **argv, struct confs *cs, char ***owned,
		      int *nowned)
{
	if (argc - optind < 1)
		return cmd_usage(argv[0], true);
	if (parse_paths(argc - optind, argv + optind, cs, owned, nowned))
		return EXIT_USAGE;
	return 0;
}

/*
 * Make interface @want as its file says, or (dry run) only say what that
 * would change; the line for it goes into @report.
 */
static int apply_one(struct plan *p, const struct conf *want, char **report,
		     size_t *len)
{
	bool exists = iface_exists(want->name);
	char what[200], line[300];
	struct conf have;
	int r = 0;

	if (exists)
		read_conf(want->name, &have);
	else
		default_conf(want->name, &have);
	list_changes(want, &have, what, sizeof(what));
	if (exists && !what[0])
		snprintf(line, sizeof(line), "%s: unchanged\n", want->name);
	else if (p->dry_run)
		snprintf(line, sizeof(line), "%s: would %s %s\n", want->name,
			 exists ? "change" : "create, with", what);
	else
		snprintf(line, sizeof(line), "%s: %s %s\n", want->name,
			 exists ? "changed" : "created, with", what);
	if (what[0] && !p->dry_run) {
		if (!exists)
			r = create(p, want->name, &have);
		if (!r)
			r = change(p, want, &have);
	}
	if (what[0])
		p->changed++;
	text_append(report, len, line);
	free_conf(&have);
	return r;
}

/*
 * apply [--dry-run] FILE|DIR|-...: every file checked first, then each
 * interface made as it says; if the kernel refuses a step, every change
 * this apply made is undone, and the report says only that.
 */
int cmd_apply(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "dry-run", no_argument, NULL, 'n' },
		HELP_OPTION,
		{ NULL, 0, NULL, 0 }
	};
	struct confs cs = { 0 };
	struct plan p = { 0 };
	char **owned = NULL, *report = NULL;
	int c, i, r = EXIT_USAGE, nowned = 0;
	size_t len = 0;

	while ((c = cmd_getopt(argc, argv, ":hn", lo, &r)) != -1) {
		if (c != 'n')
			return r;
		p.dry_run = true;
	}
	r = read_files(argc, argv, &cs, &owned, &nowned);
	if (!r)
		r = need_subsystem();
	for (i = 0; i < cs.n && !r; i++) {
		r = apply_one(&p, &cs.c[i], &report, &len);
		if (r)
			msg("%s:%u: interface '%s' refused; this apply changed nothing",
			    cs.c[i].file, cs.c[i].line, cs.c[i].name);
	}
	if (r) {
		undo(&p);
	} else {
		if (report)
			fputs(report, stdout);
		if (!p.changed)
			printf("nothing to change\n");
	}
	free(report);
	free_plan(&p);
	free_confs(&cs);
	free_names(owned, nowned);
	return r;
}

/* Print the lines of canonical map @a that @b lacks, marked @sign. */
static void map_lines_missing(const char *name, const char *key,
			      const char *a, const char *b, char sign)
{
	char *copy = xstrdup(a), *line, *save = NULL;

	for (line = strtok_r(copy, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		char *found = strstr(b, line);
		size_t n = strlen(line);

		/* a whole line of b */
		while (found && ((found != b && found[-1] != '\n') ||
				 found[n] != '\n'))
			found = strstr(found + 1, line);
		if (!found)
			printf("%s %s: %c %s\n", name, key, sign, line);
	}
	free(copy);
}

/* diff FILE...: what apply would change, a line a difference. */
int cmd_diff(int argc, char **argv)
{
	static const struct option lo[] = { HELP_OPTION, { NULL, 0, NULL, 0 } };
	struct confs cs = { 0 };
	char **owned = NULL;
	int c, i, k, r = EXIT_USAGE, nowned = 0, ndiff = 0;

	while ((c = cmd_getopt(argc, argv, ":h", lo, &r)) != -1)
		return r;
	r = read_files(argc, argv, &cs, &owned, &nowned);
	if (!r)
		r = need_subsystem();
	for (i = 0; i < cs.n && !r; i++) {
		struct conf *want = &cs.c[i], have;
		bool exists = iface_exists(want->name);

		if (exists) {
			read_conf(want->name, &have);
		} else {
			default_conf(want->name, &have);
			printf("%s: new interface\n", want->name);
			ndiff++;
		}
		for (k = 0; k < NR_KEYS; k++) {
			char *x, *y;

			if (!differs(want, &have, k))
				continue;
			ndiff++;
			if (k != TABLE && k != ERRNO_MAP) {
				printf("%s %s: '%s' -> '%s'\n", want->name,
				       keys[k].name, value(&have, k),
				       value(want, k));
				continue;
			}
			x = canonical(value(&have, k), k == ERRNO_MAP);
			y = canonical(value(want, k), k == ERRNO_MAP);
			map_lines_missing(want->name, keys[k].name, x, y, '-');
			map_lines_missing(want->name, keys[k].name, y, x, '+');
			free(x);
			free(y);
		}
		free_conf(&have);
	}
	if (!r && !ndiff)
		printf("no differences\n");
	free_confs(&cs);
	free_names(owned, nowned);
	return r;
}

/* A signature as a platform file token: no blanks, no '#'. */
static void put_bytes(const char *val)
{
	unsigned char b[SIG_MAX];
	int i, n = parse_bytes(val, b);

	for (i = 0; i < n; i++) {
		if (b[i] == '\\')
			fputs("\\\\", stdout);
		else if (isgraph(b[i]) && b[i] != '#')
			putchar(b[i]);
		else
			printf("\\x%02x", b[i]);
	}
}

/*
 * A table or map block: the kernel's lines, indented.  A table names
 * the services modules provide "service:NAME", so that the file applies
 * before the modules are loaded.
 */
static void put_block(int k, const char *text)
{
	char *copy = xstrdup(text), *line, *save = NULL;

	printf("\t%s {\n", keys[k].name);
	for (line = strtok_r(copy, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		char nr[32], target[96];

		line += strspn(line, " \t");
		if (k == TABLE && sscanf(line, "%31s %95s", nr, target) == 2 &&
		    !isdigit((unsigned char)target[0]) &&
		    strncmp(target, "service:", 8) && native_nr(target) < 0 &&
		    !is_builtin_service(target))
			printf("\t\t%s service:%s\n", nr, target);
		else if (*line)
			printf("\t\t%s\n", line);
	}
	printf("\t}\n");
	free(copy);
}

static void export_one(const char *name, bool first)
{
	struct conf c;
	int k;

	read_conf(name, &c);
	printf("%sinterface %s {\n", first ? "" : "\n", name);
	for (k = 0; k < NR_KEYS; k++) {
		const char *v = value(&c, k);

		if (k == TABLE || k == ERRNO_MAP) {
			if (k == TABLE || *v)
				put_block(k, v);
		} else if (k == MAGIC || k == MASK) {
			if (*v) {
				printf("\t%s ", keys[k].name);
				put_bytes(v);
				putchar('\n');
			}
		} else if (*v && (k != OFFSET || *value(&c, MAGIC))) {
			printf("\t%s %s\n", keys[k].name, v);
		}
	}
	printf("}\n");
	free_conf(&c);
}

/* export [NAME...]: the kernel's interfaces as a platform file. */
int cmd_export(int argc, char **argv)
{
	static const struct option lo[] = { HELP_OPTION, { NULL, 0, NULL, 0 } };
	char **names;
	int c, i, n, r = EXIT_USAGE;
	bool first = true;

	while ((c = cmd_getopt(argc, argv, ":h", lo, &r)) != -1)
		return r;
	r = need_subsystem();
	if (r)
		return r;
	for (i = optind; i < argc; i++) {
		if (!strcmp(argv[i], "linux")) {
			msg("export: linux, the native interface, is not set up by platform files");
			return EXIT_USAGE;
		}
		r = need_iface(argv[i]);
		if (r)
			return r;
	}
	printf("# syscall-iface platform file: ifacectl export; ifacectl apply FILE\n");
	for (i = optind; i < argc; i++) {
		export_one(argv[i], first);
		first = false;
	}
	if (optind < argc)
		return 0;
	n = list_ifaces(&names);
	for (i = 0; i < n; i++) {
		if (strcmp(names[i], "linux")) {
			export_one(names[i], first);
			first = false;
		}
	}
	free_names(names, n);
	return 0;
}
