# test: ptrace: a tracer reads and sets a stopped tracee's interface and native range, and injects a native call (kselftest harness program)
. /lib/scenario.sh
for i in pt ptr; do
	mkdir $CFG/$i || fail "mkdir $i"
	printf '39 getpid\n62 kill\n231 exit_group\n234 tgkill\n' >$CFG/$i/table
done
echo 1 >$CFG/ptr/restricted
ptrace-iface
