# test: freebsd platform: socket addresses with sa_len, bad addresses refused with FreeBSD's errnos, SO_ERROR in FreeBSD's numbering, SCM_RIGHTS in FreeBSD's cmsghdr
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
ip link set lo up || fail "loopback"
mkdir w && cd w || fail "mkdir"
out=$(fbsd-sockets)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "bind-short 1 22
bind-long 1 63
bind-family 1 47
bind-abstract 1 2
bind-unnamed 1 22
socket-type 1 22
socket-linux-inet6 1 47
name6 0 0 28 28 28
from4 0 4 16 16 2
sockopt-icmp 1 42
send-eof 1 22
connect 1 36
so-error 0 0 61
sendmsg 0 1
recvmsg 0 1
cmsg 20 65535 1 24 0
passed 0 1
ctrunc 32
cmsg-level1 1 22" "each check's line"
