// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit tests for the signature matcher, decoding, return conversion and
 * service lifetime.
 */

#include <kunit/test.h>
#include <linux/binfmts.h>
#include <linux/completion.h>
#include <linux/delay.h>
#include <linux/kthread.h>
#include <linux/slab.h>
#include <linux/syscall_iface_service.h>
#include <asm/unistd.h>

#include "internal.h"

/* A signature from a string, optionally with a mask. */
static void make_sig(struct syscall_iface_sig *sig, unsigned int offset,
		     const char *magic, unsigned int len, const char *mask)
{
	memset(sig, 0, sizeof(*sig));
	sig->offset = offset;
	sig->len = len;
	memcpy(sig->magic, magic, len);
	if (mask) {
		sig->masked = true;
		memcpy(sig->mask, mask, len);
	}
}

static void match_signature(struct kunit *test)
{
	struct syscall_iface_sig *sig;
	u8 *buf;

	sig = kunit_kzalloc(test, sizeof(*sig), GFP_KERNEL);
	buf = kunit_kzalloc(test, BINPRM_BUF_SIZE, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, sig);
	KUNIT_ASSERT_NOT_NULL(test, buf);
	memcpy(buf, "JUHA\2\1\1\x42", 8);

	KUNIT_EXPECT_FALSE(test, syscall_iface_sig_match(NULL, buf));
	KUNIT_EXPECT_FALSE(test, syscall_iface_sig_match(sig, buf));	/* no magic yet */

	make_sig(sig, 0, "JUHA", 4, NULL);
	KUNIT_EXPECT_TRUE(test, syscall_iface_sig_match(sig, buf));
	make_sig(sig, 0, "JUHB", 4, NULL);
	KUNIT_EXPECT_FALSE(test, syscall_iface_sig_match(sig, buf));
	make_sig(sig, 1, "JUHA", 4, NULL);
	KUNIT_EXPECT_FALSE(test, syscall_iface_sig_match(sig, buf));	/* wrong place */

	/* EI_OSABI, one byte at offset 7. */
	make_sig(sig, 7, "\x42", 1, NULL);
	KUNIT_EXPECT_TRUE(test, syscall_iface_sig_match(sig, buf));
	make_sig(sig, 7, "\x43", 1, NULL);
	KUNIT_EXPECT_FALSE(test, syscall_iface_sig_match(sig, buf));

	/* A mask ignores bit 0x20 of the last byte: "JUHa" matches too. */
	make_sig(sig, 0, "JUHA", 4, "\xff\xff\xff\xdf");
	KUNIT_EXPECT_TRUE(test, syscall_iface_sig_match(sig, buf));
	buf[3] = 'a';
	KUNIT_EXPECT_TRUE(test, syscall_iface_sig_match(sig, buf));
	buf[3] = 'B';
	KUNIT_EXPECT_FALSE(test, syscall_iface_sig_match(sig, buf));
	buf[3] = 'A';

	/* The last bytes of the header, and the whole of it. */
	memcpy(buf + SYSCALL_IFACE_SIG_MAX - 4, "TAIL", 4);
	make_sig(sig, SYSCALL_IFACE_SIG_MAX - 4, "TAIL", 4, NULL);
	KUNIT_EXPECT_TRUE(test, syscall_iface_sig_match(sig, buf));
	make_sig(sig, 0, (const char *)buf, SYSCALL_IFACE_SIG_MAX, NULL);
	KUNIT_EXPECT_TRUE(test, syscall_iface_sig_match(sig, buf));
	buf[SYSCALL_IFACE_SIG_MAX - 1] ^= 1;
	KUNIT_EXPECT_FALSE(test, syscall_iface_sig_match(sig, buf));
}

static const struct config_item_type kunit_iface_type = {
	.ct_owner = THIS_MODULE,
};

/* An interface outside configfs, with @text as its table. */
static struct syscall_iface *kunit_iface(struct kunit *test, const char *name,
					 const char *text, const char *reg)
{
	struct syscall_iface_table *t, tmpl = {
		.nr_off = syscall_iface_reg_offset(reg),
	};
	struct syscall_iface *iface;
	char err[128] = "";

	iface = syscall_iface_alloc(name, false);
	KUNIT_ASSERT_NOT_NULL(test, iface);
	config_group_init_type_name(&iface->group, iface->name,
				    &kunit_iface_type);
	mutex_lock(&syscall_iface_mutex);
	t = syscall_iface_table_parse(text, strlen(text), &tmpl, false, NULL,
				      err, sizeof(err));
	mutex_unlock(&syscall_iface_mutex);
	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(t), "%s", err);
	kvfree(rcu_replace_pointer(iface->table, t, true));
	return iface;
}

