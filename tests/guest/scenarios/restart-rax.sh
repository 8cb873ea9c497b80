# test: restart (rax): a foreign program in a long sleep and a blocking read survives SIGSTOP/SIGCONT and signals
# timeout: 40
. /lib/scenario.sh
out=$(restart_test rax)
expect_eq "$out" "$(printf 'ready\nsleep: 0, eintr 1, on time\nread: 3 go\nhandler ran 3 times, errors 0\nexit 0')" output
expect_eq "$(stat rs unmapped)" 0 "unmapped calls (a wrong decode)"
