"""Arabic fonts shipped by PyPI packages (fontpkg), registered with matplotlib on demand."""

from __future__ import annotations

from pathlib import Path

import matplotlib
from matplotlib import font_manager

from conflictlib.errors import ConflictlibError

ARABIC_FAMILY = "Noto Sans Arabic"
BOLD_FAMILY = "Amiri"
FALLBACK_FAMILY = "DejaVu Sans"
FONT_FAMILIES: tuple[str, ...] = (ARABIC_FAMILY, FALLBACK_FAMILY)


class FontError(ConflictlibError):
    """An Arabic font package is missing or its font file cannot be registered."""


def find_font_file(family: str) -> Path:
    """Return the path of the font file that the fontpkg package for `family` installs."""
    import fontpkg

    try:
        path = Path(fontpkg.path(family))
    except Exception as exc:  # fontpkg raises several types for an unknown family
        raise FontError(
            f"font family {family!r} is not installed; pip install "
            f"fontpkg-{family.lower().replace(' ', '-')}"
        ) from exc
    if not path.is_file():
        raise FontError(f"font file for {family!r} not found at {path}")
    return path


def register_font(family: str) -> Path:
    """Add the packaged font file of `family` to matplotlib's font manager (idempotent)."""
    path = find_font_file(family)
    known = {Path(entry.fname) for entry in font_manager.fontManager.ttflist}
    if path not in known:
        font_manager.fontManager.addfont(str(path))
    return path


def use_arabic_font() -> tuple[str, ...]:
    """Register the packaged Arabic fonts and return the font.family fallback list to use.

    The list is meant for `matplotlib.rc_context({"font.family": [...]})`; Noto Sans
    Arabic covers Arabic, Latin letters and digits, DejaVu Sans (bundled with
    matplotlib) catches anything else so no box glyph appears.
    """
    register_font(ARABIC_FAMILY)
    register_font(BOLD_FAMILY)
    return FONT_FAMILIES


def figure_rc() -> dict[str, object]:
    """Return the rcParams every conflictlib figure is drawn with (fonts, vector output)."""
    families = list(use_arabic_font())
    return {
        "font.family": families,
        "pdf.fonttype": 42,
        "ps.fonttype": 42,
        "svg.fonttype": "path",
        "svg.hashsalt": "conflictlib",
    }


def matplotlib_version() -> tuple[int, int]:
    """Return the (major, minor) version of the running matplotlib."""
    major, minor = matplotlib.__version__.split(".")[:2]
    return int(major), int(minor)
