# test: the custom platform reads back in normalised form
. /lib/scenario.sh
paper_custom
expect_eq "$(cat $CFG/custom/table)" "$(printf '70 exit\n314 write\n500 iface_info')" table
expect_eq "$(cat $CFG/custom/nr_reg)" rbx nr_reg
expect_eq "$(cat $CFG/custom/magic)" JUHA magic
expect_eq "$(cat $CFG/custom/offset)" 0 offset
expect_eq "$(cat $CFG/custom/mask)" "" mask
expect_eq "$(cat $CFG/custom/binfmt)" juha binfmt
expect_eq "$(cat $CFG/linux/table)" "548 iface_info" "linux table"
expect_eq "$(cat $CFG/linux/nr_reg)" rax "linux nr_reg"
# Comments, blank lines, numbers for names, hex: the same normalised form.
printf '# paper\n\n0x1f4 iface_info  # debug\n314 1\n  70\texit\n' >$CFG/custom/table
expect_eq "$(cat $CFG/custom/table)" "$(printf '70 exit\n314 write\n500 iface_info')" "table from variant text"