static void kunit_iface_free(struct syscall_iface *iface)
{
	syscall_iface_destroy(iface);
}

/* Bound interfaces are found by handler and signature, in bind order. */
static void match_bound(struct kunit *test)
{
	struct syscall_iface *a, *b, *c, *got;
	struct syscall_iface_sig *sig;
	u8 *buf;

	buf = kunit_kzalloc(test, BINPRM_BUF_SIZE, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, buf);
	memcpy(buf, "JUHA\2\1\1\x42", 8);
	a = kunit_iface(test, "kunit-a", "", "rax");
	b = kunit_iface(test, "kunit-b", "", "rax");
	c = kunit_iface(test, "kunit-c", "", "rax");

	mutex_lock(&syscall_iface_mutex);
	sig = rcu_dereference_protected(a->sig, true);
	make_sig(sig, 0, "JUHA", 4, NULL);
	sig = rcu_dereference_protected(b->sig, true);
	make_sig(sig, 7, "\x42", 1, NULL);
	sig = rcu_dereference_protected(c->sig, true);
	make_sig(sig, 0, "JUH", 3, NULL);
	syscall_iface_bind(a, SYSCALL_IFACE_BINFMT_JUHA);
	syscall_iface_bind(b, SYSCALL_IFACE_BINFMT_ELF);
	syscall_iface_bind(c, SYSCALL_IFACE_BINFMT_JUHA);
	mutex_unlock(&syscall_iface_mutex);

	/* Both a and c match; a was bound first. */
	got = syscall_iface_match(SYSCALL_IFACE_BINFMT_JUHA, buf);
	KUNIT_EXPECT_PTR_EQ(test, got, a);
	if (got)
		config_group_put(&got->group);
	got = syscall_iface_match(SYSCALL_IFACE_BINFMT_ELF, buf);
	KUNIT_EXPECT_PTR_EQ(test, got, b);
	if (got)
		config_group_put(&got->group);
	/* An unbound interface is not found; the next one is. */
	mutex_lock(&syscall_iface_mutex);
	syscall_iface_bind(a, SYSCALL_IFACE_BINFMT_NONE);
	mutex_unlock(&syscall_iface_mutex);
	got = syscall_iface_match(SYSCALL_IFACE_BINFMT_JUHA, buf);
	KUNIT_EXPECT_PTR_EQ(test, got, c);
	if (got)
		config_group_put(&got->group);
	buf[0] = 'X';
	KUNIT_EXPECT_NULL(test, syscall_iface_match(SYSCALL_IFACE_BINFMT_JUHA,
						    buf));

	mutex_lock(&syscall_iface_mutex);
	syscall_iface_bind(b, SYSCALL_IFACE_BINFMT_NONE);
	syscall_iface_bind(c, SYSCALL_IFACE_BINFMT_NONE);
	mutex_unlock(&syscall_iface_mutex);
	synchronize_rcu();
	kunit_iface_free(a);
	kunit_iface_free(b);
	kunit_iface_free(c);
}

/*
 * Many bound interfaces: each file finds its own, keyed or masked, and
 * where two match, the one bound first, whatever table it is in.
 */
