"""Every key binding id of the UI, for checking the ``[keys]`` of the config file.

Kept apart from the app so that the app class reads as what it does, not as a
list of every screen it can show.
"""

from __future__ import annotations

from textual.binding import Binding


def binding_ids() -> set[str]:
    """Every binding id of the UI (for checking the config file's ``[keys]``)."""
    from confnotes.tui.app import ConfnotesApp
    from confnotes.tui.screens.conflict_dialog import ConflictDialog
    from confnotes.tui.screens.export_dialog import ExportDialog
    from confnotes.tui.screens.help import HelpScreen
    from confnotes.tui.screens.import_dialog import ImportDialog
    from confnotes.tui.screens.import_report import ImportReportScreen
    from confnotes.tui.screens.links import LinksScreen
    from confnotes.tui.screens.main import MainScreen
    from confnotes.tui.screens.new_note_dialog import NewNoteDialog
    from confnotes.tui.screens.now_dialog import NowDialog
    from confnotes.tui.screens.person import PersonScreen
    from confnotes.tui.screens.programme_changes import ProgrammeChangesScreen
    from confnotes.tui.screens.recovery_dialog import RecoveryDialog
    from confnotes.tui.screens.search import SearchScreen
    from confnotes.tui.screens.timetable import TimetableScreen
    from confnotes.tui.widgets.editor import NoteEditor
    from confnotes.tui.widgets.schedule import ScheduleBrowser
    from confnotes.tui.widgets.timetable_grid import TimetableGrid

    classes: list[type] = [
        ConfnotesApp,
        MainScreen,
        NoteEditor,
        ScheduleBrowser,
        NowDialog,
        ConflictDialog,
        RecoveryDialog,
        HelpScreen,
        SearchScreen,
        PersonScreen,
        TimetableScreen,
        TimetableGrid,
        LinksScreen,
        ExportDialog,
        ImportDialog,
        ImportReportScreen,
        NewNoteDialog,
        ProgrammeChangesScreen,
    ]
    ids: set[str] = set()
    for cls in classes:
        for binding in getattr(cls, "BINDINGS", []):
            if isinstance(binding, Binding) and binding.id:
                ids.add(binding.id)
    return ids
