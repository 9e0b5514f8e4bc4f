"""One helper finds every file Asylum Desk reads from its installation, from source or frozen."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import asylum_desk
from asylum_desk import resources
from asylum_desk.storage import migrate

PACKAGE = Path(asylum_desk.__file__).resolve().parent
CHECKOUT = PACKAGE.parent


def test_from_source_the_paths_are_the_checkout_s() -> None:
    assert resources.frozen_root() is None
    assert resources.resources_root() == CHECKOUT / "resources"
    assert resources.package_path("storage", "migrations") == PACKAGE / "storage" / "migrations"
    assert migrate.MIGRATIONS == PACKAGE / "storage" / "migrations"
    assert (migrate.MIGRATIONS / "env.py").is_file()
    assert migrate.head_revision()


def test_frozen_the_paths_are_under_meipass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.frozen_root() == tmp_path
    assert resources.resource_path("fonts", "x.ttf") == tmp_path / "resources" / "fonts" / "x.ttf"
    assert resources.package_path("storage", "migrations") == (
        tmp_path / "asylum_desk" / "storage" / "migrations"
    )


def test_the_environment_override_wins_even_frozen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    monkeypatch.setenv(resources.ENV_VARIABLE, str(tmp_path / "elsewhere"))
    assert resources.resource_path("schema") == tmp_path / "elsewhere" / "schema"


# Modules allowed a look beside themselves, and why.
ALLOWED = {
    "asylum_desk/resources.py": "the helper itself",
    # The help window reads docs/ beside resources_root() first (the build bundles docs/
    # there); its checkout fallback only matters when ASYLUM_DESK_RESOURCES points elsewhere.
    "asylum_desk/ui/help_window.py": "fallback after resources_root()",
}


def test_no_other_module_finds_files_next_to_itself() -> None:
    """Files are found through asylum_desk.resources, never through a module's own __file__."""
    pattern = re.compile(r"__file__|importlib\.resources|importlib_resources|pkg_resources")
    offenders = [
        relative
        for path in sorted(PACKAGE.rglob("*.py"))
        if (relative := path.relative_to(CHECKOUT).as_posix()) not in ALLOWED
        and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
