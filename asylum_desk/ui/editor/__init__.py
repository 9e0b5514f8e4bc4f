"""The case editor: one page per section of a case, built in code, never touching the vault."""

from asylum_desk.ui.editor.case_editor import CaseEditor

__all__ = ["CaseEditor"]
