# Sourced by ./test.sh: Debian's poppler-utils (pdftoppm, pdftotext, pdfinfo). The print test renders the guide's
# PDF to images and text with them. Installs only when pdftoppm is missing.
if ! command -v pdftoppm >/dev/null || ! command -v pdftotext >/dev/null; then
  echo "tools/deps/poppler.sh: installing Debian's poppler-utils" >&2
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends poppler-utils >/dev/null
  else
    sudo apt-get update -qq >/dev/null && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends poppler-utils >/dev/null
  fi
fi
