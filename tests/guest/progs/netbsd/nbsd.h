/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What the freestanding NetBSD/amd64 test programs share besides
 * ../freebsd/fbsd.h (NetBSD's syscall convention is FreeBSD's: an error
 * sets the carry flag, with a positive errno in rax).
 */
#ifndef NBSD_TEST_H
#define NBSD_TEST_H

#include "../freebsd/fbsd.h"

#define NBSD_MMAP	197

/*
 * mmap(addr, len, prot, flags, fd, PAD, pos) at no address: pos, the
 * seventh argument, goes on the stack, at 8(%rsp) as after a wrapper's
 * call (below the red zone).
 */
static inline long mmap7(long len, long prot, long flags, long fd, long pos,
			 bool *cf)
{
	register long r10 asm("r10") = flags;
	register long r8 asm("r8") = fd;
	register long r9 asm("r9") = 0;
	long ret;

	asm volatile("sub $144, %%rsp\n\t"
		     "mov %[pos], 8(%%rsp)\n\t"
		     "syscall\n\t"
		     "setc %1\n\t"
		     "add $144, %%rsp"
		     : "=a"(ret), "=r"(*cf), "+r"(r10), "+r"(r8), "+r"(r9)
		     : "a"(NBSD_MMAP), "D"(0), "S"(len), "d"(prot), [pos] "r"(pos)
		     : "rcx", "r11", "memory");
	return ret;
}

#define NBSD_LWP_CREATE	309

/*
 * _lwp_create of an LWP that runs @fn(@arg) on the @size bytes at
 * @stack, as if called, from a ucontext of registers only (_UC_CPU), as
 * libpthread makes one: its id.  A program that cannot make it exits 2.
 */
static inline int lwp_start(void (*fn)(long), long arg, char *stack,
			    unsigned long size, unsigned long flags)
{
	unsigned long uc[128] = {};	/* flags, link, mask, stack, gregs */
	unsigned long *gregs = &uc[7];
	bool cf;
	int lid;
	long r;

	uc[0] = 0x4;			/* _UC_CPU */
	gregs[0] = arg;			/* _REG_RDI */
	gregs[21] = (unsigned long)fn;	/* _REG_RIP */
	gregs[23] = 0x202;		/* _REG_RFLAGS */
	gregs[24] = (unsigned long)(stack + size) - 8;	/* _REG_RSP */
	r = fbsd(NBSD_LWP_CREATE, (long)uc, flags, (long)&lid, &cf);
	if (cf || r)
		fbsd_exit(2);
	return lid;
}

/* NetBSD starts a program with argc at rsp, and nothing in rdi. */
#define NBSD_ENTRY					\
	asm(".globl _start\n"				\
	    "_start:\n"					\
	    "	mov %rsp, %rdi\n"			\
	    "	and $-16, %rsp\n"			\
	    "	call start\n")

#endif
