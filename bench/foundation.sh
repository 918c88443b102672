#!/usr/bin/env bash
# Whole-process figures for the foundation issue, each next to a baseline measured in the same run:
#   - full `ladder import` wall time and peak memory, against decompressing the same shipped files
#     (the I/O + gunzip floor every import pays);
#   - `ladder guide` cold start with the database already built, against `ladder --version`
#     (bare process start-up of the same executable).
# Usage: bench/foundation.sh [runs]   (default 5; medians are reported)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
command -v /usr/bin/time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "Publishing ladder (Release, ReadyToRun) ..."
dotnet publish src/Ladder -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/bin" >/dev/null
ladder="$work/bin/ladder"
db="$work/ladder.db"

# Prints "seconds kilobytes" of one run of the command.
measure() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -n 1; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

baseline_import=(); import_s=(); import_kb=(); version_s=(); guide_s=(); guide_kb=()
for i in $(seq "$runs"); do
  read -r s _ < <(measure sh -c "for f in '$work'/bin/data/onet/*.gz '$work'/bin/data/bls/*.gz; do gzip -dc \"\$f\"; done")
  baseline_import+=("$s")
  rm -f "$db"
  read -r s kb < <(measure "$ladder" --db "$db" import)
  import_s+=("$s"); import_kb+=("$kb")
  read -r s _ < <(measure "$ladder" --version)
  version_s+=("$s")
  read -r s kb < <(measure "$ladder" --db "$db" guide "data scientist")
  guide_s+=("$s"); guide_kb+=("$kb")
done

bi=$(printf '%s\n' "${baseline_import[@]}" | median)
im=$(printf '%s\n' "${import_s[@]}" | median)
ik=$(printf '%s\n' "${import_kb[@]}" | median)
vs=$(printf '%s\n' "${version_s[@]}" | median)
gs=$(printf '%s\n' "${guide_s[@]}" | median)
gk=$(printf '%s\n' "${guide_kb[@]}" | median)
echo
echo "runs: $runs (medians), $(nproc) cores"
awk -v im="$im" -v ik="$ik" -v bi="$bi" 'BEGIN { printf "import: %6.2f s wall, peak %6.1f MB   baseline gunzip of the shipped files: %5.2f s   ratio %5.1fx   (target < 10 s)\n", im, ik/1024, bi, im/bi }'
awk -v gs="$gs" -v gk="$gk" -v vs="$vs" 'BEGIN { printf "guide cold start: %6.3f s wall, peak %6.1f MB   baseline ladder --version: %5.3f s   ratio %5.1fx   (target < 0.5 s)\n", gs, gk/1024, vs, gs/vs }'
