"""The extractor's output records: Event (one row of events.csv) and DocumentResult."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from conflictlib.extract.tolls import Toll
from conflictlib.schema import EVENT_COLUMNS

__all__ = ["DocumentResult", "Event", "Toll"]


@dataclass
class Event:
    """One event as the codebook defines it; one field per schema.EVENT_COLUMNS."""

    event_id: str
    doc_id: str
    action: str
    event_type: str = ""
    sub_event_type: str = ""
    actor1: str = ""
    actor2: str = ""
    assoc_actor1: str = ""
    inter1: int | None = None
    inter2: int | None = None
    interaction: int | None = None
    location: str = ""
    location_ar: str = ""
    admin1: str = ""
    country: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    event_date: str = ""
    date_precision: str = "unknown"
    fatalities: int | None = None
    fatalities_estimated: bool = False
    injured: int | None = None
    source: str = ""
    sentence: str = ""
    char_start: int = 0
    char_end: int = 0
    confidence: float = 0.0
    publication_date: str = ""
    rule: str = ""
    provenance: dict[str, Any] = field(default_factory=dict)

    def to_row(self) -> dict[str, Any]:
        """The event as a plain dict in EVENT_COLUMNS order."""
        return {name: getattr(self, name) for name in EVENT_COLUMNS}


@dataclass
class DocumentResult:
    """What the extractor found in one document."""

    doc_id: str
    events: list[Event]
    tolls: list[Toll]
    n_sentences: int


def check_event_fields() -> None:
    """Raise AssertionError if Event's fields drift from schema.EVENT_COLUMNS (used by tests)."""
    names = tuple(f.name for f in fields(Event))
    assert names == EVENT_COLUMNS, f"Event fields {names} != EVENT_COLUMNS {EVENT_COLUMNS}"
