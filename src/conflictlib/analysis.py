"""Selections and summaries of the events table that the notebooks share."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from conflictlib.errors import ConflictlibError
from conflictlib.schema import ACTIONS


def _parse_bound(value: str | None, name: str) -> pd.Timestamp | None:
    if value in (None, ""):
        return None
    try:
        return pd.Timestamp(str(value))
    except ValueError as exc:
        raise ConflictlibError(f"{name}={value!r} is not a date (YYYY-MM-DD)") from exc


def filter_events(
    events: pd.DataFrame,
    date_from: str | None = None,
    date_to: str | None = None,
    actions: Sequence[str] = (),
    actors: Sequence[str] = (),
) -> pd.DataFrame:
    """Events within [date_from, date_to] (undated events kept unless a bound is set), of the
    given actions, involving any of the given actors (as actor1, actor2 or associate)."""
    unknown = sorted(set(actions) - set(ACTIONS))
    if unknown:
        raise ConflictlibError(f"unknown action(s) {unknown}; known: {list(ACTIONS)}")
    start, end = _parse_bound(date_from, "date_from"), _parse_bound(date_to, "date_to")
    keep = pd.Series(True, index=events.index)
    dates = pd.to_datetime(events["event_date"], errors="coerce")
    if start is not None:
        keep &= dates >= start
    if end is not None:
        keep &= dates <= end
    if actions:
        keep &= events["action"].isin(list(actions))
    if actors:
        wanted = set(actors)
        assoc = events["assoc_actor1"].fillna("").str.split(";")
        keep &= (
            events["actor1"].isin(wanted)
            | events["actor2"].isin(wanted)
            | assoc.map(lambda ids: bool(wanted & set(ids)))
        )
    return events[keep.fillna(False)].reset_index(drop=True)


def count_by(events: pd.DataFrame, rows: str, columns: str = "action") -> pd.DataFrame:
    """A table of event counts (rows x columns) with totals, missing values shown as '-'."""
    if events.empty:
        return pd.DataFrame()
    return pd.crosstab(
        events[rows].fillna("-"), events[columns].fillna("-"), margins=True, margins_name="total"
    )
