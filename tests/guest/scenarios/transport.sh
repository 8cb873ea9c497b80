# test: stdout, stderr, files and bytes of any value reach the host intact
printf 'cr\r\nnul\000ff\377end' >"$OUT/bytes"
seq 1 20000 >"$OUT/seq"
printf 'to stdout\r\n'
echo "to stderr" >&2
exit 0
