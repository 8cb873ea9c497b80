# test: freebsd platform: sendfile sends its headers, the file's bytes from the offset given (to the end for nbytes 0) and its trailers, says what went in sbytes and leaves the file's offset; a negative offset, a target that is not a stream socket and a source that is not a file are refused
# timeout: 60
. /lib/scenario.sh
freebsd_iface fbsd
expect_eq "$(fbsd-sendfile)" "hdtr 0 0
sent 8
got H:23456!
toend 0 0
sent 3
got 789
offset 10
negative 1 22
notsock 1 38
dgram 1 22
notfile 1 22" "sendfile"
