"""Sentences for people that the interface can show in its own language.

The services cannot use Qt's translation functions, so a message they give a person is a
``Text``: the English sentence (it *is* a ``str``, so logs, the command line and tests see
plain English) that also keeps its template and values. The desktop app looks the template
up in its catalogue and fills in the same values (``ui/workers.py``); the templates reach
the catalogue through ``asylum_desk/ui/service_texts.py``, which
``scripts/extract_service_texts.py`` writes from every ``text("…")`` call.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


class Text(str):
    """An English sentence that remembers ``template`` and ``values``."""

    template: str
    values: Mapping[str, object]

    def __new__(cls, template: str, **values: object) -> Text:
        made = super().__new__(cls, template.format(**values))
        made.template = template
        made.values = dict(values)
        return made

    def __reduce__(self) -> tuple[object, tuple[str, dict[str, object]]]:
        """Copied and pickled from its template and values (its English may hold braces)."""
        return _rebuilt, (self.template, dict(self.values))


def _rebuilt(template: str, values: dict[str, object]) -> Text:
    return Text(template, **values)


def text(template: str, **values: object) -> Text:
    """``text("There is no case {case_number} in this vault.", case_number=n)``."""
    return Text(template, **values)


def listed(items: Iterable[str]) -> str:
    """``items`` as "a, b, c"; each item is still translated on its own when it is a ``Text``."""
    joined: str | None = None
    for item in items:
        joined = item if joined is None else text("{items}, {item}", items=joined, item=item)
    return joined or ""
