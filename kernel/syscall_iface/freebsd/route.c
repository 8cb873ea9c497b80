// SPDX-License-Identifier: GPL-2.0-only
/*
 * FreeBSD's interface lists (net.route.0.AF.NET_RT_*.IFINDEX;
 * sys/net/rtsock.c), built by the shared code (bsd/route.c) with
 * FreeBSD's headers (sys/net/if.h): NET_RT_IFLIST, which Go reads;
 * NET_RT_IFLISTL, getifaddrs()'s, whose long headers say their length
 * and where if_data is; and NET_RT_IFMALIST, the multicast groups.  And
 * its routing table, NET_RT_DUMP, in its struct rt_msghdr (sys/net/route.h).
 */

#include <linux/netdevice.h>

#include "freebsd.h"

#define FBSD_NET_RT_DUMP		1
#define FBSD_NET_RT_IFLIST		3
#define FBSD_NET_RT_IFMALIST		4
#define FBSD_NET_RT_IFLISTL		5

#define FBSD_RTM_VERSION		5
#define FBSD_RTM_NEWADDR		0xc
#define FBSD_RTM_IFINFO		0xe
#define FBSD_RTM_NEWMADDR		0xf

/*
 * PF_ROUTE, RTM_VERSION and struct rt_msghdr's size (its struct
 * rt_metrics is 14 u_longs), for the shared routing messages
 */
const struct bsd_rt_abi fbsd_rt = {
	.pf_route = 17,
	.version = FBSD_RTM_VERSION,
	.hdr_size = 0x98,
};

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

static void if_data(struct fbsd_if_data *d, const struct bsd_if *ifp)
{
	struct net_device *dev = ifp->dev;
	struct rtnl_link_stats64 st;

	dev_get_stats(dev, &st);
	d->type = ifp->type;
	d->addrlen = ifp->addrlen;
	d->hdrlen = dev->hard_header_len;
	d->link_state = ifp->link_state;
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
 * A header of @size bytes for @ifp: the fields every message has, a
 * long header's length and if_data's offset (@l), and if_data at
 * @data_off (0: none).
 */
static bool put_head(struct bsd_rib *rib, const struct bsd_if *ifp, u8 type,
		     u32 addrs, size_t size, size_t data_off, bool l)
{
	struct fbsd_msghdr *h = bsd_rib_put(rib, size);
	struct fbsd_msghdr_len len = { size, data_off };

	if (!h)
		return false;
	h->version = FBSD_RTM_VERSION;
	h->type = type;
	h->addrs = addrs;
	h->flags = ifp->flags;
	h->index = ifp->dev->ifindex;
	if (l)
		memcpy(h + 1, &len, sizeof(len));
	if (data_off)
		if_data((void *)h + data_off, ifp);
	return true;
}

static bool ifinfo(struct bsd_rib *rib, const struct bsd_if *ifp)
{
	return put_head(rib, ifp, FBSD_RTM_IFINFO, BSD_RTA_IFP,
			sizeof(struct fbsd_if_msghdr),
			offsetof(struct fbsd_if_msghdr, data), false);
}

static bool ifinfo_l(struct bsd_rib *rib, const struct bsd_if *ifp)
{
	return put_head(rib, ifp, FBSD_RTM_IFINFO, BSD_RTA_IFP,
			sizeof(struct fbsd_if_msghdrl),
			offsetof(struct fbsd_if_msghdrl, data), true);
}

static bool addr(struct bsd_rib *rib, const struct bsd_if *ifp, u32 addrs)
{
	return put_head(rib, ifp, FBSD_RTM_NEWADDR, addrs,
			sizeof(struct fbsd_ifa_msghdr), 0, false);
}

static bool addr_l(struct bsd_rib *rib, const struct bsd_if *ifp, u32 addrs)
{
	return put_head(rib, ifp, FBSD_RTM_NEWADDR, addrs,
			sizeof(struct fbsd_ifa_msghdrl),
			offsetof(struct fbsd_ifa_msghdrl, data), true);
}

static bool maddr(struct bsd_rib *rib, const struct bsd_if *ifp, u32 addrs)
{
	return put_head(rib, ifp, FBSD_RTM_NEWMADDR, addrs,
			sizeof(struct fbsd_ifma_msghdr), 0, false);
}

static const struct bsd_route_ops iflist = { .ifinfo = ifinfo, .addr = addr };
static const struct bsd_route_ops iflistl = { .ifinfo = ifinfo_l, .addr = addr_l };
static const struct bsd_route_ops ifmalist = { .maddr = maddr };

/**
 * fbsd_route_sysctl - net.route.0.AF.WHAT.INDEX
 * @mib: the name, from its fourth number: AF, WHAT, INDEX
 * @n: how many numbers there are from there
 * @old: where the messages go, or NULL to learn their size
 * @oldlenp: their size
 *
 * Return: as bsd_route_list(), and -ENOENT for a name it does not know.
 */
long fbsd_route_sysctl(const u32 *mib, unsigned int n, void __user *old,
		       size_t __user *oldlenp)
{
	const struct bsd_route_ops *ops;

	if (n != 3)
		return -ENOENT;
	switch (mib[1]) {
	case FBSD_NET_RT_DUMP:
		return bsd_route_dump(mib[0], old, oldlenp);
	case FBSD_NET_RT_IFLIST:
		ops = &iflist;
		break;
	case FBSD_NET_RT_IFLISTL:
		ops = &iflistl;
		break;
	case FBSD_NET_RT_IFMALIST:
		ops = &ifmalist;
		break;
	default:
		return -ENOENT;
	}
	return bsd_route_list(ops, mib[0], mib[2], old, oldlenp);
}
