// SPDX-License-Identifier: GPL-2.0-only
/*
 * BSD stat calls: fstatat, fstat, and NetBSD's stat and lstat, in the
 * calling platform's struct stat, which it gives as a layout (struct
 * bsd_stat_layout).
 *
 * The native call writes Linux's struct stat into the caller's buffer,
 * which is at least as large, and it is rewritten in the platform's
 * layout in place: the buffer is the call's output either way.
 */

#include <linux/export.h>
#include <linux/fcntl.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/unaligned.h>
#include <asm/stat.h>

#include "bsd.h"

/* Store @val, which member @f's size holds, in the struct at @buf. */
static void put_field(void *buf, struct bsd_field f, u64 val)
{
	void *p = buf + f.off;

	switch (f.size) {
	case 2:
		put_unaligned(val, (u16 *)p);
		break;
	case 4:
		put_unaligned(val, (u32 *)p);
		break;
	case 8:
		put_unaligned(val, (u64 *)p);
		break;
	}
}

/* Store a struct timespec of two 64-bit members at @f. */
static void put_time(void *buf, struct bsd_field f, s64 sec, s64 nsec)
{
	put_field(buf, (struct bsd_field){ f.off, 8 }, sec);
	put_field(buf, (struct bsd_field){ f.off + 8, 8 }, nsec);
}

/* Rewrite the Linux struct stat at @ubuf in the platform's layout @l. */
static long stat_to_bsd(const struct bsd_stat_layout *l, void __user *ubuf)
{
	u64 buf[BSD_STAT_MAX / sizeof(u64)] = {};
	struct stat st;

	if (copy_from_user(&st, ubuf, sizeof(st)))
		return -EFAULT;
	put_field(buf, l->dev, st.st_dev);
	put_field(buf, l->ino, st.st_ino);
	put_field(buf, l->nlink, st.st_nlink);
	put_field(buf, l->mode, st.st_mode);
	put_field(buf, l->uid, st.st_uid);
	put_field(buf, l->gid, st.st_gid);
	put_field(buf, l->rdev, st.st_rdev);
	put_time(buf, l->atim, st.st_atime, st.st_atime_nsec);
	put_time(buf, l->mtim, st.st_mtime, st.st_mtime_nsec);
	put_time(buf, l->ctim, st.st_ctime, st.st_ctime_nsec);
	put_time(buf, l->birthtim, -1, 0);
	put_field(buf, l->size, st.st_size);
	put_field(buf, l->blocks, st.st_blocks);
	put_field(buf, l->blksize, st.st_blksize);
	return copy_to_user(ubuf, buf, l->bytes) ? -EFAULT : 0;
}

/*
 * Run native @nr, which writes a struct stat at @ubuf, and rewrite it.
 * The whole of the platform's struct must be writable before the call.
 */
static long stat_call(struct pt_regs *r, void __user *ubuf, unsigned int nr)
{
	const struct bsd_stat_layout *l = bsd_platform()->stat;
	long ret;

	if (!access_ok(ubuf, l->bytes))
		return -EFAULT;
	ret = syscall_iface_native_call(r, nr);
	return ret ?: stat_to_bsd(l, ubuf);
}

/* fstatat() at @dfd, @path, into @buf, with Linux's @flags. */
static long stat_at(const struct pt_regs *regs, int dfd, unsigned long path,
		    unsigned long buf, unsigned long flags)
{
	struct pt_regs r = *regs;

	r.di = dfd;
	r.si = path;
	r.dx = buf;
	r.r10 = flags;
	return stat_call(&r, (void __user *)buf, __NR_newfstatat);
}

/* fstatat(fd, path, buf, flag) */
long bsd_fstatat(struct pt_regs *regs)
{
	long flags = bsd_atflags_to_linux(regs->r10);

	if (flags < 0)
		return flags;
	return stat_at(regs, regs->di, regs->si, regs->dx, flags);
}
EXPORT_SYMBOL_GPL(bsd_fstatat);

/* fstat(fd, sb) */
long bsd_fstat(struct pt_regs *regs)
{
	struct pt_regs r = *regs;

	return stat_call(&r, (void __user *)regs->si, __NR_fstat);
}
EXPORT_SYMBOL_GPL(bsd_fstat);

/* stat(path, sb) */
long bsd_stat(struct pt_regs *regs)
{
	return stat_at(regs, AT_FDCWD, regs->di, regs->si, 0);
}
EXPORT_SYMBOL_GPL(bsd_stat);

/* lstat(path, sb) */
long bsd_lstat(struct pt_regs *regs)
{
	return stat_at(regs, AT_FDCWD, regs->di, regs->si, AT_SYMLINK_NOFOLLOW);
}
EXPORT_SYMBOL_GPL(bsd_lstat);
