"""Selections of the events table used by the notebooks."""

from __future__ import annotations

import pandas as pd
import pytest

from conflictlib.analysis import count_by, filter_events
from conflictlib.errors import ConflictlibError


@pytest.fixture
def events() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "event_id": ["a", "b", "c", "d"],
            "action": ["airstrike", "clash", "airstrike", "capture"],
            "actor1": ["russia", "isis", "coalition", "isis"],
            "actor2": ["civilians", "ypg", "isis", None],
            "assoc_actor1": [None, None, "usa;uae", None],
            "event_date": ["2015-10-02", "2015-10-03", None, "2014-10-06"],
        }
    ).astype("string")


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, ["a", "b", "c", "d"]),
        ({"actions": ["airstrike"]}, ["a", "c"]),
        ({"actors": ["isis"]}, ["b", "c", "d"]),
        ({"actors": ["uae"]}, ["c"]),
        ({"date_from": "2015-01-01"}, ["a", "b"]),
        ({"date_to": "2015-10-02"}, ["a", "d"]),
        ({"date_from": "2015-10-02", "date_to": "2015-10-02", "actions": ["airstrike"]}, ["a"]),
    ],
)
def test_filter_events(events: pd.DataFrame, kwargs: dict, expected: list[str]) -> None:
    assert list(filter_events(events, **kwargs)["event_id"]) == expected


@pytest.mark.parametrize(
    "kwargs", [{"actions": ["bombardment"]}, {"date_from": "last week"}, {"date_to": "2015-13-45"}]
)
def test_filter_events_rejects_bad_values(events: pd.DataFrame, kwargs: dict) -> None:
    with pytest.raises(ConflictlibError):
        filter_events(events, **kwargs)


def test_count_by_has_totals(events: pd.DataFrame) -> None:
    table = count_by(events, "actor1")
    assert table.loc["isis", "total"] == 2
    assert table.loc["total", "airstrike"] == 2
    assert count_by(events.iloc[0:0], "actor1").empty
