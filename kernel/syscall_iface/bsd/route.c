// SPDX-License-Identifier: GPL-2.0-only
/*
 * The interface list and the routing table, as the BSDs' routing
 * sysctls give them (FreeBSD's and NetBSD's sys/net/rtsock.c).  The list
 * is a message per interface (RTM_IFINFO, with its link-level address),
 * then one per address on it (RTM_NEWADDR), or one per multicast group
 * joined (RTM_NEWMADDR); Go's net.Interfaces() and the BSDs'
 * getifaddrs() read it.  The table (NET_RT_DUMP) is an RTM_GET message
 * per route, which netstat -r and gateway finders read.  Both are the
 * caller's network namespace's: the interfaces read under RCU, the
 * routes as rtnetlink dumps them to anyone.  The messages are built in
 * kernel memory, then copied out as sysctl copies any value.
 *
 * Each message is a header, which a platform writes (struct
 * bsd_route_ops), followed by the sockaddrs its mask names, in RTAX_*
 * order, each padded to 8 bytes: FreeBSD's SA_SIZE() and NetBSD's
 * RT_ROUNDUP() on amd64.  The sockaddrs, the interface types, flags and
 * link states are the same on both.
 */

#include <linux/export.h>
#include <linux/file.h>
#include <linux/if_arp.h>
#include <linux/igmp.h>
#include <linux/inetdevice.h>
#include <linux/netdevice.h>
#include <linux/nsproxy.h>
#include <linux/rtnetlink.h>
#include <linux/sizes.h>
#include <linux/slab.h>
#include <net/addrconf.h>
#include <net/if_inet6.h>
#include <net/ipv6.h>
#include <net/net_namespace.h>
#include <net/netlink.h>
#include <net/sock.h>

#include "bsd.h"

#define BSD_AF_INET	2
#define BSD_AF_LINK	18

#define BSD_IFT_OTHER	0x01
#define BSD_IFT_ETHER	0x06
#define BSD_IFT_LOOP	0x18

#define BSD_IFF_MULTICAST	0x8000

#define BSD_RTM_GET		0x4

#define BSD_RTF_UP		0x1
#define BSD_RTF_GATEWAY		0x2
#define BSD_RTF_HOST		0x4
#define BSD_RTF_REJECT		0x8
#define BSD_RTF_DONE		0x40
#define BSD_RTF_STATIC		0x800
#define BSD_RTF_BLACKHOLE	0x1000

#define BSD_RTA_DST		0x01
#define BSD_RTA_GATEWAY		0x02

#define SA_SIZE(len)	ALIGN(max_t(unsigned int, (len), 1), 8)

/**
 * bsd_rib_put - room for a message's next part
 * @rib: the messages being built
 * @n: the part's size
 *
 * Return: @n zeroed bytes at the end, or NULL once the messages do not
 * fit (@rib->overflow: the list is built again in a larger buffer).
 */
void *bsd_rib_put(struct bsd_rib *rib, size_t n)
{
	void *p;

	if (rib->overflow || rib->size - rib->len < n) {
		rib->overflow = true;
		return NULL;
	}
	p = rib->buf + rib->len;
	memset(p, 0, n);
	rib->len += n;
	return p;
}
EXPORT_SYMBOL_GPL(bsd_rib_put);

static void put_sa(struct bsd_rib *rib, const struct bsd_sockaddr *sa)
{
	void *p = bsd_rib_put(rib, SA_SIZE(sa->len));

	if (p)
		memcpy(p, sa, sa->len);
}

/* The message begun at @start ends here: its length, in its first u16. */
static void end_msg(struct bsd_rib *rib, size_t start)
{
	u16 len = rib->len - start;

	if (!rib->overflow)
		memcpy(rib->buf + start, &len, sizeof(len));
}

static void sa_in(struct bsd_sockaddr *sa, __be32 addr)
{
	memset(sa, 0, sizeof(*sa));
	sa->len = 16;			/* struct sockaddr_in */
	sa->family = BSD_AF_INET;
	memcpy(sa->data + 2, &addr, 4);
}

/* A struct sockaddr_in6, of the platform's AF_INET6 @family */
static void sa_in6(struct bsd_sockaddr *sa, u8 family,
		   const struct in6_addr *addr, u32 scope_id)
{
	memset(sa, 0, sizeof(*sa));
	sa->len = 28;			/* struct sockaddr_in6 */
	sa->family = family;
	memcpy(sa->data + 6, addr, 16);
	memcpy(sa->data + 22, &scope_id, 4);
}

