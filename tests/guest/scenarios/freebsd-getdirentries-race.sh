# test: freebsd platform: getdirentries while another thread rewrites the record lengths in its buffer reads nothing past the listing (KASAN watches on the debug kernel) and returns well-formed records
# timeout: 120
. /lib/scenario.sh
freebsd_iface fbsd
mkdir d && cd d || fail "mkdir"
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
	: >"file-with-a-longer-name-$i"
done
n=$(rounds 20000)
out=$(fbsd-getdirentries-race $n)
rc=$?
echo "$out"
expect_eq "$rc" 0 "exit status"
expect_eq "$(echo "$out" | sed -n 's/^entries //p')" 22 "an undisturbed listing: 20 files, . and .."
expect_eq "$(echo "$out" | sed -n 's/^calls //p')" "$n bad 0" "every listing under the race well formed"
expect_eq "$(echo "$out" | sed -n 's/^short [0-9]* //p')" "other 0" "every listing under the race whole, or cut at its first record"
