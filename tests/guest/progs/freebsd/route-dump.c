// SPDX-License-Identifier: GPL-2.0-only
/*
 * route-dump: the routing table as netstat -r reads it, the sysctl
 * net.route.0.AF_INET.NET_RT_DUMP.0, as a freestanding FreeBSD/amd64
 * program (NetBSD's build, ../netbsd/route-dump.c, changes the numbers).
 * A line per message:
 *
 *   route TYPE VERSION DST MASK GW FLAGS INDEX MTU
 *             RTM_GET (4) in the platform's rt_msghdr (RTM_VERSION):
 *             the destination, the netmask ("host" for a host route,
 *             which has none), the gateway's address or, for a route
 *             to a link, "link#INDEX" (a sockaddr_dl), the RTF_* flags,
 *             the interface's index and MTU (rmx_mtu, at 48)
 *
 * then "inet6 N", the messages with an IPv6 sockaddr (0: AF_INET was
 * asked for), "all N", whether asking for every family (0) gives more
 * messages (1), and the refusals: "badaf ERRNO" for an unknown family
 * (EINVAL, 22), "short ERRNO" for a buffer of 16 bytes (ENOMEM, 12).
 */

#include "fbsd.h"

#ifndef RTM_VERSION
#define RTM_VERSION	5
#define RT_MSGHDR_SIZE	152
#define PF_ROUTE	17
#define AF_INET6	28
#endif
#define SYSCTL		202
#define AF_INET		2
#define AF_LINK		18
#define NET_RT_DUMP	1
#define RTA_DST		0x1
#define RTA_GATEWAY	0x2
#define RTA_NETMASK	0x4

static unsigned char buf[65536];

static long dump(int af, void *old, unsigned long *len)
{
	int mib[6] = { 4, PF_ROUTE, 0, af, NET_RT_DUMP, 0 };
	bool cf;
	long r = fbsd6(SYSCTL, (long)mib, 6, (long)old, (long)len, 0, 0, &cf);

	return cf ? r : 0;
}

void start(void);

void start(void)
{
	unsigned long len = sizeof(buf), all, off;
	int inet6 = 0;

	if (dump(AF_INET, buf, &len))
		fbsd_exit(1);
	for (off = 0; off + 4 <= len && u16(buf + off); off += u16(buf + off)) {
		unsigned char *m = buf + off, *sa = m + RT_MSGHDR_SIZE;
		unsigned int addrs = u32(m + 12);
		unsigned char *gw = sa + ((sa[0] + 7) & ~7);

		for (unsigned char *p = sa; p < m + u16(m); p += (p[0] + 7) & ~7)
			inet6 += p[1] == AF_INET6;
		put("route");
		put_val(m[3]);
		put_val(m[2]);
		if (!(addrs & RTA_DST) || !(addrs & RTA_GATEWAY))
			put(" ?");
		put_in(sa);
		if (addrs & RTA_NETMASK)
			put_in(gw + ((gw[0] + 7) & ~7));
		else
			put(" host");
		if (gw[1] == AF_LINK) {
			put(" link#");
			put_num(u16(gw + 2));
		} else {
			put_in(gw);
		}
		put_val(u32(m + 8));
		put_val(u16(m + 4));
		put_val(u32(m + 48));
		put("\n");
	}
	put("inet6");
	put_val(inet6);
	all = sizeof(buf);
	put("\nall");
	put_val(!dump(0, buf, &all) && all > len);
	len = sizeof(buf);
	put("\nbadaf");
	put_val(dump(99, buf, &len));
	len = 16;
	put("\nshort");
	put_val(dump(AF_INET, buf, &len));
	put("\n");
	fbsd_exit(0);
}

FBSD_ENTRY;
