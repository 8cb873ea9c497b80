// SPDX-License-Identifier: GPL-2.0-only
/*
 * NetBSD file calls whose flags, structs or arguments differ from
 * Linux's: open and openat, pipe2, fcntl, the stat calls (NetBSD 5's
 * struct stat: __stat50 and its kin), __getdents30, and the calls with
 * a padding argument before a 64-bit offset (lseek, pread, pwrite,
 * ftruncate).  sys/sys/fcntl.h, sys/sys/stat.h, sys/sys/dirent.h.
 *
 * Where a call only writes a struct, the native call writes Linux's into
 * the caller's buffer, which is larger, and it is rewritten in NetBSD's
 * layout in place.
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

/* fcntl's commands (sys/sys/fcntl.h) */
#define NBSD_F_GETFL		3
#define NBSD_F_SETFL		4
#define NBSD_F_GETOWN		5
#define NBSD_F_SETOWN		6
#define NBSD_F_GETLK		7
#define NBSD_F_SETLK		8
#define NBSD_F_SETLKW		9
#define NBSD_F_DUPFD_CLOEXEC	12

/* NetBSD's struct flock ends at whence (sys/sys/fcntl.h). */
#define NBSD_FLOCK_SIZE		24

/* fcntl(fd, cmd, arg): descriptors, their flags and owners, record locks. */
long nbsd_fcntl(struct pt_regs *regs)
{
	struct pt_regs r = *regs;
	long ret, flags;

	switch (regs->si) {
	case F_DUPFD:
	case F_GETFD:
	case F_SETFD:
		break;
	case NBSD_F_GETFL:
		r.si = F_GETFL;
		ret = syscall_iface_native_call(&r, __NR_fcntl);
		return ret < 0 ? ret : bsd_oflags_from_linux(&nbsd_oflags, ret);
	case NBSD_F_SETFL:
		flags = bsd_oflags_to_linux(&nbsd_oflags, regs->dx);
		if (flags < 0)
			return flags;
		r.si = F_SETFL;
		r.dx = flags;
		break;
	case NBSD_F_GETOWN:
		r.si = F_GETOWN;
		break;
	case NBSD_F_SETOWN:
		r.si = F_SETOWN;
		break;
	case NBSD_F_DUPFD_CLOEXEC:
		r.si = F_DUPFD_CLOEXEC;
		break;
	case NBSD_F_GETLK:
		return bsd_fcntl_lock(regs, F_GETLK, NBSD_FLOCK_SIZE);
	case NBSD_F_SETLK:
		return bsd_fcntl_lock(regs, F_SETLK, NBSD_FLOCK_SIZE);
	case NBSD_F_SETLKW:
		return bsd_fcntl_lock(regs, F_SETLKW, NBSD_FLOCK_SIZE);
	default:
		return -EINVAL;	/* F_CLOSEM, F_MAXFD, ... */
	}
	return syscall_iface_native_call(&r, __NR_fcntl);
}

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

/* Rewrite the Linux struct stat at @ubuf in NetBSD's layout. */
static long stat_to_nbsd(void __user *ubuf)
{
	struct nbsd_stat ns = {};
	struct stat st;

	BUILD_BUG_ON(sizeof(ns) != 152 || sizeof(st) > sizeof(ns));
	if (copy_from_user(&st, ubuf, sizeof(st)))
		return -EFAULT;
	ns.dev = st.st_dev;
	ns.mode = st.st_mode;
	ns.ino = st.st_ino;
	ns.nlink = st.st_nlink;
	ns.uid = st.st_uid;
	ns.gid = st.st_gid;
	ns.rdev = st.st_rdev;
	ns.atim.tv_sec = st.st_atime;
	ns.atim.tv_nsec = st.st_atime_nsec;
	ns.mtim.tv_sec = st.st_mtime;
	ns.mtim.tv_nsec = st.st_mtime_nsec;
	ns.ctim.tv_sec = st.st_ctime;
	ns.ctim.tv_nsec = st.st_ctime_nsec;
	ns.birthtim.tv_sec = -1;	/* unknown */
	ns.size = st.st_size;
	ns.blocks = st.st_blocks;
	ns.blksize = st.st_blksize;
	return copy_to_user(ubuf, &ns, sizeof(ns)) ? -EFAULT : 0;
}

/* The *at() calls' flags. */
static const struct bsd_flag at_flags[] = {
	{ 0x0100, AT_EACCESS },
	{ 0x0200, AT_SYMLINK_NOFOLLOW },
	{ 0x0400, AT_SYMLINK_FOLLOW },
	{ 0x0800, AT_REMOVEDIR },
};

const struct bsd_flags nbsd_at_flags = { at_flags, ARRAY_SIZE(at_flags) };

/*
 * fstatat(fd, path, buf, flag), and the calls that are it: __stat50,
 * __lstat50 and __fstat50 (an empty path at fd).
 */
