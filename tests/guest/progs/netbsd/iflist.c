// SPDX-License-Identifier: GPL-2.0-only
/*
 * iflist: NetBSD's interface lists, the sysctls
 * net.route.0.AF.NET_RT_OIFLIST.INDEX, which Go reads, and
 * net.route.0.AF.NET_RT_IFLIST.INDEX, which NetBSD 8's getifaddrs()
 * reads, as a freestanding NetBSD/amd64 program.  Given an interface
 * index (argv[1]), it lists that interface's IPv4 messages (AF_INET),
 * a line per message, for each list in turn:
 *
 *   ifinfo TYPE ADDRS INDEX LEN MTU NAME
 *                          RTM_IFINFO (20) in NetBSD's if_msghdr, on
 *                          both lists: the index at 12, the 64-bit MTU
 *                          at 24, and the sockaddr_dl's name after the
 *                          152-byte header
 *   addr TYPE ADDRS INDEX MASK ADDR BRD
 *                          on NET_RT_OIFLIST, RTM_ONEWADDR (12) in
 *                          NetBSD 7's ifa_msghdr: the index at 16, the
 *                          netmask, address and broadcast sockaddrs
 *                          after 24 bytes; on NET_RT_IFLIST, RTM_NEWADDR
 *                          (22) in the current one: the index at 4,
 *                          the addresses at 12, the sockaddrs after 32
 *   inet6 N                messages with an IPv6 sockaddr (NetBSD's
 *                          AF_INET6 is 24): 0, AF_INET asked for IPv4
 *
 * then NET_RT_IFLIST's refusals: "nosuch ERRNO" for index 9999 (ENOENT,
 * 2), "set ERRNO" for a new value (EPERM, 1), "short ERRNO" for a
 * buffer of 16 bytes (ENOMEM, 12).  NetBSD's number: __sysctl 202.
 */

#include "nbsd.h"

#define SYSCTL		202
#define AF_INET		2
#define AF_INET6	24
#define PF_ROUTE	34
#define NET_RT_OIFLIST	5
#define NET_RT_IFLIST	6

static unsigned char buf[65536];

static long sysctl(int what, int index, void *old, unsigned long *len,
		   void *new)
{
	int mib[6] = { 4, PF_ROUTE, 0, AF_INET, what, index };
	bool cf;
	long r = fbsd6(SYSCTL, (long)mib, 6, (long)old, (long)len, (long)new,
		       new ? 4 : 0, &cf);

	return cf ? r : 0;
}

/*
 * The messages of list @what (NET_RT_OIFLIST or NET_RT_IFLIST) for
 * interface @index, a line each, then "inet6 N"; 1 if the call failed.
 */
static int list(int what, int index)
{
	bool old = what == NET_RT_OIFLIST;
	unsigned long len = sizeof(buf), off;
	unsigned int hdr = old ? 24 : 32;
	int inet6 = 0;
	char name[17];

	if (sysctl(what, index, buf, &len, 0))
		return 1;
	for (off = 0; off + 4 <= len; off += u16(buf + off)) {
		unsigned char *m = buf + off, *sa;

		if (!u16(m))
			break;
		if (m[3] == 20) {
			sa = m + 152;
			put("ifinfo");
			put_val(m[3]);
			put_val(u32(m + 4));
			put_val(u16(m + 12));
			put_val(u16(m));
			put_val(u32(m + 24));
			for (int i = 0; i < sa[5] && i < 16; i++)
				name[i] = sa[8 + i];
			name[sa[5] < 16 ? sa[5] : 16] = 0;
			put(" ");
			put(name);
			put("\n");
			continue;
		}
		sa = m + hdr;
		for (unsigned char *p = sa; p < m + u16(m); p += (p[0] + 7) & ~7)
			inet6 += p[1] == AF_INET6;
		put("addr");
		put_val(m[3]);
		put_val(u32(m + (old ? 4 : 12)));
		put_val(u16(m + (old ? 16 : 4)));
		put_in(sa);
		put_in(sa + 16);
		if (u32(m + (old ? 4 : 12)) & 0x80)
			put_in(sa + 32);
		put("\n");
	}
	put("inet6");
	put_val(inet6);
	put("\n");
	return 0;
}

void start(long *sp);

void start(long *sp)
{
	int index = arg_num(sp, 1);
	unsigned long len = sizeof(buf);

	if (list(NET_RT_OIFLIST, index) || list(NET_RT_IFLIST, index))
		fbsd_exit(1);
	put("nosuch");
	put_val(sysctl(NET_RT_IFLIST, 9999, buf, &len, 0));
	put("\nset");
	put_val(sysctl(NET_RT_IFLIST, index, buf, &len, buf));
	len = 16;
	put("\nshort");
	put_val(sysctl(NET_RT_IFLIST, index, buf, &len, 0));
	put("\n");
	fbsd_exit(0);
}

NBSD_ENTRY;
