"""The modules of a QR code, for screens that draw it themselves (the office identity).

Made with reportlab's QR encoder (already used for the packets' QR code), so the UI needs no
QR library of its own and never imports reportlab.
"""

from __future__ import annotations

from reportlab.graphics.barcode import qrencoder


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code of ``text`` (error correction M) as rows of dark (True) modules.

    No quiet zone is included: whoever draws it leaves four modules of white around it.
    """
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    size = int(code.getModuleCount())
    return [[bool(code.isDark(row, column)) for column in range(size)] for row in range(size)]
