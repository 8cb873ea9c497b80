# test: prctl permissions: restricted needs CAP_SYS_ADMIN (EPERM as uid 1000); an exec that changes credentials drops a chosen interface
. /lib/scenario.sh
lx_platform lx LXID
lx_platform open OPEN
echo 1 >$CFG/lx/restricted
expect_eq "$(cat $CFG/lx/restricted)" 1 restricted
expect_eq "$(ifacetest asuser 1000 /bin/ifacetest set lx)" "set: -1" "restricted, uid 1000: EPERM"
expect_eq "$(ifacetest asuser 1000 /bin/ifacetest setexec lx /bin/ifacetest name)" "setexec: -1" "restricted on exec, uid 1000: EPERM"
expect_eq "$(ifacetest set lx | head -1)" "now lx lx" "restricted, root"
expect_eq "$(ifacetest asuser 1000 /bin/ifacetest set open | head -1)" "now open open" "unrestricted, uid 1000"
out=$(ifacetest asuser 1000 /bin/ifacectl run lx -- /bin/ifacetest name 2>&1)
expect_eq "$?:$out" "3:ifacectl: run: 'lx' is restricted: selecting it needs CAP_SYS_ADMIN" "ifacectl run, uid 1000"
# Detection follows the same rule (see restricted-exec).
expect_eq "$(ifacetest asuser 1000 /bin/ifacetest exec /bin/ifacetest-lx name | head -1)" \
	"exec /bin/ifacetest-lx failed: Operation not permitted" "restricted, by detection, uid 1000"
# A setuid program never runs an interface its caller chose.
cp /bin/ifacetest /tmp/suid && chmod 4755 /tmp/suid
expect_eq "$(ifacetest asuser 1000 /bin/ifacetest setexec open /tmp/suid name)" linux "setuid exec ignores the choice"
dmesg | grep -q "ifacetest\[[0-9]*\]: exec of /tmp/suid changes credentials: chosen interface open dropped" || fail "no log line"
expect_eq "$(ifacetest setexec open /tmp/suid name)" open "root running setuid-root gains nothing: choice kept"
refused EINVAL $CFG/lx/restricted maybe
refused EPERM $CFG/linux/restricted 1
