// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface: audit records the native calls a service makes.
 *
 * Audit names a call by the number the task entered with.  For a
 * service that is the service's own number, which no audit rule names,
 * so rules on unlinkat, openat or kill would miss the same calls made
 * through a platform.  Each native call a service makes, once seccomp
 * allowed it, is therefore recorded as that native call: its number,
 * its first four translated arguments and its result, filtered by the
 * task's exit rules as if the task had made it.  The service's own
 * record becomes its first native call's; each further one is a record
 * of its own.  A service that makes no native call is recorded under
 * its own number, as before.
 *
 * The audit context is private to kernel/; its header is included as
 * kernel/sched includes kernel/workqueue_internal.h.
 */

#include <linux/audit.h>
#include <linux/err.h>
#include <linux/syscall_iface_core.h>

#include "../audit.h"

/**
 * __syscall_iface_audit_native - a service's native call begins
 * @nr: its native number
 * @args: its first four arguments, as translated
 *
 * The call under way is the service's (its record still open), or an
 * earlier native call of the same service whose record
 * __syscall_iface_audit_done() wrote.
 */
void __syscall_iface_audit_native(unsigned int nr, const u64 *args)
{
	struct audit_context *ctx = audit_context();

	if (ctx->context != AUDIT_CTX_SYSCALL) {
		__audit_syscall_entry(nr, args[0], args[1], args[2], args[3]);
		return;
	}
	ctx->major = nr;
	ctx->argv[0] = args[0];
	ctx->argv[1] = args[1];
	ctx->argv[2] = args[2];
	ctx->argv[3] = args[3];
}

/**
 * __syscall_iface_audit_done - a service's native call returned
 * @ret: its result
 *
 * Writes its record if a rule asks for it.  The syscall's own exit then
 * finds no record open, unless the service makes another native call.
 */
void __syscall_iface_audit_done(long ret)
{
	__audit_syscall_exit(!IS_ERR_VALUE(ret), ret);
}
