// SPDX-License-Identifier: GPL-2.0-only
/*
 * lwpctl: _lwp_ctl (325) as a freestanding NetBSD/amd64 program, as
 * libpthread calls it in each new thread (LWPCTL_FEATURE_CURCPU).  Lines
 * "NAME CF R"; "curcpu N pctr N" is the struct lwpctl the call pointed
 * to, and "same N" whether a second call points to it again.  An unknown
 * feature is ENODEV (19), a bad address EFAULT (14).  The struct is
 * read-only: writing it ends the program with SIGSEGV.
 */

#include "nbsd.h"

#define LWP_CTL			325
#define LWPCTL_FEATURE_CURCPU	1
#define LWPCTL_FEATURE_PCTR	2

struct lwpctl {
	int curcpu, pctr;
};

void start(void);

void start(void)
{
	struct lwpctl *ctl = 0, *again = 0;
	bool cf;
	long r;

	r = fbsd(LWP_CTL, LWPCTL_FEATURE_CURCPU, (long)&ctl, 0, &cf);
	put_result("ctl", r, cf);
	if (!ctl)
		fbsd_exit(1);
	put("curcpu");
	put_val(ctl->curcpu);
	put(" pctr");
	put_val(ctl->pctr);
	put("\n");
	r = fbsd(LWP_CTL, LWPCTL_FEATURE_CURCPU | LWPCTL_FEATURE_PCTR,
		 (long)&again, 0, &cf);
	put_result("ctl-both", r, cf);
	put(again == ctl ? "same 1\n" : "same 0\n");
	r = fbsd(LWP_CTL, 4, (long)&again, 0, &cf);
	put_result("unknown", r, cf);
	r = fbsd(LWP_CTL, LWPCTL_FEATURE_CURCPU, 8, 0, &cf);
	put_result("bad-address", r, cf);
	/* The page is read-only: this write ends the program with SIGSEGV. */
	ctl->curcpu = 0;
	fbsd_exit(0);
}

FBSD_ENTRY;
