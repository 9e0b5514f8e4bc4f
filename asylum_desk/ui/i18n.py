"""The interface language: which translations exist, and installing one before any widget.

How user-visible strings are written (every module under ``asylum_desk/ui`` follows this, so
that ``make translations`` finds them with pyside6-lupdate):

* Inside methods of a QObject/QWidget subclass: ``self.tr("Text")``. The context is the
  class the call is written in; a subclass still finds its base class's translations.
* Elsewhere (module functions, classes that are not QObjects): ``QCoreApplication.translate(
  "<ContextName>", "Text")`` at the point of use, with the literal text inline so that
  lupdate can extract it. Use the name of the module's main class (or the module) as context.
* Module-level constant tables of labels: mark each literal with ``QT_TRANSLATE_NOOP(
  "<Context>", "Text")`` (it returns the English text unchanged) and translate where the
  text is shown with ``QCoreApplication.translate("<Context>", value)``; the same context
  in both places.
* Never an f-string inside ``tr()``: write ``self.tr("Saved {number}.").format(number=n)``.
  ``{name}`` placeholders stay untranslated and every translation keeps all of them.
* Mnemonics (``&``) stay in the source text; a translation may keep one on a Latin letter or
  drop it when its script has none.
* Never translate user data: names, case numbers, file names, the applicant's language names
  as recorded in the vault, or anything typed by a person.

Translations live in ``resources/translations/asylum_desk_<code>.ts`` and are compiled to
``.qm`` files beside them by ``make translations``.

Qt's own texts (standard dialog buttons, text-field context menus, the wizard's buttons, the
file and print dialogs) come from Qt's ``qtbase_<code>.qm``, which Qt lacks for Burmese and
Hindi. ``resources/translations/qt_standard_<code>.ts`` supplies them: a catalogue kept by
hand (lupdate never touches it) with Qt's own contexts and source texts, compiled by
``make translations`` too. Both are installed, ours last so that it wins where both have a text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from asylum_desk.resources import resource_path

LANGUAGE_SETTING = "view/language"
"""QSettings key: the interface language code ("en", "my", "hi") or "system"."""

SYSTEM = "system"
ENGLISH = "en"
CATALOGUE_PREFIX = "asylum_desk_"
QT_STANDARD_PREFIX = "qt_standard_"
"""Our catalogue of Qt's own texts, for languages Qt has no ``qtbase_<code>.qm`` for."""

NATIVE_NAMES: dict[str, str] = {
    ENGLISH: "English",
    "my": "မြန်မာ (Burmese)",
    "hi": "हिन्दी (Hindi)",
}
"""Each language named in its own script (with the English name for a helper at the desk)."""

_INSTALLED = "_asylum_desk_translators"


def translations_folder() -> Path:
    """Where the compiled ``asylum_desk_<code>.qm`` files are."""
    return resource_path("translations")


def available_languages(folder: Path | None = None) -> list[str]:
    """English, then every language with a compiled catalogue, by code."""
    where = folder if folder is not None else translations_folder()
    found = sorted(
        path.stem[len(CATALOGUE_PREFIX) :]
        for path in where.glob(f"{CATALOGUE_PREFIX}*.qm")
        if path.is_file()
    )
    return [ENGLISH, *(code for code in found if code != ENGLISH)]


def language_name(code: str) -> str:
    """A language's name in its own script (Qt's name for languages this module lacks)."""
    if code in NATIVE_NAMES:
        return NATIVE_NAMES[code]
    return QLocale(code).nativeLanguageName() or code


def system_language(available: list[str]) -> str:
    """The first of the system's interface languages that has a catalogue, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-", 1)[0].lower()
        if code in available:
            return code
    return ENGLISH


def remove_translators(app: QCoreApplication) -> None:
    """Take out the translators installed by ``install_translator`` (back to English)."""
    for translator in getattr(app, _INSTALLED, []):
        app.removeTranslator(translator)
    setattr(app, _INSTALLED, [])


def install_translator(
    app: QCoreApplication, language: str | None, folder: Path | None = None
) -> str:
    """Install the catalogue for ``language`` (None or "system": the system's); returns its code.

    Also loads Qt's own ``qtbase_<code>.qm`` (standard buttons, dialogs) when Qt ships it, and
    our ``qt_standard_<code>.qm`` (the same texts, for languages Qt lacks) when we have it.
    Call before any widget is created: texts are translated when widgets are built.
    """
    where = folder if folder is not None else translations_folder()
    available = available_languages(where)
    wanted = (language or SYSTEM).strip() or SYSTEM
    code = system_language(available) if wanted == SYSTEM else wanted
    if code not in available:
        code = ENGLISH
    remove_translators(app)
    installed: list[QTranslator] = []
    if code != ENGLISH:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # Installed in this order; the last one installed is asked first.
        for name, folder_name in (
            (f"{CATALOGUE_PREFIX}{code}", str(where)),
            (f"qtbase_{code}", qt_folder),
            (f"{QT_STANDARD_PREFIX}{code}", str(where)),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder_name):
                app.installTranslator(translator)
                installed.append(translator)
    setattr(app, _INSTALLED, installed)
    set_layout_direction(app, code)
    return code


def is_right_to_left(language: str) -> bool:
    """Whether a language is written right to left (Arabic, Hebrew...; none of ours yet)."""
    return QLocale(language).textDirection() == Qt.LayoutDirection.RightToLeft


def set_layout_direction(app: QCoreApplication, language: str) -> None:
    """Mirror the interface for a right-to-left language, left to right otherwise."""
    from PySide6.QtGui import QGuiApplication

    if isinstance(app, QGuiApplication):
        direction = (
            Qt.LayoutDirection.RightToLeft
            if is_right_to_left(language)
            else Qt.LayoutDirection.LeftToRight
        )
        app.setLayoutDirection(direction)
