// SPDX-License-Identifier: GPL-2.0-only
/*
 * The BSDs' routing sockets, socket(PF_ROUTE, SOCK_RAW, af) (FreeBSD's
 * and NetBSD's sys/net/rtsock.c), as route(8)'s get and Go's x/net/route
 * use them: a program writes an RTM_GET that names a destination, and
 * reads back the route that reaches it, in the same message type with
 * its pid and sequence number, RTF_DONE and the route's addresses
 * (route.c).  A question that finds no route is read back with
 * rtm_errno set, and its write fails with that error (ESRCH), as on the
 * BSDs.
 *
 * A routing socket is a file of its own, not a Linux socket: its writes
 * are answered through rtnetlink, in the network namespace it was made
 * in, and the answers queued for its reads, at most ROUTE_SOCK_ROOM
 * bytes of them (ENOBUFS beyond).  Only RTM_GET is taken: changing the
 * table (RTM_ADD, RTM_DELETE, RTM_CHANGE) is EOPNOTSUPP, and the
 * messages the BSDs send every routing socket unasked, of interfaces,
 * addresses and routes that change, are not sent.  It meets seccomp as
 * the socket Linux programs ask the same of, an rtnetlink socket.
 */

#include <linux/anon_inodes.h>
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
#include <net/net_namespace.h>

#include "bsd.h"

#define BSD_AF_INET		2

#define BSD_RTM_GET		0x4
#define BSD_RTA_DST		0x01

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
 * The destination of RTM_GET @msg, of @len bytes: its first sockaddr,
 * which RTA_DST says is there, an IPv4 or IPv6 address.
 */
static int route_dst(const struct route_sock *rs, const u8 *msg, size_t len,
		     struct bsd_route_get *get)
{
	const struct rt_head *h = (const void *)msg;
	const u8 *sa = msg + rs->abi.hdr_size;

	if (!(h->addrs & BSD_RTA_DST) || len - rs->abi.hdr_size < 2)
		return -EINVAL;
	if (sa[1] == BSD_AF_INET && sa[0] >= 8 &&
	    len - rs->abi.hdr_size >= 8) {
		get->family = AF_INET;
		memcpy(get->dst, sa + 4, 4);
		return 0;
	}
	if (sa[1] == rs->af_inet6 && sa[0] >= 24 &&
	    len - rs->abi.hdr_size >= 24) {
		get->family = AF_INET6;
		memcpy(get->dst, sa + 8, 16);
		return 0;
	}
	return -EAFNOSUPPORT;
}

/* Answer RTM_GET @msg: its route, or the question with rtm_errno set. */
static ssize_t route_answer(struct route_sock *rs, u8 *msg, size_t len)
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

	ret = route_dst(rs, msg, len, &get);
	if (ret)
		return ret;
	rib.buf = kzalloc(rib.size, GFP_KERNEL);
	if (!rib.buf)
		return -ENOMEM;
	ret = bsd_route_get(&rib, &rs->abi, rs->net, &get);
	if (!ret && rib.overflow)
		ret = -ENOBUFS;
	if (!ret) {
		ret = route_queue(rs, rib.buf, rib.len);
	} else if (ret == -ESRCH) {
		h->errno = ESRCH;	/* the same number on Linux and both BSDs */
		h->pid = get.pid;
		route_queue(rs, msg, len);
	}
	kfree(rib.buf);
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
	else if (h->type != BSD_RTM_GET)
		ret = -EOPNOTSUPP;
	else
		ret = route_answer(rs, msg, count);
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
