# The main demonstration, run by `make demo`.
echo "# uname -r"
uname -r
echo "# cat /sys/kernel/syscall_iface/version"
cat /sys/kernel/syscall_iface/version
echo "# nasm-hello; echo \$?"
nasm-hello
echo $?
echo "# hello (the paper's program, native interface); echo \$?"
hello
echo $?
