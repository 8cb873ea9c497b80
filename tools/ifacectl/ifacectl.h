/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * ifacectl - control per-task system call interfaces (syscall-iface)
 *
 * main.c      global options, the command table, dispatch, messages
 * check.c     what the user gives, checked with the kernel's rules
 * kernel.c    the kernel's files: configfs attributes, sysfs, /proc
 * json.c      the one JSON writer every command uses
 * iface.c     create, set, bind, unbind, table, errno, delete
 * report.c    list, show, stats
 * exec.c      brand, run
 * conf.c      platform files: apply, diff, export
 */
#ifndef IFACECTL_H
#define IFACECTL_H

#include <getopt.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <linux/syscall_iface.h>

#define MAX_NR		SYSCALL_IFACE_MAX_NR	/* largest foreign number */
#define SIG_MAX		SYSCALL_IFACE_SIG_MAX	/* signature within these bytes */
#define NAME_MAX_LEN	SYSCALL_IFACE_NAME_MAX
#define MAX_ERRORS	20		/* problems reported per file */
#define ERRNO_MAX	4095		/* the kernel's MAX_ERRNO */

/* Exit status, documented in ifacectl(8). */
enum { EXIT_OK, EXIT_USAGE, EXIT_KERNEL, EXIT_SYSTEM };

#define ARRAY_LEN(a)	(sizeof(a) / sizeof((a)[0]))
#define STR_(x)		#x
#define STR(x)		STR_(x)		/* a macro's value as a string */

/* main.c */
extern bool json;			/* -j, --json */
extern bool pretty;			/* -p, --pretty */
void msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int cmd_usage(const char *cmd, bool error);
#define HELP_OPTION	{ "help", no_argument, NULL, 'h' }
int cmd_getopt(int argc, char **argv, const char *shortopts,
	       const struct option *longopts, int *status);

/* check.c */
bool valid_name(const char *name);
const char *bad_value(const char *attr, const char *val, char *buf,
		      size_t size);
const char *native_name(unsigned long nr);
int native_nr(const char *name);
unsigned long errno_number(const char *name);
int parse_nr(const char *s, unsigned long max, unsigned long *out);
int parse_bytes(const char *s, unsigned char *out);
int check_bytes(const char *what, const char *s, unsigned char *out);
/* A text file read a line at a time (check.c), for FILE:LINE messages. */
struct lines {
	const char *file;
	FILE *f;
	char *line;			/* as read */
	char *buf;			/* a copy, split into tokens */
	size_t cap;
	unsigned int lineno;
	int errors;
};

bool lines_open(struct lines *l, const char *file);
int lines_next(struct lines *l, char **tok, int max);
void lines_error(struct lines *l, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int lines_close(struct lines *l);
void text_append(char **text, size_t *len, const char *s);

/* A table or errno map being checked a line at a time (check.c). */
struct map_check {
	bool errno_map;			/* else a table */
	bool native;			/* linux's table */
	unsigned char *seen;		/* numbers mapped so far */
	char *text;			/* for the kernel */
	size_t len;
};

void map_check_init(struct map_check *m, bool errno_map, bool native);
void map_check_line(struct map_check *m, struct lines *l, char **tok, int n);
char *map_check_done(struct map_check *m);
int check_table(const char *file, bool native, char **text);
int check_errno_map(const char *file, char **text);

/* kernel.c */
extern char cfg_dir[PATH_MAX];		/* .../sys/kernel/config/syscall_iface */
extern char sys_dir[PATH_MAX];		/* .../sys/kernel/syscall_iface */
extern char proc_dir[PATH_MAX];		/* .../proc */
void set_root(const char *root);
void attr_path(char *buf, const char *iface, const char *attr);
int exit_for(int e);
int need_subsystem(void);
int need_iface(const char *name);
int read_attr(const char *iface, const char *attr, char *buf, size_t size);
int write_attr(const char *iface, const char *attr, const char *value);
int write_text(const char *iface, const char *attr, const char *text);
int cat_attr(const char *iface, const char *attr);
char *read_all(const char *iface, const char *attr);
void remove_iface(const char *name);
long stat_field(const char *iface, const char *field);
long count_lines(const char *iface, const char *attr);
int list_ifaces(char ***names);
void free_names(char **names, int n);
bool is_service(const char *name);
bool is_builtin_service(const char *name);

/* json.c */
void json_open_object(void);
void json_close_object(void);
void json_open_array(void);
void json_close_array(void);
void json_key(const char *key);
void json_string(const char *s);
void json_number(long v);
void json_null(void);

/* the commands */
int cmd_create(int argc, char **argv);
int cmd_set(int argc, char **argv);
int cmd_bind(int argc, char **argv);
int cmd_unbind(int argc, char **argv);
int cmd_table(int argc, char **argv);
int cmd_errno(int argc, char **argv);
int cmd_delete(int argc, char **argv);
int cmd_list(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_brand(int argc, char **argv);
int cmd_run(int argc, char **argv);
int cmd_apply(int argc, char **argv);
int cmd_diff(int argc, char **argv);
int cmd_export(int argc, char **argv);

#endif
