// SPDX-License-Identifier: GPL-2.0-only
/*
 * The BSDs' socket calls (FreeBSD's and NetBSD's sys/sys/socket.h,
 * sys/sys/un.h, netinet/in.h, netinet6/in6.h, netinet/tcp.h), shared:
 * each platform registers these services under its own names and gives
 * its numbers as data (struct bsd_platform).  What differs from Linux:
 *
 * - Addresses start with a length byte, sa_len, and a one-byte family,
 *   where Linux has a two-byte family; AF_INET6 is 28 on FreeBSD, 24 on
 *   NetBSD, 10 on Linux.  The rest of sockaddr_in, sockaddr_in6 and
 *   sockaddr_un is laid out alike, but sun_path holds 104 bytes and has
 *   no abstract names.
 * - SOCK_CLOEXEC, SOCK_NONBLOCK, SOL_SOCKET and SO_ERROR have other
 *   values, the same on both BSDs; the MSG_* flags, SCM_TIMESTAMP and the
 *   other option numbers differ between them too.
 * - struct msghdr has 32-bit lengths, and struct cmsghdr a 32-bit
 *   cmsg_len; both kernels align control data to 8 bytes with its data
 *   16 bytes into each header.  Descriptors passed (SCM_RIGHTS) take the
 *   same room in either layout, and a Unix socket's control data is
 *   rewritten where Linux wrote it; the IP options' control messages
 *   differ in size, and another socket's is written from a kernel copy
 *   (recvmsg).
 *
 * Calls that read an address (bind, connect, sendto, sendmsg) translate
 * it into kernel memory and do the native call's work on that copy
 * (kernel/syscall_iface/socket.c).  Calls that only write one (accept,
 * getsockname, getpeername, recvfrom) run the native call, which writes
 * Linux's address into the caller's buffer, and rewrite its first two
 * bytes in place.
 */

#include <linux/cred.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/in.h>
#include <linux/in6.h>
#include <linux/net.h>
#include <linux/pid.h>
#include <linux/slab.h>
#include <linux/socket.h>
#include <linux/syscall_iface_core.h>
#include <linux/syscalls.h>
#include <linux/tcp.h>
#include <linux/uaccess.h>
#include <linux/uio.h>
#include <asm/ptrace.h>
#include <net/sock.h>

#include "bsd.h"

#define BSD_SOCK_MAXADDRLEN	255
#define BSD_SUN_LEN		106	/* sizeof(struct sockaddr_un) */
#define BSD_SOCK_CLOEXEC	0x10000000
#define BSD_SOCK_NONBLOCK	0x20000000
#define BSD_SCM_RIGHTS		1
#define BSD_MCLBYTES		2048	/* the most control data sendmsg takes */

/* The control messages the 4.4BSD and KAME options ask for. */
#define BSD_IP_RECVDSTADDR	7
#define BSD_IP_RECVIF		20
#define BSD_IPV6_PKTINFO	46
#define BSD_IPV6_HOPLIMIT	47
#define BSD_IPV6_TCLASS		61

/* An address family in Linux's numbering, or -EAFNOSUPPORT. */
static int family_to_linux(unsigned long family)
{
	switch (family) {
	case AF_UNSPEC:
	case AF_UNIX:
	case AF_INET:
		return family;
	}
	return family == bsd_platform()->af_inet6 ? AF_INET6 : -EAFNOSUPPORT;
}

static u8 family_from_linux(u16 family)
{
	return family == AF_INET6 ? bsd_platform()->af_inet6 : family;
}

/*
 * A BSD address of @len bytes at @uaddr, in Linux's layout in @addr.
 * As the BSDs' getsockaddr(), @len is the address's length whatever its
 * sa_len byte says.
 *
 * Return: the length to pass Linux, or a negative errno.
 */
static int sockaddr_to_linux(const void __user *uaddr, unsigned long len,
			     struct sockaddr_storage *addr)
{
	u8 *b = (u8 *)addr;
	int family;

	if (len > BSD_SOCK_MAXADDRLEN)
		return -ENAMETOOLONG;
	if (len < 2)
		return -EINVAL;
	if (len > sizeof(*addr))
		return -EINVAL;	/* larger than any family's address */
	if (copy_from_user(addr, uaddr, len))
		return -EFAULT;
	family = family_to_linux(b[1]);
	if (family < 0)
		return family;
	if (family == AF_UNIX) {
		/* The BSDs have no unnamed binding and no abstract names. */
		if (len > BSD_SUN_LEN || len == 2)
			return -EINVAL;
		if (!b[2])
			return -ENOENT;
	}
	addr->ss_family = family;
	return len;
}

/* The length and family bytes of a BSD address, in @hdr. */
static void sockaddr_header(u8 *hdr, u16 family, u32 *len)
{
	if (family == AF_UNIX)
		*len = min(*len, BSD_SUN_LEN);
	hdr[0] = min(*len, BSD_SOCK_MAXADDRLEN);
	hdr[1] = family_from_linux(family);
}

/*
 * The address a native call wrote at @uaddr, in Linux's layout, rewritten
 * in the BSD layout in place.  @size is the buffer's size as the caller gave
 * it; *@ulen, the address's length as Linux counts it, becomes what
 * the BSDs' call stores there: the bytes written, at most @size.
 */
