"""Packaging and the public surface: names, lazy imports, templates inside the wheel."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import netdraft

PUBLIC = {
    "RULE_IDS", "Attempt", "Checker", "ConfigError", "Draft", "DraftValidationError", "Drafter",
    "Finding", "LLMCallError", "LetterRequest", "NetdraftError", "Report", "RequestError", "Skip",
    "Usage", "__version__", "check", "compose", "draft", "load_request", "politeness_score",
    "render_messages",
}


def test_public_names_are_exactly_these() -> None:
    assert set(netdraft.__all__) == PUBLIC
    # Sorted the isort way (constants, classes, functions), as ruff's RUF022 keeps it.
    order = sorted(netdraft.__all__, key=lambda n: (0 if n.isupper() else 1 if n[0].isupper() else 2, n))
    assert netdraft.__all__ == order
    for name in PUBLIC:
        assert getattr(netdraft, name) is not None


def test_rule_ids_are_the_contracts() -> None:
    assert netdraft.RULE_IDS == (
        "length", "politeness", "purpose", "resume-dump", "referral", "job-ask", "gratitude",
        "follow-up", "placeholder", "salutation", "meta", "grounding",
    )


def test_import_does_not_load_openai_or_jinja2() -> None:
    code = (
        "import sys, netdraft; netdraft.check('Dear Maria,\\n\\nThanks.\\n\\nAna', kind='thank_you');"
        "print(sorted(m for m in ('openai', 'jinja2', 'httpx', 'httpx2', 'tenacity') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_check_command_does_not_load_openai_or_jinja2(tmp_path: Path) -> None:
    letter = tmp_path / "l.txt"
    letter.write_text("Dear Maria,\n\nThank you.\n\nBest,\nAna\n", encoding="utf-8")
    code = (
        "import sys; from netdraft.cli import main; main(['check', sys.argv[1], '--kind', 'thank_you']);"
        "print('LOADED', sorted(m for m in ('openai', 'jinja2') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(letter)], capture_output=True, text=True).stdout
    assert "LOADED []" in out


def test_check_with_a_plain_request_file_loads_neither_pyyaml_nor_pydantic(tmp_path: Path) -> None:
    # What the start-up of `netdraft check --request R` saves (benchmarks/rules.py prints the time).
    letter = tmp_path / "l.txt"
    letter.write_text("Dear Dr. Chen,\n\nThank you for the call.\n\nBest regards,\nAna Ruiz\n", encoding="utf-8")
    request = tmp_path / "r.yaml"
    request.write_text(
        "# a plain request\nkind: thank_you\nsender:\n  name: Ana Ruiz\nrecipient:\n  name: Maria Chen\n"
        "  salutation: Dr. Chen\nmeeting:\n  topics:\n    - the certificate you recommended\n",
        encoding="utf-8",
    )
    heavy = ("yaml", "pydantic", "dataclasses", "inspect", "shutil", "tempfile", "pathlib", "openai", "jinja2")
    code = (
        "import sys; before = set(sys.modules)\n"  # the interpreter's site hooks may load some themselves
        "from netdraft.cli import main; main(['check', sys.argv[1], '--request', sys.argv[2]])\n"
        f"print('LOADED', sorted(m for m in {heavy!r} if m in sys.modules and m not in before))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(letter), str(request)], capture_output=True, text=True)
    assert "LOADED []" in out.stdout, out.stdout + out.stderr


def test_import_compiles_few_rule_patterns() -> None:
    # Rule patterns compile on first use: importing netdraft must not pay for the few hundred of them.
    code = (
        "import re, sys; calls = []; real = re._compile\n"
        "def spy(pattern, flags):\n"
        "    f = sys._getframe(1)\n"
        "    while f.f_globals.get('__name__', '').split('.')[0] == 're':\n"
        "        f = f.f_back\n"
        "    calls.append(f.f_globals.get('__name__', ''))\n"
        "    return real(pattern, flags)\n"
        "re._compile = spy\n"
        "import netdraft\n"
        "print(sum(1 for c in calls if c.startswith('netdraft.rules')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert int(out) < 20


def test_lazy_patterns_behave_like_compiled_ones() -> None:
    from netdraft.rules._lazy import lazy_compile

    lazy, real = lazy_compile(r"(?P<w>\bco\w+)", re.IGNORECASE), re.compile(r"(?P<w>\bco\w+)", re.IGNORECASE)
    text = "Could we connect? A Coffee, perhaps."
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.sub("X", text) == real.sub("X", text) and lazy.groupindex == real.groupindex
    assert lazy.search(text, 5).group("w") == "connect"


@pytest.mark.slow
def test_wheel_contains_templates_and_examples(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parent.parent
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path), str(root)],
        check=True, capture_output=True,
    )
    wheel = next(tmp_path.glob("netdraft-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for template in (root / "prompts").glob("*.j2"):
        assert f"netdraft/prompts/{template.name}" in names
    assert "netdraft/examples/informational.yaml" in names
    assert "netdraft/py.typed" in names
    # Installed from the wheel alone (no repo beside it), the templates are found.
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(target)
    code = (
        "import netdraft.prompts as p, netdraft.cli as c; print(p.builtin_prompts_dir()); print(c._examples_dir())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
    ).stdout.split()
    assert out == [str(target / "netdraft" / "prompts"), str(target / "netdraft" / "examples")]
