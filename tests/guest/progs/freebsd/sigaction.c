// SPDX-License-Identifier: GPL-2.0-only
/*
 * sigaction: an action set and read back, as a freestanding FreeBSD/amd64
 * program; ../netbsd/sigaction.c builds it for NetBSD, whose struct
 * sigaction has sa_mask before sa_flags and whose __sigaction_sigtramp
 * also takes the handler's trampoline.  Lines "NAME CF R", and for a
 * read-back action "old H FLAGS MASK0 MASK1 MASK2 MASK3" where H is 1
 * for the handler set, 0 for SIG_DFL.
 */

#include "fbsd.h"

#define SIGUSR1		30
#define SIGUSR2		31
#define SA_RESTART	0x0002
#define SA_SIGINFO	0x0040

#ifdef NETBSD
#define SIGACTION	340	/* __sigaction_sigtramp */
struct sigaction {
	void (*handler)(int sig);
	unsigned int mask[4];
	int flags;
};
#else
#define SIGACTION	416
struct sigaction {
	void (*handler)(int sig);
	int flags;
	unsigned int mask[4];
};
#endif

void start(void);

static void handler(int sig)
{
	(void)sig;
}

static void tramp(void)
{
}

/* sigaction(SIGUSR1, act, oact), with @tr as NetBSD's trampoline (v2). */
static long set(const struct sigaction *act, struct sigaction *oact,
		long tr, bool *cf)
{
	return fbsd6(SIGACTION, SIGUSR1, (long)act, (long)oact, tr, 2, 0, cf);
}

static void put_old(const struct sigaction *o)
{
	int i;

	put("old");
	put_val(o->handler == handler);
	put_val(o->flags);
	for (i = 0; i < 4; i++)
		put_val(o->mask[i]);
	put("\n");
}

void start(void)
{
	struct sigaction act = {
		.handler = handler,
		.flags = SA_RESTART | SA_SIGINFO,
		.mask = { 1u << (SIGUSR2 - 1) },
	};
	struct sigaction ign = { .handler = (void (*)(int))1 };
	struct sigaction old;
	bool cf;
	long r;

	r = set(&act, 0, (long)tramp, &cf);
	put_result("set", r, cf);
	__builtin_memset(&old, 0xff, sizeof(old));
	r = set(0, &old, 0, &cf);
	put_result("get", r, cf);
	put_old(&old);
#ifdef NETBSD
	/* A handler needs the siginfo trampoline; SIG_IGN does not. */
	r = set(&act, 0, 0, &cf);
	put_result("no-tramp", r, cf);
	r = fbsd6(SIGACTION, SIGUSR1, (long)&act, 0, (long)tramp, 0, 0, &cf);
	put_result("version-0", r, cf);
#endif
	r = set(&ign, 0, 0, &cf);
	put_result("ignore", r, cf);
	r = fbsd6(SIGACTION, 99999, (long)&act, 0, (long)tramp, 2, 0, &cf);
	put_result("bad-signal", r, cf);
	fbsd_exit(0);
}

FBSD_ENTRY;
