// SPDX-License-Identifier: GPL-2.0-only
/*
 * The BSDs' routing sockets, socket(PF_ROUTE, SOCK_RAW, af) (FreeBSD's
 * and NetBSD's sys/net/rtsock.c), as route(8) and Go's x/net/route use
 * them: a program writes a message and reads back what became of it.
 *  - RTM_GET names a destination, and the route that reaches it is read
 *    back, with the asker's pid and sequence number, RTF_DONE and the
 *    route's addresses (route.c).
 *  - RTM_ADD, RTM_CHANGE and RTM_DELETE change the main table, for a
 *    writer with CAP_NET_ADMIN in the socket's network namespace, as
 *    rtnetlink asks, and the message is read back with RTF_DONE.
 *  - A message that fails is read back with rtm_errno set, and its write
 *    fails with that error, as on the BSDs: ESRCH for no route, EEXIST,
 *    EPERM, EOPNOTSUPP for another type (RTM_LOCK, ...).
 *
 * A routing socket is a file of its own, not a Linux socket: its writes
 * are carried out through rtnetlink, in the network namespace it was
 * made in, and what is read back is queued for its reads, at most
 * ROUTE_SOCK_ROOM bytes (ENOBUFS beyond).  The messages the BSDs send
 * every routing socket unasked, of interfaces, addresses and routes that
 * change, are not sent.  It meets seccomp as the socket Linux programs
 * ask the same of, an rtnetlink socket.
 */

#include <linux/anon_inodes.h>
#include <linux/capability.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/net.h>
#include <linux/netlink.h>
#include <linux/nsproxy.h>
#include <linux/poll.h>
#include <linux/sched/signal.h>
#include <linux/slab.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/unaligned.h>
#include <linux/syscall_iface_core.h>
#include <net/net_namespace.h>

#include "bsd.h"

#define BSD_AF_INET		2
#define BSD_AF_LINK		18

#define BSD_RTM_ADD		0x1
#define BSD_RTM_DELETE		0x2
#define BSD_RTM_CHANGE		0x3
#define BSD_RTM_GET		0x4

#define BSD_RTF_HOST		0x4
#define BSD_RTF_DONE		0x40

/* The sockaddrs a message may carry, by their RTA_* bit's number. */
enum {
	RTAX_DST, RTAX_GATEWAY, RTAX_NETMASK, RTAX_GENMASK, RTAX_IFP,
	RTAX_IFA, RTAX_AUTHOR, RTAX_BRD, RTAX_MAX
};

/* The most a message written may be, and queued answers may take. */
#define ROUTE_MSG_MAX		2048
#define ROUTE_SOCK_ROOM		8192

/* What every struct rt_msghdr begins with, on both BSDs. */
struct rt_head {
	u16 msglen;
	u8 version;
	u8 type;
	u16 index;
	u16 spare;
	s32 flags, addrs, pid, seq, errno;
};

/* A message waiting to be read. */
struct route_msg {
	struct list_head list;
	size_t len;
	u8 data[];
};

/**
 * struct route_sock - a routing socket
 * @lock: guards @queue and @queued
 * @wait: where reads and polls wait for a message
 * @queue: the messages to read, oldest first
 * @queued: their bytes
 * @net: the network namespace it was made in, referenced
 * @abi: its platform's messages, copied: the file may outlive the module
 * @af_inet6: its platform's AF_INET6
 */
struct route_sock {
	spinlock_t lock;		/* guards queue and queued */
	wait_queue_head_t wait;
	struct list_head queue;
	size_t queued;
	struct net *net;
	struct bsd_rt_abi abi;
	u8 af_inet6;
};

/* Queue @len bytes at @data for reading: 0, or -ENOBUFS without room. */
static int route_queue(struct route_sock *rs, const void *data, size_t len)
{
	struct route_msg *m;
	int ret = 0;

	m = kmalloc(struct_size(m, data, len), GFP_KERNEL_ACCOUNT);
	if (!m)
		return -ENOBUFS;
	m->len = len;
	memcpy(m->data, data, len);
	spin_lock(&rs->lock);
	if (rs->queued + len > ROUTE_SOCK_ROOM) {
		ret = -ENOBUFS;
	} else {
		list_add_tail(&m->list, &rs->queue);
		rs->queued += len;
	}
	spin_unlock(&rs->lock);
	if (ret)
		kfree(m);
	else
		wake_up_interruptible_poll(&rs->wait, EPOLLIN | EPOLLRDNORM);
	return ret;
}

