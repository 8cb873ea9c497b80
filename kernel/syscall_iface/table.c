// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface tables: parse and print the text form, and publish tables.
 *
 * One mapping a line, "FOREIGN_NR NATIVE", where NATIVE is a native
 * syscall name ("write"), a native number, or a service name
 * ("iface_info").  The errno map has the same form, "NATIVE FOREIGN".
 * "#" starts a comment; blank lines are ignored.
 */

#define pr_fmt(fmt) "syscall_iface: " fmt

#include <linux/ctype.h>
#include <linux/err.h>
#include <linux/errname.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>

#include "internal.h"

static size_t table_bytes(unsigned int size, unsigned int errno_size)
{
	return struct_size_t(struct syscall_iface_table, ent, size + errno_size);
}

/*
 * A number, decimal or 0x hex, up to @max: 0, -EINVAL if it is no number,
 * -ERANGE if it is larger (however large).
 */
static int parse_nr(const char *tok, unsigned int max, unsigned int *out)
{
	unsigned long long v;
	int ret;

	if (!isdigit(tok[0]))
		return -EINVAL;
	ret = kstrtoull(tok, 0, &v);
	if (ret == -ERANGE || (!ret && v > max))
		return -ERANGE;
	if (ret)
		return -EINVAL;
	*out = v;
	return 0;
}

/*
 * Whether the interface may name service @nr: syscall_iface_service_check(),
 * with the line in the reason.
 */
static int service_target(unsigned int nr,
			  const struct syscall_iface_platform *platform,
			  unsigned int *out, char *err, size_t errlen,
			  unsigned int line)
{
	char why[96];
	int ret;

	ret = syscall_iface_service_check(nr, platform, why, sizeof(why));
	if (ret) {
		snprintf(err, errlen, "line %u: %s", line, why);
		return ret;
	}
	*out = nr;
	return 0;
}

/* Resolve the NATIVE column: a native name or number, or a service. */
static int parse_target(const char *tok, bool native,
			const struct syscall_iface_platform *platform,
			unsigned int *out, char *err, size_t errlen,
			unsigned int line)
{
	unsigned int n;
	int id, ret;

	if (isdigit(tok[0])) {
		ret = parse_nr(tok, syscall_iface_nr_native - 1, &n);
		if (ret == -EINVAL) {
			snprintf(err, errlen, "line %u: bad number '%s'",
				 line, tok);
			return ret;
		}
		if (ret) {
			snprintf(err, errlen,
				 "line %u: native number %s out of range (0-%u)",
				 line, tok, syscall_iface_nr_native - 1);
			return ret;
		}
		if (native)
			goto not_service;
		*out = n;
		return 0;
	}

	/* "service:NAME" may name a service whose module is not loaded yet. */
	if (!strncmp(tok, "service:", 8)) {
		id = syscall_iface_service_lookup(tok + 8, true);
		if (id == -ENOSPC) {
			snprintf(err, errlen,
				 "line %u: no room for service '%s' (every number up to %d is taken)",
				 line, tok + 8, SYSCALL_IFACE_SERVICE_LAST);
			return id;
		}
		if (id == -ENOMEM)
			return id;
		if (id < 0) {
			snprintf(err, errlen, "line %u: bad service name '%s'",
				 line, tok + 8);
			return -EINVAL;
		}
		return service_target(id, platform, out, err, errlen, line);
	}
	id = syscall_iface_service_lookup(tok, false);
	if (id >= 0)
		return service_target(id, platform, out, err, errlen, line);
	id = syscall_iface_native_nr(tok);
	if (id < 0) {
		snprintf(err, errlen, "line %u: unknown syscall '%s'", line, tok);
		return -EINVAL;
	}
	if (native)
		goto not_service;
	*out = id;
	return 0;

not_service:
	snprintf(err, errlen,
		 "line %u: linux maps only extra numbers to services, not '%s'",
		 line, tok);
	return -EINVAL;
}

/*
 * The next "A B" line of @*rest, comments and blank lines skipped; @*line
 * counts lines.  Return: 1 with @tok filled, 0 at the end, or -EINVAL
 * with the reason in @err (@shape names the two columns).
 */
