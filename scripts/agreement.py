"""Inter-coder agreement: score one human coding of a set against another, and the extractor against both.

A second coding lives in data/iaa/NAME/ (events.csv, tolls.csv, actors.csv, README.md) and
codes the articles of data/NAME/ without having seen data/NAME/events.csv. This script turns
each coding in turn into the shape of the extractor's output and scores it with the same
comparison as `conflictlib evaluate` (CODEBOOK §9):

- coder B as predictions against coder A as gold, and A against B;
- the extractor against A (the set's gold) and against B.

Human agreement is the ceiling the extractor can be expected to reach on such text: where two
careful coders following the same codebook disagree, an extractor cannot agree with both.

A coder's rows marked optional are kept as predictions (the coder did code them); the
rows marked optional on the gold side are neither rewarded nor penalised, as always.

Run: ``.venv/bin/python scripts/agreement.py dev6 dev7 [--out DIR]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from evaluate_sets import find_sets, table_row  # noqa: E402


def coding_as_predictions(events: Path, tolls: Path | None, manifest: Path, out: Path) -> None:
    """Write a gold-format coding as predicted events.csv / tolls.csv into out."""
    from conflictlib.evaluate import read_table

    dates = {
        r["doc_id"]: dt.date.fromisoformat(r["publication_date"])
        for r in read_table(manifest).to_dict("records")
    }
    gold = read_table(events)
    rows = []
    for i, r in enumerate(gold.to_dict("records")):
        offset = r.get("day_offset", "")
        date = (
            ""
            if offset in ("", None)
            else (dates[r["doc_id"]] + dt.timedelta(days=int(offset))).isoformat()
        )
        rows.append(
            {
                "event_id": f"{r['doc_id']}-{i:03d}",
                "doc_id": r["doc_id"],
                "action": r["action"],
                "actor1": r["actor1"],
                "actor2": r["actor2"],
                "location": r["place"],
                "latitude": r["latitude"],
                "longitude": r["longitude"],
                "event_date": date,
                "fatalities": r["fatalities"],
                "injured": r.get("injured", ""),
                "sentence": r.get("evidence", ""),
            }
        )
    out.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(rows).to_csv(out / "events.csv", index=False)
    if tolls is not None and tolls.exists():
        t = read_table(tolls)
        keep = [
            c for c in ("doc_id", "toll_id", "group", "killed", "injured", "captured") if c in t
        ]
        t[keep].to_csv(out / "tolls.csv", index=False)


def merged_families(*actor_files: Path) -> dict[str, str]:
    """Family of every actor id: the package lexicon's, then each coding's actors.csv."""
    from conflictlib.evaluate import read_table
    from conflictlib.lexicons.loader import load_lexicons

    families = {a.id: a.family for a in load_lexicons().actors.values()}
    for path in actor_files:
        if path.exists():
            for r in read_table(path).to_dict("records"):
                families.setdefault(r["actor_id"], r["family"] or r["actor_id"])
    return families


def score(gold_events, gold_tolls, manifest, pred_dir: Path, families, actors, out: Path) -> dict:
    """Score pred_dir/events.csv (and tolls) against a gold coding; write the report to out."""
    import json

    from conflictlib.evaluate import run_evaluation

    with_tolls = (
        gold_tolls is not None and gold_tolls.exists() and (pred_dir / "tolls.csv").exists()
    )
    report = run_evaluation(
        gold_events,
        manifest,
        pred_dir / "events.csv",
        gold_tolls_path=gold_tolls if with_tolls else None,
        pred_tolls_path=pred_dir / "tolls.csv" if with_tolls else None,
        actors_path=actors,
        extra_families=families,
    )
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.txt").write_text(report.to_text() + "\n", encoding="utf-8")
    data = report.to_dict()
    (out / "report.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", help="set names that have a second coding in data/iaa/")
    parser.add_argument("--out", type=Path, help="output folder (default: a temporary one)")
    args = parser.parse_args(argv)
    from conflictlib.pipeline import extract_corpus

    sets = find_sets(ROOT)
    # Every set is checked before anything is written, so a wrong name leaves no
    # half-filled (or temporary) output folder behind.
    for name in args.sets:
        if name not in sets or not (ROOT / "data" / "iaa" / name / "events.csv").exists():
            print(f"no set {name!r} with a second coding in data/iaa/{name}/", file=sys.stderr)
            return 2
    out = args.out or Path(tempfile.mkdtemp(prefix="conflictlib-iaa-"))
    print(
        "| set | gold | scored | loose P / R / F1 | strict F1 | date acc. | fatality acc. | toll rows F1 |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name in args.sets:
        a = sets[name]
        b_dir = ROOT / "data" / "iaa" / name
        b_actors = b_dir / "actors.csv"
        b = {
            "events": b_dir / "events.csv",
            "tolls": b_dir / "tolls.csv",
            "actors": b_actors if b_actors.exists() else ROOT / "data" / "gold" / "actors.csv",
        }
        families = merged_families(a["actors"], b["actors"])
        a_pred, b_pred, x_pred = (
            out / name / "A_as_pred",
            out / name / "B_as_pred",
            out / name / "extractor",
        )
        coding_as_predictions(a["events"], a["tolls"], a["manifest"], a_pred)
        coding_as_predictions(b["events"], b["tolls"], a["manifest"], b_pred)
        extract_corpus(a["articles"], a["manifest"], x_pred)
        runs = [
            ("coder A", "coder B", a["events"], a["tolls"], b_pred, a["actors"]),
            ("coder B", "coder A", b["events"], b["tolls"], a_pred, b["actors"]),
            ("coder A", "extractor", a["events"], a["tolls"], x_pred, a["actors"]),
            ("coder B", "extractor", b["events"], b["tolls"], x_pred, b["actors"]),
        ]
        for gold_name, pred_name, g_events, g_tolls, pred, actors in runs:
            report = score(
                g_events,
                g_tolls,
                a["manifest"],
                pred,
                families,
                actors,
                out / name / f"{pred_name}_vs_{gold_name}".replace(" ", "_"),
            )
            row = table_row(name, report).split(" | ", 2)
            print(f"| {name} | {gold_name} | {pred_name} | {row[2]}")
    print(f"\nreports in {out}/SET/*/report.txt", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
