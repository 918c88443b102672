# Shared by the bench/web scripts: tools, a Release build of ladder, a catalog, and cleanup of what we start.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d /tmp/ladder-bench-web.XXXXXX)"
chmod 755 "$WORK" # nginx workers run as an unprivileged user and must read the export
PIDS=()
CLEAN=() # more folders to remove on exit
cleanup() {
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK" "${CLEAN[@]:-}"
}
trap cleanup EXIT

need() { # need <command> <debian package>
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "installing $2 (apt)" >&2
    if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2" >/dev/null
    else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2" >/dev/null; fi
  fi
}
need_time() { [ -x /usr/bin/time ] || need time time; }

build_ladder() {
  (cd "$REPO" && dotnet build -c Release src/Ladder/Ladder.csproj -v quiet -nologo >/dev/null)
  LADDER=("dotnet" "$REPO/artifacts/bin/Ladder/release/ladder.dll")
  DB="$WORK/ladder.db"
  "${LADDER[@]}" --db "$DB" import >/dev/null
}

# The URL list in $WORK/urls: every page the static export writes, as the server's path; sets PAGES.
site_urls() {
  local site="$WORK/site"
  "${LADDER[@]}" --db "$DB" build "$site" >/dev/null
  (cd "$site" && find . -name index.html -printf '%h\n' | sed -e 's|^\.||' -e 's|^$|/|' | sort) >"$WORK/urls"
  rm -rf "$site"
  PAGES=$(wc -l <"$WORK/urls")
}

# Resident memory in MB of process $1, field $2 of /proc/PID/status (VmRSS, VmHWM).
rss_mb() { awk -v k="$2:" '$1 == k { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "n/a"; else printf "%.2f", a / b }'; }

# Peak resident memory in MB from /usr/bin/time -v output.
peak_mb() { awk -F: '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }
