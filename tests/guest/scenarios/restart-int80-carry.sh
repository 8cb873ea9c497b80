# test: restart (int80, carry): int 0x80 and the carry convention together survive SIGSTOP/SIGCONT, -EINTR and SA_RESTART
# timeout: 40
. /lib/scenario.sh
out=$(restart_test rax int80-carry-rax int80 carry 'EINTR 35\n')
expect_eq "$out" "$(printf 'ready\nsleep: 0, eintr 1, on time\nread: 3 go\nhandler ran 3 times, errors 0\nexit 0')" output
expect_eq "$(stat rs unmapped)" 0 "unmapped calls (a wrong decode)"
