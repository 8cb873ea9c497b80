// SPDX-License-Identifier: GPL-2.0-only
/*
 * NetBSD signals: its numbers, and the calls whose structs are its own.
 *
 * NetBSD numbers its classic signals as FreeBSD does up to 31, has
 * SIGPWR at 32 and real-time signals from 33 to 63, and reports a
 * continued child as status 0xffff, as Linux does.  A handler returns
 * through a trampoline in the program itself, which the program names
 * with each action (__sigaction_sigtramp); it is kept as the action's
 * sa_restorer, where frame.c finds it.  The maps and the calls' work are
 * shared with the other BSDs (bsd/signal.c).
 */

#include <linux/signal.h>
#include <linux/uaccess.h>
#include <asm/ptrace.h>

#include "netbsd.h"

/* NetBSD's 1-32 in Linux's numbering; 0: NetBSD-only. */
static const u8 to_linux[] = {
	BSD_CLASSIC_SIGNALS,
	[32] = SIGPWR,
};

/* si_code of signals sent, where Linux's differ (sys/sys/siginfo.h) */
static const struct bsd_id si_codes[] = {
	{ -3, SI_ASYNCIO },
	{ -4, SI_MESGQ },
	{ -5, SI_TKILL },		/* SI_LWP */
	{ 32767, SI_KERNEL },		/* SI_NOINFO */
	{ 32767, SI_SIGIO },
};

static const struct bsd_ids si_code_map = { si_codes, ARRAY_SIZE(si_codes) };

struct nbsd_sigaction {
	u64 handler;
	struct bsd_sigset mask;
	s32 flags;
	u32 pad;
};

const struct bsd_signals nbsd_signals = {
	.to_linux = to_linux,
	.nclassic = ARRAY_SIZE(to_linux),
	.rtmin = NBSD_SIGRTMIN,
	.nsig = NBSD_NSIG,
	.wcontinued = 0xffff,	/* sys/sys/wait.h's _WCONTINUED */
	.si_codes = &si_code_map,
	.sigaction = BSD_SIGACTION_LAYOUT(struct nbsd_sigaction),
};

/* The trampoline version that passes siginfo and a ucontext (sys/signal.h). */
#define NBSD_SIGTRAMP_SIGINFO_VERSION	2

/*
 * __sigaction_sigtramp(sig, act, oact, tramp, vers): a handler needs a
 * trampoline of the siginfo version; NetBSD's sigcontext trampolines
 * (version 0, no trampoline) are for programs older than NetBSD 2.0.
 */
SYSCALL_IFACE_DEFINE5(nbsd_sigaction_sigtramp, int, sig, const void __user *, act,
		      void __user *, oact, unsigned long, tramp, int, vers)
{
	if (vers != NBSD_SIGTRAMP_SIGINFO_VERSION)
		tramp = 0;
	return bsd_sigaction(sig, act, oact, tramp, true);
}
