# gnuplot: instructions per getppid call, by how the call is made.
# harness/bench.sh passes dat (LABEL VALUE lines) and png (the output).
set terminal pngcairo size 900,500 font ",10"
set output png
set title "getppid: instructions per call (QEMU -icount shift=0)"
set style data histograms
set style fill solid 0.8 border -1
set boxwidth 0.7
set logscale y
set yrange [100:*]
set ylabel "instructions per call (log scale)"
set grid ytics
set key off
set bmargin 4
plot dat using 2:xtic(1) linecolor rgb "#3b6ea8", \
     '' using 0:2:(sprintf("%d", $2)) with labels offset 0,1 notitle
