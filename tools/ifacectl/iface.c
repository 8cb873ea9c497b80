// SPDX-License-Identifier: GPL-2.0-only
/*
 * The commands that change interfaces: create, set, bind, unbind, table,
 * errno and delete.  Each checks everything it was given before it
 * writes anything, and a refused step leaves the interface as it was.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ifacectl.h"

/*
 * The settings create and set take, in the order they are written: an
 * option each, named as its attribute (with "-" for "_").  The table and
 * the errno map are files, checked and then loaded whole.
 */
enum setting {
	NR_REG, UNMAPPED, METHOD, RET, RESTRICTED, PLATFORM, TABLE, ERRNO_MAP,
	MAGIC, OFFSET, MASK, NR_SETTINGS
};

#define OPT_SETTING	256	/* getopt_long()'s code for a setting S: 256 + S */
#define BIT(s)		(1u << (s))
#define SET_TAKES	(BIT(NR_REG) | BIT(UNMAPPED) | BIT(METHOD) | BIT(RET) | \
			 BIT(RESTRICTED) | BIT(PLATFORM) | BIT(ERRNO_MAP))
#define CREATE_TAKES	(BIT(NR_SETTINGS) - 1)

static const struct option setting_options[] = {
	[NR_REG] = { "nr-reg", required_argument, NULL, OPT_SETTING + NR_REG },
	[UNMAPPED] = { "unmapped", required_argument, NULL, OPT_SETTING + UNMAPPED },
	[METHOD] = { "method", required_argument, NULL, OPT_SETTING + METHOD },
	[RET] = { "ret", required_argument, NULL, OPT_SETTING + RET },
	[RESTRICTED] = { "restricted", required_argument, NULL, OPT_SETTING + RESTRICTED },
	[PLATFORM] = { "platform", required_argument, NULL, OPT_SETTING + PLATFORM },
	[TABLE] = { "table", required_argument, NULL, OPT_SETTING + TABLE },
	[ERRNO_MAP] = { "errno", required_argument, NULL, OPT_SETTING + ERRNO_MAP },
	[MAGIC] = { "magic", required_argument, NULL, OPT_SETTING + MAGIC },
	[OFFSET] = { "offset", required_argument, NULL, OPT_SETTING + OFFSET },
	[MASK] = { "mask", required_argument, NULL, OPT_SETTING + MASK },
	[NR_SETTINGS] = HELP_OPTION,
	{ NULL, 0, NULL, 0 }
};

/* The attribute of each setting: its option's name, with "_" for "-". */
static const char *const setting_attrs[NR_SETTINGS] = {
	[NR_REG] = "nr_reg", [UNMAPPED] = "unmapped", [METHOD] = "method",
	[RET] = "ret", [RESTRICTED] = "restricted", [PLATFORM] = "platform",
	[TABLE] = "table",
	[ERRNO_MAP] = "errno", [MAGIC] = "magic", [OFFSET] = "offset",
	[MASK] = "mask",
};

struct settings {
	const char *val[NR_SETTINGS];	/* as given; NULL: not given */
	char *table, *errno_map;	/* the files' checked text */
};

/*
 * The options of create or set: the settings in @takes, into @s.  False
 * when the command is to return *status (--help, or a bad option).
 */
static bool parse_settings(int argc, char **argv, unsigned int takes,
			   struct settings *s, int *status)
{
	int c;

	while ((c = cmd_getopt(argc, argv, ":h", setting_options, status)) != -1) {
		if (!c)
			return false;
		c -= OPT_SETTING;
		if (!(takes & BIT(c))) {
			msg("%s: unknown option '--%s'", argv[0],
			    setting_options[c].name);
			*status = EXIT_USAGE;
			return false;
		}
		s->val[c] = optarg;
	}
	return true;
}

