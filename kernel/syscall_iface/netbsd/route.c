// SPDX-License-Identifier: GPL-2.0-only
/*
 * NetBSD's interface list (net.route.0.AF.NET_RT_OIFLIST.IFINDEX;
 * sys/net/rtsock.c), built by the shared code (bsd/route.c) with the
 * headers of NetBSD 7, which NetBSD keeps for NET_RT_OIFLIST
 * (sys/compat/net/if.h) and Go's net package reads
 * (golang.org/x/net/route, zsys_netbsd.go): if_msghdr with NetBSD's
 * 64-bit if_data, and ifa_msghdr with the index after the metric.
 */

#include <linux/netdevice.h>

#include "netbsd.h"

#define NBSD_NET_RT_OIFLIST	5

#define NBSD_RTM_VERSION	4
#define NBSD_RTM_ONEWADDR	0xc
#define NBSD_RTM_IFINFO		0x14

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

static bool addr(struct bsd_rib *rib, const struct bsd_if *ifp, u32 addrs)
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

static const struct bsd_route_ops oiflist = { .ifinfo = ifinfo, .addr = addr };

/**
 * nbsd_route_sysctl - net.route.0.AF.WHAT.INDEX
 * @mib: the name, from its fourth number: AF, WHAT, INDEX
 * @n: how many numbers there are from there
 * @old: where the messages go, or NULL to learn their size
 * @oldlenp: their size
 *
 * Return: as bsd_route_list(), and -ENOENT for a name it does not know
 * (NET_RT_DUMP, NET_RT_FLAGS and the current NET_RT_IFLIST among them).
 */
long nbsd_route_sysctl(const u32 *mib, unsigned int n, void __user *old,
		       size_t __user *oldlenp)
{
	if (n != 3 || mib[1] != NBSD_NET_RT_OIFLIST)
		return -ENOENT;
	return bsd_route_list(&oiflist, mib[0], mib[2], old, oldlenp);
}
