# test: a static NASM program runs (its checks are in tests/bats/harness.bats)
nasm-hello
echo "status=$?"
