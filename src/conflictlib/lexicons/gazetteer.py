"""The gazetteer: places with Arabic names, found in text and resolved from context.

Several places may share a name (there are many الطيبة); a mention then has several
candidates and ``Gazetteer.resolve`` picks one from the article's context: a governorate
named near it (محافظة حمص، ريف حمص), other places mentioned around it, and last the size of
the place. The choice comes back with a human-readable reason.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from conflictlib.errors import LexiconError
from conflictlib.geo import haversine_km
from conflictlib.lexicons.matcher import AliasMatcher, Match
from conflictlib.normalize import normalize_key

# Kinds that stand for a part of a town (they resolve to their ``parent``).
SUBPLACE_KINDS = frozenset({"neighbourhood", "facility", "airbase", "dam", "crossing", "camp"})
POPULATED_KINDS = frozenset({"city", "town", "village"})
# ACLED geo_precision of a mention of a place of this kind (before any ريف/محيط qualifier).
GEO_PRECISION = {
    **{k: 1 for k in POPULATED_KINDS | SUBPLACE_KINDS},
    "mountain": 2,
    "area": 2,
    "region": 3,
    "governorate": 3,
    "country": 3,
}
# Prior weight of a kind when nothing in the context decides between candidates.
KIND_PRIOR = {"city": 6.0, "governorate": 5.5, "town": 5.0, "country": 4.0, "village": 3.0}
COUNTRYSIDE_WORDS = ("ريف", "محافظه", "محافظات", "ولايه")
NEARBY_KM = 60.0
# Settlement nouns a town is named with (normalised): بلدة X may be any town or village X.
SETTLEMENT_NOUNS = frozenset({"بلده", "قريه", "مدينه", "ناحيه", "قضاء"})
SHADOW = "\x00shadow"  # entry id of a name that hides the place names inside it
NEAR_CHARS = 200  # context mentions this close to the mention (same text) weigh double


@dataclass(frozen=True)
class Hosted:
    """Forces of `actor` based at a place from `start` to `end` (None: still there), with the
    actor families of their partners there (whose fire from or at the base is not aimed at them)."""

    actor: str
    start: dt.date
    end: dt.date | None
    partners: tuple[str, ...] = ()

    def at(self, day: dt.date) -> bool:
        """True when the forces were there on `day`."""
        return self.start <= day and (self.end is None or day <= self.end)


def parse_hosts(place_id: str, items: Iterable[str]) -> tuple[Hosted, ...]:
    """Parse "ACTOR FROM TO [PARTNER,…]" strings (TO "-" for still there; partners are actor
    families); a bad one is a LexiconError."""
    out = []
    for item in items:
        parts = item.split()
        try:
            actor, start, end, *rest = parts
            if len(rest) > 1:
                raise ValueError(item)
            out.append(
                Hosted(
                    actor,
                    dt.date.fromisoformat(start),
                    None if end == "-" else dt.date.fromisoformat(end),
                    tuple(p for p in (rest[0].split(",") if rest else ()) if p),
                )
            )
        except ValueError as exc:
            raise LexiconError(
                [
                    f"place {place_id!r}: hosts entry {item!r} is not "
                    "'ACTOR YYYY-MM-DD YYYY-MM-DD|- [PARTNER,…]'"
                ]
            ) from exc
    return tuple(out)


@dataclass(frozen=True)
class Place:
    """One place of the gazetteer (coordinates in WGS84 degrees)."""

    id: str
    name_en: str
    name_ar: str
    admin1: str  # English governorate name ("" for countries and regions)
    country: str
    lat: float
    lon: float
    kind: str
    parent: str | None
    aliases: tuple[str, ...]
    source: str  # where the coordinates come from (coord_source in the data)
    population: int | None = None
    geonames_id: int | None = None
    hosts: tuple[Hosted, ...] = ()  # foreign forces based here, with the period

    @property
    def geo_precision(self) -> int:
        """ACLED geo_precision of a plain mention of this place (1 town, 2 area, 3 region)."""
        return GEO_PRECISION.get(self.kind, 2)


@dataclass(frozen=True)
class Resolution:
    """A resolved place mention: the chosen place, the reason, and the other candidates."""

    place: Place
    reason: str
    candidates: tuple[str, ...] = field(default_factory=tuple)


class Gazetteer:
    """Place lookup by id or Arabic name, mention finding, and resolution of ambiguous names."""

    def __init__(self, places: Mapping[str, Place], shadows: Iterable[str] = ()):
        """Index ``places`` by name; ``shadows`` are names that contain a place name but are
        no place (الدولة الإسلامية في العراق والشام، قوات سوريا الديمقراطية): the place
        inside them is not a mention (the longer shadow wins the overlap, then is dropped)."""
        self.places: dict[str, Place] = dict(places)
        self.by_name: dict[str, list[str]] = {}
        for place in self.places.values():
            for name in {normalize_key(n) for n in (place.name_ar, *place.aliases) if n}:
                self.by_name.setdefault(name, []).append(place.id)
        for ids in self.by_name.values():
            ids.sort(key=lambda pid: self._prior(self.places[pid]), reverse=True)
        self._share_settlement_nouns()
        self.shadows = frozenset(
            key
            for key in (normalize_key(n) for n in shadows)
            if key and key not in self.by_name and self._contains_place(key)
        )
        table = {name: name for name in self.by_name} | {key: SHADOW for key in self.shadows}
        self.matcher = AliasMatcher("place", table, article=False)
        missing = [
            f"place {p.id!r}: parent {p.parent!r} is not a place"
            for p in self.places.values()
            if p.parent is not None and p.parent not in self.places
        ]
        if missing:
            raise LexiconError(missing)

    def _share_settlement_nouns(self) -> None:
        """A name told with its settlement noun (بلدة ربيعة، قرية الطيبة) is listed for one place
        but may be any populated place of that name (Rabia of Ninewa or of Jabal al-Turkman):
        the other towns and villages of the bare name become candidates too, after the listed
        ones (which still win when no context decides)."""
        for key, ids in self.by_name.items():
            noun, _, bare = key.partition(" ")
            if noun not in SETTLEMENT_NOUNS or bare not in self.by_name:
                continue
            ids.extend(
                pid
                for pid in self.by_name[bare]
                if pid not in ids and self.places[pid].kind in POPULATED_KINDS
            )

    def __len__(self) -> int:
        return len(self.places)

    @staticmethod
    def _prior(place: Place) -> tuple[float, int]:
        return (KIND_PRIOR.get(place.kind, 2), place.population or 0)

    def get(self, place_id: str) -> Place:
        """The place with this id (KeyError if unknown)."""
        return self.places[place_id]

    def candidates(self, place_id_or_name: str) -> list[Place]:
        """All places with this id or Arabic name (most likely first); [] if none."""
        if place_id_or_name in self.places:
            return [self.places[place_id_or_name]]
        ids = self.by_name.get(normalize_key(place_id_or_name), [])
        return [self.places[pid] for pid in ids]

    def _contains_place(self, key: str) -> bool:
        """True if a run of whole words of ``key`` is a place name."""
        words = key.split()
        return any(
            " ".join(words[i:j]) in self.by_name
            for i in range(len(words))
            for j in range(i + 1, len(words) + 1)
        )

    def find(self, text: str) -> list[Match]:
        """Place mentions in normalised text; ``entry_id`` is the most likely candidate."""
        return [
            Match(m.start, m.end, "place", m.key, m.surface, self.by_name[m.key][0], m.prefix)
            for m in self.matcher.find(text)
            if m.entry_id != SHADOW
        ]

    def town_of(self, place: Place | str) -> Place:
        """The populated place a neighbourhood/facility belongs to (itself otherwise)."""
        current = self.places[place] if isinstance(place, str) else place
        seen = {current.id}
        while current.parent is not None and current.parent not in seen:
            current = self.places[current.parent]
            seen.add(current.id)
        return current

    def resolve(
        self, match: Match, context_text: str, hint_admin1: str | None = None
    ) -> tuple[Place, str]:
        """Choose one place for a mention from its context; return it and the reason."""
        resolution = self.resolve_detailed(match, context_text, hint_admin1)
        return resolution.place, resolution.reason

    def resolve_detailed(
        self, match: Match, context_text: str, hint_admin1: str | None = None
    ) -> Resolution:
        """Like ``resolve`` but also returns the ids of all candidates."""
        cands = self.candidates(match.key) or [self.places[match.entry_id]]
        ids = tuple(p.id for p in cands)
        if len(cands) == 1:
            return Resolution(cands[0], "only place with this name", ids)
        evidence = self._context_evidence(match, context_text)
        scored = [(self._score(p, hint_admin1, evidence), p) for p in cands]
        best_score, best = max(scored, key=lambda sp: (sp[0][0], self._prior(sp[1])))
        if best_score[0] <= 0:
            why = f"no context decides between {len(cands)} places; chose the largest"
            return Resolution(cands[0], why, ids)
        return Resolution(best, "; ".join(best_score[1]), ids)

    def _context_evidence(self, match: Match, context_text: str) -> _Evidence:
        same_text = context_text[match.start : match.end] == match.surface
        admin1s: dict[str, tuple[str, float]] = {}
        anchors: list[tuple[Place, str, float]] = []
        for other in self.find(context_text):
            if other.key == match.key:
                continue
            near = same_text and abs(other.start - match.start) <= NEAR_CHARS
            weight = 2.0 if near else 1.0
            cands = self.candidates(other.key)
            if len({p.admin1 for p in cands}) == 1 and cands[0].admin1:
                if weight > admin1s.get(cands[0].admin1, ("", 0.0))[1]:
                    admin1s[cands[0].admin1] = (other.surface, weight)
            if len(cands) == 1 and cands[0].kind not in ("governorate", "country", "region"):
                anchors.append((cands[0], other.surface, weight))
        return _Evidence(admin1s, anchors)

    def _score(
        self, place: Place, hint_admin1: str | None, ev: _Evidence
    ) -> tuple[float, list[str]]:
        score, why = 0.0, []
        if hint_admin1 and place.admin1 == hint_admin1:
            score += 3
            why.append(f"in {hint_admin1} (hint)")
        if place.admin1 in ev.admin1s:
            surface, weight = ev.admin1s[place.admin1]
            score += 1 + weight
            why.append(f"in {place.admin1}, named in the context ({surface})")
        near = [
            (distance_km(place, anchor), surface, weight)
            for anchor, surface, weight in ev.anchors
            if distance_km(place, anchor) <= NEARBY_KM
        ]
        if near:
            km, surface, weight = min(near, key=lambda n: (n[0] / n[2], n[1]))
            score += weight * (1 + 1 / (1 + km))
            why.append(f"{km:.0f} km from {surface}, also mentioned")
        return score, why


@dataclass(frozen=True)
class _Evidence:
    admin1s: dict[str, tuple[str, float]]  # governorate -> (mention naming it, weight)
    anchors: list[tuple[Place, str, float]]  # unambiguous places in the context, with weight


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places in kilometres."""
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def build_places(entries: Iterable[dict]) -> dict[str, Place]:
    """Turn validated, merged place entries into Place objects keyed by id."""
    places = {}
    for e in entries:
        places[e["id"]] = Place(
            id=e["id"],
            name_en=e["name_en"],
            name_ar=e.get("name_ar", ""),
            admin1=e.get("admin1") or "",
            country=e["country"],
            lat=float(e["lat"]),
            lon=float(e["lon"]),
            kind=e["kind"],
            parent=e.get("parent"),
            aliases=tuple(e.get("aliases") or ()),
            source=e["coord_source"],
            population=e.get("population"),
            geonames_id=e.get("geonames_id"),
            hosts=parse_hosts(e["id"], e.get("hosts") or ()),
        )
    return places
