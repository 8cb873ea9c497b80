// SPDX-License-Identifier: GPL-2.0-only
/*
 * start: a freestanding program in FreeBSD/amd64's ABI (EI_OSABI 9),
 * which checks what FreeBSD's exec gives a program (exec_setregs() in
 * sys/amd64/amd64/exec_machdep.c): rdi holds the address of argc, and rsp
 * is 8 bytes off a 16-byte boundary, as after a call.  It prints
 *
 *   argc N
 *   argv[I] ARG          (each argument)
 *   env FIRST            (the first environment string)
 *   rsp%16 R
 *   unmapped CF ERRNO    (a number FreeBSD's table leaves unmapped)
 *
 * with FreeBSD's write (4), and exits with FreeBSD's exit (1) and status
 * 40 + argc.  Under Linux's start-up rdi is 0 and it crashes at once.
 * "start sleep N" first sleeps N seconds in FreeBSD's nanosleep (240).
 */

#include "fbsd.h"

#define FBSD_NANOSLEEP	240
#define FBSD_UNMAPPED	0x3fff	/* no FreeBSD syscall has this number */

static int str_cmp(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a - *b;
}

/* rdi = FreeBSD's argc address, rsi = rsp at _start (see below). */
void start(long *argcp, unsigned long sp);

void start(long *argcp, unsigned long sp)
{
	long argc = argcp[0];
	char **argv = (char **)(argcp + 1);
	char **envp = argv + argc + 1;
	struct { long sec, nsec; } ts = { 0, 0 };
	bool cf;
	long r;
	long i;

	if (argc == 3 && !str_cmp(argv[1], "sleep")) {
		for (i = 0; argv[2][i]; i++)
			ts.sec = ts.sec * 10 + argv[2][i] - '0';
		fbsd(FBSD_NANOSLEEP, (long)&ts, 0, 0, &cf);
	}
	put("argc ");
	put_num(argc);
	put("\n");
	for (i = 0; i < argc; i++) {
		put("argv[");
		put_num(i);
		put("] ");
		put(argv[i]);
		put("\n");
	}
	put("env ");
	put(envp[0] ? envp[0] : "(none)");
	put("\nrsp%16 ");
	put_num(sp % 16);
	r = fbsd(FBSD_UNMAPPED, 0, 0, 0, &cf);
	put("\nunmapped ");
	put_num(cf);
	put(" ");
	put_num(r);
	put("\n");
	fbsd_exit(40 + argc);
}

/* Keep rsp as exec left it; pass it on for the check. */
asm(".globl _start\n"
	"_start:\n"
	"	mov %rsp, %rsi\n"
	"	jmp start\n");
