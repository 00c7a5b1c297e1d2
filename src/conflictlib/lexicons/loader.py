"""The aggregate loader: every lexicon file of the package (and the user's) in one object.

``load_lexicons()`` reads every ``*.yaml`` / ``*.jsonl`` in ``conflictlib/lexicons/data``
plus the files a caller passes, validates each against the schema of its kind (see
``conflictlib.lexicons.schemas``), checks the cross-file rules (unique ids, aliases that
collide after normalisation, anaphor candidates and place parents that exist, ordered
date ranges) and raises one ``LexiconError`` listing every problem. Nothing is cached:
the caller keeps the returned ``Lexicons`` and passes it on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from conflictlib.errors import LexiconError
from conflictlib.lexicons.base import DATA_DIR, LexiconFile, read_lexicon_file, validate_entries
from conflictlib.lexicons.gazetteer import SUBPLACE_KINDS, Gazetteer, Place, build_places
from conflictlib.lexicons.matcher import AliasMatcher, Match, _select_longest
from conflictlib.lexicons.schemas import PLACE_REQUIRED, Schema, find_schema
from conflictlib.normalize import normalize_key

OWN_KINDS = ("actors", "anaphors", "places", "spellings")


@dataclass(frozen=True)
class Actor:
    """One actor: ids, names, ACLED family/inter/type, aliases and the dates its name was used."""

    id: str
    name_en: str
    name_ar: str
    family: str
    inter: int
    type: str  # state|rebel|militia|ethnic|identity|civilians|protesters|external|unknown
    aliases: tuple[str, ...]
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    country: str | None = None
    authority: bool = False  # runs police and prisons where it rules: its detentions are arrests
    # country -> actor id: whom its strikes there hit when the article names no target
    unnamed_target: Mapping[str, str] = field(default_factory=dict)

    @property
    def arrests(self) -> bool:
        """True when the codebook's `arrest` applies to its detentions (state or de facto authority)."""
        return self.type == "state" or self.authority

    def valid_on(self, day: dt.date | None) -> bool:
        """True if the actor's name was in use on ``day`` (always True when day is None)."""
        if day is None:
            return True
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_to is None or day <= self.valid_to


@dataclass(frozen=True)
class Anaphor:
    """A co-reference word (التنظيم، المسلحين) and the actors it may refer back to."""

    id: str
    aliases: tuple[str, ...]
    candidates: tuple[str, ...]
    victim: bool = False  # a casualty noun (جندي، شرطيين): always the side that suffered


@dataclass
class Lexicons:
    """Everything the extractor knows, validated; build it with ``load_lexicons``."""

    actors: dict[str, Actor]
    actor_matcher: AliasMatcher
    gazetteer: Gazetteer
    extra: dict[str, LexiconFile] = field(default_factory=dict)
    anaphors: dict[str, Anaphor] = field(default_factory=dict)
    anaphor_matcher: AliasMatcher | None = None
    files: tuple[Path, ...] = ()

    def find_actors(self, text: str, *, anaphors: bool = True) -> list[Match]:
        """Actor mentions (kind 'actor') and, unless disabled, anaphors (kind 'anaphor'); longest wins."""
        found = self.actor_matcher.find(text)
        if anaphors and self.anaphor_matcher is not None:
            found = _select_longest(found + self.anaphor_matcher.find(text))
        return found

    def families(self) -> dict[str, str]:
        """actor id -> family."""
        return {a.id: a.family for a in self.actors.values()}

    def coverage(self) -> dict[str, int]:
        """Counts for a report: actors, aliases, anaphors, places by origin and kind, other kinds."""
        places = self.gazetteer.places.values()
        admin = ("governorate", "region", "country")
        counts = {
            "actors": len(self.actors),
            "actor_aliases": len(self.actor_matcher),
            "anaphors": len(self.anaphors),
            "anaphor_aliases": len(self.anaphor_matcher or ()),
            "places": len(self.gazetteer),
            "places_geonames": sum(p.geonames_id is not None for p in places),
            "places_curated": sum(p.geonames_id is None and p.kind not in admin for p in places),
            "place_names": len(self.gazetteer.by_name),
            "governorates": sum(p.kind == "governorate" for p in places),
            "countries": sum(p.kind == "country" for p in places),
        }
        counts.update({f"entries_{kind}": len(f.entries) for kind, f in sorted(self.extra.items())})
        return counts


