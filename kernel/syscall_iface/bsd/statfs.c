// SPDX-License-Identifier: GPL-2.0-only
/*
 * BSD file system statistics: FreeBSD's statfs, fstatfs and getfsstat,
 * NetBSD's statvfs1, fstatvfs1 and getvfsstat, in the platform's struct, which it gives as a
 * layout (struct bsd_statfs_layout): what vfs_statfs() says, the mount's
 * flags, its file system type, what was mounted and where.  The mount's
 * owner is root's (0), and FreeBSD's f_type and the I/O counts are 0.
 */

#include <linux/dcache.h>
#include <linux/export.h>
#include <linux/file.h>
#include <linux/fs_struct.h>
#include <linux/fs.h>
#include <linux/mount.h>
#include <linux/namei.h>
#include <linux/slab.h>
#include <linux/statfs.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/unaligned.h>

#include "../../../fs/mount.h"	/* real_mount(): the mount's source */
#include "bsd.h"

/* Store string @s, cut to member @f's size, in the struct at @buf. */
static void put_name(void *buf, struct bsd_field f, const char *s)
{
	if (f.size)
		strscpy(buf + f.off, s, f.size);
}

/* Fill @buf, of layout @l, for the file system of @path. */
static long statfs_fill(const struct bsd_statfs_layout *l,
			const struct path *path, void *buf, char *page)
{
	struct vfsmount *mnt = path->mnt;
	struct path root = { .mnt = mnt, .dentry = mnt->mnt_root };
	u64 frsize, fsid, flags;
	struct kstatfs st;
	char *on;
	long ret;

	ret = vfs_statfs(path, &st);
	if (ret)
		return ret;
	on = d_path(&root, page, PAGE_SIZE);
	if (IS_ERR(on))
		return PTR_ERR(on);
	frsize = st.f_frsize ?: st.f_bsize;
	fsid = (u32)st.f_fsid.val[0] | (u64)(u32)st.f_fsid.val[1] << 32;
	bsd_put_field(buf, l->version, l->version_val);
	flags = bsd_flags_from_linux(l->mnt_flags->map, l->mnt_flags->n,
				     st.f_flags);
	bsd_put_field(buf, l->flags, flags);
	bsd_put_field(buf, l->frsize, frsize);
	bsd_put_field(buf, l->bsize, st.f_bsize);
	bsd_put_field(buf, l->iosize, st.f_bsize);
	bsd_put_field(buf, l->blocks, st.f_blocks);
	bsd_put_field(buf, l->bfree, st.f_bfree);
	bsd_put_field(buf, l->bavail, st.f_bavail);
	bsd_put_field(buf, l->files, st.f_files);
	bsd_put_field(buf, l->ffree, st.f_ffree);
	bsd_put_field(buf, l->favail, st.f_ffree);
	bsd_put_field(buf, l->namemax, st.f_namelen);
	bsd_put_field(buf, l->fsid, fsid);
	bsd_put_field(buf, l->fsid_val0, (u32)st.f_fsid.val[0]);
	put_name(buf, l->fstypename, mnt->mnt_sb->s_type->name);
	put_name(buf, l->mntonname, on);
	put_name(buf, l->mntfromname, real_mount(mnt)->mnt_devname ?: "none");
	return 0;
}

/* Layout @l's struct for the file system of @path, at @ubuf. */
static long statfs_out(const struct bsd_statfs_layout *l,
		       const struct path *path, void __user *ubuf)
{
	void *buf = kzalloc(l->bytes, GFP_KERNEL);
	char *page = (char *)__get_free_page(GFP_KERNEL);
	long ret = -ENOMEM;

	if (buf && page)
		ret = statfs_fill(l, path, buf, page);
	if (!ret && copy_to_user(ubuf, buf, l->bytes))
		ret = -EFAULT;
	free_page((unsigned long)page);
	kfree(buf);
	return ret;
}

/**
 * bsd_statfs - statfs(path, buf), in a platform's struct
 * @l: the struct's layout
 * @upath: the path
 * @ubuf: where the struct goes
 *
 * FreeBSD's statfs and NetBSD's statvfs1, whose flags (wait or not for
 * fresh numbers) Linux has no use for.
 *
 * Return: 0 or an error, as Linux's statfs().
 */
