# test: syscall-iface is configured in and shows its version in sysfs
cat /sys/kernel/syscall_iface/version
