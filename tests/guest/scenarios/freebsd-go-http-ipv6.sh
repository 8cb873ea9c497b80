# test: FreeBSD Go programs: a net/http client and server talk over [::1] (AF_INET6, FreeBSD's 28)
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
ip link set lo up || fail "loopback"
go-http serve '[::1]:0' port &
pid=$!
wait_until [ -s port ]
out=$(go-http get "http://[::1]:$(cat port)/")
expect_eq "$?" 0 "the client's exit status"
expect_eq "$out" "200 hello from freebsd" "status and body"
wait $pid
expect_eq "$?" 0 "the server's exit status"