static void sockaddr_fixup(u8 __user *uaddr, u32 __user *ulen, u32 size)
{
	u8 hdr[2];
	u16 family;
	u32 len;

	if (get_user(len, ulen))
		return;
	if (len >= 2 && size >= 2) {
		if (get_user(family, (u16 __user *)uaddr))
			return;
		sockaddr_header(hdr, family, &len);
		if (copy_to_user(uaddr, hdr, sizeof(hdr)))
			return;
	}
	put_user(min(len, size), ulen);
}

/*
 * Before a native call that writes an address to @uaddr, with its size in
 * and its length out at @ulen (accept, getsockname, getpeername,
 * recvfrom): the size the caller gave, in *@size.
 */
static int name_size(void __user *uaddr, u32 __user *ulen, u32 *size)
{
	*size = 0;
	if (uaddr && ulen && get_user(*size, ulen))
		return -EFAULT;
	return 0;
}

/*
 * After it, with its result @ret: the address in the BSD layout.  If the
 * buffer turns unwritable after the native call wrote it, which only
 * another thread of the caller can do, the call's result stands.
 */
static long name_written(long ret, void __user *uaddr, u32 __user *ulen,
			 u32 size)
{
	if (ret >= 0 && uaddr && ulen)
		sockaddr_fixup(uaddr, ulen, size);
	return ret;
}

/* accept4, getsockname, getpeername: native @nr(fd, uaddr, ulen, flags). */
static long native_name(unsigned int nr, int fd, void __user *uaddr,
			u32 __user *ulen, int flags)
{
	u32 size;

	if (name_size(uaddr, ulen, &size))
		return -EFAULT;
	return name_written(syscall_iface_native(nr, fd, uaddr, ulen, flags),
			    uaddr, ulen, size);
}

/*
 * A call's MSG_* flags in Linux's numbering, or -EINVAL for one Linux has
 * no equivalent of (MSG_EOF, MSG_NBIO, ...).  MSG_TRUNC and MSG_CTRUNC
 * only report.
 */
static long msg_flags_to_linux(unsigned long f)
{
	const struct bsd_platform *p = bsd_platform();
	unsigned long flags;

	if (bsd_flags_to_linux(p->msg_flags->map, p->msg_flags->n, f, &flags) ||
	    flags & (MSG_TRUNC | MSG_CTRUNC))
		return -EINVAL;
	return flags;
}

/* A received message's Linux flags in the platform's numbering. */
static int msg_flags_from_linux(unsigned int f)
{
	const struct bsd_platform *p = bsd_platform();

	return bsd_flags_from_linux(p->msg_flags->map, p->msg_flags->n, f);
}

/* The BSDs' SOCK_CLOEXEC and SOCK_NONBLOCK in Linux's numbering. */
static long sock_flags_to_linux(unsigned long flags)
{
	return (flags & BSD_SOCK_CLOEXEC ? SOCK_CLOEXEC : 0) |
	       (flags & BSD_SOCK_NONBLOCK ? SOCK_NONBLOCK : 0);
}

/* A socket type with its SOCK_CLOEXEC and SOCK_NONBLOCK, or -EINVAL. */
static long type_to_linux(unsigned long type)
{
	long t = type & ~(BSD_SOCK_CLOEXEC | BSD_SOCK_NONBLOCK);

	if (t < SOCK_STREAM || t > SOCK_SEQPACKET)
		return -EINVAL;
	return t | sock_flags_to_linux(type);
}

/* socket() and socketpair(): native @nr with Linux's family and type. */
static long native_socket(unsigned int nr, int domain, int type,
			  int protocol, int __user *sv)
{
	long family = family_to_linux(domain);
	long ltype = type_to_linux(type);

	if (family < 0)
		return family;
	if (ltype < 0)
		return ltype;
	return syscall_iface_native(nr, family, ltype, protocol, sv);
}

/* socket(), and a routing socket (route_socket.c) for PF_ROUTE */
SYSCALL_IFACE_DEFINE3(bsd_socket, int, domain, int, type, int, protocol)
{
	long ltype;

	if (domain != bsd_platform()->rt->pf_route)
		return native_socket(__NR_socket, domain, type, protocol, NULL);
	ltype = type_to_linux(type);
	return ltype < 0 ? ltype : bsd_route_socket(ltype, protocol);
}
EXPORT_SYMBOL_GPL(bsd_socket);

SYSCALL_IFACE_DEFINE4(bsd_socketpair, int, domain, int, type, int, protocol,
		      int __user *, sv)
{
	return native_socket(__NR_socketpair, domain, type, protocol, sv);
}
EXPORT_SYMBOL_GPL(bsd_socketpair);

/* accept4(s, addr, addrlen, @flags), with the BSDs' SOCK_* flags. */
static long accept_flags(int fd, void __user *uaddr, u32 __user *ulen,
			 unsigned long flags)
{
	if (flags & ~(BSD_SOCK_CLOEXEC | BSD_SOCK_NONBLOCK))
		return -EINVAL;
	return native_name(__NR_accept4, fd, uaddr, ulen,
			   sock_flags_to_linux(flags));
}

SYSCALL_IFACE_DEFINE3(bsd_accept, int, fd, void __user *, addr,
		      u32 __user *, addrlen)
{
	return accept_flags(fd, addr, addrlen, 0);
}
EXPORT_SYMBOL_GPL(bsd_accept);

