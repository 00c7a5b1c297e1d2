"""Compare extracted events and tolls with hand-coded gold as the codebook defines (docs/evaluation.md)."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from conflictlib.errors import EvaluationError
from conflictlib.geo import haversine_km
from conflictlib.schema import ACTIONS, EVENT_COLUMNS, TOLL_COLUMNS

PLACE_RADIUS_KM = 25.0
REGION_RADIUS_KM = 400.0
REGION_GEO_PRECISION = 3
TEXT_WIDTH = 90

GOLD_EVENT_COLUMNS: tuple[str, ...] = (
    "gold_id",
    "doc_id",
    "action",
    "actor1",
    "actor2",
    "place",
    "latitude",
    "longitude",
    "geo_precision",
    "day_offset",
    "fatalities",
    "optional",
)
PRED_EVENT_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "action",
    "actor1",
    "actor2",
    "latitude",
    "longitude",
    "event_date",
    "fatalities",
)
MANIFEST_COLUMNS: tuple[str, ...] = ("doc_id", "publication_date")
GOLD_TOLL_COLUMNS: tuple[str, ...] = ("doc_id", "toll_id", "group", "killed", "injured", "captured")
PRED_TOLL_COLUMNS: tuple[str, ...] = ("doc_id", "group", "killed", "injured", "captured")
ACTOR_COLUMNS: tuple[str, ...] = ("actor_id", "family")

# Codebook section 4: these ids share a family even when no actors table is given.
CODEBOOK_FAMILIES: tuple[tuple[str, str], ...] = (
    ("usa", "coalition"),
    ("ypg", "sdf"),
    ("ypj", "sdf"),
)
# Toll group spellings that name the same group.
TOLL_GROUP_ALIASES: tuple[tuple[str, str], ...] = (
    ("all", "total"),
    ("overall", "total"),
    ("people", "total"),  # dev14's coder: everyone counted, no group named
    ("civilian", "civilians"),
)


# ---------------------------------------------------------------- reading tables


def read_table(path: str | Path, empty_columns: Sequence[str] = ()) -> pd.DataFrame:
    """Read a CSV or Parquet table as text cells ('' when missing); an empty file gives no rows."""
    path = Path(path)
    if not path.is_file():
        raise EvaluationError(f"{path}: file not found")
    if path.stat().st_size == 0:
        table = pd.DataFrame({column: pd.Series([], dtype=object) for column in empty_columns})
    else:
        table = parse_table_file(path)
    table = stringify_table(table)
    table.attrs["source"] = str(path)
    return table


def parse_table_file(path: Path) -> pd.DataFrame:
    """Parse a non-empty CSV (UTF-8) or Parquet file; unreadable files raise EvaluationError."""
    try:
        if path.suffix.lower() == ".parquet":
            return pd.read_parquet(path)
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EvaluationError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except (pd.errors.ParserError, ValueError, OSError) as exc:
        raise EvaluationError(f"{path}: cannot be read as a table: {exc}") from exc


def stringify_table(table: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of a table with every cell as stripped text ('' for missing values)."""
    text = pd.DataFrame(
        {
            str(column): [stringify_cell(value) for value in table[column]]
            for column in table.columns
        },
        index=range(len(table)),
        dtype=object,
    )
    text.attrs.update(table.attrs)
    return text