def package_files(data_dir: Path = DATA_DIR) -> list[Path]:
    """The package's lexicon files, in a stable order."""
    return sorted([*data_dir.glob("*.yaml"), *data_dir.glob("*.jsonl")])


def load_lexicons(
    extra_paths: Sequence[str | Path] = (),
    *,
    data_dir: str | Path = DATA_DIR,
    schemas: Mapping[str, Schema] | None = None,
    kinds: Collection[str] | None = None,
) -> Lexicons:
    """Load and validate the package lexicons plus ``extra_paths``; raise LexiconError listing all problems.

    ``schemas`` adds schemas for kinds of the caller's own files; ``kinds`` restricts
    loading to files of those kinds (the others are read but not validated or kept).
    """
    paths = package_files(Path(data_dir)) + [Path(p) for p in extra_paths]
    problems: list[str] = []
    files = read_all(paths, schemas, problems, kinds)
    by_kind = merge_by_kind(files, problems)
    actors = build_actors(by_kind.get("actors", []), problems)
    anaphors = build_anaphors(by_kind.get("anaphors", []), actors, problems)
    spellings = build_spellings(by_kind.get("spellings", []), problems)
    places = build_gazetteer_places(by_kind.get("places", []), problems, spellings)
    check_hosts(places, actors, problems)
    matchers = build_matchers(actors, anaphors, spellings, problems)
    if problems:
        raise LexiconError(problems)
    extra = {
        kind: merged_file(kind, entries)
        for kind, entries in by_kind.items()
        if kind not in OWN_KINDS
    }
    return Lexicons(
        actors=actors,
        actor_matcher=matchers[0],
        gazetteer=Gazetteer(places, shadows=[*matchers[0].aliases, *matchers[1].aliases]),
        extra=extra,
        anaphors=anaphors,
        anaphor_matcher=matchers[1],
        files=tuple(paths),
    )


# ----------------------------------------------------------------- reading and merging


@dataclass
class _Entry:
    data: dict[str, Any]
    where: str  # "file:line (id=...)"
    lex: LexiconFile
    line: int = 0


def read_all(
    paths: Sequence[Path],
    schemas: Mapping[str, Schema] | None,
    problems: list[str],
    kinds: Collection[str] | None = None,
) -> list[LexiconFile]:
    """Read and schema-validate every file; append problems instead of stopping at the first."""
    files = []
    for path in paths:
        if not path.exists():
            problems.append(f"{path}: no such lexicon file")
            continue
        try:
            lex = read_lexicon_file(path)
        except LexiconError as exc:  # collected with the others, raised together
            problems.extend(exc.problems)
            continue
        if kinds is not None and lex.kind not in kinds:
            continue
        schema = find_schema(lex.kind, schemas)
        if schema is None:
            problems.append(f"{path}: unknown lexicon kind {lex.kind!r} (no schema declares it)")
            continue
        files.append(keep_valid_entries(lex, schema, problems))
    return files


def keep_valid_entries(lex: LexiconFile, schema: Schema, problems: list[str]) -> LexiconFile:
    """Validate entry by entry; report the bad ones and keep the rest for the later checks."""
    entries, lines = [], []
    for entry, line in zip(lex.entries, lex.lines or [0] * len(lex.entries), strict=False):
        one = LexiconFile(lex.path, lex.kind, lex.source, [entry], [line], lex.meta)
        found = validate_entries(one, schema)
        problems.extend(found)
        if not found:
            entries.append(entry)
            lines.append(line)
    return LexiconFile(lex.path, lex.kind, lex.source, entries, lines, lex.meta)


