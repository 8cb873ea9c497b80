// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface control plane: /sys/kernel/config/syscall_iface/NAME/
 *
 *   table     the whole table, "FOREIGN_NR NATIVE" a line (binary
 *             attribute: larger than a page; applied when the file is
 *             closed, refusals reported in table_error and the log)
 *   nr_reg    register with the syscall number (rax, rbx, ... r15)
 *   unmapped  what an unmapped number does: enosys, sigsys or kill
 *   method    the instruction its programs enter with: syscall or int80
 *   ret       how errors return: linux (-errno) or carry (errno, CF set)
 *   errno     errno map, "NATIVE FOREIGN" a line (binary, as table)
 *   restricted  1: only CAP_SYS_ADMIN may run under it (exec, prctl, ptrace)
 *   magic     signature bytes, "\xNN" escapes
 *   offset    where the signature starts (magic must end by byte 128)
 *   mask      optional mask, as long as magic; write "" to clear
 *   binfmt    handler that selects the interface: juha, elf or ""
 *   stats     counters (read-only)
 *   table_error  why the last table or errno write was refused, or ""
 *
 * Every change is checked first and applied whole, or not at all.
 */

#define pr_fmt(fmt) "syscall_iface: " fmt

#include <linux/ctype.h>
#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sysfs.h>

#include "internal.h"

#define TABLE_MAX_BYTES	(4 << 20)
#define ERRNO_MAX_BYTES	(64 << 10)

static struct syscall_iface *to_iface(struct config_item *item)
{
	return container_of(to_config_group(item), struct syscall_iface, group);
}

/**
 * refuse - turn a change down: one line in the log, the errno to the writer
 * @iface: the interface being changed
 * @err: the negative errno
 * @fmt: printf format of the reason
 *
 * Return: @err.
 */
static __printf(3, 4) ssize_t refuse(struct syscall_iface *iface, int err,
				     const char *fmt, ...)
{
	struct va_format vaf;
	va_list args;

	if (!__ratelimit(&iface->log_rs))
		return err;
	va_start(args, fmt);
	vaf.fmt = fmt;
	vaf.va = &args;
	pr_warn("%s: %pV (%pe)\n", syscall_iface_name(iface), &vaf, ERR_PTR(err));
	va_end(args);
	return err;
}

static int native_refuse(struct syscall_iface *iface, const char *attr)
{
	return refuse(iface, -EPERM,
		      "%s: linux is the native interface and cannot be changed",
		      attr);
}

/* Attribute text without the trailing newline that echo adds. */
static size_t chomp(const char *page, size_t count)
{
	if (count && page[count - 1] == '\n')
		count--;
	return count;
}

/*
 * Attributes whose show and store are one function of a few, told which
 * attribute they serve: iface_NAME_show() and iface_NAME_store() call
 * KIND_show() and KIND_store() with ARG.
 */
#define SETTING_ATTR(name, kind, arg)					\
static const unsigned int iface_##name##_which = arg;			\
static ssize_t iface_##name##_show(struct config_item *item, char *page)	\
{									\
	return kind##_show(item, iface_##name##_which, page);		\
}									\
static ssize_t iface_##name##_store(struct config_item *item,		\
				    const char *page, size_t count)	\
{									\
	return kind##_store(item, iface_##name##_which, page, count);	\
}									\
CONFIGFS_ATTR(iface_, name)

