# test: a #! script gets the interface of its interpreter, the final program loaded
. /lib/scenario.sh
lx_platform lx LXID
printf '#!/bin/ifacetest-lx name\n' >/tmp/foreign.sh
printf '#!/bin/ifacetest name\n' >/tmp/native.sh
chmod +x /tmp/foreign.sh /tmp/native.sh
expect_eq "$(/tmp/foreign.sh)" lx "script with foreign interpreter"
expect_eq "$(ifacetest-lx exec /tmp/native.sh)" linux "foreign program execs a native script"
expect_eq "$(ifacetest exec /tmp/foreign.sh)" lx "native program execs a foreign script"