/* The interface's struct sockaddr_dl: index, type, name, address. */
static void sa_dl(struct bsd_sockaddr *sa, const struct bsd_if *ifp)
{
	const struct net_device *dev = ifp->dev;
	u8 nlen = strnlen(dev->name, IFNAMSIZ);
	u16 index = dev->ifindex;

	memset(sa, 0, sizeof(*sa));
	sa->len = 8 + nlen + ifp->addrlen;
	sa->family = BSD_AF_LINK;
	memcpy(sa->data, &index, 2);
	sa->data[2] = ifp->type;
	sa->data[3] = nlen;
	sa->data[4] = ifp->addrlen;
	memcpy(sa->data + 6, dev->name, nlen);
	memcpy(sa->data + 6 + nlen, dev->dev_addr, ifp->addrlen);
}

static u8 if_type(const struct net_device *dev)
{
	switch (dev->type) {
	case ARPHRD_ETHER:
		return BSD_IFT_ETHER;
	case ARPHRD_LOOPBACK:
		return BSD_IFT_LOOP;
	default:
		return BSD_IFT_OTHER;
	}
}

/* The link-level address's length: none for one of zeros (loopback). */
static u8 if_alen(const struct net_device *dev)
{
	u8 alen = min_t(u8, dev->addr_len, 32);

	return dev->dev_addr && memchr_inv(dev->dev_addr, 0, alen) ? alen : 0;
}

static void if_describe(struct bsd_if *ifp, struct net_device *dev)
{
	unsigned int f = dev_get_flags(dev);

	ifp->dev = dev;
	ifp->type = if_type(dev);
	ifp->addrlen = if_alen(dev);
	/* Linux's flags are the BSDs' but IFF_MULTICAST. */
	ifp->flags = (f & 0x3ff) | (f & IFF_MULTICAST ? BSD_IFF_MULTICAST : 0);
	ifp->link_state = netif_running(dev) && netif_carrier_ok(dev) ?
			  BSD_LINK_STATE_UP : BSD_LINK_STATE_DOWN;
}

/**
 * bsd_sockaddr_dl - an interface's struct sockaddr_dl, by its index
 * @sa: where it goes
 * @net: the network namespace the index is of
 * @ifindex: the index
 *
 * For an index that names no interface (0, or one gone), a sockaddr_dl
 * with the index and nothing else, as the BSDs' IP_RECVIF gives one.
 */
void bsd_sockaddr_dl(struct bsd_sockaddr *sa, struct net *net, int ifindex)
{
	struct net_device *dev;
	struct bsd_if ifp;

	rcu_read_lock();
	dev = ifindex > 0 ? dev_get_by_index_rcu(net, ifindex) : NULL;
	if (dev) {
		if_describe(&ifp, dev);
		sa_dl(sa, &ifp);
	} else {
		memset(sa, 0, sizeof(*sa));
		sa->len = 8;
		sa->family = BSD_AF_LINK;
		memcpy(sa->data, &(u16){ ifindex }, 2);
	}
	rcu_read_unlock();
}

/* RTM_IFINFO for @ifp: the platform's header, then its sockaddr_dl. */
static void put_ifinfo(struct bsd_rib *rib, const struct bsd_route_ops *ops,
		       const struct bsd_if *ifp)
{
	size_t start = rib->len;
	struct bsd_sockaddr sa;

	if (!ops->ifinfo(rib, ifp))
		return;
	sa_dl(&sa, ifp);
	put_sa(rib, &sa);
	end_msg(rib, start);
}

/* RTM_NEWADDR for an address of @ifp: its mask, address, broadcast. */
static void put_addr(struct bsd_rib *rib, const struct bsd_route_ops *ops,
		     const struct bsd_if *ifp,
		     const struct bsd_sockaddr *mask,
		     const struct bsd_sockaddr *addr,
		     const struct bsd_sockaddr *brd)
{
	u32 addrs = BSD_RTA_NETMASK | BSD_RTA_IFA | (brd ? BSD_RTA_BRD : 0);
	size_t start = rib->len;

	if (!ops->addr(rib, ifp, addrs))
		return;
	put_sa(rib, mask);
	put_sa(rib, addr);
	if (brd)
		put_sa(rib, brd);
	end_msg(rib, start);
}

