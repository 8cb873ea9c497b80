# test: ptrace sees the native call: a tracer of hello-modified reads native numbers in orig_ax
. /lib/scenario.sh
paper_custom
ptrace-nr /bin/hello-modified 2>trace >out
expect_eq "$?" 1 "exit status through the tracer"
printf 'Hello, world!\r\n' | cmp - out || fail "output: $(od -c out)"
# execve (native, by the tracer's child), then iface_info (service 4096),
# write (1) and exit (60); rbx holds the foreign numbers.
expect_eq "$(sed 1d trace)" "$(printf 'orig_ax=4096 rbx=500\norig_ax=1 rbx=314\norig_ax=60 rbx=70')" trace
expect_eq "$(head -1 trace | cut -d' ' -f1)" "orig_ax=59" execve
