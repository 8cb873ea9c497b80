// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface: signatures, and matching an executable against the
 * interfaces bound to a binfmt handler.
 */

#include <linux/binfmts.h>
#include <linux/hash.h>
#include <linux/rculist.h>

#include "internal.h"

bool syscall_iface_sig_match(const struct syscall_iface_sig *sig,
			     const u8 *buf)
{
	unsigned int i;

	if (!sig || !sig->len)
		return false;
	for (i = 0; i < sig->len; i++) {
		u8 c = buf[sig->offset + i];

		if (sig->masked)
			c &= sig->mask[i];
		if (c != sig->magic[i])
			return false;
	}
	return true;
}

/*
 * Bound interfaces, searched at every exec under RCU.  Each handler has a
 * hash table keyed by a signature's offset and first byte, so that exec
 * costs the same with one interface or a thousand; a signature whose
 * first byte is masked cannot be keyed and goes on the handler's "wild"
 * list, which every search walks.  @offsets counts the keyed signatures
 * at each offset: a search looks at one bucket per offset in use.
 */
#define BOUND_HASH_BITS	8

struct syscall_iface_bound {
	struct hlist_head hash[1 << BOUND_HASH_BITS];
	struct hlist_head wild;
	unsigned int offsets[SYSCALL_IFACE_SIG_MAX];
	DECLARE_BITMAP(in_use, SYSCALL_IFACE_SIG_MAX);
};

static struct syscall_iface_bound bound[SYSCALL_IFACE_BINFMT_ELF + 1];
static u64 bind_seq;		/* under syscall_iface_mutex */

static bool sig_keyed(const struct syscall_iface_sig *sig)
{
	return !sig->masked || sig->mask[0] == 0xff;
}

static struct hlist_head *bound_bucket(struct syscall_iface_bound *b,
				       unsigned int offset, u8 byte)
{
	return &b->hash[hash_32(offset << 8 | byte, BOUND_HASH_BITS)];
}

/* Put a bound interface in its handler's table; caller holds the mutex. */
static void bound_add(struct syscall_iface *iface)
{
	struct syscall_iface_bound *b = &bound[iface->binfmt];
	const struct syscall_iface_sig *sig;

	sig = rcu_dereference_protected(iface->sig, true);
	if (!sig_keyed(sig)) {
		hlist_add_head_rcu(&iface->bound_node, &b->wild);
		return;
	}
	if (!b->offsets[sig->offset]++)
		set_bit(sig->offset, b->in_use);
	hlist_add_head_rcu(&iface->bound_node,
			   bound_bucket(b, sig->offset, sig->magic[0]));
}

/*
 * Take it out again, while iface->sig and ->binfmt are still the ones it
 * was put in with.  Readers may be on it: wait for them before it goes
 * on another list.
 */
static void bound_del(struct syscall_iface *iface)
{
	struct syscall_iface_bound *b = &bound[iface->binfmt];
	const struct syscall_iface_sig *sig;

	sig = rcu_dereference_protected(iface->sig, true);
	hlist_del_init_rcu(&iface->bound_node);
	if (sig_keyed(sig) && !--b->offsets[sig->offset])
		clear_bit(sig->offset, b->in_use);
}

/* The earliest bound interface on @head whose signature @buf matches. */
static struct syscall_iface *bound_first(struct hlist_head *head,
					 const u8 *buf,
					 struct syscall_iface *best)
{
	struct syscall_iface *iface;

	hlist_for_each_entry_rcu(iface, head, bound_node)
		if ((!best || iface->bind_seq < best->bind_seq) &&
		    syscall_iface_sig_match(rcu_dereference(iface->sig), buf))
			best = iface;
	return best;
}

/**
 * syscall_iface_match - find the interface that claims an executable
 * @fmt: the handler that is asking
 * @buf: the first BINPRM_BUF_SIZE bytes of the file
 *
 * If several signatures match, the interface bound first wins.  The cost
 * does not grow with the number of interfaces, only with the number of
 * distinct offsets their signatures use (and masked first bytes).
 *
 * Return: a counted reference to the interface, or NULL for none.
 */
