# test: ret carry: after the syscall instruction r11 holds the flags the call returned (FreeBSD's sysret), int $0x80 keeps r11, and the linux convention leaves the flags the call was made with
. /lib/scenario.sh
cv_platform cvc CVC1 syscall carry
cv_platform cvi CVI1 int80 carry
cv_platform cvl CVL1 syscall linux
./conv-r11-cvc
expect_eq $? 5 "syscall, carry: CF set, and in r11"
./conv-r11-int80-cvi
expect_eq $? 6 "int \$0x80, carry: CF set, r11 kept"
./conv-r11-cvl
expect_eq $? 0 "syscall, linux: CF clear, r11 the flags at entry"
