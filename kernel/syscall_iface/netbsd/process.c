// SPDX-License-Identifier: GPL-2.0-only
/*
 * NetBSD processes: __wait450's options; fork and __vfork14 are the
 * BSDs' (bsd/process.c).
 * execve means the same on both kernels and is mapped straight.
 */

#include <linux/syscalls.h>
#include <uapi/linux/wait.h>

#include "netbsd.h"

/* wait4's options (sys/sys/wait.h): it implies WEXITED and WTRAPPED. */
static const struct bsd_flag wait_options[] = {
	{ 0x00000001, WNOHANG },
	{ 0x00000002, WUNTRACED },
	{ 0x00000004, __WCLONE },	/* WALTSIG */
	{ 0x00000008, __WALL },		/* WALLSIG */
	{ 0x00000010, WCONTINUED },
	{ 0x00000020, WEXITED },
	{ 0x00000040, 0 },		/* WTRAPPED: a tracer is told anyway */
	{ 0x00010000, WNOWAIT },
};

const struct bsd_flags nbsd_wait_options = {
	wait_options, ARRAY_SIZE(wait_options)
};

/* wait6()'s id types (sys/sys/idtype.h) */
static const struct bsd_id idtypes[] = {
	{ 0, P_ALL },
	{ 1, P_PID },
	{ 3, P_PGID },
};

const struct bsd_ids nbsd_idtypes = { idtypes, ARRAY_SIZE(idtypes) };
