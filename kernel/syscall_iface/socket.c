// SPDX-License-Identifier: GPL-2.0-only
/*
 * syscall-iface: socket calls for platforms whose socket addresses or
 * message headers are laid out otherwise than Linux's (the BSDs' sa_len,
 * their struct msghdr and cmsghdr).  The platform translates them into
 * kernel memory; these do the rest of what bind(), connect(), sendmsg()
 * and recvmsg() do, with the same LSM hooks, on that kernel copy.
 *
 * Where a call only writes an address, a platform runs the native call
 * and rewrites the address in place instead: these are for the calls
 * that read one, or a header the native call cannot read.
 */

#include <linux/export.h>
#include <linux/file.h>
#include <linux/fs.h>
#include <linux/net.h>
#include <linux/socket.h>
#include <net/sock.h>

#include "internal.h"

/**
 * syscall_iface_sock_bind - bind() with the address in kernel memory
 * @fd: the socket
 * @addr: the address, in Linux's layout
 * @len: its length
 *
 * Return: 0 or a negative errno, as bind() returns.
 */
int syscall_iface_sock_bind(int fd, struct sockaddr_storage *addr, int len)
{
	struct socket *sock;
	int err;

	sock = sockfd_lookup(fd, &err);
	if (!sock)
		return err;
	err = __sys_bind_socket(sock, addr, len);
	sockfd_put(sock);
	return err;
}
EXPORT_SYMBOL_GPL(syscall_iface_sock_bind);

/**
 * syscall_iface_sock_connect - connect() with the address in kernel memory
 * @fd: the socket
 * @addr: the address, in Linux's layout
 * @len: its length
 *
 * Return: 0 or a negative errno, as connect() returns.
 */
int syscall_iface_sock_connect(int fd, struct sockaddr_storage *addr, int len)
{
	CLASS(fd, f)(fd);

	if (fd_empty(f))
		return -EBADF;
	return __sys_connect_file(fd_file(f), addr, len, 0);
}
EXPORT_SYMBOL_GPL(syscall_iface_sock_connect);

/**
 * syscall_iface_sock_sendmsg - sendmsg() with the header in kernel memory
 * @fd: the socket
 * @msg: the message: its address and control data (Linux's cmsghdrs) in
 *       kernel memory, its data in the caller's, through @msg->msg_iter
 * @flags: Linux's MSG_* flags
 *
 * Return: the bytes sent, or a negative errno, as sendmsg() returns.
 */
long syscall_iface_sock_sendmsg(int fd, struct msghdr *msg, unsigned int flags)
{
	struct socket *sock;
	int err;

	sock = sockfd_lookup(fd, &err);
	if (!sock)
		return err;
	flags &= ~MSG_INTERNAL_SENDMSG_FLAGS;
	if (sock->file->f_flags & O_NONBLOCK)
		flags |= MSG_DONTWAIT;
	msg->msg_flags = flags;
	err = sock_sendmsg(sock, msg);
	sockfd_put(sock);
	return err;
}
EXPORT_SYMBOL_GPL(syscall_iface_sock_sendmsg);

/**
 * syscall_iface_sock_recvmsg - recvmsg() with the header in kernel memory
 * @sock: the socket, which the caller looked up (sockfd_lookup())
 * @msg: the message: @msg->msg_name a kernel sockaddr_storage, the data
 *       through @msg->msg_iter, the control data to the caller's buffer
 *       (@msg->msg_control_user) or, for a socket that passes no
 *       descriptors, to kernel memory (@msg->msg_control), in Linux's
 *       layout
 * @flags: Linux's MSG_* flags
 *
 * On return @msg->msg_namelen is the sender's address length (0 for none),
 * @msg->msg_flags the message's flags, and the control pointer is past
 * the control data written, @msg->msg_controllen the room left.
 *
 * Return: the bytes received, or a negative errno, as recvmsg() returns.
 */
long syscall_iface_sock_recvmsg(struct socket *sock, struct msghdr *msg,
				unsigned int flags)
{
	msg->msg_flags = flags & MSG_CMSG_CLOEXEC;
	msg->msg_namelen = 0;
	if (sock->file->f_flags & O_NONBLOCK)
		flags |= MSG_DONTWAIT;
	return sock_recvmsg(sock, msg, flags);
}
EXPORT_SYMBOL_GPL(syscall_iface_sock_recvmsg);
