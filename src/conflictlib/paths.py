"""Locating the project folder, so notebooks and the CLI resolve paths the same way."""

from __future__ import annotations

import os
from pathlib import Path

from conflictlib.errors import ConflictlibError


def project_root(start: str | Path | None = None) -> Path:
    """The nearest folder at or above `start` (default: cwd) holding pyproject.toml and notebooks/.

    The environment variable CONFLICTLIB_ROOT overrides the search; outside any project, the
    checkout this package is installed from (an editable install) is used when there is one.
    """
    env = os.environ.get("CONFLICTLIB_ROOT")
    if env:
        return Path(env).resolve()
    here = Path(start or Path.cwd()).resolve()
    checkout = Path(__file__).resolve().parents[2]
    for folder in (here, *here.parents, checkout):
        if (folder / "pyproject.toml").is_file() and (folder / "notebooks").is_dir():
            return folder
    raise ConflictlibError(
        f"no conflictlib project folder (pyproject.toml + notebooks/) at or above {here}; "
        "run from inside the project or set CONFLICTLIB_ROOT"
    )


def resolve(path: str | Path, root: Path | None = None) -> Path:
    """An absolute path: `path` itself if absolute, else relative to the project root."""
    p = Path(path)
    return p if p.is_absolute() else (root or project_root()) / p


def relative(path: str | Path, root: Path | None = None) -> str:
    """`path` relative to the project root when inside it (for stable, machine-free output)."""
    p = Path(path).resolve()
    try:
        return p.relative_to((root or project_root()).resolve()).as_posix()
    except ValueError:
        return p.as_posix()
