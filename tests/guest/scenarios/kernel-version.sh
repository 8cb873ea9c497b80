# test: the guest runs the kernel we built
uname -r
