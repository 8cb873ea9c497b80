# test: FreeBSD Go program: net.Interfaces(), their addresses and multicast groups (the routing sysctls NET_RT_IFLIST and NET_RT_IFMALIST) are what the same program built for Linux lists, for loopback and an Ethernet-like interface; NET_RT_IFLISTL, getifaddrs()'s, gives the broadcast address
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
ip link add d0 type dummy || fail "ip link add d0 type dummy"
trap 'ip link del d0; ip addr del 10.9.8.7/8 dev lo' EXIT
ip addr add 192.0.2.7/24 broadcast 192.0.2.255 dev d0
ip addr add 10.9.8.7/8 dev lo
ip link set d0 up
native=$(go-ifaces-linux) || fail "the Linux build: $native"
out=$(go-ifaces)
expect_eq "$?" 0 "exit status"
# Go on Linux reads IPv4 groups from /proc/net/igmp, which this kernel
# (no CONFIG_IP_MULTICAST) lacks; the kernel's own list has them.
v4groups='^group [^ ]* [0-9.]*$'
expect_eq "$(echo "$out" | grep -v "$v4groups")" "$native" "the FreeBSD build's list is the Linux build's"
echo "$out" | grep -qx 'group d0 224\.0\.0\.1' || fail "the IPv4 group d0 joined: $out"
mac=$(cat /sys/class/net/d0/address)
echo "$out" | grep -q "^if d0 [0-9]* 1500 up|broadcast $mac\$" || fail "d0 as expected: $out"
echo "$out" | grep -q '^addr d0 192.0.2.7/24$' || fail "d0's address: $out"
echo "$out" | grep -q '^addr lo 10.9.8.7/8$' || fail "lo's address: $out"
echo "$out" | grep -q '^group lo ff02::1$' || fail "lo's IPv6 groups: $out"
expect_eq "$(echo "$out" | tail -n 1)" "agree true" "InterfaceByIndex and InterfaceByName agree"
# The same through NET_RT_IFLISTL, as FreeBSD's getifaddrs() reads it:
# the long headers (176 bytes, if_data at 24) and the broadcast address.
index=$(cat /sys/class/net/d0/ifindex)
expect_eq "$(fbsd-iflist "$index")" "ifinfo 14 16 $index 176 24 1500 d0
addr 12 164 $index 176 255.255.255.0 192.0.2.7 192.0.2.255
inet6 0
nosuch 2
set 1
short 12" "d0's IPv4 messages, and the refusals"