static void put_addrs4(struct bsd_rib *rib, const struct bsd_route_ops *ops,
		       const struct bsd_if *ifp)
{
	struct in_device *in_dev = __in_dev_get_rcu(ifp->dev);
	struct bsd_sockaddr mask, addr, brd;
	const struct in_ifaddr *ifa;

	if (!in_dev)
		return;
	in_dev_for_each_ifa_rcu(ifa, in_dev) {
		sa_in(&mask, ifa->ifa_mask);
		sa_in(&addr, ifa->ifa_local);
		sa_in(&brd, ifa->ifa_broadcast);
		put_addr(rib, ops, ifp, &mask, &addr,
			 ifp->dev->flags & IFF_BROADCAST && ifa->ifa_broadcast ?
			 &brd : NULL);
	}
}

static void put_addrs6(struct bsd_rib *rib, const struct bsd_route_ops *ops,
		       const struct bsd_if *ifp)
{
	static const struct in6_addr ones = { .s6_addr = { [0 ... 15] = 0xff } };
	struct inet6_dev *idev = __in6_dev_get(ifp->dev);
	struct bsd_sockaddr mask, addr;
	const struct inet6_ifaddr *a;
	struct in6_addr m;

	if (!IS_ENABLED(CONFIG_IPV6) || !idev)
		return;
	read_lock_bh(&idev->lock);
	list_for_each_entry(a, &idev->addr_list, if_list) {
		ipv6_addr_prefix(&m, &ones, a->prefix_len);
		sa_in6(&mask, rib->af_inet6, &m, 0);
		sa_in6(&addr, rib->af_inet6, &a->addr,
		       ipv6_addr_type(&a->addr) & IPV6_ADDR_LINKLOCAL ?
		       ifp->dev->ifindex : 0);
		put_addr(rib, ops, ifp, &mask, &addr, NULL);
	}
	read_unlock_bh(&idev->lock);
}

/* RTM_NEWMADDR for a group @ifp joined: the interface, and the group. */
static void put_maddr(struct bsd_rib *rib, const struct bsd_route_ops *ops,
		      const struct bsd_if *ifp,
		      const struct bsd_sockaddr *group)
{
	size_t start = rib->len;
	struct bsd_sockaddr sa;

	if (!ops->maddr(rib, ifp, BSD_RTA_IFP | BSD_RTA_IFA))
		return;
	sa_dl(&sa, ifp);
	put_sa(rib, &sa);
	put_sa(rib, group);
	end_msg(rib, start);
}

static void put_maddrs(struct bsd_rib *rib, const struct bsd_route_ops *ops,
		       const struct bsd_if *ifp, int af)
{
	struct in_device *in_dev = __in_dev_get_rcu(ifp->dev);
	struct inet6_dev *idev = __in6_dev_get(ifp->dev);
	const struct ip_mc_list *im;
	const struct ifmcaddr6 *mc;
	struct bsd_sockaddr sa;

	if (in_dev && af != AF_INET6) {
		for (im = rcu_dereference(in_dev->mc_list); im;
		     im = rcu_dereference(im->next_rcu)) {
			sa_in(&sa, im->multiaddr);
			put_maddr(rib, ops, ifp, &sa);
		}
	}
	if (IS_ENABLED(CONFIG_IPV6) && idev && af != AF_INET) {
		for (mc = rcu_dereference(idev->mc_list); mc;
		     mc = rcu_dereference(mc->next)) {
			sa_in6(&sa, rib->af_inet6, &mc->mca_addr,
			       ipv6_addr_type(&mc->mca_addr) &
			       IPV6_ADDR_LINKLOCAL ? ifp->dev->ifindex : 0);
			put_maddr(rib, ops, ifp, &sa);
		}
	}
}

/* What a list or a table is built of, for rib_copy(). */
struct rib_args {
	const struct bsd_route_ops *ops;	/* the list's */
	const struct bsd_rt_abi *abi;		/* the table's */
	int af;					/* Linux's, 0 for both */
	int index;				/* the list's interface */
};

