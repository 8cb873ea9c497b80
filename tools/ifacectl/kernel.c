// SPDX-License-Identifier: GPL-2.0-only
/*
 * The kernel's files: the attributes of each interface in configfs, the
 * summary and the services list in sysfs, and /proc.  All of them live
 * under the root prefix (--root, IFACECTL_ROOT), so that the tests can
 * play the kernel with plain files.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ifacectl.h"

char cfg_dir[PATH_MAX];
char sys_dir[PATH_MAX];
char proc_dir[PATH_MAX];

/* The services the kernel always has (SYSCALL_IFACE_SERVICE_*). */
static const char *const builtin_services[] = { "iface_info" };

void set_root(const char *root)
{
	snprintf(cfg_dir, sizeof(cfg_dir), "%s/sys/kernel/config/syscall_iface", root);
	snprintf(sys_dir, sizeof(sys_dir), "%s/sys/kernel/syscall_iface", root);
	snprintf(proc_dir, sizeof(proc_dir), "%s/proc", root);
}

void attr_path(char *buf, const char *iface, const char *attr)
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
int exit_for(int e)
{
	return e == EACCES || e == EROFS ? EXIT_SYSTEM : EXIT_KERNEL;
}

int need_subsystem(void)
{
	struct stat st;

	if (stat(cfg_dir, &st) == 0 && S_ISDIR(st.st_mode))
		return 0;
	msg("syscall-iface is not available: no %s (a kernel without CONFIG_SYSCALL_IFACE, or configfs not mounted)",
	    cfg_dir);
	return EXIT_SYSTEM;
}

int need_iface(const char *name)
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
int read_attr(const char *iface, const char *attr, char *buf,
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
		return "offset + magic length must stay within " STR(SIG_MAX) " bytes";
	if (e == ENOENT && !strcmp(attr, "platform"))
		return "no such platform: its module is not loaded";
	if (e == EPERM)
		return "linux, the native interface, cannot be changed";
	if (e == EACCES)
		return "permission denied: run as root";
	return "the kernel log says why";
}

/* Write VALUE and a newline; on refusal, say which attribute and value. */
int write_attr(const char *iface, const char *attr, const char *value)
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
int write_text(const char *iface, const char *attr, const char *text)
{
	char p[PATH_MAX], why[256];
	size_t len = strlen(text), off = 0;
	int fd, e = 0;
	ssize_t n;

	/* configfs applies only what is written: an empty text is a newline. */
	if (!len) {
		text = "\n";
		len = 1;
	}
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

long stat_field(const char *iface, const char *field)
{
	char buf[512], *p;
	size_t flen = strlen(field);

	read_attr(iface, "stats", buf, sizeof(buf));
	for (p = strtok(buf, "\n"); p; p = strtok(NULL, "\n"))
		if (!strncmp(p, field, flen) && p[flen] == ':')
			return atol(p + flen + 1);
	return -1;
}

int cat_attr(const char *iface, const char *attr)
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

/* Lines of a table or errno map: its entries. */
long count_lines(const char *iface, const char *attr)
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

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static int only_dirs(const struct dirent *d)
{
	return d->d_name[0] != '.';
}

/* The interfaces, by name: their count (or -1 and errno), for free_names(). */
int list_ifaces(char ***names)
{
	struct dirent **d;
	int i, n;

	*names = NULL;
	n = scandir(cfg_dir, &d, only_dirs, by_name);
	if (n < 0)
		return n;
	*names = calloc(n + 1, sizeof(**names));
	for (i = 0; i < n; i++) {
		if (*names)
			(*names)[i] = strdup(d[i]->d_name);
		if (!*names || !(*names)[i]) {
			msg("out of memory");
			exit(EXIT_SYSTEM);
		}
		free(d[i]);
	}
	free(d);
	return n;
}

void free_names(char **names, int n)
{
	int i;

	for (i = 0; i < n && names; i++)
		free(names[i]);
	free(names);
}

/* A service every kernel has. */
bool is_builtin_service(const char *name)
{
	size_t i;

	for (i = 0; i < ARRAY_LEN(builtin_services); i++)
		if (!strcmp(builtin_services[i], name))
			return true;
	return false;
}

/* A whole file, to free(); "" if it cannot be read. */
static char *read_path(const char *p)
{
	char buf[4096], *text = NULL;
	size_t len = 0;
	ssize_t n;
	int fd;

	text_append(&text, &len, "");
	fd = open(p, O_RDONLY);
	if (fd < 0)
		return text;
	while ((n = read(fd, buf, sizeof(buf) - 1)) > 0) {
		buf[n] = 0;
		text_append(&text, &len, buf);
	}
	close(fd);
	return text;
}

/*
 * A service that is present now: built in, or listed as provided in
 * /sys/kernel/syscall_iface/services ("NUMBER NAME STATE"), read once.
 */
bool is_service(const char *name)
{
	static char *list;
	char p[PATH_MAX], n[64], state[64];
	const char *line;

	if (is_builtin_service(name))
		return true;
	if (!list) {
		if (snprintf(p, sizeof(p), "%s/services", sys_dir) >= (int)sizeof(p))
			p[0] = 0;
		list = read_path(p);
	}
	for (line = list; line && *line; line = strchr(line, '\n')) {
		if (*line == '\n')
			line++;
		if (sscanf(line, "%*d %63s %63s", n, state) == 2 &&
		    !strcmp(n, name) && strcmp(state, "absent"))
			return true;
	}
	return false;
}

/* A whole attribute (a table, an errno map), to free(); "" if missing. */
char *read_all(const char *iface, const char *attr)
{
	char p[PATH_MAX];

	attr_path(p, iface, attr);
	return read_path(p);
}

/* Remove an interface this run made, and what was written into it. */
void remove_iface(const char *name)
{
	char p[PATH_MAX], f[PATH_MAX];
	struct dirent *d;
	DIR *dir;

	attr_path(p, name, NULL);
	if (!rmdir(p) || errno != ENOTEMPTY)
		return;
	/* A plain directory (--root), where the attributes are files. */
	dir = opendir(p);
	while (dir && (d = readdir(dir)))
		if (d->d_name[0] != '.' &&
		    snprintf(f, sizeof(f), "%s/%s", p, d->d_name) < (int)sizeof(f))
			unlink(f);
	if (dir)
		closedir(dir);
	rmdir(p);
}
