# test: an interface chosen for the next exec is dropped, with a log line, when the exec changes credentials without AT_SECURE (capabilities lost)
. /lib/scenario.sh
lx_platform open OPEN
# uid 1000 that kept its permitted capabilities loses them at exec; the
# kernel does not ask for AT_SECURE there, but the new program is not
# the one that chose.
expect_eq "$(ifacetest keepcaps 1000 open /bin/ifacetest name)" linux "capabilities lost"
dmesg | grep -q "ifacetest\[[0-9]*\]: exec of /bin/ifacetest changes credentials: chosen interface open dropped" ||
	fail "no log line"
# Credentials that stay the same keep the choice.
expect_eq "$(ifacetest asuser 1000 /bin/ifacetest setexec open /bin/ifacetest name)" open "uid 1000, no change"
expect_eq "$(ifacetest setexec open /bin/ifacetest name)" open "root, no change"
