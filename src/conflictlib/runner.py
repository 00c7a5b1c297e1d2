"""Running the analysis notebooks in order with papermill."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from conflictlib.errors import ConflictlibError
from conflictlib.paths import project_root, resolve

NOTEBOOK_NAME = re.compile(r"^\d\d_.+\.ipynb$")
KERNEL_NAME = "python3"


def list_notebooks(notebooks_dir: str | Path, only: Sequence[str] = ()) -> list[Path]:
    """The analysis notebooks (NN_name.ipynb) of a folder, in order, optionally filtered."""
    folder = resolve(notebooks_dir)
    if not folder.is_dir():
        raise ConflictlibError(f"notebook folder {folder} does not exist")
    books = sorted(p for p in folder.iterdir() if NOTEBOOK_NAME.match(p.name))
    if only:
        books = [p for p in books if any(o in p.name for o in only)]
    if not books:
        raise ConflictlibError(
            f"no notebooks NN_*.ipynb in {folder}" + (f" matching {list(only)}" if only else "")
        )
    return books


def declared_parameters(notebook: Path) -> set[str]:
    """Names declared in a notebook's cell tagged `parameters`."""
    import papermill

    return set(papermill.inspect_notebook(str(notebook)))


def split_parameters(
    books: Sequence[Path], parameters: Mapping[str, Any], all_books: Sequence[Path] = ()
) -> dict[Path, dict[str, Any]]:
    """Give each notebook the overrides it declares; a name no notebook declares is an error."""
    declared = {book: declared_parameters(book) for book in {*books, *all_books}}
    unknown = set(parameters) - set().union(*declared.values())
    if unknown:
        known = sorted(set().union(*declared.values()))
        raise ConflictlibError(
            f"unknown notebook parameter(s) {sorted(unknown)}; declared: {known}"
        )
    return {book: {k: v for k, v in parameters.items() if k in declared[book]} for book in books}


def run_notebooks(
    notebooks_dir: str | Path = "notebooks",
    executed_dir: str | Path | None = "data/processed/notebooks",
    parameters: Mapping[str, Any] | None = None,
    only: Sequence[str] = (),
) -> list[Path]:
    """Execute the notebooks in order with papermill; return the executed notebooks' paths.

    With executed_dir=None the notebooks are overwritten in place. Each kernel starts in
    the notebooks folder (as nbval does) with MPLBACKEND=agg; the kernel is `python3` of
    the interpreter running this function.
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    root = project_root()
    books = list_notebooks(notebooks_dir, only)
    if executed_dir is None and parameters:
        raise ConflictlibError(
            "--in-place refreshes the committed notebooks with their default parameters; "
            "run with parameters without --in-place (executed copies go to data/processed/notebooks)"
        )
    per_book = split_parameters(books, parameters or {}, list_notebooks(notebooks_dir))
    out_dir = None if executed_dir is None else resolve(executed_dir, root)
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("MPLBACKEND", "agg")
    outputs = []
    for book in books:
        target = book if out_dir is None else out_dir / book.name
        try:
            papermill.execute_notebook(
                str(book),
                str(target),
                parameters=per_book[book],
                kernel_name=KERNEL_NAME,
                cwd=str(book.parent),
                progress_bar=True,
            )
        except PapermillExecutionError as exc:
            raise ConflictlibError(
                f"notebook {book.name} failed in cell {exc.exec_count}: {exc.ename}: {exc.evalue} "
                f"(the executed notebook with the traceback is {target})"
            ) from exc
        strip_run_metadata(target)
        outputs.append(target)
    return outputs


TIMING_KEYS = (
    "start_time",
    "end_time",
    "duration",
    "exception",
    "status",
    "input_path",
    "output_path",
)


def strip_run_metadata(path: Path) -> None:
    """Drop per-run timings and machine paths from an executed notebook (reruns: identical files)."""
    import nbformat

    nb = nbformat.read(str(path), as_version=4)
    for meta in [nb.metadata] + [cell.metadata for cell in nb.cells]:
        meta.pop("execution", None)
        for key in TIMING_KEYS:
            meta.get("papermill", {}).pop(key, None)
    nbformat.write(nb, str(path))
