# test: freebsd and netbsd platforms: the routing table (net.route.0.AF_INET.NET_RT_DUMP.0, what netstat -r and gateway finders read) lists the main table's routes and those to the host's own addresses, each an RTM_GET in the platform's rt_msghdr: destination, netmask (none for a host route), gateway address or link, RTF_* flags, index and MTU; IPv4 only when asked for; an unknown family is EINVAL, a short buffer ENOMEM
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
netbsd_iface nbsd
ip link add rd0 type dummy || fail "ip link add rd0 type dummy"
trap 'ip link del rd0' EXIT
ip addr add 192.0.2.7/24 dev rd0
ip link set rd0 up
ip route add 198.51.100.0/24 via 192.0.2.1 || fail "ip route add"
ip route add 203.0.113.5 via 192.0.2.2 || fail "ip route add (host)"
i=$(cat /sys/class/net/rd0/ifindex)
# RTF_UP 1, RTF_GATEWAY 2, RTF_HOST 4, RTF_STATIC 0x800 (added by hand)
for p in fbsd:5 nbsd:4; do
	out=$(${p%:*}-route-dump)
	expect_eq "$?" 0 "${p%:*}: exit status"
	v=${p#*:}
	has() {
		echo "$out" | grep -qx "$1" || fail "${p%:*}: $2: no '$1' in: $out"
	}
	has "route 4 $v 192.0.2.0 255.255.255.0 link#$i 1 $i 1500" "rd0's subnet, a route to its link"
	has "route 4 $v 198.51.100.0 255.255.255.0 192.0.2.1 2051 $i 1500" "a route through a gateway"
	has "route 4 $v 203.0.113.5 host 192.0.2.2 2055 $i 1500" "a host route through a gateway"
	has "route 4 $v 192.0.2.7 host link#$i 5 $i 1500" "rd0's own address"
	expect_eq "$(echo "$out" | grep -c '^route .*?')" 0 "${p%:*}: every route has a destination and a gateway"
	expect_eq "$(echo "$out" | sed -n 's/^inet6 //p')" 0 "${p%:*}: no IPv6 route when IPv4 is asked for"
	expect_eq "$(echo "$out" | sed -n 's/^all //p')" 1 "${p%:*}: every family gives more (IPv6's too)"
	expect_eq "$(echo "$out" | sed -n 's/^badaf //p')" 22 "${p%:*}: an unknown family: EINVAL"
	expect_eq "$(echo "$out" | sed -n 's/^short //p')" 12 "${p%:*}: a short buffer: ENOMEM"
done
