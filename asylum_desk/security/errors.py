"""Exceptions of the security package; each str() is a one-line message for the caseworker."""

from __future__ import annotations

from asylum_desk.domain.messages import Text, text

_MAX_NAME_CHARS = 60


def _display_name(name: str) -> str:
    """Return *name* on one line and of bounded length, for use inside a message."""
    one_line = " ".join(name.split())
    if len(one_line) > _MAX_NAME_CHARS:
        return one_line[: _MAX_NAME_CHARS - 1] + "\u2026"
    return one_line


class SecurityError(Exception):
    """Base class of all security errors; ``str(error)`` can be shown to the user as is."""

    default_message = text("A security check failed.")

    def __init__(self, message: str | None = None) -> None:
        """Store a one-line *message*, or the class default when none is given."""
        chosen = message if message is not None else self.default_message
        if isinstance(chosen, Text):  # already one line; keeps what the interface translates
            super().__init__(chosen)
            return
        super().__init__(" ".join(chosen.split()))


class WrongPassphraseError(SecurityError):
    """The passphrase does not open this user's key slot (decided by the key file alone)."""

    default_message = text("The passphrase is not correct.")

    def __init__(self, username: str | None = None) -> None:
        """Name the user whose passphrase was wrong, when known."""
        if username is None:
            super().__init__()
        else:
            super().__init__(
                text(
                    "The passphrase is not correct for user '{user}'.",
                    user=_display_name(username),
                )
            )
        self.username = username


class UnknownUserError(SecurityError):
    """No key slot in this vault belongs to the given user name."""

    default_message = text("There is no such user in this vault.")

    def __init__(self, username: str | None = None) -> None:
        """Name the user that was not found, when known."""
        if username is None:
            super().__init__()
        else:
            super().__init__(
                text("There is no user '{user}' in this vault.", user=_display_name(username))
            )
        self.username = username


class UserExistsError(SecurityError):
    """A user with this name (ignoring case) already has a key slot in this vault."""

    default_message = text("This user already exists in this vault.")

    def __init__(self, username: str | None = None) -> None:
        """Name the user that already exists, when known."""
        if username is None:
            super().__init__()
        else:
            super().__init__(
                text(
                    "There is already a user '{user}' in this vault.",
                    user=_display_name(username),
                )
            )
        self.username = username


class LastUserError(SecurityError):
    """Removing this user would leave the vault with nobody able to open it by passphrase."""

    default_message = text("The last user of a vault cannot be removed. Add another user first.")


class KeyFileDamagedError(SecurityError):
    """The key file is unreadable, truncated, malformed, or was changed outside the app."""

    default_message = text("The key file of this vault is damaged. Restore it from a backup.")

    def __init__(self, message: str | None = None, *, detail: str = "") -> None:
        """Keep a technical *detail* for developers; it is not part of ``str(error)``."""
        super().__init__(message)
        self.detail = detail


class KeyFileLockedError(SecurityError):
    """A change to the key file was attempted before the key file was unlocked."""

    default_message = text("Unlock the vault before changing who can open it.")


class WrongRecoveryKeyError(SecurityError):
    """The recovery key is well-formed but does not open this vault."""

    default_message = text("This recovery key does not open this vault.")


class RecoveryKeyTypoError(SecurityError):
    """The recovery key as typed fails its checksum or format, so it must contain a typo."""

    default_message = text("The recovery key has a typo.")

    def __init__(self, group: int | None = None, message: str | None = None) -> None:
        """Name the 1-based *group* holding the typo when it is known."""
        if message is None and group is not None:
            message = text("The recovery key has a typo in group {group}.", group=group)
        super().__init__(message)
        self.group = group


class WeakKdfParametersError(SecurityError):
    """Key derivation settings are below the minimum this app accepts."""

    default_message = text(
        "The key file asks for weaker passphrase protection than Asylum Desk allows."
    )


class KeyringUnavailableError(SecurityError):
    """No secure keyring can be used on this computer right now."""

    default_message = text(
        "No secure keyring is available on this computer; unlock with your passphrase."
    )


class StaleDeviceSecretError(SecurityError):
    """The secret remembered on this device no longer opens the vault (e.g. passphrase changed)."""

    default_message = text(
        "The unlock remembered on this computer is out of date; unlock with your passphrase."
    )