static void match_many(struct kunit *test)
{
	struct syscall_iface **ifs, *got, *early, *late;
	struct syscall_iface_sig *sig;
	char name[16], magic[4];
	const int n = 300;
	u8 *buf;
	int i;

	buf = kunit_kzalloc(test, BINPRM_BUF_SIZE, GFP_KERNEL);
	ifs = kunit_kcalloc(test, n, sizeof(*ifs), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, buf);
	KUNIT_ASSERT_NOT_NULL(test, ifs);
	mutex_lock(&syscall_iface_mutex);
	for (i = 0; i < n; i++) {
		snprintf(name, sizeof(name), "kunit-%d", i);
		mutex_unlock(&syscall_iface_mutex);
		ifs[i] = kunit_iface(test, name, "", "rax");
		mutex_lock(&syscall_iface_mutex);
		sig = rcu_dereference_protected(ifs[i]->sig, true);
		magic[0] = 'A' + i % 50;
		magic[1] = i / 50;
		magic[2] = 'Z';
		magic[3] = 'Q';
		/* Every tenth at offset 8, and every 25th with a masked first byte. */
		make_sig(sig, i % 10 ? 0 : 8, magic, 4,
			 i % 25 ? NULL : "\xdf\xff\xff\xff");
		syscall_iface_bind(ifs[i], SYSCALL_IFACE_BINFMT_JUHA);
	}
	mutex_unlock(&syscall_iface_mutex);

	for (i = 0; i < n; i++) {
		unsigned int off = i % 10 ? 0 : 8;

		memset(buf, 0, BINPRM_BUF_SIZE);
		buf[off] = 'A' + i % 50;
		buf[off + 1] = i / 50;
		buf[off + 2] = 'Z';
		buf[off + 3] = 'Q';
		if (!(i % 25))
			buf[off] |= 0x20;	/* lower case: only the mask lets it match */
		got = syscall_iface_match(SYSCALL_IFACE_BINFMT_JUHA, buf);
		KUNIT_EXPECT_PTR_EQ_MSG(test, got, ifs[i], "interface %d", i);
		if (got)
			config_group_put(&got->group);
	}

	/* A file that both kunit-10 (offset 8) and kunit-11 (offset 0) claim. */
	early = ifs[10];
	late = ifs[11];
	memset(buf, 0, BINPRM_BUF_SIZE);
	memcpy(buf, rcu_dereference_protected(late->sig, true)->magic, 4);
	memcpy(buf + 8, rcu_dereference_protected(early->sig, true)->magic, 4);
	got = syscall_iface_match(SYSCALL_IFACE_BINFMT_JUHA, buf);
	KUNIT_EXPECT_PTR_EQ(test, got, early);
	if (got)
		config_group_put(&got->group);
	/* Rebound, kunit-10 comes last. */
	mutex_lock(&syscall_iface_mutex);
	syscall_iface_bind(early, SYSCALL_IFACE_BINFMT_NONE);
	syscall_iface_bind(early, SYSCALL_IFACE_BINFMT_JUHA);
	mutex_unlock(&syscall_iface_mutex);
	got = syscall_iface_match(SYSCALL_IFACE_BINFMT_JUHA, buf);
	KUNIT_EXPECT_PTR_EQ(test, got, late);
	if (got)
		config_group_put(&got->group);
	/* A new signature moves it, and the old one no longer matches. */
	sig = kmemdup(rcu_dereference_protected(late->sig, true), sizeof(*sig),
		      GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, sig);
	sig->magic[3] = 'R';
	mutex_lock(&syscall_iface_mutex);
	syscall_iface_set_sig(late, sig);
	mutex_unlock(&syscall_iface_mutex);
	got = syscall_iface_match(SYSCALL_IFACE_BINFMT_JUHA, buf);
	KUNIT_EXPECT_PTR_EQ(test, got, early);
	if (got)
		config_group_put(&got->group);
	buf[3] = 'R';
	got = syscall_iface_match(SYSCALL_IFACE_BINFMT_JUHA, buf);
	KUNIT_EXPECT_PTR_EQ(test, got, late);
	if (got)
		config_group_put(&got->group);

	mutex_lock(&syscall_iface_mutex);
	for (i = 0; i < n; i++)
		syscall_iface_bind(ifs[i], SYSCALL_IFACE_BINFMT_NONE);
	mutex_unlock(&syscall_iface_mutex);
	synchronize_rcu();
	for (i = 0; i < n; i++)
		kunit_iface_free(ifs[i]);
}

static u64 kunit_calls(struct syscall_iface *iface, bool unmapped)
{
	struct syscall_iface_pcpu sum;

	syscall_iface_sum(iface, &sum);
	return unmapped ? sum.unmapped : sum.calls;
}

/*
 * Decode a call that entered by @method: the number it runs as, which is -1
 * (invalid, so -ENOSYS) for an unmapped one, as on entry.
 */
static long decode_by(struct syscall_iface *iface, struct pt_regs *regs,
		      enum syscall_iface_method method,
		      struct syscall_iface_call *call)
{
	switch (syscall_iface_decode(iface, regs, method, call)) {
	case SYSCALL_IFACE_DECODED_MAPPED:
		return call->native;
	case SYSCALL_IFACE_DECODED_RESTART:
		return __NR_restart_syscall;
	default:
		return -1;
	}
}