def stringify_cell(value: Any) -> str:
    """Turn one table cell into text: missing -> '', dates -> YYYY-MM-DD, others -> str()."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def describe_source(table: pd.DataFrame, default: str) -> str:
    """Name a table in error messages: its file path if it was read from a file."""
    return str(table.attrs.get("source", default))


def require_columns(table: pd.DataFrame, columns: Sequence[str], source: str) -> None:
    """Raise EvaluationError naming the file and every missing column."""
    missing = [column for column in columns if column not in table.columns]
    if missing:
        raise EvaluationError(f"{source}: missing column(s) {', '.join(missing)}")


def locate(source: str, row: int, column: str) -> str:
    """Describe one cell for an error message (line numbers count the CSV header as line 1)."""
    return f"{source}, line {row + 2}, column {column!r}"


# ---------------------------------------------------------------- parsing cells


def parse_float(value: str, where: str) -> float | None:
    """Parse a number cell; '' gives None."""
    if value == "":
        return None
    try:
        number = float(value)
    except ValueError:
        raise EvaluationError(f"{where}: {value!r} is not a number") from None
    if not math.isfinite(number):
        raise EvaluationError(f"{where}: {value!r} is not a finite number")
    return number


def parse_int(value: str, where: str) -> int | None:
    """Parse a whole-number cell ('5' or '5.0'); '' gives None."""
    number = parse_float(value, where)
    if number is None:
        return None
    if not number.is_integer():
        raise EvaluationError(f"{where}: {value!r} is not a whole number")
    return int(number)


@dataclass(frozen=True)
class MonthDate:
    """A gold date told only to the month (a toll "since March 2011": YYYY-MM). Equal to any
    day of that month, so a prediction that names a day of it agrees."""

    year: int
    month: int

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (MonthDate, dt.date)):
            return (self.year, self.month) == (other.year, other.month)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.year, self.month))

    def isoformat(self) -> str:
        """YYYY-MM."""
        return f"{self.year:04d}-{self.month:02d}"


MONTH_CELL = re.compile(r"(\d{4})-(\d{2})")


def parse_date(value: str, where: str, *, month: bool = False) -> dt.date | MonthDate | None:
    """Parse a YYYY-MM-DD cell ('' gives None); with ``month``, YYYY-MM is also accepted."""
    if value == "":
        return None
    told = MONTH_CELL.fullmatch(value) if month else None
    if told and 1 <= int(told.group(2)) <= 12:
        return MonthDate(int(told.group(1)), int(told.group(2)))
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise EvaluationError(f"{where}: {value!r} is not a YYYY-MM-DD date") from None


def parse_flag(value: str, where: str) -> bool:
    """Parse a 0/1 (or true/false) cell; '' gives False."""
    lowered = value.lower()
    if lowered in ("", "0", "false", "no"):
        return False
    if lowered in ("1", "true", "yes"):
        return True
    raise EvaluationError(f"{where}: {value!r} is not 0 or 1")


def parse_coordinates(
    latitude: str, longitude: str, source: str, row: int
) -> tuple[float, float] | None:
    """Parse a latitude/longitude pair; both empty gives None, anything half-given or out of range fails."""
    lat = parse_float(latitude, locate(source, row, "latitude"))
    lon = parse_float(longitude, locate(source, row, "longitude"))
    if lat is None and lon is None:
        return None
    if lat is None or lon is None:
        raise EvaluationError(
            f"{source}, line {row + 2}: latitude and longitude must both be given"
        )
    if not -90.0 <= lat <= 90.0:
        raise EvaluationError(f"{locate(source, row, 'latitude')}: {lat} is outside [-90, 90]")
    if not -180.0 <= lon <= 180.0:
        raise EvaluationError(f"{locate(source, row, 'longitude')}: {lon} is outside [-180, 180]")
    return lat, lon


def normalize_id(value: str) -> str:
    """Normalise an actor or group id for comparison: lower case, separators -> '_'."""
    chars = [c if c.isalnum() else "_" for c in value.strip().lower()]
    return "_".join(part for part in "".join(chars).split("_") if part)


# ---------------------------------------------------------------- manifest and actors


def load_publication_dates(manifest: pd.DataFrame | Mapping[str, Any]) -> dict[str, dt.date | None]:
    """Map doc_id -> publication date from a manifest table or a load_manifest()-style mapping."""
    if isinstance(manifest, pd.DataFrame):
        table = stringify_table(manifest)
        source = describe_source(manifest, "<manifest>")
        require_columns(table, MANIFEST_COLUMNS, source)
        return {
            row.doc_id: parse_date(row.publication_date, locate(source, i, "publication_date"))
            for i, row in enumerate(table.itertuples(index=False))
        }
    dates: dict[str, dt.date | None] = {}
    for doc_id, entry in manifest.items():
        value = entry.get("publication_date") if isinstance(entry, Mapping) else entry
        if isinstance(value, dt.date) or value is None:
            dates[str(doc_id)] = value
        else:
            dates[str(doc_id)] = parse_date(stringify_cell(value), f"<manifest>, doc {doc_id}")
    return dates


@dataclass(frozen=True)
class ActorFamilies:
    """Actor id -> family; an id nobody lists is its own family."""

    families: Mapping[str, str]

    def family(self, actor_id: str) -> str:
        """Return the family of an actor id ('' stays '')."""
        key = normalize_id(actor_id)
        return self.families.get(key, key)


def load_actor_families(
    actors: pd.DataFrame | None = None, extra: Mapping[str, str] | None = None
) -> ActorFamilies:
    """Build actor families: codebook equivalences, then `extra` (e.g. lexicons), then actors.csv.

    actors.csv wins for the ids it lists. Two tables may name one family differently (the
    lexicon's ``iraqi_forces`` is a coder's ``iraqi_security_forces``): when every id of an
    `extra` family that actors.csv lists sits in one actors.csv family, the ids it does not list
    take that family's name too. A family the coder split keeps its `extra` name.
    """
    families = {key: value for key, value in CODEBOOK_FAMILIES}
    for actor_id, family in (extra or {}).items():
        families[normalize_id(actor_id)] = normalize_id(family) or normalize_id(actor_id)
    if actors is not None:
        table = stringify_table(actors)
        source = describe_source(actors, "<actors>")
        require_columns(table, ACTOR_COLUMNS, source)
        listed: dict[str, str] = {}
        for row in table.itertuples(index=False):
            listed[normalize_id(row.actor_id)] = normalize_id(row.family) or normalize_id(
                row.actor_id
            )
        renamed: dict[str, set[str]] = {}  # extra family -> the actors.csv families of its ids
        for actor_id, family in listed.items():
            if actor_id in families:
                renamed.setdefault(families[actor_id], set()).add(family)
        for actor_id, family in list(families.items()):
            names = renamed.get(family, set())
            if actor_id not in listed and len(names) == 1:
                families[actor_id] = next(iter(names))
        families.update(listed)
    return ActorFamilies(families)


# ---------------------------------------------------------------- events: records


@dataclass(frozen=True)
class GoldEvent:
    """One gold event row, with its day_offset resolved to a date."""

    row: int
    gold_id: str
    doc_id: str
    action: str
    actor1: str
    actor2: str
    place: str
    latitude: float
    longitude: float
    geo_precision: int | None
    event_date: dt.date | None
    fatalities: int | None
    injured: int | None
    optional: bool
    evidence: str


@dataclass(frozen=True)
class PredictedEvent:
    """One predicted event row (coordinates may be missing)."""

    row: int
    event_id: str
    doc_id: str
    action: str
    actor1: str
    actor2: str
    location: str
    coordinates: tuple[float, float] | None
    event_date: dt.date | None
    fatalities: int | None
    injured: int | None
    sentence: str


def read_gold_events(gold: pd.DataFrame, dates: Mapping[str, dt.date | None]) -> list[GoldEvent]:
    """Validate the gold events table and turn it into records."""
    source = describe_source(gold, "<gold events>")
    table = stringify_table(gold)
    require_columns(table, GOLD_EVENT_COLUMNS, source)
    events = []
    for i, row in enumerate(table.to_dict("records")):
        check_doc_id(row["doc_id"], dates, source, i)
        if row["action"] not in ACTIONS:
            raise EvaluationError(
                f"{locate(source, i, 'action')}: unknown action {row['action']!r}"
            )
        coordinates = parse_coordinates(row["latitude"], row["longitude"], source, i)
        if coordinates is None:
            raise EvaluationError(f"{source}, line {i + 2}: a gold event needs coordinates")
        offset = parse_int(row["day_offset"], locate(source, i, "day_offset"))
        events.append(
            GoldEvent(
                row=i,
                gold_id=row["gold_id"],
                doc_id=row["doc_id"],
                action=row["action"],
                actor1=row["actor1"],
                actor2=row["actor2"],
                place=row["place"],
                latitude=coordinates[0],
                longitude=coordinates[1],
                geo_precision=parse_int(row["geo_precision"], locate(source, i, "geo_precision")),
                event_date=resolve_offset(
                    offset, dates, row["doc_id"], locate(source, i, "day_offset")
                ),
                fatalities=parse_int(row["fatalities"], locate(source, i, "fatalities")),
                injured=parse_int(row.get("injured", ""), locate(source, i, "injured")),
                optional=parse_flag(row["optional"], locate(source, i, "optional")),
                evidence=row.get("evidence", ""),
            )
        )
    return events


def read_predicted_events(
    pred: pd.DataFrame, dates: Mapping[str, dt.date | None]
) -> list[PredictedEvent]:
    """Validate a predicted events table (conflictlib.schema.EVENT_COLUMNS) and turn it into records."""
    source = describe_source(pred, "<predicted events>")
    table = stringify_table(pred)
    if len(table) == 0 and len(table.columns) == 0:
        return []
    require_columns(table, PRED_EVENT_COLUMNS, source)
    events = []
    for i, row in enumerate(table.to_dict("records")):
        check_doc_id(row["doc_id"], dates, source, i)
        events.append(
            PredictedEvent(
                row=i,
                event_id=row.get("event_id", ""),
                doc_id=row["doc_id"],
                action=row["action"].lower(),
                actor1=row["actor1"],
                actor2=row["actor2"],
                location=row.get("location", ""),
                coordinates=parse_coordinates(row["latitude"], row["longitude"], source, i),
                event_date=parse_date(row["event_date"], locate(source, i, "event_date")),
                fatalities=parse_int(row["fatalities"], locate(source, i, "fatalities")),
                injured=parse_int(row.get("injured", ""), locate(source, i, "injured")),
                sentence=row.get("sentence", ""),
            )
        )
    return events


def check_doc_id(doc_id: str, dates: Mapping[str, Any], source: str, row: int) -> None:
    """Raise EvaluationError if a doc id is not in the manifest."""
    if doc_id not in dates:
        raise EvaluationError(
            f"{locate(source, row, 'doc_id')}: doc id {doc_id!r} is not in the manifest"
        )


def resolve_offset(
    offset: int | None, dates: Mapping[str, dt.date | None], doc_id: str, where: str
) -> dt.date | None:
    """Turn a day offset into a date using the document's publication date."""
    if offset is None:
        return None
    published = dates.get(doc_id)
    if published is None:
        raise EvaluationError(f"{where}: the manifest has no publication_date for {doc_id!r}")
    return published + dt.timedelta(days=offset)