long nbsd_fstatat(struct pt_regs *regs)
{
	struct pt_regs r = *regs;
	unsigned long flags;
	long ret;

	if (bsd_flags_to_linux(at_flags, ARRAY_SIZE(at_flags), regs->r10,
			       &flags))
		return -EINVAL;
	if (!access_ok((void __user *)regs->dx, sizeof(struct nbsd_stat)))
		return -EFAULT;
	r.r10 = flags;
	ret = syscall_iface_native_call(&r, __NR_newfstatat);
	return ret ?: stat_to_nbsd((void __user *)regs->dx);
}

/* Run fstatat() for @dfd, @path and @flags, with the caller's buffer. */
static long stat_as(const struct pt_regs *regs, int dfd, unsigned long path,
		    unsigned long buf, unsigned long flags)
{
	struct pt_regs r = *regs;

	r.di = dfd;
	r.si = path;
	r.dx = buf;
	r.r10 = flags;
	return nbsd_fstatat(&r);
}

/* __stat50(path, sb) */
long nbsd_stat(struct pt_regs *regs)
{
	return stat_as(regs, AT_FDCWD, regs->di, regs->si, 0);
}

/* __lstat50(path, sb) */
long nbsd_lstat(struct pt_regs *regs)
{
	return stat_as(regs, AT_FDCWD, regs->di, regs->si, 0x0200);
}

/* __fstat50(fd, sb) */
long nbsd_fstat(struct pt_regs *regs)
{
	struct pt_regs r = *regs;
	long ret;

	if (!access_ok((void __user *)regs->si, sizeof(struct nbsd_stat)))
		return -EFAULT;
	ret = syscall_iface_native_call(&r, __NR_fstat);
	return ret ?: stat_to_nbsd((void __user *)regs->si);
}

/* utimensat(fd, path, times, flag): UTIME_NOW and UTIME_OMIT are Linux's. */
long nbsd_utimensat(struct pt_regs *regs)
{
	return bsd_native_at(regs, offsetof(struct pt_regs, r10),
			     __NR_utimensat);
}

#define NBSD_CURPROC_EXE	"/proc/curproc/exe"

/*
 * readlink(path, buf, count): NetBSD's /proc/curproc is Linux's
 * /proc/self, and programs find themselves at /proc/curproc/exe.
 */
long nbsd_readlink(struct pt_regs *regs)
{
	char path[sizeof(NBSD_CURPROC_EXE)], *buf, *exe;
	long ret;

	ret = strncpy_from_user(path, (const char __user *)regs->di,
				sizeof(path));
	if (ret != sizeof(path) - 1 || strcmp(path, NBSD_CURPROC_EXE))
		return syscall_iface_native_call(regs, __NR_readlink);
	if (bsd_denied(regs, __NR_readlink, regs->di, regs->si, regs->dx, 0,
		       &ret))
		return ret;
	buf = kmalloc(PATH_MAX, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	exe = syscall_iface_exe_path(buf, PATH_MAX);
	ret = IS_ERR(exe) ? PTR_ERR(exe) : min(strlen(exe), regs->dx);
	if (ret > 0 && copy_to_user((void __user *)regs->si, exe, ret))
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

/* NetBSD's record of @d at @rec, if @room allows: its length, or 0. */
static size_t put_dirent(void *rec, size_t room, const struct bsd_dirent *d)
{
	size_t reclen = ALIGN(sizeof(struct nbsd_dirent) + d->namlen + 1, 8);
	struct nbsd_dirent *nd = rec;

	if (reclen > room)
		return 0;
	nd->fileno = d->ino;
	nd->reclen = reclen;
	nd->namlen = d->namlen;
	nd->type = d->type;
	memcpy(nd->name, d->name, d->namlen);
	return reclen;
}

/* __getdents30(fd, buf, count) */
long nbsd_getdents(struct pt_regs *regs)
{
	return bsd_getdents(regs, put_dirent);
}

/*
 * The calls that pass a padding argument before a 64-bit offset, from
 * the days of 32-bit registers: the native call without it.
 */

/* lseek(fd, PAD, offset, whence) */
long nbsd_lseek(struct pt_regs *regs)
{
	struct pt_regs r = *regs;

	r.si = regs->dx;
	r.dx = regs->r10;
	return syscall_iface_native_call(&r, __NR_lseek);
}

/* pread(fd, buf, nbyte, PAD, offset) */
long nbsd_pread(struct pt_regs *regs)
{
	struct pt_regs r = *regs;

	r.r10 = regs->r8;
	return syscall_iface_native_call(&r, __NR_pread64);
}

/* pwrite(fd, buf, nbyte, PAD, offset) */
long nbsd_pwrite(struct pt_regs *regs)
{
	struct pt_regs r = *regs;

	r.r10 = regs->r8;
	return syscall_iface_native_call(&r, __NR_pwrite64);
}

/* ftruncate(fd, PAD, length) and truncate(path, PAD, length) */
static long unpad(struct pt_regs *regs, unsigned int nr)
{
	struct pt_regs r = *regs;

	r.si = regs->dx;
	return syscall_iface_native_call(&r, nr);
}

long nbsd_ftruncate(struct pt_regs *regs)
{
	return unpad(regs, __NR_ftruncate);
}

long nbsd_truncate(struct pt_regs *regs)
{
	return unpad(regs, __NR_truncate);
}
