# test: NetBSD Go programs: a net/http client and server talk over [::1] (AF_INET6, NetBSD's 24; accept by paccept)
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
ip link set lo up || fail "loopback"
nbsd-go-http serve '[::1]:0' port &
pid=$!
wait_until [ -s port ]
out=$(nbsd-go-http get "http://[::1]:$(cat port)/")
expect_eq "$?" 0 "the client's exit status"
expect_eq "$out" "200 hello from netbsd" "status and body"
wait $pid
expect_eq "$?" 0 "the server's exit status"