/* Decode as a call that came through the syscall instruction. */
static long decode_call(struct syscall_iface *iface, struct pt_regs *regs,
			struct syscall_iface_call *call)
{
	return decode_by(iface, regs, SYSCALL_IFACE_METHOD_SYSCALL, call);
}

/* Numbers are read from the register and looked up in full 64 bits. */
static void decode_lookup(struct kunit *test)
{
	static const struct {
		unsigned long nr;
		long native;
	} cases[] = {
		{ 0, __NR_getpid },
		{ 1, __NR_write },
		{ 2, -1 },
		{ 500, SYSCALL_IFACE_SERVICE_BASE +
		       SYSCALL_IFACE_SERVICE_IFACE_INFO },
		{ 501, -1 },
		{ 65535, __NR_getppid },
		{ 65536, -1 },
		{ 1UL << 32, -1 },		/* not 0 */
		{ (1UL << 32) | 1, -1 },	/* not 1 */
		{ 1UL << 63, -1 },
		{ ULONG_MAX, -1 },
		{ -38UL, -1 },
	};
	struct syscall_iface_call call;
	struct syscall_iface *iface;
	struct pt_regs *regs;
	unsigned int i, r;
	static const char *const regnames[] = { "rax", "rbx", "r15" };

	regs = kunit_kzalloc(test, sizeof(*regs), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, regs);
	for (r = 0; r < ARRAY_SIZE(regnames); r++) {
		unsigned int off = syscall_iface_reg_offset(regnames[r]);
		u64 calls, unmapped;

		iface = kunit_iface(test, "kunit-t",
				    "0 getpid\n1 write\n500 iface_info\n65535 getppid\n",
				    regnames[r]);
		calls = kunit_calls(iface, false);
		unmapped = kunit_calls(iface, true);
		for (i = 0; i < ARRAY_SIZE(cases); i++) {
			memset(regs, 0x5a, sizeof(*regs));
			*(unsigned long *)((u8 *)regs + off) = cases[i].nr;
			KUNIT_EXPECT_EQ_MSG(test,
					    decode_call(iface, regs, &call),
					    cases[i].native, "%s = %#lx",
					    regnames[r], cases[i].nr);
			KUNIT_EXPECT_EQ(test, call.nr, cases[i].nr);
			KUNIT_EXPECT_EQ(test, call.nr_off, off);
			KUNIT_EXPECT_EQ(test, call.unmapped,
					SYSCALL_IFACE_UNMAPPED_ENOSYS);
			if (cases[i].native < 0)
				unmapped++;
		}
		KUNIT_EXPECT_EQ(test, kunit_calls(iface, false),
				calls + ARRAY_SIZE(cases));
		KUNIT_EXPECT_EQ(test, kunit_calls(iface, true), unmapped);

		/* The restart sentinel: no mapping, not counted. */
		*(unsigned long *)((u8 *)regs + off) = SYSCALL_IFACE_NR_RESTART;
		KUNIT_EXPECT_EQ(test, decode_call(iface, regs, &call),
				(long)__NR_restart_syscall);
		KUNIT_EXPECT_EQ(test, kunit_calls(iface, false),
				calls + ARRAY_SIZE(cases));
		kunit_iface_free(iface);
	}
}

/* The policy travels with the table it was set with. */
static void decode_policy(struct kunit *test)
{
	struct syscall_iface_table *t, *old;
	struct syscall_iface_call call;
	struct syscall_iface *iface;
	struct pt_regs *regs;

	regs = kunit_kzalloc(test, sizeof(*regs), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, regs);
	iface = kunit_iface(test, "kunit-p", "7 getpid\n", "rbx");
	old = rcu_dereference_protected(iface->table, true);
	t = syscall_iface_table_dup(old);
	KUNIT_ASSERT_NOT_NULL(test, t);
	t->unmapped = SYSCALL_IFACE_UNMAPPED_SIGSYS;
	rcu_assign_pointer(iface->table, t);
	synchronize_rcu();
	kvfree(old);

	regs->bx = 8;
	KUNIT_EXPECT_EQ(test, decode_call(iface, regs, &call), -1L);
	KUNIT_EXPECT_EQ(test, call.unmapped, SYSCALL_IFACE_UNMAPPED_SIGSYS);
	regs->bx = 7;
	regs->orig_ax = 8;
	KUNIT_EXPECT_EQ(test, decode_call(iface, regs, &call),
			(long)__NR_getpid);
	kunit_iface_free(iface);
}

