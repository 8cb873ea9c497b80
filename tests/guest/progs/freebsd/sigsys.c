// SPDX-License-Identifier: GPL-2.0-only
/*
 * sigsys: the SIGSYS a seccomp filter's SECCOMP_RET_TRAP sends, as its
 * handler gets it, as a freestanding FreeBSD/amd64 program;
 * ../netbsd/sigsys.c builds it for NetBSD.  Run under "deny -s 39"
 * (native getpid), it takes SIGSYS with SA_SIGINFO, calls getpid (20 on
 * both), and its handler prints and exits:
 *
 *   signo 12            the platform's SIGSYS
 *   code 1              Linux's SYS_SECCOMP, which neither BSD has
 *   addr 1              si_addr is the address after the syscall
 *                       instruction, where FreeBSD keeps si_addr (24)
 *                       and NetBSD its _reason._fault._addr (16)
 *
 * Without a filter it prints "getpid 0" and exits 1.
 */

#include "fbsd.h"

#define SIGSYS		12
#define SA_SIGINFO	0x0040
#define GETPID		20

#ifdef NETBSD
#define SIGACTION	340	/* __sigaction_sigtramp */
#define SI_CODE		4
#define SI_ADDR		16
struct sigaction {
	void (*handler)(int sig, void *si, void *uc);
	unsigned int mask[4];
	int flags;
};
#else
#define SIGACTION	416
#define SI_CODE		8
#define SI_ADDR		24
struct sigaction {
	void (*handler)(int sig, void *si, void *uc);
	int flags;
	unsigned int mask[4];
};
#endif

void start(void);
extern char after_getpid[];

static void handler(int sig, void *si, void *uc)
{
	const unsigned char *p = si;

	(void)sig;
	(void)uc;
	put("signo");
	put_val(*(const int *)p);
	put("\ncode");
	put_val(*(const int *)(p + SI_CODE));
	put("\naddr");
	put_val(*(char *const *)(p + SI_ADDR) == after_getpid);
	put("\n");
	fbsd_exit(0);
}

/* Never called: the handler does not return. */
static void tramp(void)
{
}

void start(void)
{
	struct sigaction act = {
		.handler = handler,
		.flags = SA_SIGINFO,
	};
	bool cf;
	long r;

	r = fbsd6(SIGACTION, SIGSYS, (long)&act, 0, (long)tramp, 2, 0, &cf);
	if (cf)
		fbsd_exit(2);
	asm volatile("syscall\n"
		     ".globl after_getpid\n"
		     "after_getpid:"
		     : "=a"(r)
		     : "a"(GETPID)
		     : "rcx", "r11", "memory");
	put("getpid 0\n");
	fbsd_exit(1);
}

FBSD_ENTRY;
