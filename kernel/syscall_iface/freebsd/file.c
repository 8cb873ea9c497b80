// SPDX-License-Identifier: GPL-2.0-only
/*
 * FreeBSD's file flags, fcntl commands and struct layouts, for the file
 * calls the BSDs share (../bsd/file.c, stat.c, dirent.c), and its own
 * calls: mknodat, __getcwd, utimensat and futimens with its UTIME_NOW
 * and UTIME_OMIT, and getdirentries (sys/sys/fcntl.h, sys/sys/stat.h,
 * sys/sys/dirent.h).
 */

#include <linux/fcntl.h>
#include <linux/poll.h>
#include <linux/stat.h>
#include <linux/statfs.h>
#include <linux/syscall_iface_core.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <asm/ptrace.h>
#include <asm/stat.h>

#include "freebsd.h"

/* Open flags: FreeBSD's, then Linux's; 0 for a flag Linux ignores. */
static const struct bsd_flag o_flags[] = {
	{ 0x000004, O_NONBLOCK },
	{ 0x000008, O_APPEND },
	{ 0x000040, FASYNC },
	{ 0x000080, O_SYNC },		/* O_FSYNC */
	{ 0x000100, O_NOFOLLOW },
	{ 0x000200, O_CREAT },
	{ 0x000400, O_TRUNC },
	{ 0x000800, O_EXCL },
	{ 0x008000, O_NOCTTY },
	{ 0x010000, O_DIRECT },
	{ 0x020000, O_DIRECTORY },
	{ 0x040000, O_PATH },		/* O_EXEC: open for fexecve only */
	{ 0x080000, 0 },		/* O_TTY_INIT */
	{ 0x100000, O_CLOEXEC },
	{ 0x1000000, O_DSYNC },
	{ 0x200000, 0 },		/* O_VERIFY */
	{ 0x400000, O_PATH },
};

const struct bsd_flags fbsd_oflags = { o_flags, ARRAY_SIZE(o_flags) };

/* poll's events besides POLLIN to POLLRDBAND (sys/sys/poll.h) */
static const struct bsd_flag poll_events[] = {
	{ 0x0100, POLLWRBAND },
	{ 0x2000, POLLIN },		/* POLLINIGNEOF */
	{ 0x4000, POLLRDHUP },
};

const struct bsd_flags fbsd_poll_events = {
	poll_events, ARRAY_SIZE(poll_events)
};

/* The *at() calls' flags. */
static const struct bsd_flag at_flags[] = {
	{ 0x0100, AT_EACCESS },
	{ 0x0200, AT_SYMLINK_NOFOLLOW },
	{ 0x0400, AT_SYMLINK_FOLLOW },
	{ 0x0800, AT_REMOVEDIR },
	{ 0x4000, AT_EMPTY_PATH },
};

const struct bsd_flags fbsd_at_flags = { at_flags, ARRAY_SIZE(at_flags) };

/*
 * mknodat(fd, path, mode, dev) of FreeBSD 12 and later: dev is 64 bits
 * wide, Linux's 32; it is taken in Linux's encoding, which fstat
 * reports too.
 */
SYSCALL_IFACE_DEFINE4(fbsd_mknodat, int, fd, const char __user *, path,
		      umode_t, mode, u64, dev)
{
	if (dev > U32_MAX)
		return -EINVAL;
	return syscall_iface_native(__NR_mknodat, fd, path, mode, dev);
}

/* __getcwd(buf, buflen): Linux's getcwd returns the length, FreeBSD's 0. */
SYSCALL_IFACE_DEFINE2(fbsd_getcwd, char __user *, buf, size_t, size)
{
	long ret = syscall_iface_native(__NR_getcwd, buf, size);

	return ret < 0 ? ret : 0;
}

#define FBSD_UTIME_NOW		(-1)
#define FBSD_UTIME_OMIT		(-2)

/*
 * Set times FreeBSD's way: its UTIME_NOW and UTIME_OMIT are -1 and -2,
 * and Linux's values of them are no special value there (EINVAL).
 */
