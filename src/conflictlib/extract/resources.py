"""Everything the extractor compiles once: lexicons, cue matchers, number/date/toll lexicons."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from conflictlib.dates import DateLexicon, load_date_lexicon
from conflictlib.errors import LexiconError
from conflictlib.extract.cues import CueMatcher
from conflictlib.extract.schemas import load_cue_files
from conflictlib.extract.tolls import TollLexicon, toll_lexicon_for
from conflictlib.lexicons.loader import Lexicons
from conflictlib.lexicons.matcher import AliasMatcher
from conflictlib.numbers import NumberLexicon, load_number_lexicon


@dataclass(frozen=True)
class Resources:
    """Compiled matchers and tables shared by every document of a run (read-only)."""

    lexicons: Lexicons
    actions: CueMatcher
    modality: CueMatcher
    attribution: CueMatcher
    platforms: CueMatcher
    casualties: CueMatcher
    roles: CueMatcher
    place_markers: CueMatcher
    links: CueMatcher
    reporters: AliasMatcher
    reporter_entries: dict[str, dict[str, Any]]
    event_types: dict[tuple[str, str], tuple[str, str]]
    variant_cues: CueMatcher
    numbers: NumberLexicon
    dates: DateLexicon
    tolls: TollLexicon
    # the countries the gazetteer holds towns or governorates of (Syria, Iraq)
    mapped_countries: frozenset[str] = frozenset()


def build_resources(lexicons: Lexicons) -> Resources:
    """Compile every matcher the extractor needs from validated lexicons."""
    files = load_cue_files(lexicons.extra)
    reporter_entries = {e["id"]: e for e in files["reporters"].entries}
    aliases = {a: e["id"] for e in files["reporters"].entries for a in e["aliases"]}
    types = build_event_types(files["event_types"].entries)
    numbers = load_number_lexicon()
    return Resources(
        lexicons=lexicons,
        actions=CueMatcher(files["actions"]),
        modality=CueMatcher(files["modality"]),
        attribution=CueMatcher(files["attribution"]),
        platforms=CueMatcher(files["platforms"]),
        casualties=CueMatcher(files["casualties"]),
        roles=CueMatcher(files["roles"]),
        place_markers=CueMatcher(files["place_markers"]),
        links=CueMatcher(files["links"]),
        reporters=AliasMatcher("reporter", aliases),
        reporter_entries=reporter_entries,
        event_types=types,
        variant_cues=CueMatcher(files["event_types"]),
        numbers=numbers,
        dates=load_date_lexicon(numbers=numbers),
        tolls=toll_lexicon_for(lexicons),
        mapped_countries=frozenset(
            p.country
            for p in lexicons.gazetteer.places.values()
            if p.kind != "country" and p.country
        ),
    )


def build_event_types(entries: list[dict[str, Any]]) -> dict[tuple[str, str], tuple[str, str]]:
    """(action, variant) -> (ACLED event_type, sub_event_type); every action needs a default."""
    table = {(e["action"], e["variant"]): (e["event_type"], e["sub_event_type"]) for e in entries}
    missing = sorted({a for a, _ in table} - {a for a, v in table if v == "default"})
    if missing:
        raise LexiconError([f"event_types: no default entry for action(s) {missing}"])
    return table
