"""Encrypted case bundles between offices (issue 6): identity, address book, send, receive.

The office identity's private keys live only in the vault's ``settings`` table (inside the
encrypted database), never in a file. The address book is JSON under one settings key.

A bundle is a standard age file. Inside it, one JSON object::

    {"format": "asylum-desk-bundle", "version": 1,
     "manifest": "<JSON text>", "signature": "<base64 Ed25519>", "payload": "<interchange v1>"}

The manifest names the sender (its full public identity), the recipients, the case numbers,
the creation time and the payload's SHA-256; the signature covers ``SIGNED_PREFIX`` plus the
manifest text, so the payload is signed through its hash.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from asylum_desk.domain.enums import Role
from asylum_desk.domain.errors import CaseExistsError
from asylum_desk.domain.messages import text
from asylum_desk.interchange.errors import InterchangeError
from asylum_desk.security.atomic_write import write_file_atomic
from asylum_desk.security.office_identity import (
    IdentityError,
    PrivateIdentity,
    PublicIdentity,
    decrypt_with,
    encrypt_to,
    generate_identity,
    normalise_fingerprint,
    parse_public_identity,
    public_identity,
    sign,
    verify,
)
from asylum_desk.services import access
from asylum_desk.services.access import Action
from asylum_desk.services.merge import merge_received, record_exchange
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.transfer_files import (
    export_cases_in_session,
    import_cases_in_session,
    read_checked_cases,
)
from asylum_desk.storage.case_repository import CaseRepository
from asylum_desk.storage.tables import Setting

IDENTITY_SETTING = "office_identity"
ADDRESS_BOOK_SETTING = "office_address_book"
BUNDLE_FORMAT = "asylum-desk-bundle"
BUNDLE_VERSION = 1
SIGNED_PREFIX = b"asylum-desk-bundle-manifest:v1\n"
SUFFIX = ".adbundle"

Progress = Callable[[str, int, int], None]
"""``progress(stage, done, total)``: a short stage word ("Encrypting", "Merging"…) and counts."""


class BundleError(InterchangeError):
    """A bundle that cannot be received; nothing was changed."""

    def __init__(self, problem: str) -> None:
        super().__init__("", problem)


class UnknownSenderError(BundleError):
    """The bundle's sender is not in the address book."""

    def __init__(self, sender: PublicIdentity) -> None:
        fingerprint = sender.fingerprint()
        super().__init__(
            text(
                "the sender, office {office_code}, is not in your address book (fingerprint "
                "{fingerprint}). Compare the fingerprint with that office by phone, then add "
                "it (asylum-desk offices add) or import again with --accept-sender "
                "{fingerprint}.",
                office_code=sender.office_code,
                fingerprint=fingerprint,
            )
        )
        self.sender = sender


class BundleCaseExistsError(CaseExistsError):
    """A case in the bundle is already in this vault (no longer raised: such cases merge)."""

    def __init__(self, case_number: str) -> None:
        super().__init__(case_number)
        self.args = (
            text(
                "Case {case_number} is already in this vault; the bundle was not imported and "
                "nothing was changed (merging received cases into existing ones comes later).",
                case_number=case_number,
            ),
        )


@dataclass(frozen=True)
class Received:
    """What an imported bundle held and what became of it."""

    sender: PublicIdentity
    case_numbers: list[str]
    """Every case in the bundle, in its order."""
    created_at: str
    new_cases: list[str] = field(default_factory=list)
    """Cases this vault did not have: imported."""
    merged: list[str] = field(default_factory=list)
    """Cases this vault had: merged field by field."""
    conflicts: int = 0
    """New open conflicts kept for a supervisor (in the merged cases)."""


# --- identity and address book ------------------------------------------------------------


def _get(session: Session, key: str) -> str | None:
    return session.scalar(select(Setting.value).where(Setting.key == key))


