// SPDX-License-Identifier: GPL-2.0-only
/*
 * FreeBSD's poll (sys/sys/poll.h): struct pollfd is Linux's, and so are
 * the low eight event bits (POLLIN to POLLRDBAND); POLLWRNORM is POLLOUT,
 * POLLWRBAND and POLLRDHUP have other values, and POLLINIGNEOF, which
 * FreeBSD supports on sockets only, has no Linux twin and asks for
 * POLLIN.  Linux's poll reads the events from the caller's array, so an
 * entry whose events differ is rewritten there in Linux's bits for the
 * call and put back after it, with revents in FreeBSD's.
 */

#include <linux/poll.h>
#include <linux/syscall_iface_core.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <asm/ptrace.h>

#include "freebsd.h"

#define FBSD_POLLWRBAND		0x0100
#define FBSD_POLLINIGNEOF	0x2000
#define FBSD_POLLRDHUP		0x4000
#define SAME_BITS		0x00ff	/* POLLIN to POLLRDBAND */

static u16 events_to_linux(u16 e)
{
	u16 l = e & SAME_BITS;

	if (e & FBSD_POLLWRBAND)
		l |= POLLWRBAND;
	if (e & FBSD_POLLINIGNEOF)
		l |= POLLIN;
	if (e & FBSD_POLLRDHUP)
		l |= POLLRDHUP;
	return l;
}

/* POLLWRNORM comes only with POLLOUT, FreeBSD's POLLWRNORM. */
static u16 events_from_linux(u16 l)
{
	u16 e = l & SAME_BITS;

	if (l & POLLWRNORM)
		e |= POLLOUT;
	if (l & POLLWRBAND)
		e |= FBSD_POLLWRBAND;
	if (l & POLLRDHUP)
		e |= FBSD_POLLRDHUP;
	return e;
}

/*
 * Give the first @n entries back their FreeBSD @events (those that were
 * rewritten), and their revents in FreeBSD's bits if the call reported
 * some (@ret > 0).
 */
static long put_back(struct pollfd __user *ufds, unsigned int n,
		     const u16 *events, long ret)
{
	unsigned int i;
	u16 r;

	for (i = 0; i < n; i++) {
		if (events && events_to_linux(events[i]) != events[i] &&
		    put_user(events[i], &ufds[i].events))
			return -EFAULT;
		if (ret <= 0)
			continue;
		if (get_user(r, &ufds[i].revents))
			return -EFAULT;
		if (events_from_linux(r) != r &&
		    put_user(events_from_linux(r), &ufds[i].revents))
			return -EFAULT;
	}
	return ret;
}

/*
 * The events of @nfds entries, if any needs rewriting, in a new array
 * (NULL if none does), which the caller frees; or an ERR_PTR().
 */
static u16 *rewrite(struct pollfd __user *ufds, unsigned int nfds)
{
	unsigned int i, n;
	u16 *events, e;

	for (i = 0; i < nfds; i++) {
		if (get_user(e, &ufds[i].events))
			return ERR_PTR(-EFAULT);
		if (events_to_linux(e) != e)
			break;
	}
	if (i == nfds)
		return NULL;
	events = kvmalloc_array(nfds, sizeof(*events), GFP_KERNEL_ACCOUNT);
	if (!events)
		return ERR_PTR(-ENOMEM);
	for (n = 0; n < nfds; n++) {
		if (get_user(events[n], &ufds[n].events) ||
		    put_user(events_to_linux(events[n]), &ufds[n].events)) {
			put_back(ufds, n, events, 0);
			kvfree(events);
			return ERR_PTR(-EFAULT);
		}
	}
	return events;
}

/* poll(fds, nfds, timeout) */
long fbsd_poll(struct pt_regs *regs)
{
	struct pollfd __user *ufds = (struct pollfd __user *)regs->di;
	unsigned int nfds = regs->si;
	u16 *events;
	long ret;

	if (nfds > rlimit(RLIMIT_NOFILE))
		return -EINVAL;
	events = rewrite(ufds, nfds);
	if (IS_ERR(events))
		return PTR_ERR(events);
	ret = syscall_iface_native_call(regs, __NR_poll);
	/* FreeBSD restarts no poll; Linux's restarts where no handler ran. */
	if (ret == -ERESTART_RESTARTBLOCK) {
		syscall_iface_forget_restart();
		ret = -ERESTARTNOHAND;
	}
	ret = put_back(ufds, nfds, events, ret);
	kvfree(events);
	return ret;
}