/* Binary attributes that hold a whole text (table, errno) of up to MAX. */
#define TEXT_ATTR(name, arg, max)					\
static const unsigned int iface_##name##_which = arg;			\
static ssize_t iface_##name##_read(struct config_item *item, void *buf,	\
				   size_t size)				\
{									\
	return text_read(item, iface_##name##_which, buf, size);	\
}									\
static ssize_t iface_##name##_write(struct config_item *item,		\
				    const void *buf, size_t size)	\
{									\
	return text_write(item, iface_##name##_which, buf, size);	\
}									\
CONFIGFS_BIN_ATTR(iface_, name, NULL, max)

/* ---- table and errno: whole tables, replaced under RCU ---- */

enum text_attr { TEXT_TABLE, TEXT_ERRNO };

static ssize_t text_read(struct config_item *item, enum text_attr a,
			 void *buf, size_t size)
{
	struct syscall_iface *iface = to_iface(item);
	const struct syscall_iface_table *t;
	ssize_t len;

	rcu_read_lock();
	t = rcu_dereference(iface->table);
	if (a == TEXT_TABLE)
		len = syscall_iface_table_format(t, buf, size);
	else
		len = syscall_iface_errno_format(t, buf, size);
	rcu_read_unlock();
	return buf ? min_t(ssize_t, len, size) : len;
}

/*
 * A whole table or errno map, written and closed: applied, or refused.
 * configfs drops the result of a binary write at close, so a refusal is
 * reported in table_error (and the log) for the writer to read.
 */
static ssize_t text_write(struct config_item *item, enum text_attr a,
			  const void *buf, size_t size)
{
	struct syscall_iface *iface = to_iface(item);
	const char *attr = a == TEXT_TABLE ? "table" : "errno";
	const struct syscall_iface_platform *platform;
	struct syscall_iface_table *t, *old;
	char why[128];

	mutex_lock(&syscall_iface_mutex);
	old = rcu_dereference_protected(iface->table,
					lockdep_is_held(&syscall_iface_mutex));
	platform = rcu_dereference_protected(iface->platform,
					     lockdep_is_held(&syscall_iface_mutex));
	if (iface->native && a == TEXT_ERRNO) {
		strscpy(why, "linux is the native interface and cannot be changed");
		t = ERR_PTR(-EPERM);
	} else if (a == TEXT_TABLE) {
		t = syscall_iface_table_parse(buf, size, old, iface->native,
					      platform, why, sizeof(why));
	} else {
		t = syscall_iface_errno_parse(buf, size, old, why, sizeof(why));
	}
	if (IS_ERR(t)) {
		snprintf(iface->table_error, sizeof(iface->table_error),
			 "%pe: %s%s%s\n", t, a == TEXT_ERRNO ? attr : "",
			 a == TEXT_ERRNO ? ": " : "", why);
		mutex_unlock(&syscall_iface_mutex);
		return refuse(iface, PTR_ERR(t), "%s: %s", attr, why);
	}
	syscall_iface_table_publish(iface, t);
	iface->table_error[0] = '\0';
	mutex_unlock(&syscall_iface_mutex);
	return size;
}

TEXT_ATTR(table, TEXT_TABLE, TABLE_MAX_BYTES);

TEXT_ATTR(errno, TEXT_ERRNO, ERRNO_MAX_BYTES);

static ssize_t iface_table_error_show(struct config_item *item, char *page)
{
	struct syscall_iface *iface = to_iface(item);
	ssize_t len;

	mutex_lock(&syscall_iface_mutex);
	len = sysfs_emit(page, "%s", iface->table_error);
	mutex_unlock(&syscall_iface_mutex);
	return len;
}

CONFIGFS_ATTR_RO(iface_, table_error);

/* ---- settings kept in the table: nr_reg, unmapped, method, ret ---- */

enum table_setting { SET_NR_OFF, SET_UNMAPPED, SET_METHOD, SET_RET };

/**
 * table_update - publish a copy of the table with one setting changed
 * @iface: the interface
 * @s: the setting
 * @val: its new value, already checked
 *
 * Return: 0 or -ENOMEM.
 */
static int table_update(struct syscall_iface *iface, enum table_setting s,
			unsigned int val)
{
	struct syscall_iface_table *t, *old;

	mutex_lock(&syscall_iface_mutex);
	old = rcu_dereference_protected(iface->table,
					lockdep_is_held(&syscall_iface_mutex));
	t = syscall_iface_table_dup(old);
	if (!t) {
		mutex_unlock(&syscall_iface_mutex);
		return -ENOMEM;
	}
	switch (s) {
	case SET_NR_OFF:
		t->nr_off = val;
		break;
	case SET_UNMAPPED:
		t->unmapped = val;
		break;
	case SET_METHOD:
		t->method = val;
		break;
	case SET_RET:
		t->ret = val;
		break;
	}
	syscall_iface_table_publish(iface, t);
	mutex_unlock(&syscall_iface_mutex);
	return 0;
}

/* The value of a setting, read from one snapshot of the table. */
static unsigned int table_setting(struct syscall_iface *iface,
				  enum table_setting s)
{
	const struct syscall_iface_table *t;
	unsigned int val = 0;

	rcu_read_lock();
	t = rcu_dereference(iface->table);
	switch (s) {
	case SET_NR_OFF:
		val = t->nr_off;
		break;
	case SET_UNMAPPED:
		val = t->unmapped;
		break;
	case SET_METHOD:
		val = t->method;
		break;
	case SET_RET:
		val = t->ret;
		break;
	}
	rcu_read_unlock();
	return val;
}

/* ---- nr_reg ---- */

static ssize_t iface_nr_reg_show(struct config_item *item, char *page)
{
	unsigned int off = table_setting(to_iface(item), SET_NR_OFF);

	return sysfs_emit(page, "%s\n", syscall_iface_reg_name(off));
}

static ssize_t iface_nr_reg_store(struct config_item *item, const char *page,
				  size_t count)
{
	struct syscall_iface *iface = to_iface(item);
	char name[8];
	int off;

	if (iface->native)
		return native_refuse(iface, "nr_reg");
	if (chomp(page, count) >= sizeof(name))
		return refuse(iface, -EINVAL, "nr_reg: unknown register '%.*s'",
			      (int)chomp(page, count), page);
	strscpy(name, page, chomp(page, count) + 1);
	off = syscall_iface_reg_offset(name);
	if (off < 0)
		return refuse(iface, -EINVAL,
			      "nr_reg: unknown register '%s' (rax rbx rcx rdx rsi rdi rbp r8-r15)",
			      name);

	return table_update(iface, SET_NR_OFF, off) ?: count;
}

CONFIGFS_ATTR(iface_, nr_reg);

/* ---- unmapped, method, ret: one word from a short list ---- */

static const char * const unmapped_names[] = {
	[SYSCALL_IFACE_UNMAPPED_ENOSYS] = "enosys",
	[SYSCALL_IFACE_UNMAPPED_SIGSYS] = "sigsys",
	[SYSCALL_IFACE_UNMAPPED_KILL] = "kill",
};

static const char * const method_names[] = {
	[SYSCALL_IFACE_METHOD_SYSCALL] = "syscall",
	[SYSCALL_IFACE_METHOD_INT80] = "int80",
};

static const char * const ret_names[] = {
	[SYSCALL_IFACE_RET_LINUX] = "linux",
	[SYSCALL_IFACE_RET_CARRY] = "carry",
};

static const struct {
	const char *attr;
	const char *what;
	const char * const *names;
	unsigned int n;
	const char *choices;
} word_settings[] = {
	[SET_UNMAPPED] = { "unmapped", "policy", unmapped_names,
			   ARRAY_SIZE(unmapped_names), "enosys, sigsys or kill" },
	[SET_METHOD] = { "method", "method", method_names,
			 ARRAY_SIZE(method_names), "syscall or int80" },
	[SET_RET] = { "ret", "convention", ret_names, ARRAY_SIZE(ret_names),
		      "linux or carry" },
};

static ssize_t word_show(struct config_item *item, enum table_setting s,
			 char *page)
{
	unsigned int val = table_setting(to_iface(item), s);

	return sysfs_emit(page, "%s\n", word_settings[s].names[val]);
}

static ssize_t word_store(struct config_item *item, enum table_setting s,
			  const char *page, size_t count)
{
	struct syscall_iface *iface = to_iface(item);
	const char *attr = word_settings[s].attr;
	size_t len = chomp(page, count);
	unsigned int i;

	if (iface->native)
		return native_refuse(iface, attr);
	for (i = 0; i < word_settings[s].n; i++)
		if (strlen(word_settings[s].names[i]) == len &&
		    !strncmp(word_settings[s].names[i], page, len))
			break;
	if (i == word_settings[s].n)
		return refuse(iface, -EINVAL, "%s: unknown %s '%.*s' (%s)", attr,
			      word_settings[s].what, (int)len, page,
			      word_settings[s].choices);
	if (s == SET_METHOD && i == SYSCALL_IFACE_METHOD_INT80 &&
	    !syscall_iface_int80_gate())
		return refuse(iface, -EOPNOTSUPP,
			      "method: int80: this kernel has no int $0x80 gate (IA32 emulation is off)");
	return table_update(iface, s, i) ?: count;
}

SETTING_ATTR(unmapped, word, SET_UNMAPPED);

SETTING_ATTR(method, word, SET_METHOD);

SETTING_ATTR(ret, word, SET_RET);

/* ---- restricted: only CAP_SYS_ADMIN may run under it ---- */

static ssize_t iface_restricted_show(struct config_item *item, char *page)
{
	return sysfs_emit(page, "%d\n", READ_ONCE(to_iface(item)->restricted));
}

static ssize_t iface_restricted_store(struct config_item *item,
				      const char *page, size_t count)
{
	struct syscall_iface *iface = to_iface(item);
	unsigned int on;

	if (iface->native)
		return native_refuse(iface, "restricted");
	/* Exactly 0 or 1: kstrtobool() would take "yes", "off" or "10". */
	if (kstrtouint(page, 10, &on) || on > 1)
		return refuse(iface, -EINVAL, "restricted: '%.*s' is not 0 or 1",
			      (int)chomp(page, count), page);
	WRITE_ONCE(iface->restricted, on == 1);
	return count;
}

CONFIGFS_ATTR(iface_, restricted);

/* ---- platform: the foreign ABI's hooks, from a module (platform.c) ---- */

static ssize_t iface_platform_show(struct config_item *item, char *page)
{
	struct syscall_iface *iface = to_iface(item);
	const struct syscall_iface_platform *p;
	ssize_t len;

	rcu_read_lock();
	p = rcu_dereference(iface->platform);
	len = sysfs_emit(page, "%s\n", p ? p->name : "");
	rcu_read_unlock();
	return len;
}

/*
 * Name a platform, loading its module, or none (an empty line).  Tasks
 * that run the interface keep the platform they got; the old platform's
 * module is released once no exec or prctl can be taking it from here.
 * The table must suit the new platform: it keeps naming only services
 * the interface may name with it (syscall_iface_table_check()).
 */
static ssize_t iface_platform_store(struct config_item *item,
				    const char *page, size_t count)
{
	struct syscall_iface *iface = to_iface(item);
	const struct syscall_iface_platform *new = NULL, *old;
	const struct syscall_iface_table *t;
	size_t len = chomp(page, count);
	char name[SYSCALL_IFACE_NAME_MAX + 1];
	char why[160];
	int ret;

	if (iface->native)
		return native_refuse(iface, "platform");
	if (len) {
		strscpy(name, page, min(len + 1, sizeof(name)));
		if (len >= sizeof(name) || strlen(name) != len ||
		    !syscall_iface_name_ok(name))
			return refuse(iface, -EINVAL,
				      "platform: '%.*s' is not a platform name (up to %d letters, digits or '_')",
				      (int)len, page, SYSCALL_IFACE_NAME_MAX);
		new = syscall_iface_platform_get(name);
		if (!new)
			return refuse(iface, -ENOENT,
				      "platform: no platform '%s' (its module is not loaded and did not load)",
				      name);
	}
	mutex_lock(&syscall_iface_mutex);
	t = rcu_dereference_protected(iface->table,
				      lockdep_is_held(&syscall_iface_mutex));
	ret = syscall_iface_table_check(t, new, why, sizeof(why));
	if (ret) {
		mutex_unlock(&syscall_iface_mutex);
		syscall_iface_platform_put(new);
		return refuse(iface, ret, "platform: %s", why);
	}
	old = rcu_dereference_protected(iface->platform,
					lockdep_is_held(&syscall_iface_mutex));
	rcu_assign_pointer(iface->platform, new);
	mutex_unlock(&syscall_iface_mutex);
	if (old) {
		synchronize_rcu();
		syscall_iface_platform_put(old);
	}
	return count;
}

CONFIGFS_ATTR(iface_, platform);

/* ---- signature: magic, offset, mask ---- */

/*
 * Parse bytes written binfmt_misc style: "\xNN" is a byte, "\\" a
 * backslash, anything else itself.  Return the length, or -EINVAL for a
 * bad escape, -E2BIG past SYSCALL_IFACE_SIG_MAX bytes.
 */
static int parse_bytes(const char *s, size_t len, u8 *out)
{
	int n = 0;
	size_t i;

	for (i = 0; i < len; i++) {
		u8 c = s[i];

		if (c == '\\') {
			if (i + 1 < len && s[i + 1] == '\\') {
				i++;
			} else if (i + 3 < len && s[i + 1] == 'x' &&
				   isxdigit(s[i + 2]) && isxdigit(s[i + 3])) {
				c = hex_to_bin(s[i + 2]) << 4 |
				    hex_to_bin(s[i + 3]);
				i += 3;
			} else {
				return -EINVAL;
			}
		}
		if (n == SYSCALL_IFACE_SIG_MAX)
			return -E2BIG;
		out[n++] = c;
	}
	return n;
}

static ssize_t show_bytes(char *page, const u8 *b, unsigned int len)
{
	ssize_t n = 0;
	unsigned int i;

	for (i = 0; i < len; i++) {
		if (b[i] == '\\')
			n += sysfs_emit_at(page, n, "\\\\");
		else if (isprint(b[i]) && b[i] != ' ')
			n += sysfs_emit_at(page, n, "%c", b[i]);
		else
			n += sysfs_emit_at(page, n, "\\x%02x", b[i]);
	}
	return n + sysfs_emit_at(page, n, "\n");
}

enum sig_field { SIG_MAGIC, SIG_OFFSET, SIG_MASK };
static const char * const sig_field_name[] = { "magic", "offset", "mask" };

/* Check a new signature and publish it; caller holds the mutex. */
static ssize_t sig_commit(struct syscall_iface *iface, enum sig_field f,
			  struct syscall_iface_sig *sig)
{
	struct syscall_iface *other;
	const char *attr = sig_field_name[f];
	ssize_t ret;

	if (sig->offset + sig->len > SYSCALL_IFACE_SIG_MAX) {
		ret = refuse(iface, -ERANGE,
			     "%s: offset %u + length %u is past byte %d",
			     attr, sig->offset, sig->len,
			     SYSCALL_IFACE_SIG_MAX);
		kfree(sig);
		return ret;
	}
	if (iface->binfmt != SYSCALL_IFACE_BINFMT_NONE) {
		other = syscall_iface_bound_clash(iface, iface->binfmt, sig);
		if (other) {
			kfree(sig);
			return refuse(iface, -EEXIST,
				      "%s: %s, bound to %s, has this signature",
				      attr, syscall_iface_name(other),
				      syscall_iface_binfmt_name(iface->binfmt));
		}
	}
	syscall_iface_set_sig(iface, sig);
	return 0;
}

static ssize_t sig_store(struct config_item *item, enum sig_field f,
			 const char *page, size_t count)
{
	struct syscall_iface *iface = to_iface(item);
	const char *attr = sig_field_name[f];
	size_t len = chomp(page, count);
	struct syscall_iface_sig *sig;
	u8 bytes[SYSCALL_IFACE_SIG_MAX];
	unsigned int off;
	ssize_t ret = 0;
	int n = 0;

	if (iface->native)
		return native_refuse(iface, attr);

	if (f == SIG_OFFSET) {
		ret = kstrtouint(page, 0, &off);
		if (ret == -ERANGE)
			return refuse(iface, -ERANGE, "offset: %.*s is past byte %d",
				      (int)len, page, SYSCALL_IFACE_SIG_MAX - 1);
		if (ret)
			return refuse(iface, -EINVAL, "offset: bad number '%.*s'",
				      (int)len, page);
		if (off >= SYSCALL_IFACE_SIG_MAX)
			return refuse(iface, -ERANGE,
				      "offset: %u is past byte %d", off,
				      SYSCALL_IFACE_SIG_MAX - 1);
	} else {
		n = parse_bytes(page, len, bytes);
		if (n == -E2BIG)
			return refuse(iface, n, "%s: longer than %d bytes",
				      attr, SYSCALL_IFACE_SIG_MAX);
		if (n < 0)
			return refuse(iface, n,
				      "%s: bad escape (use \\xNN or \\\\)", attr);
		if (!n && f == SIG_MAGIC)
			return refuse(iface, -EINVAL, "magic: empty");
	}

	mutex_lock(&syscall_iface_mutex);
	sig = rcu_dereference_protected(iface->sig,
					lockdep_is_held(&syscall_iface_mutex));
	sig = kmemdup(sig, sizeof(*sig), GFP_KERNEL);
	if (!sig) {
		ret = -ENOMEM;
		goto out;
	}
	switch (f) {
	case SIG_MAGIC:
		if (sig->masked && n != sig->len) {
			ret = refuse(iface, -EINVAL,
				     "magic: %d bytes, but mask has %u; clear mask first",
				     n, sig->len);
			kfree(sig);
			goto out;
		}
		memcpy(sig->magic, bytes, n);
		sig->len = n;
		break;
	case SIG_OFFSET:
		sig->offset = off;
		break;
	case SIG_MASK:
		if (n && n != sig->len) {
			ret = refuse(iface, -EINVAL,
				     "mask: %d bytes, but magic has %u", n,
				     sig->len);
			kfree(sig);
			goto out;
		}
		memcpy(sig->mask, bytes, n);
		sig->masked = n;
		break;
	}
	ret = sig_commit(iface, f, sig);
out:
	mutex_unlock(&syscall_iface_mutex);
	return ret ?: count;
}

static ssize_t sig_show(struct config_item *item, enum sig_field f,
			char *page)
{
	struct syscall_iface *iface = to_iface(item);
	const struct syscall_iface_sig *sig;
	ssize_t ret;

	rcu_read_lock();
	sig = rcu_dereference(iface->sig);
	if (f == SIG_OFFSET)
		ret = sysfs_emit(page, "%u\n", sig->offset);
	else if (f == SIG_MAGIC)
		ret = show_bytes(page, sig->magic, sig->len);
	else
		ret = show_bytes(page, sig->mask, sig->masked ? sig->len : 0);
	rcu_read_unlock();
	return ret;
}

SETTING_ATTR(magic, sig, SIG_MAGIC);

SETTING_ATTR(offset, sig, SIG_OFFSET);

SETTING_ATTR(mask, sig, SIG_MASK);

/* ---- binfmt ---- */

static ssize_t iface_binfmt_show(struct config_item *item, char *page)
{
	struct syscall_iface *iface = to_iface(item);

	return sysfs_emit(page, "%s\n",
			  syscall_iface_binfmt_name(READ_ONCE(iface->binfmt)));
}

static ssize_t iface_binfmt_store(struct config_item *item, const char *page,
				  size_t count)
{
	struct syscall_iface *iface = to_iface(item);
	size_t len = chomp(page, count);
	enum syscall_iface_binfmt fmt;
	const struct syscall_iface_sig *sig;
	struct syscall_iface *other;
	ssize_t ret = count;

	if (iface->native)
		return native_refuse(iface, "binfmt");
	if (!len)
		fmt = SYSCALL_IFACE_BINFMT_NONE;
	else if (len == 4 && !strncmp(page, "juha", 4))
		fmt = SYSCALL_IFACE_BINFMT_JUHA;
	else if (len == 3 && !strncmp(page, "elf", 3))
		fmt = SYSCALL_IFACE_BINFMT_ELF;
	else
		return refuse(iface, -EINVAL,
			      "binfmt: unknown handler '%.*s' (juha, elf or empty)",
			      (int)len, page);

	mutex_lock(&syscall_iface_mutex);
	sig = rcu_dereference_protected(iface->sig,
					lockdep_is_held(&syscall_iface_mutex));
	if (iface->deleted) {
		ret = -ENOENT;
	} else if (fmt != SYSCALL_IFACE_BINFMT_NONE && !sig->len) {
		ret = refuse(iface, -EINVAL, "binfmt: set magic first");
	} else if (fmt != SYSCALL_IFACE_BINFMT_NONE &&
		   syscall_iface_bound_clash(iface, fmt, sig)) {
		other = syscall_iface_bound_clash(iface, fmt, sig);
		ret = refuse(iface, -EEXIST,
			     "binfmt: %s, bound to %s, has the same signature",
			     syscall_iface_name(other),
			     syscall_iface_binfmt_name(fmt));
	} else {
		syscall_iface_bind(iface, fmt);
	}
	mutex_unlock(&syscall_iface_mutex);
	return ret;
}

CONFIGFS_ATTR(iface_, binfmt);

/* ---- stats ---- */

static ssize_t iface_stats_show(struct config_item *item, char *page)
{
	struct syscall_iface *iface = to_iface(item);
	struct syscall_iface_pcpu sum;
	const char *fmt = syscall_iface_binfmt_name(READ_ONCE(iface->binfmt));
	long tasks;

	mutex_lock(&syscall_iface_mutex);
	tasks = syscall_iface_tasks(iface);
	mutex_unlock(&syscall_iface_mutex);
	syscall_iface_sum(iface, &sum);
	if (iface->native)
		return sysfs_emit(page,
				  "binfmt: -\ntasks: %ld\nexecs: %llu\nsyscalls: -\nunmapped: -\n",
				  tasks, sum.execs);
	return sysfs_emit(page,
			  "binfmt: %s\ntasks: %ld\nexecs: %llu\nsyscalls: %llu\nunmapped: %llu\n",
			  *fmt ? fmt : "-", tasks, sum.execs, sum.calls,
			  sum.unmapped);
}

CONFIGFS_ATTR_RO(iface_, stats);

static struct configfs_attribute *iface_attrs[] = {
	&iface_attr_nr_reg,
	&iface_attr_unmapped,
	&iface_attr_method,
	&iface_attr_ret,
	&iface_attr_restricted,
	&iface_attr_platform,
	&iface_attr_magic,
	&iface_attr_offset,
	&iface_attr_mask,
	&iface_attr_binfmt,
	&iface_attr_stats,
	&iface_attr_table_error,
	NULL,
};

static struct configfs_bin_attribute *iface_bin_attrs[] = {
	&iface_attr_table,
	&iface_attr_errno,
	NULL,
};

static void iface_item_release(struct config_item *item)
{
	syscall_iface_release(to_iface(item));
}

static struct configfs_item_operations iface_item_ops = {
	.release = iface_item_release,
};

static const struct config_item_type iface_type = {
	.ct_item_ops	= &iface_item_ops,
	.ct_attrs	= iface_attrs,
	.ct_bin_attrs	= iface_bin_attrs,
	.ct_owner	= THIS_MODULE,
};

/* ---- the subsystem: mkdir and rmdir ---- */

static struct config_group *iface_make_group(struct config_group *parent,
					     const char *name)
{
	struct syscall_iface *iface;

	if (strlen(name) > SYSCALL_IFACE_NAME_MAX) {
		pr_warn_ratelimited("mkdir %s: name longer than %d\n", name,
				    SYSCALL_IFACE_NAME_MAX);
		return ERR_PTR(-ENAMETOOLONG);
	}
	iface = syscall_iface_alloc(name, false);
	if (!iface)
		return ERR_PTR(-ENOMEM);

	if (syscall_iface_add(iface, &iface_type)) {
		pr_warn_ratelimited("mkdir %s: already %d interfaces\n", name,
				    SYSCALL_IFACE_MAX_IFACES);
		syscall_iface_destroy(iface);
		return ERR_PTR(-ENOSPC);
	}
	return &iface->group;
}

/*
 * rmdir: unbind at once, so no exec selects the interface again; tasks
 * that use it keep it until they exec or exit, and the last one frees it.
 */
static void iface_drop_item(struct config_group *parent,
			    struct config_item *item)
{
	struct syscall_iface *iface = to_iface(item);

	mutex_lock(&syscall_iface_mutex);
	syscall_iface_bind(iface, SYSCALL_IFACE_BINFMT_NONE);
	iface->deleted = true;
	mutex_unlock(&syscall_iface_mutex);
	if (atomic_long_read(&iface->tasks))
		pr_info("%s: removed; %ld tasks keep it until they exec or exit\n",
			syscall_iface_name(iface),
			atomic_long_read(&iface->tasks));
	config_item_put(item);
}

static struct configfs_group_operations iface_group_ops = {
	.make_group	= iface_make_group,
	.drop_item	= iface_drop_item,
};

static const struct config_item_type subsys_type = {
	.ct_group_ops	= &iface_group_ops,
	.ct_owner	= THIS_MODULE,
};

static struct configfs_subsystem syscall_iface_subsys = {
	.su_group = {
		.cg_item = {
			.ci_namebuf = "syscall_iface",
			.ci_type = &subsys_type,
		},
	},
};

int __init syscall_iface_configfs_init(void)
{
	struct syscall_iface *linux_iface;
	int ret;

	linux_iface = syscall_iface_alloc("linux", true);
	if (!linux_iface)
		return -ENOMEM;
	config_group_init_type_name(&linux_iface->group, "linux", &iface_type);
	list_add(&linux_iface->node, &syscall_iface_all);
	syscall_iface_linux = linux_iface;

	config_group_init(&syscall_iface_subsys.su_group);
	mutex_init(&syscall_iface_subsys.su_mutex);
	configfs_add_default_group(&linux_iface->group,
				   &syscall_iface_subsys.su_group);
	ret = configfs_register_subsystem(&syscall_iface_subsys);
	if (ret)
		pr_err("cannot register configfs subsystem: %d\n", ret);
	return ret;
}
