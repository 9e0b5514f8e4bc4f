"""Identity documents the applicant holds or lost, and scans stored inside the case."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from asylum_desk.domain.model import Attachment, Case, IdentityDocument
from asylum_desk.services.attachments import read_attachment
from asylum_desk.ui.editor.form import HINT_STYLE, Problem, Section, group
from asylum_desk.ui.editor.table_model import Column, Kind, RowsModel
from asylum_desk.ui.editor.table_section import TableEditor
from asylum_desk.ui.workers import error_message

THUMBNAIL = 96
FILE_PATTERNS = "(*.png *.jpg *.jpeg *.pdf)"

DOCUMENT_COLUMNS = (
    Column(
        "kind",
        QT_TRANSLATE_NOOP("Columns", "Kind of document"),
        required=True,
        width=220,
        tooltip=QT_TRANSLATE_NOOP(
            "Columns", "Required, e.g. police ID card, national registration card"
        ),
    ),
    Column("number", QT_TRANSLATE_NOOP("Columns", "Number"), width=170),
    Column(
        "held",
        QT_TRANSLATE_NOOP("Columns", "Original held"),
        Kind.BOOL,
        width=110,
        tooltip=QT_TRANSLATE_NOOP("Columns", "Ticked: the applicant still has the original"),
    ),
    Column("description", QT_TRANSLATE_NOOP("Columns", "Description")),
)


class _AttachmentCommand(QUndoCommand):
    def __init__(
        self, section: DocumentsSection, index: int, attachment: Attachment, add: bool
    ) -> None:
        super().__init__(f"{'add' if add else 'remove'} {attachment.file_name}")
        self._section, self._index, self._attachment, self._add = section, index, attachment, add

    def redo(self) -> None:
        if self._add:
            self._section.insert_attachment(self._index, self._attachment)
        else:
            self._section.take_attachment(self._index)

    def undo(self) -> None:
        if self._add:
            self._section.take_attachment(self._index)
        else:
            self._section.insert_attachment(self._index, self._attachment)


class DocumentsSection(Section):
    """A table of identity documents and the scans kept (encrypted) in the case."""

    key = "documents"
    title = QT_TRANSLATE_NOOP("Section", "Documents and scans")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.stack = QUndoStack(self)
        self.documents = RowsModel(
            "documents",
            DOCUMENT_COLUMNS,
            lambda: IdentityDocument(kind=""),
            self.stack,
            QT_TRANSLATE_NOOP("RowsModel", "document"),
        )
        self.documents_table = TableEditor(self.documents, movable=True, visible_rows=4)
        box = QVBoxLayout()
        box.addWidget(self.documents_table)
        self.body.addWidget(group(self.tr("Identity documents"), box))

        scans = QVBoxLayout()
        self.attachment_list = QListWidget()
        self.attachment_list.setViewMode(QListView.ViewMode.IconMode)
        self.attachment_list.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.attachment_list.setGridSize(QSize(THUMBNAIL + 48, THUMBNAIL + 52))
        self.attachment_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.attachment_list.setMovement(QListView.Movement.Static)
        self.attachment_list.setWordWrap(True)
        self.attachment_list.setMinimumHeight(THUMBNAIL + 72)
        self.attachment_list.setAccessibleName(self.tr("Scans stored in this case"))
        scans.addWidget(self.attachment_list)
        buttons = QHBoxLayout()
        self.add_file_button = QPushButton(self.tr("Add f&ile…"))
        self.add_file_button.clicked.connect(self.choose_files)
        self.remove_file_button = QPushButton(self.tr("Remove s&can"))
        self.remove_file_button.clicked.connect(self.remove_selected_attachment)
        buttons.addWidget(self.add_file_button)
        buttons.addWidget(self.remove_file_button)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setStyleSheet(HINT_STYLE)
        buttons.addWidget(self.status)
        scans.addLayout(buttons)
        note = QLabel(
            self.tr(
                "Files are copied into this encrypted case. Afterwards, delete the original from "
                "the scanner folder or phone."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        scans.addWidget(note)
        self.body.addWidget(group(self.tr("Scans (PNG, JPEG or PDF)"), scans))
        self.body.addStretch(1)

        self._attachments: list[Attachment] = []
        self.documents.edited.connect(self.changed)
        self.attachment_list.currentRowChanged.connect(self._selection_changed)
        self._selection_changed()

    # --- attachments ---------------------------------------------------------------------------
    def attachments(self) -> list[Attachment]:
        return list(self._attachments)

    def add_attachment_file(self, path: Path) -> Attachment:
        """Read a scan into the case (the file itself is left where it is, never copied).

        The service refuses (ValueError, one line naming the file) anything that is not a
        real PNG, JPEG or PDF of a sensible size.
        """
        attachment = read_attachment(Path(path))
        index = len(self._attachments)
        self.stack.push(_AttachmentCommand(self, index, attachment, add=True))
        self.attachment_list.setCurrentRow(index)
        self.status.setText(self.tr("Added {file}.").format(file=attachment.file_name))
        return attachment

    def choose_files(self) -> None:
        """Ask for scans to add (Qt's own dialog: no entry in the system's recent files)."""
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add scans to this case"),
            "",
            self.tr("Scans: images and PDF") + " " + FILE_PATTERNS,
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        refused: list[str] = []
        for name in paths:
            try:
                self.add_attachment_file(Path(name))
            except (OSError, ValueError) as error:
                refused.append(error_message(error))
        if refused:
            if len(refused) > 1:
                more = self.tr("{problem} ({count} more refused)")
                self.status.setText(more.format(problem=refused[0], count=len(refused) - 1))
            else:
                self.status.setText(refused[0])

    def remove_selected_attachment(self) -> None:
        index = self.attachment_list.currentRow()
        if 0 <= index < len(self._attachments):
            attachment = self._attachments[index]
            self.stack.push(_AttachmentCommand(self, index, attachment, add=False))
            self.status.setText(
                self.tr("Removed {file} (Undo brings it back).").format(file=attachment.file_name)
            )

    def insert_attachment(self, index: int, attachment: Attachment) -> None:
        self._attachments.insert(index, attachment)
        item = QListWidgetItem(self._icon(attachment), attachment.file_name)
        item.setToolTip(attachment.description or attachment.file_name)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, attachment.file_name)
        self.attachment_list.insertItem(index, item)
        self._selection_changed()
        self.changed.emit()

    def take_attachment(self, index: int) -> None:
        del self._attachments[index]
        self.attachment_list.takeItem(index)
        self._selection_changed()
        self.changed.emit()

    def _icon(self, attachment: Attachment) -> QIcon:
        """A square thumbnail (so that every name lines up), or a file icon for PDFs."""
        picture = QPixmap()
        if attachment.media_type.startswith("image/"):
            image = QImage.fromData(attachment.content)
            if not image.isNull():
                picture = QPixmap.fromImage(
                    image.scaled(
                        THUMBNAIL,
                        THUMBNAIL,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
        if picture.isNull():
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
            picture = icon.pixmap(QSize(THUMBNAIL * 2 // 3, THUMBNAIL * 2 // 3))
        square = QPixmap(THUMBNAIL, THUMBNAIL)
        square.fill(Qt.GlobalColor.transparent)
        painter = QPainter(square)
        painter.drawPixmap(
            (THUMBNAIL - picture.width()) // 2, (THUMBNAIL - picture.height()) // 2, picture
        )
        painter.end()
        return QIcon(square)

    def _selection_changed(self) -> None:
        self.remove_file_button.setEnabled(self.attachment_list.currentRow() >= 0)

    def _fill_attachments(self, attachments: list[Attachment]) -> None:
        self._attachments = []
        self.attachment_list.clear()
        for index, attachment in enumerate(attachments):
            self._attachments.append(attachment)
            item = QListWidgetItem(self._icon(attachment), attachment.file_name)
            item.setToolTip(attachment.description or attachment.file_name)
            self.attachment_list.insertItem(index, item)
        self._selection_changed()

    # --- section -------------------------------------------------------------------------------
    def load(self, case: Case) -> None:
        self.documents.set_items(case.documents)
        self._fill_attachments(list(case.attachments))
        self.stack.clear()
        self.documents_table.clear_messages()
        self.status.clear()

    def apply(self, case: Case) -> None:
        case.documents = self.documents.items()
        case.attachments = [
            Attachment(a.file_name, a.media_type, a.content, a.description)
            for a in self._attachments
        ]

    def clear(self) -> None:
        self.documents.set_items([])
        self._fill_attachments([])
        self.stack.clear()
        self.documents_table.clear_messages()
        self.status.clear()

    def input_problems(self) -> list[Problem]:
        return self.documents.input_problems()

    def show_problems(self, problems: Mapping[str, str]) -> None:
        self.documents_table.show_problems(problems)

    def undo_stack(self) -> QUndoStack:
        return self.stack