/* accept4(s, addr, addrlen, flags), as FreeBSD has it */
SYSCALL_IFACE_DEFINE4(bsd_accept4, int, fd, void __user *, addr,
		      u32 __user *, addrlen, int, flags)
{
	return accept_flags(fd, addr, addrlen, flags);
}
EXPORT_SYMBOL_GPL(bsd_accept4);

/*
 * NetBSD's paccept(s, addr, addrlen, mask, flags): accept4 with the
 * signal mask @mask, if not NULL, while it waits, as pselect has one.
 * SOCK_NOSIGPIPE, which Linux's sockets lack, is refused with EINVAL.
 */
SYSCALL_IFACE_DEFINE5(bsd_paccept, int, fd, void __user *, addr,
		      u32 __user *, addrlen,
		      const struct bsd_sigset __user *, umask, int, flags)
{
	struct bsd_sigset fs;
	sigset_t mask;
	long ret;

	if (!umask)
		return accept_flags(fd, addr, addrlen, flags);
	if (copy_from_user(&fs, umask, sizeof(fs)))
		return -EFAULT;
	bsd_sigset_to_linux(bsd_platform()->signals, &fs, &mask);
	syscall_iface_sigmask_begin(&mask);
	ret = accept_flags(fd, addr, addrlen, flags);
	syscall_iface_sigmask_end(ret);
	return ret;
}
EXPORT_SYMBOL_GPL(bsd_paccept);

SYSCALL_IFACE_DEFINE3(bsd_getsockname, int, fd, void __user *, addr,
		      u32 __user *, addrlen)
{
	return native_name(__NR_getsockname, fd, addr, addrlen, 0);
}
EXPORT_SYMBOL_GPL(bsd_getsockname);

SYSCALL_IFACE_DEFINE3(bsd_getpeername, int, fd, void __user *, addr,
		      u32 __user *, addrlen)
{
	return native_name(__NR_getpeername, fd, addr, addrlen, 0);
}
EXPORT_SYMBOL_GPL(bsd_getpeername);

SYSCALL_IFACE_DEFINE3(bsd_bind, int, fd, const void __user *, uaddr,
		      u32, addrlen)
{
	struct sockaddr_storage addr;
	int len = sockaddr_to_linux(uaddr, addrlen, &addr);
	long ret;

	if (len < 0)
		return len;
	if (syscall_iface_denied(&ret, __NR_bind, fd, uaddr, len))
		return ret;
	return syscall_iface_sock_bind(fd, &addr, len);
}
EXPORT_SYMBOL_GPL(bsd_bind);

SYSCALL_IFACE_DEFINE3(bsd_connect, int, fd, const void __user *, uaddr,
		      u32, addrlen)
{
	struct sockaddr_storage addr;
	int len = sockaddr_to_linux(uaddr, addrlen, &addr);
	long ret;

	if (len < 0)
		return len;
	if (syscall_iface_denied(&ret, __NR_connect, fd, uaddr, len))
		return ret;
	return syscall_iface_sock_connect(fd, &addr, len);
}
EXPORT_SYMBOL_GPL(bsd_connect);

SYSCALL_IFACE_DEFINE6(bsd_sendto, int, fd, void __user *, buf, size_t, size,
		      int, bflags, const void __user *, to, u32, tolen)
{
	long flags = msg_flags_to_linux(bflags);
	struct sockaddr_storage addr;
	struct msghdr msg = {};
	long ret;
	int len;

	if (flags < 0)
		return flags;
	if (!to)
		return syscall_iface_native(__NR_sendto, fd, buf, size, flags);
	len = sockaddr_to_linux(to, tolen, &addr);
	if (len < 0)
		return len;
	if (syscall_iface_denied(&ret, __NR_sendto, fd, buf, size, flags, to,
				 len))
		return ret;
	ret = import_ubuf(ITER_SOURCE, buf, size, &msg.msg_iter);
	if (ret)
		return ret;
	msg.msg_name = &addr;
	msg.msg_namelen = len;
	return syscall_iface_sock_sendmsg(fd, &msg, flags);
}
EXPORT_SYMBOL_GPL(bsd_sendto);

SYSCALL_IFACE_DEFINE6(bsd_recvfrom, int, fd, void __user *, buf, size_t, size,
		      int, bflags, void __user *, from,
		      u32 __user *, fromlenaddr)
{
	long flags = msg_flags_to_linux(bflags);
	u32 fromsize;

	if (flags < 0)
		return flags;
	if (name_size(from, fromlenaddr, &fromsize))
		return -EFAULT;
	return name_written(syscall_iface_native(__NR_recvfrom, fd, buf, size,
						 flags, from, fromlenaddr),
			    from, fromlenaddr, fromsize);
}
EXPORT_SYMBOL_GPL(bsd_recvfrom);

/* sys/sys/socket.h, the same on both */
struct bsd_msghdr {
	u64 name;
	u32 namelen;
	u32 pad0;
	u64 iov;
	s32 iovlen;
	u32 pad1;
	u64 control;
	u32 controllen;
	s32 flags;
};

struct bsd_cmsghdr {
	u32 len;
	s32 level;
	s32 type;
	u32 pad;	/* to CMSG_DATA(), 16 bytes in */
};

static_assert(sizeof(struct bsd_cmsghdr) == sizeof(struct cmsghdr));

