"""Relatives left behind: the most dangerous data in a case, kept to what is needed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from asylum_desk.domain.model import FamilyLocation, FamilyMember
from asylum_desk.ui.editor.form import WARNING_STYLE, banner
from asylum_desk.ui.editor.labels import GRANULARITY_LABELS, SITUATION_LABELS
from asylum_desk.ui.editor.table_model import Column, Kind, RowsModel
from asylum_desk.ui.editor.table_section import ListSection, TableEditor

REPRISALS_WARNING = QT_TRANSLATE_NOOP(
    "FamilySection",
    "Family members may suffer reprisals. Record only what is needed; locations are disclosed "
    "at most to the chosen granularity.",
)

COLUMNS = (
    Column(
        "relationship",
        QT_TRANSLATE_NOOP("Columns", "Relationship"),
        required=True,
        width=122,
        tooltip=QT_TRANSLATE_NOOP("Columns", "Required, e.g. mother, younger brother"),
    ),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), width=130),
    Column(
        "age",
        QT_TRANSLATE_NOOP("Columns", "Age"),
        Kind.INT,
        width=40,
        tooltip=QT_TRANSLATE_NOOP("Columns", "Whole years, 0–130"),
    ),
    Column(
        "date_of_birth",
        QT_TRANSLATE_NOOP("Columns", "Born"),
        Kind.DATE,
        width=82,
        tooltip=QT_TRANSLATE_NOOP("Columns", "e.g. 1994-05"),
    ),
    Column(
        "situation",
        QT_TRANSLATE_NOOP("Columns", "Situation"),
        Kind.CHOICE,
        SITUATION_LABELS,
        width=86,
    ),
    Column(
        "last_contact",
        QT_TRANSLATE_NOOP("Columns", "Last\ncontact"),
        Kind.DATE,
        width=82,
        tooltip=QT_TRANSLATE_NOOP("Columns", "e.g. 1994-05"),
    ),
    Column(
        "safe_to_contact", QT_TRANSLATE_NOOP("Columns", "Safe to\ncontact"), Kind.BOOL, width=70
    ),
    Column(
        "location.country",
        QT_TRANSLATE_NOOP("Columns", "Country"),
        width=62,
        tooltip=QT_TRANSLATE_NOOP("Columns", "Three letters, e.g. MMR"),
    ),
    Column("location.region", QT_TRANSLATE_NOOP("Columns", "Region"), width=104),
    Column("location.exact", QT_TRANSLATE_NOOP("Columns", "Exact place"), width=150),
    Column(
        "location.granularity",
        QT_TRANSLATE_NOOP("Columns", "Disclose\nat most"),
        Kind.CHOICE,
        GRANULARITY_LABELS,
        width=86,
        tooltip=QT_TRANSLATE_NOOP("Columns", "How precisely the location may ever leave the vault"),
    ),
    Column("notes", QT_TRANSLATE_NOOP("Columns", "Notes"), width=100),
)


class FamilySection(ListSection):
    """A table of the relatives left behind, with notes for the one selected."""

    case_field = "family_left_behind"
    key = "family"
    title = QT_TRANSLATE_NOOP("Section", "Family left behind")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        warning = banner(WARNING_STYLE)
        warning.setText(QCoreApplication.translate("FamilySection", REPRISALS_WARNING))
        warning.setAccessibleName(self.tr("Warning about reprisals"))
        self.body.addWidget(warning)
        self.stack = QUndoStack(self)
        self.model = RowsModel(
            "family_left_behind",
            COLUMNS,
            lambda: FamilyMember(relationship=""),
            self.stack,
            QT_TRANSLATE_NOOP("RowsModel", "family member"),
            nested={"location": FamilyLocation},
        )
        self.table = TableEditor(
            self.model,
            movable=True,
            detail=("notes", self.tr("N&otes on the selected family member")),
            visible_rows=6,
            hide_detail_column=True,
        )
        self.body.addWidget(self.table)
        self.body.addStretch(1)
        self.model.edited.connect(self.changed)
