"""Compose a packet for one recipient: disclosure rules first, then the documents in order.

Everything here reads the disclosed copy of the case only, so nothing withheld can reach the
``PacketDocument`` the renderer draws.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date

from asylum_desk.domain.dates import PartialDate
from asylum_desk.domain.disclosure import (
    Disclosure,
    consent_for,
    disclose,
    shown_name,
)
from asylum_desk.domain.messages import text
from asylum_desk.domain.model import Case
from asylum_desk.packets.document import (
    Block,
    Fields,
    Heading,
    PacketDocument,
    Paragraph,
    Picture,
    Section,
    SignatureBoxes,
    Table,
)
from asylum_desk.packets.letters import NAMES_IN, document_title, filler, language_name_in
from asylum_desk.packets.templates import (
    Profile,
    applicant_languages,
    load_applicant_wording,
    load_profile,
)

LANGUAGE_NAMES: dict[str, str] = NAMES_IN["en"]
"""Names of the languages statements are taken in (other codes are printed as they are)."""

REASON_LABELS: dict[str, str] = {
    "refused_unlawful_order": "Refused an unlawful order",
    "political_opinion": "Political opinion (including imputed)",
    "protest_participation": "Participation in protests",
    "civil_disobedience": "Civil disobedience movement",
    "ethnicity": "Ethnicity",
    "religion": "Religion",
    "particular_social_group": "Membership of a particular social group",
    "generalised_violence": "Generalised violence",
    "forced_recruitment": "Forced recruitment",
    "other": "Other reason",
}

FAMILY_WITHHELD = "Further details of family members are withheld to protect them from reprisals."
NO_CONSENT = "No consent recorded for this recipient: identity and family details are withheld."
SIGNATURE_LABELS = ("Signature", "Right thumbprint", "Date")

_MISSING: dict[str, str] = {
    "name_original_script": text("The name in Burmese script is missing."),
    "statement": text("The statement is missing."),
    "statement_translation": text("The statement has no translation."),
    "interpreter": text("No interpreter is recorded."),
    "consent": text("No consent is recorded for this recipient."),
    "date_of_arrival": text("The date of arrival is missing."),
    "place_of_origin": text("The home address in the country of origin is missing."),
    "current_location": text("The current address in the host country is missing."),
    "coi": text("No country-of-origin information is cited."),
}


@dataclass(frozen=True, slots=True)
class DocumentChoice:
    """One document of a packet as the user chooses it; required ones cannot be left out."""

    key: str
    title: str
    required: bool = False


DOCUMENT_CHOICES: tuple[DocumentChoice, ...] = (
    DocumentChoice("cover_letter", text("Cover letter"), required=True),
    DocumentChoice("data_sheet", text("Application data sheet")),
    DocumentChoice("statement", text("Statement of reasons for flight")),
    DocumentChoice("service", text("Service and refusal annex")),
    DocumentChoice("family", text("Family and dependents annex")),
    DocumentChoice("crossing", text("Border crossing and current situation")),
    DocumentChoice("documents", text("Annex of supporting documents")),
    DocumentChoice("coi", text("Annex of country-of-origin information")),
    DocumentChoice("declaration", text("Declaration by the applicant"), required=True),
    DocumentChoice("interpreter", text("Interpreter's certificate")),
    DocumentChoice("caseworker", text("Caseworker's certificate")),
    DocumentChoice("consent", text("Consent record"), required=True),
)
"""Every document a packet can hold, in packet order (the index is made from those present)."""


def default_applicant_language(case: Case) -> str:
    """The statement's language when there is declaration wording in it, else Burmese."""
    statement = case.flight.statement
    spoken = statement.language if statement else None
    return spoken if spoken and spoken in applicant_languages() else "my"


def _chosen_documents(include: Collection[str] | None) -> set[str]:
    keys = {choice.key for choice in DOCUMENT_CHOICES}
    if include is None:
        return keys
    unknown = sorted(set(include) - keys)
    if unknown:
        raise ValueError(text("A packet has no document called {names}.", names=", ".join(unknown)))
    return set(include) | {choice.key for choice in DOCUMENT_CHOICES if choice.required}


