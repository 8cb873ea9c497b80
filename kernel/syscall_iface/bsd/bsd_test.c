// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit tests of the BSD platforms' shared maps: flags, numbers,
 * signals, signal sets and wait statuses, on tables of the tests' own.
 */

#include <kunit/test.h>
#include <linux/signal.h>

#include "bsd.h"

static const struct bsd_flag flags[] = {
	{ 0x1, 0x100 },
	{ 0x2, 0 },		/* accepted, nothing on Linux */
	{ 0xc, 0x800 },		/* two bits, one meaning */
};

static void bsd_flags_maps(struct kunit *test)
{
	unsigned long out = 0;

	KUNIT_EXPECT_EQ(test, bsd_flags_to_linux(flags, ARRAY_SIZE(flags),
						 0x3, &out), 0);
	KUNIT_EXPECT_EQ(test, out, 0x100UL);
	KUNIT_EXPECT_EQ(test, bsd_flags_to_linux(flags, ARRAY_SIZE(flags),
						 0x4, &out), 0);
	KUNIT_EXPECT_EQ(test, out, 0x800UL);
	KUNIT_EXPECT_EQ(test, bsd_flags_from_linux(flags, ARRAY_SIZE(flags),
						   0x900), 0xdUL);
	/* Linux's bits no entry gives are dropped. */
	KUNIT_EXPECT_EQ(test, bsd_flags_from_linux(flags, ARRAY_SIZE(flags),
						   0x1), 0UL);
}

static void bsd_flags_refuse_unknown(struct kunit *test)
{
	unsigned long out = 42;

	KUNIT_EXPECT_EQ(test, bsd_flags_to_linux(flags, ARRAY_SIZE(flags),
						 0x11, &out), -EINVAL);
	KUNIT_EXPECT_EQ(test, out, 42UL);	/* nothing written */
}

static const struct bsd_id ids[] = {
	{ 3, 1 },
	{ 0x20000000, 3 },
	{ 5, BSD_ID_IGNORED },
};

static void bsd_ids_map(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, bsd_id_to_linux(ids, ARRAY_SIZE(ids), 3), 1);
	KUNIT_EXPECT_EQ(test, bsd_id_to_linux(ids, ARRAY_SIZE(ids),
					      0x20000000), 3);
	KUNIT_EXPECT_EQ(test, bsd_id_to_linux(ids, ARRAY_SIZE(ids), 5),
			BSD_ID_IGNORED);
	KUNIT_EXPECT_EQ(test, bsd_id_to_linux(ids, ARRAY_SIZE(ids), 1),
			-EINVAL);
}

/* NetBSD's shape: SIGUSR1 30, a signal of its own at 29, RT from 33. */
static const u8 to_linux[] = {
	[1] = SIGHUP, [9] = SIGKILL, [19] = SIGCONT, [29] = 0,
	[30] = SIGUSR1, [32] = SIGPWR,
};

static const struct bsd_signals sigs = {
	.to_linux = to_linux,
	.nclassic = ARRAY_SIZE(to_linux),
	.rtmin = 33,
	.nsig = 63,
	.wcontinued = 0xffff,
};

static void bsd_signal_numbers(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, bsd_sig_to_linux(&sigs, 30), SIGUSR1);
	KUNIT_EXPECT_EQ(test, bsd_sig_to_linux(&sigs, 29), 0);
	KUNIT_EXPECT_EQ(test, bsd_sig_to_linux(&sigs, 0), -EINVAL);
	KUNIT_EXPECT_EQ(test, bsd_sig_to_linux(&sigs, 64), -EINVAL);
	KUNIT_EXPECT_EQ(test, bsd_sig_to_linux(&sigs, 33), SIGRTMIN);
	KUNIT_EXPECT_EQ(test, bsd_sig_from_linux(&sigs, SIGUSR1), 30);
	KUNIT_EXPECT_EQ(test, bsd_sig_from_linux(&sigs, SIGRTMIN + 1), 34);
	/* No signal, and Linux's own, have no number (not a 0 slot's). */
	KUNIT_EXPECT_EQ(test, bsd_sig_from_linux(&sigs, 0), 0);
	KUNIT_EXPECT_EQ(test, bsd_sig_from_linux(&sigs, SIGSTKFLT), 0);
	KUNIT_EXPECT_EQ(test, bsd_sig_from_linux(&sigs, _NSIG), 0);
}

static void bsd_signal_sets(struct kunit *test)
{
	struct bsd_sigset in = {}, out;
	sigset_t l;

	in.bits[0] = BIT(30 - 1) | BIT(29 - 1);	/* SIGUSR1, its own 29 */
	in.bits[1] = BIT(34 - 33);		/* SIGRTMIN + 1 */
	bsd_sigset_to_linux(&sigs, &in, &l);
	KUNIT_EXPECT_TRUE(test, sigismember(&l, SIGUSR1));
	KUNIT_EXPECT_TRUE(test, sigismember(&l, SIGRTMIN + 1));
	sigaddset(&l, SIGSTKFLT);
	bsd_sigset_from_linux(&sigs, &l, &out);
	KUNIT_EXPECT_EQ(test, out.bits[0], (u32)BIT(30 - 1));
	KUNIT_EXPECT_EQ(test, out.bits[1], (u32)BIT(34 - 33));
	KUNIT_EXPECT_EQ(test, out.bits[2] | out.bits[3], 0U);
}

static void bsd_wait_statuses(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, bsd_wait_status(&sigs, 0x0300), 0x0300);
	KUNIT_EXPECT_EQ(test, bsd_wait_status(&sigs, 0xffff), 0xffff);
	KUNIT_EXPECT_EQ(test, bsd_wait_status(&sigs, SIGUSR1), 30);
	KUNIT_EXPECT_EQ(test, bsd_wait_status(&sigs, SIGUSR1 | 0x80),
			30 | 0x80);			/* core dumped */
	KUNIT_EXPECT_EQ(test, bsd_wait_status(&sigs, (SIGUSR1 << 8) | 0x7f),
			(30 << 8) | 0x7f);		/* stopped */
	/* A signal the platform lacks reads as SIGKILL. */
	KUNIT_EXPECT_EQ(test, bsd_wait_status(&sigs, SIGSTKFLT), 9);
}

static struct kunit_case syscall_iface_bsd_cases[] = {
	KUNIT_CASE(bsd_flags_maps),
	KUNIT_CASE(bsd_flags_refuse_unknown),
	KUNIT_CASE(bsd_ids_map),
	KUNIT_CASE(bsd_signal_numbers),
	KUNIT_CASE(bsd_signal_sets),
	KUNIT_CASE(bsd_wait_statuses),
	{}
};

static struct kunit_suite syscall_iface_bsd_suite = {
	.name = "syscall_iface_bsd",
	.test_cases = syscall_iface_bsd_cases,
};

kunit_test_suite(syscall_iface_bsd_suite);
