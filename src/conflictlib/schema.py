"""Column names of the output tables (events, tolls, documents), in output order."""

from __future__ import annotations

ACTIONS: tuple[str, ...] = (
    "airstrike",
    "shelling",
    "bombing",
    "clash",
    "capture",
    "withdrawal",
    "attack",
    "abduction",
    "protest",
    "arrest",
)

EVENT_COLUMNS: tuple[str, ...] = (
    "event_id",
    "doc_id",
    "action",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "assoc_actor1",
    "inter1",
    "inter2",
    "interaction",
    "location",
    "location_ar",
    "admin1",
    "country",
    "latitude",
    "longitude",
    "geo_precision",
    "event_date",
    "date_precision",
    "fatalities",
    "fatalities_estimated",
    "injured",
    "source",
    "sentence",
    "char_start",
    "char_end",
    "confidence",
    "publication_date",
    "rule",
    "provenance",
)

TOLL_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "toll_id",
    "reporter",
    "location",
    "period_start",
    "period_end",
    "group",
    "killed",
    "injured",
    "captured",
    "sentence",
    "char_start",
    "char_end",
)

DOCUMENT_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "source",
    "status",
    "reason",
    "encoding",
    "n_chars",
    "n_sentences",
    "n_events",
    "n_tolls",
    "publication_date",
    "outlet",
    "title",
)

DOCUMENT_STATUSES: tuple[str, ...] = ("ok", "empty", "skipped", "error")
