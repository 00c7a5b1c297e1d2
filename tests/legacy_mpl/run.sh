#!/usr/bin/env bash
# Run the shaping and figure tests on matplotlib < 3.11 (no libraqm: the arabic-reshaper +
# python-bidi branch of conflictlib.plotting.shaping.shape_label), in a second venv.
# The project is installed exactly as the README's test command does, plus the constraint
# on matplotlib, so this environment cannot drift from pyproject.toml.
# Usage: bash tests/legacy_mpl/run.sh [VENV_DIR] [PYTEST_ARGS...]   (default VENV_DIR .venv-mpl310)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
venv="${1:-.venv-mpl310}"
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
    "$venv/bin/python" -m pip install -q --upgrade pip
    "$venv/bin/python" -m pip install -q -e ".[test]" "matplotlib>=3.9,<3.11"
fi
"$venv/bin/python" -c "import matplotlib, matplotlib.ft2font as f; \
assert getattr(f, '__libraqm_version__', None) is None, 'this venv has libraqm'; \
print('matplotlib', matplotlib.__version__, '(no libraqm)')"
MPLBACKEND=agg "$venv/bin/python" -m pytest \
    tests/test_shaping.py tests/test_figures.py -q -p no:cacheprovider -o addopts="" "${@:2}"