static long utimens(int fd, const char __user *path,
		    struct __kernel_timespec __user *utimes, unsigned long fl)
{
	struct __kernel_timespec ts[2];
	struct timespec64 t[2];
	long flags = bsd_atflags_to_linux(fl), ret;
	int i;

	if (flags < 0 || flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	if (syscall_iface_denied(&ret, __NR_utimensat, fd, path, utimes, flags))
		return ret;
	if (!utimes)
		return syscall_iface_utimes(fd, path, NULL, flags);
	if (copy_from_user(ts, utimes, sizeof(ts)))
		return -EFAULT;
	for (i = 0; i < 2; i++) {
		t[i].tv_sec = ts[i].tv_sec;
		t[i].tv_nsec = ts[i].tv_nsec;
		if (ts[i].tv_nsec == FBSD_UTIME_NOW)
			t[i].tv_nsec = UTIME_NOW;
		else if (ts[i].tv_nsec == FBSD_UTIME_OMIT)
			t[i].tv_nsec = UTIME_OMIT;
		else if (ts[i].tv_nsec == UTIME_NOW || ts[i].tv_nsec == UTIME_OMIT)
			return -EINVAL;
	}
	/* Nothing to do: not even the path is looked at, as on Linux. */
	if (t[0].tv_nsec == UTIME_OMIT && t[1].tv_nsec == UTIME_OMIT)
		return 0;
	return syscall_iface_utimes(fd, path, t, flags);
}

SYSCALL_IFACE_DEFINE4(fbsd_utimensat, int, fd, const char __user *, path,
		      struct __kernel_timespec __user *, times, int, flag)
{
	if (!path)
		return -EFAULT;
	return utimens(fd, path, times, flag);
}

SYSCALL_IFACE_DEFINE2(fbsd_futimens, int, fd,
		      struct __kernel_timespec __user *, times)
{
	return utimens(fd, NULL, times, 0);
}

/* fcntl's commands besides F_DUP2FD (10) and F_DUP2FD_CLOEXEC (18) */
static const struct bsd_id fcntl_cmds[] = {
	{ 3, F_GETFL },
	{ 4, F_SETFL },
	{ 5, F_GETOWN },
	{ 6, F_SETOWN },
	{ 11, F_GETLK },
	{ 12, F_SETLK },
	{ 13, F_SETLKW },
	{ 17, F_DUPFD_CLOEXEC },
};

const struct bsd_fcntl fbsd_fcntl = {
	.cmds = { fcntl_cmds, ARRAY_SIZE(fcntl_cmds) },
	.flock_size = 32,	/* it ends with l_sysid */
	.dup2fd = 10,
	.dup2fd_cloexec = 18,
};

/* FreeBSD 12's struct stat (sys/sys/stat.h). */
struct fbsd_stat {
	u64 dev;
	u64 ino;
	u64 nlink;
	u16 mode;
	s16 pad0;
	u32 uid;
	u32 gid;
	s32 pad1;
	u64 rdev;
	struct __kernel_timespec atim, mtim, ctim, birthtim;
	s64 size;
	s64 blocks;
	s32 blksize;
	u32 flags;
	u64 gen;
	u64 spare[10];
};

static_assert(sizeof(struct fbsd_stat) == 224);

const struct bsd_stat_layout fbsd_stat_layout =
	BSD_STAT_LAYOUT(struct fbsd_stat);

/* FreeBSD 12's struct dirent, before its name (sys/sys/dirent.h). */
struct fbsd_dirent {
	u64 fileno;
	s64 off;
	u16 reclen;
	u8 type;
	u8 pad0;
	u16 namlen;
	u16 pad1;
	char name[];
};

const struct bsd_dirent_layout fbsd_dirent_layout = {
	.fileno = offsetof(struct fbsd_dirent, fileno),
	.off = offsetof(struct fbsd_dirent, off),
	.reclen = offsetof(struct fbsd_dirent, reclen),
	.type = offsetof(struct fbsd_dirent, type),
	.namlen = offsetof(struct fbsd_dirent, namlen),
	.name = offsetof(struct fbsd_dirent, name),
	.has_off = true,
};

/*
 * getdirentries(fd, buf, nbytes, basep): the entries in FreeBSD's
 * records (bsd_dirents()); *basep gets the directory's offset before
 * the call.
 */
SYSCALL_IFACE_DEFINE4(fbsd_getdirentries, unsigned int, fd, void __user *, buf,
		      size_t, nbytes, s64 __user *, basep)
{
	long n, base;

	base = syscall_iface_native(__NR_lseek, fd, 0, SEEK_CUR);
	if (base < 0)
		return base;
	n = bsd_dirents(fd, buf, nbytes);
	if (n >= 0 && basep && put_user(base, basep))
		return -EFAULT;
	return n;
}

/* FreeBSD 12's struct statfs (sys/sys/mount.h), and its MNT_* flags. */
struct fbsd_statfs {
	u32 version;
	u32 type;
	u64 flags;
	u64 bsize;		/* the fundamental block size */
	u64 iosize;
	u64 blocks, bfree;
	s64 bavail;
	u64 files;
	s64 ffree;
	u64 syncwrites, asyncwrites, syncreads, asyncreads;
	u32 nvnodelistsize, spare0;
	u64 spare[9];
	u32 namemax;
	u32 owner;
	s32 fsid[2];
	char charspare[80];
	char fstypename[16];
	char mntfromname[1024];
	char mntonname[1024];
};

static_assert(sizeof(struct fbsd_statfs) == 2344);

static const struct bsd_flag mnt_flags[] = {
	{ 0x00000001, ST_RDONLY },
	{ 0x00000002, ST_SYNCHRONOUS },
	{ 0x00000004, ST_NOEXEC },
	{ 0x00000008, ST_NOSUID },
	{ 0x10000000, ST_NOATIME },
};

static const struct bsd_flags fbsd_mnt_flags = {
	mnt_flags, ARRAY_SIZE(mnt_flags)
};

#define AT(m)	offsetof(struct fbsd_statfs, m)

static const struct bsd_statfs_layout statfs_layout = {
	.bytes = sizeof(struct fbsd_statfs),
	.mnt_flags = &fbsd_mnt_flags,
	.version = { AT(version), 4 },
	.version_val = 0x20140518,	/* STATFS_VERSION */
	.flags = { AT(flags), 8 },
	.frsize = { AT(bsize), 8 },
	.iosize = { AT(iosize), 8 },
	.blocks = { AT(blocks), 8 },
	.bfree = { AT(bfree), 8 },
	.bavail = { AT(bavail), 8 },
	.files = { AT(files), 8 },
	.ffree = { AT(ffree), 8 },
	.namemax = { AT(namemax), 4 },
	.fsid = { AT(fsid), 8 },
	.fstypename = { AT(fstypename), 16 },
	.mntonname = { AT(mntonname), 1024 },
	.mntfromname = { AT(mntfromname), 1024 },
};

#undef AT

/* statfs(path, buf) and fstatfs(fd, buf) (bsd_statfs()) */
SYSCALL_IFACE_DEFINE2(fbsd_statfs, const char __user *, path,
		      void __user *, buf)
{
	return bsd_statfs(&statfs_layout, path, buf);
}

SYSCALL_IFACE_DEFINE2(fbsd_fstatfs, int, fd, void __user *, buf)
{
	return bsd_fstatfs(&statfs_layout, fd, buf);
}

#define MNT_WAIT	1
#define MNT_NOWAIT	2

/*
 * getfsstat(buf, bufsize, mode) (bsd_getfsstat()): with no room, the
 * number of mounts.  Both modes read fresh numbers.
 */
SYSCALL_IFACE_DEFINE3(fbsd_getfsstat, void __user *, buf, long, bufsize,
		      int, mode)
{
	if (bufsize < 0 || (mode != MNT_WAIT && mode != MNT_NOWAIT))
		return -EINVAL;
	return bsd_getfsstat(&statfs_layout, bufsize ? buf : NULL, bufsize);
}
