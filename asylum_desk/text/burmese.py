"""Burmese text: detect legacy Zawgyi encoding and convert it to Unicode.

Many Burmese speakers still type in Zawgyi, a font hack that reuses the Myanmar code points
with other meanings. Zawgyi text looks right on a Zawgyi phone but breaks search, sorting and
PDFs everywhere else, so every text that enters the vault goes through ``to_unicode``.
"""

from __future__ import annotations

import contextlib
import functools
import io
import re
import threading
import unicodedata
import warnings
from typing import Protocol, cast

ZAWGYI_THRESHOLD = 0.95
"""Zawgyi probability above which a text is taken to be Zawgyi."""

_MYANMAR = re.compile("[\u1000-\u109f]")


class _Detector(Protocol):
    def get_zawgyi_probability(self, string: str) -> float: ...


@functools.cache
def _detector() -> _Detector:
    """Build the Zawgyi detector once (it loads a model file)."""
    from myanmartools import ZawgyiDetector

    with warnings.catch_warnings():  # it loads its model with a deprecated importlib call
        warnings.simplefilter("ignore", DeprecationWarning)
        return cast(_Detector, ZawgyiDetector())


def _has_myanmar(text: str) -> bool:
    return not text.isascii() and _MYANMAR.search(text) is not None


def is_zawgyi(text: str) -> bool:
    """Tell whether ``text`` is (very probably) Burmese typed in the Zawgyi encoding."""
    if not _has_myanmar(text):
        return False
    return _detector().get_zawgyi_probability(text) > ZAWGYI_THRESHOLD


_CONVERTER_LOCK = threading.Lock()


def _zawgyi_to_unicode(text: str) -> str:
    """Convert with python-myanmar, or keep ``text`` if the converter cannot do it whole.

    On a syllable it cannot map, the converter prints the syllable and drops part of it:
    the print is caught (personal data must not reach a console or log) and the text is
    kept as it was rather than damaged.
    """
    from myanmar import converter

    complaints = io.StringIO()
    with _CONVERTER_LOCK, contextlib.redirect_stdout(complaints):
        try:
            converted = cast(str, converter.convert(text, "zawgyi", "unicode"))
        except Exception:  # noqa: BLE001 - a third-party converter on arbitrary input
            return text
    return text if complaints.getvalue() else converted


def to_unicode(text: str) -> str:
    """Return ``text`` with Zawgyi Burmese converted to Unicode, NFC-normalised.

    Text without Myanmar characters is only normalised (ASCII is returned as it is).
    """
    if text.isascii():
        return text
    if is_zawgyi(text):
        text = _zawgyi_to_unicode(text)
    return unicodedata.normalize("NFC", text)
