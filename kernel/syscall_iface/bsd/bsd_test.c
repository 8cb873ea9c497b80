// SPDX-License-Identifier: GPL-2.0-only
/*
 * KUnit tests of the BSD platforms' shared maps: flags, numbers,
 * signals, signal sets, wait statuses, siginfo and socket options, on
 * tables of the tests' own, and the amd64 context's register maps.
 */

#include <kunit/test.h>
#include <linux/in.h>
#include <linux/in6.h>
#include <linux/signal.h>
#include <linux/socket.h>
#include <linux/tcp.h>

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
	[1] = SIGHUP, [8] = SIGFPE, [9] = SIGKILL, [11] = SIGSEGV, [19] = SIGCONT,
	[29] = 0,	[30] = SIGUSR1, [32] = SIGPWR,
};

static const struct bsd_id si_code_ids[] = {
	{ -5, SI_TKILL },
	{ 32767, SI_KERNEL },
};

static const struct bsd_ids si_codes = { si_code_ids, ARRAY_SIZE(si_code_ids) };

static const struct bsd_signals sigs = {
	.to_linux = to_linux,
	.nclassic = ARRAY_SIZE(to_linux),
	.rtmin = 33,
	.nsig = 63,
	.wcontinued = 0xffff,
	.si_codes = &si_codes,
};

static const struct bsd_sockopt own_sockopts[] = {
	{ SOL_SOCKET, 0x0400, SO_TIMESTAMP_OLD },
	{ IPPROTO_TCP, 2, TCP_KEEPCNT },	/* shadows the shared one */
};

static void bsd_sockopts_own_then_shared(struct kunit *test)
{
	const struct bsd_sockopts own = {
		own_sockopts, ARRAY_SIZE(own_sockopts)
	};
	unsigned long level = BSD_SOL_SOCKET, name = 0x0400;

	KUNIT_EXPECT_EQ(test, bsd_sockopt_to_linux(&own, &level, &name), 0);
	KUNIT_EXPECT_EQ(test, level, (unsigned long)SOL_SOCKET);
	KUNIT_EXPECT_EQ(test, name, (unsigned long)SO_TIMESTAMP_OLD);
	level = BSD_SOL_SOCKET;
	name = 0x0004;
	KUNIT_EXPECT_EQ(test, bsd_sockopt_to_linux(&own, &level, &name), 0);
	KUNIT_EXPECT_EQ(test, name, (unsigned long)SO_REUSEADDR);
	level = IPPROTO_TCP;
	name = 2;
	KUNIT_EXPECT_EQ(test, bsd_sockopt_to_linux(&own, &level, &name), 0);
	KUNIT_EXPECT_EQ(test, name, (unsigned long)TCP_KEEPCNT);
	level = IPPROTO_IPV6;
	name = 27;
	KUNIT_EXPECT_EQ(test, bsd_sockopt_to_linux(&own, &level, &name), 0);
	KUNIT_EXPECT_EQ(test, level, (unsigned long)IPPROTO_IPV6);
	KUNIT_EXPECT_EQ(test, name, (unsigned long)IPV6_V6ONLY);
}

static void bsd_sockopts_refuse_unknown(struct kunit *test)
{
	const struct bsd_sockopts own = {
		own_sockopts, ARRAY_SIZE(own_sockopts)
	};
	unsigned long level = BSD_SOL_SOCKET, name = 0x7777;

	KUNIT_EXPECT_EQ(test, bsd_sockopt_to_linux(&own, &level, &name),
			-ENOPROTOOPT);
	KUNIT_EXPECT_EQ(test, level, (unsigned long)BSD_SOL_SOCKET);
	KUNIT_EXPECT_EQ(test, name, 0x7777UL);
	/* Linux's SOL_SOCKET is the BSDs' IPPROTO_ICMP, which has none. */
	level = SOL_SOCKET;
	name = 0x0004;
	KUNIT_EXPECT_EQ(test, bsd_sockopt_to_linux(&own, &level, &name),
			-ENOPROTOOPT);
	KUNIT_EXPECT_EQ(test, level, (unsigned long)SOL_SOCKET);
}

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

/* A signal's si_code: the platform's where the map differs, else Linux's. */
static void bsd_siginfo_codes(struct kunit *test)
{
	kernel_siginfo_t info = { .si_signo = SIGUSR1, .si_code = SI_TKILL };
	struct bsd_signals swapped = sigs;
	struct bsd_siginfo si;

	bsd_siginfo(&sigs, &info, &si);
	KUNIT_EXPECT_EQ(test, si.signo, 30);
	KUNIT_EXPECT_EQ(test, si.code, -5);
	info.si_code = SI_QUEUE;		/* not in the map: Linux's */
	bsd_siginfo(&sigs, &info, &si);
	KUNIT_EXPECT_EQ(test, si.code, SI_QUEUE);
	info.si_signo = SIGFPE;
	info.si_code = FPE_INTDIV;
	bsd_siginfo(&sigs, &info, &si);
	KUNIT_EXPECT_EQ(test, si.code, FPE_INTDIV);
	swapped.fpe_int_swapped = true;
	bsd_siginfo(&swapped, &info, &si);
	KUNIT_EXPECT_EQ(test, si.code, FPE_INTOVF);
	/* The swap is SIGFPE's: the same code of SIGSEGV stays. */
	info.si_signo = SIGSEGV;
	info.si_code = SEGV_MAPERR;
	bsd_siginfo(&swapped, &info, &si);
	KUNIT_EXPECT_EQ(test, si.code, SEGV_MAPERR);
}

