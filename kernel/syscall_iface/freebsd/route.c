// SPDX-License-Identifier: GPL-2.0-only
/*
 * The interface list, as FreeBSD's routing sysctls give it
 * (net.route.0.AF.NET_RT_*.IFINDEX; sys/net/rtsock.c): a message per
 * interface (RTM_IFINFO, with its link-level address), then one per
 * address on it (RTM_NEWADDR), or one per multicast group joined
 * (RTM_NEWMADDR).  Go's net.Interfaces() and FreeBSD's getifaddrs() read
 * these.  The interfaces are the caller's network namespace's, read
 * under RCU; the messages are built in kernel memory, then copied out as
 * sysctl copies any value.
 *
 * Each message is a header (sys/net/if.h) followed by the sockaddrs its
 * mask names, in RTAX_* order, each padded to 8 bytes, FreeBSD's
 * SA_SIZE() on amd64.
 */

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

#include "freebsd.h"

#define FBSD_AF_INET		2
#define FBSD_AF_LINK		18
#define FBSD_AF_INET6		28

#define FBSD_NET_RT_IFLIST		3
#define FBSD_NET_RT_IFMALIST		4
#define FBSD_NET_RT_IFLISTL		5

#define FBSD_RTM_VERSION		5
#define FBSD_RTM_NEWADDR		0xc
#define FBSD_RTM_IFINFO		0xe
#define FBSD_RTM_NEWMADDR		0xf

#define FBSD_RTA_NETMASK		0x04
#define FBSD_RTA_IFP			0x10
#define FBSD_RTA_IFA			0x20
#define FBSD_RTA_BRD			0x80

#define FBSD_IFT_OTHER		0x01
#define FBSD_IFT_ETHER		0x06
#define FBSD_IFT_LOOP		0x18

#define FBSD_LINK_STATE_DOWN		1
#define FBSD_LINK_STATE_UP		2

#define FBSD_IFF_MULTICAST	0x8000

/* struct if_data, FreeBSD 11 and later */
struct fbsd_if_data {
	u8 type;
	u8 physical;
	u8 addrlen;
	u8 hdrlen;
	u8 link_state;
	u8 vhid;
	u16 datalen;
	u32 mtu;
	u32 metric;
	u64 baudrate;
	u64 ipackets, ierrors, opackets, oerrors, collisions, ibytes, obytes;
	u64 imcasts, omcasts, iqdrops, oqdrops, noproto, hwassist;
	u64 epoch;
	u64 lastchange[2];
};

/* What every message begins with (struct if_msghdr's first fields). */
struct fbsd_msghdr {
	u16 msglen;
	u8 version;
	u8 type;
	s32 addrs;
	s32 flags;
	u16 index;
	u16 spare1;
};

/* The long headers of NET_RT_IFLISTL say their length and if_data's place. */
struct fbsd_msghdr_len {
	u16 len;
	u16 data_off;
};

/* struct if_msghdr, and the if_msghdrl of NET_RT_IFLISTL */
struct fbsd_if_msghdr {
	struct fbsd_msghdr h;
	struct fbsd_if_data data;
};

struct fbsd_if_msghdrl {
	struct fbsd_msghdr h;
	struct fbsd_msghdr_len l;
	s32 spare2;
	struct fbsd_if_data data;
};

/* struct ifa_msghdr, and the ifa_msghdrl of NET_RT_IFLISTL */
struct fbsd_ifa_msghdr {
	struct fbsd_msghdr h;
	s32 metric;
};

struct fbsd_ifa_msghdrl {
	struct fbsd_msghdr h;
	struct fbsd_msghdr_len l;
	s32 metric;
	struct fbsd_if_data data;
};

/* struct ifma_msghdr */
struct fbsd_ifma_msghdr {
	struct fbsd_msghdr h;
};

static_assert(sizeof(struct fbsd_if_data) == 0x98);
static_assert(sizeof(struct fbsd_if_msghdr) == 0xa8);
static_assert(sizeof(struct fbsd_if_msghdrl) == 0xb0);
static_assert(sizeof(struct fbsd_ifa_msghdr) == 0x14);
static_assert(sizeof(struct fbsd_ifa_msghdrl) == 0xb0);
static_assert(sizeof(struct fbsd_ifma_msghdr) == 0x10);

