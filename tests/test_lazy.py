"""The rules' patterns: compiled on first use, and their compiled programs kept between processes."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest

import netdraft
from netdraft.rules import _lazy
from netdraft.rules._lazy import _ProgramCache, lazy_compile, pack_programs

needs_cpython = pytest.mark.skipif(sys.implementation.name != "cpython", reason="the cache is CPython's")


@pytest.fixture(autouse=True)
def _bytecode_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """As in a plain interpreter: some environments set PYTHONDONTWRITEBYTECODE for the tests."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def _all_patterns() -> set[tuple[str, int]]:
    """Every pattern the package declares (importing every rule module declares them all)."""
    import netdraft.rules  # noqa: F401 - registers the rules' patterns

    return set(_lazy._CACHE.known)


def test_a_lazy_pattern_matches_like_re_compile() -> None:
    pattern = lazy_compile(r"\b(?P<word>dear|hi)\b", re.IGNORECASE)
    assert pattern.pattern == r"\b(?P<word>dear|hi)\b"  # readable before it is compiled
    m = pattern.search("Well, HI there")
    assert m is not None and m.group("word") == "HI"
    assert pattern.sub("hello", "hi and dear") == "hello and hello"


@needs_cpython
def test_every_package_pattern_compiles_from_its_cached_program_to_the_same_pattern(tmp_path: Path) -> None:
    path = str(tmp_path / "patterns.marshal")
    first = _ProgramCache(path)
    first.known = _all_patterns()
    assert len(first.known) > 300
    for source, flags in first.known:
        first.compile(source, flags)
    first.save()

    second = _ProgramCache(path)
    second.known = first.known
    for source, flags in sorted(first.known):
        # Pattern equality compares the flags, the source and the compiled program itself.
        assert second.compile(source, flags) == re.compile(source, flags), source[:80]
    assert not second.dirty  # every pattern came from the file: nothing to compile, nothing to write


@needs_cpython
def test_only_the_package_patterns_are_written(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    cache = _ProgramCache(str(path))
    cache.known = {("ours", 0)}
    cache.compile("ours", 0)
    cache.compile("a pattern built from a user's text", 0)
    cache.save()
    saved = _ProgramCache(str(path))
    saved.load()
    assert set(saved.stored_programs()) == {("ours", 0)}
    # The program is packed bytes: a file of a few hundred programs as lists of integers took 70 ms to read.
    program = saved._stored(("ours", 0))
    assert program is not None and isinstance(program[1], bytes)


@needs_cpython
@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not marshal at all \x00\xff",
        marshal.dumps([1, 2, 3]),
        marshal.dumps({("a+", 0): (0, [1, 2], 0)}),  # the first format, a dict of every program
        pack_programs({("a+", 0): (0, [1, 2], 0)}),  # type: ignore[dict-item]
        pack_programs({("b+", 0): (0, b"", 0, {}, ())})[:40],  # cut short
    ],
    ids=["empty", "garbage", "not a mapping", "the first format", "a broken program", "cut short"],
)
def test_a_damaged_file_is_ignored_and_patterns_still_compile(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "patterns.marshal"
    path.write_bytes(content)
    cache = _ProgramCache(str(path))
    cache.known = {("a+", 0)}
    assert cache.compile("a+", 0) == re.compile("a+")
    assert cache.compile("a+", 0).fullmatch("aaa")


@needs_cpython
def test_a_program_that_does_not_compile_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    # A well-formed entry whose program _sre refuses (an unknown opcode): compiled afresh instead.
    path.write_bytes(pack_programs({("b+", 0): (32, array("I", [999, 999]).tobytes(), 0, {}, (None,))}))
    cache = _ProgramCache(str(path))
    cache.known = {("b+", 0)}
    assert cache.compile("b+", 0) == re.compile("b+")
    assert cache.dirty  # and written again at exit


@needs_cpython
def test_nothing_is_written_where_python_writes_no_bytecode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    path = tmp_path / "patterns.marshal"
    cache = _ProgramCache(str(path))
    cache.known = {("c+", 0)}
    cache.compile("c+", 0)
    cache.save()
    assert not path.exists()


@needs_cpython
def test_an_unwritable_folder_is_not_an_error(tmp_path: Path) -> None:
    cache = _ProgramCache(str(tmp_path / "no" / "such" / "file.marshal"))
    (tmp_path / "no").write_text("a file where the folder should be")
    cache.known = {("d+", 0)}
    cache.compile("d+", 0)
    cache.save()  # says nothing
    assert (tmp_path / "no").read_text() == "a file where the folder should be"


@needs_cpython
def test_check_in_a_fresh_process_writes_the_cache_beside_the_bytecode_and_reads_it_next_time(
    tmp_path: Path,
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear Sam,\n\nThank you for your time last week.\n\nBest regards,\nAna\n", encoding="utf-8")
    prefix = tmp_path / "pycache"
    env = {"PYTHONPYCACHEPREFIX": str(prefix), "PATH": "/usr/bin:/bin"}
    cmd = [sys.executable, "-m", "netdraft", "check", str(letter), "--kind", "thank_you"]
    root = Path(netdraft.__file__).resolve().parents[1]
    first = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=root, timeout=60)
    written = list(prefix.rglob("patterns.*.v2"))
    assert len(written) == 1 and written[0].parent.name == "rules"
    stamp = written[0].stat().st_mtime_ns
    second = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=root, timeout=60)
    assert first.returncode in (0, 1) and "ok" in first.stdout
    assert (first.returncode, first.stdout) == (second.returncode, second.stdout)
    assert written[0].stat().st_mtime_ns == stamp  # the second run found every pattern it needed


