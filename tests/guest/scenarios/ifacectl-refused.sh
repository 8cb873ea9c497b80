# test: ifacectl turns the kernel's refusals into messages naming attribute and value (exit 2)
. /lib/scenario.sh
paper_custom
ifacectl create twin --magic JUHA || fail create
out=$(ifacectl bind twin juha 2>&1)
expect_eq "$?" 2 "exit status"
expect_eq "$out" "ifacectl: cannot set binfmt of 'twin' to 'juha': File exists (another interface bound to that handler has the same signature)" message
expect_eq "$(cat $CFG/twin/binfmt)" "" "still unbound"
out=$(ifacectl create custom 2>&1)
expect_eq "$?" 2 "create existing"
out=$(ifacectl delete linux 2>&1)
expect_eq "$?" 2 "delete linux"
out=$(ifacectl bind nosuch juha 2>&1)
expect_eq "$?:$out" "2:ifacectl: no interface 'nosuch'" "missing interface"
