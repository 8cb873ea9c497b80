# test: NetBSD Go programs: a descriptor passed over a Unix socket (SCM_RIGHTS) reads the file it was opened on
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
mkdir w && cd w || fail "mkdir"
echo -n "the passed file" >f
nbsd-go-unixfd serve sock &
pid=$!
wait_until [ -S sock ]
out=$(nbsd-go-unixfd send sock f hello)
expect_eq "$?" 0 "the sender's exit status"
expect_eq "$out" "hello: the passed file" "the answer"
wait $pid
expect_eq "$?" 0 "the server's exit status"
