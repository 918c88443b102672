#!/usr/bin/env bash
# `ladder build` of the whole site vs Hugo building a control site with the same number of pages of similar size:
# career pages with front matter (levels, skills, related links) and eight paragraphs each (hugo-control-site.py).
# Each builder runs RUNS times, alternating, on the same filesystem; the table shows medians of pages/s and peak
# memory (/usr/bin/time -v). Writing ~17,000 small files dominates on this VM's disk and swings by 2-3x with the
# kernel's writeback state, so every run starts after `sync` with no dirty pages, and the same comparison is also
# made on tmpfs, where the figure is the builders' own work.
# Every run writes to a folder of its own and all are deleted at the end, not between runs: this VM's ext4 has no
# journal, and then the kernel will not hand out an inode freed in the last minute, checking each one it passes when
# it allocates. A run that follows `rm -rf` of the previous run's ~35,000 files and folders pays for that scan, several
# seconds of system time (perf: recently_deleted, find_inode_bit) that belong to neither builder.
# `ladder build` runs as two processes (BatchRelaunch: a launcher that waits for the build, which runs with tiered
# compilation off); its peak memory below is the build process's peak plus the launcher's.
# Usage: bench/web/build-vs-hugo.sh [runs] [disk|tmpfs|both]
source "$(dirname "$0")/common.sh"
RUNS="${1:-3}"
WHERE="${2:-both}"
need hugo hugo
need_time
build_ladder

# CPU seconds (user + system, children included): steadier than wall time when other jobs share the cores.
cpu_of() { awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f\n", s }' "$1"; }
seconds_of() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$1"; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
settle() { sync; for _ in $(seq 1 50); do [ "$(awk '/^Dirty:/ { print $2 }' /proc/meminfo)" -lt 1024 ] && break; sleep 0.2; done; }

# One ladder build first, to size the control site like the real one.
# It also measures the launcher's memory while its build process runs.
SIZING="$WORK/sizing"
"${LADDER[@]}" --db "$DB" build "$SIZING" >/dev/null &
LAUNCHER=$!
LAUNCHER_MB=0
while kill -0 "$LAUNCHER" 2>/dev/null; do
  if pgrep -P "$LAUNCHER" >/dev/null; then LAUNCHER_MB=$(awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$LAUNCHER/status" 2>/dev/null || echo "$LAUNCHER_MB"); fi
  sleep 0.5
done
wait "$LAUNCHER"
PAGES=$(find "$SIZING" -name index.html | wc -l)
AVG_BYTES=$(find "$SIZING" -name index.html -printf '%s\n' | awk '{ s += $1 } END { printf "%.0f", s / NR }')
# Kept until the end (in $WORK): deleting it now would make the first run pay for the freed inodes (see above).

# The control site: as many structured career pages as ladder wrote, each rendering to about the same size.
CONTROL="$WORK/hugo"
python3 "$(dirname "$0")/hugo-control-site.py" "$CONTROL" "$PAGES" "$AVG_BYTES"

compare_on() { # compare_on <label> <output root>
  local label="$1" out="$2" i
  mkdir -p "$out"
  for i in $(seq 1 "$RUNS"); do
    settle
    /usr/bin/time -v -o "$WORK/ladder.$label.$i.time" "${LADDER[@]}" --db "$DB" build "$out/ladder.$i" >"$WORK/ladder.$label.$i.log"
    grep -q "Link check passed" "$WORK/ladder.$label.$i.log" || { echo "ladder build failed its link check:" >&2; cat "$WORK/ladder.$label.$i.log" >&2; exit 1; }
    settle
    /usr/bin/time -v -o "$WORK/hugo.$label.$i.time" hugo --quiet -s "$CONTROL" -d "$out/hugo.$i" >/dev/null
    HUGO_PAGES=$(find "$out/hugo.$i" -name index.html | wc -l)
    HUGO_AVG=$(find "$out/hugo.$i/careers" -name index.html -printf '%s\n' | awk '{ s += $1 } END { printf "%.0f", s / NR }')
  done
  rm -rf "$out"/ladder.* "$out"/hugo.*
  local ls hs lm hm lp hp lc hc
  lc=$(for i in $(seq 1 "$RUNS"); do cpu_of "$WORK/ladder.$label.$i.time"; done | median)
  hc=$(for i in $(seq 1 "$RUNS"); do cpu_of "$WORK/hugo.$label.$i.time"; done | median)
  ls=$(for i in $(seq 1 "$RUNS"); do seconds_of "$WORK/ladder.$label.$i.time"; done | median)
  hs=$(for i in $(seq 1 "$RUNS"); do seconds_of "$WORK/hugo.$label.$i.time"; done | median)
  lm=$(for i in $(seq 1 "$RUNS"); do echo $(( $(peak_mb "$WORK/ladder.$label.$i.time") + LAUNCHER_MB )); done | median)
  hm=$(for i in $(seq 1 "$RUNS"); do peak_mb "$WORK/hugo.$label.$i.time"; echo; done | median)
  lp=$(awk -v p="$PAGES" -v s="$ls" 'BEGIN { printf "%.0f", p / s }')
  hp=$(awk -v p="$HUGO_PAGES" -v s="$hs" 'BEGIN { printf "%.0f", p / s }')
  echo
  echo "Output on $label ($out), median of $RUNS runs each, all ladder runs: $(for i in $(seq 1 "$RUNS"); do seconds_of "$WORK/ladder.$label.$i.time"; done | tr '\n' ' ')s, hugo: $(for i in $(seq 1 "$RUNS"); do seconds_of "$WORK/hugo.$label.$i.time"; done | tr '\n' ' ')s"
  printf "%-14s %8s %9s %10s %10s %9s %9s\n" "builder" "pages" "avg bytes" "seconds" "pages/s" "peak MB" "CPU s"
  printf "%-14s %8s %9s %10s %10s %9s %9s\n" "ladder build" "$PAGES" "$AVG_BYTES" "$ls" "$lp" "$lm" "$lc"
  printf "%-14s %8s %9s %10s %10s %9s %9s\n" "hugo" "$HUGO_PAGES" "$HUGO_AVG" "$hs" "$hp" "$hm" "$hc"
  echo "ratio pages/s ladder/hugo on $label: $(ratio "$lp" "$hp")  (target >= 2); ladder's peak MB includes its launcher's $LAUNCHER_MB MB"
}

echo "Whole-process wall time, $(nproc) cores. ladder's time includes start-up, catalog load, rendering and its link check."
case "$WHERE" in
  disk) compare_on disk "$WORK/out" ;;
  tmpfs) SHM="$(mktemp -d /dev/shm/ladder-bench.XXXXXX)"; CLEAN+=("$SHM"); compare_on tmpfs "$SHM" ;;
  both) compare_on disk "$WORK/out"; SHM="$(mktemp -d /dev/shm/ladder-bench.XXXXXX)"; CLEAN+=("$SHM"); compare_on tmpfs "$SHM" ;;
  *) echo "usage: $0 [runs] [disk|tmpfs|both]" >&2; exit 2 ;;
esac
grep -h "Link check" "$WORK"/ladder.*.1.log | head -1
