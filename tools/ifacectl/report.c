// SPDX-License-Identifier: GPL-2.0-only
/*
 * The commands that report: list, show and stats, as text or (--json)
 * through the JSON writer.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ifacectl.h"

/* The counters every interface has, in its stats and in the summary. */
static const char *const counters[] = { "tasks", "execs", "syscalls", "unmapped" };

/* A number, or null for a counter the kernel does not keep ("-", -1). */
static void json_counter(const char *key, long v)
{
	json_key(key);
	if (v < 0)
		json_null();
	else
		json_number(v);
}

/* The arguments of a report command: --help, and NAME positionals. */
static bool report_args(int argc, char **argv, int min, int max,
			const struct option *lo, int *status, char **pid)
{
	int c;

	while ((c = cmd_getopt(argc, argv, ":h", lo, status)) != -1) {
		if (!c)
			return false;
		*pid = optarg;		/* show --pid */
	}
	if (argc - optind < min || argc - optind > max) {
		*status = cmd_usage(argv[0], true);
		return false;
	}
	return true;
}

int cmd_list(int argc, char **argv)
{
	static const struct option lo[] = { HELP_OPTION, { NULL, 0, NULL, 0 } };
	char binfmt[16], reg[8], **names, *pid = NULL;
	int i, n, r;

	if (!report_args(argc, argv, 0, 0, lo, &r, &pid))
		return r;
	r = need_subsystem();
	if (r)
		return r;
	n = list_ifaces(&names);
	if (n < 0) {
		msg("%s: %s", cfg_dir, strerror(errno));
		return exit_for(errno);
	}
	if (json)
		json_open_array();
	else
		printf("%-32s %-7s %-6s %s\n", "NAME", "BINFMT", "NR_REG", "TASKS");
	for (i = 0; i < n; i++) {
		long tasks = stat_field(names[i], "tasks");

		read_attr(names[i], "binfmt", binfmt, sizeof(binfmt));
		read_attr(names[i], "nr_reg", reg, sizeof(reg));
		if (json) {
			json_open_object();
			json_key("name");
			json_string(names[i]);
			json_key("binfmt");
			json_string(binfmt);
			json_key("nr_reg");
			json_string(reg);
			json_counter("tasks", tasks);
			json_close_object();
		} else if (tasks < 0) {
			printf("%-32s %-7s %-6s -\n", names[i],
			       binfmt[0] ? binfmt : "-", reg[0] ? reg : "-");
		} else {
			printf("%-32s %-7s %-6s %ld\n", names[i],
			       binfmt[0] ? binfmt : "-", reg[0] ? reg : "-", tasks);
		}
	}
	if (json)
		json_close_array();
	free_names(names, n);
	return 0;
}

/* The interface of task PID, from /proc/PID/status. */
static int show_pid(const char *pid)
{
	char p[PATH_MAX], line[256], *name = NULL;
	unsigned long n;
	FILE *f;

	if (parse_nr(pid, INT_MAX, &n))
		return msg("bad pid '%s'", pid), EXIT_USAGE;
	if (snprintf(p, sizeof(p), "%s/%lu/status", proc_dir, n) >= (int)sizeof(p))
		return msg("path too long: %s", proc_dir), EXIT_USAGE;
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
		json_open_object();
		json_key("pid");
		json_number(n);
		json_key("interface");
		json_string(name);
		json_close_object();
	} else {
		printf("%lu %s\n", n, name);
	}
	return 0;
}

int cmd_show(int argc, char **argv)
{
	static const struct option lo[] = {
		{ "pid", required_argument, NULL, 'P' },
		HELP_OPTION,
		{ NULL, 0, NULL, 0 }
	};
	static const char *const attrs[] = {
		"binfmt", "nr_reg", "unmapped", "method", "ret", "platform",
		"magic", "offset", "mask", "table_error",
	};
	char val[4 * SIG_MAX + 2], *pid = NULL, *name;
	long entries, errnos;
	size_t i;
	int r;

	if (!report_args(argc, argv, 0, 1, lo, &r, &pid))
		return r;
	if (!pid != (argc - optind == 1))
		return cmd_usage("show", true);
	if (pid)
		return show_pid(pid);
	name = argv[optind];
	r = need_iface(name);
	if (r)
		return r;
	entries = count_lines(name, "table");
	errnos = count_lines(name, "errno");
	if (json) {
		json_open_object();
		json_key("name");
		json_string(name);
	} else {
		printf("%-12s %s\n", "name", name);
	}
	for (i = 0; i < ARRAY_LEN(attrs); i++) {
		read_attr(name, attrs[i], val, sizeof(val));
		if (!json) {
			printf("%-12s %s\n", attrs[i], val[0] ? val : "-");
			continue;
		}
		json_key(attrs[i]);
		if (!strcmp(attrs[i], "offset"))
			json_number(atol(val));
		else
			json_string(val);
	}
	if (json) {
		json_counter("entries", entries);
		json_counter("errno_entries", errnos);
		json_key("stats");
		json_open_object();
	} else {
		printf("%-12s %ld\n%-12s %ld\n", "entries", entries,
		       "errno", errnos);
	}
	for (i = 0; i < ARRAY_LEN(counters); i++) {
		long v = stat_field(name, counters[i]);
		/* "unmapped" is the policy above; the counter is the calls. */
		const char *label = strcmp(counters[i], "unmapped") ?
				    counters[i] : "unmapped_calls";

		if (json)
			json_counter(counters[i], v);
		else if (v < 0)
			printf("%-12s -\n", label);
		else
			printf("%-12s %ld\n", label, v);
	}
	if (json) {
		json_close_object();
		json_close_object();
	}
	return 0;
}

