"""Extract and score every hand-coded set; print the accuracy table of the README.

A set is the seeds (seeds/ against data/gold/) or a folder data/NAME/ holding articles/,
manifest.csv, events.csv and tolls.csv (and optionally actors.csv, the families of the
coder's extra actor ids). Each set is extracted into OUT/NAME/ (tables as with
`conflictlib extract`), scored as with `conflictlib evaluate` (families from actors.csv
extended by the package lexicon's), and the full report is written to OUT/NAME/report.txt
and report.json.

Run: ``.venv/bin/python scripts/evaluate_sets.py [--out DIR] [SET ...]`` (default: every
set found, the blind set data/heldout included — look at its report only to measure).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def find_sets(root: Path) -> dict[str, dict[str, Path | None]]:
    """Name -> paths of articles, manifest, gold events, gold tolls and actors of every set."""
    gold = root / "data" / "gold"
    sets: dict[str, dict[str, Path | None]] = {
        "seeds": {
            "articles": root / "seeds",
            "manifest": gold / "seed_manifest.csv",
            "events": gold / "seed_events.csv",
            "tolls": gold / "seed_tolls.csv",
            "actors": gold / "actors.csv",
        }
    }
    for folder in sorted((root / "data").iterdir()):
        needed = [folder / "articles", folder / "manifest.csv", folder / "events.csv"]
        if folder.name == "gold" or not all(p.exists() for p in needed):
            continue
        own_actors = folder / "actors.csv"
        sets[folder.name] = {
            "articles": folder / "articles",
            "manifest": folder / "manifest.csv",
            "events": folder / "events.csv",
            "tolls": folder / "tolls.csv" if (folder / "tolls.csv").exists() else None,
            "actors": own_actors if own_actors.exists() else gold / "actors.csv",
        }
    return sets


def score_set(name: str, paths: dict[str, Path | None], out: Path) -> dict:
    """Extract one set into out/name and evaluate it; return the JSON report."""
    from conflictlib.evaluate import run_evaluation
    from conflictlib.lexicons.loader import load_lexicons
    from conflictlib.pipeline import extract_corpus

    target = out / name
    extract_corpus(paths["articles"], paths["manifest"], target)
    families = {a.id: a.family for a in load_lexicons().actors.values()}
    with_tolls = paths["tolls"] is not None
    report = run_evaluation(
        paths["events"],
        paths["manifest"],
        target / "events.csv",
        gold_tolls_path=paths["tolls"] if with_tolls else None,
        pred_tolls_path=target / "tolls.csv" if with_tolls else None,
        actors_path=paths["actors"],
        extra_families=families,
    )
    (target / "report.txt").write_text(report.to_text() + "\n", encoding="utf-8")
    data = report.to_dict()
    (target / "report.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return data


def table_row(name: str, report: dict) -> str:
    """One markdown row: gold counts, loose P/R/F1, strict F1, date, fatality, toll rows F1."""
    ev = report["events"]["summary"]
    loose, strict = ev["loose"], ev["strict"]

    def acc(key: str) -> str:
        a = ev[key]
        value = "n/a" if a["accuracy"] is None else f"{a['accuracy']:.2f}"
        return f"{value} ({a['correct']}/{a['n']})"

    tolls = report.get("tolls")
    toll_f1 = f"{tolls['summary']['rows']['f1']:.2f}" if tolls else "–"
    return (
        f"| {name} | {ev['n_gold']} ({ev['n_gold_optional']} optional) | "
        f"{loose['precision']:.2f} / {loose['recall']:.2f} / **{loose['f1']:.2f}** | "
        f"**{strict['f1']:.2f}** | {acc('date')} | {acc('fatalities')} | {toll_f1} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set names (default: all found)")
    parser.add_argument("--out", type=Path, help="output folder (default: a temporary one)")
    args = parser.parse_args(argv)
    sets = find_sets(ROOT)
    unknown = [s for s in args.sets if s not in sets]
    if unknown:
        print(f"unknown set(s): {', '.join(unknown)}; known: {', '.join(sets)}", file=sys.stderr)
        return 2
    out = args.out or Path(tempfile.mkdtemp(prefix="conflictlib-eval-"))
    print(
        "| set | gold events | loose P / R / F1 | strict F1 | date acc. | fatality acc. "
        "| toll rows F1 |"
    )
    print("|---|---|---|---|---|---|---|")
    for name in args.sets or list(sets):
        print(table_row(name, score_set(name, sets[name], out)), flush=True)
    print(f"\nreports in {out}/SET/report.txt", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
