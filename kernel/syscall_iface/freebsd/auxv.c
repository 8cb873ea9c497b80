// SPDX-License-Identifier: GPL-2.0-only
/*
 * The auxiliary vector in FreeBSD's numbering (sys/sys/elf_common.h).
 *
 * Linux's ELF loader has put its own vector on the new program's stack.
 * Types 0-14 (AT_NULL to AT_EGID) mean the same on both systems; above
 * them the numbers part: Linux's AT_HWCAP is FreeBSD's AT_CANARY, its
 * AT_RSEQ_ALIGN FreeBSD's AT_ARGC, its AT_SYSINFO_EHDR FreeBSD's
 * AT_FXRNG.  So the vector is rewritten in place (bsd/auxv.c): the
 * shared entries FreeBSD's exec gives (AT_EXECFD to AT_ENTRY; not the
 * ids, which FreeBSD programs get from issetugid()), then FreeBSD's own
 * in the order of fbsd_auxv() while slots last.
 */

#include <linux/auxvec.h>
#include <linux/cpumask.h>
#include <linux/sched.h>

#include "freebsd.h"

#define FBSD_AT_EXECPATH	15	/* path of the executable */
#define FBSD_AT_CANARY		16	/* random bytes for the stack guard */
#define FBSD_AT_CANARYLEN	17
#define FBSD_AT_OSRELDATE	18
#define FBSD_AT_NCPUS		19
#define FBSD_AT_TIMEKEEP	22	/* the timekeeping page (timekeep.c) */
#define FBSD_AT_ARGC		28
#define FBSD_AT_ARGV		29
#define FBSD_AT_ENVC		30
#define FBSD_AT_ENVV		31

/* Bytes at AT_RANDOM, which FreeBSD's AT_CANARY points to. */
#define LINUX_RANDOM_BYTES	16

/**
 * fbsd_auxv - rewrite a new program's auxiliary vector FreeBSD's way
 * @sp: the stack pointer exec left, at argc
 * @timekeep: the address of the timekeeping page, or 0 for none
 *
 * Return: 0, or -EFAULT if the stack could not be read or written.
 */
int fbsd_auxv(unsigned long sp, unsigned long timekeep)
{
	struct bsd_auxv a;
	unsigned long v;
	int ret;

	ret = bsd_auxv_begin(&a, sp);
	if (ret <= 0)
		return ret;
	bsd_auxv_put_shared(&a);
	v = bsd_auxv_linux(&a, AT_EXECFN);
	if (v)
		bsd_auxv_put(&a, FBSD_AT_EXECPATH, v);
	v = bsd_auxv_linux(&a, AT_RANDOM);
	if (v) {
		bsd_auxv_put(&a, FBSD_AT_CANARY, v);
		bsd_auxv_put(&a, FBSD_AT_CANARYLEN, LINUX_RANDOM_BYTES);
	}
	bsd_auxv_put(&a, FBSD_AT_OSRELDATE, FBSD_OSRELDATE);
	bsd_auxv_put(&a, FBSD_AT_NCPUS, num_online_cpus());
	if (timekeep)
		bsd_auxv_put(&a, FBSD_AT_TIMEKEEP, timekeep);
	bsd_auxv_put(&a, FBSD_AT_ARGC, a.argc);
	bsd_auxv_put(&a, FBSD_AT_ARGV, (unsigned long)a.argv);
	bsd_auxv_put(&a, FBSD_AT_ENVC, a.envc);
	bsd_auxv_put(&a, FBSD_AT_ENVV, (unsigned long)a.envp);
	return bsd_auxv_end(&a);
}
