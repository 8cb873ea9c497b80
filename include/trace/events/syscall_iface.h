/* SPDX-License-Identifier: GPL-2.0-only */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM syscall_iface

#if !defined(_TRACE_SYSCALL_IFACE_H) || defined(TRACE_HEADER_MULTI_READ)
#define _TRACE_SYSCALL_IFACE_H

#include <linux/tracepoint.h>
#include <linux/syscall_iface.h>

/*
 * One foreign call, when it returns: the interface, the foreign number
 * the task used, the native (or service) number it became (-1 when
 * unmapped), and the result.
 */
TRACE_EVENT_FN(syscall_iface_dispatch,
	       TP_PROTO(const char *iface, unsigned long foreign, long native,
			long ret),
	       TP_ARGS(iface, foreign, native, ret),
	       TP_STRUCT__entry(__string(iface, iface)
				__field(unsigned long, foreign)
				__field(long, native)
				__field(long, ret)),
	       TP_fast_assign(__assign_str(iface);
			      __entry->foreign = foreign;
			      __entry->native = native;
			      __entry->ret = ret;),
	       TP_printk("iface=%s foreign=%lu native=%ld ret=%ld",
			 __get_str(iface), __entry->foreign, __entry->native,
			 __entry->ret),
	       syscall_iface_trace_reg, syscall_iface_trace_unreg
);

#endif /* _TRACE_SYSCALL_IFACE_H */

#include <trace/define_trace.h>