/* The interface list: @a->ops's messages of its interfaces. */
static int build_list(struct bsd_rib *rib, const struct rib_args *a)
{
	const struct bsd_route_ops *ops = a->ops;
	struct net *net = current->nsproxy->net_ns;
	int af = a->af, index = a->index;
	struct net_device *dev;
	bool found = !index;
	struct bsd_if ifp;

	rcu_read_lock();
	for_each_netdev_rcu(net, dev) {
		if (index && dev->ifindex != index)
			continue;
		found = true;
		if_describe(&ifp, dev);
		if (ops->maddr) {
			put_maddrs(rib, ops, &ifp, af);
			continue;
		}
		put_ifinfo(rib, ops, &ifp);
		if (af != AF_INET6)
			put_addrs4(rib, ops, &ifp);
		if (af != AF_INET)
			put_addrs6(rib, ops, &ifp);
	}
	rcu_read_unlock();
	return found ? 0 : -ENOENT;
}

/* A routing sysctl's address family: Linux's, 0 for all, or -EINVAL. */
static int rib_af(u32 af)
{
	if (af == BSD_AF_INET)
		return AF_INET;
	if (af == bsd_platform()->af_inet6)
		return AF_INET6;
	return af ? -EINVAL : 0;
}

/*
 * The messages @build makes of @a, copied out as a sysctl's value: built
 * again in a larger buffer while they do not fit, up to 4 MiB.
 */
static long rib_copy(int (*build)(struct bsd_rib *, const struct rib_args *),
		     const struct rib_args *a, void __user *old,
		     size_t __user *oldlenp)
{
	struct bsd_rib rib = {
		.size = 4096,
		.af_inet6 = bsd_platform()->af_inet6,
	};
	int ret;

	for (;;) {
		rib.buf = kvmalloc(rib.size, GFP_KERNEL);
		if (!rib.buf)
			return -ENOMEM;
		rib.len = 0;
		rib.overflow = false;
		ret = build(&rib, a);
		if (!rib.overflow || rib.size >= SZ_4M)
			break;
		kvfree(rib.buf);
		rib.size *= 4;
	}
	if (!ret)
		ret = rib.overflow ? -ENOMEM :
		      bsd_sysctl_copy(rib.buf, rib.len, old, oldlenp);
	kvfree(rib.buf);
	return ret;
}

/**
 * bsd_route_list - an interface list, as a routing sysctl gives it
 * @ops: how the platform writes this list's messages
 * @af: the address family asked for, in the platform's numbering: 0 for
 *      all, AF_INET or AF_INET6
 * @index: the interface, or 0 for all
 * @old: where the messages go, or NULL to learn their size
 * @oldlenp: their size
 *
 * Return: 0, -ENOENT for no interface @index, -EINVAL for an address
 * family it does not know, -ENOMEM (also for a buffer too small, as the
 * BSDs' sysctl), or -EFAULT.
 */
long bsd_route_list(const struct bsd_route_ops *ops, u32 af, u32 index,
		    void __user *old, size_t __user *oldlenp)
{
	struct rib_args a = { .ops = ops, .af = rib_af(af), .index = index };

	if (a.af < 0)
		return a.af;
	if (index > INT_MAX)
		return -ENOENT;
	return rib_copy(build_list, &a, old, oldlenp);
}
EXPORT_SYMBOL_GPL(bsd_route_list);

/*
 * struct rt_msghdr as far as the BSDs lay it out alike: FreeBSD's
 * rtm_fmask and NetBSD's rtm_use are @use, NetBSD's int rtm_inits is
 * padded to 8 bytes, and their struct rt_metrics (112 and 80 bytes)
 * begin with rmx_locks and rmx_mtu.
 */
struct bsd_rt_msghdr {
	u16 msglen;
	u8 version;
	u8 type;
	u16 index;
	u16 spare;
	s32 flags, addrs, pid, seq, errno, use;
	u64 inits;
	u64 locks, mtu;
};

/* A route as rtnetlink told it: its rtmsg, and its attributes. */
struct route {
	const struct rtmsg *r;
	const struct nlattr *tb[RTA_MAX + 1];
};

/*
 * Where the routes rtnetlink tells go: @rib, in the messages of @abi;
 * for a routing socket's RTM_GET, as the answer to @get (NULL: a dump).
 */
struct route_walk {
	struct bsd_rib *rib;
	const struct bsd_rt_abi *abi;
	struct net *net;
	const struct bsd_route_get *get;
};

