# test: restart (carry): under the carry convention and an errno map, an interrupted call returns EINTR as the mapped errno with CF set; restarts and signal returns are untouched
# timeout: 40
. /lib/scenario.sh
# restart-carry-rax reads EINTR as 35 with the carry flag; any other
# error, or an error without the flag, counts as an error.
out=$(restart_test rax carry-rax syscall carry 'EINTR 35\n')
expect_eq "$out" "$(printf 'ready\nsleep: 0, eintr 1, on time\nread: 3 go\nhandler ran 3 times, errors 0\nexit 0')" output
expect_eq "$(stat rs unmapped)" 0 "unmapped calls (a wrong decode)"
