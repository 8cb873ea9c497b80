// SPDX-License-Identifier: GPL-2.0-only
/*
 * binfmt_juha: ELF executables that carry a registered signature, such
 * as the paper's "JUHA", in place of the ELF magic.
 *
 * The loader only recognises the file: it finds the interface bound to
 * "juha" whose signature matches, shows the kernel's own ELF loader the
 * file with the ELF magic restored, and lets it do all the loading, for
 * static and dynamically linked programs alike.  The interface travels
 * in the linux_binprm to begin_new_exec(), where
 * syscall_iface_exec_prepare() checks it and syscall_iface_exec() makes
 * it the task's.
 */

#include <linux/binfmts.h>
#include <linux/elf.h>
#include <linux/init.h>
#include <linux/module.h>
#include <linux/syscall_iface_core.h>

static int load_juha_binary(struct linux_binprm *bprm)
{
	struct syscall_iface *iface;
	u8 magic[SELFMAG];
	int ret;

	/* A file with the ELF magic is an ordinary ELF file. */
	if (!memcmp(bprm->buf, ELFMAG, SELFMAG))
		return -ENOEXEC;
	iface = syscall_iface_match(SYSCALL_IFACE_BINFMT_JUHA, bprm->buf);
	if (!iface)
		return -ENOEXEC;

	memcpy(magic, bprm->buf, SELFMAG);
	memcpy(bprm->buf, ELFMAG, SELFMAG);
	bprm->syscall_iface = iface;

	ret = elf_load_binary(bprm);

	/* Still here if the ELF loader gave up before begin_new_exec(). */
	syscall_iface_exec_free(bprm);
	if (ret && !bprm->point_of_no_return)
		memcpy(bprm->buf, magic, SELFMAG);
	return ret;
}

static struct linux_binfmt juha_format = {
	.module		= THIS_MODULE,
	.load_binary	= load_juha_binary,
};

static int __init init_juha_binfmt(void)
{
	register_binfmt(&juha_format);
	return 0;
}
fs_initcall(init_juha_binfmt);
