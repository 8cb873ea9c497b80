# test: native range: calls made from it run native in a foreign task; kept across fork, cleared by exec; bad ranges refused (kselftest)
# timeout: 60
. /lib/scenario.sh
mkdir $CFG/nr || fail "mkdir nr"
printf '1 write\n60 exit\n231 exit_group\n500 getppid\n' >$CFG/nr/table
[ -z "$(cat $CFG/nr/table_error)" ] || fail "table: $(cat $CFG/nr/table_error)"
native-range
