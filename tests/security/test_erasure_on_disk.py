"""Promise 4: an erased case is not in the files afterwards, not even in freed pages.

The files are encrypted, so looking for a name in their raw bytes proves only that the
encryption works (promise 1, also checked here). To prove that erasure *overwrites*, these
tests look at the **decrypted** pages, every one of them, free pages included:

- ``vault.db`` is cut into its pages and each page is decrypted here, with the vault's raw
  data key and the ``cryptography`` library, exactly as SQLCipher 4 lays it out: 4096-byte
  pages, AES-256-CBC over the page minus an 80-byte reserved tail, the tail holding the
  16-byte IV then a 64-byte HMAC-SHA512; page 1 starts with the file's 16-byte salt instead
  of SQLite's header. Every page's HMAC (keyed by PBKDF2-HMAC-SHA512 of the key, 2 rounds,
  salt XOR 0x3a, over ciphertext, IV and page number) is checked first, so each scanned page
  is known to be decrypted with the right key, not garbage that matches nothing.
- ``vault.db-wal`` is cut into its frames (32-byte header, then a 24-byte frame header and
  one encrypted page each) and each frame's page is checked and decrypted the same way.
- ``sqlcipher_export`` or ``SELECT`` would show only live rows; reading the pages ourselves
  also covers free pages, the unused space inside pages, and overflow pages of scans.

A positive control proves the scan sees data: before erasure the erased case's values are
found in the decrypted pages, and afterwards a kept case's values still are. A negative
control proves the scan would catch a careless erasure: a plain ``DELETE`` leaves the
case's words in the (contentless) search index's pages, which the scan finds.

The values looked for: every canary in UTF-8, UTF-16-LE and UTF-16-BE, the scan's bytes,
and the exact words the search index held for the case (read through ``fts5vocab`` before
erasure; as the index stores a word after its neighbour's shared prefix, the part of each
word that no stored copy can leave out, see ``index_tails``), except those the kept case
shares and the case number's, which the audit trail keeps by design.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from sqlalchemy import select, text

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.model import Attachment, Case, Note, Person
from asylum_desk.services import retention
from asylum_desk.services.case_service import CaseService
from asylum_desk.services.drafts import DraftService
from asylum_desk.services.open_vault import OpenVault
from asylum_desk.services.vault_access import unlock
from asylum_desk.storage.case_repository import CaseRepository
from asylum_desk.storage.tables import CaseRow
from tests.conftest import (
    CANARY_ARABIC,
    CANARY_BURMESE,
    CANARY_NAME,
    CANARY_PLACE,
    CANARY_STATEMENT,
    PASSPHRASE,
    canary_case,
)

PAGE = 4096
RESERVE = 80  # 16-byte IV + 64-byte HMAC-SHA512
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24

CANARIES = [CANARY_NAME, CANARY_BURMESE, CANARY_ARABIC, CANARY_PLACE, CANARY_STATEMENT]
NOTE = "Screening note: Wrenfeather Oskoveld saw the order signed"
SCAN = ("Scan of police ID Quorvantix-Belmira " * 400).encode("utf-8")  # overflow pages
KEPT_NAME = "Keptonia Marrowvale"


def encodings(value: str) -> list[bytes]:
    return [value.encode("utf-8"), value.encode("utf-16-le"), value.encode("utf-16-be")]


class Decryptor:
    """Decrypts SQLCipher 4 pages of one vault with its raw data key, checking each HMAC."""

    def __init__(self, database: Path, key: bytes) -> None:
        self.key = key
        self.salt = database.read_bytes()[:SALT]
        hmac_salt = bytes(byte ^ 0x3A for byte in self.salt)
        self.hmac_key = hashlib.pbkdf2_hmac("sha512", key, hmac_salt, 2, 32)

    def page(self, number: int, raw: bytes) -> bytes:
        assert len(raw) == PAGE
        start = SALT if number == 1 else 0
        body, iv, tag = raw[start : PAGE - RESERVE], raw[PAGE - RESERVE : PAGE - 64], raw[-64:]
        expected = hmac.new(
            self.hmac_key, body + iv + number.to_bytes(4, "little"), hashlib.sha512
        ).digest()
        assert hmac.compare_digest(expected, tag), f"page {number}: HMAC does not match"
        decryptor = Cipher(algorithms.AES(self.key), modes.CBC(iv)).decryptor()
        return decryptor.update(body) + decryptor.finalize()

    def database_pages(self, path: Path) -> Iterator[bytes]:
        data = path.read_bytes()
        assert len(data) % PAGE == 0
        for index in range(len(data) // PAGE):
            yield self.page(index + 1, data[index * PAGE : (index + 1) * PAGE])

    def wal_pages(self, path: Path) -> Iterator[bytes]:
        if not path.exists():
            return
        data = path.read_bytes()
        if not data:
            return
        assert int.from_bytes(data[8:12], "big") == PAGE
        offset = WAL_HEADER
        while offset + FRAME_HEADER + PAGE <= len(data):
            number = int.from_bytes(data[offset : offset + 4], "big")
            frame = data[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
            yield self.page(number, frame)
            offset += FRAME_HEADER + PAGE
        assert offset == len(data), "the log ends in a partial frame"


def decrypted(vault: OpenVault) -> bytes:
    """Every page of the database and of its write-ahead log, decrypted, one after another."""
    decryptor = Decryptor(vault.files.database, vault.data_key)
    pages = list(decryptor.database_pages(vault.files.database))
    wal = vault.files.database.with_name(vault.files.database.name + "-wal")
    pages += list(decryptor.wal_pages(wal))
    return b"".join(pages)


def index_terms(vault: OpenVault, number: str | None = None) -> set[bytes]:
    """The words the search index holds: for one case, or all of them (through fts5vocab)."""
    with vault.transaction() as session:
        connection = session.connection()
        connection.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.terms "
            "USING fts5vocab(main, case_search, instance)"
        )
        if number is None:
            rows = connection.execute(text("SELECT DISTINCT term FROM temp.terms")).scalars()
        else:
            case_id = session.scalar(select(CaseRow.id).where(CaseRow.case_number == number))
            rows = connection.execute(
                text("SELECT DISTINCT term FROM temp.terms WHERE doc = :id"), {"id": case_id}
            ).scalars()
        terms = {str(term).encode("utf-8") for term in rows}
        connection.exec_driver_sql("DROP TABLE temp.terms")
    return terms


def _common_prefix(a: bytes, b: bytes) -> int:
    size = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        size += 1
    return size


def index_tails(vault: OpenVault, erased: str, kept: str) -> list[bytes]:
    """What any stored copy of the erased case's index words must contain.

    FTS5 stores a word in a leaf page as the suffix it does not share with the word before
    it. That word is one of the index's words, so every stored copy of a word ``t`` holds
    ``t[m:]``, where ``m`` is the longest prefix ``t`` shares with any other word. Words the
    kept case also has, the case number's and the office name's (in the settings) are left
    out.
    """
    everything = index_terms(vault)
    kept_anyway = f"{erased.replace('-', ' ')} {vault.office_name}".lower().split()
    shared = index_terms(vault, kept) | {word.encode() for word in kept_anyway}
    tails = []
    for term in index_terms(vault, erased) - shared:
        longest = max(_common_prefix(term, other) for other in everything if other != term)
        if len(term) - longest >= 5:
            tails.append(term[longest:])
    return sorted(tails)


def sensitive_values(vault: OpenVault, erased: str, kept: str) -> list[bytes]:
    """Everything of the erased case that must not survive, as bytes."""
    tails = index_tails(vault, erased, kept)
    assert len(tails) >= 4, tails  # the Latin name, the village, Burmese syllables...
    values = [encoded for value in [*CANARIES, NOTE] for encoded in encodings(value)]
    return [*values, SCAN[:64], *tails]


def plain_files(vault: OpenVault) -> list[Path]:
    return [path for path in vault.files.folder.iterdir() if path.is_file()]


def make_cases(vault: OpenVault) -> tuple[str, str]:
    service = CaseService(vault)
    case = canary_case()
    case.notes = [Note(NOTE, PartialDate(2026, 3, 11), "amara")]
    case.attachments = [Attachment("id-card.pdf", "application/pdf", SCAN, "police ID")]
    erased = service.create_case(case)
    kept = service.create_case(Case(applicant=Person(given_names=KEPT_NAME)))
    for step in range(3):  # earlier versions of the rows go to pages that get freed
        edited = service.get_case(erased)
        edited.flight.fears_on_return = f"arrest, step {step}"
        service.update_case(edited)
    DraftService(vault).save(f"case:{erased}", service.get_case(erased))
    service.close_case(erased, "returned home")
    retention.set_retention_years(vault, 1)
    return erased, kept


def assert_absent(data: bytes, values: list[bytes], where: str) -> None:
    for value in values:
        assert value not in data, f"{value[:40]!r} found in {where}"


def test_an_erased_case_is_in_no_page_of_the_database_or_its_log(
    vault: OpenVault, vault_path: Path
) -> None:
    erased, kept = make_cases(vault)
    values = sensitive_values(vault, erased, kept)
    with vault.engine.connect() as connection:
        assert int(connection.exec_driver_sql("PRAGMA page_size").scalar()) == PAGE
    # Positive control: the decrypted pages (database and log) show the case before erasure,
    # its values and every one of its index words.
    before = decrypted(vault)
    assert CANARY_NAME.encode() in before and NOTE.encode() in before and SCAN[:64] in before
    tails = index_tails(vault, erased, kept)
    assert all(tail in before for tail in tails), [t for t in tails if t not in before]

    report = retention.erase_cases(vault, [erased], date.today() + timedelta(days=400))

    assert report.free_space_overwritten
    after = decrypted(vault)
    assert KEPT_NAME.encode() in after  # the scan still sees live data
    assert_absent(after, values, "the decrypted pages while the vault is open")
    for path in plain_files(vault):
        assert_absent(path.read_bytes(), values, path.name)
    vault.close()
    with unlock(vault_path, "amara", PASSPHRASE) as reopened:
        at_rest = decrypted(reopened)
        assert KEPT_NAME.encode() in at_rest
        assert_absent(at_rest, values, "the decrypted pages after locking and unlocking")
        for path in plain_files(reopened):
            data = path.read_bytes()
            assert not data.startswith(b"SQLite format 3")
            assert_absent(data, values, path.name)


def test_the_scan_finds_what_a_plain_delete_leaves_behind(vault: OpenVault) -> None:
    """Negative control: without erasure's extra steps, the case's words stay on disk."""
    erased, kept = make_cases(vault)
    tails = index_tails(vault, erased, kept)
    DraftService(vault).discard(f"case:{erased}")
    with vault.transaction() as session:
        repository = CaseRepository(session)
        row = repository.row(erased)
        assert row is not None
        repository.delete(row)
    with vault.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    left = decrypted(vault)
    assert CANARY_NAME.encode() not in left  # secure_delete zeroed the rows themselves...
    assert all(tail in left for tail in tails)  # ...but the search index still has its words


@pytest.mark.parametrize("reader_open", [False, True])
def test_erasure_empties_the_log_file(vault: OpenVault, reader_open: bool) -> None:
    erased, kept = make_cases(vault)
    values = sensitive_values(vault, erased, kept)
    wal = vault.files.database.with_name(vault.files.database.name + "-wal")
    if reader_open:  # an idle connection (no transaction) does not stop the log being emptied
        with vault.engine.connect():
            retention.erase_cases(vault, [erased], date.today() + timedelta(days=400))
    else:
        retention.erase_cases(vault, [erased], date.today() + timedelta(days=400))
    assert not wal.exists() or wal.stat().st_size == 0
    assert_absent(decrypted(vault), values, "the decrypted pages")