/* Its address attribute @type, in @sa: false if it has none. */
static bool route_sa(struct bsd_sockaddr *sa, const struct bsd_rib *rib,
		     const struct route *rt, int type, u32 scope_id)
{
	const struct nlattr *a = rt->tb[type];

	if (rt->r->rtm_family == AF_INET) {
		sa_in(sa, a && nla_len(a) >= 4 ? nla_get_in_addr(a) : 0);
	} else {
		struct in6_addr addr = {};

		if (a && nla_len(a) >= sizeof(addr))
			addr = nla_get_in6_addr(a);
		sa_in6(sa, rib->af_inet6, &addr,
		       ipv6_addr_type(&addr) & IPV6_ADDR_LINKLOCAL ?
		       scope_id : 0);
	}
	return a;
}

/* Its prefix length as a netmask, in @sa. */
static void route_mask(struct bsd_sockaddr *sa, const struct bsd_rib *rib,
		       const struct route *rt)
{
	static const struct in6_addr ones = { .s6_addr = { [0 ... 15] = 0xff } };
	struct in6_addr m;

	if (rt->r->rtm_family == AF_INET) {
		sa_in(sa, inet_make_mask(rt->r->rtm_dst_len));
		return;
	}
	ipv6_addr_prefix(&m, &ones, rt->r->rtm_dst_len);
	sa_in6(sa, rib->af_inet6, &m, 0);
}

/*
 * Whether the BSDs would list it: a route of the main table, or one to
 * an address of the host's own (the local table's).
 */
static bool route_listed(const struct route *rt)
{
	u32 table = rt->tb[RTA_TABLE] ? nla_get_u32(rt->tb[RTA_TABLE]) :
					rt->r->rtm_table;

	switch (rt->r->rtm_type) {
	case RTN_UNICAST:
	case RTN_UNREACHABLE:
	case RTN_PROHIBIT:
	case RTN_BLACKHOLE:
		return table == RT_TABLE_MAIN;
	case RTN_LOCAL:
		return table == RT_TABLE_LOCAL;
	}
	return false;
}

/* Its RTF_* flags. */
static s32 route_flags(const struct route *rt, bool gateway)
{
	const struct rtmsg *r = rt->r;
	s32 flags = BSD_RTF_UP;

	if (gateway)
		flags |= BSD_RTF_GATEWAY;
	if (r->rtm_dst_len == (r->rtm_family == AF_INET ? 32 : 128))
		flags |= BSD_RTF_HOST;
	/* one an administrator added, as route(8) adds them */
	if (r->rtm_protocol == RTPROT_BOOT || r->rtm_protocol == RTPROT_STATIC)
		flags |= BSD_RTF_STATIC;
	if (r->rtm_type == RTN_UNREACHABLE || r->rtm_type == RTN_PROHIBIT)
		flags |= BSD_RTF_REJECT;
	if (r->rtm_type == RTN_BLACKHOLE)
		flags |= BSD_RTF_BLACKHOLE;
	return flags;
}

/*
 * The interface address a route goes out from: its preferred source, or
 * else an IPv4 address of @dev's; false for neither.  Under RCU.
 */
static bool route_ifa(struct bsd_sockaddr *sa, const struct bsd_rib *rib,
		      const struct route *rt, struct net_device *dev)
{
	__be32 addr;

	if (route_sa(sa, rib, rt, RTA_PREFSRC, dev->ifindex))
		return true;
	if (rt->r->rtm_family != AF_INET)
		return false;
	addr = inet_select_addr(dev, 0, RT_SCOPE_UNIVERSE);
	sa_in(sa, addr);
	return addr;
}

/*
 * An RTM_GET message for a route: the header, then its destination, its
 * gateway (an address, or for a route to a link the interface's
 * sockaddr_dl), and its netmask unless it is a host route.  The answer
 * to a routing socket's RTM_GET says whose it is, and adds the
 * interface and its address if they were asked for.
 */
