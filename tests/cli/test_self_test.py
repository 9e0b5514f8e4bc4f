"""``asylum-desk self-test`` from source: each step reported, failures in one line, no leftovers."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from asylum_desk.cli import main, self_test


@pytest.fixture
def self_test_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Record the temporary folders the self-test makes (inside tmp_path)."""
    made: list[Path] = []
    real_mkdtemp = tempfile.mkdtemp

    def mkdtemp(prefix: str = "") -> str:
        folder = Path(real_mkdtemp(prefix=prefix, dir=tmp_path))
        made.append(folder)
        return str(folder)

    monkeypatch.setattr(self_test.tempfile, "mkdtemp", mkdtemp)
    return made


def test_self_test_passes_and_reports_each_step(
    self_test_folders: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["self-test"]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0] == "asylum-desk 0.1.0 self-test"
    assert [line.split(":")[0] for line in lines[1:-1]] == ["vault", "import", "packet", "verify"]
    assert "imported 8 demo cases (the file matches the schema)" in lines[2]
    assert "rendered the unhcr packet of TEST-" in lines[3]
    assert "8 cases" in lines[4] and "audit chain intact" in lines[4]
    assert lines[-1] == "self-test passed"
    assert captured.err == ""
    assert len(self_test_folders) == 1
    assert not self_test_folders[0].exists()


def test_a_failing_step_is_one_line_and_exit_1(
    self_test_folders: list[Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(run: object) -> str:
        raise RuntimeError("the packet renderer is missing\nsecond line not shown")

    steps = tuple((name, broken if name == "packet" else step) for name, step in self_test.STEPS)
    monkeypatch.setattr(self_test, "STEPS", steps)
    assert main(["self-test"]) == 1
    captured = capsys.readouterr()
    assert captured.err == "packet: FAILED: RuntimeError: the packet renderer is missing\n"
    assert "self-test passed" not in captured.out
    assert captured.out.splitlines()[-1].startswith("import: imported 8 demo cases")
    assert not self_test_folders[0].exists()


def test_missing_resources_fail_the_self_test(
    self_test_folders: list[Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    # An installation whose resources folder lost its fonts and templates.
    empty = tmp_path / "resources"
    (empty / "schema").mkdir(parents=True)
    monkeypatch.setenv("ASYLUM_DESK_RESOURCES", str(empty))
    assert main(["self-test"]) == 1
    captured = capsys.readouterr()
    assert len(captured.err.splitlines()) == 1
    assert captured.err.startswith("import: FAILED: ")
    assert "self-test passed" not in captured.out
    assert not self_test_folders[0].exists()


def test_self_test_is_listed_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "self-test" in capsys.readouterr().out
