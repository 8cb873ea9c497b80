// SPDX-License-Identifier: GPL-2.0-only
/*
 * The interface list, as the BSDs' routing sysctls give it (FreeBSD's
 * and NetBSD's sys/net/rtsock.c): a message per interface (RTM_IFINFO,
 * with its link-level address), then one per address on it
 * (RTM_NEWADDR), or one per multicast group joined (RTM_NEWMADDR).  Go's
 * net.Interfaces() and the BSDs' getifaddrs() read these.  The
 * interfaces are the caller's network namespace's, read under RCU; the
 * messages are built in kernel memory, then copied out as sysctl copies
 * any value.
 *
 * Each message is a header, which a platform writes (struct
 * bsd_route_ops), followed by the sockaddrs its mask names, in RTAX_*
 * order, each padded to 8 bytes: FreeBSD's SA_SIZE() and NetBSD's
 * RT_ROUNDUP() on amd64.  The sockaddrs, the interface types, flags and
 * link states are the same on both.
 */

#include <linux/export.h>
#include <linux/if_arp.h>
#include <linux/igmp.h>
#include <linux/inetdevice.h>
#include <linux/netdevice.h>
#include <linux/nsproxy.h>
#include <linux/sizes.h>
#include <linux/slab.h>
#include <net/addrconf.h>
#include <net/if_inet6.h>
#include <net/ipv6.h>
#include <net/net_namespace.h>

#include "bsd.h"

#define BSD_AF_INET	2
#define BSD_AF_LINK	18

#define BSD_IFT_OTHER	0x01
#define BSD_IFT_ETHER	0x06
#define BSD_IFT_LOOP	0x18

#define BSD_IFF_MULTICAST	0x8000

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

static void sa_in6(struct bsd_sockaddr *sa, const struct in6_addr *addr,
		   u32 scope_id)
{
	memset(sa, 0, sizeof(*sa));
	sa->len = 28;			/* struct sockaddr_in6 */
	sa->family = bsd_platform()->af_inet6;
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
		sa_in6(&mask, &m, 0);
		sa_in6(&addr, &a->addr,
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
			sa_in6(&sa, &mc->mca_addr,
			       ipv6_addr_type(&mc->mca_addr) &
			       IPV6_ADDR_LINKLOCAL ? ifp->dev->ifindex : 0);
			put_maddr(rib, ops, ifp, &sa);
		}
	}
}

/* The messages of @ops for Linux's address family @af, interface @index. */
static int build(struct bsd_rib *rib, const struct bsd_route_ops *ops,
		 int af, int index)
{
	struct net *net = current->nsproxy->net_ns;
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
	struct bsd_rib rib = { .size = 4096 };
	int ret;

	if (af == BSD_AF_INET)
		af = AF_INET;
	else if (af == bsd_platform()->af_inet6)
		af = AF_INET6;
	else if (af)
		return -EINVAL;
	if (index > INT_MAX)
		return -ENOENT;
	for (;;) {
		rib.buf = kvmalloc(rib.size, GFP_KERNEL);
		if (!rib.buf)
			return -ENOMEM;
		rib.len = 0;
		rib.overflow = false;
		ret = build(&rib, ops, af, index);
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
EXPORT_SYMBOL_GPL(bsd_route_list);