/* The signature: magic, offset and mask, checked together. */
static int check_signature(const struct settings *s)
{
	const char *magic_s = s->val[MAGIC], *offset = s->val[OFFSET];
	unsigned char magic[SIG_MAX], mask[SIG_MAX];
	unsigned long off = 0;
	int mlen = 0, r;

	if (magic_s) {
		mlen = check_bytes("magic", magic_s, magic);
		if (mlen <= 0)
			return EXIT_USAGE;
	}
	if (offset) {
		r = parse_nr(offset, SIG_MAX - 1, &off);
		if (r == EINVAL)
			return msg("offset '%s': not a number", offset),
			       EXIT_USAGE;
		if (r)
			return msg("offset '%s': past byte %d", offset,
				   SIG_MAX - 1), EXIT_USAGE;
	}
	if (off + mlen > SIG_MAX)
		return msg("offset %lu + magic length %d is past byte %d",
			   off, mlen, SIG_MAX), EXIT_USAGE;
	if (s->val[MASK]) {
		if (!magic_s)
			return msg("--mask needs --magic"), EXIT_USAGE;
		if (check_bytes("mask", s->val[MASK], mask) != mlen)
			return msg("mask must be as long as the magic (%d bytes)",
				   mlen), EXIT_USAGE;
	}
	return 0;
}

/*
 * Check every setting given, and read the table and errno map files.
 * Returns 0 or EXIT_USAGE.
 */
static int check_settings(struct settings *s)
{
	char why[200];
	const char *bad;
	int i;

	for (i = NR_REG; i <= PLATFORM; i++) {
		bad = s->val[i] ? bad_value(setting_attrs[i], s->val[i], why,
						  sizeof(why)) : NULL;
		if (bad) {
			msg("%s", bad);
			return EXIT_USAGE;
		}
	}
	if (check_signature(s))
		return EXIT_USAGE;
	if (s->val[TABLE] && check_table(s->val[TABLE], false, &s->table))
		return EXIT_USAGE;
	if (s->val[ERRNO_MAP] && check_errno_map(s->val[ERRNO_MAP], &s->errno_map))
		return EXIT_USAGE;
	return 0;
}

/* Write the settings given, in order; stop at the first refusal. */
static int write_settings(const char *name, const struct settings *s)
{
	int i, r = 0;

	for (i = 0; i < NR_SETTINGS && !r; i++) {
		if (!s->val[i])
			continue;
		if (i == TABLE)
			r = write_text(name, setting_attrs[i], s->table);
		else if (i == ERRNO_MAP)
			r = write_text(name, setting_attrs[i], s->errno_map);
		else
			r = write_attr(name, setting_attrs[i], s->val[i]);
	}
	return r;
}

static void free_settings(struct settings *s)
{
	free(s->table);
	free(s->errno_map);
}

int cmd_create(int argc, char **argv)
{
	struct settings s = { 0 };
	const char *name;
	char p[PATH_MAX];
	int r;

	if (!parse_settings(argc, argv, CREATE_TAKES, &s, &r))
		return r;
	if (argc - optind != 1)
		return cmd_usage("create", true);
	name = argv[optind];
	if (!valid_name(name))
		return EXIT_USAGE;
	r = check_settings(&s);
	if (!r)
		r = need_subsystem();
	if (r)
		goto out;
	attr_path(p, name, NULL);
	if (mkdir(p, 0755)) {
		int e = errno;

		msg("cannot create interface '%s': %s%s", name, strerror(e),
		    e == ENOSPC ? " (at most " STR(SYSCALL_IFACE_MAX_IFACES)
				  " interfaces)" : "");
		r = exit_for(e);
		goto out;
	}
	r = write_settings(name, &s);
	if (r) {
		remove_iface(name);
		msg("interface '%s' not created", name);
	}
out:
	free_settings(&s);
	return r;
}

/*
 * Change settings of an existing interface.  The kernel applies each one
 * whole; if it refuses one, those already written are put back as they
 * were, so that a refused set changes nothing.
 */
