"""Running notebooks: parameters go only where declared; reruns give byte-identical notebooks."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from conflictlib.errors import ConflictlibError
from conflictlib.runner import list_notebooks, split_parameters, strip_run_metadata

ROOT = Path(__file__).resolve().parents[1]


def test_notebooks_are_listed_in_order() -> None:
    names = [p.name for p in list_notebooks(ROOT / "notebooks")]
    assert names == sorted(names) and names[0].startswith("01_")


def test_parameters_go_only_to_notebooks_that_declare_them() -> None:
    books = list_notebooks(ROOT / "notebooks")
    per_book = split_parameters(books, {"lang": "en", "top_n": 5})
    by_name = {p.name: params for p, params in per_book.items()}
    assert by_name["03_actors.ipynb"] == {"lang": "en", "top_n": 5}
    assert by_name["02_timeline.ipynb"] == {"lang": "en"}
    assert by_name["01_extract.ipynb"] == {}
    with pytest.raises(ConflictlibError, match="unknown notebook parameter"):
        split_parameters(books, {"colour": "red"})


def test_strip_run_metadata_removes_timings_and_keeps_outputs(tmp_path) -> None:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("1 + 1")
    cell.outputs = [
        nbformat.v4.new_output("execute_result", {"text/plain": "2"}, execution_count=1)
    ]
    cell.metadata["execution"] = {"iopub.status.busy": "2026-01-01T00:00:00Z"}
    cell.metadata["papermill"] = {
        "duration": 0.1,
        "start_time": "x",
        "end_time": "y",
        "status": "completed",
    }
    cell.metadata["tags"] = ["parameters"]
    nb.cells = [cell]
    nb.metadata["papermill"] = {"duration": 3.0, "input_path": "a.ipynb", "parameters": {}}
    path = tmp_path / "nb.ipynb"
    nbformat.write(nb, str(path))
    strip_run_metadata(path)
    back = nbformat.read(str(path), as_version=4)
    assert "execution" not in back.cells[0].metadata
    assert back.cells[0].metadata["papermill"] == {}
    assert back.cells[0].metadata["tags"] == ["parameters"]
    assert back.metadata["papermill"] == {"parameters": {}}  # no machine paths either
    assert back.cells[0].outputs[0]["data"]["text/plain"] == "2"


def test_only_one_notebook_still_accepts_parameters_of_the_others() -> None:
    books = list_notebooks(ROOT / "notebooks", only=["02"])
    per_book = split_parameters(books, {"top_n": 5}, list_notebooks(ROOT / "notebooks"))
    assert list(per_book.values()) == [{}]