/* A control message's level and type: the platform's for @to_linux false. */
static void cmsg_translate(s32 *level, s32 *type, bool to_linux)
{
	if (*level == (to_linux ? BSD_SOL_SOCKET : SOL_SOCKET)) {
		*level = to_linux ? SOL_SOCKET : BSD_SOL_SOCKET;
		if (!to_linux && *type == SO_TIMESTAMP_OLD)
			*type = bsd_platform()->scm_timestamp;
	}
}

/*
 * The platform's control messages, @len bytes at @buf in kernel memory,
 * rewritten in Linux's layout in place.  SCM_RIGHTS is the one a program
 * sends at SOL_SOCKET, and level 1, Linux's SOL_SOCKET, is the BSDs'
 * IPPROTO_ICMP, which has none; other levels keep their numbers, and the
 * protocol checks them as it checks Linux's.
 */
static int cmsgs_to_linux(void *buf, u32 len)
{
	u32 off = 0;

	while (len - off >= sizeof(struct bsd_cmsghdr)) {
		struct bsd_cmsghdr f = *(struct bsd_cmsghdr *)(buf + off);
		struct cmsghdr *c = buf + off;

		if (f.len < sizeof(f) || f.len > len - off)
			return -EINVAL;
		if (f.level == SOL_SOCKET ||
		    (f.level == BSD_SOL_SOCKET && f.type != BSD_SCM_RIGHTS))
			return -EINVAL;
		cmsg_translate(&f.level, &f.type, true);
		c->cmsg_len = f.len;
		c->cmsg_level = f.level;
		c->cmsg_type = f.type;
		off += ALIGN(f.len, sizeof(long));
		if (off > len)
			break;
	}
	return 0;
}

/*
 * The control messages recvmsg wrote, @len bytes at @ubuf in Linux's
 * layout, rewritten in the BSDs' in place.  Each header is 16 bytes in
 * both, so every message stays where it is.
 */
static void cmsgs_from_linux(void __user *ubuf, unsigned long len)
{
	unsigned long off = 0;

	while (len - off >= sizeof(struct cmsghdr)) {
		struct bsd_cmsghdr f = {};
		struct cmsghdr c;

		if (copy_from_user(&c, ubuf + off, sizeof(c)) ||
		    c.cmsg_len < sizeof(c) || c.cmsg_len > len - off)
			return;
		f.len = c.cmsg_len;
		f.level = c.cmsg_level;
		f.type = c.cmsg_type;
		cmsg_translate(&f.level, &f.type, false);
		if (copy_to_user(ubuf + off, &f, sizeof(f)))
			return;
		off += CMSG_ALIGN(c.cmsg_len);
		if (off > len)
			return;
	}
}

/*
 * One control message Linux wrote, @c, in the platform's layout at @out,
 * which has @room bytes: the IP options' messages as the BSDs give them
 * (the TTL in a byte, the destination address, the interface as a
 * sockaddr_dl of @net's), the KAME IPv6 ones renumbered, SOL_SOCKET's
 * as cmsg_translate() says.  Return: the bytes it takes there, its
 * padding too, or -ENOSPC.
 */
static long cmsg_to_bsd(const struct cmsghdr *c, struct net *net, void *out,
			size_t room)
{
	const struct bsd_platform *p = bsd_platform();
	const void *data = CMSG_DATA(c);
	size_t n = c->cmsg_len - sizeof(*c);
	struct bsd_cmsghdr *h = out;
	struct bsd_sockaddr sa;
	s32 level = c->cmsg_level, type = c->cmsg_type;
	u8 ttl;

	if (level == IPPROTO_IP && type == IP_TTL && n >= sizeof(int)) {
		ttl = *(const int *)data;
		data = &ttl;
		n = 1;
		type = p->ip_recvttl;
	} else if (level == IPPROTO_IP && type == IP_ORIGDSTADDR &&
		   n >= sizeof(struct sockaddr_in)) {
		data = &((const struct sockaddr_in *)data)->sin_addr;
		n = sizeof(struct in_addr);
		type = BSD_IP_RECVDSTADDR;
	} else if (level == IPPROTO_IP && type == IP_PKTINFO &&
		   n >= sizeof(struct in_pktinfo)) {
		bsd_sockaddr_dl(&sa, net,
				((const struct in_pktinfo *)data)->ipi_ifindex);
		data = &sa;
		n = sa.len;
		type = BSD_IP_RECVIF;
	} else if (level == IPPROTO_IPV6 && type == IPV6_PKTINFO) {
		type = BSD_IPV6_PKTINFO;
	} else if (level == IPPROTO_IPV6 && type == IPV6_HOPLIMIT) {
		type = BSD_IPV6_HOPLIMIT;
	} else if (level == IPPROTO_IPV6 && type == IPV6_TCLASS) {
		type = BSD_IPV6_TCLASS;
	} else {
		cmsg_translate(&level, &type, false);
	}
	if (room < sizeof(*h) + ALIGN(n, sizeof(long)))
		return -ENOSPC;
	memset(h, 0, sizeof(*h) + ALIGN(n, sizeof(long)));
	h->len = sizeof(*h) + n;
	h->level = level;
	h->type = type;
	memcpy(h + 1, data, n);
	return sizeof(*h) + ALIGN(n, sizeof(long));
}

/*
 * The control messages Linux wrote to kernel memory, @len bytes at @kbuf,
 * in the platform's layout in the caller's buffer of @room bytes.  What
 * does not fit is cut, with MSG_CTRUNC in @flags.  Return: the bytes
 * written, or -EFAULT.
 */