def merge_by_kind(files: Sequence[LexiconFile], problems: list[str]) -> dict[str, list[_Entry]]:
    """Merge the entries of all files per kind; a repeated id is an error unless ``override: true``."""
    by_kind: dict[str, dict[str, _Entry]] = {}
    anonymous: dict[str, list[_Entry]] = {}
    for lex in files:
        seen = by_kind.setdefault(lex.kind, {})
        for data, line in zip(lex.entries, lex.lines or [0] * len(lex.entries), strict=False):
            entry_id = data.get("id")
            entry = _Entry(data, f"{lex.path}:{line} (id={entry_id!r})", lex, line)
            if entry_id is None:
                anonymous.setdefault(lex.kind, []).append(entry)
            elif data.get("override"):
                if entry_id not in seen:
                    problems.append(
                        f"{entry.where}: override of an id that no earlier file defines"
                    )
                seen[entry_id] = entry
            elif entry_id in seen:
                problems.append(
                    f"{entry.where}: duplicate id, first defined at {seen[entry_id].where}"
                )
            else:
                seen[entry_id] = entry
    return {kind: [*seen.values(), *anonymous.get(kind, [])] for kind, seen in by_kind.items()}


def merged_file(kind: str, entries: Sequence[_Entry]) -> LexiconFile:
    """One LexiconFile holding the merged entries of a kind (meta lists every source file)."""
    paths = list(dict.fromkeys(e.lex.path for e in entries))
    sources = list(dict.fromkeys(e.lex.source for e in entries))
    first = entries[0].lex if entries else None
    return LexiconFile(
        path=paths[0] if paths else DATA_DIR,
        kind=kind,
        source="; ".join(s for s in sources if s),
        entries=[e.data for e in entries],
        lines=[e.line for e in entries],
        meta={**(first.meta if first else {}), "files": [str(p) for p in paths]},
    )


# ----------------------------------------------------------------- actors and anaphors


