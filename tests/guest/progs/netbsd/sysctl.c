// SPDX-License-Identifier: GPL-2.0-only
/*
 * sysctl: NetBSD's CTL_QUERY, as a freestanding NetBSD/amd64 program.
 * It finds kern.hostname's numbers a level at a time, as libc's
 * sysctlnametomib() and Go's syscall.Sysctl() do, then reads the name
 * through them.  A line per check: its name, whether the call failed,
 * and its result or NetBSD errno:
 *
 *   kern 0 1              the top level lists "kern", number 1, a node
 *   hostname 0 10         below kern, "hostname" is 10, a string
 *   read 0 NAME           kern.hostname's value, through 1.10
 *   version 1 22          a query node of version 2: EINVAL
 *   unknown 1 2           below 99, which does not exist: ENOENT
 *   leaf 1 2              below kern.hostname, a string: ENOENT
 *
 * NetBSD's number: __sysctl 202.
 */

#include "nbsd.h"

#define SYSCTL		202
#define CTL_QUERY	(-2)
#define SYSCTL_VERS_1	0x01000000
#define CTLTYPE_NODE	1
#define CTLTYPE_STRING	3

struct node {
	unsigned int flags;
	int num;
	char name[32];
	unsigned int ver, rsvd;
	unsigned char un[16];
	unsigned long size, func, parent, desc;
};

static struct node nodes[64];

/* The nodes below @mib (@n numbers): how many, or minus the errno. */
static long query(int *mib, int n, unsigned int vers)
{
	struct node q = { .flags = vers };
	unsigned long len = sizeof(nodes);
	bool cf;
	long r;

	mib[n] = CTL_QUERY;
	r = fbsd6(SYSCTL, (long)mib, n + 1, (long)nodes, (long)&len, (long)&q,
		  sizeof(q), &cf);
	return cf ? -r : (long)(len / sizeof(struct node));
}

static bool same(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

/* The number of @name among @n nodes, checking its type: -1 if none. */
static int find(long n, const char *name, unsigned int type)
{
	for (long i = 0; i < n; i++)
		if (same(nodes[i].name, name) &&
		    (nodes[i].flags & 0xff00000f) == (SYSCTL_VERS_1 | type))
			return nodes[i].num;
	return -1;
}

static void result(const char *name, long r)
{
	put_result(name, r < 0 ? -r : r, r < 0);
}

void start(void);

void start(void)
{
	int mib[4] = {};
	char host[256];
	unsigned long len = sizeof(host);
	bool cf;
	long n;

	n = query(mib, 0, SYSCTL_VERS_1);
	mib[0] = n < 0 ? n : find(n, "kern", CTLTYPE_NODE);
	result("kern", mib[0]);
	n = query(mib, 1, SYSCTL_VERS_1);
	mib[1] = n < 0 ? n : find(n, "hostname", CTLTYPE_STRING);
	result("hostname", mib[1]);
	fbsd6(SYSCTL, (long)mib, 2, (long)host, (long)&len, 0, 0, &cf);
	put("read");
	put_val(cf);
	put(" ");
	put(cf ? "?" : host);
	put("\n");
	result("version", query(mib, 1, 0x02000000));
	mib[0] = 99;
	result("unknown", query(mib, 1, SYSCTL_VERS_1));
	mib[0] = 1;
	mib[1] = 10;
	result("leaf", query(mib, 2, SYSCTL_VERS_1));
	fbsd_exit(0);
}

FBSD_ENTRY;
