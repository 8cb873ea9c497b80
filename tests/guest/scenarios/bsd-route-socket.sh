# test: freebsd and netbsd platforms: a routing socket (socket(PF_ROUTE, SOCK_RAW, 0)) answers an RTM_GET with the route to the address it names, read back with the asker's pid and sequence, RTF_DONE, the destination, gateway, netmask, interface and its address; no route is ESRCH and the question read back with rtm_errno; RTM_LOCK, another RTM_VERSION, a short message and SOCK_DGRAM are refused, and an empty non-blocking socket's read is EAGAIN
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
netbsd_iface nbsd
ip link add rs0 type dummy || fail "ip link add rs0 type dummy"
trap 'ip link del rs0' EXIT
ip addr add 192.0.2.7/24 dev rs0
ip link set rs0 up
ip route add 198.51.100.0/24 via 192.0.2.1 || fail "ip route add"
# RTF_UP|RTF_GATEWAY|RTF_STATIC|RTF_DONE 2115; RTA_DST|RTA_GATEWAY|
# RTA_NETMASK|RTA_IFP|RTA_IFA 55
for p in fbsd:5:152 nbsd:4:120; do
	prog=$(echo "$p" | cut -d: -f1)
	out=$($prog-route-socket)
	expect_eq "$?" 0 "$prog: exit status"
	v=$(echo "$p" | cut -d: -f2)
	len=$(($(echo "$p" | cut -d: -f3) + 24))
	expect_eq "$out" "socket 0
dgram 1 41
empty 1 35
get 0 $len
answer 4 $v 1 7 2115 55 198.51.100.0 192.0.2.1 255.255.255.0 192.0.2.7
nroute 1 3
nanswer 4 3
lock 1 45
version 1 43
short 1 22" "$prog: each behaviour"
done
# It meets seccomp as the rtnetlink socket Linux programs ask the same
# of: a filter that denies socket (41) denies it.
expect_eq "$(deny -n 41 fbsd-route-socket | head -n 1)" "socket 1" \
	"freebsd: socket(PF_ROUTE) under a filter that denies socket"
