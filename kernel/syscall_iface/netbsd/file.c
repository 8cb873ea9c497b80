// SPDX-License-Identifier: GPL-2.0-only
/*
 * NetBSD's file flags, fcntl commands and struct layouts (NetBSD 5's
 * struct stat, NetBSD 3's struct dirent), for the file calls the BSDs
 * share (../bsd/file.c, stat.c, dirent.c), and its own calls: utimensat,
 * readlink of /proc/curproc/exe, and the calls with a padding argument
 * before a 64-bit offset (lseek, pread, pwrite, ftruncate, truncate).
 * sys/sys/fcntl.h, sys/sys/stat.h, sys/sys/dirent.h.
 */

#include <linux/err.h>
#include <linux/fcntl.h>
#include <linux/poll.h>
#include <linux/slab.h>
#include <linux/stat.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <asm/stat.h>

#include "netbsd.h"

/* Open flags: NetBSD's, then Linux's; 0 for a flag Linux ignores. */
static const struct bsd_flag o_flags[] = {
	{ 0x00000004, O_NONBLOCK },
	{ 0x00000008, O_APPEND },
	{ 0x00000040, FASYNC },
	{ 0x00000080, O_SYNC },
	{ 0x00000100, O_NOFOLLOW },
	{ 0x00000200, O_CREAT },
	{ 0x00000400, O_TRUNC },
	{ 0x00000800, O_EXCL },
	{ 0x00008000, O_NOCTTY },
	{ 0x00010000, O_DSYNC },
	{ 0x00020000, 0 },		/* O_RSYNC: reads are synchronous */
	{ 0x00080000, O_DIRECT },
	{ 0x00200000, O_DIRECTORY },
	{ 0x00400000, O_CLOEXEC },
	{ 0x00800000, O_PATH },		/* O_SEARCH */
};

const struct bsd_flags nbsd_oflags = { o_flags, ARRAY_SIZE(o_flags) };

/* poll's events besides POLLIN to POLLRDBAND (sys/sys/poll.h) */
static const struct bsd_flag poll_events[] = {
	{ 0x0100, POLLWRBAND },
};

const struct bsd_flags nbsd_poll_events = {
	poll_events, ARRAY_SIZE(poll_events)
};

/* fcntl's commands but F_DUPFD, F_GETFD, F_SETFD (sys/sys/fcntl.h) */
static const struct bsd_id fcntl_cmds[] = {
	{ 3, F_GETFL },
	{ 4, F_SETFL },
	{ 5, F_GETOWN },
	{ 6, F_SETOWN },
	{ 7, F_GETLK },
	{ 8, F_SETLK },
	{ 9, F_SETLKW },
	{ 12, F_DUPFD_CLOEXEC },
};

const struct bsd_fcntl nbsd_fcntl = {
	.cmds = { fcntl_cmds, ARRAY_SIZE(fcntl_cmds) },
	.flock_size = 24,	/* it ends at l_whence */
};

/* NetBSD 5's struct stat (sys/sys/stat.h). */
struct nbsd_stat {
	u64 dev;
	u32 mode;
	u32 pad0;
	u64 ino;
	u32 nlink;
	u32 uid;
	u32 gid;
	u32 pad1;
	u64 rdev;
	struct __kernel_timespec atim, mtim, ctim, birthtim;
	s64 size;
	s64 blocks;
	u32 blksize;
	u32 flags;
	u32 gen;
	u32 spare[2];
	u32 pad2;
};

static_assert(sizeof(struct nbsd_stat) == 152);

const struct bsd_stat_layout nbsd_stat_layout =
	BSD_STAT_LAYOUT(struct nbsd_stat);

/* The *at() calls' flags. */
static const struct bsd_flag at_flags[] = {
	{ 0x0100, AT_EACCESS },
	{ 0x0200, AT_SYMLINK_NOFOLLOW },
	{ 0x0400, AT_SYMLINK_FOLLOW },
	{ 0x0800, AT_REMOVEDIR },
};

const struct bsd_flags nbsd_at_flags = { at_flags, ARRAY_SIZE(at_flags) };

/* utimensat(fd, path, times, flag): UTIME_NOW and UTIME_OMIT are Linux's. */
SYSCALL_IFACE_DEFINE4(nbsd_utimensat, int, fd, const char __user *, path,
		      struct __kernel_timespec __user *, times,
		      unsigned long, flag)
{
	long f = bsd_atflags_to_linux(flag);

	if (f < 0)
		return f;
	return syscall_iface_native(__NR_utimensat, fd, path, times, f);
}

#define NBSD_CURPROC_EXE	"/proc/curproc/exe"

/*
 * readlink(path, buf, count): NetBSD's /proc/curproc is Linux's
 * /proc/self, and programs find themselves at /proc/curproc/exe.
 */
SYSCALL_IFACE_DEFINE3(nbsd_readlink, const char __user *, upath,
		      char __user *, ubuf, size_t, count)
{
	char path[sizeof(NBSD_CURPROC_EXE)], *buf, *exe;
	long ret;

	ret = strncpy_from_user(path, upath, sizeof(path));
	if (ret != sizeof(path) - 1 || strcmp(path, NBSD_CURPROC_EXE))
		return syscall_iface_native(__NR_readlink, upath, ubuf, count);
	if (syscall_iface_denied(&ret, __NR_readlink, upath, ubuf, count))
		return ret;
	buf = kmalloc(PATH_MAX, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	exe = syscall_iface_exe_path(buf, PATH_MAX);
	ret = IS_ERR(exe) ? PTR_ERR(exe) : min(strlen(exe), count);
	if (ret > 0 && copy_to_user(ubuf, exe, ret))
		ret = -EFAULT;
	kfree(buf);
	return ret;
}

/* NetBSD 3's struct dirent (sys/sys/dirent.h) */
struct nbsd_dirent {
	u64 fileno;
	u16 reclen;
	u16 namlen;
	u8 type;
	char name[];
} __packed;

const struct bsd_dirent_layout nbsd_dirent_layout = {
	.fileno = offsetof(struct nbsd_dirent, fileno),
	.reclen = offsetof(struct nbsd_dirent, reclen),
	.type = offsetof(struct nbsd_dirent, type),
	.namlen = offsetof(struct nbsd_dirent, namlen),
	.name = offsetof(struct nbsd_dirent, name),
};

/*
 * The calls that pass a padding argument before a 64-bit offset, from
 * the days of 32-bit registers: the native call without it.
 */

SYSCALL_IFACE_DEFINE4(nbsd_lseek, unsigned int, fd, long, pad, s64, offset,
		      unsigned int, whence)
{
	return syscall_iface_native(__NR_lseek, fd, offset, whence);
}

SYSCALL_IFACE_DEFINE5(nbsd_pread, unsigned int, fd, char __user *, buf,
		      size_t, nbyte, long, pad, s64, offset)
{
	return syscall_iface_native(__NR_pread64, fd, buf, nbyte, offset);
}

SYSCALL_IFACE_DEFINE5(nbsd_pwrite, unsigned int, fd, const char __user *, buf,
		      size_t, nbyte, long, pad, s64, offset)
{
	return syscall_iface_native(__NR_pwrite64, fd, buf, nbyte, offset);
}

SYSCALL_IFACE_DEFINE3(nbsd_ftruncate, unsigned int, fd, long, pad,
		      s64, length)
{
	return syscall_iface_native(__NR_ftruncate, fd, length);
}

SYSCALL_IFACE_DEFINE3(nbsd_truncate, const char __user *, path, long, pad,
		      s64, length)
{
	return syscall_iface_native(__NR_truncate, path, length);
}
