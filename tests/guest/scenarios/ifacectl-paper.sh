# test: ifacectl sets up the paper's experiment with its commands only, and brands hello itself
. /lib/scenario.sh
printf '500 iface_info\n314 write\n70 exit\n' >custom.tbl
ifacectl create custom --table custom.tbl --nr-reg rbx --magic JUHA || fail create
ifacectl bind custom juha || fail bind
echo '548 iface_info' | ifacectl table linux load - || fail "linux table"
ifacectl brand /bin/hello --magic JUHA -o ./hm || fail brand
cmp ./hm /bin/hello-modified || fail "brand differs from the build's hello-modified"
./hm >out
expect_eq "$?" 1 "exit status"
printf 'Hello, world!\r\n' | cmp - out || fail "output: $(od -c out)"
hello >out
expect_eq "$? $(wc -c <out)" "1 0" "native hello"
expect_eq "$(ifacectl table custom show)" "$(printf '70 exit\n314 write\n500 iface_info')" "table show"
expect_eq "$(ifacectl list | grep '^custom')" "custom                           juha    rbx    0" list
# In place, and --check.
cp /bin/hello ./h2
ifacectl brand ./h2 --magic JUHA || fail "brand in place"
expect_eq "$(ifacectl brand --check ./h2 | tail -1)" "./h2: claimed by 'custom' (binfmt juha)" check
expect_eq "$(ifacectl brand --check /bin/hello | tail -1)" "/bin/hello: claimed by no interface: runs native" "check native"
ifacectl delete custom || fail delete
[ ! -d $CFG/custom ] || fail "still there"
