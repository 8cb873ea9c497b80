// SPDX-License-Identifier: GPL-2.0-only
/*
 * BSD directory listings: getdents64 into the caller's buffer, copied
 * once into the kernel, and each record rewritten in the platform's
 * layout (struct bsd_dirent_layout).
 */

#include <linux/export.h>
#include <linux/sizes.h>
#include <linux/slab.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/unaligned.h>

#include "bsd.h"

struct native_dirent {
	u64 ino;
	s64 off;
	u16 reclen;
	u8 type;
	char name[];
} __packed;

/*
 * The next record of the native listing @lbuf of @n bytes at @in, or
 * NULL when none is whole there.  @lbuf is the kernel's copy of what
 * getdents64 wrote to the caller's buffer, which another thread of the
 * caller may have rewritten meanwhile: nothing in it is trusted, each
 * record must lie within @n and hold at least its header and a NUL.
 */
static const struct native_dirent *next_dirent(const char *lbuf, size_t n,
					       size_t in)
{
	const struct native_dirent *ld = (const void *)(lbuf + in);

	if (n - in < sizeof(*ld) + 1 || ld->reclen < sizeof(*ld) + 1 ||
	    ld->reclen > n - in)
		return NULL;
	return ld;
}

/*
 * The record for the native entry @ld at @rec in layout @l, if @room
 * allows: its length, or 0.  The name's NUL is the buffer's zeros.
 */
static size_t put_record(const struct bsd_dirent_layout *l, void *rec,
			 size_t room, const struct native_dirent *ld)
{
	size_t namlen = strnlen(ld->name, ld->reclen - sizeof(*ld));
	size_t reclen = ALIGN(l->name + namlen + 1, 8);

	if (reclen > room)
		return 0;
	put_unaligned(ld->ino, (u64 *)(rec + l->fileno));
	if (l->has_off)
		put_unaligned(ld->off, (s64 *)(rec + l->off));
	put_unaligned(reclen, (u16 *)(rec + l->reclen));
	*(u8 *)(rec + l->type) = ld->type;	/* DT_* values agree */
	put_unaligned(namlen, (u16 *)(rec + l->namlen));
	memcpy(rec + l->name, ld->name, namlen);
	return reclen;
}

/**
 * bsd_dirents - a directory's next entries, in the calling platform's records
 * @fd: the directory
 * @ubuf: where they go
 * @count: the room there
 *
 * A BSD record may be longer than Linux's, by at most 8 bytes with the
 * padding; a Linux record is at least 24 bytes, so a quarter of the
 * buffer is kept free for the difference.  A listing another thread
 * made invalid meanwhile ends at its first bad record.
 *
 * Return: the bytes written, or a negative errno.
 */
long bsd_dirents(unsigned int fd, void __user *ubuf, size_t count)
{
	size_t nbytes = min_t(size_t, count, SZ_64K);
	const struct bsd_dirent_layout *l = bsd_platform()->dirent;
	const struct native_dirent *ld;
	size_t in = 0, out = 0, len;
	char *lbuf, *fbuf;
	long n;

	n = syscall_iface_native(__NR_getdents64, fd, ubuf, nbytes - nbytes / 4);
	if (n <= 0)
		return n;
	lbuf = kmalloc(n, GFP_KERNEL_ACCOUNT);
	fbuf = kzalloc(nbytes, GFP_KERNEL_ACCOUNT);
	if (!lbuf || !fbuf) {
		n = -ENOMEM;
		goto free;
	}
	if (copy_from_user(lbuf, ubuf, n)) {
		n = -EFAULT;
		goto free;
	}
	while ((ld = next_dirent(lbuf, n, in))) {
		len = put_record(l, fbuf + out, nbytes - out, ld);
		if (!len)
			break;		/* only for a rewritten listing */
		in += ld->reclen;
		out += len;
	}
	n = copy_to_user(ubuf, fbuf, out) ? -EFAULT : out;
free:
	kfree(lbuf);
	kfree(fbuf);
	return n;
}
EXPORT_SYMBOL_GPL(bsd_dirents);

/* getdents(fd, buf, nbytes) */
SYSCALL_IFACE_DEFINE3(bsd_getdents, unsigned int, fd, void __user *, ubuf,
		      size_t, count)
{
	return bsd_dirents(fd, ubuf, count);
}
EXPORT_SYMBOL_GPL(bsd_getdents);