def parse_date(value: Any, where: str, name: str, problems: list[str]) -> dt.date | None:
    """A date field as a date (YAML gives dates; strings must be ISO)."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        problems.append(f"{where}: field {name!r} = {value!r} is not an ISO date")
        return None


def build_actors(entries: Sequence[_Entry], problems: list[str]) -> dict[str, Actor]:
    """Actor objects from merged entries; checks date ranges and duplicate aliases."""
    actors = {}
    for e in entries:
        d = e.data
        start = parse_date(d.get("valid_from"), e.where, "valid_from", problems)
        end = parse_date(d.get("valid_to"), e.where, "valid_to", problems)
        if start and end and start > end:
            problems.append(f"{e.where}: valid_from {start} is after valid_to {end}")
        aliases = tuple(d.get("aliases") or ())
        check_alias_duplicates(e.where, (d["name_ar"], *aliases), problems, allow_first=True)
        actors[d["id"]] = Actor(
            id=d["id"],
            name_en=d["name_en"],
            name_ar=d["name_ar"],
            family=d["family"],
            inter=d["inter"],
            type=d["type"],
            aliases=aliases,
            valid_from=start,
            valid_to=end,
            country=d.get("country"),
            authority=bool(d.get("authority", False)),
            unnamed_target=dict(d.get("unnamed_target") or {}),
        )
    for e in entries:
        for country, target in (e.data.get("unnamed_target") or {}).items():
            if target not in actors:
                problems.append(
                    f"{e.where}: unnamed_target {country}: {target!r} is not an actor id"
                )
    return actors


def check_alias_duplicates(
    where: str, names: Sequence[str], problems: list[str], allow_first: bool = False
) -> None:
    """Report names of one entry that are equal after normalisation (the first may repeat once)."""
    seen: dict[str, str] = {}
    for i, name in enumerate(names):
        key = normalize_key(name)
        if not key:
            problems.append(f"{where}: empty alias {name!r}")
        elif key in seen and not (allow_first and i > 0 and seen[key] == names[0]):
            problems.append(
                f"{where}: aliases {seen[key]!r} and {name!r} are the same after normalisation"
            )
        seen.setdefault(key, name)


def build_anaphors(
    entries: Sequence[_Entry], actors: Mapping[str, Actor], problems: list[str]
) -> dict[str, Anaphor]:
    """Anaphor objects; every candidate must be a known actor id."""
    anaphors = {}
    for e in entries:
        d = e.data
        unknown = [c for c in d["candidates"] if c not in actors]
        if unknown:
            problems.append(f"{e.where}: candidates {unknown} are not actor ids")
        check_alias_duplicates(e.where, d["aliases"], problems)
        anaphors[d["id"]] = Anaphor(
            d["id"], tuple(d["aliases"]), tuple(d["candidates"]), bool(d.get("victim", False))
        )
    return anaphors


def alias_table(
    entries: Mapping[str, Sequence[str]], kind: str, problems: list[str]
) -> dict[str, str]:
    """normalised alias -> entry id; an alias shared by two entries is reported."""
    table: dict[str, str] = {}
    for entry_id, names in entries.items():
        for name in names:
            key = normalize_key(name)
            if key in table and table[key] != entry_id:
                problems.append(
                    f"{kind}: alias {name!r} of {entry_id!r} is also an alias of {table[key]!r}"
                )
            table.setdefault(key, entry_id)
    return table


def build_matchers(
    actors: Mapping[str, Actor],
    anaphors: Mapping[str, Anaphor],
    spellings: Sequence[Spelling],
    problems: list[str],
) -> tuple[AliasMatcher, AliasMatcher]:
    """The actor and anaphor matchers; an alias may not be both an actor and an anaphor.

    Spelling variants of the written aliases are added afterwards; a variant never takes
    an alias written in the data (of either matcher) from its entry.
    """
    actor_table = alias_table(
        {a.id: (a.name_ar, *a.aliases) for a in actors.values()}, "actors", problems
    )
    anaphor_table = alias_table({a.id: a.aliases for a in anaphors.values()}, "anaphors", problems)
    for key in sorted(set(actor_table) & set(anaphor_table)):
        problems.append(
            f"alias {key!r} is an actor alias of {actor_table[key]!r} and an anaphor of {anaphor_table[key]!r}"
        )
    written = set(actor_table) | set(anaphor_table)
    for table in (actor_table, anaphor_table):
        for key, entry_id in list(table.items()):
            for variant in spelling_variants(key, spellings):
                if variant not in written:
                    table.setdefault(variant, entry_id)
    return AliasMatcher("actor", actor_table), AliasMatcher("anaphor", anaphor_table)


@dataclass(frozen=True)
class Spelling:
    """Interchangeable spellings of one word (scope 'word') or word part ('substring')."""

    id: str
    scope: str
    forms: tuple[str, ...]  # normalised


def build_spellings(entries: Sequence[_Entry], problems: list[str]) -> list[Spelling]:
    """Spelling entries with normalised forms; a form may belong to one entry only."""
    owner: dict[str, str] = {}
    out = []
    for e in entries:
        forms = tuple(dict.fromkeys(normalize_key(f) for f in e.data["forms"]))
        if len(forms) < 2 and e.data["scope"] != "glued":
            problems.append(f"{e.where}: a spelling needs at least two different forms")
        for form in forms:
            if owner.setdefault(form, e.data["id"]) != e.data["id"]:
                problems.append(f"{e.where}: form {form!r} is already in spelling {owner[form]!r}")
        out.append(Spelling(e.data["id"], e.data["scope"], forms))
    return out


def spelling_variants(key: str, spellings: Sequence[Spelling]) -> set[str]:
    """Every respelling of a normalised alias under the spelling entries (without itself)."""
    variants = {key}
    for sp in spellings:
        if sp.scope == "glued":
            continue
        for current in list(variants):
            for form in sp.forms:
                variants |= {respell(current, form, other, sp.scope) for other in sp.forms}
    variants.discard(key)
    return variants


def respell(key: str, form: str, other: str, scope: str) -> str:
    """Replace ``form`` by ``other`` in ``key`` (whole words only for scope 'word')."""
    if scope == "substring":
        return key.replace(form, other)
    return " ".join(other if word == form else word for word in key.split(" "))


# ----------------------------------------------------------------- places


def build_gazetteer_places(
    entries: Sequence[_Entry], problems: list[str], spellings: Sequence[Spelling] = ()
) -> dict[str, Place]:
    """Merge full place entries and ``extends`` patches; check required fields and parents.

    Glued spellings (كفر نبل / كفرنبل) add the other way of writing each place name,
    unless that spelling is already a name of another place.
    """
    full = {e.data["id"]: dict(e.data) for e in entries if "extends" not in e.data}
    where = {e.data["id"]: e.where for e in entries}
    for e in entries:
        if "extends" in e.data:
            apply_place_patch(e, full, problems)
    for pid, d in full.items():
        missing = [f for f in PLACE_REQUIRED if d.get(f) is None]
        if missing:
            problems.append(f"{where[pid]}: missing required field(s) {missing}")
            continue
        check_place(where[pid], d, full, problems)
    complete = [d for d in full.values() if all(d.get(f) is not None for f in PLACE_REQUIRED)]
    add_glued_variants(complete, [s for s in spellings if s.scope == "glued"])
    return build_places(complete)


def check_hosts(
    places: Mapping[str, Place], actors: Mapping[str, Any], problems: list[str]
) -> None:
    """Every actor a base `hosts` must be a lexicon actor and every partner an actor family
    (a typo would never fire)."""
    families = {getattr(a, "family", "") or k for k, a in actors.items()}
    for place in places.values():
        for h in place.hosts:
            if h.actor not in actors:
                problems.append(f"place {place.id!r}: hosts an unknown actor {h.actor!r}")
            for p in h.partners:
                if p not in families:
                    problems.append(f"place {place.id!r}: hosts partner {p!r} is no actor family")


def add_glued_variants(places: Sequence[dict[str, Any]], glued: Sequence[Spelling]) -> None:
    """Add the glued (كفرنبل) or spaced (كفر نبل) spelling of each place name to its aliases."""
    if not glued:
        return
    names_of = {
        id(d): {normalize_key(n) for n in (d["name_ar"], *(d.get("aliases") or [])) if n}
        for d in places
    }
    taken = set().union(*names_of.values()) if names_of else set()
    for d in places:
        new = {
            variant
            for name in names_of[id(d)]
            for sp in glued
            for form in sp.forms
            for variant in (glue_variant(name, form),)
            if variant and variant not in taken
        }
        if new:
            d["aliases"] = [*(d.get("aliases") or []), *sorted(new)]


MIN_GLUED_REST = 3  # letters after the prefix for a glued name to be split (كفرى stays whole)


def glue_variant(name: str, form: str) -> str | None:
    """The other spelling of ``name`` under a glued prefix ``form`` (None if it does not apply)."""
    if name.startswith(form + " ") and len(name) > len(form) + 1:
        return form + name[len(form) + 1 :]
    rest = name[len(form) :]
    if name.startswith(form) and len(rest.split(" ")[0]) >= MIN_GLUED_REST:
        return form + " " + rest
    return None


def apply_place_patch(e: _Entry, full: dict[str, dict[str, Any]], problems: list[str]) -> None:
    """Apply an ``extends`` entry: add its aliases to the target and override given fields."""
    target = full.get(e.data["extends"])
    if target is None:
        problems.append(f"{e.where}: extends {e.data['extends']!r}, which is not a place")
        return
    for key, value in e.data.items():
        if key in ("id", "extends", "override", "notes"):
            continue
        if key == "aliases":
            target["aliases"] = [*(target.get("aliases") or []), *value]
        elif key == "name_ar" and target.get("name_ar"):
            target["aliases"] = [target["name_ar"], *(target.get("aliases") or [])]
            target["name_ar"] = value
        else:
            target[key] = value


def check_place(
    where: str, d: dict[str, Any], full: Mapping[str, dict], problems: list[str]
) -> None:
    """Coordinates in range, parents exist and are towns, sub-places have parents."""
    if not (-90 <= d["lat"] <= 90 and -180 <= d["lon"] <= 180):
        problems.append(f"{where}: coordinates {d['lat']}, {d['lon']} out of range")
    parent = d.get("parent")
    if d["kind"] == "neighbourhood" and parent is None:
        problems.append(f"{where}: a neighbourhood needs a parent (the town it belongs to)")
    if parent is not None and d["kind"] not in SUBPLACE_KINDS:
        problems.append(
            f"{where}: a {d['kind']} cannot have a parent (only {sorted(SUBPLACE_KINDS)})"
        )
    if parent is not None and parent not in full:
        problems.append(f"{where}: parent {parent!r} is not a place id")
    if d["kind"] not in ("country", "region") and not d.get("admin1"):
        problems.append(f"{where}: admin1 is required for a {d['kind']}")
    check_alias_duplicates(
        where, [n for n in (d.get("name_ar"), *(d.get("aliases") or [])) if n], problems, True
    )
