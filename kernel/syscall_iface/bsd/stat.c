// SPDX-License-Identifier: GPL-2.0-only
/*
 * BSD stat calls: fstatat, fstat, and NetBSD's stat and lstat, in the
 * calling platform's struct stat, which it gives as a layout (struct
 * bsd_stat_layout).
 *
 * The native call writes Linux's struct stat into the caller's buffer,
 * which is at least as large, and it is rewritten in the platform's
 * layout in place: the buffer is the call's output either way.  Linux's
 * struct stat has no birth time: it is asked of the file system after
 * the call (birth_time()).
 */

#include <linux/export.h>
#include <linux/fcntl.h>
#include <linux/file.h>
#include <linux/kdev_t.h>
#include <linux/namei.h>
#include <linux/stat.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/unaligned.h>
#include <asm/stat.h>

#include "bsd.h"

/* Store @val, which member @f's size holds, in the struct at @buf. */
void bsd_put_field(void *buf, struct bsd_field f, u64 val)
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
	bsd_put_field(buf, (struct bsd_field){ f.off, 8 }, sec);
	bsd_put_field(buf, (struct bsd_field){ f.off + 8, 8 }, nsec);
}

/*
 * The birth time of the file the native call described in @st, looked
 * up again at @dfd and @path (NULL: descriptor @dfd itself) with Linux's
 * at-@flags; tv_sec -1, as the BSDs give it, where the file system keeps
 * none, or where the name has come to lead to another file since.
 */
static struct timespec64 birth_time(int dfd, const char __user *path,
				    int flags, const struct stat *st)
{
	struct timespec64 birth = { .tv_sec = -1 };
	struct kstat k;
	struct path p;
	int ret;

	if (path) {
		ret = user_path_at(dfd, path,
				   (flags & AT_SYMLINK_NOFOLLOW ? 0 : LOOKUP_FOLLOW) |
				   (flags & AT_EMPTY_PATH ? LOOKUP_EMPTY : 0), &p);
	} else {
		CLASS(fd_raw, f)(dfd);

		ret = fd_empty(f) ? -EBADF : 0;
		if (!ret) {
			p = fd_file(f)->f_path;
			path_get(&p);
		}
	}
	if (ret)
		return birth;
	ret = vfs_getattr(&p, &k, STATX_INO | STATX_BTIME,
			  AT_STATX_SYNC_AS_STAT);
	path_put(&p);
	if (!ret && (k.result_mask & STATX_BTIME) && k.ino == st->st_ino &&
	    new_encode_dev(k.dev) == st->st_dev)
		birth = k.btime;
	return birth;
}

/*
 * Rewrite the Linux struct stat at @ubuf, which the native call at @dfd
 * and @path with @flags wrote, in the platform's layout @l.
 */
static long stat_to_bsd(const struct bsd_stat_layout *l, void __user *ubuf,
			int dfd, const char __user *path, int flags)
{
	u64 buf[BSD_STAT_MAX / sizeof(u64)] = {};
	struct timespec64 birth;
	struct stat st;

	if (copy_from_user(&st, ubuf, sizeof(st)))
		return -EFAULT;
	birth = birth_time(dfd, path, flags, &st);
	bsd_put_field(buf, l->dev, st.st_dev);
	bsd_put_field(buf, l->ino, st.st_ino);
	bsd_put_field(buf, l->nlink, st.st_nlink);
	bsd_put_field(buf, l->mode, st.st_mode);
	bsd_put_field(buf, l->uid, st.st_uid);
	bsd_put_field(buf, l->gid, st.st_gid);
	bsd_put_field(buf, l->rdev, st.st_rdev);
	put_time(buf, l->atim, st.st_atime, st.st_atime_nsec);
	put_time(buf, l->mtim, st.st_mtime, st.st_mtime_nsec);
	put_time(buf, l->ctim, st.st_ctime, st.st_ctime_nsec);
	put_time(buf, l->birthtim, birth.tv_sec, birth.tv_nsec);
	bsd_put_field(buf, l->size, st.st_size);
	bsd_put_field(buf, l->blocks, st.st_blocks);
	bsd_put_field(buf, l->blksize, st.st_blksize);
	return copy_to_user(ubuf, buf, l->bytes) ? -EFAULT : 0;
}

/* The platform's struct stat at @ubuf is writable, before the call. */
static bool stat_writable(void __user *ubuf)
{
	return access_ok(ubuf, bsd_platform()->stat->bytes);
}

/* The native call's @ret, once the struct stat it wrote is rewritten. */
static long stat_rewritten(long ret, void __user *ubuf, int dfd,
			   const char __user *path, int flags)
{
	return ret ?: stat_to_bsd(bsd_platform()->stat, ubuf, dfd, path, flags);
}

/* fstatat() at @dfd, @path, into @ubuf, with Linux's @flags. */
static long stat_at(int dfd, const char __user *path, void __user *ubuf,
		    int flags)
{
	if (!stat_writable(ubuf))
		return -EFAULT;
	return stat_rewritten(syscall_iface_native(__NR_newfstatat, dfd, path,
						   ubuf, flags), ubuf, dfd, path, flags);
}

SYSCALL_IFACE_DEFINE4(bsd_fstatat, int, fd, const char __user *, path,
		      void __user *, buf, unsigned long, flag)
{
	long flags = bsd_atflags_to_linux(flag);

	if (flags < 0)
		return flags;
	return stat_at(fd, path, buf, flags);
}
EXPORT_SYMBOL_GPL(bsd_fstatat);

SYSCALL_IFACE_DEFINE2(bsd_fstat, unsigned int, fd, void __user *, sb)
{
	if (!stat_writable(sb))
		return -EFAULT;
	return stat_rewritten(syscall_iface_native(__NR_fstat, fd, sb), sb, fd,
			      NULL, 0);
}
EXPORT_SYMBOL_GPL(bsd_fstat);

SYSCALL_IFACE_DEFINE2(bsd_stat, const char __user *, path, void __user *, sb)
{
	return stat_at(AT_FDCWD, path, sb, 0);
}
EXPORT_SYMBOL_GPL(bsd_stat);

SYSCALL_IFACE_DEFINE2(bsd_lstat, const char __user *, path, void __user *, sb)
{
	return stat_at(AT_FDCWD, path, sb, AT_SYMLINK_NOFOLLOW);
}
EXPORT_SYMBOL_GPL(bsd_lstat);