static int next_pair(char **rest, char *tok[2], unsigned int *line,
		     const char *shape, char *err, size_t errlen)
{
	char *s, *p, *extra;

	while ((s = strsep(rest, "\n"))) {
		unsigned int ntok = 0;
		char *hash = strchr(s, '#');

		++*line;
		if (hash)
			*hash = '\0';
		extra = NULL;
		while ((p = strsep(&s, " \t\r"))) {
			if (!*p)
				continue;
			if (ntok == 2) {
				extra = p;
				break;
			}
			tok[ntok++] = p;
		}
		if (!ntok)
			continue;
		if (ntok < 2) {
			snprintf(err, errlen, "line %u: expected '%s'", *line,
				 shape);
			return -EINVAL;
		}
		if (extra) {
			snprintf(err, errlen, "line %u: unexpected '%s'", *line,
				 extra);
			return -EINVAL;
		}
		return 1;
	}
	return 0;
}

/* A NUL-terminated copy of text written to an attribute. */
static char *text_copy(const char *text, size_t len, const char *what,
		       char *err, size_t errlen)
{
	char *copy;

	if (memchr(text, '\0', len)) {
		snprintf(err, errlen, "%s text contains a NUL byte", what);
		return ERR_PTR(-EINVAL);
	}
	copy = kvmalloc(len + 1, GFP_KERNEL);
	if (!copy) {
		snprintf(err, errlen, "out of memory");
		return ERR_PTR(-ENOMEM);
	}
	memcpy(copy, text, len);
	copy[len] = '\0';
	return copy;
}

/*
 * A new table with @old's settings, the entries @ent[@size] and the errno
 * map @map[@errno_size]; NULL when out of memory.
 */
static struct syscall_iface_table *
table_build(const struct syscall_iface_table *old, const u16 *ent,
	    unsigned int size, unsigned int count, const u16 *map,
	    unsigned int errno_size, unsigned int errno_count)
{
	struct syscall_iface_table *t;

	t = kvmalloc(table_bytes(size, errno_size), GFP_KERNEL);
	if (!t)
		return NULL;
	*t = *old;
	t->size = size;
	t->count = count;
	t->errno_size = errno_size;
	t->errno_count = errno_count;
	memcpy(t->ent, ent, size * sizeof(*ent));
	memcpy(t->ent + size, map, errno_size * sizeof(*map));
	syscall_iface_table_seal(t);
	return t;
}

/**
 * syscall_iface_table_parse - build a table from its text form
 * @text: the text (need not be NUL-terminated)
 * @len: its length
 * @old: the current table, whose settings and errno map the new one keeps
 * @native: parsing for "linux", which only adds services at numbers
 *          that are not native syscalls
 * @platform: the interface's platform, or NULL: the services it may name
 *            (syscall_iface_service_check())
 * @err: filled with a one-line reason on failure
 * @errlen: size of @err
 *
 * "service:NAME" reserves a slot for a service not known yet (without a
 * platform); a refused table reserves none.  Caller holds syscall_iface_mutex.
 *
 * Return: the new table, or an ERR_PTR: -EINVAL (syntax, unknown name),
 * -ERANGE (number out of range), -EEXIST (number mapped twice), -ENOMEM.
 */