static long cmsgs_to_user(const void *kbuf, size_t len, struct net *net,
			  void __user *ubuf, size_t room, int *flags)
{
	size_t off = 0, out = 0;
	long n = 0;
	void *obuf;

	room = min_t(size_t, room, BSD_MCLBYTES);
	obuf = kmalloc(room, GFP_KERNEL);
	if (!obuf)
		return -ENOMEM;
	while (len - off >= sizeof(struct cmsghdr)) {
		const struct cmsghdr *c = kbuf + off;

		if (c->cmsg_len < sizeof(*c) || c->cmsg_len > len - off)
			break;
		n = cmsg_to_bsd(c, net, obuf + out, room - out);
		if (n < 0) {
			*flags |= MSG_CTRUNC;
			break;
		}
		out += n;
		off += CMSG_ALIGN(c->cmsg_len);
	}
	n = copy_to_user(ubuf, obuf, out) ? -EFAULT : out;
	kfree(obuf);
	return n;
}

/*
 * The parts of a BSD message header both directions share: the data
 * (@iov, freed by the caller), in @msg.
 */
static long msghdr_iov(const struct bsd_msghdr *m, int dir,
		       struct iovec **iov, struct msghdr *msg)
{
	if (m->iovlen < 0 || m->iovlen > UIO_MAXIOV)
		return -EMSGSIZE;
	return import_iovec(dir, u64_to_user_ptr(m->iov), m->iovlen,
			    UIO_FASTIOV, iov, &msg->msg_iter);
}

SYSCALL_IFACE_DEFINE3(bsd_sendmsg, int, fd, const struct bsd_msghdr __user *, um,
		      int, bflags)
{
	struct iovec iovstack[UIO_FASTIOV], *iov = iovstack;
	long flags = msg_flags_to_linux(bflags);
	struct sockaddr_storage addr;
	struct msghdr msg = {};
	struct bsd_msghdr m;
	void *ctl = NULL;
	long ret;
	int len;

	if (flags < 0)
		return flags;
	if (copy_from_user(&m, um, sizeof(m)))
		return -EFAULT;
	if (m.name && m.namelen) {
		len = sockaddr_to_linux(u64_to_user_ptr(m.name), m.namelen,
					&addr);
		if (len < 0)
			return len;
		msg.msg_name = &addr;
		msg.msg_namelen = len;
	}
	if (m.controllen > BSD_MCLBYTES)
		return -EINVAL;
	if (m.controllen) {
		ctl = memdup_user(u64_to_user_ptr(m.control), m.controllen);
		if (IS_ERR(ctl))
			return PTR_ERR(ctl);
		ret = cmsgs_to_linux(ctl, m.controllen);
		if (ret)
			goto out;
		msg.msg_control = ctl;
		msg.msg_controllen = m.controllen;
	}
	ret = msghdr_iov(&m, ITER_SOURCE, &iov, &msg);
	if (ret < 0)
		goto out;
	if (!syscall_iface_denied(&ret, __NR_sendmsg, fd, um, flags))
		ret = syscall_iface_sock_sendmsg(fd, &msg, flags);
	kfree(iov);
out:
	kfree(ctl);
	return ret;
}
EXPORT_SYMBOL_GPL(bsd_sendmsg);

/*
 * recvmsg(s, msg, flags): the control data of a socket that passes
 * descriptors, a Unix socket's, is written by Linux to the caller's
 * buffer and rewritten there; any other's to a kernel buffer twice as
 * large, as the BSDs' messages may be larger than Linux's, and written
 * out in the platform's layout (cmsgs_to_user()).
 */
SYSCALL_IFACE_DEFINE3(bsd_recvmsg, int, fd, struct bsd_msghdr __user *, um,
		      int, bflags)
{
	struct iovec iovstack[UIO_FASTIOV], *iov = iovstack;
	long flags = msg_flags_to_linux(bflags);
	struct sockaddr_storage addr;
	struct msghdr msg = {};
	struct bsd_msghdr m;
	struct socket *sock;
	u32 namelen = 0;
	size_t ksize = 0;
	void *kctl = NULL;
	long ret;
	int err;

	if (flags < 0)
		return flags;
	if (copy_from_user(&m, um, sizeof(m)))
		return -EFAULT;
	msg.msg_name = &addr;
	ret = msghdr_iov(&m, ITER_DEST, &iov, &msg);
	if (ret < 0)
		return ret;
	if (syscall_iface_denied(&ret, __NR_recvmsg, fd, um, flags))
		goto out;
	sock = sockfd_lookup(fd, &err);
	if (!sock) {
		ret = err;
		goto out;
	}
	if (m.controllen && sock->sk->sk_family != AF_UNIX) {
		ksize = 2 * min_t(size_t, m.controllen, BSD_MCLBYTES);
		kctl = kmalloc(ksize, GFP_KERNEL);
		ret = -ENOMEM;
		if (!kctl)
			goto out_sock;
		msg.msg_control = kctl;
		msg.msg_controllen = ksize;
	} else {
		msg.msg_control_user = u64_to_user_ptr(m.control);
		msg.msg_control_is_user = true;
		msg.msg_controllen = m.controllen;
	}
	ret = syscall_iface_sock_recvmsg(sock, &msg, flags);
	if (ret < 0)
		goto out_sock;
	if (m.name && m.namelen && msg.msg_namelen) {
		u8 *b = (u8 *)&addr;

		namelen = msg.msg_namelen;
		sockaddr_header(b, addr.ss_family, &namelen);
		namelen = min(namelen, m.namelen);
		if (copy_to_user(u64_to_user_ptr(m.name), b, namelen))
			namelen = 0;
	}
	if (kctl) {
		err = cmsgs_to_user(kctl, ksize - msg.msg_controllen,
				    sock_net(sock->sk), u64_to_user_ptr(m.control),
				    m.controllen, &msg.msg_flags);
		m.controllen = max(err, 0);
		if (err < 0)
			ret = err;
	} else {
		m.controllen = msg.msg_control_user -
			       u64_to_user_ptr(m.control);
		cmsgs_from_linux(u64_to_user_ptr(m.control), m.controllen);
	}
	if (put_user(namelen, &um->namelen) ||
	    put_user(m.controllen, &um->controllen) ||
	    put_user(msg_flags_from_linux(msg.msg_flags), &um->flags))
		ret = -EFAULT;
out_sock:
	sockfd_put(sock);
out:
	kfree(kctl);
	kfree(iov);
	return ret;
}
EXPORT_SYMBOL_GPL(bsd_recvmsg);

