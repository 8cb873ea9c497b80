// SPDX-License-Identifier: GPL-2.0-only
/*
 * FreeBSD file calls whose flags or structs differ from Linux's: open
 * and openat, fcntl, pipe2, unlinkat, fstat and fstatat (FreeBSD 12's
 * struct stat), getdirentries, and issetugid (sys/sys/fcntl.h,
 * sys/sys/stat.h, sys/sys/dirent.h, sys/sys/resource.h).
 *
 * Where a call only writes a struct, the native call writes Linux's into
 * the caller's buffer, which is larger, and it is rewritten in FreeBSD's
 * layout in place: the buffer is the call's output either way.
 */

#include <linux/auxvec.h>
#include <linux/fcntl.h>
#include <linux/mm_types.h>
#include <linux/nospec.h>
#include <linux/poll.h>
#include <linux/resource.h>
#include <linux/sched.h>
#include <linux/sizes.h>
#include <linux/slab.h>
#include <linux/stat.h>
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
long fbsd_mknodat(struct pt_regs *regs)
{
	if (regs->r10 > U32_MAX)
		return -EINVAL;
	return syscall_iface_native_call(regs, __NR_mknodat);
}

/* __getcwd(buf, buflen): Linux's getcwd returns the length, FreeBSD's 0. */
long fbsd_getcwd(struct pt_regs *regs)
{
	long ret = syscall_iface_native_call(regs, __NR_getcwd);

	return ret < 0 ? ret : 0;
}

#define FBSD_UTIME_NOW		(-1)
#define FBSD_UTIME_OMIT		(-2)

/*
 * Set times FreeBSD's way: its UTIME_NOW and UTIME_OMIT are -1 and -2,
 * and Linux's values of them are no special value there (EINVAL).
 */
static long utimens(struct pt_regs *regs, int fd, const char __user *path,
		    struct __kernel_timespec __user *utimes, unsigned long fl)
{
	struct __kernel_timespec ts[2];
	struct timespec64 t[2];
	long flags = bsd_atflags_to_linux(fl), ret;
	int i;

