"""Run slow work (key derivation, vault creation) off the GUI thread; report back on it.

Also turns any failure into the one human line the screens show.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
    Slot,
)
from shiboken6 import isValid

from asylum_desk.domain.messages import Text
from asylum_desk.services.errors import connection_problem, database_trouble

T = TypeVar("T")


class _Relay(QObject):
    """Lives on the GUI thread and carries one job's outcome back to it by queued signal.

    It is a child of the application object, not of the caller, so it cannot be destroyed
    while the worker thread may still emit on it; it deletes itself once it has delivered.
    The callbacks only run while ``context`` (the widget that asked) still exists.
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[object], None],
        on_error: Callable[[Exception], None],
        context: QObject,
    ) -> None:
        super().__init__(QCoreApplication.instance())
        self._on_done = on_done
        self._on_error = on_error
        self._context = context
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, value: object) -> None:
        try:
            if isValid(self._context):
                self._on_done(value)
        finally:
            self._release()

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        try:
            if isValid(self._context) and isinstance(error, Exception):
                self._on_error(error)
        finally:
            self._release()

    def _release(self) -> None:
        self._on_done = _ignore
        self._on_error = _ignore
        self.deleteLater()


def _ignore(_value: object) -> None:
    """Stand-in callback after delivery, so the relay holds no references to the caller."""


class _Job(QRunnable):
    """The part that runs on a pool thread: call ``fn`` and emit its outcome."""

    def __init__(self, fn: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:  # noqa: BLE001 - every failure goes back to the GUI thread
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)
        finally:
            self._fn = _no_work


def _no_work() -> None:
    """Stand-in work after a job ran, so the job drops its closure (and any secret in it)."""


def run_in_thread(
    fn: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: Callable[[Exception], None],
    parent: QObject,
) -> None:
    """Run ``fn`` on Qt's thread pool; call ``on_done`` or ``on_error`` on the GUI thread.

    Call this from the GUI thread. Nothing is called back once ``parent`` has been deleted
    (a closed window ignores late results). At application exit, the composition root
    should call ``QThreadPool.globalInstance().waitForDone()``.
    """
    relay = _Relay(on_done, on_error, parent)  # type: ignore[arg-type]
    QThreadPool.globalInstance().start(_Job(fn, relay))


def translated(message: str) -> str:
    """A services' sentence in the interface language (``Text``), else the text as it is.

    The catalogue has the services' templates (``ui/service_texts.py``); the values are
    filled in after translation. A translation that does not fit its values falls back to
    the English sentence rather than failing. A value that is itself a ``Text`` (a reason
    inside a sentence) is translated too.
    """
    if not isinstance(message, Text):
        return message
    template = QCoreApplication.translate("Services", message.template)
    values = {
        name: translated(value) if isinstance(value, Text) else value
        for name, value in message.values.items()
    }
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        return str(message)


def error_message(error: BaseException) -> str:
    """Return one line a person can read for ``error``: never a traceback, never SQL.

    Asylum Desk's own errors (and ``ValueError``) already carry a one-line message; an
    ``OSError`` gives its system reason; a database driver error says the vault is damaged
    (its text may quote statements, so it is not shown); anything else is named by type only.
    """
    if isinstance(error, OSError) and error.strerror:
        where = f" ({error.filename})" if error.filename else ""
        return f"{error.strerror}{where}."
    if _raised_by(getattr(error, "orig", None) or error, "psycopg"):
        return translated(connection_problem(error))  # the shared database: its server said no
    if _raised_by(error, "sqlalchemy", "sqlcipher3", "sqlite3"):
        trouble = database_trouble(str(getattr(error, "orig", None) or error))
        if trouble is not None:
            return translated(trouble)
        return QCoreApplication.translate(
            "Errors", "The vault database is damaged or could not be read; nothing was changed."
        )
    if error.args and isinstance(error.args[0], Text):
        return translated(error.args[0])
    if _raised_by(error, "asylum_desk") or type(error) is ValueError:
        lines = str(error).strip().splitlines()
        if lines and lines[0].strip():
            return lines[0].strip()
    return QCoreApplication.translate("Errors", "Something went wrong: {kind}.").format(
        kind=type(error).__name__
    )


def _raised_by(error: BaseException, *packages: str) -> bool:
    """Whether the error's class (or a base class) is defined in one of ``packages``."""
    for cls in type(error).__mro__:
        module = cls.__module__
        if any(module == name or module.startswith(name + ".") for name in packages):
            return True
    return False