int cmd_set(int argc, char **argv)
{
	struct settings s = { 0 }, old = { 0 };
	char was[NR_SETTINGS][40];
	const char *name;
	int i, r;

	if (!parse_settings(argc, argv, SET_TAKES, &s, &r))
		return r;
	for (i = 0; i < NR_SETTINGS && !s.val[i]; i++)
		;
	if (argc - optind != 1 || i == NR_SETTINGS)
		return cmd_usage("set", true);
	name = argv[optind];
	r = check_settings(&s);
	if (!r)
		r = need_iface(name);
	if (r)
		goto out;
	/* What to put back: the old value of each word-valued setting. */
	for (i = 0; i < NR_SETTINGS; i++) {
		if (!s.val[i] || i == ERRNO_MAP)
			continue;
		read_attr(name, setting_attrs[i], was[i], sizeof(was[i]));
		/* An empty platform is written as a newline: none. */
		old.val[i] = was[i];
	}
	r = write_settings(name, &s);
	if (r) {
		if (write_settings(name, &old))
			msg("'%s': could not put the old settings back", name);
		else
			msg("'%s' unchanged", name);
	}
out:
	free_settings(&s);
	return r;
}

/*
 * The WANT positional arguments of a command that takes no option but
 * --help, in *args; false when the command is to return *status.
 */
static bool plain_args(int argc, char **argv, int want, char ***args,
		       int *status)
{
	static const struct option lo[] = { HELP_OPTION, { NULL, 0, NULL, 0 } };

	if (cmd_getopt(argc, argv, ":h", lo, status) != -1)
		return false;
	if (argc - optind != want) {
		*status = cmd_usage(argv[0], true);
		return false;
	}
	*args = argv + optind;
	return true;
}

static int bind_to(const char *name, const char *handler)
{
	char magic[4 * SIG_MAX + 2];
	int r;

	if (*handler && strcmp(handler, "juha") && strcmp(handler, "elf")) {
		msg("unknown handler '%s' (juha or elf)", handler);
		return EXIT_USAGE;
	}
	r = need_iface(name);
	if (r)
		return r;
	if (*handler) {
		read_attr(name, "magic", magic, sizeof(magic));
		if (!magic[0]) {
			msg("'%s' has no magic yet: set one with create --magic",
			    name);
			return EXIT_USAGE;
		}
	}
	return write_attr(name, "binfmt", handler);
}

int cmd_bind(int argc, char **argv)
{
	char **a;
	int r;

	return plain_args(argc, argv, 2, &a, &r) ? bind_to(a[0], a[1]) : r;
}

int cmd_unbind(int argc, char **argv)
{
	char **a;
	int r;

	return plain_args(argc, argv, 1, &a, &r) ? bind_to(a[0], "") : r;
}

/*
 * table|errno NAME show, or table|errno NAME load FILE: the file is
 * checked here first, so that most mistakes are named with their line.
 */
static int load_or_show(int argc, char **argv, const char *attr)
{
	static const struct option lo[] = { HELP_OPTION, { NULL, 0, NULL, 0 } };
	bool table = !strcmp(attr, "table");
	char **a, *text;
	int c, r, n;

	while ((c = cmd_getopt(argc, argv, ":h", lo, &r)) != -1)
		if (!c)
			return r;
	a = argv + optind;
	n = argc - optind;
	if (n == 2 && !strcmp(a[1], "show")) {
		r = need_iface(a[0]);
		return r ? r : cat_attr(a[0], attr);
	}
	if (n != 3 || strcmp(a[1], "load"))
		return cmd_usage(attr, true);
	if (!valid_name(a[0]))
		return EXIT_USAGE;
	if (table ? check_table(a[2], !strcmp(a[0], "linux"), &text) :
		    check_errno_map(a[2], &text)) {
		free(text);
		return EXIT_USAGE;
	}
	r = need_iface(a[0]);
	if (!r)
		r = write_text(a[0], attr, text);
	free(text);
	return r;
}

int cmd_table(int argc, char **argv)
{
	return load_or_show(argc, argv, "table");
}

int cmd_errno(int argc, char **argv)
{
	return load_or_show(argc, argv, "errno");
}

int cmd_delete(int argc, char **argv)
{
	char p[PATH_MAX], **a;
	int r;

	if (!plain_args(argc, argv, 1, &a, &r))
		return r;
	if (!strcmp(a[0], "linux")) {
		msg("linux, the native interface, cannot be deleted");
		return EXIT_KERNEL;
	}
	r = need_iface(a[0]);
	if (r)
		return r;
	attr_path(p, a[0], NULL);
	if (rmdir(p)) {
		msg("cannot delete '%s': %s", a[0], strerror(errno));
		return exit_for(errno);
	}
	return 0;
}
