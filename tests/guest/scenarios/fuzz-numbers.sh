# test: over 100,000 fuzzed calls in every number register: mapped numbers answer, unmapped ones get exactly the policy, counters exact
# timeout: 900
fuzz >log 2>&1
rc=$?
cat log
total=$(sed -n 's/.*fuzzed calls: \([0-9]*\).*/\1/p' log | awk '{ s += $1 } END { print s + 0 }')
echo "fuzzed calls in all: $total"
[ $rc = 0 ] && [ "$total" -ge 100000 ]
