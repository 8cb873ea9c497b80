// SPDX-License-Identifier: GPL-2.0-only
/*
 * FreeBSD signals: its numbers, and the calls whose structs are its own.
 *
 * FreeBSD has four signals Linux lacks (SIGEMT, SIGINFO, SIGTHR,
 * SIGLIBRT), real-time signals from 65 to 126, and reports a continued
 * child as status SIGCONT.  The maps and the calls' work are shared with
 * the other BSDs (bsd/signal.c).
 */

#include <linux/signal.h>
#include <linux/uaccess.h>
#include <asm/ptrace.h>

#include "freebsd.h"

/* FreeBSD's 1-33 in Linux's numbering; 0: FreeBSD-only. */
static const u8 to_linux[] = {
	BSD_CLASSIC_SIGNALS,
	[32] = 0 /* SIGTHR */, [33] = 0 /* SIGLIBRT */,
};

/* si_code of signals sent, not raised by a fault (sys/sys/signal.h) */
static const struct bsd_id si_codes[] = {
	{ 0x10001, SI_USER },
	{ 0x10002, SI_QUEUE },
	{ 0x10003, SI_TIMER },
	{ 0x10004, SI_ASYNCIO },
	{ 0x10005, SI_MESGQ },
	{ 0x10006, SI_KERNEL },
	{ 0x10006, SI_SIGIO },		/* SI_KERNEL */
	{ 0x10007, SI_TKILL },		/* SI_LWP */
};

static const struct bsd_ids si_code_map = { si_codes, ARRAY_SIZE(si_codes) };

struct fbsd_sigaction {
	u64 handler;
	s32 flags;
	struct bsd_sigset mask;
	u32 pad;
};

const struct bsd_signals fbsd_signals = {
	.to_linux = to_linux,
	.nclassic = ARRAY_SIZE(to_linux),
	.rtmin = FBSD_SIGRTMIN,
	.nsig = FBSD_NSIG,
	.wcontinued = 19,	/* SIGCONT: sys/sys/wait.h's WIFCONTINUED() */
	.si_codes = &si_code_map,
	.sigaction = BSD_SIGACTION_LAYOUT(struct fbsd_sigaction),
	.fpe_int_swapped = true,
};

/* sigaction(sig, act, oact): handlers return through the sigcode. */
SYSCALL_IFACE_DEFINE3(fbsd_sigaction, int, sig, const void __user *, act,
		      void __user *, oact)
{
	return bsd_sigaction(sig, act, oact, 0, false);
}
