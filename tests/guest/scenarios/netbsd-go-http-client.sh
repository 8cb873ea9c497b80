# test: NetBSD Go program: a net/http client fetches a page from busybox httpd (native) on 127.0.0.1
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
ip link set lo up || fail "loopback"
mkdir www && echo "hello from linux" >www/index.html
httpd -f -p 127.0.0.1:8081 -h www &
pid=$!
wait_until wget -q -O /dev/null http://127.0.0.1:8081/index.html
out=$(nbsd-go-http get http://127.0.0.1:8081/index.html)
st=$?
kill $pid
expect_eq "$st" 0 "exit status"
expect_eq "$out" "200 hello from linux" "status and body"
