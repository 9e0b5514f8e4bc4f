"""The letter language: the recipient's fixed wording in English or in a translation.

The recipient's profile (``<recipient>.<language>.json``) gives the cover letter, notices,
index title, declaration, certificates and the titles of those documents. What the packet
fills into that wording (the language a statement was taken in, "a date not recorded") is
said here in the letter's language too. The data sheets' field labels stay in English.
"""

from __future__ import annotations

from asylum_desk.packets.templates import Profile

NAMES_IN: dict[str, dict[str, str]] = {
    "en": {
        "my": "Burmese",
        "ctd": "Tedim Chin",
        "cnh": "Hakha Chin",
        "kac": "Jingpho",
        "en": "English",
        "hi": "Hindi",
    },
    "hi": {
        "my": "बर्मी",
        "ctd": "टेडिम चिन",
        "cnh": "हाखा चिन",
        "kac": "जिंगपो",
        "en": "अंग्रेज़ी",
        "hi": "हिन्दी",
    },
}
"""Letter language → the names of the languages statements are taken in, in that language."""

FILLERS: dict[str, dict[str, str]] = {
    "en": {
        "language": "the applicant's language",
        "arrival_date": "a date not recorded",
        "interpreter": "the interpreter",
    },
    "hi": {
        "language": "आवेदक की भाषा",
        "arrival_date": "अभिलिखित न की गई तिथि",
        "interpreter": "दुभाषिया",
    },
}
"""Letter language → what a placeholder says when the case has nothing for it."""


def language_name_in(code: str | None, letter_language: str = "en") -> str:
    """The name of ``code`` in the letter's language (English, then the code, when unknown)."""
    if not code:
        return filler("language", letter_language)
    names = NAMES_IN.get(letter_language, NAMES_IN["en"])
    return names.get(code) or NAMES_IN["en"].get(code, code)


def filler(key: str, letter_language: str = "en") -> str:
    """The words that stand for a missing value of placeholder ``key``."""
    return FILLERS.get(letter_language, FILLERS["en"]).get(key) or FILLERS["en"][key]


def document_title(profile: Profile, key: str, default: str) -> str:
    """The title of document ``key`` as the profile words it, else ``default`` (English)."""
    return profile.wording.titles.get(key, default)
