"""scripts/agreement.py: a human coding is turned into predictions and scored like the extractor."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]


def load_script():
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location("agreement", ROOT / "scripts/agreement.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_coding_agrees_fully_with_itself(tmp_path) -> None:
    script = load_script()
    gold = ROOT / "data" / "gold"
    events, tolls, manifest = (
        gold / "seed_events.csv",
        gold / "seed_tolls.csv",
        gold / "seed_manifest.csv",
    )
    script.coding_as_predictions(events, tolls, manifest, tmp_path / "pred")
    families = script.merged_families(gold / "actors.csv")
    report = script.score(
        events, tolls, manifest, tmp_path / "pred", families, gold / "actors.csv", tmp_path / "r"
    )
    summary = report["events"]["summary"]
    assert summary["loose"]["f1"] == 1.0 and summary["strict"]["f1"] == 1.0
    assert summary["date"]["accuracy"] == 1.0
    assert report["tolls"]["summary"]["rows"]["f1"] == 1.0


def test_day_offsets_become_dates_of_the_publication_day(tmp_path) -> None:
    script = load_script()
    gold = ROOT / "data" / "gold"
    script.coding_as_predictions(
        gold / "seed_events.csv", None, gold / "seed_manifest.csv", tmp_path
    )
    pred = pd.read_csv(tmp_path / "events.csv", dtype=str, keep_default_na=False)
    coded = pd.read_csv(gold / "seed_events.csv", dtype=str, keep_default_na=False)
    manifest = pd.read_csv(gold / "seed_manifest.csv", dtype=str, keep_default_na=False)
    published = dict(zip(manifest["doc_id"], manifest["publication_date"], strict=True))
    row = coded[coded["day_offset"] != ""].iloc[0]
    expected = (
        (pd.Timestamp(published[row["doc_id"]]) + pd.Timedelta(days=int(row["day_offset"])))
        .date()
        .isoformat()
    )
    assert pred.loc[row.name, "event_date"] == expected
    assert (pred.loc[coded["day_offset"] == "", "event_date"] == "").all()
    assert not (tmp_path / "tolls.csv").exists()


def test_a_set_without_a_second_coding_is_a_clear_error(capsys, monkeypatch) -> None:
    script = load_script()

    def no_folder(*args, **kwargs):
        raise AssertionError("an output folder was made for a run that cannot start")

    monkeypatch.setattr(script.tempfile, "mkdtemp", no_folder)
    # the bad name comes second: nothing is scored or written before it is caught
    assert script.main(["dev6", "seeds"]) == 2
    captured = capsys.readouterr()
    assert "second coding" in captured.err and "'seeds'" in captured.err
    assert captured.out == ""
