"""Guard against a Qt binding that corrupts Python's reference counts (PySide6 6.12.0 on 3.11)."""

import sys

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    changed = Signal()


def test_qt_calls_keep_none_and_true_alive() -> None:
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):
        probe.setObjectName("probe")  # returns None
        probe.changed.emit()  # returns True
    assert sys.getrefcount(None) >= none_before - 20
    assert sys.getrefcount(True) >= true_before - 20