/* A sockaddr as FreeBSD lays it out: sa_len, sa_family, then the rest. */
struct fbsd_sockaddr {
	u8 len;
	u8 family;
	u8 data[62];
};

#define SA_SIZE(len)	ALIGN(max_t(unsigned int, (len), 1), 8)

/*
 * The messages being built: @size bytes at @buf, @len used; @overflow
 * once a message did not fit (the caller retries with more).
 */
struct rib {
	u8 *buf;
	size_t size;
	size_t len;
	bool overflow;
};

/* Room for @n bytes at the end, zeroed, or NULL (and @overflow). */
static void *rib_put(struct rib *rib, size_t n)
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

static void put_sa(struct rib *rib, const struct fbsd_sockaddr *sa)
{
	void *p = rib_put(rib, SA_SIZE(sa->len));

	if (p)
		memcpy(p, sa, sa->len);
}

/* The message begun at @start ends here: its length, in its first u16. */
static void end_msg(struct rib *rib, size_t start)
{
	u16 len = rib->len - start;

	if (!rib->overflow)
		memcpy(rib->buf + start, &len, sizeof(len));
}

static void sa_in(struct fbsd_sockaddr *sa, __be32 addr)
{
	memset(sa, 0, sizeof(*sa));
	sa->len = 16;			/* struct sockaddr_in */
	sa->family = FBSD_AF_INET;
	memcpy(sa->data + 2, &addr, 4);
}

static void sa_in6(struct fbsd_sockaddr *sa, const struct in6_addr *addr,
		   u32 scope_id)
{
	memset(sa, 0, sizeof(*sa));
	sa->len = 28;			/* struct sockaddr_in6 */
	sa->family = FBSD_AF_INET6;
	memcpy(sa->data + 6, addr, 16);
	memcpy(sa->data + 22, &scope_id, 4);
}

/* The interface's struct sockaddr_dl: index, type, name, address. */
static void sa_dl(struct fbsd_sockaddr *sa, const struct net_device *dev,
		  u8 type, u8 alen)
{
	u8 nlen = strnlen(dev->name, IFNAMSIZ);
	u16 index = dev->ifindex;

	memset(sa, 0, sizeof(*sa));
	sa->len = 8 + nlen + alen;
	sa->family = FBSD_AF_LINK;
	memcpy(sa->data, &index, 2);
	sa->data[2] = type;
	sa->data[3] = nlen;
	sa->data[4] = alen;
	memcpy(sa->data + 6, dev->name, nlen);
	memcpy(sa->data + 6 + nlen, dev->dev_addr, alen);
}

static u8 if_type(const struct net_device *dev)
{
	switch (dev->type) {
	case ARPHRD_ETHER:
		return FBSD_IFT_ETHER;
	case ARPHRD_LOOPBACK:
		return FBSD_IFT_LOOP;
	default:
		return FBSD_IFT_OTHER;
	}
}

/* The link-level address's length: none for one of zeros (loopback). */
static u8 if_alen(const struct net_device *dev)
{
	u8 alen = min_t(u8, dev->addr_len, 32);

	return dev->dev_addr && memchr_inv(dev->dev_addr, 0, alen) ? alen : 0;
}

/* Linux's interface flags in FreeBSD's: the same bits but IFF_MULTICAST. */
static s32 if_flags(const struct net_device *dev)
{
	unsigned int f = dev_get_flags(dev);

	return (f & 0x3ff) | (f & IFF_MULTICAST ? FBSD_IFF_MULTICAST : 0);
}

static void if_data(struct fbsd_if_data *d, struct net_device *dev)
{
	struct rtnl_link_stats64 st;

	dev_get_stats(dev, &st);
	d->type = if_type(dev);
	d->addrlen = if_alen(dev);
	d->hdrlen = dev->hard_header_len;
	d->link_state = netif_running(dev) && netif_carrier_ok(dev) ?
			FBSD_LINK_STATE_UP : FBSD_LINK_STATE_DOWN;
	d->datalen = sizeof(*d);
	d->mtu = READ_ONCE(dev->mtu);
	d->ipackets = st.rx_packets;
	d->ierrors = st.rx_errors;
	d->opackets = st.tx_packets;
	d->oerrors = st.tx_errors;
	d->collisions = st.collisions;
	d->ibytes = st.rx_bytes;
	d->obytes = st.tx_bytes;
	d->imcasts = st.multicast;
	d->iqdrops = st.rx_dropped;
	d->oqdrops = st.tx_dropped;
}