	if (flags < 0 || flags & ~(AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	if (bsd_denied(regs, __NR_utimensat, fd, (unsigned long)path,
		       (unsigned long)utimes, flags, &ret))
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

/* utimensat(fd, path, times, flag) */
long fbsd_utimensat(struct pt_regs *regs)
{
	if (!regs->si)
		return -EFAULT;
	return utimens(regs, regs->di, (const char __user *)regs->si,
		       (void __user *)regs->dx, regs->r10);
}

/* futimens(fd, times) */
long fbsd_futimens(struct pt_regs *regs)
{
	return utimens(regs, regs->di, NULL, (void __user *)regs->si, 0);
}

#define FBSD_F_GETOWN		5
#define FBSD_F_SETOWN		6
#define FBSD_F_DUP2FD		10
#define FBSD_F_DUPFD_CLOEXEC	17
#define FBSD_F_DUP2FD_CLOEXEC	18

#define FBSD_F_GETLK		11
#define FBSD_F_SETLK		12
#define FBSD_F_SETLKW		13

/* FreeBSD's struct flock ends with a sysid (sys/sys/fcntl.h). */
#define FBSD_FLOCK_SIZE		32

static long fcntl_lock(const struct pt_regs *regs, unsigned int cmd)
{
	return bsd_fcntl_lock(regs, cmd, FBSD_FLOCK_SIZE);
}

/*
 * fcntl(fd, cmd, arg): descriptors, their flags and owners, and record
 * locks.
 */
long fbsd_fcntl(struct pt_regs *regs)
{
	struct pt_regs r = *regs;
	long ret, flags;

	switch (regs->si) {
	case F_DUPFD:
	case F_GETFD:
	case F_SETFD:
		break;
	case F_GETFL:
		ret = syscall_iface_native_call(&r, __NR_fcntl);
		return ret < 0 ? ret : bsd_oflags_from_linux(&fbsd_oflags, ret);
	case F_SETFL:
		flags = bsd_oflags_to_linux(&fbsd_oflags, regs->dx);
		if (flags < 0)
			return flags;
		r.dx = flags;
		break;
	case FBSD_F_GETOWN:
		r.si = F_GETOWN;
		break;
	case FBSD_F_SETOWN:
		r.si = F_SETOWN;
		break;
	case FBSD_F_DUPFD_CLOEXEC:
		r.si = F_DUPFD_CLOEXEC;
		break;
	case FBSD_F_GETLK:
		return fcntl_lock(regs, F_GETLK);
	case FBSD_F_SETLK:
		return fcntl_lock(regs, F_SETLK);
	case FBSD_F_SETLKW:
		return fcntl_lock(regs, F_SETLKW);
	case FBSD_F_DUP2FD:
	case FBSD_F_DUP2FD_CLOEXEC:
		if (regs->di == regs->dx)	/* dup3 refuses, FreeBSD not */
			return regs->si == FBSD_F_DUP2FD ? regs->dx : -EINVAL;
		r.si = regs->dx;
		r.dx = regs->si == FBSD_F_DUP2FD_CLOEXEC ? O_CLOEXEC : 0;
		return syscall_iface_native_call(&r, __NR_dup3);
	default:
		return -EINVAL;
	}
	return syscall_iface_native_call(&r, __NR_fcntl);
}

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

/* Rewrite the Linux struct stat at @ubuf in FreeBSD's layout. */
static long stat_to_fbsd(void __user *ubuf)
{
	struct fbsd_stat fs = {};
	struct stat st;

	BUILD_BUG_ON(sizeof(fs) != 224 || sizeof(st) > sizeof(fs));
	if (copy_from_user(&st, ubuf, sizeof(st)))
		return -EFAULT;
	fs.dev = st.st_dev;
	fs.ino = st.st_ino;
	fs.nlink = st.st_nlink;
	fs.mode = st.st_mode;
	fs.uid = st.st_uid;
	fs.gid = st.st_gid;
	fs.rdev = st.st_rdev;
	fs.atim.tv_sec = st.st_atime;
	fs.atim.tv_nsec = st.st_atime_nsec;
	fs.mtim.tv_sec = st.st_mtime;
	fs.mtim.tv_nsec = st.st_mtime_nsec;
	fs.ctim.tv_sec = st.st_ctime;
	fs.ctim.tv_nsec = st.st_ctime_nsec;
	fs.birthtim.tv_sec = -1;	/* unknown, as FreeBSD reports it */
	fs.size = st.st_size;
	fs.blocks = st.st_blocks;
	fs.blksize = st.st_blksize;
	return copy_to_user(ubuf, &fs, sizeof(fs)) ? -EFAULT : 0;
}

/* fstatat(fd, path, buf, flag) */
long fbsd_fstatat(struct pt_regs *regs)
{
	struct pt_regs r = *regs;
	long flags = bsd_atflags_to_linux(regs->r10), ret;

	if (flags < 0)
		return flags;
	if (!access_ok((void __user *)regs->dx, sizeof(struct fbsd_stat)))
		return -EFAULT;
	r.r10 = flags;
	ret = syscall_iface_native_call(&r, __NR_newfstatat);
	return ret ?: stat_to_fbsd((void __user *)regs->dx);
}

/* fstat(fd, sb) */
long fbsd_fstat(struct pt_regs *regs)
{
	struct pt_regs r = *regs;
	long ret;

	if (!access_ok((void __user *)regs->si, sizeof(struct fbsd_stat)))
		return -EFAULT;
	ret = syscall_iface_native_call(&r, __NR_fstat);
	return ret ?: stat_to_fbsd((void __user *)regs->si);
}

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

/* Linux's struct linux_dirent64, before its name. */
/* FreeBSD's record of @d at @rec, if @room allows: its length, or 0. */
static size_t put_dirent(void *rec, size_t room, const struct bsd_dirent *d)
{
	size_t reclen = ALIGN(sizeof(struct fbsd_dirent) + d->namlen + 1, 8);
	struct fbsd_dirent *fd = rec;

	if (reclen > room)
		return 0;
	fd->fileno = d->ino;
	fd->off = d->off;
	fd->reclen = reclen;
	fd->type = d->type;
	fd->namlen = d->namlen;
	memcpy(fd->name, d->name, d->namlen);
	return reclen;
}

/*
 * getdirentries(fd, buf, nbytes, basep): the entries in FreeBSD's
 * records (bsd_getdents()); *basep gets the directory's offset before
 * the call.
 */
long fbsd_getdirentries(struct pt_regs *regs)
{
	s64 __user *basep = (s64 __user *)regs->r10;
	struct pt_regs r = *regs;
	long n, base;

	r.si = 0;
	r.dx = SEEK_CUR;
	base = syscall_iface_native_call(&r, __NR_lseek);
	if (base < 0)
		return base;
	n = bsd_getdents(regs, put_dirent);
	if (n >= 0 && basep && put_user(base, basep))
		return -EFAULT;
	return n;
}
