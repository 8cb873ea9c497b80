// SPDX-License-Identifier: GPL-2.0-only
/*
 * iflist: FreeBSD's interface list as getifaddrs() reads it, the sysctl
 * net.route.0.AF.NET_RT_IFLISTL.INDEX, as a freestanding FreeBSD/amd64
 * program.  Given an interface index (argv[1]), it lists that interface's
 * IPv4 messages (AF_INET), a line per message:
 *
 *   ifinfo TYPE ADDRS INDEX LEN DATAOFF MTU NAME
 *                          RTM_IFINFO (14) in an if_msghdrl, with its
 *                          sockaddr_dl's name
 *   addr TYPE ADDRS INDEX LEN MASK ADDR BRD
 *                          RTM_NEWADDR (12) in an ifa_msghdrl: the
 *                          netmask, address and broadcast sockaddrs
 *   inet6 N                messages with an IPv6 sockaddr: 0, AF_INET
 *                          asked for IPv4 only
 *
 * then the refusals: "nosuch ERRNO" for index 9999 (ENOENT, 2), "set
 * ERRNO" for a new value (EPERM, 1), "short ERRNO" for a buffer of 16
 * bytes (ENOMEM, 12).  FreeBSD's number: __sysctl 202.
 */

#include "fbsd.h"

#define SYSCTL		202
#define AF_INET		2
#define AF_INET6	28
#define NET_RT_IFLISTL	5

static unsigned char buf[65536];

static long sysctl(int index, void *old, unsigned long *len, void *new)
{
	int mib[6] = { 4, 17, 0, AF_INET, NET_RT_IFLISTL, index };
	bool cf;
	long r = fbsd6(SYSCTL, (long)mib, 6, (long)old, (long)len, (long)new,
		       new ? 4 : 0, &cf);

	return cf ? r : 0;
}

void start(long *sp);

void start(long *sp)
{
	int index = arg_num(sp, 1), inet6 = 0;
	unsigned long len = sizeof(buf), off;
	char name[17];

	if (sysctl(index, buf, &len, 0))
		fbsd_exit(1);
	for (off = 0; off + 4 <= len; off += u16(buf + off)) {
		unsigned char *m = buf + off, *sa = m + u16(m + 16);
		unsigned int addrs = u32(m + 4);

		if (!u16(m))
			break;
		if (m[3] == 14) {
			put("ifinfo");
			put_val(m[3]);
			put_val(addrs);
			put_val(u16(m + 12));
			put_val(u16(m + 16));
			put_val(u16(m + 18));
			put_val(u32(m + u16(m + 18) + 8));
			for (int i = 0; i < sa[5] && i < 16; i++)
				name[i] = sa[8 + i];
			name[sa[5] < 16 ? sa[5] : 16] = 0;
			put(" ");
			put(name);
			put("\n");
			continue;
		}
		for (unsigned char *p = sa; p < m + u16(m); p += (p[0] + 7) & ~7)
			inet6 += p[1] == AF_INET6;
		put("addr");
		put_val(m[3]);
		put_val(addrs);
		put_val(u16(m + 12));
		put_val(u16(m + 16));
		put_in(sa);
		put_in(sa + 16);
		if (addrs & 0x80)
			put_in(sa + 32);
		put("\n");
	}
	put("inet6");
	put_val(inet6);
	len = sizeof(buf);
	put("\nnosuch");
	put_val(sysctl(9999, buf, &len, 0));
	put("\nset");
	put_val(sysctl(index, buf, &len, buf));
	len = 16;
	put("\nshort");
	put_val(sysctl(index, buf, &len, 0));
	put("\n");
	fbsd_exit(0);
}

FBSD_ENTRY;
