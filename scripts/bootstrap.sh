#!/usr/bin/env bash
# Installs what NumBook needs to build and test, when it is missing. Idempotent.
#   system: libopenblas-dev (BLAS/LAPACK), libreadline-dev (REPL), zlib1g-dev (PNG in SVG),
#           libssl-dev (libcrypto: hashlib's digests),
#           librsvg2-bin (rsvg-convert: PNG export, renders SVG in tests), fonts-dejavu-core
#           (the figures' font, so renders match matplotlib's), tmux (REPL tests), curl
#           (urllib.request downloads through it)
#   python: numpy (interop tests, goldens, benchmarks), pillow (scripts/pixdiff.py compares
#           figures); matplotlib, nbformat and IPython are only for regenerating
#           references and validating .ipynb output, installed with --with-python-refs.
set -euo pipefail

apt_packages=(libopenblas-dev libreadline-dev zlib1g-dev libssl-dev librsvg2-bin fonts-dejavu-core tmux curl)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  if [ "$(id -u)" -eq 0 ]; then
    echo "bootstrap: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "bootstrap: missing system packages: ${missing[*]}" >&2
    echo "run: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "bootstrap: no Swift toolchain on PATH (need Swift 6.1 or later)" >&2
  exit 1
fi

# The tests check that real numpy reads the .npy/.npz files NumBook writes, and validate
# .ipynb reports with nbformat's validator.
python3 -c "import numpy" 2>/dev/null || python3 -m pip install -q numpy
python3 -c "import nbformat" 2>/dev/null || python3 -m pip install -q nbformat
python3 -c "import PIL" 2>/dev/null || python3 -m pip install -q pillow

if [ "${1:-}" = "--with-python-refs" ]; then
  python3 -c "import numpy, matplotlib, nbformat, IPython" 2>/dev/null ||
    python3 -m pip install -q numpy matplotlib nbformat ipython
fi
echo "bootstrap: ok" >&2
