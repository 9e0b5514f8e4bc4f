"""Where the read-only resources (schemas, fonts, templates...) are, in a checkout or a build.

Resources live in the repository's top-level ``resources/`` folder. ``ASYLUM_DESK_RESOURCES``
points elsewhere when set; a frozen (PyInstaller) build unpacks them under ``sys._MEIPASS``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_VARIABLE = "ASYLUM_DESK_RESOURCES"
"""Environment variable naming a resources folder to use instead of the built-in one."""


def resources_root() -> Path:
    """Return the folder that holds ``schema/``, ``fonts/``, ``templates/`` and the rest."""
    override = os.environ.get(ENV_VARIABLE)
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if isinstance(frozen, str):
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of one resource: ``resource_path("schema", "cases-v1.schema.json")``."""
    return resources_root().joinpath(*parts)
