# test: upstream selftests, as ordinary native processes
# timeout: 3000
. /scenarios/common.sh
mkdir -p /tmp/st-work
: >"$OUT/summary"
for s in seccomp syscall_user_dispatch ptrace exec prctl x86; do
	run_suite $s
done
cat "$OUT/summary"
