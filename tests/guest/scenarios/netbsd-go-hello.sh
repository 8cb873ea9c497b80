# test: NetBSD Go program: hello world runs unmodified, with its arguments, its environment and its exit status
# timeout: 60
. /lib/scenario.sh
netbsd_iface nbsd
out=$(HELLO_ENV=world nbsd-go-hello 7 "two words")
expect_eq "$?" 7 "exit status"
expect_eq "$out" "hello from netbsd/amd64
arg 0 nbsd-go-hello
arg 1 7
arg 2 two words
HELLO_ENV=world" "output"
# Every call it made went through the NetBSD table.
[ "$(stat nbsd syscalls)" -gt 50 ] || fail "only $(stat nbsd syscalls) calls decoded"