struct syscall_iface_table *syscall_iface_table_parse(const char *text,
						      size_t len,
						      const struct syscall_iface_table *old,
						      bool native,
						      const struct syscall_iface_platform *platform,
						      char *err, size_t errlen)
{
	struct syscall_iface_table *t = ERR_PTR(-ENOMEM);
	unsigned int line = 0, count = 0, size = 0;
	char *copy, *rest, *tok[2];
	u16 *ent = NULL;
	int ret;

	copy = text_copy(text, len, "table", err, errlen);
	if (IS_ERR(copy))
		return ERR_CAST(copy);
	ent = kvmalloc_array(SYSCALL_IFACE_MAX_NR + 1, sizeof(*ent), GFP_KERNEL);
	if (!ent)
		goto out;
	memset(ent, 0xff, (SYSCALL_IFACE_MAX_NR + 1) * sizeof(*ent));

	rest = copy;
	while ((ret = next_pair(&rest, tok, &line, "FOREIGN_NR NATIVE", err,
				errlen)) > 0) {
		unsigned int nr, tgt;

		ret = parse_nr(tok[0], SYSCALL_IFACE_MAX_NR, &nr);
		if (ret == -EINVAL) {
			snprintf(err, errlen, "line %u: bad number '%s'", line,
				 tok[0]);
			break;
		}
		if (ret) {
			snprintf(err, errlen,
				 "line %u: foreign number %s out of range (0-%u)",
				 line, tok[0], SYSCALL_IFACE_MAX_NR);
			break;
		}
		if (native && nr < syscall_iface_nr_native) {
			snprintf(err, errlen,
				 "line %u: %u is a native syscall of linux", line,
				 nr);
			ret = -EINVAL;
			break;
		}
		/* One number per service: 4096 + slot means that service. */
		if (native && nr >= SYSCALL_IFACE_SERVICE_BASE &&
		    nr <= SYSCALL_IFACE_SERVICE_LAST) {
			snprintf(err, errlen,
				 "line %u: %u is in the range of service numbers (%u-%u)",
				 line, nr, SYSCALL_IFACE_SERVICE_BASE,
				 SYSCALL_IFACE_SERVICE_LAST);
			ret = -ERANGE;
			break;
		}
		ret = parse_target(tok[1], native, platform, &tgt, err, errlen, line);
		if (ret)
			break;
		if (ent[nr] != SYSCALL_IFACE_UNMAPPED) {
			snprintf(err, errlen, "line %u: foreign number %u mapped twice",
				 line, nr);
			ret = -EEXIST;
			break;
		}
		ent[nr] = tgt;
		count++;
		size = max(size, nr + 1);
	}
	if (ret) {
		t = ERR_PTR(ret);
		goto out;
	}
	t = table_build(old, ent, size, count, syscall_iface_errmap(old),
			old->errno_size, old->errno_count) ?: ERR_PTR(-ENOMEM);
out:
	if (PTR_ERR_OR_ZERO(t) == -ENOMEM)
		snprintf(err, errlen, "out of memory");
	/* A refused table keeps no service slot it reserved. */
	if (IS_ERR(t))
		syscall_iface_services_sweep();
	kvfree(ent);
	kvfree(copy);
	return t;
}

/* An errno by name ("ENOENT"), as the kernel prints them; or -ENOENT. */
static int errno_by_name(const char *name)
{
	int e;

	for (e = 1; e <= MAX_ERRNO; e++) {
		const char *n = errname(e);

		if (n && !strcmp(n, name))
			return e;
	}
	return -ENOENT;
}

/* One column of an errno map line: an errno, 1-MAX_ERRNO. */
static int parse_errno(const char *tok, bool names, unsigned int *out,
		       const char *col, unsigned int line, char *err,
		       size_t errlen)
{
	int ret;

	if (names && !isdigit(tok[0])) {
		ret = errno_by_name(tok);
		if (ret < 0) {
			snprintf(err, errlen, "line %u: unknown errno '%s'",
				 line, tok);
			return -EINVAL;
		}
		*out = ret;
	} else {
		ret = parse_nr(tok, MAX_ERRNO, out);
		if (ret == -EINVAL) {
			snprintf(err, errlen, "line %u: bad errno '%s'", line,
				 tok);
			return ret;
		}
		if (ret || !*out) {
			snprintf(err, errlen,
				 "line %u: %s errno %s out of range (1-%d)",
				 line, col, tok, MAX_ERRNO);
			return -ERANGE;
		}
	}
	/*
	 * The signal code would take a foreign errno equal to a restart
	 * code for a call to restart: neither column may name one.
	 */
	if (syscall_iface_errno_is_restart(*out)) {
		snprintf(err, errlen, "line %u: %s errno %u is a restart code",
			 line, col, *out);
		return -EINVAL;
	}
	return 0;
}

/**
 * syscall_iface_errno_parse - a table with another errno map
 * @text: the map, "NATIVE FOREIGN" a line (need not be NUL-terminated)
 * @len: its length
 * @old: the current table, whose entries and settings the new one keeps
 * @err: filled with a one-line reason on failure
 * @errlen: size of @err
 *
 * NATIVE is a native errno by number or by name ("ENOENT", with
 * CONFIG_SYMBOLIC_ERRNAME); FOREIGN is the number the interface's programs
 * get instead.  Both lie in 1-MAX_ERRNO, and neither may be a restart
 * code.  An error with no entry is returned as it is.
 *
 * Return: the new table, or an ERR_PTR: -EINVAL (syntax, unknown name,
 * restart code), -ERANGE (out of range), -EEXIST (errno mapped twice),
 * -ENOMEM.
 */
