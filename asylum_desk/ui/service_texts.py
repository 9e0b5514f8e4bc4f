# ruff: noqa: E501 - generated: one template a line, as the catalogue shows it
"""The services' sentences for people, for the translation catalogues (generated).

Written by scripts/extract_service_texts.py from every ``text(...)`` template below
the interface; do not edit by hand. ``ui/workers.py`` translates them when shown.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

SERVICE_TEXTS = (
    QT_TRANSLATE_NOOP("Services", 'There is no case {case_number} in this vault.'),
    QT_TRANSLATE_NOOP("Services", 'Case {case_number} already exists in this vault.'),
    QT_TRANSLATE_NOOP("Services", "The passphrase is not correct for user '{user}'."),
    QT_TRANSLATE_NOOP("Services", "There is no user '{user}' in this vault."),
    QT_TRANSLATE_NOOP("Services", "There is already a user '{user}' in this vault."),
    QT_TRANSLATE_NOOP("Services", "The vault's folder is read-only (a write-protected USB stick or missing permission); Asylum Desk needs to write beside the vault. Nothing was changed."),
    QT_TRANSLATE_NOOP("Services", 'The disk is full or could not be written; nothing was saved. Free some space (or check the USB stick) and try again.'),
    QT_TRANSLATE_NOOP("Services", 'The vault is busy: another Asylum Desk program is writing to it. Nothing was changed; try again in a moment.'),
    QT_TRANSLATE_NOOP("Services", 'The shared database cannot be used: {reason}'),
    QT_TRANSLATE_NOOP("Services", 'The database server refused the user name or password.'),
    QT_TRANSLATE_NOOP("Services", 'The database server has no such database ({reason}).'),
    QT_TRANSLATE_NOOP("Services", 'The database server refused the connection from this computer, user or without encryption ({reason}).'),
    QT_TRANSLATE_NOOP("Services", 'The database server refused the connection ({reason}).'),
    QT_TRANSLATE_NOOP("Services", 'The database server cannot be reached; check the address and the network.'),
    QT_TRANSLATE_NOOP("Services", '{who} may not open case {case_number}: it is neither theirs nor assigned to them.'),
    QT_TRANSLATE_NOOP("Services", "User '{user}' is no longer a user of this vault; lock it now."),
    QT_TRANSLATE_NOOP("Services", '{who} may see only the statement sections of case {case_number} and change only its translation.'),
    QT_TRANSLATE_NOOP("Services", '{who} may not open case {case_number}: it is not assigned to them.'),
    QT_TRANSLATE_NOOP("Services", 'Too many wrong passphrases: try again in {seconds} s.'),
)
