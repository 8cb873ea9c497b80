# test: ifacectl run hands the program every argument (no fixed limit), and a --help after "--" is the program's
. /lib/scenario.sh
out=$(ifacectl run linux -- /bin/sh -c 'echo $#' sh $(seq 300))
expect_eq "$out" 300 "300 arguments reach the program"
out=$(ifacectl run linux -- /bin/sh -c 'echo "$1"' sh --help)
expect_eq "$out" "--help" "the program's --help"
