# test: FreeBSD Go program: a net/http server on 127.0.0.1 answers busybox wget (native)
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
ip link set lo up || fail "loopback"
go-http serve 127.0.0.1:0 port &
pid=$!
wait_until [ -s port ]
out=$(wget -q -O - "http://127.0.0.1:$(cat port)/")
expect_eq "$?" 0 "wget's status"
expect_eq "$out" "hello from freebsd" "what wget got"
wait $pid
expect_eq "$?" 0 "the server's exit status"
