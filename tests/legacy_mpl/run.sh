#!/usr/bin/env bash
# Run the shaping and figure tests on matplotlib 3.10 (no libraqm), in its own venv.
# Usage: bash tests/legacy_mpl/run.sh [VENV_DIR]   (default /tmp/venv-mpl310)
# The venv is created once and reused; conflictlib is taken from src/ via PYTHONPATH
# so the main environment is left alone.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="${1:-/tmp/venv-mpl310}"
python="${PYTHON:-python3.11}"
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
    "$venv/bin/pip" install --quiet -r "$here/requirements.txt"
fi
"$venv/bin/python" -c "import matplotlib, matplotlib.ft2font as f; \
assert getattr(f, '__libraqm_version__', None) is None, 'this venv has libraqm'; \
print('matplotlib', matplotlib.__version__, '(no libraqm)')"
cd "$root"
PYTHONPATH="$root/src" MPLBACKEND=agg "$venv/bin/python" -m pytest \
    tests/test_shaping.py tests/test_figures.py -q -p no:cacheprovider -o addopts="" "${@:2}"
