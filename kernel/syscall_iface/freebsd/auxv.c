// SPDX-License-Identifier: GPL-2.0-only
/*
 * The auxiliary vector in FreeBSD's numbering (sys/sys/elf_common.h).
 *
 * Linux's ELF loader has put its own vector on the new program's stack.
 * Types 0-14 (AT_NULL to AT_EGID) mean the same on both systems; above
 * them the numbers part: Linux's AT_HWCAP is FreeBSD's AT_CANARY, its
 * AT_RSEQ_ALIGN FreeBSD's AT_ARGC, its AT_SYSINFO_EHDR FreeBSD's
 * AT_FXRNG.  So the vector is rewritten in place, in the slots the
 * loader left: the shared entries FreeBSD's exec gives (AT_EXECFD to
 * AT_ENTRY; not the ids, which FreeBSD programs get from issetugid()),
 * then FreeBSD's own in the order of fbsd_auxv() while slots last, then
 * AT_IGNORE.  The kernel's copy (mm->saved_auxv, which /proc/PID/auxv
 * shows) stays Linux's.
 */

#include <linux/auxvec.h>
#include <linux/cpumask.h>
#include <linux/sched.h>
#include <linux/mm_types.h>
#include <linux/uaccess.h>

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

/*
 * The vector on the user stack, being rewritten: its next slot, and how
 * many are left before the loader's AT_NULL.
 */
struct auxv_out {
	unsigned long __user *slot;
	unsigned int left;
	int err;
};

static void emit(struct auxv_out *out, unsigned long type, unsigned long val)
{
	if (!out->left || out->err)
		return;
	if (put_user(type, out->slot) || put_user(val, out->slot + 1))
		out->err = -EFAULT;
	out->slot += 2;
	out->left--;
}

/* The value of Linux's entry @type, or 0 if it gave none. */
static unsigned long linux_aux(const unsigned long *auxv, unsigned long type)
{
	for (; auxv[0] != AT_NULL; auxv += 2)
		if (auxv[0] == type)
			return auxv[1];
	return 0;
}

/**
 * fbsd_auxv - rewrite a new program's auxiliary vector FreeBSD's way
 * @sp: the stack pointer exec left, at argc; argv, envp and the vector
 *      follow
 * @timekeep: the address of the timekeeping page, or 0 for none
 *
 * Return: 0, or -EFAULT if the stack could not be read or written.
 */
int fbsd_auxv(unsigned long sp, unsigned long timekeep)
{
	const unsigned long *auxv = current->mm->saved_auxv;
	unsigned long __user *p = (unsigned long __user *)sp;
	unsigned long argc, envc = 0, first, v;
	unsigned long __user *argv, *envp;
	struct auxv_out out = {};
	unsigned int i;

	if (get_user(argc, p))
		return -EFAULT;
	argv = p + 1;
	envp = argv + argc + 1;
	do {
		if (get_user(v, envp + envc))
			return -EFAULT;
		envc++;
	} while (v);
	out.slot = envp + envc;
	envc--;
	if (get_user(first, out.slot))
		return -EFAULT;
	/* Only a vector that Linux's ELF loader wrote: others are left alone. */
	if (auxv[0] == AT_NULL || first != auxv[0])
		return 0;
	for (i = 0; auxv[2 * i] != AT_NULL; i++)
		out.left++;

	for (i = 0; auxv[2 * i] != AT_NULL; i++)
		if (auxv[2 * i] >= AT_EXECFD && auxv[2 * i] <= AT_ENTRY)
			emit(&out, auxv[2 * i], auxv[2 * i + 1]);
	v = linux_aux(auxv, AT_EXECFN);
	if (v)
		emit(&out, FBSD_AT_EXECPATH, v);
	v = linux_aux(auxv, AT_RANDOM);
	if (v) {
		emit(&out, FBSD_AT_CANARY, v);
		emit(&out, FBSD_AT_CANARYLEN, LINUX_RANDOM_BYTES);
	}
	emit(&out, FBSD_AT_OSRELDATE, FBSD_OSRELDATE);
	emit(&out, FBSD_AT_NCPUS, num_online_cpus());
	if (timekeep)
		emit(&out, FBSD_AT_TIMEKEEP, timekeep);
	emit(&out, FBSD_AT_ARGC, argc);
	emit(&out, FBSD_AT_ARGV, (unsigned long)argv);
	emit(&out, FBSD_AT_ENVC, envc);
	emit(&out, FBSD_AT_ENVV, (unsigned long)(argv + argc + 1));
	while (out.left && !out.err)
		emit(&out, AT_IGNORE, 0);
	return out.err;
}
