// SPDX-License-Identifier: GPL-2.0-only
/*
 * ifacectl - control per-task system call interfaces (syscall-iface)
 *
 * Drives /sys/kernel/config/syscall_iface/ and reads
 * /sys/kernel/syscall_iface/.  Everything the user gives is checked
 * first, with the kernel's rules, so that a mistake is reported as
 * FILE:LINE or by option before the kernel sees anything.  One table of
 * commands drives both dispatch and --help; each command parses its own
 * options.  See ifacectl(8).
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ifacectl.h"

bool json;
bool pretty;

void msg(const char *fmt, ...)
{
	va_list ap;

	fputs("ifacectl: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static const struct cmd {
	const char *name;
	int (*fn)(int argc, char **argv);
	bool json;			/* takes --json */
	const char *help;
} cmds[] = {
	{ "create", cmd_create, false,
	  "create NAME [--table FILE] [--nr-reg REG] [--magic STR] [--offset N] [--mask STR]\n"
	  "           [--unmapped enosys|sigsys|kill] [--method syscall|int80]\n"
	  "           [--ret linux|carry] [--restricted 0|1] [--errno FILE] [--platform NAME]\n"
	  "    Create interface NAME and set it up as one operation; if any step\n"
	  "    fails, NAME is removed again.  STR takes \\xNN escapes." },
	{ "set", cmd_set, false,
	  "set NAME [--nr-reg REG] [--unmapped POLICY] [--method METHOD] [--ret CONV]\n"
	  "           [--restricted 0|1] [--errno FILE] [--platform NAME]\n"
	  "    Change settings of NAME; if the kernel refuses one, NAME is left as it was." },
	{ "bind", cmd_bind, false,
	  "bind NAME HANDLER\n"
	  "    Bind NAME to HANDLER (juha or elf): exec selects it by its signature." },
	{ "unbind", cmd_unbind, false,
	  "unbind NAME\n"
	  "    Unbind NAME: no exec selects it any more." },
	{ "table", cmd_table, false,
	  "table NAME load FILE | table NAME show\n"
	  "    Check FILE (\"FOREIGN_NR NATIVE\" a line) and make it NAME's table,\n"
	  "    or print NAME's table." },
	{ "errno", cmd_errno, false,
	  "errno NAME load FILE | errno NAME show\n"
	  "    Check FILE (\"NATIVE_ERRNO FOREIGN_ERRNO\" a line, NATIVE by number or\n"
	  "    name) and make it NAME's errno map, or print NAME's errno map." },
	{ "list", cmd_list, true,
	  "list [--json]\n"
	  "    List the interfaces." },
	{ "show", cmd_show, true,
	  "show NAME [--json] | show --pid PID [--json]\n"
	  "    Show every setting and counter of NAME, or the interface of a task." },
	{ "stats", cmd_stats, true,
	  "stats [NAME] [--json]\n"
	  "    Show the counters of /sys/kernel/syscall_iface/stats." },
	{ "delete", cmd_delete, false,
	  "delete NAME\n"
	  "    Remove NAME; tasks using it keep it until they exec or exit." },
	{ "brand", cmd_brand, false,
	  "brand FILE --magic STR [--offset N] [-o OUT] | brand --check FILE\n"
	  "    Write a signature into an x86-64 ELF executable (in place, or into\n"
	  "    a copy OUT), or report a file's signature and who would claim it." },
	{ "run", cmd_run, false,
	  "run NAME -- PROG [ARGS...]\n"
	  "    Run PROG under interface NAME instead of the one its signature\n"
	  "    selects (\"linux\" for native)." },
	{ "apply", cmd_apply, false,
	  "apply [--dry-run] FILE|DIR|-...\n"
	  "    Check platform files (a DIR's *.conf), then make the interfaces they\n"
	  "    describe: all of them, or (the kernel refusing a step) none." },
	{ "diff", cmd_diff, false,
	  "diff FILE|DIR|-...\n"
	  "    Show what apply would change, a line a difference." },
	{ "export", cmd_export, false,
	  "export [NAME...]\n"
	  "    Write the kernel's interfaces (all but linux) as a platform file." },
};

static const struct cmd *find_cmd(const char *name)
{
	size_t i;

	for (i = 0; i < ARRAY_LEN(cmds); i++)
		if (!strcmp(cmds[i].name, name))
			return &cmds[i];
	return NULL;
}