# ---------------------------------------------------------------- geometry and assignment


def measure_distance_km(gold: GoldEvent, pred: PredictedEvent) -> float | None:
    """Distance between a gold event and a prediction (None when the prediction has no place)."""
    if pred.coordinates is None:
        return None
    return haversine_km(gold.latitude, gold.longitude, *pred.coordinates)


def match_radius_km(gold: GoldEvent) -> float:
    """The matching radius for a gold event: 400 km at geo_precision 3, else 25 km."""
    return REGION_RADIUS_KM if gold.geo_precision == REGION_GEO_PRECISION else PLACE_RADIUS_KM


def combine_tiers(tiers: Sequence[tuple[int, int]], group_size: int) -> int:
    """Encode (value, per-pair maximum) tiers, most important first, into one integer weight.

    The scale of each tier exceeds the largest possible sum of all lower tiers over
    `group_size` pairs, so comparing total weights compares the tiers lexicographically.
    """
    weight, scale = 0, 1
    for value, maximum in reversed(tiers):
        weight += value * scale
        scale *= maximum * group_size + 1
    return weight


def assign_max_weight(weights: Sequence[Sequence[int | None]]) -> list[tuple[int, int]]:
    """Optimal one-to-one assignment maximising the total weight (Hungarian algorithm).

    `weights[i][j]` is a positive integer, or None when row i and column j may not
    be paired. Returns the chosen (row, column) pairs, sorted by row.
    """
    n_rows = len(weights)
    n_cols = max((len(row) for row in weights), default=0)
    size = max(n_rows, n_cols)
    if size == 0:
        return []
    cost = [[0] * size for _ in range(size)]
    for i, row in enumerate(weights):
        for j, weight in enumerate(row):
            if weight is not None:
                cost[i][j] = -weight
    column_of_row = solve_min_cost_assignment(cost)
    pairs = []
    for i in range(n_rows):
        j = column_of_row[i]
        if j < len(weights[i]) and weights[i][j] is not None:
            pairs.append((i, j))
    return pairs