def _put(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def _private_in(vault: OpenVault, session: Session) -> PrivateIdentity:
    stored = _get(session, IDENTITY_SETTING)
    if stored is not None:
        data = json.loads(stored)
        return PrivateIdentity(data["age"], base64.b64decode(data["ed25519"]))
    private = generate_identity()
    _put(
        session,
        IDENTITY_SETTING,
        json.dumps(
            {
                "age": private.age_secret,
                "ed25519": base64.b64encode(private.signing_secret).decode(),
            }
        ),
    )
    vault.audit(session, "create", "office_identity")
    return private


def _own(vault: OpenVault, session: Session) -> tuple[PrivateIdentity, PublicIdentity]:
    private = _private_in(vault, session)
    return private, public_identity(private, vault.office_code, vault.office_name)


def own_identity(vault: OpenVault) -> PublicIdentity:
    """The public identity of this office (the keys are made on first use)."""
    with vault.transaction() as session:
        return _own(vault, session)[1]


def _book(session: Session) -> list[PublicIdentity]:
    stored = _get(session, ADDRESS_BOOK_SETTING)
    return [parse_public_identity(line) for line in json.loads(stored)] if stored else []


def offices(vault: OpenVault) -> list[PublicIdentity]:
    """The other offices in the address book, by office code."""
    with vault.transaction() as session:
        return sorted(_book(session), key=lambda office: office.office_code)


def _add_in(vault: OpenVault, session: Session, office: PublicIdentity) -> None:
    vault.require_role(Role.ADMIN, Role.SUPERVISOR)
    own_code = vault.office_code
    if office.office_code == own_code:
        raise ValueError(
            text("Office {office_code} is this office; it needs no entry.", office_code=own_code)
        )
    book = _book(session)
    for known in book:
        if known.office_code == office.office_code:
            if known.fingerprint() == office.fingerprint():
                return
            raise ValueError(
                text(
                    "Office {office_code} is already in the address book with other keys "
                    "(fingerprint {fingerprint}); nothing was changed.",
                    office_code=office.office_code,
                    fingerprint=known.fingerprint(),
                )
            )
    book.append(office)
    _put(session, ADDRESS_BOOK_SETTING, json.dumps([known.text() for known in book]))
    vault.audit(
        session, "add", "office", detail=f"code={office.office_code} fp={office.fingerprint()}"
    )


def add_office(vault: OpenVault, line: str, accept_fingerprint: str) -> PublicIdentity:
    """Add another office (supervisors, admins) once its fingerprint was confirmed."""
    office = parse_public_identity(line)
    if normalise_fingerprint(accept_fingerprint) != office.fingerprint():
        raise ValueError(
            text(
                "The fingerprint does not match this identity ({fingerprint}); nothing was added.",
                fingerprint=office.fingerprint(),
            )
        )
    with vault.transaction() as session:
        _add_in(vault, session, office)
    return office


# --- sending --------------------------------------------------------------------------------


def suggested_file_name(when: datetime | None = None) -> str:
    """A file name with no personal data: only a timestamp."""
    moment = when or datetime.now(UTC)
    return f"bundle-{moment.strftime('%Y%m%d-%H%M%S')}{SUFFIX}"


def _step(progress: Progress | None, stage: str, done: int, total: int) -> None:
    if progress is not None:
        progress(stage, done, total)


def export_bundle(
    vault: OpenVault,
    recipients: list[str],
    case_numbers: list[str],
    out: Path | str,
    progress: Progress | None = None,
) -> list[str]:
    """Write the given cases to ``out`` as a signed bundle for the ``recipients`` offices.

    Role checks are export_cases's (one case: caseworkers; several: supervisors, admins).
    Each case sent is recorded as the base of a later merge with each recipient.
    ``progress(stage, done, total)`` is called from this thread. Returns the recipients'
    fingerprints.
    """
    if not case_numbers:
        raise ValueError(text("Name at least one case (--case)."))
    with vault.transaction() as session:
        private, own = _own(vault, session)
        book = {office.office_code: office for office in _book(session)}
    wanted = sorted({code.strip().upper() for code in recipients})
    if not wanted:
        raise ValueError(text("Name at least one recipient office (--to)."))
    unknown = [code for code in wanted if code not in book]
    if unknown:
        raise ValueError(
            text(
                "Office {office_code} is not in the address book; add it first (asylum-desk "
                "offices add); nothing was written.",
                office_code=unknown[0],
            )
        )
    targets = [book[code] for code in wanted]
    count = len(set(case_numbers))

    def write(document: str) -> None:
        _step(progress, text("Encrypting"), 0, 1)
        payload = document.encode("utf-8")
        manifest = json.dumps(
            {
                "sender": own.text(),
                "sender_fingerprint": own.fingerprint(),
                "recipients": [
                    {"office_code": t.office_code, "fingerprint": t.fingerprint()} for t in targets
                ],
                "case_numbers": list(case_numbers),
                "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "payload_sha256": hashlib.sha256(payload).hexdigest(),
            },
            ensure_ascii=False,
            sort_keys=True,
        )
        inner = json.dumps(
            {
                "format": BUNDLE_FORMAT,
                "version": BUNDLE_VERSION,
                "manifest": manifest,
                "signature": base64.b64encode(
                    sign(private, SIGNED_PREFIX + manifest.encode("utf-8"))
                ).decode("ascii"),
                "payload": document,
            },
            ensure_ascii=False,
        ).encode("utf-8")
        sealed = encrypt_to(targets, inner)
        _step(progress, text("Writing"), 0, 1)
        write_file_atomic(out, sealed)

    _step(progress, text("Reading cases"), 0, count)
    with vault.transaction() as session:
        _document, cases = export_cases_in_session(vault, session, case_numbers, write=write)
        _step(progress, text("Recording"), 0, len(cases))
        repository = CaseRepository(session)
        for done, case in enumerate(cases, 1):
            row = repository.row(str(case.case_number))
            if row is not None:
                for target in targets:
                    record_exchange(
                        session, row.id, target.office_code, target.fingerprint(), "sent", case
                    )
            _step(progress, text("Recording"), done, len(cases))
        vault.audit(session, "send", "bundle", detail=f"to={','.join(wanted)} count={count}")
    _step(progress, text("Done"), count, count)
    return [t.fingerprint() for t in targets]


# --- receiving ------------------------------------------------------------------------------


def _open(private: PrivateIdentity, data: bytes) -> tuple[dict[str, object], str, PublicIdentity]:
    """Decrypt and parse; returns the manifest, the payload and the claimed sender."""
    try:
        inner = json.loads(decrypt_with(private, data).decode("utf-8"))
        if inner.get("format") != BUNDLE_FORMAT:
            raise BundleError(text("this is not an Asylum Desk case bundle."))
        if inner.get("version") != BUNDLE_VERSION:
            raise BundleError(
                text("unsupported bundle version {version!r}.", version=inner.get("version"))
            )
        manifest_text = inner["manifest"]
        signature = base64.b64decode(inner["signature"], validate=True)
        payload = inner["payload"]
        manifest = json.loads(manifest_text)
        sender = parse_public_identity(manifest["sender"])
    except IdentityError as error:
        raise BundleError(error.args[0] if error.args else str(error)) from None
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error):
        raise BundleError(text("the bundle's contents are damaged.")) from None
    if not isinstance(payload, str) or not isinstance(manifest, dict):
        raise BundleError(text("the bundle's contents are damaged."))
    if not verify(sender, SIGNED_PREFIX + manifest_text.encode("utf-8"), signature):
        raise BundleError(text("the bundle's signature is not valid (changed or forged)."))
    if hashlib.sha256(payload.encode("utf-8")).hexdigest() != manifest.get("payload_sha256"):
        raise BundleError(text("the cases in the bundle do not match its signed manifest."))
    return manifest, payload, sender


