// SPDX-License-Identifier: GPL-2.0-only
/*
 * The BSDs' extended attributes (sys/sys/extattr.h, the same on FreeBSD
 * and NetBSD): extattr_set, _get, _delete and _list of a file by path,
 * of a link itself, or by descriptor.  An attribute's namespace is a
 * number, user (1) or system (2); Linux spells it as the name's prefix,
 * user. or trusted., which is privileged as the BSDs' system namespace
 * is.  The work is Linux's own xattr calls', through the same VFS
 * helpers and their checks, and each call meets seccomp as the native
 * call it stands for.  As on the BSDs, set returns the bytes written, a
 * get or a list into too small a buffer is cut short, and a list gives
 * the names of one namespace, each after a length byte, without NULs.
 */

#include <linux/export.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/mount.h>
#include <linux/namei.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/xattr.h>

#include "bsd.h"

#define BSD_EXTATTR_NAMESPACE_USER	1
#define BSD_EXTATTR_NAMESPACE_SYSTEM	2

/* How a call names its file: by path, by path without following a link. */
enum xattr_at { XATTR_AT_FILE, XATTR_AT_LINK, XATTR_AT_FD };

/* The native calls each way stands for: set, get, remove, list. */
static const int native_nr[][4] = {
	[XATTR_AT_FILE] = { __NR_setxattr, __NR_getxattr, __NR_removexattr,
			    __NR_listxattr },
	[XATTR_AT_LINK] = { __NR_lsetxattr, __NR_lgetxattr,
			    __NR_lremovexattr, __NR_llistxattr },
	[XATTR_AT_FD] = { __NR_fsetxattr, __NR_fgetxattr, __NR_fremovexattr,
			  __NR_flistxattr },
};

enum { XATTR_SET, XATTR_GET, XATTR_REMOVE, XATTR_LIST };

static const char *ns_prefix(int ns)
{
	switch (ns) {
	case BSD_EXTATTR_NAMESPACE_USER:
		return XATTR_USER_PREFIX;
	case BSD_EXTATTR_NAMESPACE_SYSTEM:
		return XATTR_TRUSTED_PREFIX;
	}
	return NULL;
}

/* @uname in namespace @ns as Linux names it, in @name. */
static int xattr_name(int ns, const char __user *uname,
		      char name[XATTR_NAME_MAX + 1])
{
	const char *prefix = ns_prefix(ns);
	size_t n;
	long len;

	if (!prefix)
		return -EINVAL;
	n = strlen(prefix);
	memcpy(name, prefix, n);
	len = strncpy_from_user(name + n, uname, XATTR_NAME_MAX + 1 - n);
	if (len < 0)
		return len;
	if (!len)
		return -EINVAL;
	if (len == XATTR_NAME_MAX + 1 - n)
		return -ENAMETOOLONG;
	return 0;
}

/* The file a call names, referenced in @path. */
static int xattr_path(enum xattr_at at, unsigned long target,
		      struct path *path)
{
	if (at == XATTR_AT_FD) {
		CLASS(fd, f)((int)target);

		if (fd_empty(f))
			return -EBADF;
		*path = fd_file(f)->f_path;
		path_get(path);
		return 0;
	}
	return user_path_at(AT_FDCWD, (const char __user *)target,
			    at == XATTR_AT_FILE ? LOOKUP_FOLLOW : 0, path);
}

/* What a call is given: its target, namespace, name, buffer and size. */
struct xattr_args {
	enum xattr_at at;
	unsigned long target;
	int ns;
	const char __user *name;
	void __user *data;
	size_t nbytes;
};

static long xattr_set(const struct xattr_args *a, const struct path *path,
		      const char *name)
{
	void *value;
	long ret;

	if (a->nbytes > XATTR_SIZE_MAX)
		return -E2BIG;
	value = vmemdup_user(a->data, a->nbytes);
	if (IS_ERR(value))
		return PTR_ERR(value);
	ret = mnt_want_write(path->mnt);
	if (!ret) {
		ret = vfs_setxattr(mnt_idmap(path->mnt), path->dentry, name,
				   value, a->nbytes, 0);
		mnt_drop_write(path->mnt);
	}
	kvfree(value);
	return ret ?: a->nbytes;
}