static void put_route(const struct route_walk *w, const struct route *rt)
{
	int index = rt->tb[RTA_OIF] ? nla_get_u32(rt->tb[RTA_OIF]) : 0;
	struct bsd_sockaddr dst, gw, mask, ifp_sa, ifa;
	const struct bsd_route_get *get = w->get;
	struct bsd_rib *rib = w->rib;
	struct bsd_rt_msghdr *h;
	struct net_device *dev;
	size_t start = rib->len;
	u32 addrs = BSD_RTA_DST | BSD_RTA_GATEWAY;
	struct bsd_if ifp;
	bool gateway;

	route_sa(&dst, rib, rt, RTA_DST, index);
	gateway = route_sa(&gw, rib, rt, RTA_GATEWAY, index);
	rcu_read_lock();
	dev = index ? dev_get_by_index_rcu(w->net, index) : NULL;
	if (dev) {
		if_describe(&ifp, dev);
		sa_dl(&ifp_sa, &ifp);
		if (!gateway)
			gw = ifp_sa;
		if (get && get->ifp) {
			addrs |= BSD_RTA_IFP;
			if (route_ifa(&ifa, rib, rt, dev))
				addrs |= BSD_RTA_IFA;
		}
	}
	h = bsd_rib_put(rib, w->abi->hdr_size);
	if (h) {
		h->version = w->abi->version;
		h->type = BSD_RTM_GET;
		h->index = index;
		h->flags = route_flags(rt, gateway) | (get ? BSD_RTF_DONE : 0);
		h->mtu = dev ? READ_ONCE(dev->mtu) : 0;
		if (get) {
			h->pid = get->pid;
			h->seq = get->seq;
		}
	}
	rcu_read_unlock();
	if (!h)
		return;
	if (!(h->flags & BSD_RTF_HOST))
		addrs |= BSD_RTA_NETMASK;
	h->addrs = addrs;
	put_sa(rib, &dst);
	put_sa(rib, &gw);
	if (addrs & BSD_RTA_NETMASK) {
		route_mask(&mask, rib, rt);
		put_sa(rib, &mask);
	}
	if (addrs & BSD_RTA_IFP)
		put_sa(rib, &ifp_sa);
	if (addrs & BSD_RTA_IFA)
		put_sa(rib, &ifa);
	end_msg(rib, start);
}

/*
 * The routes in @n bytes of rtnetlink's answer at @nh.  Return: 1 at its
 * end (NLMSG_DONE, or the acknowledgment), 0 for more to come, or
 * rtnetlink's error.
 */
static int put_routes(const struct route_walk *w, struct nlmsghdr *nh, int n)
{
	const struct nlattr *a;
	struct route rt;
	int rem;

	for (; nlmsg_ok(nh, n); nh = nlmsg_next(nh, &n)) {
		if (nh->nlmsg_type == NLMSG_DONE)
			return 1;
		if (nh->nlmsg_type == NLMSG_ERROR)
			return nlmsg_len(nh) >= sizeof(struct nlmsgerr) ?
			       ((struct nlmsgerr *)nlmsg_data(nh))->error ?: 1 :
			       -EIO;
		if (nh->nlmsg_type != RTM_NEWROUTE ||
		    nlmsg_len(nh) < sizeof(*rt.r))
			continue;
		memset(&rt, 0, sizeof(rt));
		rt.r = nlmsg_data(nh);
		nla_for_each_attr(a, nlmsg_attrdata(nh, sizeof(*rt.r)),
				  nlmsg_attrlen(nh, sizeof(*rt.r)), rem)
			if (nla_type(a) <= RTA_MAX)
				rt.tb[nla_type(a)] = a;
		if (w->rib && (w->get || route_listed(&rt)))
			put_route(w, &rt);
	}
	return 0;
}

/*
 * Ask rtnetlink @req, of @len bytes, in @w->net, and put the routes it
 * answers with.  The socket is the kernel's, but it has a file, opened
 * as the caller: rtnetlink judges a change by the privilege of its
 * socket's opener and its sender (netlink_net_capable()), the caller
 * both times, and asks none for a dump or a lookup.
 */