def language_name(code: str | None) -> str:
    """The English name of a language code (the code itself when unknown)."""
    if not code:
        return "the applicant's language"
    return LANGUAGE_NAMES.get(code, code)


def packet_file_name(case_number: str, packet_date: date) -> str:
    """A neutral file name: no names, no procedure (``CPH-2026-0042_2026-11-25.pdf``)."""
    safe = "".join(
        char for char in case_number if char.isascii() and (char.isalnum() or char in "-")
    )
    return f"{safe or 'packet'}_{packet_date.isoformat()}.pdf"


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, PartialDate):
        return str(value) if value.is_complete else f"{value} (approx.)"
    return str(value)


def _rows(pairs: Iterable[tuple[str, object]]) -> tuple[tuple[str, str], ...]:
    """Label/value rows, leaving out the empty ones."""
    return tuple((label, _text(value)) for label, value in pairs if value not in (None, "", []))


def _paragraphs(text: str | None, language: str = "en", style: str = "body") -> list[Block]:
    if not text:
        return []
    return [Paragraph(part.strip(), language, style) for part in text.split("\n") if part.strip()]


class _Composer:
    """Builds the sections of one packet from a disclosed case."""

    def __init__(
        self,
        case: Case,
        disclosure: Disclosure,
        profile: Profile,
        values: dict[str, str],
        applicant_language: str = "my",
        english: Profile | None = None,
    ) -> None:
        self.applicant_language = applicant_language
        self.english = english or profile
        self.case = case
        self.disclosure = disclosure
        self.profile = profile
        self.values = values

    def fill(self, text: str) -> str:
        return text.format_map(self.values)

    def title(self, key: str) -> str:
        """A document's title in the letter's language when the profile words it."""
        default = next(choice.title for choice in DOCUMENT_CHOICES if choice.key == key)
        return document_title(self.profile, key, default)

    def cover_letter(self) -> Section:
        blocks: list[Block] = [Paragraph(self.values["date"]), *_paragraphs(self.profile.addressee)]
        blocks.append(Paragraph(self.profile.wording.confidentiality_notice, style="notice"))
        for paragraph in self.profile.wording.cover_letter:
            blocks.extend(_paragraphs(self.fill(paragraph)))
        return Section(self.title("cover_letter"), tuple(blocks))

    def data_sheet(self) -> Section:
        person = self.case.applicant
        origin = person.place_of_origin
        place = ", ".join(
            part
            for part in (
                (origin.village, origin.township, origin.region, origin.country) if origin else ()
            )
            if part
        )
        anonymous_name = self.disclosure.name_disclosed is False
        crossing = self.case.crossing
        pairs: list[tuple[str, object]] = [
            ("Case number", self.case.case_number),
            (
                "Name used in this application" if anonymous_name else "Name",
                shown_name(person),
            ),
            ("Name in original script", person.name_original_script),
            ("Other names used", ", ".join(person.aliases)),
            ("Sex", person.sex.value if person.sex else None),
            ("Date of birth", person.date_of_birth),
            ("Nationality", person.nationality),
            ("Ethnicity", person.ethnicity),
            ("Religion", person.religion),
            ("Languages", ", ".join(language_name(code) for code in person.languages)),
            ("Occupation", person.occupation),
            ("Place of origin", place),
            ("Date of arrival", crossing.date if crossing else None),
            ("Current location", crossing.current_location if crossing else None),
            ("Contact", person.contact),
            (
                "Specific needs",
                ", ".join(v.value.replace("_", " ") for v in self.case.vulnerabilities),
            ),
        ]
        blocks: list[Block] = [Fields(_rows(pairs))]
        if anonymous_name:
            blocks.append(
                Paragraph(
                    "The applicant asked not to be named; identifying details are withheld.",
                    style="small",
                )
            )
        return Section("Application data sheet", tuple(blocks))

    def statement(self) -> Section:
        flight = self.case.flight
        blocks: list[Block] = []
        if flight.reasons:
            blocks.append(Heading("Reasons for flight"))
            blocks.append(
                Fields(
                    tuple(
                        (REASON_LABELS.get(r.category.value, r.category.value), r.detail or "")
                        for r in flight.reasons
                    )
                )
            )
        statement = flight.statement
        if statement and statement.text:
            name = language_name(statement.language)
            blocks.append(Heading(f"Statement of the applicant (original, {name})"))
            blocks.extend(_paragraphs(statement.text, statement.language or "en"))
        if statement and statement.translation:
            blocks.append(Heading("Translation into English"))
            blocks.extend(_paragraphs(statement.translation))
        if statement and statement.interpreter:
            blocks.append(Paragraph(f"Interpreter: {statement.interpreter}", style="small"))
        if flight.events:
            blocks.append(Heading("Timeline"))
            blocks.append(
                Table(
                    ("Date", "Event", "Place"),
                    tuple((_text(e.date), e.description, e.place or "") for e in flight.events),
                    (0.2, 0.55, 0.25),
                )
            )
        if flight.fears_on_return:
            blocks.append(Heading("Fears on return"))
            blocks.extend(_paragraphs(flight.fears_on_return))
        return Section("Statement of reasons for flight", tuple(blocks))

    def service(self) -> Section:
        record = self.case.service_record
        if record is None:
            return Section("Service and refusal annex", ())
        blocks: list[Block] = [
            Fields(
                _rows(
                    [
                        ("Force", record.force),
                        ("Unit", record.unit),
                        ("Station", record.station),
                        ("Rank", record.rank),
                        ("Service number", record.service_number),
                        ("Joined", record.joined_on),
                        ("Left", record.left_on),
                        ("Duties", record.duties),
                        ("Deployments to protests", record.protest_deployments),
                    ]
                )
            )
        ]
        if record.orders:
            blocks.append(Heading("Orders received"))
            blocks.append(
                Table(
                    ("Date", "Order", "Issuing rank"),
                    tuple((_text(o.date), o.content, o.issuing_rank or "") for o in record.orders),
                    (0.2, 0.55, 0.25),
                )
            )
        refusal = record.refusal
        if refusal is not None:
            blocks.append(Heading("The refusal"))
            blocks.append(
                Fields(
                    _rows(
                        [
                            ("What was refused", refusal.what),
                            ("Date", refusal.date),
                            ("How", refusal.how),
                            ("Witnesses", refusal.witnesses),
                        ]
                    )
                )
            )
        for title, written in (
            ("Separation from the service", record.separation),
            ("Consequences known", record.consequences),
            ("Conduct statement", record.conduct_statement),
        ):
            if written:
                blocks.append(Heading(title))
                blocks.extend(_paragraphs(written))
        if record.colleagues_who_fled:
            blocks.append(
                Paragraph(
                    "Colleagues who also fled (pseudonyms): "
                    + ", ".join(record.colleagues_who_fled)
                )
            )
        return Section("Service and refusal annex", tuple(blocks))

    def family(self) -> Section:
        blocks: list[Block] = []
        if self.case.dependents:
            blocks.append(Heading("Dependents accompanying the applicant"))
            blocks.append(
                Table(
                    ("Relationship", "Name", "Sex", "Date of birth"),
                    tuple(
                        (
                            d.relationship or "",
                            d.full_name or d.name_original_script or "withheld",
                            d.sex.value if d.sex else "",
                            _text(d.date_of_birth),
                        )
                        for d in self.case.dependents
                    ),
                )
            )
        members = self.case.family_left_behind
        if members:
            blocks.append(Heading("Family members in the country of origin"))
            rows = []
            for m in members:
                loc = m.location
                where = ", ".join(
                    p for p in ((loc.exact, loc.region, loc.country) if loc else ()) if p
                )
                rows.append(
                    (
                        m.relationship,
                        m.name or "withheld",
                        where or "withheld",
                        m.situation.value.replace("_", " "),
                        _text(m.last_contact),
                    )
                )
            blocks.append(
                Table(
                    ("Relationship", "Name", "Location", "Situation", "Last contact"), tuple(rows)
                )
            )
            if not self.disclosure.family_disclosed:
                blocks.append(Paragraph(FAMILY_WITHHELD, style="notice"))
        return Section("Family and dependents annex", tuple(blocks))

    def crossing(self) -> Section:
        c = self.case.crossing
        if c is None:
            return Section("Border crossing and current situation", ())
        rows = _rows(
            [
                ("Date of crossing", c.date),
                ("Crossing point", c.crossing_point),
                ("District", c.district),
                ("State", c.state),
                ("Country", c.country),
                ("Route", c.route),
                ("Travelled with", c.travelled_with),
                ("Received by", c.received_by),
                ("Current location", c.current_location),
            ]
        )
        return Section("Border crossing and current situation", (Fields(rows),) if rows else ())

    def documents(self) -> tuple[Section, list[tuple[str, bytes]]]:
        blocks: list[Block] = []
        pdfs: list[tuple[str, bytes]] = []
        if self.case.documents:
            blocks.append(Heading("Identity documents"))
            blocks.append(
                Table(
                    ("Document", "Number", "Original held", "Notes"),
                    tuple(
                        (d.kind, d.number or "withheld", _text(d.held), d.description or "")
                        for d in self.case.documents
                    ),
                )
            )
        for number, attachment in enumerate(self.case.attachments, start=1):
            caption = f"Exhibit {number}" + (
                f": {attachment.description}" if attachment.description else ""
            )
            if attachment.media_type in ("image/png", "image/jpeg"):
                blocks.append(Picture(attachment.content, caption))
            elif attachment.media_type == "application/pdf":
                pdfs.append((caption, attachment.content))
        missing = [d for d in self.case.documents if not d.held]
        if missing:
            blocks.append(Heading("Missing documents"))
            blocks.append(Paragraph(self.profile.wording.missing_documents_intro))
            for d in missing:
                blocks.append(
                    Paragraph(f"{d.kind}" + (f" — {d.description}" if d.description else ""))
                )
        return Section("Annex of supporting documents", tuple(blocks)), pdfs

    def coi(self) -> Section:
        blocks: list[Block] = []
        for number, ref in enumerate(self.case.coi_refs, start=1):
            blocks.append(Heading(f"{number}. {ref.title}", level=3))
            blocks.append(
                Fields(
                    _rows(
                        [
                            ("Publisher", ref.publisher),
                            ("Title", f"“{ref.title}”"),
                            ("Document type", ref.document_type),
                            ("Date of publication", ref.date),
                            ("Address", ref.url),
                            ("Accessed on", ref.accessed_on),
                            ("Pinpoint", ref.pinpoint),
                            ("Supports", ref.supports),
                        ]
                    )
                )
            )
            if ref.excerpt:
                blocks.append(Paragraph(f"“{ref.excerpt}”", style="quote"))
        return Section("Annex of country-of-origin information", tuple(blocks))

    def declaration(self) -> Section:
        blocks: list[Block] = [
            Paragraph(self.fill(text)) for text in self.profile.wording.declaration
        ]
        if self.profile.language != "en":  # the declaration is always in English too
            blocks.append(Heading("In English"))
            blocks.extend(Paragraph(self.fill(text)) for text in self.english.wording.declaration)
        if self.applicant_language not in ("en", self.profile.language):
            own = load_applicant_wording(self.applicant_language)
            blocks.append(Heading(f"In {own.language_name}"))
            blocks.extend(Paragraph(text, own.language) for text in own.declaration)
        blocks.append(SignatureBoxes(SIGNATURE_LABELS))
        return Section(self.title("declaration"), tuple(blocks))

    def interpreter(self) -> Section:
        blocks: list[Block] = [
            Paragraph(self.fill(text)) for text in self.profile.wording.interpreter_certificate
        ]
        blocks.append(SignatureBoxes(("Interpreter's signature", "Date")))
        return Section(self.title("interpreter"), tuple(blocks))

    def caseworker(self) -> Section:
        blocks: list[Block] = [
            Paragraph(self.fill(text)) for text in self.profile.wording.caseworker_certificate
        ]
        blocks.append(SignatureBoxes(("Caseworker's signature", "Office stamp")))
        return Section(self.title("caseworker"), tuple(blocks))

    def consent(self) -> Section:
        consent = consent_for(self.case, self.profile.recipient)
        if consent is None:
            return Section(self.title("consent"), (Paragraph(NO_CONSENT, style="notice"),))
        rows = (
            ("Recipient", self.profile.label),
            ("Identity may be disclosed", _text(consent.disclose_identity)),
            ("Family may be disclosed", _text(consent.disclose_family)),
            ("Date of consent", _text(consent.given_on)),
            ("Obtained by", consent.obtained_by or ""),
            ("Interpreter", consent.interpreter or ""),
        )
        intro = Paragraph(self.profile.wording.consent_record_intro)
        return Section(self.title("consent"), (intro, Fields(rows)))


