# test: freebsd platform: a signal that interrupts 32-bit code runs its handler in 64-bit mode (the frame sets the 64-bit code segment, as Linux's and FreeBSD's do)
. /lib/scenario.sh
freebsd_iface fbsd
out=$(fbsd-sig32)
expect_eq "$? $out" "0 handler" "exit status and output"
