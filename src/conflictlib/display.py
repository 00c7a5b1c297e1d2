"""Right-to-left HTML views of documents with their evidence spans, for notebooks.

The browser shapes Arabic itself: text stays in logical order inside
``<div dir="rtl" lang="ar">``; spans are ``<mark>`` elements placed by offsets into the
original text (the same offsets as events.csv char_start/char_end).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

ACTION_COLOURS = {
    "airstrike": "#fdd0a2",
    "shelling": "#fdae6b",
    "bombing": "#fcbba1",
    "clash": "#c6dbef",
    "capture": "#c7e9c0",
    "withdrawal": "#d9d9d9",
    "attack": "#fa9fb5",
    "abduction": "#dadaeb",
    "protest": "#ffffb2",
    "arrest": "#bcbddc",
}


@dataclass(frozen=True)
class Highlight:
    """A span of the original text to mark, with a tooltip and a colour key."""

    start: int
    end: int
    label: str
    key: str = ""


def _missing(value: object) -> bool:
    """None, NaN or pandas' NA."""
    import pandas as pd

    return value is None or bool(pd.isna(value))


def highlights_from_events(events: Iterable[dict]) -> list[Highlight]:
    """One highlight per event row (char_start, char_end, action, actors, place)."""
    marks = []
    for e in events:
        if _missing(e.get("char_start")) or _missing(e.get("char_end")):
            continue
        label = f"{e.get('event_id', '')} {e.get('action', '')}: {e.get('actor1') or '?'} → {e.get('actor2') or '-'} @ {e.get('location') or '?'}"
        marks.append(
            Highlight(int(e["char_start"]), int(e["char_end"]), label, str(e.get("action", "")))
        )
    return marks


def render_rtl_html(text: str, marks: Sequence[Highlight] = ()) -> str:
    """HTML of `text` (logical order, escaped) with non-overlapping marks; overlaps are merged."""
    ordered = sorted(
        (m for m in marks if 0 <= m.start < m.end <= len(text)), key=lambda m: (m.start, -m.end)
    )
    parts: list[str] = ['<div dir="rtl" lang="ar" style="font-size:1.1em;line-height:1.9">']
    pos = 0
    for m in ordered:
        if m.start < pos:  # overlapping span: extend the title of the open mark instead of nesting
            continue
        parts.append(html.escape(text[pos : m.start]).replace("\n", "<br>"))
        colour = ACTION_COLOURS.get(m.key, "#eeeeee")
        titles = [o.label for o in ordered if o.start < m.end and o.end > m.start]
        end = max(
            o.end for o in ordered if o.start < m.end and o.end > m.start and o.start >= m.start
        )
        parts.append(
            f'<mark style="background:{colour}" title="{html.escape(" | ".join(titles))}">'
            f"{html.escape(text[m.start : end])}</mark>"
        )
        pos = end
    parts.append(html.escape(text[pos:]).replace("\n", "<br>"))
    parts.append("</div>")
    return "".join(parts)