static int rtnl_ask(const struct route_walk *w, void *req, size_t len)
{
	const size_t size = SZ_32K;	/* rtnetlink's largest message */
	struct msghdr msg = {};
	struct socket *sock;
	struct file *file;
	struct kvec iov;
	void *buf;
	int ret;

	ret = sock_create_kern(w->net, AF_NETLINK, SOCK_RAW, NETLINK_ROUTE,
			       &sock);
	if (ret)
		return ret;
	file = sock_alloc_file(sock, 0, NULL);	/* releases it on failure */
	if (IS_ERR(file))
		return PTR_ERR(file);
	buf = kvmalloc(size, GFP_KERNEL);
	ret = buf ? 0 : -ENOMEM;
	iov = (struct kvec){ req, len };
	if (!ret)
		ret = kernel_sendmsg(sock, &msg, &iov, 1, len);
	/* a message at a time, to the end: 1 from put_routes() */
	while (ret >= 0) {
		iov = (struct kvec){ buf, size };
		ret = kernel_recvmsg(sock, &msg, &iov, 1, size, 0);
		if (ret >= 0 && (msg.msg_flags & MSG_TRUNC))
			ret = -EMSGSIZE;
		if (ret >= 0)
			ret = put_routes(w, buf, ret);
		if (ret)
			break;
	}
	kvfree(buf);
	fput(file);
	return ret < 0 ? ret : 0;
}

/* Family @af's routes, as rtnetlink's RTM_GETROUTE dumps them. */
static int dump_routes(const struct route_walk *w, int af)
{
	struct {
		struct nlmsghdr nh;
		struct rtmsg r;
	} req = {
		.nh = {
			.nlmsg_len = sizeof(req),
			.nlmsg_type = RTM_GETROUTE,
			.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP,
		},
		.r.rtm_family = af,
	};

	return rtnl_ask(w, &req, sizeof(req));
}

/* The routing table: both families' routes, or @a->af's. */
static int build_table(struct bsd_rib *rib, const struct rib_args *a)
{
	struct route_walk w = { rib, a->abi, current->nsproxy->net_ns };
	int ret = 0;

	if (a->af != AF_INET6)
		ret = dump_routes(&w, AF_INET);
	if (!ret && a->af != AF_INET && IS_ENABLED(CONFIG_IPV6))
		ret = dump_routes(&w, AF_INET6);
	return ret;
}

/**
 * bsd_route_dump - the routing table, as NET_RT_DUMP gives it
 * @af: the address family asked for, in the platform's numbering: 0 for
 *      all, AF_INET or AF_INET6
 * @old: where the messages go, or NULL to learn their size
 * @oldlenp: their size
 *
 * A message per route of the main table, and per route to an address of
 * the host's own, each RTM_GET with the route's destination, gateway
 * and netmask (none for a host route), its interface's index and MTU, in
 * the caller's platform's struct rt_msghdr.
 *
 * Return: as bsd_route_list(), and rtnetlink's errors.
 */
long bsd_route_dump(u32 af, void __user *old, size_t __user *oldlenp)
{
	struct rib_args a = { .abi = bsd_platform()->rt, .af = rib_af(af) };

	if (a.af < 0)
		return a.af;
	return rib_copy(build_table, &a, old, oldlenp);
}
EXPORT_SYMBOL_GPL(bsd_route_dump);

/**
 * bsd_route_get - a routing socket's RTM_GET: the route to an address
 * @rib: where the answer goes, an RTM_GET message
 * @abi: the platform's routing messages
 * @net: the network namespace the socket was made in
 * @get: the question: the destination, and who asks
 *
 * The route is the one the main or local table would take to
 * @get->dst, its destination and netmask the table entry's (rtnetlink's
 * RTM_GETROUTE with RTM_F_FIB_MATCH), as route(8)'s get shows it.
 *
 * Return: 0, -ESRCH for no route, or rtnetlink's other errors.
 */
int bsd_route_get(struct bsd_rib *rib, const struct bsd_rt_abi *abi,
		  struct net *net, const struct bsd_route_get *get)
{
	struct {
		struct nlmsghdr nh;
		struct rtmsg r;
		struct nlattr dst;
		u8 addr[16];
	} req = {
		.nh = {
			.nlmsg_type = RTM_GETROUTE,
			.nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK,
		},
		.r = {
			.rtm_family = get->family,
			.rtm_flags = RTM_F_FIB_MATCH,
		},
		.dst.nla_type = RTA_DST,
	};
	struct route_walk w = { rib, abi, net, get };
	size_t alen = get->family == AF_INET ? 4 : 16;
	size_t len = rib->len;
	int ret;