def solve_min_cost_assignment(cost: Sequence[Sequence[int]]) -> list[int]:
    """Minimum-cost perfect assignment on a square integer matrix; returns the column of each row."""
    n = len(cost)
    u, v = [0] * (n + 1), [0] * (n + 1)
    row_of_col, way = [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        row_of_col[0], j0 = i, 0
        min_v: list[float] = [math.inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = row_of_col[j0], math.inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    reduced = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if reduced < min_v[j]:
                        min_v[j], way[j] = reduced, j0
                    if min_v[j] < delta:
                        delta, j1 = min_v[j], j
            for j in range(n + 1):
                if used[j]:
                    u[row_of_col[j]] += delta
                    v[j] -= delta
                else:
                    min_v[j] -= delta
            j0 = j1
            if row_of_col[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            row_of_col[j0] = row_of_col[j1]
            j0 = j1
    column_of_row = [0] * n
    for j in range(1, n + 1):
        column_of_row[row_of_col[j] - 1] = j - 1
    return column_of_row


# ---------------------------------------------------------------- events: matching


def score_actor_agreement(gold: GoldEvent, pred: PredictedEvent, families: ActorFamilies) -> int:
    """Count actor roles (0-2) whose families agree; unordered for a clash; '' agrees only with ''."""
    g1, g2 = families.family(gold.actor1), families.family(gold.actor2)
    p1, p2 = families.family(pred.actor1), families.family(pred.actor2)
    in_order = (g1 == p1) + (g2 == p2)
    if gold.action == "clash":
        return max(in_order, (g1 == p2) + (g2 == p1))
    return in_order


def same_value(gold: object, pred: object) -> bool:
    """True when two optional values are equal (both missing counts as equal)."""
    return gold == pred


@dataclass(frozen=True)
class MatchedPair:
    """A gold event and the prediction matched to it."""

    gold: GoldEvent
    pred: PredictedEvent
    distance_km: float
    actor_score: int

    @property
    def actors_agree(self) -> bool:
        """True when actor1 and actor2 families agree (the strict criterion)."""
        return self.actor_score == 2


def pair_weight(
    gold: GoldEvent, pred: PredictedEvent, families: ActorFamilies, size: int
) -> int | None:
    """Weight of a candidate pair (None when the place is out of reach).

    Tiers: matched (1), actor agreement (0-2), date agreement, closeness in metres,
    casualty agreement (fatalities, injured).
    """
    distance = measure_distance_km(gold, pred)
    radius = match_radius_km(gold)
    if distance is None or distance > radius:
        return None
    tiers = (
        (1, 1),
        (score_actor_agreement(gold, pred, families), 2),
        (int(same_value(gold.event_date, pred.event_date)), 1),
        (round((radius - distance) * 1000), round(REGION_RADIUS_KM * 1000)),
        (same_value(gold.fatalities, pred.fatalities) + same_value(gold.injured, pred.injured), 2),
    )
    return combine_tiers(tiers, size)


def assign_group(
    golds: Sequence[GoldEvent], preds: Sequence[PredictedEvent], families: ActorFamilies
) -> list[MatchedPair]:
    """Optimal one-to-one matching of gold and predicted events of one doc_id and action."""
    size = max(len(golds), len(preds))
    weights = [[pair_weight(g, p, families, size) for p in preds] for g in golds]
    pairs = []
    for i, j in assign_max_weight(weights):
        gold, pred = golds[i], preds[j]
        distance = measure_distance_km(gold, pred) or 0.0
        pairs.append(MatchedPair(gold, pred, distance, score_actor_agreement(gold, pred, families)))
    return pairs


def group_by_doc_action(items: Sequence[Any]) -> dict[tuple[str, str], list[Any]]:
    """Group gold or predicted events by (doc_id, action), keeping row order."""
    groups: dict[tuple[str, str], list[Any]] = {}
    for item in items:
        groups.setdefault((item.doc_id, item.action), []).append(item)
    return groups


def match_events(
    golds: Sequence[GoldEvent], preds: Sequence[PredictedEvent], families: ActorFamilies
) -> list[MatchedPair]:
    """Match predictions to gold per (doc_id, action): non-optional gold first, then optional gold."""
    matches: list[MatchedPair] = []
    gold_groups, pred_groups = group_by_doc_action(golds), group_by_doc_action(preds)
    for key in sorted(gold_groups):
        group_golds, group_preds = gold_groups[key], pred_groups.get(key, [])
        required = [g for g in group_golds if not g.optional]
        first = assign_group(required, group_preds, families)
        taken = {m.pred.row for m in first}
        left = [p for p in group_preds if p.row not in taken]
        second = assign_group([g for g in group_golds if g.optional], left, families)
        matches.extend(first + second)
    return sorted(matches, key=lambda m: m.gold.row)


# ---------------------------------------------------------------- scores


@dataclass(frozen=True)
class Scores:
    """True positives, false positives and false negatives with P/R/F1 (0.0 when undefined)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """TP / (TP + FP)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        """Counts and rates as a JSON-ready dict."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class Accuracy:
    """Exact-value accuracy over matched pairs whose gold has a value, plus false fills."""

    correct: int
    n: int
    false_fills: int

    @property
    def value(self) -> float | None:
        """correct / n, or None when no matched pair has a gold value."""
        return self.correct / self.n if self.n else None

    def to_dict(self) -> dict[str, float | int | None]:
        """Counts and the rate as a JSON-ready dict."""
        value = None if self.value is None else round(self.value, 4)
        return {
            "accuracy": value,
            "correct": self.correct,
            "n": self.n,
            "false_fills": self.false_fills,
        }


def measure_accuracy(pairs: Sequence[tuple[object, object]]) -> Accuracy:
    """Accuracy of (gold, predicted) value pairs; gold None counts only as a possible false fill."""
    scored = [(g, p) for g, p in pairs if g is not None]
    fills = sum(1 for g, p in pairs if g is None and p is not None)
    return Accuracy(sum(1 for g, p in scored if g == p), len(scored), fills)


# ---------------------------------------------------------------- events: report


@dataclass(frozen=True)
class ActionRow:
    """Loose and strict scores of one action."""

    action: str
    n_gold: int
    n_pred: int
    n_optional_matched: int
    loose: Scores
    strict: Scores


@dataclass(frozen=True)
class UnmatchedEvent:
    """A missed gold event or an extra prediction, with why it found no partner."""

    doc_id: str
    action: str
    place: str
    ref: str
    coordinates: tuple[float, float] | None
    evidence: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        lat, lon = self.coordinates if self.coordinates else (None, None)
        return {
            "ref": self.ref,
            "doc_id": self.doc_id,
            "action": self.action,
            "place": self.place,
            "latitude": lat,
            "longitude": lon,
            "evidence": self.evidence,
            "reason": self.reason,
        }


@dataclass(frozen=True)
class EventReport:
    """Result of evaluate_events()."""

    loose: Scores
    strict: Scores
    date: Accuracy
    fatalities: Accuracy
    injured: Accuracy
    per_action: tuple[ActionRow, ...]
    matches: tuple[MatchedPair, ...]
    missed: tuple[UnmatchedEvent, ...]
    extra: tuple[UnmatchedEvent, ...]
    n_gold: int
    n_gold_optional: int
    n_pred: int

    @property
    def scored_matches(self) -> tuple[MatchedPair, ...]:
        """Matches with non-optional gold (the true positives)."""
        return tuple(m for m in self.matches if not m.gold.optional)

    def summary(self) -> dict[str, Any]:
        """Headline numbers as a JSON-ready dict."""
        return {
            "n_gold": self.n_gold,
            "n_gold_optional": self.n_gold_optional,
            "n_pred": self.n_pred,
            "n_matched_optional": len(self.matches) - len(self.scored_matches),
            "loose": self.loose.to_dict(),
            "strict": self.strict.to_dict(),
            "date": self.date.to_dict(),
            "fatalities": self.fatalities.to_dict(),
            "injured": self.injured.to_dict(),
        }

    def to_dict(self) -> dict[str, Any]:
        """Everything (summary, per action, missed, extra, disagreements) as a JSON-ready dict."""
        return {
            "summary": self.summary(),
            "per_action": [
                {"action": r.action, "n_gold": r.n_gold, "n_pred": r.n_pred}
                | {"n_optional_matched": r.n_optional_matched}
                | {"loose": r.loose.to_dict(), "strict": r.strict.to_dict()}
                for r in self.per_action
            ],
            "missed": [m.to_dict() for m in self.missed],
            "extra": [e.to_dict() for e in self.extra],
            "disagreements": [
                describe_disagreement(m) for m in self.scored_matches if disagreements_of(m)
            ],
        }

    def to_text(self) -> str:
        """A readable, deterministic report."""
        return "\n".join(format_event_report(self)) + "\n"


def evaluate_events(
    gold: pd.DataFrame,
    pred: pd.DataFrame,
    manifest: pd.DataFrame | Mapping[str, Any],
    actors: pd.DataFrame | ActorFamilies | None = None,
    *,
    extra_families: Mapping[str, str] | None = None,
) -> EventReport:
    """Score predicted events against gold events with the codebook's matching rules."""
    dates = load_publication_dates(manifest)
    families = (
        actors if isinstance(actors, ActorFamilies) else load_actor_families(actors, extra_families)
    )
    golds = read_gold_events(gold, dates)
    preds = read_predicted_events(pred, dates)
    matches = match_events(golds, preds, families)
    return build_event_report(golds, preds, matches)


def build_event_report(
    golds: Sequence[GoldEvent], preds: Sequence[PredictedEvent], matches: Sequence[MatchedPair]
) -> EventReport:
    """Count scores, accuracies and per-action rows from a matching."""
    scored = [m for m in matches if not m.gold.optional]
    matched_gold = {m.gold.row for m in matches}
    matched_pred = {m.pred.row for m in matches}
    missed_golds = [g for g in golds if not g.optional and g.row not in matched_gold]
    extra_preds = [p for p in preds if p.row not in matched_pred]
    gold_groups, pred_groups = group_by_doc_action(golds), group_by_doc_action(preds)
    return EventReport(
        loose=count_scores(scored, extra_preds, missed_golds, strict=False),
        strict=count_scores(scored, extra_preds, missed_golds, strict=True),
        date=measure_accuracy([(m.gold.event_date, m.pred.event_date) for m in scored]),
        fatalities=measure_accuracy([(m.gold.fatalities, m.pred.fatalities) for m in scored]),
        injured=measure_accuracy([(m.gold.injured, m.pred.injured) for m in scored]),
        per_action=tuple(
            build_action_row(action, golds, preds, matches, extra_preds, missed_golds)
            for action in list_actions(golds, preds)
        ),
        matches=tuple(matches),
        missed=tuple(
            describe_missed(g, pred_groups.get((g.doc_id, g.action), [])) for g in missed_golds
        ),
        extra=tuple(
            describe_extra(p, gold_groups.get((p.doc_id, p.action), [])) for p in extra_preds
        ),
        n_gold=len(golds),
        n_gold_optional=sum(g.optional for g in golds),
        n_pred=len(preds),
    )


def count_scores(
    scored: Sequence[MatchedPair],
    extra: Sequence[PredictedEvent],
    missed: Sequence[GoldEvent],
    *,
    strict: bool,
) -> Scores:
    """Loose or strict TP/FP/FN; a strict miss counts against both precision and recall."""
    tp = sum(1 for m in scored if m.actors_agree or not strict)
    wrong = len(scored) - tp
    return Scores(tp=tp, fp=len(extra) + wrong, fn=len(missed) + wrong)


def list_actions(golds: Sequence[GoldEvent], preds: Sequence[PredictedEvent]) -> list[str]:
    """Codebook actions that occur in gold or predictions, in codebook order, then unknown ones."""
    seen = {g.action for g in golds} | {p.action for p in preds}
    return [a for a in ACTIONS if a in seen] + sorted(seen - set(ACTIONS))


def build_action_row(
    action: str,
    golds: Sequence[GoldEvent],
    preds: Sequence[PredictedEvent],
    matches: Sequence[MatchedPair],
    extra: Sequence[PredictedEvent],
    missed: Sequence[GoldEvent],
) -> ActionRow:
    """Scores restricted to one action."""
    s = [m for m in matches if m.gold.action == action and not m.gold.optional]
    e = [p for p in extra if p.action == action]
    g = [x for x in missed if x.action == action]
    return ActionRow(
        action=action,
        n_gold=sum(1 for x in golds if x.action == action and not x.optional),
        n_pred=sum(1 for p in preds if p.action == action),
        n_optional_matched=sum(1 for m in matches if m.gold.optional and m.gold.action == action),
        loose=count_scores(s, e, g, strict=False),
        strict=count_scores(s, e, g, strict=True),
    )


def describe_missed(gold: GoldEvent, same: Sequence[PredictedEvent]) -> UnmatchedEvent:
    """A missed gold event with the reason no prediction (of its doc_id and action) matched it."""
    distances = [d for d in (measure_distance_km(gold, p) for p in same) if d is not None]
    if not distances:
        reason = "no prediction of this action with coordinates in this document"
    else:
        nearest = min(distances)
        radius = match_radius_km(gold)
        reason = (
            f"nearest prediction of this action is {nearest:.1f} km away (limit {radius:g} km)"
            if nearest > radius
            else "predictions within reach were matched to other gold events"
        )
    return UnmatchedEvent(
        gold.doc_id,
        gold.action,
        gold.place,
        f"gold {gold.gold_id}",
        (gold.latitude, gold.longitude),
        gold.evidence,
        reason,
    )


def describe_extra(pred: PredictedEvent, same: Sequence[GoldEvent]) -> UnmatchedEvent:
    """An unmatched prediction with the reason no gold event (of its doc_id and action) matched it."""
    if pred.coordinates is None:
        reason = "no coordinates"
    elif not same:
        reason = "no gold event of this action in this document"
    else:
        gaps = [(haversine_km(g.latitude, g.longitude, *pred.coordinates), g) for g in same]
        if all(d > match_radius_km(g) for d, g in gaps):
            d, g = min(gaps, key=lambda x: x[0])
            reason = f"nearest gold event of this action is {d:.1f} km away (limit {match_radius_km(g):g} km)"
        else:
            reason = "gold events within reach were matched to other predictions (duplicate?)"
    ref = f"pred row {pred.row + 1}" + (f" ({pred.event_id})" if pred.event_id else "")
    return UnmatchedEvent(
        pred.doc_id, pred.action, pred.location, ref, pred.coordinates, pred.sentence, reason
    )


def disagreements_of(match: MatchedPair) -> list[str]:
    """What a matched prediction got wrong (actors, date, fatalities, injured)."""
    g, p = match.gold, match.pred
    problems = []
    if not match.actors_agree:
        problems.append(
            f"actors gold {g.actor1 or '-'}/{g.actor2 or '-'}"
            f" vs pred {p.actor1 or '-'}/{p.actor2 or '-'}"
        )
    for name, gv, pv in (
        ("date", g.event_date, p.event_date),
        ("fatalities", g.fatalities, p.fatalities),
        ("injured", g.injured, p.injured),
    ):
        if gv != pv:
            problems.append(f"{name} gold {fmt_value(gv)} vs pred {fmt_value(pv)}")
    return problems


def describe_disagreement(match: MatchedPair) -> dict[str, Any]:
    """A matched pair's disagreements as a JSON-ready dict."""
    return {
        "gold_id": match.gold.gold_id,
        "pred_row": match.pred.row + 1,
        "event_id": match.pred.event_id,
        "doc_id": match.gold.doc_id,
        "action": match.gold.action,
        "distance_km": round(match.distance_km, 3),
        "problems": disagreements_of(match),
    }


# ---------------------------------------------------------------- text formatting


def fmt_value(value: object) -> str:
    """Format an optional value for the text report."""
    if value is None:
        return "-"
    return value.isoformat() if isinstance(value, (dt.date, MonthDate)) else str(value)


def fmt_rate(value: float | None) -> str:
    """Format a rate with three decimals ('n/a' when undefined)."""
    return "n/a" if value is None else f"{value:.3f}"


def shorten(text: str, width: int = TEXT_WIDTH) -> str:
    """Cut text to one line of at most `width` characters."""
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


def format_rates(scores: Scores) -> str:
    """P, R and F1 in 6-wide columns; '-' where the denominator is zero."""
    defined = (
        scores.tp + scores.fp > 0,
        scores.tp + scores.fn > 0,
        scores.tp + scores.fp > 0 and scores.tp + scores.fn > 0,
    )
    values = (scores.precision, scores.recall, scores.f1)
    return " ".join(
        f"{v:6.3f}" if ok else f"{'-':>6}" for v, ok in zip(values, defined, strict=True)
    )


def format_scores_table(rows: Sequence[tuple[str, Scores]]) -> list[str]:
    """Lines of a P/R/F1 table with counts."""
    lines = [f"{'':10} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}"]
    for name, s in rows:
        lines.append(f"{name:10} {format_rates(s)} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
    return lines


def format_accuracy(name: str, accuracy: Accuracy) -> str:
    """One line: accuracy with its n and false fills."""
    return (
        f"{name:22} {fmt_rate(accuracy.value):>6}  ({accuracy.correct}/{accuracy.n})"
        f"  false fills: {accuracy.false_fills}"
    )


def format_unmatched(title: str, items: Sequence[UnmatchedEvent]) -> list[str]:
    """Lines listing missed or extra events."""
    lines = [f"{title} ({len(items)})"]
    for item in items:
        lines.append(
            f"  {item.doc_id}  {item.ref}  {item.action}  {item.place or '-'}  [{item.reason}]"
        )
        if item.evidence:
            lines.append(f"      {shorten(item.evidence)}")
    return lines


def format_event_report(report: EventReport) -> list[str]:
    """Lines of the event part of the text report."""
    lines = [
        "EVENTS",
        f"gold: {report.n_gold} ({report.n_gold_optional} optional)   predictions: {report.n_pred}"
        f"   matched to optional gold (not scored): {len(report.matches) - len(report.scored_matches)}",
        f"matching: same doc_id and action, place within {PLACE_RADIUS_KM:g} km "
        f"({REGION_RADIUS_KM:g} km when gold geo_precision is {REGION_GEO_PRECISION}), one-to-one",
        "",
        *format_scores_table([("loose", report.loose), ("strict", report.strict)]),
        "",
        format_accuracy("date accuracy", report.date),
        format_accuracy("fatality accuracy", report.fatalities),
        format_accuracy("injured accuracy", report.injured),
        "",
        "per action",
        "(gold: non-optional gold rows; pred: all predictions; opt: matched to optional gold)",
        f"{'action':12} {'gold':>5} {'pred':>5} {'opt':>4} {'TP':>4} {'FP':>4} {'FN':>4}"
        f" {'P':>6} {'R':>6} {'F1':>6} {'strictF1':>8}",
    ]
    for r in report.per_action:
        s = r.loose
        lines.append(
            f"{r.action:12} {r.n_gold:5d} {r.n_pred:5d} {r.n_optional_matched:4d}"
            f" {s.tp:4d} {s.fp:4d} {s.fn:4d}"
            f" {format_rates(s)} {format_rates(r.strict).split()[-1]:>8}"
        )
    lines += ["", *format_unmatched("missed events", report.missed), ""]
    lines += [*format_unmatched("extra events", report.extra), ""]
    wrong = [m for m in report.scored_matches if disagreements_of(m)]
    lines.append(f"matched events with disagreements ({len(wrong)})")
    for m in wrong:
        lines.append(
            f"  {m.gold.doc_id}  gold {m.gold.gold_id} ~ pred row {m.pred.row + 1}  {m.gold.action}"
            f"  {m.gold.place}: " + "; ".join(disagreements_of(m))
        )
    return lines


# ---------------------------------------------------------------- tolls


@dataclass(frozen=True)
class TollRow:
    """One toll row (gold or predicted) with its comparable group key."""

    row: int
    doc_id: str
    toll_id: str
    group: str
    group_key: str
    killed: int | None
    injured: int | None
    captured: int | None
    period_start: dt.date | None
    period_end: dt.date | None
    place: str
    evidence: str


def normalize_group(group: str, families: ActorFamilies) -> str:
    """Comparable toll group id: normalised, aliases resolved, actor ids mapped to their family."""
    key = normalize_id(group)
    key = dict(TOLL_GROUP_ALIASES).get(key, key)
    return families.family(key)


def read_toll_rows(
    table: pd.DataFrame,
    dates: Mapping[str, dt.date | None],
    families: ActorFamilies,
    *,
    gold: bool,
) -> list[TollRow]:
    """Validate a gold (seed_tolls.csv) or predicted (TOLL_COLUMNS) toll table into rows."""
    source = describe_source(table, "<gold tolls>" if gold else "<predicted tolls>")
    text = stringify_table(table)
    if not gold and len(text) == 0 and len(text.columns) == 0:
        return []
    require_columns(text, GOLD_TOLL_COLUMNS if gold else PRED_TOLL_COLUMNS, source)
    rows = []
    for i, row in enumerate(text.to_dict("records")):
        check_doc_id(row["doc_id"], dates, source, i)
        if gold:
            offset = parse_int(
                row.get("period_end_offset", ""), locate(source, i, "period_end_offset")
            )
            end = resolve_offset(
                offset, dates, row["doc_id"], locate(source, i, "period_end_offset")
            )
        else:
            end = parse_date(row.get("period_end", ""), locate(source, i, "period_end"))
        rows.append(
            TollRow(
                row=i,
                doc_id=row["doc_id"],
                toll_id=row.get("toll_id", ""),
                group=row["group"],
                group_key=normalize_group(row["group"], families),
                killed=parse_int(row["killed"], locate(source, i, "killed")),
                injured=parse_int(row["injured"], locate(source, i, "injured")),
                captured=parse_int(row["captured"], locate(source, i, "captured")),
                period_start=parse_date(
                    row.get("period_start", ""), locate(source, i, "period_start"), month=gold
                ),
                period_end=end,
                place=row.get("place" if gold else "location", ""),
                evidence=row.get("evidence" if gold else "sentence", ""),
            )
        )
    return rows


def toll_pair_weight(gold: TollRow, pred: TollRow, size: int) -> int | None:
    """Weight of a candidate toll pair: same group, then killed, injured and captured, period."""
    if gold.group_key != pred.group_key:
        return None
    tiers = (
        (1, 1),
        (int(gold.killed == pred.killed), 1),
        (int(gold.injured == pred.injured) + int(gold.captured == pred.captured), 2),
        (int(gold.period_start == pred.period_start) + int(gold.period_end == pred.period_end), 2),
    )
    return combine_tiers(tiers, size)


def match_tolls(
    golds: Sequence[TollRow], preds: Sequence[TollRow]
) -> list[tuple[TollRow, TollRow]]:
    """Optimal one-to-one matching of toll rows within each document by group."""
    pairs: list[tuple[TollRow, TollRow]] = []
    for doc_id in sorted({g.doc_id for g in golds}):
        dg = [g for g in golds if g.doc_id == doc_id]
        dp = [p for p in preds if p.doc_id == doc_id]
        size = max(len(dg), len(dp))
        weights = [[toll_pair_weight(g, p, size) for p in dp] for g in dg]
        pairs.extend((dg[i], dp[j]) for i, j in assign_max_weight(weights))
    return sorted(pairs, key=lambda pair: pair[0].row)


@dataclass(frozen=True)
class TollReport:
    """Result of evaluate_tolls()."""

    rows: Scores
    killed_strict: Scores
    killed: Accuracy
    injured: Accuracy
    captured: Accuracy
    period_start: Accuracy
    period_end: Accuracy
    matches: tuple[tuple[TollRow, TollRow], ...]
    missed: tuple[TollRow, ...]
    extra: tuple[TollRow, ...]
    n_gold: int
    n_pred: int

    def summary(self) -> dict[str, Any]:
        """Headline numbers as a JSON-ready dict."""
        return {
            "n_gold": self.n_gold,
            "n_pred": self.n_pred,
            "rows": self.rows.to_dict(),
            "rows_with_killed": self.killed_strict.to_dict(),
            "killed": self.killed.to_dict(),
            "injured": self.injured.to_dict(),
            "captured": self.captured.to_dict(),
            "period_start": self.period_start.to_dict(),
            "period_end": self.period_end.to_dict(),
        }

    def to_dict(self) -> dict[str, Any]:
        """Everything as a JSON-ready dict."""
        return {
            "summary": self.summary(),
            "missed": [toll_to_dict(t, "gold") for t in self.missed],
            "extra": [toll_to_dict(t, "pred") for t in self.extra],
        }

    def to_text(self) -> str:
        """A readable, deterministic report."""
        return "\n".join(format_toll_report(self)) + "\n"


def toll_to_dict(toll: TollRow, side: str) -> dict[str, Any]:
    """A toll row as a JSON-ready dict."""
    return {
        "side": side,
        "row": toll.row + 1,
        "doc_id": toll.doc_id,
        "toll_id": toll.toll_id,
        "group": toll.group,
        "killed": toll.killed,
        "injured": toll.injured,
        "captured": toll.captured,
        "period_start": fmt_value(toll.period_start) if toll.period_start else None,
        "period_end": fmt_value(toll.period_end) if toll.period_end else None,
        "evidence": toll.evidence,
    }


def evaluate_tolls(
    gold: pd.DataFrame,
    pred: pd.DataFrame,
    manifest: pd.DataFrame | Mapping[str, Any],
    actors: pd.DataFrame | ActorFamilies | None = None,
    *,
    extra_families: Mapping[str, str] | None = None,
) -> TollReport:
    """Score predicted toll rows against gold: match by doc_id and group, then compare figures."""
    dates = load_publication_dates(manifest)
    families = (
        actors if isinstance(actors, ActorFamilies) else load_actor_families(actors, extra_families)
    )
    golds = read_toll_rows(gold, dates, families, gold=True)
    preds = read_toll_rows(pred, dates, families, gold=False)
    matches = match_tolls(golds, preds)
    matched_gold = {g.row for g, _ in matches}
    matched_pred = {p.row for _, p in matches}
    missed = tuple(g for g in golds if g.row not in matched_gold)
    extra = tuple(p for p in preds if p.row not in matched_pred)
    killed_ok = sum(1 for g, p in matches if g.killed == p.killed)
    wrong = len(matches) - killed_ok
    return TollReport(
        rows=Scores(len(matches), len(extra), len(missed)),
        killed_strict=Scores(killed_ok, len(extra) + wrong, len(missed) + wrong),
        killed=measure_accuracy([(g.killed, p.killed) for g, p in matches]),
        injured=measure_accuracy([(g.injured, p.injured) for g, p in matches]),
        captured=measure_accuracy([(g.captured, p.captured) for g, p in matches]),
        period_start=measure_accuracy([(g.period_start, p.period_start) for g, p in matches]),
        period_end=measure_accuracy([(g.period_end, p.period_end) for g, p in matches]),
        matches=tuple(matches),
        missed=missed,
        extra=extra,
        n_gold=len(golds),
        n_pred=len(preds),
    )


def format_toll_report(report: TollReport) -> list[str]:
    """Lines of the toll part of the text report."""
    lines = [
        "TOLLS",
        f"gold rows: {report.n_gold}   predicted rows: {report.n_pred}",
        "matching: same doc_id and group (normalised, actor families), one-to-one",
        "",
        *format_scores_table([("rows", report.rows), ("+killed", report.killed_strict)]),
        "",
        format_accuracy("killed accuracy", report.killed),
        format_accuracy("injured accuracy", report.injured),
        format_accuracy("captured accuracy", report.captured),
        format_accuracy("period_start accuracy", report.period_start),
        format_accuracy("period_end accuracy", report.period_end),
        "",
    ]
    for title, rows, side in (
        ("missed toll rows", report.missed, "gold"),
        ("extra toll rows", report.extra, "pred"),
    ):
        lines.append(f"{title} ({len(rows)})")
        for t in rows:
            lines.append(
                f"  {t.doc_id}  {side} row {t.row + 1}  {t.toll_id or '-'}  {t.group}"
                f"  killed={fmt_value(t.killed)} injured={fmt_value(t.injured)}"
                f" captured={fmt_value(t.captured)}"
            )
            if t.evidence:
                lines.append(f"      {shorten(t.evidence)}")
        lines.append("")
    wrong = [
        (g, p)
        for g, p in report.matches
        if (g.killed, g.injured, g.captured) != (p.killed, p.injured, p.captured)
    ]
    lines.append(f"matched toll rows with different figures ({len(wrong)})")
    for g, p in wrong:
        lines.append(
            f"  {g.doc_id}  {g.toll_id} {g.group} ~ pred row {p.row + 1}:"
            f" killed {fmt_value(g.killed)}/{fmt_value(p.killed)}"
            f" injured {fmt_value(g.injured)}/{fmt_value(p.injured)}"
            f" captured {fmt_value(g.captured)}/{fmt_value(p.captured)}"
        )
    return lines


# ---------------------------------------------------------------- gold -> predictions


def gold_to_predictions(
    gold: pd.DataFrame, manifest: pd.DataFrame | Mapping[str, Any]
) -> pd.DataFrame:
    """Convert gold events (seed_events.csv) to a prediction table with EVENT_COLUMNS."""
    dates = load_publication_dates(manifest)
    source = describe_source(gold, "<gold events>")
    table = stringify_table(gold)
    require_columns(table, GOLD_EVENT_COLUMNS, source)
    rows = []
    for i, row in enumerate(table.to_dict("records")):
        check_doc_id(row["doc_id"], dates, source, i)
        offset = parse_int(row["day_offset"], locate(source, i, "day_offset"))
        date = resolve_offset(offset, dates, row["doc_id"], locate(source, i, "day_offset"))
        published = dates.get(row["doc_id"])
        out = {column: "" for column in EVENT_COLUMNS}
        out |= {
            "event_id": row["gold_id"],
            "doc_id": row["doc_id"],
            "action": row["action"],
            "actor1": row["actor1"],
            "actor2": row["actor2"],
            "assoc_actor1": row.get("assoc_actor1", ""),
            "location": row["place"],
            "location_ar": row.get("place_ar", ""),
            "admin1": row.get("admin1", ""),
            "latitude": row["latitude"],
            "longitude": row["longitude"],
            "geo_precision": row["geo_precision"],
            "event_date": fmt_value(date) if date else "",
            "date_precision": "day" if date else "unknown",
            "fatalities": row["fatalities"],
            "injured": row.get("injured", ""),
            "source": row.get("source", ""),
            "sentence": row.get("evidence", ""),
            "publication_date": fmt_value(published) if published else "",
            "rule": "gold",
        }
        rows.append(out)
    return pd.DataFrame(rows, columns=list(EVENT_COLUMNS), dtype=object)


def gold_tolls_to_predictions(
    gold: pd.DataFrame, manifest: pd.DataFrame | Mapping[str, Any]
) -> pd.DataFrame:
    """Convert gold tolls (seed_tolls.csv) to a prediction table with TOLL_COLUMNS."""
    dates = load_publication_dates(manifest)
    source = describe_source(gold, "<gold tolls>")
    table = stringify_table(gold)
    require_columns(table, GOLD_TOLL_COLUMNS, source)
    rows = []
    for i, row in enumerate(table.to_dict("records")):
        check_doc_id(row["doc_id"], dates, source, i)
        where = locate(source, i, "period_end_offset")
        end = resolve_offset(
            parse_int(row.get("period_end_offset", ""), where), dates, row["doc_id"], where
        )
        out = {column: "" for column in TOLL_COLUMNS}
        out |= {
            "doc_id": row["doc_id"],
            "toll_id": row["toll_id"],
            "reporter": row.get("reporter", ""),
            "location": row.get("place", ""),
            "period_start": row.get("period_start", ""),
            "period_end": fmt_value(end) if end else "",
            "group": row["group"],
            "killed": row["killed"],
            "injured": row["injured"],
            "captured": row["captured"],
            "sentence": row.get("evidence", ""),
        }
        rows.append(out)
    return pd.DataFrame(rows, columns=list(TOLL_COLUMNS), dtype=object)


# ---------------------------------------------------------------- whole evaluation


@dataclass(frozen=True)
class EvaluationReport:
    """Events (and optionally tolls) evaluation, with the input paths."""

    events: EventReport
    tolls: TollReport | None
    inputs: Mapping[str, str | None]

    def summary(self) -> dict[str, Any]:
        """Headline numbers as a JSON-ready dict."""
        return {
            "events": self.events.summary(),
            "tolls": None if self.tolls is None else self.tolls.summary(),
        }

    def to_dict(self) -> dict[str, Any]:
        """Everything as a JSON-ready dict."""
        return {
            "inputs": dict(self.inputs),
            "events": self.events.to_dict(),
            "tolls": None if self.tolls is None else self.tolls.to_dict(),
        }

    def to_text(self) -> str:
        """A readable, deterministic report."""
        head = ["conflictlib evaluation"] + [
            f"  {name}: {path}" for name, path in self.inputs.items() if path is not None
        ]
        text = "\n".join(head) + "\n\n" + self.events.to_text()
        if self.tolls is not None:
            text += "\n" + self.tolls.to_text()
        return text


def run_evaluation(
    gold_events_path: str | Path,
    manifest_path: str | Path,
    pred_events_path: str | Path,
    gold_tolls_path: str | Path | None = None,
    pred_tolls_path: str | Path | None = None,
    actors_path: str | Path | None = None,
    *,
    extra_families: Mapping[str, str] | None = None,
) -> EvaluationReport:
    """Read gold, manifest and predictions from files and evaluate events (and tolls if given)."""
    if (gold_tolls_path is None) != (pred_tolls_path is None):
        raise EvaluationError("give both gold tolls and predicted tolls, or neither")
    manifest = read_table(manifest_path)
    actors = read_table(actors_path) if actors_path is not None else None
    families = load_actor_families(actors, extra_families)
    events = evaluate_events(
        read_table(gold_events_path),
        read_table(pred_events_path, empty_columns=EVENT_COLUMNS),
        manifest,
        families,
    )
    tolls = None
    if gold_tolls_path is not None and pred_tolls_path is not None:
        tolls = evaluate_tolls(
            read_table(gold_tolls_path),
            read_table(pred_tolls_path, empty_columns=TOLL_COLUMNS),
            manifest,
            families,
        )
    inputs = {
        "gold events": str(gold_events_path),
        "manifest": str(manifest_path),
        "predicted events": str(pred_events_path),
        "gold tolls": None if gold_tolls_path is None else str(gold_tolls_path),
        "predicted tolls": None if pred_tolls_path is None else str(pred_tolls_path),
        "actors": None if actors_path is None else str(actors_path),
    }
    return EvaluationReport(events, tolls, inputs)
