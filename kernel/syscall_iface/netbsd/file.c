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
#include <linux/statfs.h>
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

/*
 * NetBSD's struct statvfs (sys/sys/statvfs.h): NetBSD 10's, and NetBSD
 * 9's before it, which compat_90 keeps and Go's x/sys/unix calls, with
 * 32-bit spares and no f_mntfromlabel.  Its MNT_* flags.
 */
struct nbsd_statvfs {
	u64 flag;
	u64 bsize, frsize, iosize;
	u64 blocks, bfree, bavail, bresvd;
	u64 files, ffree, favail, fresvd;
	u64 syncreads, syncwrites, asyncreads, asyncwrites;
	s32 fsidx[2];
	u64 fsid;
	u64 namemax;
	u32 owner;
	u64 spare[4];
	char fstypename[32];
	char mntonname[1024];
	char mntfromname[1024];
	char mntfromlabel[1024];
};

struct nbsd_statvfs90 {
	u64 flag;
	u64 bsize, frsize, iosize;
	u64 blocks, bfree, bavail, bresvd;
	u64 files, ffree, favail, fresvd;
	u64 syncreads, syncwrites, asyncreads, asyncwrites;
	s32 fsidx[2];
	u64 fsid;
	u64 namemax;
	u32 owner;
	u32 spare[4];
	char fstypename[32];
	char mntonname[1024];
	char mntfromname[1024];
} __aligned(8);

static_assert(sizeof(struct nbsd_statvfs) == 3296);
static_assert(sizeof(struct nbsd_statvfs90) == 2256);

static const struct bsd_flag mnt_flags[] = {
	{ 0x00000001, ST_RDONLY },
	{ 0x00000002, ST_SYNCHRONOUS },
	{ 0x00000004, ST_NOEXEC },
	{ 0x00000008, ST_NOSUID },
	{ 0x00000010, ST_NODEV },
	{ 0x04000000, ST_NOATIME },
};

static const struct bsd_flags nbsd_mnt_flags = {
	mnt_flags, ARRAY_SIZE(mnt_flags)
};

#define STATVFS_LAYOUT(type) {						\
	.bytes = sizeof(type),						\
	.mnt_flags = &nbsd_mnt_flags,					\
	.flags = { offsetof(type, flag), 8 },				\
	.frsize = { offsetof(type, frsize), 8 },			\
	.bsize = { offsetof(type, bsize), 8 },				\
	.iosize = { offsetof(type, iosize), 8 },			\
	.blocks = { offsetof(type, blocks), 8 },			\
	.bfree = { offsetof(type, bfree), 8 },				\
	.bavail = { offsetof(type, bavail), 8 },			\
	.files = { offsetof(type, files), 8 },				\
	.ffree = { offsetof(type, ffree), 8 },				\
	.favail = { offsetof(type, favail), 8 },			\
	.namemax = { offsetof(type, namemax), 8 },			\
	.fsid = { offsetof(type, fsidx), 8 },				\
	.fsid_val0 = { offsetof(type, fsid), 8 },			\
	.fstypename = { offsetof(type, fstypename), 32 },		\
	.mntonname = { offsetof(type, mntonname), 1024 },		\
	.mntfromname = { offsetof(type, mntfromname), 1024 },		\
}

static const struct bsd_statfs_layout statvfs =
	STATVFS_LAYOUT(struct nbsd_statvfs);
static const struct bsd_statfs_layout statvfs90 =
	STATVFS_LAYOUT(struct nbsd_statvfs90);

/*
 * __statvfs190(path, buf, flags) and __fstatvfs190(fd, buf, flags), and
 * NetBSD 9's statvfs1 and fstatvfs1 (bsd_statfs()).
 */
SYSCALL_IFACE_DEFINE2(nbsd_statvfs1, const char __user *, path,
		      void __user *, buf)
{
	return bsd_statfs(&statvfs, path, buf);
}

SYSCALL_IFACE_DEFINE2(nbsd_fstatvfs1, int, fd, void __user *, buf)
{
	return bsd_fstatfs(&statvfs, fd, buf);
}

SYSCALL_IFACE_DEFINE2(nbsd_statvfs1_90, const char __user *, path,
		      void __user *, buf)
{
	return bsd_statfs(&statvfs90, path, buf);
}

SYSCALL_IFACE_DEFINE2(nbsd_fstatvfs1_90, int, fd, void __user *, buf)
{
	return bsd_fstatfs(&statvfs90, fd, buf);
}

/* __getvfsstat90(buf, bufsize, flags) and NetBSD 9's getvfsstat */
SYSCALL_IFACE_DEFINE2(nbsd_getvfsstat, void __user *, buf, size_t, bufsize)
{
	return bsd_getfsstat(&statvfs, buf, bufsize);
}

SYSCALL_IFACE_DEFINE2(nbsd_getvfsstat_90, void __user *, buf, size_t, bufsize)
{
	return bsd_getfsstat(&statvfs90, buf, bufsize);
}
