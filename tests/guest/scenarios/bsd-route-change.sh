# test: freebsd and netbsd platforms: a routing socket's RTM_ADD, RTM_CHANGE and RTM_DELETE change the main table as route(8) does, each read back with RTF_DONE; an existing route is EEXIST, a missing one ESRCH, a netmask with a hole EINVAL, each read back with rtm_errno; a user without CAP_NET_ADMIN gets EPERM and the table stays as it was
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
netbsd_iface nbsd
ip link add rc0 type dummy || fail "ip link add rc0 type dummy"
trap 'ip link del rc0' EXIT
ip addr add 192.0.2.7/24 dev rc0
ip link set rc0 up
# RTF_UP|RTF_GATEWAY 3, and RTF_STATIC 0x800, RTF_HOST 4, RTF_DONE 0x40
for prog in fbsd nbsd; do
	expect_eq "$(ifacetest asuser 1000 "$(command -v $prog-route-change)" user)" \
		"add 1 1 0 1" "$prog: uid 1000 may not add a route"
	expect_eq "$(ip route show 198.51.100.0/24)" "" \
		"$prog: the table after uid 1000's add"
	expect_eq "$($prog-route-change)" "add 0 0 1 0
add-get 2115 192.0.2.1
again 1 17 0 17
change 0 0 1 0
change-get 2115 192.0.2.2
host 0 0 1 0
host-get 2119 192.0.2.1
delete 0 0 1 0
delete-get none 3
gone 1 3 0 3
badmask 1 22 0 22" "$prog: each change, and the route RTM_GET finds"
	expect_eq "$(ip route show 203.0.113.5 | sed 's/ *$//')" \
		"203.0.113.5 via 192.0.2.1 dev rc0" \
		"$prog: the host route, as Linux shows it"
	ip route del 203.0.113.5 || fail "$prog: ip route del"
done
