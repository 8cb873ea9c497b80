# test: FreeBSD Go program: hello world runs unmodified, with its arguments, its environment and its exit status
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(HELLO_ENV=world go-hello 7 "two words")
expect_eq "$?" 7 "exit status"
expect_eq "$out" "hello from freebsd/amd64
arg 0 go-hello
arg 1 7
arg 2 two words
HELLO_ENV=world" "output"
# Every call it made went through the FreeBSD table.
[ "$(stat fbsd syscalls)" -gt 50 ] || fail "only $(stat fbsd syscalls) calls decoded"
