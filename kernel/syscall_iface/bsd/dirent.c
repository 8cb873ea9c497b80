// SPDX-License-Identifier: GPL-2.0-only
/*
 * BSD directory listings: getdents64 into the caller's buffer, copied
 * once into the kernel, and each record rewritten in the platform's
 * layout by its put function.
 */

#include <linux/export.h>
#include <linux/sizes.h>
#include <linux/slab.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>

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

/**
 * bsd_getdents - a directory's next entries, in a platform's records
 * @regs: the caller's registers: fd, buf, nbytes
 * @put: writes the record of @d at @rec if @room allows, and returns its
 *       length, or 0 when it does not fit
 *
 * A BSD record may be longer than Linux's, by at most 8 bytes with the
 * padding; a Linux record is at least 24 bytes, so a quarter of the
 * buffer is kept free for the difference.  A listing another thread
 * made invalid meanwhile ends at its first bad record.
 *
 * Return: the bytes written, or a negative errno.
 */
long bsd_getdents(const struct pt_regs *regs,
		  size_t (*put)(void *rec, size_t room,
				const struct bsd_dirent *d))
{
	void __user *ubuf = (void __user *)regs->si;
	size_t nbytes = min_t(size_t, regs->dx, SZ_64K);
	const struct native_dirent *ld;
	struct pt_regs r = *regs;
	size_t in = 0, out = 0, len;
	struct bsd_dirent d;
	char *lbuf, *fbuf;
	long n;

	r.dx = nbytes - nbytes / 4;
	n = syscall_iface_native_call(&r, __NR_getdents64);
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
		d.ino = ld->ino;
		d.off = ld->off;
		d.type = ld->type;	/* DT_* values agree */
		d.name = ld->name;
		d.namlen = strnlen(ld->name, ld->reclen - sizeof(*ld));
		len = put(fbuf + out, nbytes - out, &d);
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
EXPORT_SYMBOL_GPL(bsd_getdents);
