"""The command line: every subcommand documents its options; bad input gives a clear error."""

from __future__ import annotations

import pytest

from conflictlib.cli import build_parser, main


@pytest.mark.parametrize("command", ["run", "extract", "evaluate", "explain", "lexicons"])
def test_every_subcommand_has_help(command: str, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert f"usage: conflictlib {command}" in out


def test_top_level_help_lists_the_subcommands(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("run", "extract", "evaluate", "explain", "lexicons"):
        assert command in out


def test_extract_on_a_missing_folder_is_a_clear_error(tmp_path, capsys) -> None:
    code = main(["extract", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")])
    assert code == 2
    assert "does not exist" in capsys.readouterr().err


def test_run_rejects_a_parameter_no_notebook_declares(capsys) -> None:
    code = main(["run", "-p", "no_such_parameter", "1"])
    assert code == 2
    assert "unknown notebook parameter" in capsys.readouterr().err


def test_run_parameters_follow_papermill_typing() -> None:
    from conflictlib.cli import _parse_parameters

    params = _parse_parameters(
        [["top_n", "5"], ["lang", "en"], ["ratio", "0.5"], ["flag", "True"]], None
    )
    assert params == {"top_n": 5, "lang": "en", "ratio": 0.5, "flag": True}


def test_parser_builds_without_side_effects() -> None:
    assert build_parser().prog == "conflictlib"


def _two_docs(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "001_aleppo.txt").write_text("قصفت طائرات حربية مدينة حلب اليوم.", encoding="utf-8")
    (corpus / "002_idlib.txt").write_text("قصفت طائرات حربية مدينة إدلب اليوم.", encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(
        "doc_id,publication_date\n001_aleppo,2019-05-01\n002_idlib,2019-05-02\n", encoding="utf-8"
    )
    return ["--corpus", str(corpus), "--manifest", str(manifest)]


def test_explain_accepts_a_unique_prefix_of_a_doc_id(tmp_path, capsys) -> None:
    code = main(["explain", "002", *_two_docs(tmp_path)])
    assert code == 0
    assert "document 002_idlib" in capsys.readouterr().out


def test_explain_with_an_ambiguous_or_unknown_id_is_a_clear_error(tmp_path, capsys) -> None:
    args = _two_docs(tmp_path)
    assert main(["explain", "00", *args]) == 2
    assert "matches several documents" in capsys.readouterr().err
    assert main(["explain", "999", *args]) == 2
    assert "not in" in capsys.readouterr().err
