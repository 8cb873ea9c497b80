# test: strace on a foreign program shows the native syscall names
. /lib/scenario.sh
paper_custom
strace -o trace hello-modified >out
expect_eq "$?" 1 "exit status under strace"
printf 'Hello, world!\r\n' | cmp - out || fail "output: $(od -c out)"
grep -q '^write(1, "Hello, world!\\r\\n", 15) *= 15$' trace || fail "no native write"
grep -q '^exit(1) *= ?$' trace || fail "no native exit"
# The debug service has no native name: strace shows its number, 4096.
grep -q '^syscall_0x1000(0, 0, .*= 0x6$' trace || fail "service not shown as 0x1000"
