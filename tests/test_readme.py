"""The README's examples stay true."""

from __future__ import annotations

import re
from pathlib import Path

from conflictlib.cli import build_parser
from conflictlib.lexicons.loader import load_lexicons

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_lexicon_example_validates_and_adds_an_actor(tmp_path) -> None:
    example = re.search(r"```yaml\n(# my_actors.yaml\n.*?)```", README, re.S)
    assert example, "README lost its lexicon example"
    path = tmp_path / "my_actors.yaml"
    path.write_text(example.group(1), encoding="utf-8")
    base = load_lexicons()
    extended = load_lexicons([path])
    added = set(extended.actors) - set(base.actors)
    assert len(added) == 1
    actor = extended.actors[added.pop()]
    assert extended.find_actors(f"هاجم {actor.name_ar} مواقع")


def test_readme_first_two_commands_are_the_setup() -> None:
    blocks = re.findall(r"```bash\n(.*?)```", README, re.S)
    commands = [line for line in blocks[0].splitlines() if line and not line.startswith("#")]
    assert commands[0].endswith("conflictlib run")
    assert commands[1].endswith("python -m pytest")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'pip install -q -e ".[test]"' in ci and "python -m pytest" in ci


def test_readme_cli_subcommands_exist() -> None:
    block = re.search(r"```text\n(.*?)```", README, re.S).group(1)
    documented = set(re.findall(r"^conflictlib (\w+)", block, re.M))
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert documented == set(sub.choices)
