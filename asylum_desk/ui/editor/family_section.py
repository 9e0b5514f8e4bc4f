"""Relatives left behind: the most dangerous data in a case, kept to what is needed."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from asylum_desk.domain.model import FamilyLocation, FamilyMember
from asylum_desk.ui.editor.form import WARNING_STYLE, banner
from asylum_desk.ui.editor.labels import DATE_PLACEHOLDER, GRANULARITY_LABELS, SITUATION_LABELS
from asylum_desk.ui.editor.table_model import Column, Kind, RowsModel
from asylum_desk.ui.editor.table_section import ListSection, TableEditor

REPRISALS_WARNING = (
    "Family members may suffer reprisals. Record only what is needed; locations are disclosed "
    "at most to the chosen granularity."
)

COLUMNS = (
    Column(
        "relationship",
        "Relationship",
        required=True,
        width=122,
        tooltip="Required, e.g. mother, younger brother",
    ),
    Column("name", "Name", width=130),
    Column("age", "Age", Kind.INT, width=40, tooltip="Whole years, 0–130"),
    Column("date_of_birth", "Born", Kind.DATE, width=82, tooltip=DATE_PLACEHOLDER),
    Column("situation", "Situation", Kind.CHOICE, SITUATION_LABELS, width=86),
    Column("last_contact", "Last\ncontact", Kind.DATE, width=82, tooltip=DATE_PLACEHOLDER),
    Column("safe_to_contact", "Safe to\ncontact", Kind.BOOL, width=70),
    Column("location.country", "Country", width=62, tooltip="Three letters, e.g. MMR"),
    Column("location.region", "Region", width=104),
    Column("location.exact", "Exact place", width=150),
    Column(
        "location.granularity",
        "Disclose\nat most",
        Kind.CHOICE,
        GRANULARITY_LABELS,
        width=86,
        tooltip="How precisely the location may ever leave the vault",
    ),
    Column("notes", "Notes", width=100),
)


class FamilySection(ListSection):
    """A table of the relatives left behind, with notes for the one selected."""

    case_field = "family_left_behind"
    key = "family"
    title = "Family left behind"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        warning = banner(WARNING_STYLE)
        warning.setText(REPRISALS_WARNING)
        warning.setAccessibleName("Warning about reprisals")
        self.body.addWidget(warning)
        self.stack = QUndoStack(self)
        self.model = RowsModel(
            "family_left_behind",
            COLUMNS,
            lambda: FamilyMember(relationship=""),
            self.stack,
            "family member",
            nested={"location": FamilyLocation},
        )
        self.table = TableEditor(
            self.model,
            movable=True,
            detail=("notes", "N&otes on the selected family member"),
            visible_rows=6,
            hide_detail_column=True,
        )
        self.body.addWidget(self.table)
        self.body.addStretch(1)
        self.model.edited.connect(self.changed)
