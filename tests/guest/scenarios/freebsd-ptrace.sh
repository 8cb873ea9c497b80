# test: freebsd platform: ptrace's PT_TRACE_ME in a child makes its exec stop with SIGTRAP for the parent, as Go's SysProcAttr.Ptrace needs; a tracer's request (PT_ATTACH) is EINVAL
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(fbsd-ptrace)
expect_eq "$?" 0 "exit status"
expect_eq "$out" "stopped 1407
attach 1 22
killed 9" "the traced exec, the refusal, the kill"