static void usage(FILE *f)
{
	size_t i;

	fprintf(f, "usage: ifacectl [--root DIR] [--json [--pretty]] COMMAND [ARGS]\n\n"
		   "Control per-task system call interfaces (syscall-iface).\n\n"
		   "Commands:\n");
	for (i = 0; i < ARRAY_LEN(cmds); i++)
		fprintf(f, "  %s\n", cmds[i].help);
	fprintf(f, "\nOptions:\n"
		   "  --root DIR     use DIR/sys/... and DIR/proc/... (also IFACECTL_ROOT)\n"
		   "  -j, --json     machine-readable output for list, show and stats\n"
		   "  -p, --pretty   the same, indented (implies --json)\n"
		   "  -h, --help     this text; COMMAND --help for one command\n"
		   "  -V, --version  print the version\n\n"
		   "Exit status: 0 success, 1 usage or input error, 2 the kernel refused,\n"
		   "3 syscall-iface missing or permission denied.  See ifacectl(8).\n");
}

int cmd_usage(const char *cmd, bool error)
{
	const struct cmd *c = find_cmd(cmd);

	if (c)
		fprintf(error ? stderr : stdout, "usage: ifacectl %s\n", c->help);
	return error ? EXIT_USAGE : EXIT_OK;
}

/*
 * getopt_long() for a command (argv[0] is its name): --help is every
 * command's, and an option the command does not take is an error that
 * names the command.  Returns the option, -1 after the last, or 0 when
 * the command is to return *status now.
 */
int cmd_getopt(int argc, char **argv, const char *shortopts,
	       const struct option *longopts, int *status)
{
	int c = getopt_long(argc, argv, shortopts, longopts, NULL);

	switch (c) {
	case 'h':
		*status = cmd_usage(argv[0], false);
		return 0;
	case '?':
		msg("%s: unknown option '%s'", argv[0], argv[optind - 1]);
		*status = EXIT_USAGE;
		return 0;
	case ':':
		msg("%s: %s needs a value", argv[0], argv[optind - 1]);
		*status = EXIT_USAGE;
		return 0;
	}
	return c;
}

/*
 * Global options may come anywhere before "--" (ifacectl list --json);
 * what remains is the command and its own arguments, never more than
 * argv holds.
 */
static int global_options(int argc, char **argv, char **args,
			  const char **root)
{
	int i, n = 0;

	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--")) {
			for (; i < argc; i++)
				args[n++] = argv[i];
			break;
		} else if (!strcmp(argv[i], "--json") || !strcmp(argv[i], "-j")) {
			json = true;
		} else if (!strcmp(argv[i], "--pretty") || !strcmp(argv[i], "-p")) {
			json = pretty = true;
		} else if (!strcmp(argv[i], "--root")) {
			if (++i == argc) {
				msg("--root needs a directory");
				return -1;
			}
			*root = argv[i];
		} else if (!strcmp(argv[i], "--version") || !strcmp(argv[i], "-V")) {
			printf("ifacectl %s\n", SYSCALL_IFACE_VERSION);
			exit(EXIT_OK);
		} else {
			args[n++] = argv[i];
		}
	}
	args[n] = NULL;
	return n;
}

int main(int argc, char **argv)
{
	const char *root = getenv("IFACECTL_ROOT");
	const struct cmd *c;
	char **args;
	int n;

	args = calloc(argc + 1, sizeof(*args));
	if (!args) {
		msg("out of memory");
		return EXIT_SYSTEM;
	}
	n = global_options(argc, argv, args, &root);
	if (n < 0)
		return EXIT_USAGE;
	set_root(root ? root : "");

	if (!n || !strcmp(args[0], "--help") || !strcmp(args[0], "-h") ||
	    !strcmp(args[0], "help")) {
		usage(n ? stdout : stderr);
		return n ? EXIT_OK : EXIT_USAGE;
	}
	c = find_cmd(args[0]);
	if (!c) {
		msg("unknown command '%s'; see ifacectl --help", args[0]);
		return EXIT_USAGE;
	}
	if (json && !c->json) {
		msg("%s: --json goes with list, show and stats", c->name);
		return EXIT_USAGE;
	}
	return c->fn(n, args);
}