/* @value, of @size bytes, to the caller's buffer, as far as it holds. */
static long xattr_out(const struct xattr_args *a, const void *value,
		      size_t size)
{
	if (!a->data)
		return size;
	size = min(size, a->nbytes);
	return copy_to_user(a->data, value, size) ? -EFAULT : size;
}

static long xattr_get(const struct xattr_args *a, const struct path *path,
		      const char *name)
{
	struct mnt_idmap *idmap = mnt_idmap(path->mnt);
	void *value;
	long size;

	size = vfs_getxattr(idmap, path->dentry, name, NULL, 0);
	if (size <= 0 || !a->data)
		return size;
	value = kvmalloc(size, GFP_KERNEL);
	if (!value)
		return -ENOMEM;
	size = vfs_getxattr(idmap, path->dentry, name, value, size);
	if (size >= 0)
		size = xattr_out(a, value, size);
	kvfree(value);
	return size;
}

static long xattr_remove(const struct path *path, const char *name)
{
	long ret = mnt_want_write(path->mnt);

	if (!ret) {
		ret = vfs_removexattr(mnt_idmap(path->mnt), path->dentry,
				      name);
		mnt_drop_write(path->mnt);
	}
	return ret;
}

/*
 * Linux's list of names, NUL after each, rewritten in place as the
 * BSDs' for namespace @ns: those with its prefix, without it, each after
 * its length.  Return: the new list's size.
 */
static size_t list_to_bsd(char *list, size_t size, int ns)
{
	const char *prefix = ns_prefix(ns);
	size_t plen = strlen(prefix), len, out = 0;
	char *name;

	for (name = list; name < list + size; name += len + 1) {
		len = strnlen(name, list + size - name);
		if (len <= plen || len - plen > U8_MAX ||
		    strncmp(name, prefix, plen))
			continue;
		list[out++] = len - plen;
		memmove(list + out, name + plen, len - plen);
		out += len - plen;
	}
	return out;
}

static long xattr_list(const struct xattr_args *a, const struct path *path)
{
	ssize_t size;
	char *list;

	if (!ns_prefix(a->ns))
		return -EINVAL;
	size = vfs_listxattr(path->dentry, NULL, 0);
	if (size <= 0)
		return size;
	list = kvmalloc(size, GFP_KERNEL);
	if (!list)
		return -ENOMEM;
	size = vfs_listxattr(path->dentry, list, size);
	if (size >= 0)
		size = xattr_out(a, list, list_to_bsd(list, size, a->ns));
	kvfree(list);
	return size;
}

/* Do @op for @a, once seccomp allows its native call. */
static long xattr_call(int op, const struct xattr_args *a)
{
	char name[XATTR_NAME_MAX + 1];
	struct path path;
	long ret;

	if (syscall_iface_denied(&ret, native_nr[a->at][op], a->target,
				 (unsigned long)a->name,
				 (unsigned long)a->data, a->nbytes, 0))
		return ret;
	if (op != XATTR_LIST) {
		ret = xattr_name(a->ns, a->name, name);
		if (ret)
			return ret;
	}
	ret = xattr_path(a->at, a->target, &path);
	if (ret)
		return ret;
	switch (op) {
	case XATTR_SET:
		ret = xattr_set(a, &path, name);
		break;
	case XATTR_GET:
		ret = xattr_get(a, &path, name);
		break;
	case XATTR_REMOVE:
		ret = xattr_remove(&path, name);
		break;
	default:
		ret = xattr_list(a, &path);
	}
	path_put(&path);
	return ret;
}

