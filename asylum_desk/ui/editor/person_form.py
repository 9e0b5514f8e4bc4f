"""The form for one person (the applicant or a dependent): identity, background, anonymity."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from asylum_desk.domain.model import Anonymity, Dependent, Person, PlaceOfOrigin, ServiceDetails
from asylum_desk.ui.editor.fields import (
    CodeEdit,
    CodeListEdit,
    EnumCombo,
    PartialDateEdit,
    StringListEdit,
    line_edit,
    text_or_none,
)
from asylum_desk.ui.editor.form import Form, Problem, group, plain
from asylum_desk.ui.editor.labels import SEX_LABELS, translated


class PersonForm(QWidget):
    """Every field of a ``Person`` (and a dependent's relationship), in two columns."""

    edited = Signal()
    anonymity_changed = Signal()

    def __init__(self, prefix: str, dependent: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self._dependent = dependent
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(12)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(12)
        right.setSpacing(12)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.forms: list[Form] = []

        anonymity = self._form()
        if dependent:
            self.anonymous = QCheckBox(self.tr("Dependent as&ked not to be named"))
        else:
            self.anonymous = QCheckBox(self.tr("Applicant as&ked not to be named"))
        self.anonymous.setAccessibleName(plain(self.anonymous.text()))
        anonymity.layout.addRow(self.anonymous)
        self.pseudonym = line_edit(self.tr("e.g. Applicant K"))
        anonymity.add(
            self.tr("&Pseudonym"),
            self.pseudonym,
            "anonymity.pseudonym",
            self.tr("Used instead of the name everywhere outside this case."),
        )
        left.addWidget(group(self.tr("Anonymity"), anonymity.layout))

        identity = self._form()
        self.relationship = line_edit(self.tr("e.g. husband, daughter, grandson"))
        if dependent:
            identity.add(self.tr("Relationship to applicant"), self.relationship, "relationship")
        self.given_names = line_edit(self.tr("e.g. Aung Ko Ko"))
        identity.add(self.tr("&Given names"), self.given_names, "given_names")
        self.family_name = line_edit()
        identity.add(
            self.tr("Famil&y name"),
            self.family_name,
            "family_name",
            self.tr("Leave empty if there is none: many Burmese names have none."),
        )
        self.original_script = line_edit(self.tr("in Burmese script, e.g. အောင်ကိုကို"))
        identity.add(
            self.tr("Name in &Burmese script"), self.original_script, "name_original_script"
        )
        self.aliases = StringListEdit()
        identity.add(
            self.tr("Al&iases, spellings"),
            self.aliases,
            "aliases",
            self.tr("One per line: other transliterations, nicknames, the name on documents."),
        )
        self.sex = EnumCombo(translated(SEX_LABELS), none_label=self.tr("— not recorded —"))
        identity.add(self.tr("Se&x"), self.sex, "sex")
        self.date_of_birth = PartialDateEdit()
        identity.add(self.tr("&Date of birth"), self.date_of_birth, "date_of_birth")
        self.nationality = CodeEdit(self.tr("e.g. MMR"))
        identity.add(self.tr("&Nationality"), self.nationality, "nationality")
        left.addWidget(group(self.tr("Identity"), identity.layout))
        left.addStretch(1)

        background = self._form()
        self.ethnicity = line_edit(self.tr("e.g. Chin (Zo)"))
        background.add(self.tr("E&thnicity"), self.ethnicity, "ethnicity")
        self.religion = line_edit()
        background.add(self.tr("&Religion"), self.religion, "religion")
        self.languages = CodeListEdit()
        self.languages.setPlaceholderText(self.tr("language codes, e.g. my, en, ctd"))
        background.add(self.tr("&Languages"), self.languages, "languages")
        self.occupation = line_edit(self.tr("e.g. Police constable, teacher, farmer"))
        background.add(self.tr("&Occupation"), self.occupation, "occupation")
        self.contact = line_edit(self.tr("e.g. via caseworker only"))
        background.add(self.tr("Contact in &host country"), self.contact, "contact")
        right.addWidget(group(self.tr("Background"), background.layout))

        service = self._form()
        self.force = line_edit(self.tr("e.g. Myanmar Police Force"))
        service.add(self.tr("Force"), self.force, "service.force")
        self.rank = line_edit()
        service.add(self.tr("Rank"), self.rank, "service.rank")
        self.unit = line_edit()
        service.add(self.tr("Unit"), self.unit, "service.unit")
        self.service_number = line_edit()
        service.add(self.tr("Service number"), self.service_number, "service.service_number")
        self.service_box = group(self.tr("Police or armed forces"), service.layout)
        self.service_box.setCheckable(True)
        self.service_box.setChecked(False)
        self.service_box.setAccessibleName(self.tr("Served in police or armed forces"))
        right.addWidget(self.service_box)

        origin = self._form()
        self.origin_country = CodeEdit(self.tr("e.g. MMR"))
        origin.add(self.tr("Country"), self.origin_country, "place_of_origin.country")
        self.region = line_edit(self.tr("e.g. Sagaing Region"))
        origin.add(self.tr("Region or state"), self.region, "place_of_origin.region")
        self.township = line_edit()
        origin.add(self.tr("Township"), self.township, "place_of_origin.township")
        self.village = line_edit()
        origin.add(self.tr("Village or ward"), self.village, "place_of_origin.village")
        self.origin_box = group(self.tr("Place of origin"), origin.layout)
        self.origin_box.setCheckable(True)
        self.origin_box.setChecked(False)
        self.origin_box.setAccessibleName(self.tr("Place of origin recorded"))
        right.addWidget(self.origin_box)
        right.addStretch(1)

        for widget in self._inputs():
            if isinstance(widget, EnumCombo):
                widget.value_changed.connect(self.edited)
            elif isinstance(widget, (QCheckBox, QGroupBox)):
                widget.toggled.connect(self.edited)
            else:
                widget.textChanged.connect(self.edited)
        self.anonymous.toggled.connect(self._anonymity_toggled)
        self.pseudonym.textChanged.connect(self.anonymity_changed)
        self._anonymity_toggled()

    def _form(self) -> Form:
        form = Form(self.prefix.split("[", 1)[0])
        self.forms.append(form)
        return form

    def _inputs(self) -> list[QWidget]:
        return [
            self.anonymous,
            self.pseudonym,
            self.relationship,
            self.given_names,
            self.family_name,
            self.original_script,
            self.aliases,
            self.sex,
            self.date_of_birth,
            self.nationality,
            self.ethnicity,
            self.religion,
            self.languages,
            self.occupation,
            self.contact,
            self.service_box,
            self.force,
            self.rank,
            self.unit,
            self.service_number,
            self.origin_box,
            self.origin_country,
            self.region,
            self.township,
            self.village,
        ]

    def _anonymity_toggled(self) -> None:
        self.pseudonym.setEnabled(self.anonymous.isChecked() or bool(self.pseudonym.text()))
        self.anonymity_changed.emit()

    def load(self, person: Person) -> None:
        """Show a person (a ``Dependent`` also fills the relationship)."""
        self.anonymous.setChecked(person.anonymity.requested)
        self.pseudonym.setText(person.anonymity.pseudonym or "")
        self.relationship.setText(getattr(person, "relationship", None) or "")
        self.given_names.setText(person.given_names or "")
        self.family_name.setText(person.family_name or "")
        self.original_script.setText(person.name_original_script or "")
        self.aliases.set_strings(person.aliases)
        self.sex.set_value(person.sex)
        self.date_of_birth.set_date(person.date_of_birth)
        self.nationality.setText(person.nationality or "")
        self.ethnicity.setText(person.ethnicity or "")
        self.religion.setText(person.religion or "")
        self.languages.set_codes(person.languages)
        self.occupation.setText(person.occupation or "")
        self.contact.setText(person.contact or "")
        service = person.service
        self.service_box.setChecked(service is not None)
        service = service or ServiceDetails()
        self.force.setText(service.force or "")
        self.rank.setText(service.rank or "")
        self.unit.setText(service.unit or "")
        self.service_number.setText(service.service_number or "")
        origin = person.place_of_origin
        self.origin_box.setChecked(origin is not None)
        origin = origin or PlaceOfOrigin()
        self.origin_country.setText(origin.country or "")
        self.region.setText(origin.region or "")
        self.township.setText(origin.township or "")
        self.village.setText(origin.village or "")
        self._anonymity_toggled()

    def person(self) -> Person:
        """The person as typed (a ``Dependent`` when this form edits dependents)."""
        values = {
            "given_names": text_or_none(self.given_names.text()),
            "family_name": text_or_none(self.family_name.text()),
            "name_original_script": text_or_none(self.original_script.text()),
            "aliases": self.aliases.strings(),
            "sex": self.sex.value(),
            "date_of_birth": self.date_of_birth.date(),
            "nationality": text_or_none(self.nationality.text()),
            "ethnicity": text_or_none(self.ethnicity.text()),
            "religion": text_or_none(self.religion.text()),
            "languages": self.languages.codes(),
            "occupation": text_or_none(self.occupation.text()),
            "service": self._service(),
            "place_of_origin": self._origin(),
            "contact": text_or_none(self.contact.text()),
            "anonymity": Anonymity(self.anonymous.isChecked(), text_or_none(self.pseudonym.text())),
        }
        if self._dependent:
            return Dependent(relationship=text_or_none(self.relationship.text()), **values)
        return Person(**values)

    def _service(self) -> ServiceDetails | None:
        if not self.service_box.isChecked():
            return None
        return ServiceDetails(
            force=text_or_none(self.force.text()),
            rank=text_or_none(self.rank.text()),
            unit=text_or_none(self.unit.text()),
            service_number=text_or_none(self.service_number.text()),
        )

    def _origin(self) -> PlaceOfOrigin | None:
        if not self.origin_box.isChecked():
            return None
        return PlaceOfOrigin(
            country=text_or_none(self.origin_country.text()),
            region=text_or_none(self.region.text()),
            township=text_or_none(self.township.text()),
            village=text_or_none(self.village.text()),
        )

    def raw_dates(self) -> dict[str, str]:
        """Date texts that are not dates, by key (kept so a dependent's typo is not lost)."""
        problem = self.date_of_birth.problem()
        return {"date_of_birth": self.date_of_birth.text()} if problem else {}

    def set_raw_dates(self, raw: Mapping[str, str]) -> None:
        if "date_of_birth" in raw:
            self.date_of_birth.setText(raw["date_of_birth"])

    def input_problems(self) -> list[Problem]:
        problem = self.date_of_birth.problem()
        return [(f"{self.prefix}.date_of_birth", problem)] if problem else []

    def show_problems(self, problems: Mapping[str, str]) -> None:
        for form in self.forms:
            form.show_problems(problems, self.prefix)
