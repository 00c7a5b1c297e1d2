"""Schemas of the lexicon kinds, and how the aggregate loader finds the schema of a kind.

The kinds owned by this package (``actors``, ``anaphors``, ``places``, ``spellings``) are
declared here.
Other modules declare the schemas of their own kinds *in their own module* as a module
constant ``LEXICON_SCHEMAS = {"kind": {field: Field(...)}}`` (or the older single constants
listed in ``SCHEMA_PROVIDERS``); the loader imports those modules only when a data file of
an unknown kind is met. There is no registry to mutate: the lookup order is this constant
table, and a caller can always pass further schemas to ``load_lexicons(schemas=...)``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
from collections.abc import Mapping
from types import MappingProxyType

from conflictlib.errors import LexiconError
from conflictlib.lexicons.base import Field

Schema = dict[str, Field]

ACTOR_TYPES = (
    "state",
    "rebel",
    "militia",
    "ethnic",
    "identity",
    "civilians",
    "protesters",
    "external",
    "unknown",
)
PLACE_KINDS = (
    "city",
    "town",
    "village",
    "neighbourhood",
    "facility",
    "airbase",
    "dam",
    "crossing",
    "camp",
    "mountain",
    "area",
    "region",
    "governorate",
    "country",
)
# Kinds of places that stand for the town they belong to (they need a ``parent``).
SUBPLACE_KINDS = ("neighbourhood", "facility", "airbase", "dam", "crossing", "camp")

_STR = (str,)
_STRS = (list,)
_DATE = (dt.date, str)

ACTOR_SCHEMA: Schema = {
    "id": Field(_STR, required=True),
    "name_en": Field(_STR, required=True),
    "name_ar": Field(_STR, required=True),
    "family": Field(_STR, required=True),
    "inter": Field((int,), required=True, choices=tuple(range(1, 9))),
    "type": Field(_STR, required=True, choices=ACTOR_TYPES),
    "aliases": Field(_STRS, item_types=_STR),
    "valid_from": Field(_DATE),
    "valid_to": Field(_DATE),
    "country": Field(_STR),
    "authority": Field((bool,)),
    "unnamed_target": Field((dict,)),
    "notes": Field(_STR),
    "override": Field((bool,)),
}

ANAPHOR_SCHEMA: Schema = {
    "id": Field(_STR, required=True),
    "aliases": Field(_STRS, required=True, item_types=_STR),
    "candidates": Field(_STRS, required=True, item_types=_STR),
    "victim": Field((bool,)),
    "notes": Field(_STR),
    "override": Field((bool,)),
}

PLACE_SCHEMA: Schema = {
    "id": Field(_STR, required=True),
    "name_en": Field(_STR),
    "name_ar": Field(_STR),
    "admin1": Field(_STR),
    "country": Field(_STR),
    "lat": Field((float, int)),
    "lon": Field((float, int)),
    "kind": Field(_STR, choices=PLACE_KINDS),
    "parent": Field(_STR),
    "aliases": Field(_STRS, item_types=_STR),
    "coord_source": Field(_STR),
    "population": Field((int,)),
    "geonames_id": Field((int,)),
    "extends": Field(_STR),
    "notes": Field(_STR),
    "override": Field((bool,)),
    # foreign forces a base hosts, "ACTOR FROM TO" (ISO days, TO may be "-"): an unclaimed
    # strike on the base targets them (hosted_forces in the extractor)
    "hosts": Field(_STRS, item_types=_STR),
}
SPELLING_SCHEMA: Schema = {
    "id": Field(_STR, required=True),
    "scope": Field(_STR, required=True, choices=("substring", "word", "glued")),
    "forms": Field(_STRS, required=True, item_types=_STR),
    "notes": Field(_STR),
}

# Fields a full place entry (one without ``extends``) must have.
PLACE_REQUIRED = ("name_en", "name_ar", "country", "lat", "lon", "kind", "coord_source")

BUILTIN_SCHEMAS: Mapping[str, Schema] = MappingProxyType(
    {
        "actors": ACTOR_SCHEMA,
        "anaphors": ANAPHOR_SCHEMA,
        "places": PLACE_SCHEMA,
        "spellings": SPELLING_SCHEMA,
    }
)

# kind -> "module:ATTRIBUTE" for schemas declared by other owners as a single constant.
SCHEMA_PROVIDERS: Mapping[str, str] = MappingProxyType(
    {
        "numbers": "conflictlib.numbers:NUMBER_SCHEMA",
        "dates": "conflictlib.dates:DATE_SCHEMA",
        "tolls": "conflictlib.extract.tolls:TOLL_SCHEMA",
        "text_residue": "conflictlib.clean:RESIDUE_SCHEMA",
        "clause_markers": "conflictlib.segment:CLAUSES_SCHEMA",
        "wordsplit_vocabulary": "conflictlib.wordsplit:VOCABULARY_SCHEMA",
    }
)
# Modules that may declare ``LEXICON_SCHEMAS = {kind: schema}`` for any number of kinds.
SCHEMA_MODULES: tuple[str, ...] = (
    "conflictlib.extract",
    "conflictlib.extract.schemas",
    "conflictlib.extract.cues",
    "conflictlib.extract.tolls",
    "conflictlib.numbers",
    "conflictlib.dates",
)


def module_exists(name: str) -> bool:
    """True if a module can be imported (its parent packages are imported to find it)."""
    parent = name.rpartition(".")[0]
    if parent and not module_exists(parent):
        return False
    return importlib.util.find_spec(name) is not None


def find_schema(kind: str, extra: Mapping[str, Schema] | None = None) -> Schema | None:
    """Return the schema of a lexicon kind: caller's, built-in, provider constant or module table."""
    if extra and kind in extra:
        return extra[kind]
    if kind in BUILTIN_SCHEMAS:
        return BUILTIN_SCHEMAS[kind]
    if kind in SCHEMA_PROVIDERS:
        module_name, _, attr = SCHEMA_PROVIDERS[kind].partition(":")
        if module_exists(module_name):
            schema = getattr(importlib.import_module(module_name), attr, None)
            if schema is not None:
                return _check_schema(kind, schema, SCHEMA_PROVIDERS[kind])
    for module_name in SCHEMA_MODULES:
        if not module_exists(module_name):
            continue
        table = getattr(importlib.import_module(module_name), "LEXICON_SCHEMAS", None) or {}
        if kind in table:
            return _check_schema(kind, table[kind], f"{module_name}:LEXICON_SCHEMAS")
    return None


def _check_schema(kind: str, schema: object, where: str) -> Schema:
    if not isinstance(schema, Mapping) or not all(isinstance(f, Field) for f in schema.values()):
        raise LexiconError(
            [f"schema of kind {kind!r} in {where} is not a mapping of field -> Field"]
        )
    return dict(schema)