/*
 * The sockaddrs the message's rtm_addrs says follow its header, each
 * padded to 8 bytes (SA_SIZE()), in @sa by their RTAX_* number, NULL for
 * those it lacks.  Return: 0, or -EINVAL for one past the message's end.
 */
static int route_sockaddrs(const struct route_sock *rs, const u8 *msg,
			   size_t len, const u8 *sa[RTAX_MAX])
{
	const struct rt_head *h = (const void *)msg;
	size_t off = rs->abi.hdr_size;
	int i;

	for (i = 0; i < RTAX_MAX; i++) {
		sa[i] = NULL;
		if (!(h->addrs & BIT(i)))
			continue;
		if (off >= len || msg[off] > len - off)
			return -EINVAL;
		sa[i] = msg + off;
		off += ALIGN(max_t(size_t, msg[off], 1), sizeof(long));
	}
	return 0;
}

/*
 * The IPv4 or IPv6 address of sockaddr @sa, in @addr.  Return: its
 * family, Linux's, or -EAFNOSUPPORT.
 */
static int route_addr(const struct route_sock *rs, const u8 *sa, u8 *addr)
{
	if (sa[0] >= 8 && sa[1] == BSD_AF_INET) {
		memcpy(addr, sa + 4, 4);
		return AF_INET;
	}
	if (sa[0] >= 24 && sa[1] == rs->af_inet6) {
		memcpy(addr, sa + 8, 16);
		return AF_INET6;
	}
	return -EAFNOSUPPORT;
}

/* The interface index of sockaddr_dl @sa, or 0 for another sockaddr. */
static u32 route_index(const u8 *sa)
{
	return sa && sa[0] >= 4 && sa[1] == BSD_AF_LINK ?
	       get_unaligned((const u16 *)(sa + 2)) : 0;
}

/*
 * A netmask's prefix length: its bytes after the header of @family's
 * sockaddr, as many as its sa_len keeps (the BSDs leave trailing zeros
 * out, and a mask's family may be 0).  Return: -EINVAL for one with a
 * hole.
 */
static int route_prefix(const u8 *sa, int family)
{
	int off = family == AF_INET ? 4 : 8, n = family == AF_INET ? 4 : 16;
	int i, ones, len = 0;
	bool end = false;
	u8 b;

	for (i = 0; i < n; i++) {
		b = off + i < sa[0] ? sa[off + i] : 0;
		ones = hweight8(b);
		if ((end && b) || (u8)(0xff << (8 - ones)) != b)
			return -EINVAL;
		len += ones;
		end = ones < 8;
	}
	return len;
}

/* Read the message back: RTF_DONE, or rtm_errno for error @err. */
static void route_echo(struct route_sock *rs, u8 *msg, size_t len, int err)
{
	struct rt_head *h = (void *)msg;

	h->pid = task_tgid_vnr(current);
	if (err)
		h->errno = syscall_iface_foreign_errno(-err);
	else
		h->flags |= BSD_RTF_DONE;
	route_queue(rs, msg, len);
}

/* Answer RTM_GET @msg with its route. */
static int route_answer(struct route_sock *rs, u8 *msg, size_t len,
			const u8 *sa[RTAX_MAX])
{
	struct rt_head *h = (void *)msg;
	struct bsd_route_get get = {
		.ifp = h->addrs & (BSD_RTA_IFP | BSD_RTA_IFA),
		.pid = task_tgid_vnr(current),
		.seq = h->seq,
	};
	struct bsd_rib rib = {
		.size = ROUTE_MSG_MAX,
		.af_inet6 = rs->af_inet6,
	};
	int ret;

	if (!sa[RTAX_DST])
		return -EINVAL;
	get.family = route_addr(rs, sa[RTAX_DST], get.dst);
	if (get.family < 0)
		return get.family;
	rib.buf = kzalloc(rib.size, GFP_KERNEL);
	if (!rib.buf)
		return -ENOMEM;
	ret = bsd_route_get(&rib, &rs->abi, rs->net, &get);
	if (!ret && rib.overflow)
		ret = -ENOBUFS;
	if (!ret)
		ret = route_queue(rs, rib.buf, rib.len);
	kfree(rib.buf);
	return ret;
}

