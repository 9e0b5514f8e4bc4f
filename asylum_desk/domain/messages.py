"""Sentences for people that the interface can show in its own language.

The services cannot use Qt's translation functions, so a message they give a person is a
``Text``: the English sentence (it *is* a ``str``, so logs, the command line and tests see
plain English) that also keeps its template and values. The desktop app looks the template
up in its catalogue and fills in the same values (``ui/workers.py``); the templates reach
the catalogue through ``asylum_desk/ui/service_texts.py``, which
``scripts/extract_service_texts.py`` writes from every ``text("…")`` call.
"""

from __future__ import annotations

from collections.abc import Mapping


class Text(str):
    """An English sentence that remembers ``template`` and ``values``."""

    template: str
    values: Mapping[str, object]

    def __new__(cls, template: str, **values: object) -> Text:
        made = super().__new__(cls, template.format(**values))
        made.template = template
        made.values = dict(values)
        return made


def text(template: str, **values: object) -> Text:
    """``text("There is no case {case_number} in this vault.", case_number=n)``."""
    return Text(template, **values)
