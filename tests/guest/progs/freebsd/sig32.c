// SPDX-License-Identifier: GPL-2.0-only
/*
 * sig32: a signal that interrupts 32-bit code runs its handler in
 * 64-bit mode, as a freestanding FreeBSD/amd64 program.  It installs a
 * handler for SIGILL, far-returns to the 32-bit user code segment and
 * executes ud2 there.  The handler prints "handler" and exits 0; a
 * handler entered in 32-bit mode would not get that far.
 *
 * FreeBSD's numbers: sigaction 416.  SIGILL is 4 on both systems.
 */

#include "fbsd.h"

#define SIGACTION	416
#define SIGILL		4
#define USER32_CS	0x23

struct sigaction {
	void (*handler)(int);
	int flags;
	unsigned int mask[4];
	unsigned int pad;
};

static void handler(int sig)
{
	bool cf;

	(void)sig;
	put("handler\n");
	fbsd(FBSD_EXIT, 0, 0, 0, &cf);
}

void start(void);

void start(void)
{
	struct sigaction sa = { .handler = handler };
	bool cf;

	fbsd(SIGACTION, SIGILL, (long)&sa, 0, &cf);
	if (cf) {
		put("sigaction failed\n");
		fbsd(FBSD_EXIT, 1, 0, 0, &cf);
	}
	asm volatile("pushq %0\n\t"
		     "leaq 1f(%%rip), %%rax\n\t"
		     "pushq %%rax\n\t"
		     "lretq\n\t"
		     ".code32\n"
		     "1:\tud2\n\t"
		     ".code64"
		     : : "i"(USER32_CS) : "rax", "memory");
	put("no signal\n");
	fbsd(FBSD_EXIT, 1, 0, 0, &cf);
}

FBSD_ENTRY;
