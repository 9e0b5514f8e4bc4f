"""Write asylum_desk/ui/service_texts.py: every ``text("…")`` template below the interface.

The templates then reach the translation catalogues with the interface's own strings
(``make translations`` runs pyside6-lupdate over asylum_desk/ui). Run after changing a
message of the services; a test checks the file is current.

    python scripts/extract_service_texts.py
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "asylum_desk"
TARGET = PACKAGE / "ui" / "service_texts.py"
BELOW_THE_INTERFACE = ("domain", "security", "storage", "interchange", "packets", "services")


def _imports_text(tree: ast.Module) -> bool:
    """Whether the module takes ``text`` from asylum_desk.domain.messages."""
    return any(
        isinstance(node, ast.ImportFrom)
        and node.module == "asylum_desk.domain.messages"
        and any(alias.name == "text" and alias.asname is None for alias in node.names)
        for node in ast.walk(tree)
    )


def templates() -> list[str]:
    """Every literal first argument of a ``text(...)`` call, in file order, once each."""
    found: dict[str, None] = {}
    for folder in BELOW_THE_INTERFACE:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            if not _imports_text(tree):
                continue  # ``text`` there is another one (SQLAlchemy's, for SQL)
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "text"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    found[node.args[0].value] = None
    return list(found)


def render(found: list[str]) -> str:
    """The module's text: one QT_TRANSLATE_NOOP per template."""
    lines = [
        "# ruff: noqa: E501 - generated: one template a line, as the catalogue shows it",
        '"""The services\' sentences for people, for the translation catalogues (generated).',
        "",
        "Written by scripts/extract_service_texts.py from every ``text(...)`` template below",
        "the interface; do not edit by hand. ``ui/workers.py`` translates them when shown.",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "SERVICE_TEXTS = (",
    ]
    for template in found:
        lines.append(f'    QT_TRANSLATE_NOOP("Services", {template!r}),')
    lines.append(")")
    return "\n".join(lines) + "\n"


def main() -> int:
    """Write the module; print where."""
    TARGET.write_text(render(templates()), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
