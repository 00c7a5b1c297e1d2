"""Throughput of the text layer: load_corpus + prepare (clean, normalise, split, segment).

Run by hand (not a test):  .venv/bin/python benchmarks/bench_text.py [--copies N] [--big-mb M]

Builds a temporary corpus from the seed articles (each copied N times, so that the
numbers reflect many articles of realistic length) and one large article of M MB, then
prints MB/s (of UTF-8 input) for loading alone, preparing alone and both together.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from conflictlib.corpus import load_corpus
from conflictlib.text import TextPreparer

ROOT = Path(__file__).resolve().parents[1]


def build_corpus(folder: Path, copies: int) -> int:
    """Write each seed article `copies` times; return the total size in bytes."""
    total = 0
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        data = seed.read_bytes()
        for i in range(copies):
            (folder / f"{seed.stem}_{i:04d}.txt").write_bytes(data)
            total += len(data)
    return total


def measure(
    folder: Path, preparer: TextPreparer, clock=time.perf_counter
) -> tuple[float, float, int]:
    """Seconds to load the folder, seconds to prepare every document, number of segments."""
    t0 = clock()
    docs = load_corpus(folder, max_bytes=200 * 1024 * 1024)
    t1 = clock()
    n_segments = sum(len(preparer(d.text).segments) for d in docs if d.status == "ok")
    t2 = clock()
    return t1 - t0, t2 - t1, n_segments


def report(label: str, size: int, load_s: float, prep_s: float, n_segments: int) -> None:
    """Print one line of MB/s figures."""
    mb = size / 1e6
    print(
        f"{label}: {mb:.1f} MB, {n_segments} segments | load {mb / load_s:.1f} MB/s | "
        f"prepare {mb / prep_s:.2f} MB/s | load+prepare {mb / (load_s + prep_s):.2f} MB/s"
    )


def run(label: str, folder: Path, size: int, preparer: TextPreparer) -> None:
    """Report wall-clock and CPU-time throughput (CPU time is steadier on a shared machine)."""
    report(f"{label} [wall]", size, *measure(folder, preparer, time.perf_counter))
    report(f"{label} [cpu] ", size, *measure(folder, preparer, time.process_time))


def main() -> None:
    """Run both benchmarks and print the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=200, help="copies of each seed article")
    parser.add_argument("--big-mb", type=float, default=5.0, help="size of the one large article")
    args = parser.parse_args()
    preparer = TextPreparer.load()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        size = build_corpus(folder, args.copies)
        run(f"{5 * args.copies} articles", folder, size, preparer)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        seeds = "\n".join(
            p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))
        )
        copies = max(1, int(args.big_mb * 1e6 / len(seeds.encode("utf-8"))))
        # number every line so the repeated-paragraph rule does not drop the copies
        text = "\n".join(f"{line} ({i})" for i in range(copies) for line in seeds.splitlines())
        (folder / "big.txt").write_text(text, encoding="utf-8")
        run("one large article", folder, len(text.encode("utf-8")), preparer)


if __name__ == "__main__":
    main()