long bsd_statfs(const struct bsd_statfs_layout *l, const char __user *upath,
		void __user *ubuf)
{
	struct path path;
	long ret;

	if (syscall_iface_denied(&ret, __NR_statfs, (unsigned long)upath, 0))
		return ret;
	ret = user_path_at(AT_FDCWD, upath, LOOKUP_FOLLOW | LOOKUP_AUTOMOUNT,
			   &path);
	if (ret)
		return ret;
	ret = statfs_out(l, &path, ubuf);
	path_put(&path);
	return ret;
}
EXPORT_SYMBOL_GPL(bsd_statfs);

/**
 * bsd_fstatfs - fstatfs(fd, buf), in a platform's struct
 * @l: the struct's layout
 * @fd: the file (an O_PATH one too)
 * @ubuf: where the struct goes
 *
 * Return: 0 or an error, as Linux's fstatfs().
 */
long bsd_fstatfs(const struct bsd_statfs_layout *l, int fd, void __user *ubuf)
{
	CLASS(fd_raw, f)(fd);
	long ret;

	if (syscall_iface_denied(&ret, __NR_fstatfs, fd, 0))
		return ret;
	if (fd_empty(f))
		return -EBADF;
	return statfs_out(l, &fd_file(f)->f_path, ubuf);
}
EXPORT_SYMBOL_GPL(bsd_fstatfs);

/* bsd_getfsstat()'s walk: where the structs go and how many went. */
struct fsstat_walk {
	const struct bsd_statfs_layout *l;
	void __user *ubuf;
	size_t room;		/* the structs the buffer holds; 0: count */
	size_t count;		/* the mounts counted; below room, written */
	void *buf;
	char *page;
};

static int fsstat_one(struct vfsmount *mnt, void *arg)
{
	struct fsstat_walk *w = arg;
	struct path path = { .mnt = mnt, .dentry = mnt->mnt_root };

	if (w->count < w->room) {
		memset(w->buf, 0, w->l->bytes);
		if (statfs_fill(w->l, &path, w->buf, w->page))
			return 0;	/* left out, as the BSDs leave it */
		if (copy_to_user(w->ubuf + w->count * w->l->bytes, w->buf,
				 w->l->bytes))
			return -EFAULT;
	}
	w->count++;
	return 0;
}

/**
 * bsd_getfsstat - getfsstat(buf, bufsize): every mount's statistics
 * @l: the struct's layout
 * @ubuf: where the structs go; NULL to count the mounts
 * @bufsize: the room at @ubuf, in bytes
 *
 * FreeBSD's getfsstat and NetBSD's getvfsstat.  The mounts are those
 * /proc/self/mounts lists: the caller's mount namespace, under its root.
 * They are read from a private copy of that tree (collect_mounts(), as
 * audit reads it), so that none goes away during the walk.  A mount
 * whose statistics cannot be had is left out.  The call meets the
 * task's seccomp filters as statfs.
 *
 * Return: the number of structs written, or with no buffer the number
 * of mounts; or an error.
 */
long bsd_getfsstat(const struct bsd_statfs_layout *l, void __user *ubuf,
		   size_t bufsize)
{
	struct fsstat_walk w = {
		.l = l,
		.ubuf = ubuf,
		.room = ubuf ? bufsize / l->bytes : 0,
	};
	struct vfsmount *tree;
	struct path root;
	long ret;

	if (syscall_iface_denied(&ret, __NR_statfs, 0, (unsigned long)ubuf))
		return ret;
	/* A buffer too small for one struct is filled with none. */
	if (ubuf && !w.room)
		return 0;
	w.buf = kmalloc(l->bytes, GFP_KERNEL);
	w.page = (char *)__get_free_page(GFP_KERNEL);
	ret = -ENOMEM;
	if (!w.buf || !w.page)
		goto out;
	get_fs_root(current->fs, &root);
	tree = collect_mounts(&root);
	path_put(&root);
	ret = PTR_ERR(tree);
	if (IS_ERR(tree))
		goto out;
	ret = iterate_mounts(fsstat_one, &w, tree);
	drop_collected_mounts(tree);
	if (!ret)
		ret = w.room ? min(w.count, w.room) : w.count;
out:
	free_page((unsigned long)w.page);
	kfree(w.buf);
	return ret;
}
EXPORT_SYMBOL_GPL(bsd_getfsstat);
