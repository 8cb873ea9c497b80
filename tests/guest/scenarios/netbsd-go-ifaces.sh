# test: NetBSD Go program: net.Interfaces() and their addresses (the routing sysctl NET_RT_OIFLIST, in NetBSD 7's headers) are what the same program built for Linux lists, for loopback and an Ethernet-like interface; the raw messages of NET_RT_OIFLIST and of the current NET_RT_IFLIST (getifaddrs()'s) have NetBSD's layouts, and bad requests are refused
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
ip link add d0 type dummy || fail "ip link add d0 type dummy"
trap 'ip link del d0; ip addr del 10.9.8.7/8 dev lo' EXIT
ip addr add 192.0.2.7/24 broadcast 192.0.2.255 dev d0
ip addr add 10.9.8.7/8 dev lo
ip link set d0 up
native=$(go-ifaces-linux) || fail "the Linux build: $native"
out=$(nbsd-go-ifaces)
expect_eq "$?" 0 "exit status"
# Go on NetBSD lists no multicast groups (interface_bsdvar.go).
expect_eq "$(echo "$out" | grep -v '^group ')" \
	"$(echo "$native" | grep -v '^group ')" \
	"the NetBSD build's list is the Linux build's"
mac=$(cat /sys/class/net/d0/address)
echo "$out" | grep -q "^if d0 [0-9]* 1500 up|broadcast $mac\$" || fail "d0 as expected: $out"
echo "$out" | grep -q '^addr d0 192.0.2.7/24$' || fail "d0's address: $out"
echo "$out" | grep -q '^addr lo 10.9.8.7/8$' || fail "lo's address: $out"
echo "$out" | grep -q '^addr d0 fe80::' || fail "d0's IPv6 link-local address: $out"
expect_eq "$(echo "$out" | tail -n 1)" "agree true" "InterfaceByIndex and InterfaceByName agree"
index=$(cat /sys/class/net/d0/ifindex)
expect_eq "$(nbsd-iflist "$index")" "ifinfo 20 16 $index 168 1500 d0
addr 12 164 $index 255.255.255.0 192.0.2.7 192.0.2.255
inet6 0
ifinfo 20 16 $index 168 1500 d0
addr 22 164 $index 255.255.255.0 192.0.2.7 192.0.2.255
inet6 0
nosuch 2
set 1
short 12" "d0's IPv4 messages on NET_RT_OIFLIST and NET_RT_IFLIST, and the refusals"