/*
 * Begin a message of @size bytes for @dev: the fields every message
 * has, a long header's length and if_data's offset (@l), and if_data
 * at @data_off (0: none).  Its length goes in at end_msg().
 */
static bool put_head(struct rib *rib, struct net_device *dev, u8 type,
		     s32 addrs, size_t size, size_t data_off, bool l)
{
	struct fbsd_msghdr *h = rib_put(rib, size);
	struct fbsd_msghdr_len len = { size, data_off };

	if (!h)
		return false;
	h->version = FBSD_RTM_VERSION;
	h->type = type;
	h->addrs = addrs;
	h->flags = if_flags(dev);
	h->index = dev->ifindex;
	if (l)
		memcpy(h + 1, &len, sizeof(len));
	if (data_off)
		if_data((void *)h + data_off, dev);
	return true;
}

/* RTM_IFINFO for @dev, in if_msghdr or if_msghdrl, and its sockaddr_dl. */
static void put_ifinfo(struct rib *rib, struct net_device *dev, bool l)
{
	size_t start = rib->len;
	struct fbsd_sockaddr sa;
	bool ok;

	if (l)
		ok = put_head(rib, dev, FBSD_RTM_IFINFO, FBSD_RTA_IFP,
			      sizeof(struct fbsd_if_msghdrl),
			      offsetof(struct fbsd_if_msghdrl, data), true);
	else
		ok = put_head(rib, dev, FBSD_RTM_IFINFO, FBSD_RTA_IFP,
			      sizeof(struct fbsd_if_msghdr),
			      offsetof(struct fbsd_if_msghdr, data), false);
	if (!ok)
		return;
	sa_dl(&sa, dev, if_type(dev), if_alen(dev));
	put_sa(rib, &sa);
	end_msg(rib, start);
}

/* RTM_NEWADDR for an address of @dev: its mask, address, broadcast. */
static void put_addr(struct rib *rib, struct net_device *dev, bool l,
		     const struct fbsd_sockaddr *mask,
		     const struct fbsd_sockaddr *addr,
		     const struct fbsd_sockaddr *brd)
{
	s32 addrs = FBSD_RTA_NETMASK | FBSD_RTA_IFA | (brd ? FBSD_RTA_BRD : 0);
	size_t start = rib->len;
	bool ok;

	if (l)
		ok = put_head(rib, dev, FBSD_RTM_NEWADDR, addrs,
			      sizeof(struct fbsd_ifa_msghdrl),
			      offsetof(struct fbsd_ifa_msghdrl, data), true);
	else
		ok = put_head(rib, dev, FBSD_RTM_NEWADDR, addrs,
			      sizeof(struct fbsd_ifa_msghdr), 0, false);
	if (!ok)
		return;
	put_sa(rib, mask);
	put_sa(rib, addr);
	if (brd)
		put_sa(rib, brd);
	end_msg(rib, start);
}

static void put_addrs4(struct rib *rib, struct net_device *dev, bool l)
{
	struct in_device *in_dev = __in_dev_get_rcu(dev);
	struct fbsd_sockaddr mask, addr, brd;
	const struct in_ifaddr *ifa;

	if (!in_dev)
		return;
	in_dev_for_each_ifa_rcu(ifa, in_dev) {
		sa_in(&mask, ifa->ifa_mask);
		sa_in(&addr, ifa->ifa_local);
		sa_in(&brd, ifa->ifa_broadcast);
		put_addr(rib, dev, l, &mask, &addr,
			 dev->flags & IFF_BROADCAST && ifa->ifa_broadcast ?
			 &brd : NULL);
	}
}

static void put_addrs6(struct rib *rib, struct net_device *dev, bool l)
{
	static const struct in6_addr ones = { .s6_addr = { [0 ... 15] = 0xff } };
	struct inet6_dev *idev = __in6_dev_get(dev);
	struct fbsd_sockaddr mask, addr;
	const struct inet6_ifaddr *ifp;
	struct in6_addr m;

	if (!IS_ENABLED(CONFIG_IPV6) || !idev)
		return;
	read_lock_bh(&idev->lock);
	list_for_each_entry(ifp, &idev->addr_list, if_list) {
		ipv6_addr_prefix(&m, &ones, ifp->prefix_len);
		sa_in6(&mask, &m, 0);
		sa_in6(&addr, &ifp->addr,
		       ipv6_addr_type(&ifp->addr) & IPV6_ADDR_LINKLOCAL ?
		       dev->ifindex : 0);
		put_addr(rib, dev, l, &mask, &addr, NULL);
	}
	read_unlock_bh(&idev->lock);
}