def test_a_trie_matches_exactly_its_literals() -> None:
    literals = ["hir", "hiring", "job", "jobs", "a+b", "x.y"]
    pattern = re.compile("(?:" + _lazy.trie(literals) + r")\Z")
    for text in [*literals, "hiring manager", "hi", "jo", "ab", "xzy", "a+", "hirin"]:
        assert (pattern.match(text) is not None) == (text in literals), text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "please send me the notes by friday",
        "send, sending, sender: you must, you mustn't, must you",
        "overlapping: youyou must send",
        "by tomorrow by tonight by tomorrowland",
    ],
)
def test_a_literal_scan_finds_exactly_the_literals_a_substring_test_finds(text: str) -> None:
    # Prefixes of one another ("send", "sending"), literals inside others ("must" in "you must"), overlaps ("you
    # must" across "youyou must"), a leading space (" by tomorrow").
    literals = ["send", "sending", "send me", "you must", "must", "must you", "ou", " by tomorrow", "by to", "friday"]
    scan = _lazy.LiteralScan(literals)
    assert scan.present(text) == {lit for lit in literals if lit in text}


def test_politeness_runs_the_same_patterns_before_and_after_it_builds_its_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    rule = importlib.import_module("netdraft.rules.politeness")
    letter = (
        "Dear Ms. Chen,\n\nI need you to send me the list by tomorrow. You must reply, and I expect a call ASAP. "
        "Thank you for your time; I know how busy you are, so I'll keep this brief.\n\nBest,\nAna Ruiz\n"
    )
    monkeypatch.setattr(rule, "_letters_checked", 0)
    before = list(rule.politeness(letter, None, "informational"))
    monkeypatch.setattr(rule, "_letters_checked", rule._LETTERS_BEFORE_SCAN)
    after = list(rule.politeness(letter, None, "informational"))
    assert before == after and len(before) >= 4


@needs_cpython
def test_a_process_reads_only_the_programs_it_uses_and_keeps_the_others(tmp_path: Path) -> None:
    path = str(tmp_path / "patterns.v2")
    first = _ProgramCache(path)
    first.known = {("e+", 0), ("f+", 0), ("g+", 0)}
    for source, flags in sorted(first.known):
        first.compile(source, flags)
    first.save()

    second = _ProgramCache(path)
    second.known = first.known | {("h+", 0)}
    assert second.compile("f+", 0) == re.compile("f+")
    assert set(second.programs) == set()  # read from the file, not unpacked into memory
    second.compile("h+", 0)  # a new pattern: the file is written again at exit ...
    second.save()
    third = _ProgramCache(path)
    third.load()
    assert set(third.stored_programs()) == {("e+", 0), ("f+", 0), ("g+", 0), ("h+", 0)}  # ... with the unread ones kept


@needs_cpython
def test_two_patterns_under_one_digest_are_told_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The index is keyed by a digest of the source; an entry holds its source, so a collision compiles afresh.
    import netdraft.rules._lazy as lazy

    monkeypatch.setattr(lazy, "_digest", lambda key: (0, 0, key[1]))
    path = str(tmp_path / "patterns.v2")
    first = _ProgramCache(path)
    first.known = {("x+", 0), ("y+", 0)}
    first.compile("x+", 0)
    first.save()
    second = _ProgramCache(path)
    second.known = first.known
    assert second.compile("y+", 0) == re.compile("y+")  # not x+'s program
    assert second.compile("y+", 0).fullmatch("yyy")
