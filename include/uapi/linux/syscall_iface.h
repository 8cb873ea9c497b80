/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
#ifndef _UAPI_LINUX_SYSCALL_IFACE_H
#define _UAPI_LINUX_SYSCALL_IFACE_H

/* Version of the user-visible interface, shown in sysfs. */
#define SYSCALL_IFACE_VERSION	"0.1"

#endif /* _UAPI_LINUX_SYSCALL_IFACE_H */