/*
 * Carry out RTM_ADD, RTM_CHANGE or RTM_DELETE @msg: a route to its
 * destination, with its netmask (none, or RTF_HOST: a host route), its
 * gateway (an address, or a sockaddr_dl naming the interface) and its
 * interface (RTA_IFP).  The writer needs CAP_NET_ADMIN in the socket's
 * network namespace, and so does whoever made the socket, as rtnetlink
 * asks of a netlink socket's writer and opener.
 */
static int route_change(struct route_sock *rs, struct file *file, u8 *msg,
			const u8 *sa[RTAX_MAX])
{
	const struct rt_head *h = (const void *)msg;
	struct bsd_route_change c = {
		.op = h->type == BSD_RTM_ADD ? BSD_ROUTE_ADD :
		      h->type == BSD_RTM_CHANGE ? BSD_ROUTE_CHANGE :
		      BSD_ROUTE_DELETE,
		.flags = h->flags,
	};
	int len;

	if (!file_ns_capable(file, rs->net->user_ns, CAP_NET_ADMIN) ||
	    !ns_capable(rs->net->user_ns, CAP_NET_ADMIN))
		return -EPERM;
	if (!sa[RTAX_DST])
		return -EINVAL;
	c.family = route_addr(rs, sa[RTAX_DST], c.dst);
	if (c.family < 0)
		return c.family;
	c.dst_len = c.family == AF_INET ? 32 : 128;
	if (sa[RTAX_NETMASK] && !(h->flags & BSD_RTF_HOST)) {
		len = route_prefix(sa[RTAX_NETMASK], c.family);
		if (len < 0)
			return len;
		c.dst_len = len;
	}
	c.oif = route_index(sa[RTAX_GATEWAY]) ?: route_index(sa[RTAX_IFP]);
	if (sa[RTAX_GATEWAY] && !route_index(sa[RTAX_GATEWAY])) {
		if (route_addr(rs, sa[RTAX_GATEWAY], c.gw) != c.family)
			return -EINVAL;
		c.gateway = true;
	}
	return bsd_route_change(rs->net, &c);
}

/*
 * Carry out message @msg, of @len bytes, and read it back, or RTM_GET's
 * answer.
 */
static int route_message(struct route_sock *rs, struct file *file, u8 *msg,
			 size_t len)
{
	const struct rt_head *h = (const void *)msg;
	const u8 *sa[RTAX_MAX];
	int ret;

	ret = route_sockaddrs(rs, msg, len, sa);
	if (ret)
		goto echo;
	switch (h->type) {
	case BSD_RTM_GET:
		ret = route_answer(rs, msg, len, sa);
		if (!ret)
			return 0;	/* the answer is what is read */
		break;
	case BSD_RTM_ADD:
	case BSD_RTM_CHANGE:
	case BSD_RTM_DELETE:
		ret = route_change(rs, file, msg, sa);
		break;
	default:
		ret = -EOPNOTSUPP;
	}
echo:
	route_echo(rs, msg, len, ret);
	return ret;
}

static ssize_t route_sock_write(struct file *file, const char __user *ubuf,
				size_t count, loff_t *ppos)
{
	struct route_sock *rs = file->private_data;
	struct rt_head *h;
	ssize_t ret;
	u8 *msg;

	if (count < rs->abi.hdr_size || count > ROUTE_MSG_MAX)
		return -EINVAL;
	msg = memdup_user(ubuf, count);
	if (IS_ERR(msg))
		return PTR_ERR(msg);
	h = (void *)msg;
	if (h->msglen != count)
		ret = -EINVAL;
	else if (h->version != rs->abi.version)
		ret = -EPROTONOSUPPORT;
	else
		ret = route_message(rs, file, msg, count);
	kfree(msg);
	return ret ?: count;
}

