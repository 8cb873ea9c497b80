# test: freebsd platform: the auxiliary vector is in FreeBSD's numbering (AT_EXECPATH, AT_CANARY, AT_OSRELDATE, AT_NCPUS, AT_TIMEKEEP, AT_ARGC..AT_ENVV), with no Linux-only entry left
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
out=$(/bin/fbsd-auxv a b)
expect_eq "$?" 0 "exit status"
# Every type is one FreeBSD gives amd64 programs the meaning Linux's
# loader's value has: nothing from 20 to 27 but AT_TIMEKEEP (22, tested
# by freebsd-timekeep), or above 31.
bad=$(echo "$out" | awk '$1 >= 20 && $1 <= 27 && $1 != 22 || $1 > 31 { print }')
expect_eq "$bad" "" "no Linux-only types"
# Nor the ids (AT_UID to AT_EGID), which FreeBSD's exec does not give.
expect_eq "$(echo "$out" | awk '$1 >= 10 && $1 <= 14')" "" "no AT_UID, AT_EUID, AT_GID, AT_EGID"
line() { echo "$out" | awk -v t="$1" '$1 == t { print $2 }'; }
expect_eq "$(line 6)" 4096 "AT_PAGESZ"
expect_eq "$(line 15)" /bin/fbsd-auxv "AT_EXECPATH"
expect_eq "$(line 16)" ok "AT_CANARY"
expect_eq "$(line 17)" 16 "AT_CANARYLEN"
expect_eq "$(line 18)" 1400097 "AT_OSRELDATE"
expect_eq "$(line 19)" "$(grep -c ^processor /proc/cpuinfo)" "AT_NCPUS"
expect_eq "$(echo "$out" | grep -c '^22 ')" 1 "AT_TIMEKEEP"
expect_eq "$(line 28) $(line 29) $(line 30) $(line 31)" "ok ok ok ok" "AT_ARGC, AT_ARGV, AT_ENVC, AT_ENVV"
# The kernel's copy stays Linux's: AT_PAGESZ (6) and AT_RANDOM (25) in
# /proc/PID/auxv of a FreeBSD program.
fbsd-start sleep 2 >/dev/null &
pid=$!
sleep 0.5
expect_eq "$(od -An -tu8 -w16 /proc/$pid/auxv | awk '$1 == 25 { n++ } END { print n + 0 }')" 1 "/proc/PID/auxv keeps AT_RANDOM"
wait $pid
expect_eq $? 43 "the FreeBSD program exits as it should"
