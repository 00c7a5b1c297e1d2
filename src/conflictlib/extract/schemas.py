"""Schemas of the extractor's own lexicon kinds (found by conflictlib.lexicons.schemas).

Each kind's data file lives in ``conflictlib/lexicons/data/`` and is validated by the
lexicon loader with the schema declared here; the extractor reads them from
``Lexicons.extra[kind]`` (or loads them itself with :func:`load_cue_files`).
"""

from __future__ import annotations

from pathlib import Path

from conflictlib.lexicons.base import DATA_DIR, Field, LexiconFile, load_validated
from conflictlib.schema import ACTIONS

_STR = (str,)
_LIST = (list,)
_BOOL = (bool,)
_INT = (int,)

_COMMON = {
    "id": Field(_STR, required=True),
    "forms": Field(_LIST, item_types=_STR),
    "regex": Field(_STR),
    "notes": Field(_STR),
}

LEXICON_SCHEMAS: dict[str, dict[str, Field]] = {
    "actions": _COMMON
    | {
        "action": Field(_STR, required=True, choices=ACTIONS),
        "strength": Field(_STR, required=True, choices=("specific", "generic")),
        "default": Field(_BOOL),
        "platform": Field(_STR, choices=("air", "ground")),
        "pos": Field(_STR, choices=("verb", "noun", "phrase")),
        "suicide": Field(_BOOL),
        "role_flip": Field(_BOOL),
        "needs_victims": Field(_BOOL),
        "needs_place": Field(_BOOL),
        "needs_agent": Field(_BOOL),
        "on_civilians": Field(_STR, choices=ACTIONS),
        "tense": Field(_STR, choices=("imperfect",)),
    },
    "modality": _COMMON
    | {
        "type": Field(
            _STR,
            required=True,
            choices=(
                "future",
                "hypothetical",
                "feared",
                "negation",
                "failed",
                "attempt",
                "state",
                "background",
                "reference",
                "distinct",
            ),
        ),
        "scope": Field(_STR, required=True, choices=("after", "sentence", "before", "around")),
        "window": Field(_INT),
        "before_window": Field(_INT),
        "blocks": Field(_LIST, item_types=(str,)),
        "effect": Field(_STR, choices=("drop", "reference")),
        "needs_earlier": Field(_BOOL),
        "yields_to_dated": Field(_BOOL),
        "yields_to_any_date": Field(_BOOL),
        "yields_to_casualties": Field(_BOOL),
        "yields_to_two_sides": Field(_BOOL),
    },
    "reporters": {
        "id": Field(_STR, required=True),
        "name_en": Field(_STR, required=True),
        "type": Field(_STR, required=True),
        "aliases": Field(_LIST, required=True, item_types=_STR),
        "anaphor": Field(_BOOL),
        "actor": Field(_STR),
        "notes": Field(_STR),
    },
    "attribution": _COMMON
    | {
        "scope": Field(
            _STR, required=True, choices=("sentence", "following", "continuation", "speech")
        )
    },
    "platforms": _COMMON
    | {
        "type": Field(
            _STR, required=True, choices=("air", "air_force", "ground", "owner", "not_platform")
        ),
        "owner": Field(_STR),
    },
    "casualties": _COMMON
    | {
        "type": Field(
            _STR,
            required=True,
            choices=(
                "killed",
                "injured",
                "combined",
                "captured",
                "person",
                "person_one",
                "subset",
                "toll",
            ),
        ),
    },
    "roles": _COMMON
    | {
        "type": Field(
            _STR,
            required=True,
            choices=(
                "marker",
                "civilian",
                "protester",
                "self_reference",
                "group_noun",
                "both_sides",
            ),
        ),
        "role": Field(
            _STR,
            choices=(
                "target",
                "agent",
                "perpetrator",
                "with",
                "between",
                "victim",
                "possessive",
                "controller",
            ),
        ),
        "window": Field(_INT),
    },
    "links": _COMMON
    | {
        "type": Field(
            _STR, required=True, choices=("cause", "same_time", "adjunct", "result", "also")
        ),
        "prior": Field(_BOOL),
    },
    "place_markers": _COMMON
    | {
        "type": Field(
            _STR,
            required=True,
            choices=("near", "class_noun", "opener", "topic", "facility", "person_title"),
        )
    },
    "event_types": {
        "id": Field(_STR, required=True),
        "action": Field(_STR, required=True, choices=ACTIONS),
        "variant": Field(
            _STR,
            required=True,
            choices=("default", "suicide", "state", "violent", "repressed"),
        ),
        "event_type": Field(_STR, required=True),
        "sub_event_type": Field(_STR, required=True),
        "forms": Field(_LIST, item_types=_STR),
        "regex": Field(_STR),
        "notes": Field(_STR),
    },
}

CUE_KINDS: tuple[str, ...] = tuple(LEXICON_SCHEMAS)


def load_cue_files(
    extra: dict[str, LexiconFile] | None = None, data_dir: Path = DATA_DIR
) -> dict[str, LexiconFile]:
    """The extractor's lexicon files by kind: from `extra` when the loader gave them, else from disk."""
    files: dict[str, LexiconFile] = {}
    for kind, schema in LEXICON_SCHEMAS.items():
        if extra is not None and kind in extra:
            files[kind] = extra[kind]
        else:
            files[kind] = load_validated(data_dir / f"{kind}.yaml", schema, kind=kind)
    return files