	BUILD_BUG_ON(offsetof(typeof(req), addr) !=
		     NLMSG_HDRLEN + NLMSG_ALIGN(sizeof(req.r)) + NLA_HDRLEN);
	req.r.rtm_dst_len = alen * 8;
	req.dst.nla_len = NLA_HDRLEN + alen;
	memcpy(req.addr, get->dst, alen);
	req.nh.nlmsg_len = offsetof(typeof(req), addr) + alen;
	ret = rtnl_ask(&w, &req, req.nh.nlmsg_len);
	if (ret == -ENETUNREACH || ret == -EHOSTUNREACH ||
	    (!ret && rib->len == len && !rib->overflow))
		ret = -ESRCH;
	return ret;
}

/* Attribute @type of @len bytes at @data, after the request at @nh. */
static void put_attr(struct nlmsghdr *nh, int type, const void *data,
		     int len)
{
	struct nlattr *a = (void *)nh + NLMSG_ALIGN(nh->nlmsg_len);

	a->nla_type = type;
	a->nla_len = nla_attr_size(len);
	memcpy(nla_data(a), data, len);
	nh->nlmsg_len = NLMSG_ALIGN(nh->nlmsg_len) + nla_total_size(len);
}

/* The rtnetlink route type of a change's RTF_* flags. */
static u8 route_type(s32 flags)
{
	if (flags & BSD_RTF_BLACKHOLE)
		return RTN_BLACKHOLE;
	if (flags & BSD_RTF_REJECT)
		return RTN_UNREACHABLE;
	return RTN_UNICAST;
}

/**
 * bsd_route_change - a routing socket's RTM_ADD, RTM_CHANGE or RTM_DELETE
 * @net: the network namespace the socket was made in
 * @c: the change; its caller has made sure that the writer may make it
 *
 * A route of the main table, added as route(8) adds one (RTPROT_STATIC,
 * a link's scope without a gateway), through rtnetlink's RTM_NEWROUTE
 * (RTM_CHANGE: NLM_F_REPLACE of one that is there) or RTM_DELROUTE,
 * which a socket of the kernel's asks: the privilege is the caller's
 * to check.
 *
 * Return: 0, -ESRCH for a route to change or delete that is not there,
 * or rtnetlink's other errors (-EEXIST, -ENETUNREACH, ...).
 */
int bsd_route_change(struct net *net, const struct bsd_route_change *c)
{
	struct {
		struct nlmsghdr nh;
		struct rtmsg r;
		u8 attrs[3 * (NLA_HDRLEN + 16)];
	} req = {
		.nh = {
			.nlmsg_len = NLMSG_LENGTH(sizeof(struct rtmsg)),
			.nlmsg_type = RTM_NEWROUTE,
			.nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK,
		},
		.r = {
			.rtm_family = c->family,
			.rtm_dst_len = c->dst_len,
			.rtm_table = RT_TABLE_MAIN,
			.rtm_protocol = RTPROT_STATIC,
			.rtm_type = route_type(c->flags),
		},
	};
	struct route_walk w = { .net = net };
	int alen = c->family == AF_INET ? 4 : 16;
	int ret;

	req.r.rtm_scope = req.r.rtm_type == RTN_UNICAST && !c->gateway ?
			  RT_SCOPE_LINK : RT_SCOPE_UNIVERSE;
	switch (c->op) {
	case BSD_ROUTE_ADD:
		req.nh.nlmsg_flags |= NLM_F_CREATE | NLM_F_EXCL;
		break;
	case BSD_ROUTE_CHANGE:
		req.nh.nlmsg_flags |= NLM_F_REPLACE;
		break;
	case BSD_ROUTE_DELETE:
		/* any route to the destination, whoever added it */
		req.nh.nlmsg_type = RTM_DELROUTE;
		req.r.rtm_protocol = RTPROT_UNSPEC;
		req.r.rtm_type = RTN_UNSPEC;
		req.r.rtm_scope = RT_SCOPE_NOWHERE;
		break;
	}
	put_attr(&req.nh, RTA_DST, c->dst, alen);
	if (c->gateway)
		put_attr(&req.nh, RTA_GATEWAY, c->gw, alen);
	if (c->oif)
		put_attr(&req.nh, RTA_OIF, &c->oif, sizeof(c->oif));
	ret = rtnl_ask(&w, &req, req.nh.nlmsg_len);
	return ret == -ENOENT ? -ESRCH : ret;
}
