"""The chair's set-up workspace: pick or create a competition, then work through its pages
(competition & criteria, entrants, preliminary, public vote, shortlist, judges, schedule).

Hosts only; every rule lives in the services. Each page announces its own changes; the
workspace re-emits them as ``competition_changed`` (for other views of the main window) and
refreshes the other pages the next time they are shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from judgepanel.services.setup import SetupServices
from judgepanel.ui.setup_common import SetupPage, lang
from judgepanel.ui.setup_competition import CompetitionDialog, CompetitionPage
from judgepanel.ui.setup_entrants import EntrantsPage
from judgepanel.ui.setup_judges import JudgesPage
from judgepanel.ui.setup_preliminary import PreliminaryPage
from judgepanel.ui.setup_schedule import SchedulePage
from judgepanel.ui.setup_shortlist import ShortlistPage
from judgepanel.ui.setup_votes import PublicVotePage


class SetupWorkspace(QWidget):
    """``SetupWorkspace(services, parent)``: ``services`` is a
    :class:`~judgepanel.services.setup.SetupServices`, an open ``Database``, or any object
    with a ``db`` attribute (the application's ``Services``)."""

    #: Emitted with the competition id after any change made here (other views refresh).
    competition_changed = Signal(int)
    #: Emitted when the chosen competition changes (id, or -1 for none).
    competition_selected = Signal(int)

    def __init__(self, services: Any, parent: QWidget | None = None, *,
                 competition_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWorkspace")
        self.services = SetupServices.coerce(services)
        self.competition_id: int | None = None
        self.dialog: CompetitionDialog | None = None

        self.competition_label = QLabel()
        self.competition_combo = QComboBox()
        self.competition_combo.setObjectName("competitionCombo")
        self.competition_combo.setMinimumContentsLength(30)
        self.competition_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.competition_label.setBuddy(self.competition_combo)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newCompetitionButton")
        self.new_button.clicked.connect(self._on_new_clicked)
        top = QHBoxLayout()
        top.addWidget(self.competition_label)
        top.addWidget(self.competition_combo, 1)
        top.addWidget(self.new_button)

        self.competition_page = CompetitionPage(self.services)
        self.entrants_page = EntrantsPage(self.services)
        self.preliminary_page = PreliminaryPage(self.services)
        self.votes_page = PublicVotePage(self.services)
        self.shortlist_page = ShortlistPage(self.services)
        self.judges_page = JudgesPage(self.services)
        self.schedule_page = SchedulePage(self.services)
        self.pages: list[SetupPage] = [
            self.competition_page, self.entrants_page, self.preliminary_page, self.votes_page,
            self.shortlist_page, self.judges_page, self.schedule_page,
        ]
        self._dirty: set[int] = set()
        self.nav = QListWidget()
        self.nav.setObjectName("setupNavigation")
        self.stack = QStackedWidget()
        for page in self.pages:
            self.nav.addItem("")
            self.stack.addWidget(page)
            page.changed.connect(lambda p=page: self._on_page_changed(p))
        self.nav.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)

        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.retranslate_ui()
        self._reload_competitions(competition_id)
        self.competition_combo.currentIndexChanged.connect(self._on_combo_index_changed)
        self.nav.setCurrentRow(0)

    # -- competitions ----------------------------------------------------------------------------
    def _reload_competitions(self, select: int | None = None) -> None:
        competitions = self.services.competitions.list_competitions()
        wanted = select if select is not None else self.competition_id
        if wanted is None and competitions:
            wanted = competitions[-1].id
        self.competition_combo.blockSignals(True)
        self.competition_combo.clear()
        for c in competitions:
            self.competition_combo.addItem(f"{c.name.pick(lang())} ({c.year_label})", c.id)
        index = self.competition_combo.findData(wanted) if wanted is not None else -1
        self.competition_combo.setCurrentIndex(index)
        self.competition_combo.blockSignals(False)
        new_id = self.competition_combo.currentData() if index >= 0 else None
        if new_id != self.competition_id:
            self.set_competition(new_id)

    def set_competition(self, competition_id: int | None) -> None:
        """Shows ``competition_id`` on every page (None: no competition yet)."""
        self.competition_id = competition_id
        index = self.competition_combo.findData(competition_id) if competition_id else -1
        if index != self.competition_combo.currentIndex():
            self.competition_combo.blockSignals(True)
            self.competition_combo.setCurrentIndex(index)
            self.competition_combo.blockSignals(False)
        current = self.stack.currentIndex()
        self._dirty = {i for i in range(len(self.pages)) if i != current}
        for i, page in enumerate(self.pages):
            if i == current:
                page.set_competition(competition_id)
            else:
                page.competition_id = competition_id
        self.competition_selected.emit(competition_id if competition_id is not None else -1)

    def _on_combo_index_changed(self, index: int) -> None:
        self.set_competition(self.competition_combo.itemData(index) if index >= 0 else None)

    def _on_new_clicked(self) -> None:
        dialog = CompetitionDialog(self)

        def submit() -> None:
            created = self.services.competitions.create_competition(dialog.form.values())
            self._reload_competitions(created.id)
            self.nav.setCurrentRow(0)
            self.competition_changed.emit(created.id)

        dialog.submit = submit
        self.dialog = dialog
        dialog.open()

    # -- pages -----------------------------------------------------------------------------------
    def show_page(self, index: int) -> SetupPage:
        self.nav.setCurrentRow(index)
        return self.pages[index]

    def _on_nav_row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.pages):
            return
        self.stack.setCurrentIndex(row)
        page = self.pages[row]
        if row in self._dirty or page.competition_id != self.competition_id:
            self._dirty.discard(row)
            page.set_competition(self.competition_id)

    def _on_page_changed(self, page: SetupPage) -> None:
        source = self.pages.index(page)
        self._dirty |= {i for i in range(len(self.pages)) if i != source}
        if page is self.competition_page:
            self._refresh_combo_texts()
        if self.competition_id is not None:
            self.competition_changed.emit(self.competition_id)

    def _refresh_combo_texts(self) -> None:
        for c in self.services.competitions.list_competitions():
            index = self.competition_combo.findData(c.id)
            if index >= 0:
                self.competition_combo.setItemText(index, f"{c.name.pick(lang())} "
                                                   f"({c.year_label})")

    def refresh(self) -> None:
        """Re-reads everything (e.g. after another view changed the database)."""
        self._reload_competitions()
        current = self.stack.currentIndex()
        self._dirty = {i for i in range(len(self.pages)) if i != current}
        self.pages[current].set_competition(self.competition_id)

    # -- language --------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.competition_label.setText(self.tr("&Competition:"))
        self.new_button.setText(self.tr("&New competition…"))
        names = (self.tr("Competition & criteria"), self.tr("Entrants"), self.tr("Preliminary"),
                 self.tr("Public vote"), self.tr("Shortlist"), self.tr("Judges & conflicts"),
                 self.tr("Schedule"))
        for i, name in enumerate(names):
            self.nav.item(i).setText(name)
        self.nav.setAccessibleName(self.tr("Set-up pages"))
        self.nav.setMaximumWidth(self.nav.sizeHintForColumn(0) + 24)
        self.nav.setMinimumWidth(self.nav.sizeHintForColumn(0) + 24)
        if self.competition_combo.count():
            self._refresh_combo_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            current = self.stack.currentIndex()
            self._dirty |= {i for i in range(len(self.pages)) if i != current}
        super().changeEvent(event)


__all__ = ["SetupWorkspace"]