/* Replace @iface's table with @t, as configfs publishes one. */
static void kunit_publish(struct syscall_iface *iface,
			  struct syscall_iface_table *t)
{
	struct syscall_iface_table *old;

	syscall_iface_table_seal(t);
	old = rcu_replace_pointer(iface->table, t, true);
	synchronize_rcu();
	kvfree(old);
}

/* A call is mapped only if it came in through the interface's method. */
static void decode_method(struct kunit *test)
{
	struct syscall_iface_table *t;
	struct syscall_iface_call call;
	struct syscall_iface *iface;
	struct pt_regs *regs;
	u64 unmapped;

	regs = kunit_kzalloc(test, sizeof(*regs), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, regs);
	iface = kunit_iface(test, "kunit-m", "7 getpid\n", "rax");
	t = syscall_iface_table_dup(rcu_dereference_protected(iface->table,
							      true));
	KUNIT_ASSERT_NOT_NULL(test, t);
	t->method = SYSCALL_IFACE_METHOD_INT80;
	kunit_publish(iface, t);

	regs->orig_ax = 7;
	unmapped = kunit_calls(iface, true);
	KUNIT_EXPECT_EQ(test, decode_call(iface, regs, &call), -1L);
	KUNIT_EXPECT_EQ(test, call.nr, 7UL);
	KUNIT_EXPECT_EQ(test, kunit_calls(iface, true), unmapped + 1);
	KUNIT_EXPECT_EQ(test,
			decode_by(iface, regs, SYSCALL_IFACE_METHOD_INT80, &call),
			(long)__NR_getpid);
	KUNIT_EXPECT_FALSE(test, call.convert);
	/* A 32-bit gate is decoded under no method, and counted. */
	unmapped = kunit_calls(iface, true);
	KUNIT_EXPECT_EQ(test,
			decode_by(iface, regs, SYSCALL_IFACE_METHOD_IA32, &call),
			-1L);
	KUNIT_EXPECT_EQ(test, kunit_calls(iface, true), unmapped + 1);
	regs->orig_ax = SYSCALL_IFACE_NR_RESTART;
	KUNIT_EXPECT_EQ(test,
			decode_by(iface, regs, SYSCALL_IFACE_METHOD_IA32, &call),
			-1L);
	/* Destroying an int80 interface turns the key down: it was never up. */
	t->method = SYSCALL_IFACE_METHOD_SYSCALL;
	kunit_iface_free(iface);
}

/* Results convert by the table's convention and errno map. */
static void convert_results(struct kunit *test)
{
	enum syscall_iface_ret ret;
	struct syscall_iface_table *t;
	struct syscall_iface_call call;
	struct syscall_iface *iface;
	struct pt_regs *regs;
	char err[128] = "";
	long v;

	regs = kunit_kzalloc(test, sizeof(*regs), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, regs);
	iface = kunit_iface(test, "kunit-c", "5 open\n", "rax");
	v = -ENOENT;
	KUNIT_EXPECT_FALSE(test, syscall_iface_convert(iface, &v, &ret));
	KUNIT_EXPECT_EQ(test, v, (long)-ENOENT);

	t = syscall_iface_errno_parse("ENOENT 44\n13 55\n", 16,
				      rcu_dereference_protected(iface->table,
								true),
				      err, sizeof(err));
	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(t), "%s", err);
	kunit_publish(iface, t);
	regs->orig_ax = 5;
	decode_call(iface, regs, &call);
	KUNIT_EXPECT_TRUE(test, call.convert);
	v = -ENOENT;
	KUNIT_EXPECT_TRUE(test, syscall_iface_convert(iface, &v, &ret));
	KUNIT_EXPECT_EQ(test, ret, SYSCALL_IFACE_RET_LINUX);
	KUNIT_EXPECT_EQ(test, v, -44L);
	v = -EACCES;
	syscall_iface_convert(iface, &v, &ret);
	KUNIT_EXPECT_EQ(test, v, -55L);
	v = -EPERM;	/* no entry: as it is */
	syscall_iface_convert(iface, &v, &ret);
	KUNIT_EXPECT_EQ(test, v, (long)-EPERM);
	v = 3;		/* success: as it is */
	syscall_iface_convert(iface, &v, &ret);
	KUNIT_EXPECT_EQ(test, v, 3L);
	v = -4096;	/* not an error value */
	syscall_iface_convert(iface, &v, &ret);
	KUNIT_EXPECT_EQ(test, v, -4096L);

	t = syscall_iface_table_dup(rcu_dereference_protected(iface->table,
							      true));
	KUNIT_ASSERT_NOT_NULL(test, t);
	t->ret = SYSCALL_IFACE_RET_CARRY;
	kunit_publish(iface, t);
	v = -ENOENT;
	KUNIT_EXPECT_TRUE(test, syscall_iface_convert(iface, &v, &ret));
	KUNIT_EXPECT_EQ(test, ret, SYSCALL_IFACE_RET_CARRY);
	KUNIT_EXPECT_EQ(test, v, -44L);
	kunit_iface_free(iface);
}

