"""environment.yml (conda users) names the same dependencies as pyproject.toml."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> str:
    """The normalised package name of a requirement string ('pandas>=2.2' -> 'pandas')."""
    return re.split(r"[<>=!~ ;\[]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _pyproject_names() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = list(project["dependencies"]) + list(project["optional-dependencies"]["test"])
    return {_name(r) for r in reqs}


def _environment_names() -> tuple[set[str], list[str]]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    names, pip_lines = set(), []
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            pip_lines = dep["pip"]
            names |= {_name(r) for r in pip_lines if not r.startswith("-e")}
        elif not dep.startswith(("python=", "pip")):
            names.add(_name(dep))
    return names, pip_lines


def test_environment_yml_parses_and_installs_the_project() -> None:
    _, pip_lines = _environment_names()
    assert any(line.startswith("-e") and ".[test]" in line for line in pip_lines)


def test_environment_yml_names_the_same_dependencies_as_pyproject() -> None:
    env_names, _ = _environment_names()
    assert env_names == _pyproject_names()


def test_environment_yml_pins_the_same_ranges_as_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pyreqs = {
        _name(r): r.replace(" ", "")
        for r in project["dependencies"] + project["optional-dependencies"]["test"]
    }
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    flat = [d for d in env["dependencies"] if isinstance(d, str)] + next(
        d["pip"] for d in env["dependencies"] if isinstance(d, dict)
    )
    for dep in flat:
        if dep.startswith(("python=", "-e")) or dep == "pip":
            continue
        assert pyreqs[_name(dep)] == dep.replace(" ", ""), dep