/* One line of the stats file: name binfmt tasks execs syscalls unmapped. */
struct row {
	char name[64], binfmt[16], f[4][24];
};

static void print_row(const struct row *r)
{
	int i;

	if (!json) {
		printf("%-16s %-9s %6s %8s %12s %10s\n", r->name, r->binfmt,
		       r->f[0], r->f[1], r->f[2], r->f[3]);
		return;
	}
	json_open_object();
	json_key("name");
	json_string(r->name);
	json_key("binfmt");
	if (strcmp(r->binfmt, "-"))
		json_string(r->binfmt);
	else
		json_null();
	for (i = 0; i < 4; i++)
		json_counter(counters[i], strcmp(r->f[i], "-") ?
			     atol(r->f[i]) : -1);
	json_close_object();
}

/*
 * The row of an interface from its own configfs stats ("binfmt: juha",
 * "tasks: 3", ...): for those the sysfs summary had no room for.
 */
static void row_from_configfs(struct row *r, const char *name)
{
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
			if (!strcmp(p, counters[i]))
				snprintf(r->f[i], sizeof(r->f[i]), "%.23s", v);
	}
}

int cmd_stats(int argc, char **argv)
{
	static const struct option lo[] = { HELP_OPTION, { NULL, 0, NULL, 0 } };
	char p[PATH_MAX], line[256], **names = NULL, *pid = NULL;
	const char *only = NULL;
	struct row r, total = { .name = "" };
	bool found = false, cut = false;
	char **seen = NULL;
	int i, j, n = 0, nseen = 0, st;
	FILE *f;

	if (!report_args(argc, argv, 0, 1, lo, &st, &pid))
		return st;
	if (optind < argc)
		only = argv[optind];
	if (need_subsystem())
		return EXIT_SYSTEM;
	if (snprintf(p, sizeof(p), "%s/stats", sys_dir) >= (int)sizeof(p))
		return msg("path too long: %s", sys_dir), EXIT_USAGE;
	f = fopen(p, "r");
	if (!f) {
		msg("%s: %s", p, strerror(errno));
		return errno == ENOENT ? EXIT_SYSTEM : exit_for(errno);
	}
	if (json) {
		json_open_object();
		json_key("interfaces");
		json_open_array();
	} else {
		printf("%-16s %-9s %6s %8s %12s %10s\n", "interface", "binfmt",
		       "tasks", "execs", "syscalls", "unmapped");
	}
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
		if (seen)
			seen[nseen] = strdup(r.name);
		if (!seen || !seen[nseen++])
			return msg("out of memory"), EXIT_SYSTEM;
		if (only && strcmp(r.name, only))
			continue;
		print_row(&r);
		found = true;
	}
	fclose(f);
	/* The interfaces the summary had no room for, from configfs. */
	if (cut)
		n = list_ifaces(&names);
	for (i = 0; i < n; i++) {
		for (j = 0; j < nseen && strcmp(seen[j], names[i]); j++)
			;
		if (j == nseen && (!only || !strcmp(names[i], only))) {
			row_from_configfs(&r, names[i]);
			print_row(&r);
			found = true;
		}
	}
	free_names(names, n);
	free_names(seen, nseen);
	if (json) {
		json_close_array();
		if (!only && total.name[0]) {
			json_key("total");
			print_row(&total);
		}
		json_close_object();
	} else if (!only && total.name[0]) {
		print_row(&total);
	}
	if (only && !found) {
		msg("no interface '%s' in %s", only, p);
		return EXIT_KERNEL;
	}
	return 0;
}
