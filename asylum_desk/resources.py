"""Where the read-only files (resources and packaged scripts) are, in a checkout or a build.

Every file Asylum Desk reads from its own installation goes through this module, so the same
code works from a source checkout and from the frozen one-folder build:

* ``resource_path``: the repository's top-level ``resources/`` folder (schemas, fonts,
  templates, icons, translations). ``ASYLUM_DESK_RESOURCES`` points elsewhere when set.
* ``package_path``: files inside the ``asylum_desk`` package that are read as files rather
  than imported, such as the Alembic migrations (Alembic loads ``env.py`` and
  ``versions/*.py`` from the folder).

A frozen (PyInstaller) build unpacks both under ``sys._MEIPASS``: ``resources/`` and
``asylum_desk/`` (``packaging/asylum-desk.spec`` puts them there).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_VARIABLE = "ASYLUM_DESK_RESOURCES"
"""Environment variable naming a resources folder to use instead of the built-in one."""

_PACKAGE = Path(__file__).resolve().parent


def frozen_root() -> Path | None:
    """The folder a frozen build unpacked itself into, or None when running from source."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if isinstance(frozen, str) else None


def resources_root() -> Path:
    """Return the folder that holds ``schema/``, ``fonts/``, ``templates/`` and the rest."""
    override = os.environ.get(ENV_VARIABLE)
    if override:
        return Path(override)
    frozen = frozen_root()
    if frozen is not None:
        return frozen / "resources"
    return _PACKAGE.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of one resource: ``resource_path("schema", "cases-v1.schema.json")``."""
    return resources_root().joinpath(*parts)


def package_root() -> Path:
    """Return the folder of the ``asylum_desk`` package's own files."""
    frozen = frozen_root()
    if frozen is not None:
        return frozen / "asylum_desk"
    return _PACKAGE


def package_path(*parts: str) -> Path:
    """Return the path of a file in the package: ``package_path("storage", "migrations")``."""
    return package_root().joinpath(*parts)
