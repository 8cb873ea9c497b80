// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface, x86-64: programs of platforms that have no use for
 * Linux's vDSO run without it.
 */

#include <linux/auxvec.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <asm/syscall_iface.h>
#include <asm/vdso.h>

/**
 * syscall_iface_unmap_vdso - take Linux's vDSO out of a new program
 *
 * Called at exec, after the loader and before the program runs, for a
 * platform with @no_vdso: the vDSO's functions make native calls that the
 * platform's table would decode, and its programs look for their own.
 * The vvar pages go with it, and the kernel's copy of the auxiliary
 * vector (/proc/PID/auxv) loses AT_SYSINFO_EHDR.  The mm is then as
 * vdso=0 leaves it.
 */
void syscall_iface_unmap_vdso(void)
{
	struct mm_struct *mm = current->mm;
	const struct vdso_image *image;
	unsigned long text;
	int i;

	mmap_write_lock(mm);
	image = mm->context.vdso_image;
	text = (unsigned long)mm->context.vdso;
	if (image && text &&
	    !do_munmap(mm, text + image->sym_vvar_start,
		       image->size - image->sym_vvar_start, NULL)) {
		mm->context.vdso = NULL;
		mm->context.vdso_image = NULL;
	}
	mmap_write_unlock(mm);
	for (i = 0; i < AT_VECTOR_SIZE - 1 && mm->saved_auxv[i]; i += 2)
		if (mm->saved_auxv[i] == AT_SYSINFO_EHDR)
			WRITE_ONCE(mm->saved_auxv[i], AT_IGNORE);
}