struct syscall_iface *syscall_iface_match(enum syscall_iface_binfmt fmt,
					  const u8 *buf)
{
	struct syscall_iface_bound *b = &bound[fmt];
	struct syscall_iface *found = NULL;
	unsigned int off;

	BUILD_BUG_ON(SYSCALL_IFACE_SIG_MAX > BINPRM_BUF_SIZE);

	rcu_read_lock();
	for_each_set_bit(off, b->in_use, SYSCALL_IFACE_SIG_MAX)
		found = bound_first(bound_bucket(b, off, buf[off]), buf, found);
	found = bound_first(&b->wild, buf, found);
	if (found && !kref_get_unless_zero(&found->group.cg_item.ci_kref))
		found = NULL;	/* being removed right now */
	rcu_read_unlock();
	return found;
}

/**
 * syscall_iface_bind - set the handler of an interface
 * @iface: the interface
 * @fmt: the handler, or SYSCALL_IFACE_BINFMT_NONE to unbind
 *
 * Caller holds syscall_iface_mutex and has checked the signature.  A
 * newly bound interface comes after every other in match order.
 */
void syscall_iface_bind(struct syscall_iface *iface,
			enum syscall_iface_binfmt fmt)
{
	lockdep_assert_held(&syscall_iface_mutex);

	if (iface->binfmt == fmt)
		return;
	if (iface->binfmt != SYSCALL_IFACE_BINFMT_NONE) {
		bound_del(iface);
		if (fmt != SYSCALL_IFACE_BINFMT_NONE)
			synchronize_rcu();
	}
	WRITE_ONCE(iface->binfmt, fmt);
	if (fmt != SYSCALL_IFACE_BINFMT_NONE) {
		iface->bind_seq = ++bind_seq;
		bound_add(iface);
	}
}

/**
 * syscall_iface_set_sig - give an interface a new signature
 * @iface: the interface
 * @sig: the signature, which @iface takes over
 *
 * Caller holds syscall_iface_mutex and has checked the signature.  A bound
 * interface moves to the bucket of its new signature and keeps its place
 * in match order.
 */
void syscall_iface_set_sig(struct syscall_iface *iface,
			   struct syscall_iface_sig *sig)
{
	struct syscall_iface_sig *old;
	bool bound_now = iface->binfmt != SYSCALL_IFACE_BINFMT_NONE;

	lockdep_assert_held(&syscall_iface_mutex);

	if (bound_now) {
		bound_del(iface);
		synchronize_rcu();
	}
	old = rcu_replace_pointer(iface->sig, sig,
				  lockdep_is_held(&syscall_iface_mutex));
	if (bound_now)
		bound_add(iface);
	kfree_rcu(old, rcu);
}

static bool sig_same(const struct syscall_iface_sig *a,
		     const struct syscall_iface_sig *b)
{
	return a->offset == b->offset && a->len == b->len &&
	       a->masked == b->masked && !memcmp(a->magic, b->magic, a->len) &&
	       (!a->masked || !memcmp(a->mask, b->mask, a->len));
}

/**
 * syscall_iface_bound_clash - another bound interface has this signature
 * @iface: the interface being changed
 * @fmt: the handler it would be bound to
 * @sig: the signature it would have
 *
 * Caller holds syscall_iface_mutex.
 *
 * Return: the clashing interface, or NULL.
 */
struct syscall_iface *syscall_iface_bound_clash(struct syscall_iface *iface,
						enum syscall_iface_binfmt fmt,
						const struct syscall_iface_sig *sig)
{
	struct syscall_iface_bound *b = &bound[fmt];
	struct hlist_head *head = &b->wild;
	struct syscall_iface *other;

	lockdep_assert_held(&syscall_iface_mutex);

	/* The same signature is on the same list. */
	if (sig_keyed(sig))
		head = bound_bucket(b, sig->offset, sig->magic[0]);
	hlist_for_each_entry(other, head, bound_node)
		if (other != iface &&
		    sig_same(rcu_dereference_protected(other->sig, true), sig))
			return other;
	return NULL;
}