def compose_packet(
    case: Case,
    recipient: str,
    *,
    office_name: str,
    caseworker: str,
    packet_date: date,
    language: str | None = None,
    include: Collection[str] | None = None,
    letter_language: str = "en",
) -> tuple[PacketDocument, Disclosure]:
    """Build the packet for ``recipient`` from what the disclosure rules let through.

    ``language`` is the applicant's: the declaration is in English and, unless that is
    ``en``, in this language too (None: the statement's language when there is wording for
    it, else Burmese). The recipient's own wording comes from the recipient's template.
    ``include`` names the optional documents to put in (keys of ``DOCUMENT_CHOICES``; all of
    them when None); the required ones are always there. Unknown keys are refused.
    ``letter_language`` is the recipient's wording's (English when the recipient has none in
    it); a declaration in another language than English is followed by the English one.
    """
    wanted = _chosen_documents(include)
    applicant_language = language or default_applicant_language(case)
    if applicant_language not in applicant_languages():
        known = ", ".join(applicant_languages())
        raise ValueError(
            text(
                "There is no declaration wording in {language!r} ({known}).",
                language=applicant_language,
                known=known,
            )
        )
    profile = load_profile(recipient, letter_language)
    english = load_profile(recipient) if profile.language != "en" else profile
    letter = profile.language
    disclosed = disclose(case, recipient, recipient_class=profile.recipient_class)
    shown = disclosed.case
    statement = shown.flight.statement
    values = {
        "case_number": shown.case_number or "",
        "office_name": office_name,
        "display_name": shown_name(shown.applicant),
        "date": packet_date.isoformat(),
        "arrival_date": _text(shown.crossing.date if shown.crossing else None)
        or filler("arrival_date", letter),
        "caseworker": caseworker,
        "title": profile.title,
        "recipient_label": profile.label,
        "addressee": profile.addressee,
        "interpreter": (statement.interpreter if statement else None)
        or filler("interpreter", letter),
        "language": language_name_in(statement.language if statement else None, letter),
    }
    composer = _Composer(shown, disclosed.disclosure, profile, values, applicant_language, english)
    pdfs: list[tuple[str, bytes]] = []
    sections: list[Section] = []
    for choice in DOCUMENT_CHOICES:
        if choice.key not in wanted:
            continue
        if choice.key == "documents":
            section, pdfs = composer.documents()
        else:
            section = getattr(composer, choice.key)()
        if section.blocks or choice.required:
            sections.append(section)
    document = PacketDocument(
        case_number=shown.case_number or "",
        packet_date=packet_date,
        office_name=office_name,
        recipient_label=profile.label,
        confidentiality_line=profile.wording.confidentiality_line,
        index_title=profile.wording.index_title,
        sections=tuple(sections),
        appended_pdfs=tuple(pdfs),
        language=profile.language,
    )
    return document, disclosed.disclosure


def completeness_problems(case: Case, recipient: str) -> list[str]:
    """What the recipient's procedure needs that the case does not have yet."""
    profile = load_profile(recipient)  # refuses the country of origin's authorities
    statement = case.flight.statement
    crossing = case.crossing
    origin = case.applicant.place_of_origin
    present = {
        "name_original_script": bool(case.applicant.name_original_script),
        "statement": bool(statement and statement.text),
        "statement_translation": bool(
            statement and (statement.translation or (statement.text and statement.language == "en"))
        ),
        "interpreter": bool(statement and statement.interpreter),
        "consent": consent_for(case, recipient) is not None,
        "date_of_arrival": bool(crossing and crossing.date),
        "place_of_origin": bool(origin and (origin.township or origin.village or origin.region)),
        "current_location": bool(crossing and crossing.current_location),
        "coi": bool(case.coi_refs),
    }
    return [_MISSING[need] for need in profile.procedure_needs if not present[need]]
