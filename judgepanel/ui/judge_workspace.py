"""The judge's workspace: who is judging, the day's presentations, and the scoring wizard.

It composes :class:`JudgeChooserPage`, :class:`JudgeDayPage` and :class:`ScoringPage`, keeps one
presentation timer per slot (they run on their own clocks, so moving between finalists never
stops one), persists every move through the service, and on start resumes exactly where the
judge was.

The workspace may be built before the database is open (``JudgeWorkspace(None, None)``) and be
given its services later with :meth:`attach`: the window can then paint its first frame before
SQLAlchemy is even imported. For the same reason only the day list is built up front; the
scoring wizard and the judge chooser are built the first time they are needed (or just after the
day has been shown), and the domain modules are imported when data arrives.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from judgepanel.domain.errors import UserError
from judgepanel.ui import i18n

if TYPE_CHECKING:
    from judgepanel.domain.judging import JudgeDay, JudgePosition, Page, ScoringChange
    from judgepanel.domain.timer import PresentationTimer
    from judgepanel.services.competitions import CompetitionService
    from judgepanel.services.scoring import ScoringService
    from judgepanel.ui.judge_day import JudgeChooserPage, JudgeDayPage
    from judgepanel.ui.scoring_page import ScoringPage

#: Delay before the scoring wizard is built in the background once the day is on screen.
WARM_UP_MS = 150


def _lang() -> str:
    return i18n.current_language()


class JudgeWorkspace(QWidget):
    """Everything a judge does on the final day; hosted by the main window."""

    #: A committed change (score, comment, undo, redo); carries a ``ScoringChange``.
    score_saved = Signal(object)
    #: The judge moved (persisted already); carries a ``JudgePosition``.
    position_changed = Signal(object)
    #: The judge being served changed (chooser, or restored on start); carries the judge id.
    judge_changed = Signal(int)
    #: Emitted once the judge's schedule (or the chooser) has been filled with data.
    data_shown = Signal()
    #: A user-caused problem was shown inline; carries the ``UserError`` (for a status bar/log).
    error_shown = Signal(object)

    def __init__(
        self,
        scoring_service: ScoringService | None = None,
        competition_service: CompetitionService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("judgeWorkspace")
        self._scoring: ScoringService | None = None
        self._competitions: CompetitionService | None = None
        self._judge_id: int | None = None
        self._day: JudgeDay | None = None
        self._timers: dict[int, PresentationTimer] = {}
        self._scoring_page: ScoringPage | None = None
        self._chooser_page: JudgeChooserPage | None = None
        self._day_page: JudgeDayPage | None = None
        self._shortcuts_installed = False

        # Until the data arrives the workspace is one line of text: Qt's enum types, the table
        # model and the rest of the day list would cost more than the whole bare window.
        self.loading_label = QLabel()
        self.loading_label.setObjectName("workspaceLoading")
        self.loading_label.setWordWrap(True)
        font = self.loading_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.loading_label.setFont(font)
        self.loading_label.setText(self.tr("Loading your presentations…"))
        self.loading_label.setAccessibleName(self.loading_label.text())
        self.pages = QStackedWidget()
        self.pages.addWidget(self.loading_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)
        if scoring_service is not None:
            self.attach(scoring_service, competition_service)

    # == pages built on first use ==============================================================
    @property
    def day_page(self) -> JudgeDayPage:
        """The judge's day list (built when the data arrives)."""
        if self._day_page is None:
            from judgepanel.ui.judge_day import JudgeDayPage

            page = JudgeDayPage()
            page.open_requested.connect(self.open_finalist)
            page.change_judge_requested.connect(self.show_chooser)
            self.pages.addWidget(page)
            self._day_page = page
        return self._day_page

    @property
    def scoring_page(self) -> ScoringPage:
        """The scoring wizard (built the first time it is needed)."""
        if self._scoring_page is None:
            from judgepanel.ui.scoring_page import ScoringPage

            page = ScoringPage()
            if self._scoring is not None:
                page.attach(self._scoring)
            page.back_requested.connect(self.show_day)
            page.next_finalist_requested.connect(self._on_scoring_next_finalist)
            page.score_saved.connect(self._on_scoring_score_saved)
            page.position_changed.connect(self.position_changed)
            page.error_shown.connect(self.error_shown)
            page.timer_widget.state_changed.connect(self._on_timer_state_changed)
            self.pages.addWidget(page)
            self._scoring_page = page
            self._install_shortcuts()
        return self._scoring_page

    @property
    def chooser_page(self) -> JudgeChooserPage:
        """Who is judging (built only where the laptop does not belong to one judge)."""
        if self._chooser_page is None:
            from judgepanel.ui.judge_day import JudgeChooserPage

            page = JudgeChooserPage()
            page.judge_chosen.connect(self._on_chooser_judge_chosen)
            self.pages.addWidget(page)
            self._chooser_page = page
        return self._chooser_page

    def _on_scoring(self) -> bool:
        return self._scoring_page is not None and self.pages.currentWidget() is self._scoring_page

    def _install_shortcuts(self) -> None:
        if self._shortcuts_installed:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        for keys, slot in ((["Ctrl+Z"], self.undo), (["Ctrl+Shift+Z", "Ctrl+Y"], self.redo)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        self._shortcuts_installed = True

    # == set-up ================================================================================
    def attach(self, scoring_service: ScoringService,
               competition_service: CompetitionService | None = None) -> None:
        """Receives the services and resumes where the judge was (or asks who is judging).

        ``competition_service`` may be None (a judge's laptop showing its schedule before the
        rest of the app is loaded); the judge chooser then lists judges through the scoring
        service."""
        self._scoring = scoring_service
        self._competitions = competition_service
        if self._scoring_page is not None:
            self._scoring_page.attach(scoring_service)
        try:
            self._resume()
        except UserError as exc:
            self._show_error(exc)
        self.data_shown.emit()
        # Build the wizard (and the undo shortcuts) while the judge reads the list, so that
        # the list itself appears sooner and Enter still opens a finalist at once.
        QTimer.singleShot(WARM_UP_MS, self, self._warm_up)

    def _warm_up(self) -> None:
        _ = self.scoring_page

    def _resume(self) -> None:
        scoring = self._require()
        own = scoring.own_judge_id()
        position = scoring.position()
        if position is not None and own is not None and position.judge_id != own:
            position = None
        judge_id = position.judge_id if position is not None else own
        if judge_id is None:
            self.show_chooser()
            return
        self._set_judge(judge_id)
        if position is not None and position.entrant_id is not None:
            slot = self._day.slot_for(position.entrant_id) if self._day else None
            if slot is not None and not slot.recused:
                self.open_finalist(position.entrant_id, position.page, position.criterion_id,
                                   persist=False)
                return
        self.show_day(persist=False)

    def _require(self) -> ScoringService:
        if self._scoring is None:
            raise RuntimeError("JudgeWorkspace.attach() was not called")
        return self._scoring

    # == state =================================================================================
    def judge_id(self) -> int | None:
        return self._judge_id

    def day(self) -> JudgeDay | None:
        return self._day

    def timer_for(self, entrant_id: int) -> PresentationTimer | None:
        return self._timers.get(entrant_id)

    def flush(self) -> None:
        """Saves comments still waiting for their autosave pause (call before closing)."""
        if self._scoring_page is not None:
            self._scoring_page.flush()

    # == navigation ============================================================================
    def show_chooser(self) -> None:
        self.flush()
        competitions = self._competitions
        if competitions is not None:
            competition_id = competitions.default_competition_id()
            judges = competitions.overview(competition_id).judges if competition_id else ()
        else:
            judges = self._require().judges()
        self.chooser_page.set_judges(judges, self._judge_id)
        self.pages.setCurrentWidget(self.chooser_page)
        self.chooser_page.focus_list()

    def choose_judge(self, judge_id: int) -> None:
        """Serves ``judge_id`` from now on and shows that judge's day."""
        self._set_judge(judge_id)
        self.show_day()

    def _set_judge(self, judge_id: int) -> None:
        scoring = self._require()
        day = scoring.judge_day(judge_id)
        changed = judge_id != self._judge_id
        self._judge_id = judge_id
        self._day = day
        if changed:
            self._timers = {}
            for entrant_id, snapshot in scoring.timer_snapshots(judge_id).items():
                timer = self._make_timer(entrant_id)
                if timer is not None:
                    timer.restore(snapshot, time.time())
            self.judge_changed.emit(judge_id)

    def show_day(self, select_entrant: int | None = None, *, persist: bool = True) -> None:
        """The day list (re-read, so statuses are current)."""
        scoring = self._require()
        if self._judge_id is None:
            self.show_chooser()
            return
        self.flush()
        current = self._scoring_page.state() if self._scoring_page is not None else None
        if select_entrant is None and current is not None:
            select_entrant = current.entrant.id
        try:
            self._day = scoring.judge_day(self._judge_id)
        except UserError as exc:
            self._show_error(exc)
            return
        self.day_page.set_day(self._day, select_entrant)
        self.pages.setCurrentWidget(self.day_page)
        self.day_page.focus_list()
        if persist:
            from judgepanel.domain.judging import JudgePosition

            self._persist(JudgePosition(self._judge_id))

    def open_finalist(self, entrant_id: int, page: Page | None = None,
                      criterion_id: int | None = None, *, persist: bool = True) -> None:
        """Opens the scoring wizard on one finalist: on ``criterion_id`` or the summary if told,
        else on the first criterion still missing a score."""
        from judgepanel.domain.judging import Page

        page = page or Page.CRITERION
        scoring = self._require()
        if self._judge_id is None:
            return
        try:
            state = scoring.finalist_scoring(self._judge_id, entrant_id)
        except UserError as exc:
            self._show_error(exc)
            return
        if state.slot.recused:
            self.day_page.show_message(self.tr(
                "You declared a conflict of interest with {finalist}, so you do not score it."
            ).format(finalist=state.entrant.name.pick(_lang())))
            return
        if page is Page.CRITERION and criterion_id is None and state.missing \
                and not state.locked:
            criterion_id = state.missing[0]
        elif page is Page.DAY:
            page = Page.CRITERION
        self.scoring_page.open(state, page, criterion_id, self._timer(entrant_id))
        self.pages.setCurrentWidget(self.scoring_page)
        self.scoring_page.focus_primary()
        if persist:
            position = self.scoring_page.position()
            if position is not None:
                self._persist(position)

    def _persist(self, position: JudgePosition) -> None:
        try:
            self._require().set_position(position)
        except UserError as exc:
            self._show_error(exc)
            return
        self.position_changed.emit(position)

    # == undo / redo ===========================================================================
    def undo(self) -> None:
        self._undo_redo(redo=False)

    def redo(self) -> None:
        self._undo_redo(redo=True)

    def _undo_redo(self, *, redo: bool) -> None:
        scoring = self._scoring
        judge_id = self._judge_id
        if scoring is None or judge_id is None:
            return
        self.flush()
        try:
            change = scoring.redo(judge_id) if redo else scoring.undo(judge_id)
        except UserError as exc:
            self._show_error(exc)
            return
        if change is None:
            self.show_message(self.tr("Nothing to redo.") if redo
                               else self.tr("Nothing to undo."))
            return
        message = self._describe(change)
        current = self.scoring_page.state()
        if self._on_scoring() and current is not None \
                and current.entrant.id == change.entrant_id:
            self.scoring_page.show_change(change, message)
        else:
            self.open_finalist(change.entrant_id, None, change.criterion_id)
            self.scoring_page.show_message(message)
        self.score_saved.emit(change)

    def _describe(self, change: ScoringChange) -> str:
        from fractions import Fraction

        from judgepanel.domain.judging import ChangeOrigin
        from judgepanel.domain.scoring import format_exact

        state = self.scoring_page.state()
        name = ""
        finalist = ""
        day = self._day
        if day is not None:
            slot = day.slot_for(change.entrant_id)
            finalist = slot.entrant.name.pick(_lang()) if slot else ""
        if state is not None and state.entrant.id == change.entrant_id:
            for item in state.criteria:
                if item.criterion.id == change.criterion_id:
                    name = item.criterion.name.pick(_lang())
        value = "–" if change.new_value is None else format_exact(Fraction(change.new_value))
        if change.origin is ChangeOrigin.UNDO:
            return self.tr("Undone: {criterion} for {finalist} is {value} again.").format(
                criterion=name, finalist=finalist, value=value)
        return self.tr("Redone: {criterion} for {finalist} is {value}.").format(
            criterion=name, finalist=finalist, value=value)

    # == timers ================================================================================
    def _make_timer(self, entrant_id: int) -> PresentationTimer | None:
        from judgepanel.domain.timer import PresentationTimer

        slot = self._day.slot_for(entrant_id) if self._day else None
        if slot is None:
            return None
        timer = PresentationTimer(slot.presentation_minutes * 60, slot.qa_minutes * 60)
        self._timers[entrant_id] = timer
        return timer

    def _timer(self, entrant_id: int) -> PresentationTimer | None:
        return self._timers.get(entrant_id) or self._make_timer(entrant_id)

    def _on_timer_state_changed(self) -> None:
        scoring, judge_id = self._scoring, self._judge_id
        state = self.scoring_page.state()
        timer = self.scoring_page.timer_widget.timer()
        if scoring is None or judge_id is None or state is None or timer is None:
            return
        try:
            scoring.save_timer(judge_id, state.entrant.id, timer.snapshot(time.time()))
        except UserError as exc:
            self._show_error(exc)

    # == slots =================================================================================
    def _on_chooser_judge_chosen(self, judge_id: int) -> None:
        try:
            self.choose_judge(judge_id)
        except UserError as exc:
            self._show_error(exc)

    def _on_scoring_next_finalist(self, entrant_id: int) -> None:
        day = self._day
        following = day.next_open_after(entrant_id) if day else None
        if following is None:
            self.show_day(entrant_id)
        else:
            self.open_finalist(following.entrant.id)

    def _on_scoring_score_saved(self, change: ScoringChange) -> None:
        self.score_saved.emit(change)

    # == messages ==============================================================================
    def show_message(self, text: str) -> None:
        """Shows an informational line on the page in view."""
        if self._on_scoring():
            self.scoring_page.show_message(text)
        else:
            self.day_page.show_message(text)

    def _show_error(self, error: UserError) -> None:
        text = "⚠ " + i18n.translate_error(error.template, error.params)
        if self._on_scoring():
            self.scoring_page.show_message(text, "error")
        else:
            self.day_page.show_message(text)
        self.error_shown.emit(error)

    # == Qt ====================================================================================
    def hideEvent(self, event: Any) -> None:
        self.flush()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.loading_label.setText(self.tr("Loading your presentations…"))
            if self._day is not None and self._day_page is not None \
                    and self.pages.currentWidget() is self._day_page:
                self._day_page.set_day(self._day)
        super().changeEvent(event)
