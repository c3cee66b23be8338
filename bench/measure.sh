# bench/measure.sh - sourced by bench/run.sh and bench/forward.sh (OUT must be set).
# measure LABEL CMD...: runs CMD under /usr/bin/time -v, keeps its output in $OUT/LABEL.out and
# .err, appends "wall_s rss_kb" to $OUT/LABEL.times and prints both.
measure() {
    label=$1; shift
    /usr/bin/time -v "$@" > "$OUT/$label.out" 2> "$OUT/$label.err" || { cat "$OUT/$label.err"; exit 1; }
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$OUT/$label.err" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$OUT/$label.err")
    echo "$wall $rss" >> "$OUT/$label.times"
    printf '  %-14s run: %8.2f s  %7.0f MB\n' "$label" "$wall" "$(echo "$rss / 1024" | bc -l)"
}
# median: of the numbers on stdin, one a line
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