/*
 * A task keeps SYSCALL_WORK_SYSCALL_IFACE_RETURN only while something
 * needs it: the dispatch tracepoint, or an interface that converts
 * results.  syscall_iface_return() drops it otherwise.
 */
static void return_work_dropped(struct kunit *test)
{
	struct syscall_iface_task *st = &current->syscall_iface;
	bool tracing = READ_ONCE(syscall_iface_tracing);
	struct syscall_iface_table *t;
	struct syscall_iface *iface;
	struct pt_regs *regs;
	char err[128] = "";

	regs = kunit_kzalloc(test, sizeof(*regs), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, regs);
	iface = kunit_iface(test, "kunit-w", "5 open\n", "rax");
	st->nr = SYSCALL_IFACE_NR_NONE;
	st->convert = false;

	/* Traced: kept, even by a native task. */
	WRITE_ONCE(syscall_iface_tracing, true);
	set_task_syscall_work(current, SYSCALL_IFACE_RETURN);
	syscall_iface_return(regs);
	KUNIT_EXPECT_TRUE(test, test_syscall_work(SYSCALL_IFACE_RETURN));

	/* Tracing stopped: a native task drops it at its next return. */
	WRITE_ONCE(syscall_iface_tracing, false);
	syscall_iface_return(regs);
	KUNIT_EXPECT_FALSE(test, test_syscall_work(SYSCALL_IFACE_RETURN));

	/* A foreign task keeps it while its interface converts results. */
	t = syscall_iface_errno_parse("ENOENT 44\n", 10,
				      rcu_dereference_protected(iface->table,
								true),
				      err, sizeof(err));
	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(t), "%s", err);
	kunit_publish(iface, t);
	st->iface = iface;
	set_task_syscall_work(current, SYSCALL_IFACE_RETURN);
	syscall_iface_return(regs);
	KUNIT_EXPECT_TRUE(test, test_syscall_work(SYSCALL_IFACE_RETURN));

	/* ... and drops it once the interface converts nothing. */
	t = syscall_iface_errno_parse("", 0,
				      rcu_dereference_protected(iface->table,
								true),
				      err, sizeof(err));
	KUNIT_ASSERT_FALSE_MSG(test, IS_ERR(t), "%s", err);
	kunit_publish(iface, t);
	syscall_iface_return(regs);
	KUNIT_EXPECT_FALSE(test, test_syscall_work(SYSCALL_IFACE_RETURN));

	st->iface = NULL;
	clear_task_syscall_work(current, SYSCALL_IFACE_RETURN);
	WRITE_ONCE(syscall_iface_tracing, tracing);
	kunit_iface_free(iface);
}

/* A service that waits inside its call until the test lets it go. */
struct svc_wait {
	struct completion entered;
	struct completion release;
	struct completion unregistered;
	struct completion caller_done;
	bool left;
};

static struct svc_wait *svc_wait;

static long kunit_sleeper(struct pt_regs *regs)
{
	complete(&svc_wait->entered);
	wait_for_completion(&svc_wait->release);
	msleep(20);
	WRITE_ONCE(svc_wait->left, true);
	return 7;
}

static int svc_caller(void *data)
{
	struct pt_regs regs = {};

	syscall_iface_service_run((unsigned long)data, &regs);
	complete(&svc_wait->caller_done);
	return 0;
}

static int svc_unregisterer(void *data)
{
	syscall_iface_unregister_service("kunit_sleeper");
	complete(&svc_wait->unregistered);
	return 0;
}

