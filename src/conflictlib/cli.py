"""The `conflictlib` command line: run, extract, evaluate, explain, lexicons."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from conflictlib import __version__
from conflictlib.errors import ConflictlibError


class ProjectPath(str):
    """A default path, relative to the project folder (not to the current directory)."""


DEFAULT_CORPUS = ProjectPath("seeds")
DEFAULT_MANIFEST = ProjectPath("data/manifest.csv")
DEFAULT_OUT = ProjectPath("data/processed")


def _resolve_defaults(args: argparse.Namespace) -> None:
    """Resolve every default path against the project root; paths the user typed stay as typed."""
    from conflictlib.paths import project_root

    defaults = {k: v for k, v in vars(args).items() if isinstance(v, ProjectPath)}
    if not defaults:
        return
    try:
        root = project_root()
    except ConflictlibError:
        return  # outside a project: defaults are relative to the current directory
    for key, value in defaults.items():
        setattr(args, key, str(root / value))


def _add_extract(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract",
        help="extract events, tolls and document statuses from a corpus",
        description="Extract events from a corpus into DIR/events.csv, DIR/tolls.csv, "
        "DIR/documents.csv and their Parquet twins.",
    )
    p.add_argument(
        "input",
        help="a folder of .txt articles (doc_id = file name), or a .csv/.jsonl/.parquet table",
    )
    p.add_argument(
        "--manifest", help="CSV with doc_id and publication_date (outlet, title optional)"
    )
    p.add_argument("--out", default=DEFAULT_OUT, help=f"output folder (default: {DEFAULT_OUT})")
    p.add_argument(
        "--lexicon",
        action="append",
        default=[],
        metavar="FILE",
        help="an extra lexicon file (YAML/JSONL) merged with the package lexicons; repeatable",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        help="worker processes (default 1; the tables are identical whatever the number)",
    )
    p.add_argument(
        "--estimate-vague",
        action="store_true",
        help="fill vague casualty amounts (عشرات، مئات) by ACLED's convention (10, 100...) and mark "
        "them in fatalities_estimated (default: leave them empty, as the codebook's gold does)",
    )
    p.add_argument(
        "--chunk-docs",
        type=int,
        default=200,
        metavar="N",
        help="write the tables every N documents (default 200): memory stays bounded on large "
        "corpora; the tables are the same whatever N",
    )
    p.add_argument("--no-progress", action="store_true", help="do not show a progress bar")
    p.set_defaults(func=cmd_extract)


def _add_run(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "run",
        help="the whole analysis: every notebook in notebooks/ executed in order by papermill",
        description="Execute notebooks/NN_*.ipynb in order with papermill (extraction, timeline, "
        "actors...). Executed copies go to OUT/notebooks/ unless --in-place.",
    )
    p.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="override a notebook parameter in every notebook that declares it (papermill -p semantics)",
    )
    p.add_argument(
        "-y", "--parameters-yaml", metavar="FILE", help="YAML file of parameters (lists, dicts)"
    )
    p.add_argument(
        "--notebooks", default="notebooks", help="folder of the notebooks (default: notebooks)"
    )
    p.add_argument(
        "--executed",
        default=f"{DEFAULT_OUT}/notebooks",
        help=f"where executed notebooks are written (default: {DEFAULT_OUT}/notebooks)",
    )
    p.add_argument(
        "--in-place",
        action="store_true",
        help="overwrite the notebooks themselves (maintainers: refreshes the outputs nbval checks)",
    )
    p.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        help="run only notebooks whose name contains NAME",
    )
    p.set_defaults(func=cmd_run)


def _add_evaluate(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "evaluate",
        help="score extracted events (and tolls) against gold, per the codebook",
        description="Compare predicted events with gold events: loose/strict P/R/F1, date and "
        "fatality accuracy, per-action breakdown, missed and extra events; same for tolls.",
    )
    p.add_argument(
        "--gold", default=ProjectPath("data/gold/seed_events.csv"), help="gold events CSV"
    )
    p.add_argument(
        "--manifest",
        default=ProjectPath("data/gold/seed_manifest.csv"),
        help="manifest with publication dates",
    )
    p.add_argument(
        "--pred", default=ProjectPath(f"{DEFAULT_OUT}/events.csv"), help="predicted events.csv"
    )
    p.add_argument(
        "--gold-tolls",
        default=ProjectPath("data/gold/seed_tolls.csv"),
        help="gold tolls CSV ('' to skip)",
    )
    p.add_argument(
        "--pred-tolls",
        default=ProjectPath(f"{DEFAULT_OUT}/tolls.csv"),
        help="predicted tolls.csv ('' to skip)",
    )
    p.add_argument(
        "--actors",
        default=ProjectPath("data/gold/actors.csv"),
        help="actors.csv giving actor families",
    )
    p.add_argument(
        "--no-lexicon-families",
        action="store_true",
        help="use only --actors for actor families (default: the package's actor lexicon adds "
        "the families of actors that actors.csv does not list; actors.csv wins on conflicts)",
    )
    p.add_argument("--json", metavar="OUT", help="also write the full report as JSON")
    p.set_defaults(func=cmd_evaluate)


def _add_explain(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "explain",
        help="show, for one document, which cues and lexicon entries produced each event",
    )
    p.add_argument(
        "doc_id", help="the document id (file name without extension) or a unique prefix of it"
    )
    p.add_argument(
        "--corpus",
        default=DEFAULT_CORPUS,
        help=f"corpus folder or table (default: {DEFAULT_CORPUS})",
    )
    p.add_argument(
        "--manifest", default=DEFAULT_MANIFEST, help=f"manifest CSV (default: {DEFAULT_MANIFEST})"
    )
    p.add_argument(
        "--lexicon",
        action="append",
        default=[],
        metavar="FILE",
        help="extra lexicon file; repeatable",
    )
    p.set_defaults(func=cmd_explain)


def _add_lexicons(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "lexicons",
        help="validate the lexicons (package + your own files) and print their coverage",
    )
    p.add_argument(
        "files", nargs="*", help="extra lexicon files to validate together with the package's"
    )
    p.set_defaults(func=cmd_lexicons)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the `conflictlib` command."""
    parser = argparse.ArgumentParser(
        prog="conflictlib",
        description="Structured conflict-event data from Arabic news reporting on Syria and Iraq.",
    )
    parser.add_argument("--version", action="version", version=f"conflictlib {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in (_add_run, _add_extract, _add_evaluate, _add_explain, _add_lexicons):
        add(sub)
    return parser


def cmd_extract(args: argparse.Namespace) -> int:
    """`conflictlib extract`: write the three tables for a corpus, as the documents are done."""
    from conflictlib.pipeline import extract_corpus_to_files

    source = Path(args.input)
    if not source.exists():
        raise ConflictlibError(f"input {source} does not exist")
    s = extract_corpus_to_files(
        source,
        args.manifest,
        args.out,
        lexicon_paths=args.lexicon,
        progress=not args.no_progress,
        jobs=args.jobs,
        estimate_vague=args.estimate_vague,
        chunk_docs=args.chunk_docs,
    )
    print(
        f"{s['documents']} documents ({_fmt_status(s['by_status'])}), {s['events']} events, {s['tolls']} toll rows"
    )
    for name in ("events", "tolls", "documents"):
        print(f"  {Path(args.out) / name}.csv  (+ .parquet)")
    return 0


def _fmt_status(by_status: dict[str, int]) -> str:
    return ", ".join(f"{n} {k}" for k, n in by_status.items()) or "none"


def _parse_parameters(pairs: Sequence[Sequence[str]], yaml_file: str | None) -> dict[str, Any]:
    from papermill.cli import _resolve_type

    params: dict[str, Any] = {}
    if yaml_file:
        import yaml

        try:
            loaded = yaml.safe_load(Path(yaml_file).read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise ConflictlibError(f"cannot read parameters file {yaml_file}: {exc}") from exc
        if not isinstance(loaded, dict):
            raise ConflictlibError(f"{yaml_file}: parameters YAML must be a mapping")
        params.update(loaded)
    for name, value in pairs:
        params[name] = _resolve_type(value)
    return params


def cmd_run(args: argparse.Namespace) -> int:
    """`conflictlib run`: execute the notebooks in order with papermill."""
    from conflictlib.runner import run_notebooks

    params = _parse_parameters(args.parameter, args.parameters_yaml)
    outputs = run_notebooks(
        notebooks_dir=args.notebooks,
        executed_dir=None if args.in_place else args.executed,
        parameters=params,
        only=args.only,
    )
    from conflictlib.paths import project_root, relative

    root = project_root()
    print("Done. Outputs:")
    data_dir = root / str(params.get("data_dir", "data/processed"))
    figures_dir = root / str(params.get("figures_dir", "figures"))
    print(f"  tables:    {relative(data_dir, root)}/ (events, tolls, documents: CSV + Parquet)")
    print(f"  figures:   {relative(figures_dir, root)}/ (PNG + SVG)")
    print(f"  notebooks: {', '.join(relative(p, root) for p in outputs)}")
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    """`conflictlib evaluate`: score predictions against gold."""
    from conflictlib.evaluate import run_evaluation

    with_tolls = bool(args.gold_tolls and args.pred_tolls)  # '' for either skips tolls
    families = None
    if not args.no_lexicon_families:
        from conflictlib.lexicons.loader import load_lexicons

        families = {a.id: a.family for a in load_lexicons().actors.values()}
    report = run_evaluation(
        args.gold,
        args.manifest,
        args.pred,
        gold_tolls_path=args.gold_tolls if with_tolls else None,
        pred_tolls_path=args.pred_tolls if with_tolls else None,
        actors_path=args.actors or None,
        extra_families=families,
    )
    print(report.to_text())
    if args.json:
        try:
            Path(args.json).write_text(
                json.dumps(report.to_dict(), ensure_ascii=False, indent=2), encoding="utf-8"
            )
        except OSError as exc:
            raise ConflictlibError(f"cannot write the JSON report {args.json}: {exc}") from exc
        print(f"report written to {args.json}")
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    """`conflictlib explain DOC_ID`: the provenance of every event in one document."""
    from conflictlib.corpus import load_corpus
    from conflictlib.pipeline import build_extractor

    docs = {d.doc_id: d for d in load_corpus(Path(args.corpus), manifest=args.manifest)}
    doc_id = args.doc_id
    if doc_id not in docs:
        starting = sorted(d for d in docs if d.startswith(doc_id))
        if len(starting) != 1:
            shown = starting or sorted(docs)
            what = "matches several documents" if starting else "not in"
            raise ConflictlibError(
                f"document {doc_id!r} {what} {args.corpus} "
                f"(known: {', '.join(shown[:10])}{'...' if len(shown) > 10 else ''})"
            )
        doc_id = starting[0]  # a unique prefix of a doc_id (002 for 002_7284597a12a1953e)
    doc = docs[doc_id]
    if doc.status != "ok":
        raise ConflictlibError(f"document {doc_id!r} has status {doc.status}: {doc.reason}")
    print(build_extractor(args.lexicon).explain(doc))
    return 0


def cmd_lexicons(args: argparse.Namespace) -> int:
    """`conflictlib lexicons`: validate and summarise the lexicons."""
    from conflictlib.lexicons.loader import load_lexicons

    lex = load_lexicons([Path(p) for p in args.files])
    for key, value in lex.coverage().items():
        print(f"{key}: {value}")
    print("all lexicons valid")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        _resolve_defaults(args)
        return int(args.func(args) or 0)
    except ConflictlibError as exc:
        print(f"conflictlib: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into `head` and closed early: not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
