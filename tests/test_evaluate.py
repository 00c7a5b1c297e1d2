"""Tests for conflictlib.evaluate: matching rules, scores, accuracies, tolls, errors, gold self-check."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictlib.errors import ConflictlibError, EvaluationError
from conflictlib.evaluate import (
    assign_max_weight,
    evaluate_events,
    evaluate_tolls,
    gold_to_predictions,
    gold_tolls_to_predictions,
    haversine_km,
    load_actor_families,
    read_table,
    run_evaluation,
)
from conflictlib.schema import EVENT_COLUMNS, TOLL_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "data" / "gold"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
KM_PER_DEGREE_LAT = 6371.0088 * math.pi / 180

RAQQA = (35.95283, 39.00788)
MANIFEST = pd.DataFrame({"doc_id": ["d1", "d2"], "publication_date": ["2015-10-03", "2014-11-12"]})
ACTORS = pd.DataFrame(
    {
        "actor_id": ["isis", "coalition", "usa", "ypg", "ypj", "sdf", "russia", "syrian_regime"],
        "family": [
            "isis",
            "coalition",
            "coalition",
            "sdf",
            "sdf",
            "sdf",
            "russia",
            "syrian_regime",
        ],
    }
)


def north_of(point: tuple[float, float], km: float) -> tuple[float, float]:
    """A point `km` kilometres due north of `point` (exact on a sphere)."""
    return point[0] + km / KM_PER_DEGREE_LAT, point[1]


def gold_row(gold_id: str = "g1", **fields: object) -> dict[str, object]:
    """One gold event row with defaults (an airstrike on Raqqa, Arabic evidence)."""
    row: dict[str, object] = {
        "gold_id": gold_id,
        "doc_id": "d1",
        "action": "airstrike",
        "actor1": "russia",
        "actor2": "isis",
        "place": "Ar Raqqah",
        "place_ar": "الرقة",
        "latitude": RAQQA[0],
        "longitude": RAQQA[1],
        "geo_precision": 1,
        "day_offset": "",
        "fatalities": "",
        "injured": "",
        "optional": 0,
        "evidence": "غارات عدة استهدفت مواقع تنظيم داعش في الرقة",
    }
    row.update(fields)
    return row


def pred_row(**fields: object) -> dict[str, object]:
    """One predicted event row with defaults matching gold_row()."""
    row: dict[str, object] = {
        "event_id": "e",
        "doc_id": "d1",
        "action": "airstrike",
        "actor1": "russia",
        "actor2": "isis",
        "location": "الرقة",
        "latitude": RAQQA[0],
        "longitude": RAQQA[1],
        "event_date": "",
        "fatalities": "",
        "injured": "",
        "sentence": "استهدف الطيران الروسي مواقع التنظيم في مدينة الرقة",
    }
    row.update(fields)
    return row


def evaluate(golds: list[dict], preds: list[dict], actors: pd.DataFrame | None = ACTORS):
    """Evaluate rows given as dicts."""
    pred = pd.DataFrame(preds) if preds else pd.DataFrame(columns=list(EVENT_COLUMNS))
    return evaluate_events(pd.DataFrame(golds), pred, MANIFEST, actors)


def counts(scores) -> tuple[int, int, int]:
    """(tp, fp, fn) of a Scores."""
    return scores.tp, scores.fp, scores.fn


# ---------------------------------------------------------------- place rule


@pytest.mark.parametrize(
    ("km", "precision", "matched"),
    [
        (0.0, 1, True),
        (24.0, 1, True),
        (26.0, 1, False),
        (24.0, 2, True),
        (26.0, 2, False),
        (26.0, 3, True),
        (390.0, 3, True),
        (410.0, 3, False),
    ],
)
def test_place_radius_depends_on_geo_precision(km: float, precision: int, matched: bool) -> None:
    lat, lon = north_of(RAQQA, km)
    report = evaluate([gold_row(geo_precision=precision)], [pred_row(latitude=lat, longitude=lon)])
    assert counts(report.loose) == ((1, 0, 0) if matched else (0, 1, 1))


def test_exact_match_scores_one_everywhere() -> None:
    report = evaluate(
        [gold_row(day_offset=-1, fatalities=12)], [pred_row(event_date="2015-10-02", fatalities=12)]
    )
    assert counts(report.loose) == (1, 0, 0)
    assert counts(report.strict) == (1, 0, 0)
    assert (report.date.value, report.fatalities.value) == (1.0, 1.0)


@pytest.mark.parametrize(
    ("gold_fields", "pred_fields", "reason"),
    [
        ({}, {"action": "shelling"}, "no gold event of this action"),
        ({}, {"doc_id": "d2"}, "no gold event of this action"),
        ({}, {"latitude": "", "longitude": ""}, "no coordinates"),
        ({}, {"latitude": RAQQA[0] + 1}, "km away"),
    ],
)
def test_unmatched_prediction_is_extra_with_reason(gold_fields, pred_fields, reason) -> None:
    report = evaluate([gold_row(**gold_fields)], [pred_row(**pred_fields)])
    assert counts(report.loose) == (0, 1, 1)
    assert len(report.extra) == 1 and reason in report.extra[0].reason
    assert report.missed[0].ref == "gold g1"


# ---------------------------------------------------------------- optional rows


@pytest.mark.parametrize(
    ("golds", "preds", "expected"),
    [
        # a prediction of an optional gold event: neither TP nor FP
        (
            [gold_row(action="withdrawal", actor2="", optional=1)],
            [pred_row(action="withdrawal", actor2="")],
            (0, 0, 0),
        ),
        # an optional gold event nobody predicted: not a miss
        ([gold_row(action="withdrawal", actor2="", optional=1)], [], (0, 0, 0)),
        # one prediction that could match both: it goes to the non-optional gold row
        ([gold_row("g1", optional=1), gold_row("g2", optional=0)], [pred_row()], (1, 0, 0)),
        ([gold_row("g1", optional=0), gold_row("g2", optional=1)], [pred_row()], (1, 0, 0)),
        # two predictions: one scores, the other is absorbed by the optional row
        (
            [gold_row("g1", optional=1), gold_row("g2", optional=0)],
            [pred_row(), pred_row()],
            (1, 0, 0),
        ),
    ],
)
def test_optional_gold_is_neither_rewarded_nor_penalised(golds, preds, expected) -> None:
    assert counts(evaluate(golds, preds).loose) == expected


# ---------------------------------------------------------------- one-to-one and actors


def test_two_predictions_one_gold_gives_one_extra() -> None:
    report = evaluate([gold_row()], [pred_row(event_id="e1"), pred_row(event_id="e2")])
    assert counts(report.loose) == (1, 1, 0)
    assert "matched to other predictions" in report.extra[0].reason


def test_one_to_one_prefers_actor_agreement_over_distance() -> None:
    # gold g1 (russia) sits on the russian prediction's far side; the nearest prediction is the regime one
    near, far = north_of(RAQQA, 1.0), north_of(RAQQA, 20.0)
    golds = [
        gold_row("g1", actor1="russia"),
        gold_row("g2", actor1="syrian_regime", latitude=far[0]),
    ]
    preds = [
        pred_row(event_id="regime", actor1="syrian_regime", latitude=near[0]),
        pred_row(event_id="russian", actor1="russia", latitude=far[0]),
    ]
    report = evaluate(golds, preds)
    pairs = {(m.gold.gold_id, m.pred.event_id) for m in report.matches}
    assert pairs == {("g1", "russian"), ("g2", "regime")}
    assert counts(report.strict) == (2, 0, 0)


def test_single_prediction_goes_to_gold_with_agreeing_actors() -> None:
    golds = [
        gold_row("g1", actor1="syrian_regime"),
        gold_row("g2", actor1="russia", latitude=north_of(RAQQA, 10)[0]),
    ]
    report = evaluate(golds, [pred_row(actor1="russia")])
    assert [m.gold.gold_id for m in report.matches] == ["g2"]
    assert [m.ref for m in report.missed] == ["gold g1"]


def test_matching_maximises_matches_before_actor_agreement() -> None:
    # p_a agrees with g1 but could also take g2; p_b can only reach g1 -> both must be matched
    g2_point = north_of(RAQQA, 20.0)
    golds = [gold_row("g1"), gold_row("g2", latitude=g2_point[0])]
    preds = [
        pred_row(event_id="p_a", latitude=north_of(RAQQA, 10.0)[0]),
        pred_row(event_id="p_b", actor1="syrian_regime", latitude=north_of(RAQQA, -10.0)[0]),
    ]
    report = evaluate(golds, preds)
    assert counts(report.loose) == (2, 0, 0)
    assert {(m.gold.gold_id, m.pred.event_id) for m in report.matches} == {
        ("g1", "p_b"),
        ("g2", "p_a"),
    }


@pytest.mark.parametrize(
    ("action", "gold_actors", "pred_actors", "strict_ok"),
    [
        ("clash", ("isis", "ypg"), ("ypg", "isis"), True),
        ("clash", ("isis", "ypg"), ("isis", "ypg"), True),
        ("clash", ("isis", "ypg"), ("sdf", "isis"), True),
        ("clash", ("isis", "ypg"), ("isis", "syrian_regime"), False),
        ("airstrike", ("coalition", "isis"), ("isis", "coalition"), False),
        ("airstrike", ("coalition", "isis"), ("usa", "isis"), True),
        ("airstrike", ("usa", "isis"), ("coalition", "isis"), True),
        ("airstrike", ("russia", "isis"), ("syrian_regime", "isis"), False),
        ("bombing", ("unknown", "ypj"), ("unknown", "ypg"), True),
        ("bombing", ("unknown", "ypj"), ("unknown", "civilians"), False),
        # empty gold actor2 requires empty predicted actor2
        ("airstrike", ("syrian_regime", ""), ("syrian_regime", ""), True),
        ("airstrike", ("syrian_regime", ""), ("syrian_regime", "isis"), False),
        ("airstrike", ("syrian_regime", "isis"), ("syrian_regime", ""), False),
        ("capture", ("isis", "syrian_regime"), ("ISIS", " syrian_regime "), True),
    ],
)
def test_strict_compares_actor_families(action, gold_actors, pred_actors, strict_ok) -> None:
    gold = gold_row(action=action, actor1=gold_actors[0], actor2=gold_actors[1])
    pred = pred_row(action=action, actor1=pred_actors[0], actor2=pred_actors[1])
    report = evaluate([gold], [pred])
    assert counts(report.loose) == (1, 0, 0)
    assert counts(report.strict) == ((1, 0, 0) if strict_ok else (0, 1, 1))


@pytest.mark.parametrize(
    ("gold_actor", "pred_actor", "actors", "extra", "same"),
    [
        ("usa", "coalition", None, None, True),  # codebook equivalence holds without a table
        ("ypj", "sdf", None, None, True),
        ("levant_front", "syrian_opposition", None, None, False),
        ("levant_front", "syrian_opposition", None, {"levant_front": "syrian_opposition"}, True),
        ("levant_front", "syrian_opposition", "gold", None, True),  # data/gold/actors.csv
        ("ahrar_al_sham", "isis", "gold", None, False),
    ],
)
def test_actor_families_from_codebook_extra_and_table(
    gold_actor, pred_actor, actors, extra, same
) -> None:
    table = read_table(GOLD / "actors.csv") if actors == "gold" else None
    families = load_actor_families(table, extra)
    assert (families.family(gold_actor) == families.family(pred_actor)) is same


LEXICON_FAMILIES = {  # the lexicon's family names, as `extra`
    "iraqi_security_forces": "iraqi_forces",
    "iraqi_army": "iraqi_forces",
    "iraqi_police": "iraqi_forces",
    "pmf": "pmf",
    "kataib_hezbollah": "pmf",
    "islamic_resistance_iraq": "pmf",
}


@pytest.mark.parametrize(
    ("coder_rows", "gold_actor", "pred_actor", "same"),
    [
        # the coder names the lexicon's iraqi_forces family iraqi_security_forces
        (
            [("iraqi_security_forces", "iraqi_security_forces")],
            "iraqi_security_forces",
            "iraqi_army",
            True,
        ),
        ([("iraqi_security_forces", "iraqi_security_forces")], "iraqi_police", "iraqi_army", True),
        ([("iraqi_security_forces", "isf")], "iraqi_security_forces", "pmf", False),
        # the coder splits the lexicon's pmf family: its other ids keep the lexicon's name
        ([("pmf", "pmf"), ("islamic_resistance_iraq", "iri")], "pmf", "kataib_hezbollah", True),
        (
            [("pmf", "pmf"), ("islamic_resistance_iraq", "iri")],
            "islamic_resistance_iraq",
            "pmf",
            False,
        ),
        ([("pmf", "pmf"), ("islamic_resistance_iraq", "iri")], "iri", "kataib_hezbollah", False),
        ([], "iraqi_security_forces", "iraqi_army", True),  # no table: the lexicon's families
    ],
)
def test_actor_families_align_the_two_tables_names(
    coder_rows, gold_actor, pred_actor, same
) -> None:
    table = pd.DataFrame(coder_rows, columns=["actor_id", "family"])
    families = load_actor_families(table, LEXICON_FAMILIES)
    assert (families.family(gold_actor) == families.family(pred_actor)) is same


# ---------------------------------------------------------------- date and fatality accuracy


@pytest.mark.parametrize(
    ("day_offset", "event_date", "correct", "n", "false_fills"),
    [
        (-1, "2015-10-02", 1, 1, 0),
        (-1, "2015-10-03", 0, 1, 0),  # publication date silently filled in
        (-1, "", 0, 1, 0),
        (0, "2015-10-03", 1, 1, 0),
        (-2, "2015-10-01", 1, 1, 0),
        ("", "", 0, 0, 0),
        ("", "2015-10-03", 0, 0, 1),
    ],
)
def test_date_accuracy(day_offset, event_date, correct, n, false_fills) -> None:
    report = evaluate([gold_row(day_offset=day_offset)], [pred_row(event_date=event_date)])
    assert (report.date.correct, report.date.n, report.date.false_fills) == (
        correct,
        n,
        false_fills,
    )


@pytest.mark.parametrize(
    ("gold_value", "pred_value", "correct", "n", "false_fills"),
    [
        (19, 19, 1, 1, 0),
        (19, "19.0", 1, 1, 0),
        (19, 13, 0, 1, 0),
        (19, "", 0, 1, 0),
        ("", "", 0, 0, 0),
        ("", 10, 0, 0, 1),
    ],
)
def test_fatality_accuracy(gold_value, pred_value, correct, n, false_fills) -> None:
    report = evaluate([gold_row(fatalities=gold_value)], [pred_row(fatalities=pred_value)])
    f = report.fatalities
    assert (f.correct, f.n, f.false_fills) == (correct, n, false_fills)


def test_accuracy_ignores_optional_and_unmatched_events() -> None:
    golds = [gold_row("g1", optional=1, fatalities=5), gold_row("g2", action="clash", fatalities=3)]
    report = evaluate(golds, [pred_row(fatalities=4)])
    assert (report.fatalities.n, report.fatalities.value) == (0, None)


def test_match_prefers_prediction_with_same_date_among_equal_candidates() -> None:
    golds = [gold_row("g1", optional=1), gold_row("g2", day_offset=-1)]
    preds = [pred_row(event_id="undated"), pred_row(event_id="dated", event_date="2015-10-02")]
    report = evaluate(golds, preds)
    assert [(m.gold.gold_id, m.pred.event_id) for m in report.scored_matches] == [("g2", "dated")]
    assert report.date.value == 1.0


# ---------------------------------------------------------------- per action, lists, empty input


def test_per_action_breakdown_and_lists() -> None:
    golds = [gold_row("g1"), gold_row("g2", action="clash", actor1="isis", actor2="ypg")]
    preds = [pred_row(), pred_row(action="bombing", actor1="unknown", actor2="")]
    report = evaluate(golds, preds)
    rows = {r.action: (r.n_gold, r.n_pred, counts(r.loose)) for r in report.per_action}
    assert rows == {
        "airstrike": (1, 1, (1, 0, 0)),
        "bombing": (0, 1, (0, 1, 0)),
        "clash": (1, 0, (0, 0, 1)),
    }
    text = report.to_text()
    assert "gold g2" in text and "bombing" in text and "استهدف الطيران الروسي" in text


@pytest.mark.parametrize("pred", [pd.DataFrame(columns=list(EVENT_COLUMNS)), pd.DataFrame()])
def test_empty_predictions_miss_everything(pred: pd.DataFrame) -> None:
    report = evaluate_events(
        pd.DataFrame([gold_row("g1"), gold_row("g2", optional=1)]), pred, MANIFEST, ACTORS
    )
    assert counts(report.loose) == (0, 0, 1)
    assert (report.loose.precision, report.loose.recall, report.loose.f1) == (0.0, 0.0, 0.0)
    assert report.date.value is None


def test_empty_prediction_file_is_not_a_crash(tmp_path: Path) -> None:
    empty = tmp_path / "events.csv"
    empty.write_text("", encoding="utf-8")
    report = run_evaluation(GOLD / "seed_events.csv", GOLD / "seed_manifest.csv", empty)
    assert report.events.loose.tp == 0
    assert report.events.loose.fn == report.events.n_gold - report.events.n_gold_optional


# ---------------------------------------------------------------- bad input


def write_csv(path: Path, rows: list[dict], drop: str | None = None) -> Path:
    """Write rows as CSV, optionally without one column."""
    table = pd.DataFrame(rows)
    if drop:
        table = table.drop(columns=[drop])
    table.to_csv(path, index=False)
    return path


@pytest.mark.parametrize(
    ("pred_fields", "drop", "message"),
    [
        ({}, "latitude", "missing column(s) latitude"),
        ({}, "actor2", "missing column(s) actor2"),
        ({"doc_id": "غير_موجود"}, None, "not in the manifest"),
        ({"latitude": 95.0}, None, "outside [-90, 90]"),
        ({"longitude": -200.0}, None, "outside [-180, 180]"),
        ({"latitude": "الرقة"}, None, "is not a number"),
        ({"longitude": ""}, None, "must both be given"),
        ({"event_date": "أمس"}, None, "not a YYYY-MM-DD date"),
        ({"fatalities": "خمسة"}, None, "is not a number"),
        ({"fatalities": 2.5}, None, "not a whole number"),
    ],
)
def test_bad_predictions_raise_evaluation_error(tmp_path, pred_fields, drop, message) -> None:
    gold = write_csv(tmp_path / "gold.csv", [gold_row()])
    manifest = write_csv(tmp_path / "manifest.csv", MANIFEST.to_dict("records"))
    pred = write_csv(tmp_path / "pred.csv", [pred_row(**pred_fields)], drop=drop)
    with pytest.raises(EvaluationError, match=None) as caught:
        run_evaluation(gold, manifest, pred)
    assert message in str(caught.value)
    assert str(pred) in str(caught.value)
    assert isinstance(caught.value, ConflictlibError)


@pytest.mark.parametrize(
    ("gold_fields", "drop", "message"),
    [
        ({}, "optional", "missing column(s) optional"),
        ({"action": "قصف"}, None, "unknown action"),
        ({"latitude": "", "longitude": ""}, None, "needs coordinates"),
        ({"doc_id": "d9"}, None, "not in the manifest"),
        ({"optional": "ربما"}, None, "not 0 or 1"),
    ],
)
def test_bad_gold_raises_evaluation_error(tmp_path, gold_fields, drop, message) -> None:
    gold = write_csv(tmp_path / "gold.csv", [gold_row(**gold_fields)], drop=drop)
    manifest = write_csv(tmp_path / "manifest.csv", MANIFEST.to_dict("records"))
    pred = write_csv(tmp_path / "pred.csv", [pred_row()])
    with pytest.raises(EvaluationError) as caught:
        run_evaluation(gold, manifest, pred)
    assert message in str(caught.value) and str(gold) in str(caught.value)


@pytest.mark.parametrize(
    ("paths", "message"),
    [
        ({"gold_tolls_path": GOLD / "seed_tolls.csv"}, "give both"),
        ({"actors_path": GOLD / "no_such_actors.csv"}, "file not found"),
    ],
)
def test_run_evaluation_argument_errors(paths, message) -> None:
    with pytest.raises(EvaluationError, match=message):
        run_evaluation(
            GOLD / "seed_events.csv", GOLD / "seed_manifest.csv", GOLD / "seed_events.csv", **paths
        )


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("pred.csv", "doc_id,action\nd1,غارة\n".encode("cp1256"), "not UTF-8"),
        ("pred.csv", 'doc_id,action\n"d1,غارة\n'.encode(), "cannot be read"),
        ("pred.parquet", "ليس ملف باركيه".encode(), "cannot be read"),
    ],
)
def test_unreadable_files_raise_evaluation_error(tmp_path, name, content, message) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(EvaluationError) as caught:
        read_table(path)
    assert message in str(caught.value) and str(path) in str(caught.value)


# ---------------------------------------------------------------- tolls


def toll(
    group: str, killed: object = "", captured: object = "", **fields: object
) -> dict[str, object]:
    """One toll row (gold and predicted tables share these columns here)."""
    row: dict[str, object] = {"doc_id": "d2", "toll_id": "T1", "group": group, "killed": killed}
    row |= {"injured": "", "captured": captured, "period_end_offset": "", "period_end": ""}
    row |= {"evidence": "قتل في هذه المعارك 363 مقاتلا", "sentence": "قتل في هذه المعارك"}
    row.update(fields)
    return row


@pytest.mark.parametrize(
    ("golds", "preds", "rows", "with_killed"),
    [
        ([toll("ypg", 363)], [toll("YPG", 363)], (1, 0, 0), (1, 0, 0)),
        ([toll("ypg", 363)], [toll("sdf", 363)], (1, 0, 0), (1, 0, 0)),
        ([toll("total", 1013)], [toll("All", 1013)], (1, 0, 0), (1, 0, 0)),
        ([toll("people", 350)], [toll("total", 350)], (1, 0, 0), (1, 0, 0)),
        ([toll("ypg", 363)], [toll("ypg", 360)], (1, 0, 0), (0, 1, 1)),
        ([toll("ypg", 363)], [toll("civilians", 363)], (0, 1, 1), (0, 1, 1)),
        ([toll("ypg", 363)], [toll("ypg", 363, doc_id="d1")], (0, 1, 1), (0, 1, 1)),
        # two isis rows in one document: the figures decide the pairing
        (
            [toll("isis", 609), toll("isis", 13, toll_id="T2")],
            [toll("isis", 13), toll("isis", 609)],
            (2, 0, 0),
            (2, 0, 0),
        ),
        # two isis rows in one document: killed and captured figures decide the pairing
        (
            [toll("isis", 1331), toll("isis", captured=1000, toll_id="T2")],
            [toll("isis", captured=1000), toll("isis", 1331)],
            (2, 0, 0),
            (2, 0, 0),
        ),
    ],
)
def test_tolls_match_by_document_and_group(golds, preds, rows, with_killed) -> None:
    report = evaluate_tolls(pd.DataFrame(golds), pd.DataFrame(preds), MANIFEST, ACTORS)
    assert counts(report.rows) == rows
    assert counts(report.killed_strict) == with_killed


def test_toll_period_end_uses_publication_date_and_start_is_compared() -> None:
    golds = [toll("isis", 609, period_end_offset=-2, period_start="2014-09-16")]
    preds = [toll("isis", 609, period_end="2014-11-10", period_start="2014-09-15")]
    report = evaluate_tolls(pd.DataFrame(golds), pd.DataFrame(preds), MANIFEST)
    assert (report.period_end.correct, report.period_end.n) == (1, 1)
    assert (report.period_start.correct, report.period_start.n) == (0, 1)


# ---------------------------------------------------------------- hand-made fixture, end to end


def run_fixture():
    """Evaluate the hand-made fixture tables."""
    return run_evaluation(
        FIXTURES / "eval_gold_events.csv",
        FIXTURES / "eval_manifest.csv",
        FIXTURES / "eval_pred_events.csv",
        FIXTURES / "eval_gold_tolls.csv",
        FIXTURES / "eval_pred_tolls.csv",
        GOLD / "actors.csv",
    )


def test_fixture_counts_computed_by_hand() -> None:
    report = run_fixture()
    ev = report.events
    assert counts(ev.loose) == (3, 2, 1)
    assert counts(ev.strict) == (2, 3, 2)
    assert (ev.date.correct, ev.date.n, ev.fatalities.correct, ev.fatalities.n) == (2, 2, 1, 2)
    assert sorted(e.reason for e in ev.extra) == [
        "no coordinates",
        "no gold event of this action in this document",
    ]
    tolls = report.tolls
    assert tolls is not None
    assert counts(tolls.rows) == (3, 1, 1)
    assert counts(tolls.killed_strict) == (2, 2, 2)
    assert (tolls.killed.correct, tolls.killed.n, tolls.captured.value, tolls.period_end.value) == (
        1,
        2,
        1.0,
        1.0,
    )


def test_reports_are_deterministic_and_json_ready() -> None:
    first, second = run_fixture(), run_fixture()
    assert first.to_text() == second.to_text()
    assert json.loads(json.dumps(first.to_dict(), ensure_ascii=False)) == second.to_dict()
    assert first.to_dict()["events"]["summary"]["loose"]["precision"] == 0.6
    text = first.to_text()
    for needle in (
        "loose",
        "strict",
        "date accuracy",
        "fatality accuracy",
        "per action",
        "missed events (1)",
    ):
        assert needle in text
    assert "اندلعت مظاهرات" in text


# ---------------------------------------------------------------- the real gold


def test_gold_files_load() -> None:
    gold, manifest = read_table(GOLD / "seed_events.csv"), read_table(GOLD / "seed_manifest.csv")
    predictions = gold_to_predictions(gold, manifest)
    assert list(predictions.columns) == list(EVENT_COLUMNS)
    assert len(predictions) == len(gold) > 0
    tolls = gold_tolls_to_predictions(read_table(GOLD / "seed_tolls.csv"), manifest)
    assert list(tolls.columns) == list(TOLL_COLUMNS)
    assert set(load_actor_families(read_table(GOLD / "actors.csv")).families) >= {
        "isis",
        "usa",
        "ypj",
    }


def test_gold_against_itself_scores_one(tmp_path: Path) -> None:
    manifest = read_table(GOLD / "seed_manifest.csv")
    pred = tmp_path / "events.csv"
    gold_to_predictions(read_table(GOLD / "seed_events.csv"), manifest).to_csv(pred, index=False)
    pred_tolls = tmp_path / "tolls.csv"
    gold_tolls_to_predictions(read_table(GOLD / "seed_tolls.csv"), manifest).to_csv(
        pred_tolls, index=False
    )
    report = run_evaluation(
        GOLD / "seed_events.csv",
        GOLD / "seed_manifest.csv",
        pred,
        GOLD / "seed_tolls.csv",
        pred_tolls,
        GOLD / "actors.csv",
    )
    ev, tl = report.events, report.tolls
    assert tl is not None
    rates = [ev.loose.f1, ev.strict.f1, ev.date.value, ev.fatalities.value, ev.injured.value]
    rates += [
        tl.rows.f1,
        tl.killed_strict.f1,
        tl.killed.value,
        tl.captured.value,
        tl.period_start.value,
        tl.period_end.value,
    ]
    assert rates == [1.0] * len(rates)
    assert ev.loose.tp == ev.n_gold - ev.n_gold_optional
    assert not ev.missed and not ev.extra and not tl.missed and not tl.extra


def test_parquet_predictions_are_read(tmp_path: Path) -> None:
    manifest = read_table(GOLD / "seed_manifest.csv")
    table = gold_to_predictions(read_table(GOLD / "seed_events.csv"), manifest)
    table["latitude"] = table["latitude"].astype(float)
    table["fatalities"] = pd.array(
        [int(v) if v else None for v in table["fatalities"]], dtype="Int64"
    )
    table["event_date"] = pd.to_datetime(table["event_date"].replace("", None))
    path = tmp_path / "events.parquet"
    table.to_parquet(path)
    report = run_evaluation(GOLD / "seed_events.csv", GOLD / "seed_manifest.csv", path)
    assert (report.events.loose.f1, report.events.date.value, report.events.fatalities.value) == (
        1.0,
        1.0,
        1.0,
    )


# ---------------------------------------------------------------- properties


def brute_force_best(weights: list[list[int | None]]) -> int:
    """Best total weight over every one-to-one assignment (tiny matrices only)."""
    n_rows, n_cols = len(weights), len(weights[0]) if weights else 0
    best = 0
    for cols in itertools.permutations(range(max(n_rows, n_cols)), n_rows):
        total = sum(weights[i][j] or 0 for i, j in enumerate(cols) if j < n_cols)
        best = max(best, total)
    return best


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 4).flatmap(
        lambda rows: st.integers(1, 4).flatmap(
            lambda cols: st.lists(
                st.lists(st.one_of(st.none(), st.integers(1, 50)), min_size=cols, max_size=cols),
                min_size=rows,
                max_size=rows,
            )
        )
    )
)
def test_assignment_is_optimal_and_one_to_one(weights: list[list[int | None]]) -> None:
    pairs = assign_max_weight(weights)
    assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
    assert all(weights[i][j] is not None for i, j in pairs)
    assert sum(weights[i][j] or 0 for i, j in pairs) == brute_force_best(weights)


coordinates = st.tuples(st.floats(-89.0, 89.0), st.floats(-179.0, 179.0))


@given(coordinates, coordinates)
def test_haversine_is_symmetric_and_bounded(a, b) -> None:
    d = haversine_km(*a, *b)
    assert d == pytest.approx(haversine_km(*b, *a))
    assert 0.0 <= d <= math.pi * 6371.0088 + 1e-6
    assert haversine_km(*a, *a) == pytest.approx(0.0, abs=1e-9)


arabic_text = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى ،0123456789٠١٢٣", max_size=40)
gold_events = st.lists(
    st.fixed_dictionaries(
        {
            "action": st.sampled_from(["airstrike", "shelling", "clash", "capture"]),
            "actor1": st.sampled_from(["isis", "usa", "coalition", "ypg", "russia"]),
            "actor2": st.sampled_from(["", "isis", "civilians", "sdf"]),
            "latitude": st.floats(34.0, 37.0),
            "longitude": st.floats(36.0, 42.0),
            "day_offset": st.sampled_from(["", 0, -1, -2]),
            "fatalities": st.sampled_from(["", 0, 5, 19]),
            "optional": st.sampled_from([0, 0, 1]),
            "evidence": arabic_text,
            "place_ar": arabic_text,
        }
    ),
    max_size=8,
)


@settings(max_examples=60, deadline=None)
@given(gold_events, st.randoms(use_true_random=False))
def test_any_gold_against_itself_scores_one_in_any_order(rows, rnd) -> None:
    golds = [gold_row(f"g{i}", **fields) for i, fields in enumerate(rows)]
    pred = gold_to_predictions(pd.DataFrame(golds, columns=list(gold_row())), MANIFEST)
    pred = pred.iloc[rnd.sample(range(len(pred)), len(pred))].reset_index(drop=True)
    report = evaluate_events(pd.DataFrame(golds, columns=list(gold_row())), pred, MANIFEST, ACTORS)
    required = sum(1 for g in golds if not g["optional"])
    assert counts(report.loose) == (required, 0, 0)
    assert counts(report.strict) == (required, 0, 0)
    assert report.date.correct == report.date.n and report.fatalities.correct == report.fatalities.n


def test_publication_date_mapping_is_accepted() -> None:
    manifest = {"d1": {"publication_date": dt.date(2015, 10, 3)}, "d2": {"publication_date": None}}
    report = evaluate_events(
        pd.DataFrame([gold_row(day_offset=-1)]),
        pd.DataFrame([pred_row(event_date="2015-10-02")]),
        manifest,
    )
    assert report.date.value == 1.0


def test_gold_toll_period_told_to_the_month_matches_any_day_of_it() -> None:
    """A gold toll "since March 2011" (period_start 2011-03) agrees with a predicted 2011-03-15."""
    from conflictlib.evaluate import MonthDate, parse_date

    assert parse_date("2011-03", "cell", month=True) == MonthDate(2011, 3)
    assert MonthDate(2011, 3) == dt.date(2011, 3, 15)
    assert MonthDate(2011, 3) != dt.date(2011, 4, 1)
    with pytest.raises(EvaluationError):
        parse_date("2011-03", "cell")  # predictions and event dates stay full dates


def test_one_distance_function_serves_the_gazetteer_and_the_evaluator():
    """The gazetteer, the evaluator and the scripts share conflictlib.geo.haversine_km."""
    from conflictlib import evaluate
    from conflictlib.geo import haversine_km
    from conflictlib.lexicons.gazetteer import distance_km
    from conflictlib.lexicons.loader import load_lexicons

    assert evaluate.haversine_km is haversine_km
    # Damascus to Aleppo is about 310 km as the crow flies; a degree of latitude is ~111 km
    assert 300 < haversine_km(33.5138, 36.2765, 36.2021, 37.1343) < 320
    assert abs(haversine_km(35.0, 38.0, 36.0, 38.0) - 111.2) < 0.5
    assert haversine_km(35.0, 38.0, 35.0, 38.0) == 0.0
    gaz = load_lexicons(kinds=("actors", "anaphors", "places")).gazetteer
    a, b = gaz.get("gn170063"), gaz.get("gn170654")
    assert distance_km(a, b) == haversine_km(a.lat, a.lon, b.lat, b.lon)
