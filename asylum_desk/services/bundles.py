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
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from asylum_desk.domain.enums import Role
from asylum_desk.domain.errors import CaseExistsError
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
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.transfer_files import export_cases, import_cases
from asylum_desk.storage.case_repository import CaseRepository
from asylum_desk.storage.tables import Setting

IDENTITY_SETTING = "office_identity"
ADDRESS_BOOK_SETTING = "office_address_book"
BUNDLE_FORMAT = "asylum-desk-bundle"
BUNDLE_VERSION = 1
SIGNED_PREFIX = b"asylum-desk-bundle-manifest:v1\n"
SUFFIX = ".adbundle"


class BundleError(InterchangeError):
    """A bundle that cannot be received; nothing was changed."""

    def __init__(self, problem: str) -> None:
        super().__init__("", problem)


class UnknownSenderError(BundleError):
    """The bundle's sender is not in the address book."""

    def __init__(self, sender: PublicIdentity) -> None:
        fingerprint = sender.fingerprint()
        super().__init__(
            f"the sender, office {sender.office_code}, is not in your address book "
            f"(fingerprint {fingerprint}). Compare the fingerprint with that office by "
            f"phone, then add it (asylum-desk offices add) or import again with "
            f"--accept-sender {fingerprint}."
        )
        self.sender = sender


class BundleCaseExistsError(CaseExistsError):
    """A case in the bundle is already in this vault (merging comes in a later version)."""

    def __init__(self, case_number: str) -> None:
        super().__init__(case_number)
        self.args = (
            f"Case {case_number} is already in this vault; the bundle was not imported and "
            "nothing was changed (merging received cases into existing ones comes later).",
        )


@dataclass(frozen=True)
class Received:
    """What an imported bundle held."""

    sender: PublicIdentity
    case_numbers: list[str]
    created_at: str


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
    return [parse_public_identity(text) for text in json.loads(stored)] if stored else []


def offices(vault: OpenVault) -> list[PublicIdentity]:
    """The other offices in the address book, by office code."""
    with vault.transaction() as session:
        return sorted(_book(session), key=lambda office: office.office_code)


def _add_in(vault: OpenVault, session: Session, office: PublicIdentity) -> None:
    vault.require_role(Role.ADMIN, Role.SUPERVISOR)
    if office.office_code == vault.office_code:
        raise ValueError(f"Office {office.office_code} is this office; it needs no entry.")
    book = _book(session)
    for known in book:
        if known.office_code == office.office_code:
            if known.fingerprint() == office.fingerprint():
                return
            raise ValueError(
                f"Office {office.office_code} is already in the address book with other keys "
                f"(fingerprint {known.fingerprint()}); nothing was changed."
            )
    book.append(office)
    _put(session, ADDRESS_BOOK_SETTING, json.dumps([known.text() for known in book]))
    vault.audit(
        session, "add", "office", detail=f"code={office.office_code} fp={office.fingerprint()}"
    )


def add_office(vault: OpenVault, text: str, accept_fingerprint: str) -> PublicIdentity:
    """Add another office (supervisors, admins) once its fingerprint was confirmed."""
    office = parse_public_identity(text)
    if normalise_fingerprint(accept_fingerprint) != office.fingerprint():
        raise ValueError(
            f"The fingerprint does not match this identity ({office.fingerprint()}); "
            "nothing was added."
        )
    with vault.transaction() as session:
        _add_in(vault, session, office)
    return office


# --- sending --------------------------------------------------------------------------------


def suggested_file_name(when: datetime | None = None) -> str:
    """A file name with no personal data: only a timestamp."""
    moment = when or datetime.now(UTC)
    return f"bundle-{moment.strftime('%Y%m%d-%H%M%S')}{SUFFIX}"


def export_bundle(
    vault: OpenVault, recipients: list[str], case_numbers: list[str], out: Path | str
) -> list[str]:
    """Write the given cases to ``out`` as a signed bundle for the ``recipients`` offices.

    Role checks are export_cases's (one case: caseworkers; several: supervisors, admins).
    Returns the recipients' fingerprints.
    """
    if not case_numbers:
        raise ValueError("Name at least one case (--case).")
    with vault.transaction() as session:
        private, own = _own(vault, session)
        book = {office.office_code: office for office in _book(session)}
    wanted = sorted({code.strip().upper() for code in recipients})
    if not wanted:
        raise ValueError("Name at least one recipient office (--to).")
    unknown = [code for code in wanted if code not in book]
    if unknown:
        raise ValueError(
            f"Office {unknown[0]} is not in the address book; add it first (asylum-desk "
            "offices add); nothing was written."
        )
    targets = [book[code] for code in wanted]

    def write(document: str) -> None:
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
        write_file_atomic(out, encrypt_to(targets, inner))

    export_cases(vault, case_numbers, write=write)
    with vault.transaction() as session:
        vault.audit(
            session,
            "send",
            "bundle",
            detail=f"to={','.join(wanted)} count={len(set(case_numbers))}",
        )
    return [t.fingerprint() for t in targets]