/* What a siginfo describes, and nothing else. */
static void bsd_siginfo_kinds(struct kunit *test)
{
	kernel_siginfo_t info = {};
	struct bsd_siginfo si;

	info.si_signo = SIGUSR1;
	info.si_code = SI_QUEUE;
	info.si_pid = 7;
	info.si_ptr = (void __user *)0x1234;
	bsd_siginfo(&sigs, &info, &si);
	KUNIT_EXPECT_EQ(test, si.kind, BSD_SI_SENT);
	KUNIT_EXPECT_EQ(test, si.pid, 7);
	KUNIT_EXPECT_EQ(test, si.value, 0x1234ULL);
	info.si_code = SI_USER;			/* kill() sends no value */
	bsd_siginfo(&sigs, &info, &si);
	KUNIT_EXPECT_EQ(test, si.value, 0ULL);

	memset(&info, 0, sizeof(info));
	info.si_signo = SIGSEGV;
	info.si_code = SEGV_MAPERR;
	info.si_addr = (void __user *)0x5000;
	bsd_siginfo(&sigs, &info, &si);
	KUNIT_EXPECT_EQ(test, si.kind, BSD_SI_FAULT);
	KUNIT_EXPECT_EQ(test, si.addr, 0x5000ULL);
	KUNIT_EXPECT_EQ(test, si.pid, 0);
}

/* A map of the tests' own: two registers, the flags, cs, a trap slot. */
static const u8 slots[] = {
	BSD_REG(di), BSD_REG_NONE, BSD_REG(flags), BSD_REG(cs),
	BSD_REG_ERR, BSD_REG(ip),
};

static const struct bsd_regmap map = { slots, ARRAY_SIZE(slots) };

static void bsd_regs_save_by_map(struct kunit *test)
{
	struct pt_regs regs = {
		.di = 1, .flags = X86_EFLAGS_IF | X86_EFLAGS_CF, .cs = 0x33,
		.ip = 0x401000,
	};
	u64 out[ARRAY_SIZE(slots)];

	memset(out, 0xff, sizeof(out));
	bsd_regs_save(&map, out, &regs);
	KUNIT_EXPECT_EQ(test, out[0], 1ULL);
	KUNIT_EXPECT_EQ(test, out[1], 0ULL);
	KUNIT_EXPECT_EQ(test, out[2], (u64)(X86_EFLAGS_IF | X86_EFLAGS_CF));
	KUNIT_EXPECT_EQ(test, out[3], 0x33ULL);
	KUNIT_EXPECT_EQ(test, out[4], (u64)current->thread.error_code);
	KUNIT_EXPECT_EQ(test, out[5], 0x401000ULL);
}

/* A load takes the registers and the user's flags, never cs or IF. */
static void bsd_regs_load_by_map(struct kunit *test)
{
	const u64 in[ARRAY_SIZE(slots)] = {
		2, 99, X86_EFLAGS_DF | X86_EFLAGS_IOPL, 0x10, 98, 0x402000,
	};
	struct pt_regs regs = { .flags = X86_EFLAGS_IF, .cs = 0x33 };

	bsd_regs_load(&map, in, &regs);
	KUNIT_EXPECT_EQ(test, regs.di, 2UL);
	KUNIT_EXPECT_EQ(test, regs.flags, (unsigned long)(X86_EFLAGS_IF |
							  X86_EFLAGS_DF));
	KUNIT_EXPECT_EQ(test, regs.cs, 0x33UL);
	KUNIT_EXPECT_EQ(test, regs.ip, 0x402000UL);
}

static struct kunit_case syscall_iface_bsd_cases[] = {
	KUNIT_CASE(bsd_flags_maps),
	KUNIT_CASE(bsd_flags_refuse_unknown),
	KUNIT_CASE(bsd_ids_map),
	KUNIT_CASE(bsd_sockopts_own_then_shared),
	KUNIT_CASE(bsd_sockopts_refuse_unknown),
	KUNIT_CASE(bsd_signal_numbers),
	KUNIT_CASE(bsd_signal_sets),
	KUNIT_CASE(bsd_wait_statuses),
	KUNIT_CASE(bsd_siginfo_codes),
	KUNIT_CASE(bsd_siginfo_kinds),
	KUNIT_CASE(bsd_regs_save_by_map),
	KUNIT_CASE(bsd_regs_load_by_map),
	{}
};

static struct kunit_suite syscall_iface_bsd_suite = {
	.name = "syscall_iface_bsd",
	.test_cases = syscall_iface_bsd_cases,
};

kunit_test_suite(syscall_iface_bsd_suite);