def import_bundle(
    vault: OpenVault,
    data: bytes,
    accept_sender: str | None = None,
    progress: Progress | None = None,
) -> Received:
    """Decrypt, check the sender and signature, then import or merge every case, or none.

    A case this vault does not have is imported; one it has is merged field by field
    (``services.merge``): conflicting edits are kept for a supervisor. The cases, the
    sender's address-book entry (with ``accept_sender``), the merge bases and the receipt in
    the audit trail are written in one transaction. ``progress(stage, done, total)`` is
    called from this thread.
    """
    _step(progress, text("Checking signature"), 0, 1)
    with vault.transaction() as session:
        private, own = _own(vault, session)
    manifest, payload, sender = _open(private, data)
    if sender.office_code == vault.office_code:
        raise BundleError(
            text(
                "the bundle claims to come from this office ({office_code}); refused.",
                office_code=vault.office_code,
            )
        )
    recipients = manifest.get("recipients")
    if not isinstance(recipients, list) or own.fingerprint() not in {
        r.get("fingerprint") for r in recipients if isinstance(r, dict)
    }:
        raise BundleError(text("this office is not among the bundle's signed recipients."))
    _step(progress, text("Reading cases"), 0, 1)
    cases = read_checked_cases(payload)
    numbers = [case.case_number for case in cases]
    if any(number is None for number in numbers):
        raise BundleError(text("a case in the bundle has no case number."))
    fingerprint = sender.fingerprint()
    with vault.transaction() as session:
        add_sender = _check_sender(vault, session, sender, accept_sender)
        access.require(vault, session, Action.CREATE_CASES)
        repository = CaseRepository(session)
        existing = set(repository.existing_numbers([str(n) for n in numbers]))
        fresh = [case for case in cases if case.case_number not in existing]
        _step(progress, text("Importing"), 0, len(fresh))
        new_cases = import_cases_in_session(vault, repository, fresh) if fresh else []
        for case in fresh:
            row = repository.row(str(case.case_number))
            if row is not None:
                record_exchange(session, row.id, sender.office_code, fingerprint, "received", case)
        _step(progress, text("Importing"), len(fresh), len(fresh))
        merged: list[str] = []
        conflicts = 0
        others = [case for case in cases if case.case_number in existing]
        for done, case in enumerate(others):
            _step(progress, text("Merging"), done, len(others))
            outcome = merge_received(vault, repository, case, sender.office_code, fingerprint)
            merged.append(outcome.case_number)
            conflicts += outcome.conflicts
        _step(progress, text("Merging"), len(others), len(others))
        if add_sender:
            _add_in(vault, session, sender)
        vault.audit(
            session,
            "receive",
            "bundle",
            detail=f"from={sender.office_code} fp={fingerprint} new={len(new_cases)} "
            f"merged={len(merged)} conflicts={conflicts}",
        )
    _step(progress, text("Done"), len(cases), len(cases))
    return Received(
        sender=sender,
        case_numbers=[str(n) for n in numbers],
        created_at=str(manifest.get("created_at", "")),
        new_cases=new_cases,
        merged=merged,
        conflicts=conflicts,
    )


def _check_sender(
    vault: OpenVault, session: Session, sender: PublicIdentity, accept_sender: str | None
) -> bool:
    """Refuse a sender that is not in the address book; True when it is to be added."""
    known = {office.office_code: office for office in _book(session)}.get(sender.office_code)
    if known is not None and known.fingerprint() == sender.fingerprint():
        return False
    if known is not None:
        raise BundleError(
            text(
                "the bundle claims to come from office {office_code}, but its keys "
                "(fingerprint {fingerprint}) are not the ones in your address book "
                "({known_fingerprint}).",
                office_code=sender.office_code,
                fingerprint=sender.fingerprint(),
                known_fingerprint=known.fingerprint(),
            )
        )
    if accept_sender is None:
        raise UnknownSenderError(sender)
    if normalise_fingerprint(accept_sender) != sender.fingerprint():
        raise BundleError(
            text(
                "the sender's fingerprint is {fingerprint}, not the one given; "
                "nothing was changed.",
                fingerprint=sender.fingerprint(),
            )
        )
    vault.require_role(Role.ADMIN, Role.SUPERVISOR)
    return True
