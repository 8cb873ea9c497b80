// SPDX-License-Identifier: GPL-2.0-only
/*
 * NetBSD's interface lists (net.route.0.AF.WHAT.IFINDEX; sys/net/rtsock.c),
 * built by the shared code (bsd/route.c).  Both begin an interface with
 * if_msghdr and NetBSD's 64-bit if_data.  NET_RT_IFLIST, which
 * getifaddrs() reads, gives each address in the current ifa_msghdr
 * (RTM_NEWADDR); NET_RT_OIFLIST, which Go's net package reads
 * (golang.org/x/net/route, zsys_netbsd.go), in NetBSD 7's, with the
 * index after the metric (RTM_ONEWADDR; sys/compat/net/if.h).  And
 * its routing table, NET_RT_DUMP, in its struct rt_msghdr
 * (sys/net/route.h).
 */

#include <linux/netdevice.h>

#include "netbsd.h"

#define NBSD_NET_RT_DUMP	1
#define NBSD_NET_RT_OIFLIST	5
#define NBSD_NET_RT_IFLIST	6

#define NBSD_RTM_VERSION	4
#define NBSD_RTM_ONEWADDR	0xc
#define NBSD_RTM_IFINFO		0x14
#define NBSD_RTM_NEWADDR	0x16

/*
 * PF_ROUTE, RTM_VERSION and struct rt_msghdr's size (its struct
 * rt_metrics is 10 64-bit words), for the shared routing messages
 */
const struct bsd_rt_abi nbsd_rt = {
	.pf_route = 34,
	.version = NBSD_RTM_VERSION,
	.hdr_size = 0x78,
};

/* struct if_data (sys/net/if.h) */
struct nbsd_if_data {
	u8 type;
	u8 addrlen;
	u8 hdrlen;
	s32 link_state;
	u64 mtu;
	u64 metric;
	u64 baudrate;
	u64 ipackets, ierrors, opackets, oerrors, collisions, ibytes, obytes;
	u64 imcasts, omcasts, iqdrops, noproto;
	s64 lastchange[2];
};

/* struct if_msghdr: 64-bit aligned, as if_data is */
struct nbsd_if_msghdr {
	u16 msglen;
	u8 version;
	u8 type;
	s32 addrs;
	s32 flags;
	u16 index;
	struct nbsd_if_data data __aligned(8);
};

/* struct ifa_msghdr (sys/net/if.h), NET_RT_IFLIST's */
struct nbsd_ifa_msghdr {
	u16 msglen;
	u8 version;
	u8 type;
	u16 index;
	s32 flags;
	s32 addrs;
	s32 pid;
	s32 addrflags;
	s32 metric;
} __aligned(8);

/* NetBSD 7's struct ifa_msghdr, NET_RT_OIFLIST's */
struct nbsd_ifa_msghdr70 {
	u16 msglen;
	u8 version;
	u8 type;
	s32 addrs;
	s32 flags;
	s32 metric;
	u16 index;
} __aligned(8);

static_assert(sizeof(struct nbsd_if_data) == 0x88);
static_assert(sizeof(struct nbsd_if_msghdr) == 0x98);
static_assert(sizeof(struct nbsd_ifa_msghdr70) == 0x18);
static_assert(sizeof(struct nbsd_ifa_msghdr) == 0x20);

static bool ifinfo(struct bsd_rib *rib, const struct bsd_if *ifp)
{
	struct nbsd_if_msghdr *h = bsd_rib_put(rib, sizeof(*h));
	struct net_device *dev = ifp->dev;
	struct nbsd_if_data *d;
	struct rtnl_link_stats64 st;

	if (!h)
		return false;
	h->version = NBSD_RTM_VERSION;
	h->type = NBSD_RTM_IFINFO;
	h->addrs = BSD_RTA_IFP;
	h->flags = ifp->flags;
	h->index = dev->ifindex;
	d = &h->data;
	dev_get_stats(dev, &st);
	d->type = ifp->type;
	d->addrlen = ifp->addrlen;
	d->hdrlen = dev->hard_header_len;
	d->link_state = ifp->link_state;
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
	return true;
}

/*
 * The current header: the address flags (IN6_IFF_*, tentative and the
 * like) are not told, and say 0, an address in use.
 */
static bool addr(struct bsd_rib *rib, const struct bsd_if *ifp, u32 addrs)
{
	struct nbsd_ifa_msghdr *h = bsd_rib_put(rib, sizeof(*h));

	if (!h)
		return false;
	h->version = NBSD_RTM_VERSION;
	h->type = NBSD_RTM_NEWADDR;
	h->index = ifp->dev->ifindex;
	h->flags = ifp->flags;
	h->addrs = addrs;
	return true;
}

static bool addr70(struct bsd_rib *rib, const struct bsd_if *ifp, u32 addrs)
{
	struct nbsd_ifa_msghdr70 *h = bsd_rib_put(rib, sizeof(*h));

	if (!h)
		return false;
	h->version = NBSD_RTM_VERSION;
	h->type = NBSD_RTM_ONEWADDR;
	h->addrs = addrs;
	h->flags = ifp->flags;
	h->index = ifp->dev->ifindex;
	return true;
}

static const struct bsd_route_ops iflist = { .ifinfo = ifinfo, .addr = addr };
static const struct bsd_route_ops oiflist = { .ifinfo = ifinfo, .addr = addr70 };

/**
 * nbsd_route_sysctl - net.route.0.AF.WHAT.INDEX
 * @mib: the name, from its fourth number: AF, WHAT, INDEX
 * @n: how many numbers there are from there
 * @old: where the messages go, or NULL to learn their size
 * @oldlenp: their size
 *
 * Return: as bsd_route_list(), and -ENOENT for a name it does not know
 * (NET_RT_FLAGS among them).
 */
long nbsd_route_sysctl(const u32 *mib, unsigned int n, void __user *old,
		       size_t __user *oldlenp)
{
	const struct bsd_route_ops *ops;

	if (n != 3)
		return -ENOENT;
	switch (mib[1]) {
	case NBSD_NET_RT_DUMP:
		return bsd_route_dump(mib[0], old, oldlenp);
	case NBSD_NET_RT_IFLIST:
		ops = &iflist;
		break;
	case NBSD_NET_RT_OIFLIST:
		ops = &oiflist;
		break;
	default:
		return -ENOENT;
	}
	return bsd_route_list(ops, mib[0], mib[2], old, oldlenp);
}
