# test: restricted at exec: uid 1000's self-branded copy is refused with EPERM and a log line; root's exec, and a setuid-root program, still run under it
. /lib/scenario.sh
lx_platform lx LXID
echo 1 >$CFG/lx/restricted
mkdir /tmp/u && chown 1000:1000 /tmp/u
ifacetest asuser 1000 /bin/ifacectl brand /bin/ifacetest --magic LXID -o /tmp/u/mine >/dev/null ||
	fail "brand as uid 1000"
e0=$(stat lx execs)
out=$(ifacetest asuser 1000 /bin/ifacetest exec /tmp/u/mine name)
expect_eq "$out" "$(printf 'exec /tmp/u/mine failed: Operation not permitted\nstill linux')" "uid 1000"
dmesg | grep -q "ifacetest\[[0-9]*\]: exec of /tmp/u/mine refused: interface lx is restricted to CAP_SYS_ADMIN" ||
	fail "no log line"
expect_eq "$(stat lx execs)" "$e0" "no exec counted"
# The elf handler: the same rule.
mkdir $CFG/os
printf '39 getpid\n' >$CFG/os/table
printf '\\x42' >$CFG/os/magic
echo 7 >$CFG/os/offset
echo elf >$CFG/os/binfmt
echo 1 >$CFG/os/restricted
expect_eq "$(ifacetest asuser 1000 /bin/ifacetest exec /bin/osabi-branded 2>&1 | head -1)" \
	"exec /bin/osabi-branded failed: Operation not permitted" "elf, uid 1000"
# Root holds CAP_SYS_ADMIN: the program runs under lx.
expect_eq "$(/tmp/u/mine name)" lx "root"
# So does a setuid-root copy run by uid 1000: its new credentials do.
cp /tmp/u/mine /tmp/suid-mine && chmod 4755 /tmp/suid-mine
expect_eq "$(ifacetest asuser 1000 /tmp/suid-mine name)" lx "setuid root"
# Unrestricted again: uid 1000's copy runs under it.
echo 0 >$CFG/lx/restricted
expect_eq "$(ifacetest asuser 1000 /tmp/u/mine name)" lx "unrestricted, uid 1000"
