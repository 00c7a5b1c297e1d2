"""scripts/evaluate_sets.py: every hand-coded set is found, extracted and scored."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_script():
    spec = importlib.util.spec_from_file_location(
        "evaluate_sets", ROOT / "scripts/evaluate_sets.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_set_with_articles_manifest_and_gold_is_found() -> None:
    sets = load_script().find_sets(ROOT)
    assert {"seeds", "dev", "dev2", "heldout"} <= set(sets)
    for paths in sets.values():
        assert paths["articles"].is_dir() and paths["events"].is_file()


def test_the_seeds_row_reports_the_evaluation(tmp_path, capsys) -> None:
    script = load_script()
    assert script.main(["seeds", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("| seeds |"))
    assert "46 (7 optional)" in row
    report = (tmp_path / "seeds" / "report.txt").read_text(encoding="utf-8")
    assert "loose" in report and "TOLLS" in report


def test_an_unknown_set_is_a_clear_error(capsys) -> None:
    assert load_script().main(["no_such_set"]) == 2
    assert "unknown set" in capsys.readouterr().err