# --- receiving ------------------------------------------------------------------------------


def _open(private: PrivateIdentity, data: bytes) -> tuple[dict[str, object], str, PublicIdentity]:
    """Decrypt and parse; returns the manifest, the payload and the claimed sender."""
    try:
        inner = json.loads(decrypt_with(private, data).decode("utf-8"))
        if inner.get("format") != BUNDLE_FORMAT:
            raise BundleError("this is not an Asylum Desk case bundle.")
        if inner.get("version") != BUNDLE_VERSION:
            raise BundleError(f"unsupported bundle version {inner.get('version')!r}.")
        manifest_text = inner["manifest"]
        signature = base64.b64decode(inner["signature"], validate=True)
        payload = inner["payload"]
        manifest = json.loads(manifest_text)
        sender = parse_public_identity(manifest["sender"])
    except IdentityError as error:
        raise BundleError(str(error)) from None
    except (ValueError, KeyError, TypeError, AttributeError, binascii.Error):
        raise BundleError("the bundle's contents are damaged.") from None
    if not isinstance(payload, str) or not isinstance(manifest, dict):
        raise BundleError("the bundle's contents are damaged.")
    if not verify(sender, SIGNED_PREFIX + manifest_text.encode("utf-8"), signature):
        raise BundleError("the bundle's signature is not valid (changed or forged).")
    if hashlib.sha256(payload.encode("utf-8")).hexdigest() != manifest.get("payload_sha256"):
        raise BundleError("the cases in the bundle do not match its signed manifest.")
    return manifest, payload, sender


def import_bundle(vault: OpenVault, data: bytes, accept_sender: str | None = None) -> Received:
    """Decrypt, check the sender and signature, then import every case or none."""
    with vault.transaction() as session:
        private, own = _own(vault, session)
        book = {office.office_code: office for office in _book(session)}
    manifest, payload, sender = _open(private, data)
    if sender.office_code == vault.office_code:
        raise BundleError(
            f"the bundle claims to come from this office ({vault.office_code}); refused."
        )
    known = book.get(sender.office_code)
    add_sender = False
    if known is None or known.fingerprint() != sender.fingerprint():
        if known is not None:
            raise BundleError(
                f"the bundle claims to come from office {sender.office_code}, but its keys "
                f"(fingerprint {sender.fingerprint()}) are not the ones in your address book "
                f"({known.fingerprint()})."
            )
        if accept_sender is None:
            raise UnknownSenderError(sender)
        if normalise_fingerprint(accept_sender) != sender.fingerprint():
            raise BundleError(
                f"the sender's fingerprint is {sender.fingerprint()}, not the one given; "
                "nothing was changed."
            )
        vault.require_role(Role.ADMIN, Role.SUPERVISOR)
        add_sender = True
    recipients = manifest.get("recipients")
    if not isinstance(recipients, list) or own.fingerprint() not in {
        r.get("fingerprint") for r in recipients if isinstance(r, dict)
    }:
        raise BundleError("this office is not among the bundle's signed recipients.")
    with vault.transaction() as session:
        numbers = manifest.get("case_numbers")
        if isinstance(numbers, list):
            clashes = CaseRepository(session).existing_numbers([str(n) for n in numbers])
            if clashes:
                raise BundleCaseExistsError(clashes[0])
    try:
        imported = import_cases(vault, payload)
    except CaseExistsError as error:
        raise BundleCaseExistsError(error.case_number) from None
    with vault.transaction() as session:
        if add_sender:
            _add_in(vault, session, sender)
        vault.audit(
            session,
            "receive",
            "bundle",
            detail=f"from={sender.office_code} fp={sender.fingerprint()} count={len(imported)}",
        )
    return Received(sender, imported, str(manifest.get("created_at", "")))