/*
 * The socket options both BSDs number as 4.4BSD did: level, BSD name,
 * Linux's name.  A platform's own table (struct bsd_platform's
 * sockopts) holds the rest, and is looked up first.
 */
static const struct bsd_sockopt bsd_sockopts_44bsd[] = {
	{ SOL_SOCKET, 0x0001, SO_DEBUG },
	{ SOL_SOCKET, 0x0002, SO_ACCEPTCONN },
	{ SOL_SOCKET, 0x0004, SO_REUSEADDR },
	{ SOL_SOCKET, 0x0008, SO_KEEPALIVE },
	{ SOL_SOCKET, 0x0010, SO_DONTROUTE },
	{ SOL_SOCKET, 0x0020, SO_BROADCAST },
	{ SOL_SOCKET, 0x0080, SO_LINGER },
	{ SOL_SOCKET, 0x0100, SO_OOBINLINE },
	{ SOL_SOCKET, 0x0200, SO_REUSEPORT },
	{ SOL_SOCKET, 0x1001, SO_SNDBUF },
	{ SOL_SOCKET, 0x1002, SO_RCVBUF },
	{ SOL_SOCKET, 0x1003, SO_SNDLOWAT },
	{ SOL_SOCKET, 0x1004, SO_RCVLOWAT },
	{ SOL_SOCKET, 0x1007, SO_ERROR },
	{ SOL_SOCKET, 0x1008, SO_TYPE },
	{ IPPROTO_IP, 3, IP_TOS },
	{ IPPROTO_IP, 4, IP_TTL },
	/* the destination address, as Linux's IP_ORIGDSTADDR tells it */
	{ IPPROTO_IP, BSD_IP_RECVDSTADDR, IP_RECVORIGDSTADDR },
	/* the interface, as Linux's IP_PKTINFO tells it */
	{ IPPROTO_IP, BSD_IP_RECVIF, IP_PKTINFO },
	{ IPPROTO_IP, 9, IP_MULTICAST_IF },
	{ IPPROTO_IP, 10, IP_MULTICAST_TTL },
	{ IPPROTO_IP, 11, IP_MULTICAST_LOOP },
	{ IPPROTO_IP, 12, IP_ADD_MEMBERSHIP },
	{ IPPROTO_IP, 13, IP_DROP_MEMBERSHIP },
	{ IPPROTO_IPV6, 4, IPV6_UNICAST_HOPS },
	{ IPPROTO_IPV6, 9, IPV6_MULTICAST_IF },
	{ IPPROTO_IPV6, 10, IPV6_MULTICAST_HOPS },
	{ IPPROTO_IPV6, 11, IPV6_MULTICAST_LOOP },
	{ IPPROTO_IPV6, 12, IPV6_ADD_MEMBERSHIP },
	{ IPPROTO_IPV6, 13, IPV6_DROP_MEMBERSHIP },
	{ IPPROTO_IPV6, 27, IPV6_V6ONLY },
	{ IPPROTO_IPV6, 36, IPV6_RECVPKTINFO },
	{ IPPROTO_IPV6, 37, IPV6_RECVHOPLIMIT },
	{ IPPROTO_IPV6, 57, IPV6_RECVTCLASS },
	{ IPPROTO_IPV6, 61, IPV6_TCLASS },
	{ IPPROTO_TCP, 1, TCP_NODELAY },
	{ IPPROTO_TCP, 2, TCP_MAXSEG },
};

static const struct bsd_sockopts bsd_sockopts_shared = {
	bsd_sockopts_44bsd, ARRAY_SIZE(bsd_sockopts_44bsd)
};

/* The entry of @opts for @level and @name, or NULL. */
static const struct bsd_sockopt *sockopt_find(const struct bsd_sockopts *opts,
					      unsigned long level,
					      unsigned long name)
{
	unsigned int i;

	for (i = 0; i < opts->n; i++)
		if (opts->map[i].level == level && opts->map[i].foreign == name)
			return &opts->map[i];
	return NULL;
}

