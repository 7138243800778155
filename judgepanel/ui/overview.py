"""The competition overview: finalists, judges, schedule and criteria (read-only)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from judgepanel.domain.model import (
    CompetitionOverview,
    CriterionView,
    FinalistView,
    JudgeView,
    ScheduleSlotView,
)
from judgepanel.domain.timefmt import hk_date, hk_time
from judgepanel.ui import i18n
from judgepanel.ui.table_model import Column, RowTableModel


def _lang() -> str:
    return i18n.current_language()


def make_table(model: RowTableModel, name: str, stretch: int) -> QTableView:
    """A read-only, keyboard-friendly table whose ``stretch`` column takes the spare width."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class OverviewPage(QWidget):
    """Shows one competition; fed with a :class:`CompetitionOverview` through ``set_overview``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPage")
        self._overview: CompetitionOverview | None = None
        self._judge_names: dict[int, str] = {}

        self.title = QLabel()
        self.title.setObjectName("competitionTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("competitionSubtitle")
        self.subtitle.setWordWrap(True)

        self.finalists_model: RowTableModel[FinalistView] = RowTableModel([
            Column(lambda: self.tr("Rank"), lambda f: f.shortlist_rank, align_right=True),
            Column(lambda: self.tr("Code"), lambda f: f.entrant.code),
            Column(lambda: self.tr("Finalist"), lambda f: f.entrant.name.pick(_lang())),
            Column(lambda: self.tr("Other language"),
                   lambda f: f.entrant.name.pick("en" if _lang() != "en" else "zh_HK")),
            Column(lambda: self.tr("Shortlist score"),
                   lambda f: None if f.composite_score is None else f"{f.composite_score:.2f}",
                   align_right=True),
        ], self)
        self.judges_model: RowTableModel[JudgeView] = RowTableModel([
            Column(lambda: self.tr("Judge"), lambda j: j.name.pick(_lang())),
            Column(lambda: self.tr("Title"), lambda j: j.title),
            Column(lambda: self.tr("Constituency"), self._affiliation_text),
            Column(lambda: self.tr("Organisation"), lambda j: j.organisation),
            Column(lambda: self.tr("Conflicts of interest"),
                   lambda j: ", ".join(j.conflicts) if j.conflicts else self.tr("None declared")),
        ], self)
        self.schedule_model: RowTableModel[ScheduleSlotView] = RowTableModel([
            Column(lambda: self.tr("Order"), lambda s: s.position, align_right=True),
            Column(lambda: self.tr("Date"), lambda s: hk_date(s.starts_at)),
            Column(lambda: self.tr("Starts"), lambda s: hk_time(s.starts_at)),
            Column(lambda: self.tr("Ends"), lambda s: hk_time(s.ends_at)),
            Column(lambda: self.tr("Finalist"), lambda s: s.entrant.name.pick(_lang())),
            Column(lambda: self.tr("Presentation (min)"), lambda s: s.presentation_minutes,
                   align_right=True),
            Column(lambda: self.tr("Q&A (min)"), lambda s: s.qa_minutes, align_right=True),
        ], self)
        self.criteria_model: RowTableModel[CriterionView] = RowTableModel([
            Column(lambda: self.tr("Criterion"), lambda c: c.name.pick(_lang())),
            Column(lambda: self.tr("Weight"), lambda c: c.weight, align_right=True),
            Column(lambda: self.tr("Scale"),
                   lambda c: f"{c.scale_min}–{c.scale_max} (± {c.scale_step})"),
            Column(lambda: self.tr("Description"), lambda c: c.description.pick(_lang())),
        ], self)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("overviewTabs")
        self.finalists_view = make_table(self.finalists_model, "finalistsTable", stretch=3)
        self.judges_view = make_table(self.judges_model, "judgesTable", stretch=4)
        self.schedule_view = make_table(self.schedule_model, "scheduleTable", stretch=4)
        self.criteria_view = make_table(self.criteria_model, "criteriaTable", stretch=3)
        for view in (self.finalists_view, self.judges_view, self.schedule_view,
                     self.criteria_view):
            self.tabs.addTab(view, "")

        for keys, step in ((QKeySequence.StandardKey.NextChild, 1),
                           (QKeySequence.StandardKey.PreviousChild, -1)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self._cycle_tab(step))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()

    def _cycle_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _affiliation_text(self, judge: JudgeView) -> str:
        from PySide6.QtCore import QCoreApplication

        if _lang() == "en":
            return judge.affiliation.label_en
        translated = QCoreApplication.translate("domain", judge.affiliation.label_en)
        if translated != judge.affiliation.label_en:
            return translated
        return judge.affiliation.label_zh

    def set_overview(self, overview: CompetitionOverview) -> None:
        self._overview = overview
        self.finalists_model.set_rows(overview.finalists)
        self.judges_model.set_rows(overview.judges)
        self.schedule_model.set_rows(overview.schedule)
        self.criteria_model.set_rows(overview.criteria)
        self._update_header()

    def _update_header(self) -> None:
        o = self._overview
        if o is None:
            self.title.setText(self.tr("Loading the competition…"))
            self.subtitle.setText("")
            return
        c = o.competition
        self.title.setText(c.name.pick(_lang()))
        self.subtitle.setText(
            self.tr("{award} · {year} · {entrants} entrants, {finalists} finalists, "
                    "{judges} judges").format(
                award=c.award_name.pick(_lang()), year=c.year_label, entrants=o.entrant_count,
                finalists=len(o.finalists), judges=len(o.judges))
        )

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("F&inalists"))
        self.tabs.setTabText(1, self.tr("&Judges"))
        self.tabs.setTabText(2, self.tr("Sche&dule"))
        self.tabs.setTabText(3, self.tr("C&riteria"))
        self.finalists_view.setAccessibleName(self.tr("Finalists"))
        self.judges_view.setAccessibleName(self.tr("Judges and their conflicts of interest"))
        self.schedule_view.setAccessibleName(self.tr("Presentation schedule"))
        self.criteria_view.setAccessibleName(self.tr("Judging criteria"))
        for model in (self.finalists_model, self.judges_model, self.schedule_model,
                      self.criteria_model):
            model.retranslate()
        self._update_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
