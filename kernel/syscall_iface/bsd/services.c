// SPDX-License-Identifier: GPL-2.0-only
/*
 * The services every BSD platform provides as they are: calls whose
 * numbers, flags and structs differ between the BSDs only as struct
 * bsd_platform describes.  A platform registers them as its own
 * (syscall_iface_platform.shared_services), under its name:
 * "freebsd_open", "netbsd_open".
 */

#include <linux/export.h>

#include "bsd.h"
#include "kqueue.h"

const struct syscall_iface_service_def bsd_services[] = {
	{ "sigprocmask", bsd_sigprocmask },
	{ "sigaltstack", bsd_sigaltstack },
	{ "kill", bsd_kill },
	{ "madvise", bsd_madvise },
	{ "clock_gettime", bsd_clock_gettime },
	{ "clock_getres", bsd_clock_getres },
	{ "open", bsd_open },
	{ "openat", bsd_openat },
	{ "pipe2", bsd_pipe2 },
	{ "unlinkat", bsd_unlinkat },
	{ "faccessat", bsd_faccessat },
	{ "fchmodat", bsd_fchmodat },
	{ "fchownat", bsd_fchownat },
	{ "linkat", bsd_linkat },
	{ "mkfifo", bsd_mkfifo },
	{ "mkfifoat", bsd_mkfifoat },
	{ "fcntl", bsd_fcntl },
	{ "fstat", bsd_fstat },
	{ "fstatat", bsd_fstatat },
	{ "ioctl", bsd_ioctl },
	{ "poll", bsd_poll },
	{ "select", bsd_select },
	{ "pselect", bsd_pselect },
	{ "getrlimit", bsd_getrlimit },
	{ "setrlimit", bsd_setrlimit },
	{ "issetugid", bsd_issetugid },
	{ "futimes", bsd_futimes },
	{ "lutimes", bsd_lutimes },
	{ "kqueue", bsd_kqueue },
	{ "fork", bsd_fork },
	{ "vfork", bsd_vfork },
	{ "wait4", bsd_wait4 },
	{ "wait6", bsd_wait6 },
	{ "ptrace", bsd_ptrace },
	{ "socket", bsd_socket },
	{ "socketpair", bsd_socketpair },
	{ "accept", bsd_accept },
	{ "bind", bsd_bind },
	{ "connect", bsd_connect },
	{ "getsockname", bsd_getsockname },
	{ "getpeername", bsd_getpeername },
	{ "sendto", bsd_sendto },
	{ "recvfrom", bsd_recvfrom },
	{ "sendmsg", bsd_sendmsg },
	{ "recvmsg", bsd_recvmsg },
	{ "setsockopt", bsd_setsockopt },
	{ "getsockopt", bsd_getsockopt },
	{ "extattr_set_file", bsd_extattr_set_file },
	{ "extattr_get_file", bsd_extattr_get_file },
	{ "extattr_delete_file", bsd_extattr_delete_file },
	{ "extattr_list_file", bsd_extattr_list_file },
	{ "extattr_set_link", bsd_extattr_set_link },
	{ "extattr_get_link", bsd_extattr_get_link },
	{ "extattr_delete_link", bsd_extattr_delete_link },
	{ "extattr_list_link", bsd_extattr_list_link },
	{ "extattr_set_fd", bsd_extattr_set_fd },
	{ "extattr_get_fd", bsd_extattr_get_fd },
	{ "extattr_delete_fd", bsd_extattr_delete_fd },
	{ "extattr_list_fd", bsd_extattr_list_fd },
};
EXPORT_SYMBOL_GPL(bsd_services);

static_assert(ARRAY_SIZE(bsd_services) == BSD_NR_SERVICES);