/**
 * bsd_sockopt_to_linux() - a socket option's level and name on Linux
 * @own: the platform's options, looked up before the shared 4.4BSD ones
 * @level: in: the BSD level (0xffff for SOL_SOCKET); out: Linux's
 * @name: in: the BSD name; out: Linux's
 *
 * Return: 0, or -ENOPROTOOPT for an option neither table has; then
 * @level and @name are unchanged.  The values of the options mapped are
 * laid out alike on both kernels.
 */
int bsd_sockopt_to_linux(const struct bsd_sockopts *own,
			 unsigned long *level, unsigned long *name)
{
	unsigned long l = *level == BSD_SOL_SOCKET ? SOL_SOCKET : *level;
	const struct bsd_sockopt *opt;

	if (*level == SOL_SOCKET)
		return -ENOPROTOOPT;	/* Linux's SOL_SOCKET: IPPROTO_ICMP */
	opt = sockopt_find(own, l, *name);
	if (!opt)
		opt = sockopt_find(&bsd_sockopts_shared, l, *name);
	if (!opt)
		return -ENOPROTOOPT;
	*level = l;
	*name = opt->native;
	return 0;
}
EXPORT_SYMBOL_GPL(bsd_sockopt_to_linux);

/* The same for @level and @name, on the caller's platform. */
static int sockopt_to_linux(unsigned long *level, unsigned long *name)
{
	return bsd_sockopt_to_linux(bsd_platform()->sockopts, level, name);
}

/*
 * setsockopt(s, level, name, val, valsize): SO_SNDTIMEO's and
 * SO_RCVTIMEO's struct timeval without the padding after a 32-bit
 * tv_usec (bsd_timeval_clear_pad()).
 */
SYSCALL_IFACE_DEFINE5(bsd_setsockopt, int, fd, int, blevel, int, bname,
		      void __user *, val, u32, valsize)
{
	unsigned long level = blevel, name = bname;
	struct __kernel_old_timeval tv;
	int ret = sockopt_to_linux(&level, &name), cleared = 0;
	long err;

	if (ret)
		return ret;
	if (level == SOL_SOCKET &&
	    (name == SO_SNDTIMEO_OLD || name == SO_RCVTIMEO_OLD) &&
	    valsize >= sizeof(tv)) {
		if (copy_from_user(&tv, val, sizeof(tv)))
			return -EFAULT;
		cleared = bsd_timeval_clear_pad(val, &tv);
		if (cleared < 0)
			return cleared;
	}
	err = syscall_iface_native(__NR_setsockopt, fd, level, name, val,
				   valsize);
	if (cleared && copy_to_user(val, &tv, sizeof(tv)))
		return -EFAULT;
	return err;
}
EXPORT_SYMBOL_GPL(bsd_setsockopt);

/*
 * The peer of local socket @sock, as it was when it connected (Linux's
 * SO_PEERCRED and SO_PEERGROUPS): in @buf, in the platform's layout.
 */
static long peer_get(struct socket *sock, void *buf)
{
	struct user_namespace *ns = current_user_ns();
	struct sock *sk = sock->sk;
	struct bsd_peer peer = {};
	const struct cred *cred;
	unsigned int i;
	long ret;

	spin_lock(&sk->sk_peer_lock);
	cred = get_cred(sk->sk_peer_cred);
	peer.pid = pid_vnr(sk->sk_peer_pid);
	spin_unlock(&sk->sk_peer_lock);
	if (!cred)
		return bsd_platform()->put_peer(buf, NULL, sock->type);
	peer.uid = from_kuid_munged(ns, cred->euid);
	peer.gid = from_kgid_munged(ns, cred->egid);
	peer.ngroups = min_t(unsigned int, cred->group_info->ngroups,
			     BSD_PEER_NGROUPS);
	for (i = 0; i < peer.ngroups; i++)
		peer.groups[i] = from_kgid_munged(ns, cred->group_info->gid[i]);
	ret = bsd_platform()->put_peer(buf, &peer, sock->type);
	put_cred(cred);
	return ret;
}

/*
 * getsockopt(s, 0, the platform's peer_opt, val, size) on a local
 * socket: its peer (struct bsd_platform), as much as there is room for.
 */
static long peer_sockopt(struct socket *sock, void __user *val,
			 u32 __user *size)
{
	u8 buf[BSD_PEER_MAX] = {};
	long n = peer_get(sock, buf);
	u32 len;

	if (n < 0)
		return n;
	if (get_user(len, size))
		return -EFAULT;
	len = min_t(u32, len, n);
	if (copy_to_user(val, buf, len) || put_user(len, size))
		return -EFAULT;
	return 0;
}

/* @fd's socket, referenced, if it is a local (AF_UNIX) one; else NULL. */
static struct socket *local_socket(int fd)
{
	struct socket *sock;
	int err;

	sock = sockfd_lookup(fd, &err);
	if (sock && sock->sk->sk_family != AF_UNIX) {
		sockfd_put(sock);
		sock = NULL;
	}
	return sock;
}

/*
 * getsockopt(s, level, name, val, avalsize): SO_ERROR's value is an
 * errno, which the program reads in its platform's numbering; level 0
 * of a local socket is SOL_LOCAL, where the platform tells the peer.
 */
