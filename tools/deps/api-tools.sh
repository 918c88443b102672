# Sourced by ./test.sh, and run by tests/Ladder.ApiContract.Tests when its tools are missing: the pinned tools the
# API contract tests drive. Redocly CLI comes from npm into tools/redocly (exact version in its package-lock.json);
# Kiota is a local .NET tool listed in .config/dotnet-tools.json. Each step does nothing when already installed.
(
  set -euo pipefail
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  if [ ! -x "$root/tools/redocly/node_modules/.bin/redocly" ]; then
    if ! command -v npm >/dev/null; then
      echo "tools/deps/api-tools.sh: installing Debian's nodejs and npm for Redocly CLI" >&2
      if [ "$(id -u)" -eq 0 ]; then apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
      else sudo apt-get update -qq >/dev/null && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; fi
    fi
    echo "tools/deps/api-tools.sh: installing Redocly CLI into tools/redocly" >&2
    npm ci --prefix "$root/tools/redocly" --no-audit --no-fund --loglevel=error >&2
  fi
  cd "$root" && dotnet tool restore >/dev/null
)
