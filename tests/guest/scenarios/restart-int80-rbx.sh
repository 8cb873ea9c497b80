# test: restart (int80, rbx): a foreign program that enters with int 0x80 survives SIGSTOP/SIGCONT and signals in a long sleep and a blocking read
# timeout: 40
. /lib/scenario.sh
out=$(restart_test rbx int80-rbx int80)
expect_eq "$out" "$(printf 'ready\nsleep: 0, eintr 1, on time\nread: 3 go\nhandler ran 3 times, errors 0\nexit 0')" output
expect_eq "$(stat rs unmapped)" 0 "unmapped calls (a wrong decode, or a call refused for its method)"
