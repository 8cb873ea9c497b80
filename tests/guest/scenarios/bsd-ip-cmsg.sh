# test: freebsd and netbsd platforms: a UDP socket's IP_RECVDSTADDR, IP_RECVIF, IP_RECVTTL and SO_TIMESTAMP, and IPV6_RECVPKTINFO and IPV6_RECVHOPLIMIT, give recvmsg the BSDs' control messages: the time, the destination address, the interface as a sockaddr_dl, the TTL in a byte, in6_pktinfo and the hop limit renumbered; getsockopt reads an option back; control data that does not fit is cut, with MSG_CTRUNC
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
netbsd_iface nbsd
ip link set lo up
lo=$(cat /sys/class/net/lo/ifindex)
# cmsg_len: 16 and the data: a 16-byte struct timeval, a 10-byte sockaddr_dl for lo, one byte of
# TTL, a 4-byte address, a 20-byte in6_pktinfo, a 4-byte hop limit
for prog in fbsd nbsd; do
	out=$($prog-ipcmsg)
	expect_eq "$?" 0 "$prog: exit status"
	expect_eq "$out" "timestamp 32
if 26 $lo lo
ttl 17 64
dst 20 127.0.0.1
get 1
short 1 32
pktinfo6 36 $lo
hoplimit6 20 64" "$prog: the control messages"
done
