# Sourced by ./test.sh: Debian's chromium for the browser end-to-end tests (Microsoft.Playwright drives it;
# `playwright install` is never used). Installs only when /usr/bin/chromium is missing.
if [ ! -x /usr/bin/chromium ]; then
  echo "tools/deps/chromium.sh: installing Debian's chromium" >&2
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update && apt-get install -y --no-install-recommends chromium
  else
    sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium
  fi
fi
export LADDER_CHROMIUM=/usr/bin/chromium
