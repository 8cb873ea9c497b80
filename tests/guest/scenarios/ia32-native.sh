# test: 32-bit programs: one that matches an int80 interface's signature runs native, restarts included; a choice made for its exec is dropped
. /lib/scenario.sh
mkdir $CFG/os32
printf '1 write\n2 open\n3 exit\n4 getpid\n' >$CFG/os32/table
echo int80 >$CFG/os32/method
printf '\\x43' >$CFG/os32/magic
echo 7 >$CFG/os32/offset
echo elf >$CFG/os32/binfmt
e0=$(stat os32 execs)
expect_eq "$(ia32-branded name)" linux "the branded 32-bit program"
expect_eq "$(stat os32 execs)" "$e0" "no exec counted"
# A stop and continue in nanosleep restarts it through the vDSO's int 0x80.
ia32-branded sleep $((1500 * SCALE)) >out &
pid=$!
asleep() { [ "$(cut -d' ' -f3 /proc/$pid/stat)" = S ]; }
wait_until asleep
kill -STOP $pid
nap 3
kill -CONT $pid
wait $pid
expect_eq "$?:$(cat out)" "0:linux slept 0" "restarted sleep"
# ifacectl run, or prctl SET_EXEC, of a 32-bit program: the choice is dropped.
expect_eq "$(ifacetest setexec os32 /bin/ia32 name)" linux "chosen for a 32-bit exec"
dmesg | grep -q "ifacetest\[[0-9]*\]: exec of /bin/ia32 is a 32-bit program: chosen interface os32 dropped" ||
	fail "no log line"
