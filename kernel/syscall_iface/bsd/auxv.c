// SPDX-License-Identifier: GPL-2.0-only
/*
 * The auxiliary vector in a BSD's numbering.  Linux's ELF loader has put
 * its own vector on the new program's stack; types AT_EXECFD to AT_ENTRY
 * (2-9) mean the same on Linux and the BSDs, and above them the numbers
 * part.  So the platform rewrites the vector in place, in the slots the
 * loader left: bsd_auxv_begin() finds it, bsd_auxv_put() writes an entry
 * while slots last, and bsd_auxv_end() fills the rest with AT_IGNORE.
 * The kernel's copy (mm->saved_auxv, which /proc/PID/auxv shows) stays
 * Linux's.
 */

#include <linux/auxvec.h>
#include <linux/export.h>
#include <linux/mm_types.h>
#include <linux/sched.h>
#include <linux/uaccess.h>

#include "bsd.h"

/**
 * bsd_auxv_begin - find a new program's vector
 * @a: filled in
 * @sp: the stack pointer exec left, at argc; argv, envp and the vector
 *      follow
 *
 * Return: 1 if the vector is Linux's loader's, to be rewritten; 0 for
 * another (left alone); -EFAULT if the stack could not be read.
 */
int bsd_auxv_begin(struct bsd_auxv *a, unsigned long sp)
{
	unsigned long __user *p = (unsigned long __user *)sp;
	unsigned long first, v;
	unsigned int i;

	memset(a, 0, sizeof(*a));
	a->native = current->mm->saved_auxv;
	if (get_user(a->argc, p))
		return -EFAULT;
	a->argv = p + 1;
	a->envp = a->argv + a->argc + 1;
	do {
		if (get_user(v, a->envp + a->envc))
			return -EFAULT;
		a->envc++;
	} while (v);
	a->slot = a->envp + a->envc;
	a->envc--;
	if (get_user(first, a->slot))
		return -EFAULT;
	if (a->native[0] == AT_NULL || first != a->native[0])
		return 0;
	for (i = 0; a->native[2 * i] != AT_NULL; i++)
		a->left++;
	return 1;
}
EXPORT_SYMBOL_GPL(bsd_auxv_begin);

/* Write entry @type = @val into the next slot, if one is left. */
void bsd_auxv_put(struct bsd_auxv *a, unsigned long type, unsigned long val)
{
	if (!a->left || a->err)
		return;
	if (put_user(type, a->slot) || put_user(val, a->slot + 1))
		a->err = -EFAULT;
	a->slot += 2;
	a->left--;
}
EXPORT_SYMBOL_GPL(bsd_auxv_put);

/* The value of Linux's entry @type, or 0 if it gave none. */
unsigned long bsd_auxv_linux(const struct bsd_auxv *a, unsigned long type)
{
	const unsigned long *v;

	for (v = a->native; v[0] != AT_NULL; v += 2)
		if (v[0] == type)
			return v[1];
	return 0;
}
EXPORT_SYMBOL_GPL(bsd_auxv_linux);

/* Write the entries whose types Linux and the BSDs share, AT_EXECFD to AT_ENTRY. */
void bsd_auxv_put_shared(struct bsd_auxv *a)
{
	const unsigned long *v;

	for (v = a->native; v[0] != AT_NULL; v += 2)
		if (v[0] >= AT_EXECFD && v[0] <= AT_ENTRY)
			bsd_auxv_put(a, v[0], v[1]);
}
EXPORT_SYMBOL_GPL(bsd_auxv_put_shared);

/* Fill the slots left with AT_IGNORE. Return: 0 or -EFAULT. */
int bsd_auxv_end(struct bsd_auxv *a)
{
	while (a->left && !a->err)
		bsd_auxv_put(a, AT_IGNORE, 0);
	return a->err;
}
EXPORT_SYMBOL_GPL(bsd_auxv_end);