SYSCALL_IFACE_DEFINE5(bsd_getsockopt, int, fd, int, blevel, int, bname,
		      int __user *, val, u32 __user *, size)
{
	const struct bsd_platform *p = bsd_platform();
	unsigned long level = blevel, name = bname;
	struct socket *sock;
	long ret;
	u32 len;
	int err;

	if (!blevel && p->peer_opt && bname == p->peer_opt) {
		sock = local_socket(fd);
		if (sock) {
			/* Linux's SO_PEERCRED is where seccomp sees it. */
			if (!syscall_iface_denied(&ret, __NR_getsockopt, fd,
						  SOL_SOCKET, SO_PEERCRED, val,
						  size))
				ret = peer_sockopt(sock, val, size);
			sockfd_put(sock);
			return ret;
		}
	}
	ret = sockopt_to_linux(&level, &name);
	if (ret)
		return ret;
	ret = syscall_iface_native(__NR_getsockopt, fd, level, name, val, size);
	if (!ret && level == SOL_SOCKET && name == SO_ERROR &&
	    !get_user(len, size) && len >= sizeof(err) && !get_user(err, val))
		put_user(syscall_iface_foreign_errno(err), val);
	return ret;
}
EXPORT_SYMBOL_GPL(bsd_getsockopt);

/* struct sf_hdtr: what sendfile sends before and after the file */
struct bsd_sf_hdtr {
	const struct iovec __user *headers;
	s32 hdr_cnt;
	const struct iovec __user *trailers;
	s32 trl_cnt;
};

/*
 * Why a send to @s stopped part way: a non-blocking socket was full
 * (EAGAIN), or a signal came (EINTR; not restarted, as some was sent).
 */
static long cut_short(int s)
{
	CLASS(fd, f)(s);

	return !fd_empty(f) && (fd_file(f)->f_flags & O_NONBLOCK) ?
	       -EAGAIN : -EINTR;
}

/*
 * What sendfile takes: @fd a regular file (else EINVAL; EBADF if none),
 * @s a stream socket (ENOTSOCK, EINVAL).
 */
static long sendfile_ends(int fd, int s)
{
	CLASS(fd, f)(fd);
	struct socket *sock;
	long ret = 0;
	int err;

	if (fd_empty(f))
		return -EBADF;
	if (!S_ISREG(file_inode(fd_file(f))->i_mode))
		return -EINVAL;
	sock = sockfd_lookup(s, &err);
	if (!sock)
		return err;
	if (sock->type != SOCK_STREAM)
		ret = -EINVAL;
	sockfd_put(sock);
	return ret;
}

/* writev(s, iov, n), a header or a trailer, adding what went to *@sent. */
static long send_iov(int s, const struct iovec __user *uiov, int n, u64 *sent)
{
	struct iovec iov;
	size_t len = 0;
	long ret;
	int i;

	if (n < 0 || n > UIO_MAXIOV)
		return -EINVAL;
	for (i = 0; i < n; i++) {
		if (copy_from_user(&iov, &uiov[i], sizeof(iov)))
			return -EFAULT;
		len += iov.iov_len;
	}
	if (!len)
		return 0;
	ret = syscall_iface_native(__NR_writev, s, (unsigned long)uiov, n);
	if (ret < 0)
		return ret;
	*sent += ret;
	return ret == len ? 0 : cut_short(s);
}

/* @nbytes of file @fd from *@pos (0: to its end) to @s. */
static long send_file(int s, int fd, loff_t *pos, size_t nbytes, u64 *sent)
{
	size_t done = 0;
	ssize_t n;

	do {
		n = do_sendfile(s, fd, pos, nbytes ? nbytes - done : MAX_RW_COUNT,
				0);
		if (n <= 0)
			return n;	/* the file's end, or an error */
		done += n;
		*sent += n;
	} while (!nbytes || done < nbytes);
	return 0;
}

/*
 * sendfile(fd, s, offset, nbytes, hdtr, sbytes, flags), FreeBSD's (and
 * the other BSDs' that have one; kern_sendfile.c): the headers, then
 * @nbytes of file @fd from @offset (0: to its end) without moving its
 * offset, then the trailers, to stream socket @s.  *@sbytes is what
 * went, also when an error stopped it part way: EAGAIN on a non-blocking
 * socket, or EINTR for a signal.  The flags, the seventh argument, are
 * hints and are not read.
 */
SYSCALL_IFACE_DEFINE6(bsd_sendfile, int, fd, int, s, s64, offset,
		      size_t, nbytes, const struct bsd_sf_hdtr __user *, uhdtr,
		      s64 __user *, sbytes)
{
	struct bsd_sf_hdtr hdtr = {};
	loff_t pos = offset;
	u64 sent = 0;
	long ret;

	if (offset < 0)
		return -EINVAL;
	if (syscall_iface_denied(&ret, __NR_sendfile, s, fd, 0, nbytes))
		return ret;
	ret = sendfile_ends(fd, s);
	if (ret)
		return ret;
	if (uhdtr && copy_from_user(&hdtr, uhdtr, sizeof(hdtr)))
		return -EFAULT;
	ret = send_iov(s, hdtr.headers, hdtr.hdr_cnt, &sent);
	if (!ret)
		ret = send_file(s, fd, &pos, nbytes, &sent);
	if (!ret)
		ret = send_iov(s, hdtr.trailers, hdtr.trl_cnt, &sent);
	if (sent && (ret == -ERESTARTSYS || ret == -ERESTARTNOINTR ||
		     ret == -ERESTARTNOHAND))
		ret = -EINTR;
	if (sbytes && put_user(sent, sbytes))
		return -EFAULT;
	return ret;
}
EXPORT_SYMBOL_GPL(bsd_sendfile);
