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