/* The oldest message, taken off the queue, or NULL. */
static struct route_msg *route_take(struct route_sock *rs)
{
	struct route_msg *m;

	spin_lock(&rs->lock);
	m = list_first_entry_or_null(&rs->queue, struct route_msg, list);
	if (m) {
		list_del(&m->list);
		rs->queued -= m->len;
	}
	spin_unlock(&rs->lock);
	return m;
}

/* A message at a time; what does not fit is lost, as a datagram's is. */
static ssize_t route_sock_read(struct file *file, char __user *ubuf,
			       size_t count, loff_t *ppos)
{
	struct route_sock *rs = file->private_data;
	struct route_msg *m;
	ssize_t ret;

	while (!(m = route_take(rs))) {
		if (file->f_flags & O_NONBLOCK)
			return -EAGAIN;
		ret = wait_event_interruptible(rs->wait,
					       !list_empty_careful(&rs->queue));
		if (ret)
			return ret;
	}
	ret = min(count, m->len);
	if (copy_to_user(ubuf, m->data, ret))
		ret = -EFAULT;
	kfree(m);
	return ret;
}

static __poll_t route_sock_poll(struct file *file, poll_table *wait)
{
	struct route_sock *rs = file->private_data;
	__poll_t mask = EPOLLOUT | EPOLLWRNORM;

	poll_wait(file, &rs->wait, wait);
	if (!list_empty_careful(&rs->queue))
		mask |= EPOLLIN | EPOLLRDNORM;
	return mask;
}

static int route_sock_release(struct inode *inode, struct file *file)
{
	struct route_sock *rs = file->private_data;
	struct route_msg *m;

	while ((m = route_take(rs)))
		kfree(m);
	put_net(rs->net);
	kfree(rs);
	return 0;
}

static const struct file_operations route_sock_fops = {
	.owner = THIS_MODULE,
	.read = route_sock_read,
	.write = route_sock_write,
	.poll = route_sock_poll,
	.release = route_sock_release,
};

/**
 * bsd_route_socket - socket(PF_ROUTE, type, protocol), a routing socket
 * @type: SOCK_RAW, with Linux's SOCK_CLOEXEC and SOCK_NONBLOCK
 * @protocol: the family whose messages it hears; all are taken, as
 *            only its own answers come
 *
 * Return: its descriptor, -EPROTOTYPE for a type but SOCK_RAW, or the
 * errors of seccomp, of making the file and of the descriptor table.
 */
long bsd_route_socket(int type, int protocol)
{
	int flags = O_RDWR | (type & (SOCK_CLOEXEC | SOCK_NONBLOCK));
	struct route_sock *rs;
	long ret;
	int fd;

	/* Linux's SOCK_CLOEXEC and SOCK_NONBLOCK are its O_ flags. */
	BUILD_BUG_ON(SOCK_CLOEXEC != O_CLOEXEC || SOCK_NONBLOCK != O_NONBLOCK);
	if ((type & ~(SOCK_CLOEXEC | SOCK_NONBLOCK)) != SOCK_RAW)
		return -EPROTOTYPE;
	if (syscall_iface_denied(&ret, __NR_socket, AF_NETLINK, type,
				 NETLINK_ROUTE))
		return ret;
	rs = kzalloc(sizeof(*rs), GFP_KERNEL_ACCOUNT);
	if (!rs)
		return -ENOMEM;
	spin_lock_init(&rs->lock);
	init_waitqueue_head(&rs->wait);
	INIT_LIST_HEAD(&rs->queue);
	rs->abi = *bsd_platform()->rt;
	rs->af_inet6 = bsd_platform()->af_inet6;
	rs->net = get_net(current->nsproxy->net_ns);
	fd = anon_inode_getfd("[bsd_route]", &route_sock_fops, rs, flags);
	if (fd < 0) {
		put_net(rs->net);
		kfree(rs);
	}
	return fd;
}