/* extattr_*_file */
SYSCALL_IFACE_DEFINE5(bsd_extattr_set_file, const char __user *, target, int, ns,
		      const char __user *, name, void __user *, data,
		      size_t, nbytes)
{
	return xattr_call(XATTR_SET, &(struct xattr_args){
		XATTR_AT_FILE, (unsigned long)target, ns, name, data, nbytes });
}

SYSCALL_IFACE_DEFINE5(bsd_extattr_get_file, const char __user *, target, int, ns,
		      const char __user *, name, void __user *, data,
		      size_t, nbytes)
{
	return xattr_call(XATTR_GET, &(struct xattr_args){
		XATTR_AT_FILE, (unsigned long)target, ns, name, data, nbytes });
}

SYSCALL_IFACE_DEFINE3(bsd_extattr_delete_file, const char __user *, target, int, ns,
		      const char __user *, name)
{
	return xattr_call(XATTR_REMOVE, &(struct xattr_args){
		XATTR_AT_FILE, (unsigned long)target, ns, name });
}

SYSCALL_IFACE_DEFINE4(bsd_extattr_list_file, const char __user *, target, int, ns,
		      void __user *, data, size_t, nbytes)
{
	return xattr_call(XATTR_LIST, &(struct xattr_args){
		XATTR_AT_FILE, (unsigned long)target, ns, NULL, data, nbytes });
}

/* extattr_*_link */
SYSCALL_IFACE_DEFINE5(bsd_extattr_set_link, const char __user *, target, int, ns,
		      const char __user *, name, void __user *, data,
		      size_t, nbytes)
{
	return xattr_call(XATTR_SET, &(struct xattr_args){
		XATTR_AT_LINK, (unsigned long)target, ns, name, data, nbytes });
}

SYSCALL_IFACE_DEFINE5(bsd_extattr_get_link, const char __user *, target, int, ns,
		      const char __user *, name, void __user *, data,
		      size_t, nbytes)
{
	return xattr_call(XATTR_GET, &(struct xattr_args){
		XATTR_AT_LINK, (unsigned long)target, ns, name, data, nbytes });
}

SYSCALL_IFACE_DEFINE3(bsd_extattr_delete_link, const char __user *, target, int, ns,
		      const char __user *, name)
{
	return xattr_call(XATTR_REMOVE, &(struct xattr_args){
		XATTR_AT_LINK, (unsigned long)target, ns, name });
}

SYSCALL_IFACE_DEFINE4(bsd_extattr_list_link, const char __user *, target, int, ns,
		      void __user *, data, size_t, nbytes)
{
	return xattr_call(XATTR_LIST, &(struct xattr_args){
		XATTR_AT_LINK, (unsigned long)target, ns, NULL, data, nbytes });
}

/* extattr_*_fd */
SYSCALL_IFACE_DEFINE5(bsd_extattr_set_fd, int, target, int, ns,
		      const char __user *, name, void __user *, data,
		      size_t, nbytes)
{
	return xattr_call(XATTR_SET, &(struct xattr_args){
		XATTR_AT_FD, (unsigned long)target, ns, name, data, nbytes });
}

SYSCALL_IFACE_DEFINE5(bsd_extattr_get_fd, int, target, int, ns,
		      const char __user *, name, void __user *, data,
		      size_t, nbytes)
{
	return xattr_call(XATTR_GET, &(struct xattr_args){
		XATTR_AT_FD, (unsigned long)target, ns, name, data, nbytes });
}

SYSCALL_IFACE_DEFINE3(bsd_extattr_delete_fd, int, target, int, ns,
		      const char __user *, name)
{
	return xattr_call(XATTR_REMOVE, &(struct xattr_args){
		XATTR_AT_FD, (unsigned long)target, ns, name });
}

SYSCALL_IFACE_DEFINE4(bsd_extattr_list_fd, int, target, int, ns,
		      void __user *, data, size_t, nbytes)
{
	return xattr_call(XATTR_LIST, &(struct xattr_args){
		XATTR_AT_FD, (unsigned long)target, ns, NULL, data, nbytes });
}
