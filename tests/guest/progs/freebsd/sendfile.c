// SPDX-License-Identifier: GPL-2.0-only
/*
 * sendfile: FreeBSD's sendfile (393) from a ten-byte file, "0123456789",
 * to a local stream socket, as a freestanding FreeBSD/amd64 program.  A
 * line "NAME CF R" for each call, and for those that send, "sent N"
 * (*sbytes) and "got DATA" (what the other end reads):
 *   hdtr      five bytes from 2, between a header "H:" and a trailer "!"
 *   toend     from 7 with nbytes 0: to the file's end
 * then "offset N", the file's own offset (10, after the write: sendfile
 * leaves it), and the errors: "negative" (offset -1), "notsock" (to a
 * file), "dgram" (to a datagram socket) and "notfile" (from a socket).
 */

#include "fbsd.h"

#define OPEN		5
#define READ		3
#define WRITE		4
#define SOCKETPAIR	135
#define LSEEK		478
#define SENDFILE	393

struct iov {
	const void *base;
	unsigned long len;
};

struct sf_hdtr {
	struct iov *headers;
	int hdr_cnt;
	struct iov *trailers;
	int trl_cnt;
};

void start(void);

static long sendfile(const char *name, long fd, long s, long off, long n,
		     struct sf_hdtr *h, int *sv)
{
	long sbytes = -1;
	bool cf;
	long r;

	r = fbsd6(SENDFILE, fd, s, off, n, (long)h, (long)&sbytes, &cf);
	put_result(name, r, cf);
	if (!sv)
		return r;
	put("sent");
	put_val(sbytes);
	put("\n");
	return r;
}

static void got(int s)
{
	char buf[64];
	bool cf;
	long n = fbsd(READ, s, (long)buf, sizeof(buf) - 1, &cf);

	buf[cf || n < 0 ? 0 : n] = '\0';
	put("got ");
	put(buf);
	put("\n");
}

void start(void)
{
	struct iov head = { "H:", 2 }, trail = { "!", 1 };
	struct sf_hdtr h = { &head, 1, &trail, 1 };
	int sv[2], dg[2];
	bool cf;
	long fd;

	/* O_RDWR | O_CREAT | O_TRUNC */
	fd = fbsd(OPEN, (long)"/tmp/sendfile.data", 0x602, 0644, &cf);
	fbsd(WRITE, fd, (long)"0123456789", 10, &cf);
	fbsd6(SOCKETPAIR, 1, 1, 0, (long)sv, 0, 0, &cf);	/* SOCK_STREAM */
	fbsd6(SOCKETPAIR, 1, 2, 0, (long)dg, 0, 0, &cf);	/* SOCK_DGRAM */
	sendfile("hdtr", fd, sv[0], 2, 5, &h, sv);
	got(sv[1]);
	sendfile("toend", fd, sv[0], 7, 0, 0, sv);
	got(sv[1]);
	put("offset");
	put_val(fbsd(LSEEK, fd, 0, 1, &cf));			/* SEEK_CUR */
	put("\n");
	sendfile("negative", fd, sv[0], -1, 1, 0, 0);
	sendfile("notsock", fd, fd, 0, 1, 0, 0);
	sendfile("dgram", fd, dg[0], 0, 1, 0, 0);
	sendfile("notfile", sv[1], sv[0], 0, 1, 0, 0);
	fbsd_exit(0);
}

FBSD_ENTRY;
