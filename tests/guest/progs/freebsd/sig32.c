// SPDX-License-Identifier: GPL-2.0-only
/*
 * sig32: a signal that interrupts 32-bit code runs its handler in
 * 64-bit mode, as a freestanding FreeBSD/amd64 program.  It installs a
 * handler for SIGILL, moves to a stack below 4 GiB, as 32-bit code needs
 * one, far-returns to the 32-bit user code segment and executes ud2
 * there.  The handler prints "handler" and exits 0; a handler entered in
 * 32-bit mode would not get that far.
 *
 * On the stack the kernel gave, above 4 GiB, the test failed about once
 * in 3000 runs: QEMU's TCG keeps only the low 32 bits of rsp when an
 * interrupt returns into 32-bit code, so a timer tick between the far
 * return and ud2 left the frame no stack to go on, and the program died
 * of SIGSEGV.  Spinning in 32-bit code before ud2 made it fail every time.
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

/* The 32-bit code's stack, and the handler's frame's: in the program. */
char stack32[65536] __attribute__((aligned(16)));

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
	asm volatile("leaq stack32+%c1(%%rip), %%rsp\n\t"
		     "pushq %0\n\t"
		     "leaq 1f(%%rip), %%rax\n\t"
		     "pushq %%rax\n\t"
		     "lretq\n\t"
		     ".code32\n"
		     "1:\tud2\n\t"
		     ".code64"
		     : : "i"(USER32_CS), "i"(sizeof(stack32)) : "rax", "memory");
	put("no signal\n");
	fbsd(FBSD_EXIT, 1, 0, 0, &cf);
}

FBSD_ENTRY;