struct syscall_iface_table *syscall_iface_errno_parse(const char *text,
						      size_t len,
						      const struct syscall_iface_table *old,
						      char *err, size_t errlen)
{
	struct syscall_iface_table *t = ERR_PTR(-ENOMEM);
	unsigned int line = 0, count = 0, size = 0;
	char *copy, *rest, *tok[2];
	u16 *map;
	int ret;

	copy = text_copy(text, len, "errno", err, errlen);
	if (IS_ERR(copy))
		return ERR_CAST(copy);
	map = kvcalloc(MAX_ERRNO + 1, sizeof(*map), GFP_KERNEL);
	if (!map)
		goto out;

	rest = copy;
	while ((ret = next_pair(&rest, tok, &line, "NATIVE_ERRNO FOREIGN_ERRNO",
				err, errlen)) > 0) {
		unsigned int native, foreign;

		ret = parse_errno(tok[0], IS_ENABLED(CONFIG_SYMBOLIC_ERRNAME),
				  &native, "native", line, err, errlen);
		if (!ret)
			ret = parse_errno(tok[1], false, &foreign, "foreign",
					  line, err, errlen);
		if (ret)
			break;
		if (map[native]) {
			snprintf(err, errlen, "line %u: errno %s mapped twice",
				 line, tok[0]);
			ret = -EEXIST;
			break;
		}
		map[native] = foreign;
		count++;
		size = max(size, native + 1);
	}
	if (ret) {
		t = ERR_PTR(ret);
		goto out;
	}
	t = table_build(old, old->ent, old->size, old->count, map, size,
			count) ?: ERR_PTR(-ENOMEM);
out:
	if (PTR_ERR_OR_ZERO(t) == -ENOMEM)
		snprintf(err, errlen, "out of memory");
	kvfree(map);
	kvfree(copy);
	return t;
}

/**
 * syscall_iface_table_seal - work out what follows from a table's settings
 * @t: a table about to be published
 */
void syscall_iface_table_seal(struct syscall_iface_table *t)
{
	t->convert = t->ret != SYSCALL_IFACE_RET_LINUX || t->errno_count;
}

/**
 * syscall_iface_table_check - whether a table suits a platform
 * @t: an interface's table
 * @platform: the platform the interface is to name, or NULL
 * @why: filled with a one-line reason on refusal
 * @len: size of @why
 *
 * For a change of platform: the table may keep naming only the services
 * an interface of the new platform may name (syscall_iface_service_check()).
 * Caller holds syscall_iface_mutex.
 *
 * Return: 0, or -EINVAL with the reason in @why.
 */
int syscall_iface_table_check(const struct syscall_iface_table *t,
			      const struct syscall_iface_platform *platform,
			      char *why, size_t len)
{
	char reason[96];
	unsigned int nr;
	int ret;

	for (nr = 0; nr < t->size; nr++) {
		if (!syscall_iface_ent_is_service(t->ent[nr]))
			continue;
		ret = syscall_iface_service_check(t->ent[nr], platform, reason,
						  sizeof(reason));
		if (ret) {
			snprintf(why, len, "the table maps %u to %s", nr, reason);
			return ret;
		}
	}
	return 0;
}

/**
 * syscall_iface_table_publish - make a table an interface's, as a whole
 * @iface: the interface
 * @t: the new table, which @iface takes over
 *
 * Tasks decoding a call see the old table or the new one, never a mix.
 * The static keys that let the entry code skip what no interface uses
 * follow the tables: the int $0x80 entry looks for int80 tasks before
 * they exist, and native tasks reach services once linux has an extra.
 * Caller holds syscall_iface_mutex.
 */
void syscall_iface_table_publish(struct syscall_iface *iface,
				 struct syscall_iface_table *t)
{
	struct syscall_iface_table *old;

