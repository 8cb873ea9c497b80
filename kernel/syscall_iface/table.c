// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface tables: parse and print the text form.
 *
 * One mapping a line, "FOREIGN_NR NATIVE", where NATIVE is a native
 * syscall name ("write"), a native number, or a service name
 * ("iface_info").  "#" starts a comment; blank lines are ignored.
 */

#define pr_fmt(fmt) "syscall_iface: " fmt

#include <linux/ctype.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>

#include "internal.h"

static size_t table_bytes(unsigned int size)
{
	return struct_size_t(struct syscall_iface_table, ent, size);
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

/* Resolve the NATIVE column: a native name or number, or a service. */
static int parse_target(const char *tok, bool native, unsigned int *out,
			char *err, size_t errlen, unsigned int line)
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
			snprintf(err, errlen, "line %u: no room for service '%s' (at most %d)",
				 line, tok + 8, SYSCALL_IFACE_MAX_SERVICES);
			return id;
		}
		if (id < 0) {
			snprintf(err, errlen, "line %u: bad service name '%s'",
				 line, tok + 8);
			return -EINVAL;
		}
		*out = id;
		return 0;
	}
	id = syscall_iface_service_lookup(tok, false);
	if (id >= 0) {
		*out = id;
		return 0;
	}
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

/**
 * syscall_iface_table_parse - build a table from its text form
 * @text: the text (need not be NUL-terminated)
 * @len: its length
 * @nr_off: number register of the new table
 * @native: parsing for "linux", which only adds services at numbers
 *          that are not native syscalls
 * @err: filled with a one-line reason on failure
 * @errlen: size of @err
 *
 * "service:NAME" reserves a slot for a service not known yet; a refused
 * table reserves none.  Caller holds syscall_iface_mutex.
 *
 * Return: the new table, or an ERR_PTR: -EINVAL (syntax, unknown name),
 * -ERANGE (number out of range), -EEXIST (number mapped twice), -ENOMEM.
 */
struct syscall_iface_table *syscall_iface_table_parse(const char *text,
						      size_t len,
						      unsigned int nr_off,
						      bool native, char *err,
						      size_t errlen)
{
	struct syscall_iface_table *t = ERR_PTR(-ENOMEM);
	unsigned int line = 0, count = 0, size = 0;
	unsigned int mark = syscall_iface_services_mark();
	char *copy, *rest, *s;
	u16 *ent;
	int ret = 0;

	if (memchr(text, '\0', len)) {
		snprintf(err, errlen, "table text contains a NUL byte");
		return ERR_PTR(-EINVAL);
	}
	copy = kvmalloc(len + 1, GFP_KERNEL);
	ent = kvmalloc_array(SYSCALL_IFACE_MAX_NR + 1, sizeof(*ent), GFP_KERNEL);
	if (!copy || !ent)
		goto out;
	memcpy(copy, text, len);
	copy[len] = '\0';
	memset(ent, 0xff, (SYSCALL_IFACE_MAX_NR + 1) * sizeof(*ent));

	rest = copy;
	while ((s = strsep(&rest, "\n"))) {
		char *hash = strchr(s, '#');
		char *tok[3], *nr_tok, *tgt_tok, *p;
		unsigned int nr, tgt, ntok = 0;

		line++;
		if (hash)
			*hash = '\0';
		while (ntok < ARRAY_SIZE(tok) && (p = strsep(&s, " \t\r")))
			if (*p)
				tok[ntok++] = p;
		if (!ntok)
			continue;
		nr_tok = tok[0];
		tgt_tok = tok[1];
		if (ntok < 2) {
			snprintf(err, errlen, "line %u: expected 'FOREIGN_NR NATIVE'",
				 line);
			ret = -EINVAL;
			break;
		}
		if (ntok > 2) {
			snprintf(err, errlen, "line %u: unexpected '%s'", line,
				 tok[2]);
			ret = -EINVAL;
			break;
		}
		ret = parse_nr(nr_tok, SYSCALL_IFACE_MAX_NR, &nr);
		if (ret == -EINVAL) {
			snprintf(err, errlen, "line %u: bad number '%s'", line,
				 nr_tok);
			break;
		}
		if (ret) {
			snprintf(err, errlen,
				 "line %u: foreign number %s out of range (0-%u)",
				 line, nr_tok, SYSCALL_IFACE_MAX_NR);
			break;
		}
		if (native && nr < syscall_iface_nr_native) {
			snprintf(err, errlen,
				 "line %u: %u is a native syscall of linux", line,
				 nr);
			ret = -EINVAL;
			break;
		}
		ret = parse_target(tgt_tok, native, &tgt, err, errlen, line);
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

	t = kvmalloc(table_bytes(size), GFP_KERNEL);
	if (!t) {
		t = ERR_PTR(-ENOMEM);
		goto out;
	}
	t->nr_off = nr_off;
	t->unmapped = SYSCALL_IFACE_UNMAPPED_ENOSYS;
	t->size = size;
	t->count = count;
	memcpy(t->ent, ent, size * sizeof(*ent));
out:
	if (PTR_ERR_OR_ZERO(t) == -ENOMEM)
		snprintf(err, errlen, "out of memory");
	/* A refused table reserves no service slots. */
	if (IS_ERR(t))
		syscall_iface_services_forget(mark);
	kvfree(ent);
	kvfree(copy);
	return t;
}

/**
 * syscall_iface_table_dup - copy a table, to change its register or policy
 * @t: the table
 *
 * Return: the copy, or NULL when out of memory.
 */
struct syscall_iface_table *syscall_iface_table_dup(const struct syscall_iface_table *t)
{
	struct syscall_iface_table *n;

	n = kvmalloc(table_bytes(t->size), GFP_KERNEL);
	if (!n)
		return NULL;
	memcpy(n, t, table_bytes(t->size));
	return n;
}

/**
 * syscall_iface_table_format - print a table in its normalised text form
 * @t: the table
 * @buf: where to print, or NULL to measure
 * @size: size of @buf
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
	return len;
}

#if IS_ENABLED(CONFIG_SYSCALL_IFACE_KUNIT_TEST)
#include "table_test.c"
#endif
