"""Benchmark (not a test): end-to-end extraction throughput and peak memory.

Builds a corpus of N copies of the seed articles (distinct doc ids) in a temporary folder,
then times loading + extraction + writing the tables, and reports documents/s, MB/s and the
peak resident memory. Run by hand and compare ratios between versions, on the same machine:

    .venv/bin/python benchmarks/bench_pipeline.py --copies 200
    .venv/bin/python benchmarks/bench_pipeline.py --copies 200 --stream   # bounded memory
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from pathlib import Path

import pandas as pd

from conflictlib.paths import project_root
from conflictlib.pipeline import extract_corpus, extract_corpus_to_files


def build_corpus(copies: int, folder: Path) -> tuple[Path, Path, int]:
    """Write `copies` x the seed articles and a matching manifest; return paths and bytes."""
    root = project_root()
    manifest = pd.read_csv(root / "data" / "manifest.csv", dtype=str)
    rows, size = [], 0
    corpus = folder / "corpus"
    corpus.mkdir()
    for i in range(copies):
        for rec in manifest.to_dict("records"):
            doc_id = f"{rec['doc_id']}_{i:05d}"
            data = (root / "seeds" / rec["file"]).read_bytes()
            (corpus / f"{doc_id}.txt").write_bytes(data)
            size += len(data)
            rows.append({"doc_id": doc_id, "publication_date": rec["publication_date"]})
    manifest_path = folder / "manifest.csv"
    pd.DataFrame(rows).to_csv(manifest_path, index=False)
    return corpus, manifest_path, size


def main() -> None:
    """Run the benchmark and print one line of results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100, help="copies of the 5 seed articles")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument(
        "--stream",
        action="store_true",
        help="write the tables as the documents are done (extract_corpus_to_files, what "
        "`conflictlib extract` does) instead of building them in memory",
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="conflictlib-bench-"))
    try:
        corpus, manifest, size = build_corpus(args.copies, folder)
        t0 = time.perf_counter()
        if args.stream:
            counts = extract_corpus_to_files(corpus, manifest, folder / "out", jobs=args.jobs)
            n, n_events = counts["documents"], counts["events"]
        else:
            result = extract_corpus(corpus, manifest, folder / "out", jobs=args.jobs)
            n, n_events = len(result.documents), len(result.events)
        seconds = time.perf_counter() - t0
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        mode = "streamed" if args.stream else "in memory"
        print(
            f"{n} documents, {size / 1e6:.2f} MB, {n_events} events in {seconds:.2f} s: "
            f"{n / seconds:.1f} docs/s, {size / 1e6 / seconds:.3f} MB/s, peak RSS {peak_mb:.0f} MB "
            f"({mode}, jobs={args.jobs}; workers not counted)"
        )
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
