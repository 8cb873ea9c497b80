# test: freebsd and netbsd platforms: getsockopt(SOL_LOCAL) tells a local socket's peer (FreeBSD's LOCAL_PEERCRED in struct xucred, NetBSD's LOCAL_PEEREID in struct unpcbid), cut to the room given; an unconnected socket has none (FreeBSD ENOTCONN, NetBSD EINVAL)
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
netbsd_iface nbsd
expect_eq "$(fbsd-peer)" "pair 0 0
len 88
who 1 1 1
short 0 0
shortlen 8
lone 1 57" "freebsd"
expect_eq "$(nbsd-peer)" "pair 0 0
len 12
who 1 1 1
short 0 0
shortlen 8
lone 1 22" "netbsd"
