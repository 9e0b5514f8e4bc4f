"""Text handling shared by every way text enters the vault (Burmese encodings, normalisation)."""

from asylum_desk.text.burmese import is_zawgyi, to_unicode

__all__ = ["is_zawgyi", "to_unicode"]
