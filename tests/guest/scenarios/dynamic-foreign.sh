# test: a dynamically linked foreign program (ld.so and libc.so) runs under its interface
. /lib/scenario.sh
lx_platform lx LXID
expect_eq "$(ifacetest-dyn name)" linux "native dynamic program"
expect_eq "$(ifacetest-dyn-lx name)" lx "foreign dynamic program"
expect_eq "$(ifacetest-dyn-lx thread | sort | tr '\n' ' ')" "main lx thread lx " "its threads"
expect_eq "$(stat lx execs)" 2 execs