	old = rcu_dereference_protected(iface->table,
					lockdep_is_held(&syscall_iface_mutex));
	syscall_iface_table_seal(t);
	if (t->method == SYSCALL_IFACE_METHOD_INT80)
		static_branch_inc(&syscall_iface_int80_on);
	if (iface->native && !old->count != !t->count) {
		if (t->count) {
			static_branch_inc(&syscall_iface_services_on);
			static_branch_inc(&syscall_iface_extras_on);
		} else {
			static_branch_dec(&syscall_iface_extras_on);
			static_branch_dec(&syscall_iface_services_on);
		}
	}
	rcu_assign_pointer(iface->table, t);
	if (old->method == SYSCALL_IFACE_METHOD_INT80)
		static_branch_dec(&syscall_iface_int80_on);
	kvfree_rcu(old, rcu);
	/* Slots that only the old table named are free now. */
	syscall_iface_services_sweep();
}

/**
 * syscall_iface_table_free - free the last table of an interface
 * @t: the table, which no task can reach any more
 */
void syscall_iface_table_free(struct syscall_iface_table *t)
{
	if (t->method == SYSCALL_IFACE_METHOD_INT80)
		static_branch_dec(&syscall_iface_int80_on);
	kvfree(t);
}

/**
 * syscall_iface_table_dup - copy a table, to change one of its settings
 * @t: the table
 *
 * Return: the copy, or NULL when out of memory.
 */
struct syscall_iface_table *syscall_iface_table_dup(const struct syscall_iface_table *t)
{
	size_t bytes = table_bytes(t->size, t->errno_size);
	struct syscall_iface_table *n;

	n = kvmalloc(bytes, GFP_KERNEL);
	if (!n)
		return NULL;
	memcpy(n, t, bytes);
	return n;
}

/**
 * syscall_iface_errno_format - print an errno map in its normalised form
 * @t: the table
 * @buf: where to print, or NULL to measure
 * @size: size of @buf
 *
 * Every byte of @buf is written, newlines where no line fits: configfs
 * reads a binary attribute in two calls, one for its size and one for
 * its text, and copies out as many bytes as the first said, while the
 * table may change in between.
 *
 * Return: the length of the whole text (which may exceed @size).
 */
ssize_t syscall_iface_errno_format(const struct syscall_iface_table *t,
				   char *buf, size_t size)
{
	const u16 *map = syscall_iface_errmap(t);
	size_t len = 0;
	unsigned int e;
	char line[48];
	int n;

	if (buf)
		memset(buf, '\n', size);
	for (e = 1; e < t->errno_size; e++) {
		const char *name = errname(e);

		if (!map[e])
			continue;
		if (name)
			n = snprintf(line, sizeof(line), "%s %u\n", name, map[e]);
		else
			n = snprintf(line, sizeof(line), "%u %u\n", e, map[e]);
		if (buf && len + n <= size)
			memcpy(buf + len, line, n);
		len += n;
	}
	return len;
}

/**
 * syscall_iface_table_format - print a table in its normalised text form
 * @t: the table
 * @buf: where to print, or NULL to measure
 * @size: size of @buf
 *
 * Every byte of @buf is written, newlines where no line fits: configfs
 * reads a binary attribute in two calls, one for its size and one for
 * its text, and copies out as many bytes as the first said, while the
 * table may change in between.
 * Service names are read under RCU, which the slots are freed after.
 *
 * Return: the length of the whole text (which may exceed @size).
 */
ssize_t syscall_iface_table_format(const struct syscall_iface_table *t,
				   char *buf, size_t size)
{
	size_t len = 0;
	char line[80];
	int n;
	unsigned int nr;

	if (buf)
		memset(buf, '\n', size);
	rcu_read_lock();
	for (nr = 0; nr < t->size; nr++) {
		unsigned int e = t->ent[nr];
		const char *name;
		bool present = true;

		if (e == SYSCALL_IFACE_UNMAPPED)
			continue;
		if (e >= SYSCALL_IFACE_SERVICE_BASE)
			name = syscall_iface_service_name(e, &present);
		else
			name = syscall_iface_native_name(e);
		if (name && !present)
			n = snprintf(line, sizeof(line), "%u service:%s # absent\n",
				     nr, name);
		else if (name)
			n = snprintf(line, sizeof(line), "%u %s\n", nr, name);
		else
			n = snprintf(line, sizeof(line), "%u %u\n", nr, e);
		if (buf && len + n <= size)
			memcpy(buf + len, line, n);
		len += n;
	}
	rcu_read_unlock();
	return len;
}

#if IS_ENABLED(CONFIG_SYSCALL_IFACE_KUNIT_TEST)
#include "table_test.c"
#endif