/*
 * Unregistering a service returns only after every call in flight has
 * left its function, even one that sleeps there.
 */
static void service_unregister_waits(struct kunit *test)
{
	struct svc_wait w = {};
	struct task_struct *caller;
	int nr;

	init_completion(&w.entered);
	init_completion(&w.release);
	init_completion(&w.unregistered);
	init_completion(&w.caller_done);
	svc_wait = &w;
	KUNIT_ASSERT_EQ(test, syscall_iface_register_service("kunit_sleeper",
							     kunit_sleeper, NULL), 0);
	mutex_lock(&syscall_iface_mutex);
	nr = syscall_iface_service_lookup("kunit_sleeper", false);
	mutex_unlock(&syscall_iface_mutex);
	KUNIT_ASSERT_GE(test, nr, SYSCALL_IFACE_SERVICE_BASE);

	caller = kthread_run(svc_caller,
			     (void *)(unsigned long)(nr - SYSCALL_IFACE_SERVICE_BASE),
			     "kunit_svc_call");
	KUNIT_ASSERT_FALSE(test, IS_ERR(caller));
	wait_for_completion(&w.entered);
	KUNIT_ASSERT_FALSE(test, IS_ERR(kthread_run(svc_unregisterer, NULL,
						    "kunit_svc_unreg")));
	/* The caller is still inside: unregistering must not return. */
	KUNIT_EXPECT_EQ(test, wait_for_completion_timeout(&w.unregistered,
							  HZ / 5), 0UL);
	complete(&w.release);
	wait_for_completion(&w.unregistered);
	KUNIT_EXPECT_TRUE(test, READ_ONCE(w.left));
	/* Whatever happened, nobody may use &w once we return. */
	wait_for_completion(&w.caller_done);
}

/* What args_probe's body was given. */
static struct {
	int fd;
	const char __user *path;
	u16 mode;
	unsigned int flags;
	long off;
	unsigned long last;
} args_seen;

static long args_probe(struct pt_regs *regs);

SYSCALL_IFACE_DEFINE6(args_probe, int, fd, const char __user *, path,
		      u16, mode, unsigned int, flags, long, off,
		      unsigned long, last)
{
	args_seen.fd = fd;
	args_seen.path = path;
	args_seen.mode = mode;
	args_seen.flags = flags;
	args_seen.off = off;
	args_seen.last = last;
	return 7;
}

/*
 * A service defined over typed arguments gets the syscall's six in
 * order, each as its type takes it from the register: an int or a u16
 * is the low bits, a pointer or a long the whole register.
 */
static void service_define_args(struct kunit *test)
{
	struct pt_regs regs = {
		.di = 0x1234567800000000UL | (u32)-2,
		.si = 0x7ffd0010UL,
		.dx = 0xabcd1ff,
		.r10 = 0xffffffff80000001UL,
		.r8 = -5,
		.r9 = 0x8000000000000000UL,
		.ax = 1, .bx = 2, .cx = 3, .orig_ax = 4,
	};

	KUNIT_EXPECT_EQ(test, args_probe(&regs), 7L);
	KUNIT_EXPECT_EQ(test, args_seen.fd, -2);
	KUNIT_EXPECT_PTR_EQ(test, (const void __force *)args_seen.path,
			    (const void *)0x7ffd0010UL);
	KUNIT_EXPECT_EQ(test, args_seen.mode, 0xd1ff);
	KUNIT_EXPECT_EQ(test, args_seen.flags, 0x80000001U);
	KUNIT_EXPECT_EQ(test, args_seen.off, -5L);
	KUNIT_EXPECT_EQ(test, args_seen.last, 0x8000000000000000UL);
}

static struct kunit_case syscall_iface_core_cases[] = {
	KUNIT_CASE(match_signature),
	KUNIT_CASE(match_bound),
	KUNIT_CASE(match_many),
	KUNIT_CASE(decode_lookup),
	KUNIT_CASE(decode_policy),
	KUNIT_CASE(decode_method),
	KUNIT_CASE(convert_results),
	KUNIT_CASE(return_work_dropped),
	KUNIT_CASE(service_unregister_waits),
	KUNIT_CASE(service_define_args),
	{}
};

static struct kunit_suite syscall_iface_core_suite = {
	.name = "syscall_iface_core",
	.test_cases = syscall_iface_core_cases,
};

kunit_test_suite(syscall_iface_core_suite);
