"""Take the screenshots in docs/screenshots/ from the real widgets, on invented demo data.

    make screenshots            (under Xvfb when available, else Qt's offscreen platform)

The vault is a throwaway one in a temporary folder (cheap key derivation: it holds only
invented demo cases and is deleted afterwards).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["ASYLUM_DESK_INSECURE_TEST_KDF"] = "1"  # a throwaway vault of invented cases

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from asylum_desk.app import build_main_window, register_fonts
from asylum_desk.domain.listing import CaseQuery
from asylum_desk.security.device_cache import DeviceKeyCache
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.demo_cases import demo_cases
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import create_vault, unlock
from asylum_desk.ui.help_window import USER_GUIDE
from asylum_desk.ui.main_window import MainWindow
from asylum_desk.ui.packet_dialog import PREVIEW, PacketDialog
from asylum_desk.ui.setup_wizard import SetupWizard

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
PASSPHRASE = "demo passphrase"
SIZE = (1280, 800)


def settle(
    app: QApplication, until: Callable[[], bool] = lambda: True, timeout: float = 20
) -> None:
    """Let Qt lay out and paint (and wait for background work to finish)."""
    deadline = time.monotonic() + timeout
    while True:
        app.processEvents()
        if until() or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    for _ in range(5):
        app.processEvents()


def shoot(app: QApplication, widget: QWidget, name: str) -> None:
    """Save what ``widget`` shows as docs/screenshots/<name>.png."""
    settle(app)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(OUT.parents[1])}")


def wizard_screens(app: QApplication, work: Path) -> None:
    """The first-run wizard: office, first user, and the recovery key."""
    wizard = SetupWizard(
        default_location=work / "new-vault",
        create=lambda where, code, name, user, secret: create_vault(
            where, office_code=code, office_name=name, username=user, passphrase=secret
        ),
        print_recovery=lambda key: None,
    )
    wizard.resize(720, 580)
    wizard.show()
    wizard.office_page.name_edit.setText("Champhai field office")
    wizard.office_page.code_edit.setText("CPH")
    shoot(app, wizard, "setup-1-office")
    wizard.next()
    wizard.user_page.username_edit.setText("amara")
    wizard.user_page.passphrase.passphrase_edit.setText("river stone lantern morning")
    wizard.user_page.passphrase.confirm_edit.setText("river stone lantern morning")
    shoot(app, wizard, "setup-2-first-user")
    wizard.next()
    wizard.next()
    settle(app, lambda: wizard.currentPage() is wizard.recovery_page)
    shoot(app, wizard, "setup-3-recovery-key")
    wizard.recovery_page.confirm_checkbox.setChecked(True)
    wizard.accept()
    if wizard.vault is not None:
        wizard.vault.close()


def show_usual_vault_path(window: MainWindow, folder: Path) -> None:
    """Show the vault's usual place (Linux) instead of this run's temporary folder."""
    for label in window.findChildren(QLabel):
        if label.text() == str(folder):
            label.setText("/home/amara/.local/share/AsylumDesk/vault")


def main_window_screens(app: QApplication, work: Path) -> None:
    """The unlock screen, the case list and the case editor on the demo cases."""
    folder = work / "office-vault"
    created = create_vault(
        folder,
        office_code="CPH",
        office_name="Champhai field office",
        username="amara",
        passphrase=PASSPHRASE,
    )
    with created.vault as vault:
        service = CaseService(vault)
        for case in demo_cases():
            service.create_case(case)
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    window = build_main_window(folder, settings, DeviceKeyCache(None))
    window.resize(*SIZE)
    window.show()
    show_usual_vault_path(window, folder)
    window.unlock_view.username_edit.setText("amara")
    shoot(app, window, "unlock")
    recovery = window.unlock_view.open_recovery()
    assert recovery is not None
    shoot(app, recovery, "unlock-recovery")
    recovery.reject()
    guide = window.help.open(USER_GUIDE)
    guide.browser.go_to_section("signing-in")
    shoot(app, guide, "help-user-guide")
    guide.close()
    window.on_unlocked(unlock(folder, "amara", PASSPHRASE))
    shoot(app, window, "case-list")
    window.case_list.search.setText("ကျော်")
    settle(app)
    shoot(app, window, "search-burmese")
    window.case_list.search.clear()
    settle(app)
    anonymous = next(
        s
        for s in (window.model.summary(row) for row in range(window.model.rowCount()))
        if s is not None and s.anonymous
    )
    window.open_case(anonymous.case_number)
    window.case_list.select_case(anonymous.case_number)
    shoot(app, window, "editor-applicant-anonymous")
    for section in ("family", "flight", "service", "documents", "consent"):
        window.panel.editor.show_section(section)
        shoot(app, window, f"editor-{section}")
    packet_screens(app, window)
    window.lock()
    window.close()


def packet_screens(app: QApplication, window: MainWindow) -> None:
    """The packet dialog for the open case: the disclosure summary, then the preview."""
    window.print_action.trigger()
    dialog = next(d for d in window.findChildren(PacketDialog) if d.isVisible())
    dialog.recipient.setCurrentIndex(dialog.recipient.findData("government"))
    shoot(app, dialog, "packet-1-disclosure")
    dialog.make()
    settle(app, lambda: dialog.pages.currentIndex() == PREVIEW)
    pause = time.monotonic() + 2  # QPdfView draws its pages on a thread of its own
    settle(app, lambda: time.monotonic() > pause)
    shoot(app, dialog, "packet-2-preview")
    dialog.accept()


STAFF = {
    "sule": ("supervisor", "sule's passphrase for screenshots"),
    "thida": ("caseworker", "thida's passphrase for screenshots"),
    "mya": ("caseworker", "mya's passphrase for screenshots"),
    "ko": ("interpreter", "ko's passphrase for screenshots"),
}


def _office_vault(folder: Path) -> list[str]:
    """A vault of demo cases, one user of every role, two closed cases; the closed numbers."""
    from asylum_desk.domain.enums import CaseStatus, Role
    from asylum_desk.domain.model import Case, Person
    from asylum_desk.services import assignments, retention, users

    created = create_vault(
        folder,
        office_code="CPH",
        office_name="Champhai field office",
        username="amara",
        passphrase=PASSPHRASE,
    )
    with created.vault as admin:
        service = CaseService(admin)
        numbers = [service.create_case(case) for case in demo_cases()]
        for name, (role, secret) in STAFF.items():
            users.add_user(admin, name, Role(role), secret)
        closed = [
            service.create_case(
                Case(
                    applicant=Person(given_names=name),
                    caseworker="thida",
                    status=CaseStatus.CLOSED,
                    closed_reason=reason,
                )
            )
            for name, reason in (
                ("Lalremruati", "resettled to a third country"),
                ("Van Lal Peka", "returned voluntarily after the ceasefire"),
            )
        ]
        retention.set_retention_years(admin, 1)
    with unlock(folder, "sule", STAFF["sule"][1]) as sule:
        for number in numbers[:3]:
            CaseService(sule).get_case(number)
        assignments.assign(sule, numbers[0], "thida")
        assignments.assign(sule, numbers[0], "ko")
    return closed


def office_screens(app: QApplication, work: Path) -> None:
    """The Office window (users, audit log, retention) and its dialogs, with the demo staff."""
    from asylum_desk.ui.office.add_user_dialog import AddUserDialog
    from asylum_desk.ui.office.office_dialog import AUDIT, RETENTION, USERS
    from asylum_desk.ui.office.retention_page import erasure_question
    from asylum_desk.ui.office.users_page import ChangeRoleDialog, removal_question

    folder = work / "office-admin-vault"
    closed = _office_vault(folder)
    settings = QSettings(str(work / "office-settings.ini"), QSettings.Format.IniFormat)
    window = build_main_window(folder, settings, DeviceKeyCache(None))
    window.resize(*SIZE)
    window.show()
    window.on_unlocked(unlock(folder, "amara", PASSPHRASE))
    settle(app)
    dialog = window.office.open_page(USERS)
    assert dialog is not None
    users_page = dialog.users_page
    users_page.select_user("thida")
    shoot(app, dialog, "office-users")
    add = AddUserDialog(window.vault, users_page)  # type: ignore[arg-type]
    add.show()
    add.name_edit.setText("lalnun")
    secret = "paddy field under the blue hills"
    add.passphrase.passphrase_edit.setText(secret)
    add.passphrase.confirm_edit.setText(secret)
    shoot(app, add, "office-add-user")
    add.reject()
    change = ChangeRoleDialog("thida", users_page._roles["thida"])
    change.role.setCurrentIndex(change.role.findData(change.role.itemData(1)))  # interpreter
    change.show()
    shoot(app, change, "office-change-role")
    change.reject()
    box = removal_question(dialog, "thida")
    box.show()
    shoot(app, box, "office-remove-user")
    box.reject()
    audit = dialog.show_page(AUDIT)
    shoot(app, dialog, "office-audit")
    del audit
    page = dialog.retention_page
    dialog.show_page(RETENTION)
    page.today = lambda: date.today() + timedelta(days=800)  # type: ignore[method-assign]
    page.refresh()
    shoot(app, dialog, "office-retention-admin")
    dialog.reject()
    window.lock()

    window.on_unlocked(unlock(folder, "sule", STAFF["sule"][1]))
    settle(app)
    office_menu = next(
        action.menu() for action in window.menuBar().actions() if action.text() == "&Office"
    )
    office_menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    shoot(app, office_menu, "office-menu-supervisor")
    office_menu.hide()
    dialog = window.office.open_page(RETENTION)
    assert dialog is not None
    page = dialog.retention_page
    page.today = lambda: date.today() + timedelta(days=800)  # type: ignore[method-assign]
    page.refresh()
    page.table.selectAll()
    shoot(app, dialog, "office-retention")
    box = erasure_question(dialog, closed)
    box.show()
    shoot(app, box, "office-erase-confirm")
    box.reject()
    dialog.reject()
    first = str(window.model.data(window.model.index(0, 0)))
    window.case_list.select_case(first)
    window.open_case(first)
    assign = window.office.assign_case()
    assert assign is not None
    shoot(app, assign, "office-assign")
    assign.accept()
    window.lock()

    window.on_unlocked(unlock(folder, "thida", STAFF["thida"][1]))
    settle(app)
    refused = window.office.open_page(AUDIT)
    assert refused is not None
    shoot(app, refused, "office-refused")
    refused.reject()
    window.lock()
    window.close()


def transfer_screens(app: QApplication, work: Path) -> None:
    """Case bundles between two invented offices: identity, Add office, Send, Receive."""
    from asylum_desk.services import bundles
    from asylum_desk.ui.transfer.address_book_dialog import AddressBookDialog
    from asylum_desk.ui.transfer.receive_dialog import ReceiveDialog
    from asylum_desk.ui.transfer.send_dialog import SendDialog

    def office(code: str, name: str, cases: int) -> OpenVault:
        created = create_vault(
            work / f"{code.lower()}-bundle-vault",
            office_code=code,
            office_name=name,
            username="amara",
            passphrase=PASSPHRASE,
        )
        for case in demo_cases()[:cases]:
            CaseService(created.vault).create_case(case)
        return created.vault

    with (
        office("CPH", "Champhai field office", 6) as cph,
        office("AIZ", "Aizawl field office", 0) as aiz,
    ):
        aiz_identity = bundles.own_identity(aiz)
        book = AddressBookDialog(cph)
        book.show()
        book.add_office()
        add = book.add_dialog
        assert add is not None
        add.identity.setText(aiz_identity.text())
        add.typed.setText(aiz_identity.fingerprint().lower())
        shoot(app, add, "transfer-2-add-office")
        add.accept()
        shoot(app, book, "transfer-1-identity")
        book.reject()
        cph_identity = bundles.own_identity(cph)
        bundles.add_office(aiz, cph_identity.text(), cph_identity.fingerprint())
        items = CaseService(cph).list_cases(CaseQuery()).items
        numbers = [str(item.case_number) for item in items[:3]]
        send = SendDialog(cph, numbers)
        send.show()
        shoot(app, send, "transfer-3-send")
        path = work / bundles.suggested_file_name()
        bundles.export_bundle(cph, ["AIZ"], numbers, path)
        send.reject()
        stranger = office("MZO", "Mizoram mobile team", 1)
        with stranger:
            bundles.add_office(stranger, aiz_identity.text(), aiz_identity.fingerprint())
            (work / "incoming").mkdir()
            other = work / "incoming" / bundles.suggested_file_name()
            bundles.export_bundle(
                stranger,
                ["AIZ"],
                [str(i.case_number) for i in CaseService(stranger).list_cases(CaseQuery()).items],
                other,
            )
        unknown = ReceiveDialog(aiz, other)
        unknown.show()
        unknown.start()
        settle(app, lambda: unknown.sender_box.isVisible())
        shoot(app, unknown, "transfer-4-unknown-sender")
        unknown.reject()
        received = ReceiveDialog(aiz, path)
        received.show()
        received.start()
        settle(app, lambda: received.result is not None)
        shoot(app, received, "transfer-5-received")
        received.reject()


def duplicates_screens(app: QApplication, work: Path) -> None:
    """The review of possible duplicates: a case registered again with another spelling."""
    from dataclasses import replace

    from asylum_desk.ui.duplicates_dialog import DuplicatesDialog

    created = create_vault(
        work / "duplicates-vault",
        office_code="CPH",
        office_name="Champhai field office",
        username="amara",
        passphrase=PASSPHRASE,
    )
    with created.vault as vault:
        service = CaseService(vault)
        cases = demo_cases()
        for case in cases:
            service.create_case(case)
        again = cases[0]
        again.applicant = replace(again.applicant, given_names="Min Thetpaing")
        number = service.create_case(replace(again, case_number=None))
        dialog = DuplicatesDialog(vault, number)
        dialog.show()
        settle(app, lambda: not dialog.busy)
        shoot(app, dialog, "duplicates-review")
        dialog.reject()


def statistics_screens(app: QApplication, work: Path) -> None:
    """Office › Statistics… on four copies of the demo cases (small counts still hidden)."""
    from dataclasses import replace

    from asylum_desk.ui.statistics_dialog import StatisticsDialog

    created = create_vault(
        work / "statistics-vault",
        office_code="CPH",
        office_name="Champhai field office",
        username="amara",
        passphrase=PASSPHRASE,
    )
    with created.vault as vault:
        service = CaseService(vault)
        for copy in range(4):
            for case in demo_cases():
                service.create_case(case if copy == 0 else replace(case, case_number=None))
        dialog = StatisticsDialog(vault)
        dialog.resize(1000, 680)
        dialog.show()
        settle(app, lambda: not dialog.busy and dialog.tabs.count() > 0)
        titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        dialog.tabs.setCurrentIndex(titles.index("Reason for flight"))
        shoot(app, dialog, "statistics")
        dialog.reject()


SCREENS = {
    "wizard": wizard_screens,
    "main": main_window_screens,
    "office": office_screens,
    "transfer": transfer_screens,
    "duplicates": duplicates_screens,
    "statistics": statistics_screens,
}


def main() -> int:
    """Take every screenshot (or only those of the groups named: wizard, main, office, …)."""
    wanted = sys.argv[1:] or list(SCREENS)
    unknown = [name for name in wanted if name not in SCREENS]
    if unknown:
        print(f"Unknown screens {unknown}; choose from {list(SCREENS)}.", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Asylum Desk")
    register_fonts()
    with tempfile.TemporaryDirectory(prefix="asylum-desk-shots-") as temporary:
        work = Path(temporary)
        for name in wanted:
            SCREENS[name](app, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
