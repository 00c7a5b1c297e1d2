"""The one place that decides how right-to-left text is prepared for matplotlib.

Strings are stored in logical order everywhere in conflictlib. matplotlib >= 3.11
shapes complex scripts itself (libraqm: bidi + HarfBuzz), so a logical string is
drawn correctly and must be passed unchanged. Older matplotlib draws characters one
by one, left to right, unjoined; there the classic recipe (arabic_reshaper for the
contextual forms, python-bidi for the visual order) is applied here, at render time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import matplotlib.ft2font

_ARABIC_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def matplotlib_shapes_text() -> bool:
    """Return True when the running matplotlib lays text out with libraqm (>= 3.11)."""
    return getattr(matplotlib.ft2font, "__libraqm_version__", None) is not None


def needs_rtl_handling(s: str) -> bool:
    """Return True when `s` contains right-to-left (Hebrew/Arabic) characters."""
    return _ARABIC_RE.search(s) is not None


def preshape_label(s: str) -> str:
    """Apply arabic_reshaper (harakat kept) and the bidi algorithm: visual-order presentation forms.

    Uses python-bidi's pure-Python `bidi.algorithm.get_display`, which mirrors
    brackets (rule L4); the Rust `bidi.get_display` of python-bidi 0.6 does not, and
    "(...)" in Arabic text would come out as ")...(".
    """
    import arabic_reshaper
    from bidi.algorithm import get_display

    reshaper = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})
    return "\n".join(get_display(reshaper.reshape(line)) for line in s.split("\n"))


def shape_label(s: str) -> str:
    """Return the string to hand to matplotlib for the logical-order label `s`.

    Unchanged on matplotlib >= 3.11 (it shapes itself) and for text without
    right-to-left characters; reshaped and reordered on older matplotlib.
    """
    if not s or matplotlib_shapes_text() or not needs_rtl_handling(s):
        return s
    return preshape_label(s)


def shape_labels(labels: Iterable[object]) -> list[str]:
    """Return shape_label applied to each label (converted with str)."""
    return [shape_label(str(label)) for label in labels]
