# test: freebsd platform: a FreeBSD program runs without Linux's vDSO and vvar (the platform's no_vdso), a native one keeps them, and /proc/PID/auxv loses AT_SYSINFO_EHDR
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
fbsd-start sleep 2 >/dev/null &
pid=$!
sleep 0.5
expect_eq "$(grep -c -e '\[vdso\]' -e '\[vvar\]' /proc/$pid/maps)" 0 "no vDSO or vvar in the FreeBSD program"
expect_eq "$(od -An -tu8 -w16 /proc/$pid/auxv | awk '$1 == 33 { n++ } END { print n + 0 }')" 0 "no AT_SYSINFO_EHDR in /proc/PID/auxv"
wait $pid
expect_eq $? 43 "the FreeBSD program exits as it should"
# A native program, meanwhile, still has both.
sleep 2 &
pid=$!
sleep 0.5
expect_eq "$(grep -c -e '\[vdso\]' -e '\[vvar\]' /proc/$pid/maps)" 2 "vDSO and vvar in a native program"
expect_eq "$(od -An -tu8 -w16 /proc/$pid/auxv | awk '$1 == 33 { n++ } END { print n + 0 }')" 1 "AT_SYSINFO_EHDR in a native program's auxv"
wait $pid