/* RTM_NEWMADDR for a group @dev joined: the group, and the interface. */
static void put_maddr(struct rib *rib, struct net_device *dev,
		      const struct fbsd_sockaddr *group)
{
	size_t start = rib->len;
	struct fbsd_sockaddr sa;

	if (!put_head(rib, dev, FBSD_RTM_NEWMADDR, FBSD_RTA_IFP | FBSD_RTA_IFA,
		      sizeof(struct fbsd_ifma_msghdr), 0, false))
		return;
	sa_dl(&sa, dev, if_type(dev), if_alen(dev));
	put_sa(rib, &sa);
	put_sa(rib, group);
	end_msg(rib, start);
}

static void put_maddrs(struct rib *rib, struct net_device *dev, int af)
{
	struct in_device *in_dev = __in_dev_get_rcu(dev);
	struct inet6_dev *idev = __in6_dev_get(dev);
	const struct ip_mc_list *im;
	const struct ifmcaddr6 *mc;
	struct fbsd_sockaddr sa;

	if (in_dev && af != FBSD_AF_INET6) {
		for (im = rcu_dereference(in_dev->mc_list); im;
		     im = rcu_dereference(im->next_rcu)) {
			sa_in(&sa, im->multiaddr);
			put_maddr(rib, dev, &sa);
		}
	}
	if (IS_ENABLED(CONFIG_IPV6) && idev && af != FBSD_AF_INET) {
		for (mc = rcu_dereference(idev->mc_list); mc;
		     mc = rcu_dereference(mc->next)) {
			sa_in6(&sa, &mc->mca_addr,
			       ipv6_addr_type(&mc->mca_addr) &
			       IPV6_ADDR_LINKLOCAL ? dev->ifindex : 0);
			put_maddr(rib, dev, &sa);
		}
	}
}

/* The messages of @what for address family @af and interface @index. */
static int build(struct rib *rib, unsigned int what, int af, int index)
{
	struct net *net = current->nsproxy->net_ns;
	bool l = what == FBSD_NET_RT_IFLISTL;
	struct net_device *dev;
	bool found = !index;

	rcu_read_lock();
	for_each_netdev_rcu(net, dev) {
		if (index && dev->ifindex != index)
			continue;
		found = true;
		if (what == FBSD_NET_RT_IFMALIST) {
			put_maddrs(rib, dev, af);
			continue;
		}
		put_ifinfo(rib, dev, l);
		if (af != FBSD_AF_INET6)
			put_addrs4(rib, dev, l);
		if (af != FBSD_AF_INET)
			put_addrs6(rib, dev, l);
	}
	rcu_read_unlock();
	return found ? 0 : -ENOENT;
}

/**
 * fbsd_route_sysctl - net.route.0.AF.WHAT.INDEX
 * @mib: the name, from its fourth number: AF, WHAT, INDEX
 * @n: how many numbers there are from there
 * @old: where the messages go, or NULL to learn their size
 * @oldlenp: their size
 *
 * Return: 0, -ENOENT for a name it does not know or no interface
 * @INDEX, -EINVAL for an address family it does not know, -ENOMEM
 * (also for a buffer too small, as FreeBSD's sysctl), or -EFAULT.
 */
long fbsd_route_sysctl(const u32 *mib, unsigned int n, void __user *old,
		       size_t __user *oldlenp)
{
	struct rib rib = { .size = 4096 };
	int af, ret;

	if (n != 3 || (mib[1] != FBSD_NET_RT_IFLIST && mib[1] != FBSD_NET_RT_IFLISTL &&
		       mib[1] != FBSD_NET_RT_IFMALIST) || mib[2] > INT_MAX)
		return -ENOENT;
	af = mib[0];
	if (af && af != FBSD_AF_INET && af != FBSD_AF_INET6)
		return -EINVAL;
	for (;;) {
		rib.buf = kvmalloc(rib.size, GFP_KERNEL);
		if (!rib.buf)
			return -ENOMEM;
		rib.len = 0;
		rib.overflow = false;
		ret = build(&rib, mib[1], af, mib[2]);
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
