"""Guided scoring of one finalist: one criterion at a time, then a summary.

Built for a judge whose eyes are on the presenters: every score is typed with a digit or two
(or stepped with the arrow keys) and stored the moment it is typed; Enter moves on; the rubric
band that matches the score is highlighted so the judge can check the number against its
meaning at a glance. Comments save themselves shortly after the judge stops typing. Nothing
here needs the mouse, but everything can be done with it.

The page never touches the database: it calls :class:`~judgepanel.services.scoring.ScoringService`
and redraws from the change notice each call returns.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from judgepanel.domain.errors import UserError, ValidationError
from judgepanel.domain.judging import (
    ChangeKind,
    CriterionScore,
    FinalistScoring,
    JudgePosition,
    Page,
    ScoringChange,
    scale_of,
    step_score,
    type_score_key,
)
from judgepanel.domain.model import CriterionView
from judgepanel.domain.scoring import CriterionWeight, format_exact, format_score, weight_shares
from judgepanel.domain.timefmt import hk_time
from judgepanel.ui import i18n
from judgepanel.ui.judge_day import status_text
from judgepanel.ui.presentation_timer import PresentationTimerWidget
from judgepanel.ui.table_model import Column, RowTableModel

if TYPE_CHECKING:
    from judgepanel.domain.timer import PresentationTimer
    from judgepanel.services.scoring import ScoringService

#: Pause after which the next digit starts a new score rather than extending the last one.
TYPING_PAUSE_MS = 1500
#: Comments are saved this long after the judge stops typing (and at once on leaving the box).
AUTOSAVE_MS = 700

_STYLE = """
#scoreEntry { border: 2px solid palette(mid); border-radius: 6px; background: palette(base); }
#scoreEntry:focus { border: 4px solid palette(highlight); }
#scoreEntry[state="error"] { border: 4px solid #b3261e; }
QPushButton { border: 1px solid palette(dark); border-radius: 4px; padding: 4px 10px;
    background: palette(button); color: palette(button-text); }
QPushButton:hover { background: palette(light); }
QPushButton:pressed { background: palette(midlight); }
QPushButton:disabled { color: palette(mid); border-color: palette(mid); }
QPushButton:focus { border: 3px solid palette(highlight); padding: 2px 8px; }
QPlainTextEdit:focus, QTableView:focus { border: 3px solid palette(highlight); }
#rubricBand { border: 1px solid palette(mid); border-radius: 4px; padding: 4px; }
#rubricBand[current="true"] { background: palette(highlight); color: palette(highlighted-text);
    border: 2px solid palette(dark); }
#scoringMessage[kind="error"] { color: #b3261e; font-weight: bold; }
#scoringMessage[kind="locked"] { color: #8a4b00; font-weight: bold; }
#valueButton { padding: 4px 4px; }
#valueButton:focus { padding: 2px 2px; }
#valueButton:checked { background: palette(highlight); color: palette(highlighted-text);
    font-weight: bold; border: 2px solid palette(dark); padding: 3px 3px; }
"""

def _lang() -> str:
    return i18n.current_language()


@lru_cache(maxsize=1024)
def _score_text(value: Decimal | Fraction | None) -> str:
    """A score as the judge typed it ("7.5", "10"); cached, as it is drawn on every keystroke."""
    return "–" if value is None else format_exact(Fraction(value))


def _set_prop(widget: QWidget, name: str, value: Any) -> None:
    """Sets a dynamic property the style sheet selects on, re-polishing only on a change.

    Every such property is given its first value in the widget's constructor.
    """
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


_hk_time = lru_cache(maxsize=256)(hk_time)


def _set_text(label: QLabel, text: str) -> bool:
    """Sets a label's text only when it differs (a new text makes Qt lay the page out again);
    says whether it changed."""
    if label.text() == text:
        return False
    label.setText(text)
    return True


def _label(name: str, *, wrap: bool = True, plain: bool = False, scale: float | None = None,
           bold: bool = False) -> QLabel:
    """A named label: word-wrapped, optionally plain text (user data is never rich text),
    enlarged by ``scale`` and/or bold."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    if plain:
        label.setTextFormat(Qt.TextFormat.PlainText)
    if scale is not None or bold:
        font = label.font()
        if scale is not None:
            font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
    return label


def _comment_box(name: str, caption: QLabel, max_lines: int) -> AutosaveTextEdit:
    """An autosaving comment box of three to ``max_lines`` lines, captioned by ``caption``."""
    box = AutosaveTextEdit()
    box.setObjectName(name)
    caption.setBuddy(box)
    lines = box.fontMetrics().lineSpacing()
    box.setMinimumHeight(lines * 3 + 12)
    box.setMaximumHeight(lines * max_lines + 12)
    return box


def _shares(criteria: tuple[CriterionView, ...]) -> dict[int, Fraction]:
    if not criteria:
        return {}
    return weight_shares({c.id: CriterionWeight(c.weight, scale_of(c)) for c in criteria})


def _percent(share: Fraction) -> str:
    text = format_score(share, 1)
    return text[:-2] if text.endswith(".0") else text


# == small widgets ============================================================================


class ScoreEntry(QFrame):
    """The focusable score box: shows the score large and turns keys into requests.

    A custom widget rather than a spin box because the keys mean more than editing: Enter moves
    to the next criterion, Backspace to the previous one, and each digit is stored at once.
    """

    typed = Signal(str)
    stepped = Signal(int)
    extreme = Signal(bool)
    cleared = Signal()
    next_requested = Signal()
    previous_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreEntry")
        self.setProperty("state", "normal")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.label = QLabel("–", self)
        self.label.setObjectName("scoreValue")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.label.setFont(font)
        metrics = self.label.fontMetrics()
        self.label.setMinimumWidth(metrics.horizontalAdvance("00.00") + 24)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_display(self, text: str) -> None:
        self.label.setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text()
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        if plain and text and len(text) == 1 and (text.isdigit() or text in ".-。．"):
            self.typed.emit("." if text in "。．" else text)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Right) and plain:
            self.stepped.emit(+1)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Left) and plain:
            self.stepped.emit(-1)
        elif key == Qt.Key.Key_Home and plain:
            self.extreme.emit(False)
        elif key == Qt.Key.Key_End and plain:
            self.extreme.emit(True)
        elif key == Qt.Key.Key_Delete and plain:
            self.cleared.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.next_requested.emit()
        elif key == Qt.Key.Key_Backspace and plain:
            self.previous_requested.emit()
        else:
            super().keyPressEvent(event)


class AutosaveTextEdit(QPlainTextEdit):
    """A comment box that saves itself: ~700 ms after typing stops, and at once on leaving.

    ``commit`` carries the text to store; the owner calls the service and reports back with
    :meth:`mark_saved` or :meth:`mark_failed`. Esc hands the focus back (``escape_pressed``).
    """

    commit = Signal(str)
    escape_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._saved_text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._on_text_changed)
        self.status_label = QLabel()
        self.status_label.setObjectName("autosaveStatus")

    def set_text_silently(self, text: str) -> None:
        """Shows stored text without treating it as an edit."""
        self._timer.stop()
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self._saved_text = text
        self._show_status("")

    def pending(self) -> bool:
        return self.toPlainText() != self._saved_text

    def flush(self) -> None:
        """Saves now if there is unsaved text."""
        self._timer.stop()
        if self.pending():
            self.commit.emit(self.toPlainText())

    def mark_saved(self, text: str) -> None:
        self._saved_text = text
        self._show_status(self.tr("Saved") if not self.pending() else self.tr("Not saved yet…"))

    def mark_failed(self, message: str) -> None:
        self._show_status(self.tr("Not saved: {reason}").format(reason=message))

    def _show_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text or self.tr("Comment status"))

    def _on_text_changed(self) -> None:
        self._show_status(self.tr("Not saved yet…"))
        self._timer.start()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.flush()
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)


class RubricView(QFrame):
    """The rubric descriptors of one criterion; the band of the current score is highlighted
    (with a marker and bold text as well as colour)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rubric")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.heading = _label("rubricHeading", wrap=False, bold=True)
        self._layout.addWidget(self.heading)
        self._labels: list[QLabel] = []
        self._criterion: CriterionView | None = None
        self._current: int | None = None
        self._layout.addStretch(1)

    def set_criterion(self, criterion: CriterionView) -> None:
        """Shows ``criterion``'s bands, reusing the band labels (moving between criteria
        happens all day; creating and deleting widgets each time would only churn memory)."""
        self._criterion = criterion
        while len(self._labels) < len(criterion.bands):
            label = _label("rubricBand", plain=True)
            label.setProperty("current", False)
            self._layout.insertWidget(1 + len(self._labels), label)
            self._labels.append(label)
        for index, label in enumerate(self._labels):
            label.setVisible(index < len(criterion.bands))
        self._current = None
        for index in range(len(criterion.bands)):
            self._render(index, False)

    def highlight(self, value: Decimal | None) -> None:
        """Marks the band ``value`` falls in; redraws only the bands whose state changed
        (this runs on every keystroke)."""
        criterion = self._criterion
        if criterion is None:
            return
        band = None if value is None else criterion.band_for(value)
        index = None if band is None else criterion.bands.index(band)
        if index == self._current:
            return
        previous, self._current = self._current, index
        for i in (previous, index):
            if i is not None:
                self._render(i, i == index)

    def current_band(self) -> int | None:
        return self._current

    def _render(self, index: int, is_current: bool) -> None:
        assert self._criterion is not None
        band = self._criterion.bands[index]
        label = self._labels[index]
        marker = "▶ " if is_current else "    "
        label.setText(f"{marker}{_score_text(band.low)}–{_score_text(band.high)}   "
                      f"{band.descriptor.pick(_lang())}")
        font = label.font()
        font.setBold(is_current)
        label.setFont(font)
        _set_prop(label, "current", is_current)
        label.setAccessibleName(
            self.tr("Band {low} to {high}{current}").format(
                low=_score_text(band.low), high=_score_text(band.high),
                current=self.tr(" (matches the score)") if is_current else ""))
        label.setAccessibleDescription(band.descriptor.pick(_lang()))

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("What the scores mean"))
        if self._criterion is not None:
            for index in range(len(self._criterion.bands)):
                self._render(index, index == self._current)


class ValuePicker(QWidget):
    """One button per allowed score, for the mouse (keyboard users type or use the arrows)."""

    picked = Signal(object)

    COLUMNS = 11

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(4)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self._buttons: dict[Fraction, QPushButton] = {}
        self._checked: Fraction | None = None

    def set_values(self, values: tuple[Fraction, ...]) -> None:
        if tuple(self._buttons) == values:
            return
        for button in self._buttons.values():
            self._group.removeButton(button)
            self._grid.removeWidget(button)
            button.deleteLater()
        self._buttons = {}
        columns = self.COLUMNS if len(values) > self.COLUMNS else max(len(values), 1)
        for i, value in enumerate(values):
            button = QPushButton(format_exact(value))
            button.setObjectName("valueButton")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(self.tr("Score {value}").format(value=format_exact(value)))
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance("00.0") + 16)
            button.clicked.connect(lambda _=False, v=value: self.picked.emit(v))
            self._group.addButton(button)
            self._grid.addWidget(button, i // columns, i % columns)
            self._buttons[value] = button
        self._checked = None

    def set_current(self, value: Decimal | None) -> None:
        exact = None if value is None else Fraction(value)
        for v in {self._checked, exact}:
            if v is not None and v in self._buttons:
                self._buttons[v].setChecked(v == exact)
        self._checked = exact

    def set_locked(self, locked: bool) -> None:
        for button in self._buttons.values():
            button.setEnabled(not locked)

    def buttons(self) -> dict[Fraction, QPushButton]:
        return dict(self._buttons)

    def retranslate_ui(self) -> None:
        for value, button in self._buttons.items():
            button.setAccessibleName(self.tr("Score {value}").format(value=format_exact(value)))


# == the criterion page =======================================================================


class CriterionPanel(QWidget):
    """One criterion: name, weight and scale, description, score box, rubric, comment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criterionPanel")
        self.title = _label("criterionTitle", scale=1.5, bold=True)
        self.facts = _label("criterionFacts")
        self.description = _label("criterionDescription", plain=True)

        self.score_caption = QLabel()
        self.entry = ScoreEntry()
        self.score_caption.setBuddy(self.entry)
        self.band_text = _label("currentBand", plain=True)
        self.keys_hint = _label("keysHint")
        self.picker = ValuePicker()
        self.rubric = RubricView()

        self.comment_caption = QLabel()
        self.comment = _comment_box("criterionComment", self.comment_caption, 8)

        score_row = QHBoxLayout()
        score_row.addWidget(self.entry, 0, Qt.AlignmentFlag.AlignTop)
        band_column = QVBoxLayout()
        band_column.addWidget(self.band_text)
        band_column.addWidget(self.keys_hint)
        band_column.addStretch(1)
        score_row.addLayout(band_column, 1)

        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.facts)
        left.addWidget(self.description)
        left.addSpacing(6)
        left.addWidget(self.score_caption)
        left.addLayout(score_row)
        left.addWidget(self.picker)
        left.addSpacing(6)
        comment_head = QHBoxLayout()
        comment_head.addWidget(self.comment_caption, 1)
        comment_head.addWidget(self.comment.status_label)
        left.addLayout(comment_head)
        left.addWidget(self.comment)
        left.addStretch(1)

        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 3)
        columns.addSpacing(12)
        columns.addWidget(self.rubric, 2)
        self.setTabOrder(self.entry, self.comment)

    def show_item(self, item: CriterionScore, share: Fraction, index: int, count: int) -> None:
        c = item.criterion
        self.title.setText(self.tr("{number}. {name}").format(number=index + 1,
                                                             name=c.name.pick(_lang())))
        self.facts.setText(
            self.tr("Criterion {number} of {count} · weight {weight}% · scale {low}–{high} "
                    "in steps of {step}").format(
                number=index + 1, count=count, weight=_percent(share),
                low=_score_text(c.scale_min), high=_score_text(c.scale_max),
                step=_score_text(c.scale_step)))
        self.description.setText(c.description.pick(_lang()))
        self.picker.set_values(scale_of(c).values())
        self.rubric.set_criterion(c)
        self.comment_caption.setText(
            self.tr("Comment on {criterion} (F6; Esc returns to the score)").format(
                criterion=c.name.pick(_lang())))
        self.comment.setAccessibleName(
            self.tr("Comment on {criterion}").format(criterion=c.name.pick(_lang())))
        self.entry.setAccessibleName(
            self.tr("Score for {criterion}").format(criterion=c.name.pick(_lang())))
        self.comment.set_text_silently(item.comment)
        self.show_value(item, None)

    def show_value(self, item: CriterionScore, typing: str | None) -> None:
        value = item.value
        self.entry.set_display(typing if typing else _score_text(value))
        self.entry.setAccessibleDescription(
            self.tr("Not scored yet") if value is None
            else self.tr("Score {value}").format(value=_score_text(value)))
        band = item.band
        if value is None:
            _set_text(self.band_text, self.tr("Not scored yet."))
        elif band is None:
            _set_text(self.band_text, self.tr("{value}: outside every rubric band.").format(
                value=_score_text(value)))
        else:
            _set_text(self.band_text, f"{_score_text(value)}: {band.descriptor.pick(_lang())}")
        self.picker.set_current(value)
        self.rubric.highlight(value)

    def retranslate_ui(self) -> None:
        self.score_caption.setText(self.tr("S&core"))
        self.keys_hint.setText(self.tr(
            "Type the score (e.g. 7 or 7.5), or use the arrow keys. Enter: next criterion · "
            "Backspace or Page Up: previous · Delete: clear · F4: first missing"))
        self.picker.setAccessibleName(self.tr("Allowed scores"))
        self.picker.retranslate_ui()
        self.rubric.retranslate_ui()


# == the summary page =========================================================================


class SummaryRow:
    """One line of the summary: a criterion, its weight share and the judge's score."""

    __slots__ = ("item", "share")

    def __init__(self, item: CriterionScore, share: Fraction) -> None:
        self.item = item
        self.share = share


class SummaryTableModel(RowTableModel[SummaryRow]):
    """The summary table; a missing score says "Missing" (in bold red, not by colour alone)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(lambda: self.tr("Criterion"), lambda r: r.item.criterion.name.pick(_lang())),
            Column(lambda: self.tr("Weight"), lambda r: f"{_percent(r.share)}%",
                   align_right=True),
            Column(lambda: self.tr("Score"), self._score, align_right=True),
            Column(lambda: self.tr("Rubric band"),
                   lambda r: r.item.band.descriptor.pick(_lang()) if r.item.band else ""),
            Column(lambda: self.tr("Comment"), lambda r: r.item.comment.replace("\n", " ")),
        ], parent)

    def _score(self, row: SummaryRow) -> str:
        if row.item.value is None:
            return self.tr("Missing")
        return f"{_score_text(row.item.value)} / {_score_text(row.item.criterion.scale_max)}"

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < self.rowCount() and index.column() == 2:
            missing = self.row_at(index.row()).item.value is None
            if missing and role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#b3261e"))
            if missing and role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if index.isValid() and role == Qt.ItemDataRole.ToolTipRole and index.column() == 4 \
                and 0 <= index.row() < self.rowCount():
            return self.row_at(index.row()).item.comment or None
        return super().data(index, role)


class SummaryPanel(QWidget):
    """Each score with its weight, the weighted total or the missing criteria, and the overall
    comment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPanel")
        self.title = _label("summaryTitle", wrap=False, scale=1.5, bold=True)
        self.model = SummaryTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("summaryTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.total = _label("summaryTotal", scale=1.3, bold=True)
        self.missing_button = QPushButton()
        self.missing_button.setObjectName("firstMissingButton")
        self.missing_button.setAutoDefault(True)
        self.overall_caption = QLabel()
        self.overall = _comment_box("overallComment", self.overall_caption, 10)

        total_row = QHBoxLayout()
        total_row.addWidget(self.total, 1)
        total_row.addWidget(self.missing_button)
        comment_head = QHBoxLayout()
        comment_head.addWidget(self.overall_caption, 1)
        comment_head.addWidget(self.overall.status_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 2)
        layout.addLayout(total_row)
        layout.addLayout(comment_head)
        layout.addWidget(self.overall)
        layout.addStretch(1)

    def show_state(self, state: FinalistScoring, shares: dict[int, Fraction]) -> None:
        self.model.set_rows([SummaryRow(item, shares.get(item.criterion.id, Fraction(0)))
                             for item in state.criteria])
        self._fit_table()
        names = {item.criterion.id: item.criterion.name.pick(_lang()) for item in state.criteria}
        if state.missing:
            self.total.setText(self.tr("No total yet — missing: {names}").format(
                names=", ".join(names[m] for m in state.missing)))
            self.missing_button.setVisible(True)
        else:
            total = state.total
            assert total is not None
            self.total.setText(self.tr("Weighted total: {total} out of 100").format(
                total=format_score(total, 2)))
            self.missing_button.setVisible(False)
        self.total.setAccessibleName(self.total.text())

    def _fit_table(self) -> None:
        """Sizes the table to its rows, so the total and comment sit right below it."""
        self.table.resizeRowsToContents()
        height = (self.table.horizontalHeader().sizeHint().height()
                  + self.table.verticalHeader().length() + 2 * self.table.frameWidth() + 6)
        self.table.setMinimumHeight(min(height, 6 * self.fontMetrics().lineSpacing()))
        self.table.setMaximumHeight(height)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_table()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._fit_table()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Summary"))
        self.table.setAccessibleName(self.tr("Your scores for this finalist"))
        self.missing_button.setText(self.tr("Go to the first missing score (F4)"))
        self.missing_button.setAccessibleName(self.tr("Go to the first missing score"))
        self.overall_caption.setText(self.tr("&Overall comment (F6; Esc leaves the box)"))
        self.overall.setAccessibleName(self.tr("Overall comment on this finalist"))
        self.model.retranslate()


# == the page =================================================================================


class ScoringPage(QWidget):
    """The scoring wizard for one finalist; see the module docstring."""

    #: A committed change (score or comment); carries a :class:`ScoringChange`.
    score_saved = Signal(object)
    #: The judge moved (already persisted); carries a :class:`JudgePosition`.
    position_changed = Signal(object)
    #: Esc: back to the day list.
    back_requested = Signal()
    #: Enter on the summary: the next finalist after this entrant id.
    next_finalist_requested = Signal(int)
    #: A user-caused problem the page has shown; carries the UserError.
    error_shown = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoringPage")
        self.setStyleSheet(_STYLE)
        self._service: ScoringService | None = None
        self._state: FinalistScoring | None = None
        self._index = 0
        self._shares: dict[int, Fraction] = {}
        self._buffer = ""
        self._typing_timer = QTimer(self)
        self._typing_timer.setSingleShot(True)
        self._typing_timer.setInterval(TYPING_PAUSE_MS)
        self._typing_timer.timeout.connect(self._end_typing)

        # header
        self.finalist_label = _label("finalistName", scale=1.35, bold=True)
        self.slot_label = _label("slotFacts")
        self.steps = QTabBar()
        self.steps.setObjectName("criterionSteps")
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setExpanding(False)
        self.steps.setDrawBase(False)
        self.steps.setUsesScrollButtons(True)
        self.steps.currentChanged.connect(self._on_steps_current_changed)
        self.timer_widget = PresentationTimerWidget()

        self.criterion_panel = CriterionPanel()
        self.summary_panel = SummaryPanel()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.criterion_panel)
        self.stack.addWidget(self.summary_panel)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("scoringScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.stack)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.message = _label("scoringMessage", plain=True)
        self.message.setProperty("kind", "info")
        self.previous_button = QPushButton()
        self.previous_button.setObjectName("previousButton")
        self.back_button = QPushButton()
        self.back_button.setObjectName("backToDayButton")
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        for button in (self.previous_button, self.back_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            # Enter on a focused button presses it (outside dialogs Qt needs autoDefault).
            button.setAutoDefault(True)

        header_text = QVBoxLayout()
        header_text.addWidget(self.finalist_label)
        header_text.addWidget(self.slot_label)
        header = QHBoxLayout()
        header.addLayout(header_text, 1)
        header.addWidget(self.timer_widget, 0, Qt.AlignmentFlag.AlignTop)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.steps)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(nav)

        self._connect()
        self._install_shortcuts()
        self.retranslate_ui()

    # -- wiring -----------------------------------------------------------------------------
    def _connect(self) -> None:
        entry = self.criterion_panel.entry
        entry.typed.connect(self._on_entry_typed)
        entry.stepped.connect(self._on_entry_stepped)
        entry.extreme.connect(self._on_entry_extreme)
        entry.cleared.connect(lambda: self._store(None, coalesce=False))
        entry.next_requested.connect(self.go_next)
        entry.previous_requested.connect(self.go_previous)
        self.criterion_panel.picker.picked.connect(self._on_picker_picked)
        self.criterion_panel.comment.commit.connect(self._on_comment_commit)
        self.criterion_panel.comment.escape_pressed.connect(self.focus_primary)
        self.summary_panel.overall.commit.connect(self._on_overall_commit)
        self.summary_panel.overall.escape_pressed.connect(self.focus_primary)
        self.summary_panel.missing_button.clicked.connect(self.go_first_missing)
        self.summary_panel.table.activated.connect(self._on_summary_activated)
        self.previous_button.clicked.connect(self.go_previous)
        self.back_button.clicked.connect(self._on_back_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)

    def _install_shortcuts(self) -> None:
        def add(keys: list[str | QKeySequence.StandardKey], slot: Any) -> None:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

        add(["PgUp", "Alt+Left"], self.go_previous)
        add(["PgDown", "Alt+Right"], self.go_next)
        add(["F4", "Ctrl+M"], self.go_first_missing)
        add(["F6", "Ctrl+Return", "Ctrl+Enter"], self.focus_comment)
        add(["F7"], self.timer_widget.toggle)
        add(["F8"], self.timer_widget.start_qa)
        add(["Ctrl+F7"], self.timer_widget.reset)
        for number in range(1, 10):
            add([f"Alt+{number}"], lambda n=number: self.go_to(n - 1))
        add(["Alt+0"], self.go_summary)

    def attach(self, service: ScoringService) -> None:
        self._service = service

    # -- state --------------------------------------------------------------------------------
    def state(self) -> FinalistScoring | None:
        return self._state

    def current_index(self) -> int:
        """The criterion shown (0-based), or the number of criteria for the summary."""
        return self._index

    def on_summary(self) -> bool:
        return self._state is not None and self._index >= len(self._state.criteria)

    def position(self) -> JudgePosition | None:
        state = self._state
        if state is None:
            return None
        if self.on_summary():
            return JudgePosition(state.judge_id, state.entrant.id, Page.SUMMARY, None)
        return JudgePosition(state.judge_id, state.entrant.id, Page.CRITERION,
                             state.criteria[self._index].criterion.id)

    def open(self, state: FinalistScoring, page: Page = Page.CRITERION,
             criterion_id: int | None = None, timer: PresentationTimer | None = None) -> None:
        """Shows ``state`` at the given criterion (or the summary); does not persist the move."""
        self.flush()
        self._state = state
        self._shares = _shares(tuple(item.criterion for item in state.criteria))
        self.timer_widget.set_timer(timer)
        self._rebuild_steps()
        if page is Page.SUMMARY or not state.criteria:
            index = len(state.criteria)
        elif criterion_id is not None:
            try:
                index = state.index_of(criterion_id)
            except KeyError:
                index = 0
        else:
            index = 0
        self._show_index(index)
        self._update_header()
        self.show_message("")
        if state.locked:
            self._show_locked()

    def reload(self) -> None:
        """Re-reads the finalist from the service (after a change made elsewhere)."""
        if self._service is None or self._state is None:
            return
        state = self._service.finalist_scoring(self._state.judge_id, self._state.entrant.id)
        index = self._index
        self._state = state
        self._refresh_steps()
        self._show_index(min(index, len(state.criteria)))
        self._update_header()

    # -- navigation -----------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        state = self._state
        if state is None:
            return
        index = max(0, min(index, len(state.criteria)))
        self.flush()
        self._end_typing()
        self._show_index(index)
        self._persist_position()

    def go_next(self) -> None:
        if self._state is None:
            return
        if self.on_summary():
            self._on_next_clicked()
        else:
            self.go_to(self._index + 1)

    def go_previous(self) -> None:
        if self._state is None:
            return
        if self._index > 0:
            self.go_to(self._index - 1)

    def go_summary(self) -> None:
        if self._state is not None:
            self.go_to(len(self._state.criteria))

    def go_first_missing(self) -> None:
        state = self._state
        if state is None:
            return
        if not state.missing:
            self.show_message(self.tr("Every criterion has a score."))
            return
        self.go_to(state.index_of(state.missing[0]))

    def focus_comment(self) -> None:
        if self.on_summary():
            self.summary_panel.overall.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.criterion_panel.comment.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_primary(self) -> None:
        """The score box on a criterion, the "next" button on the summary."""
        if self.on_summary():
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.criterion_panel.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def flush(self) -> None:
        """Saves any comment still waiting for its autosave pause."""
        self.criterion_panel.comment.flush()
        self.summary_panel.overall.flush()

    def _show_index(self, index: int) -> None:
        state = self._state
        assert state is not None
        self._index = index
        self._buffer = ""
        self.steps.blockSignals(True)
        self.steps.setCurrentIndex(index)
        self.steps.blockSignals(False)
        if self.on_summary():
            self.summary_panel.show_state(state, self._shares)
            self.summary_panel.overall.set_text_silently(state.overall_comment)
            self.summary_panel.overall.setReadOnly(state.locked)
            self.stack.setCurrentWidget(self.summary_panel)
        else:
            item = state.criteria[index]
            self.criterion_panel.show_item(item, self._shares.get(item.criterion.id, Fraction(0)),
                                           index, len(state.criteria))
            self.criterion_panel.comment.setReadOnly(state.locked)
            self.criterion_panel.picker.set_locked(state.locked)
            self.stack.setCurrentWidget(self.criterion_panel)
        self.scroll.verticalScrollBar().setValue(0)
        self._update_nav()
        self.focus_primary()

    def _persist_position(self) -> None:
        position = self.position()
        if position is None or self._service is None:
            return
        try:
            self._service.set_position(position)
        except UserError as exc:
            self._show_error(exc)
            return
        self.position_changed.emit(position)

    # -- scoring ------------------------------------------------------------------------------
    def _current(self) -> CriterionScore | None:
        if self._state is None or self.on_summary():
            return None
        return self._state.criteria[self._index]

    def _on_entry_typed(self, key: str) -> None:
        item = self._current()
        if item is None or self._refuse_if_locked():
            return
        name = item.criterion.name.pick(_lang())
        try:
            typed = type_score_key(self._buffer, key, scale_of(item.criterion), name)
        except ValidationError as exc:
            self._buffer = ""
            self._typing_timer.stop()
            self.criterion_panel.show_value(item, None)
            self._show_error(exc)
            return
        self._buffer = typed.buffer
        self._typing_timer.start()
        if typed.value is None:
            self.criterion_panel.show_value(item, typed.buffer)
            self.show_message(self.tr("Typing {text}…").format(text=typed.buffer))
            return
        self._store(typed.value, coalesce=typed.continuing, typing=typed.buffer)

    def _on_entry_stepped(self, steps: int) -> None:
        item = self._current()
        if item is None or self._refuse_if_locked():
            return
        self._end_typing()
        self._store(step_score(item.value, steps, scale_of(item.criterion)), coalesce=False)

    def _on_entry_extreme(self, high: bool) -> None:
        item = self._current()
        if item is None or self._refuse_if_locked():
            return
        self._end_typing()
        values = scale_of(item.criterion).values()
        self._store(values[-1] if high else values[0], coalesce=False)

    def _on_picker_picked(self, value: Fraction) -> None:
        if self._refuse_if_locked():
            self.criterion_panel.picker.set_current(
                self._current().value if self._current() else None)  # type: ignore[union-attr]
            return
        self._end_typing()
        self._store(value, coalesce=False)
        self.criterion_panel.entry.setFocus(Qt.FocusReason.MouseFocusReason)

    def _store(self, value: Fraction | None, *, coalesce: bool, typing: str | None = None) -> None:
        state = self._state
        item = self._current()
        if state is None or item is None or self._service is None:
            return
        if value is None and self._refuse_if_locked():
            return
        try:
            change = self._service.set_score(
                state.judge_id, state.entrant.id, item.criterion.id, value, coalesce=coalesce
            )
        except UserError as exc:
            self._buffer = ""
            self.criterion_panel.show_value(item, None)
            self._show_error(exc)
            return
        # Committed: listeners hear it first, then the page redraws.
        self.score_saved.emit(change)
        self.apply_change(change, typing=typing)
        if change.changed:
            name = item.criterion.name.pick(_lang())
            self.show_message(
                self.tr("{criterion}: {value} saved.").format(
                    criterion=name, value=_score_text(change.new_value))
                if change.new_value is not None
                else self.tr("{criterion}: score cleared.").format(criterion=name))

    def apply_change(self, change: ScoringChange, *, typing: str | None = None) -> None:
        """Redraws from a committed change (its own, or an undo/redo done by the workspace)."""
        state = self._state
        if state is None or change.entrant_id != state.entrant.id:
            return
        self._state = state.with_change(change)
        if change.kind is ChangeKind.SCORE and change.criterion_id is not None:
            index = self._state.index_of(change.criterion_id)
            self._refresh_step(index)
            if index == self._index:
                self.criterion_panel.show_value(self._state.criteria[index], typing)
            elif self.on_summary():
                self.summary_panel.show_state(self._state, self._shares)
        elif change.kind is ChangeKind.COMMENT and self.on_summary():
            self.summary_panel.show_state(self._state, self._shares)
        self._update_header()

    def show_change(self, change: ScoringChange, message: str) -> None:
        """Shows an undo/redo: moves to the criterion it changed and says what happened."""
        state = self._state
        if state is None or change.criterion_id is None:
            return
        self.apply_change(change)
        index = self._state.index_of(change.criterion_id) if self._state else 0
        if index != self._index:
            self.go_to(index)
        self.show_message(message)

    def _on_comment_commit(self, text: str) -> None:
        state, item = self._state, self._current()
        if state is None or self._service is None:
            return
        box = self.criterion_panel.comment
        if item is None:
            return
        try:
            change = self._service.set_comment(state.judge_id, state.entrant.id,
                                               item.criterion.id, text)
        except UserError as exc:
            box.mark_failed(i18n.translate_error(exc.template, exc.params))
            self._show_error(exc)
            return
        box.mark_saved(text)
        self.apply_change(change)
        self.score_saved.emit(change)

    def _on_overall_commit(self, text: str) -> None:
        state = self._state
        if state is None or self._service is None:
            return
        box = self.summary_panel.overall
        try:
            change = self._service.set_overall_comment(state.judge_id, state.entrant.id, text)
        except UserError as exc:
            box.mark_failed(i18n.translate_error(exc.template, exc.params))
            self._show_error(exc)
            return
        box.mark_saved(text)
        self.apply_change(change)
        self.score_saved.emit(change)

    def _end_typing(self) -> None:
        self._typing_timer.stop()
        if self._buffer:
            self._buffer = ""
            item = self._current()
            if item is not None:
                self.criterion_panel.show_value(item, None)

    def _refuse_if_locked(self) -> bool:
        if self._state is not None and self._state.locked:
            self._show_locked()
            return True
        return False

    # -- display ------------------------------------------------------------------------------
    def _rebuild_steps(self) -> None:
        self.steps.blockSignals(True)
        while self.steps.count():
            self.steps.removeTab(0)
        state = self._state
        if state is not None:
            for _ in state.criteria:
                self.steps.addTab("")
            self.steps.addTab("")
        self.steps.blockSignals(False)
        self._refresh_steps()

    def _refresh_steps(self) -> None:
        state = self._state
        if state is None:
            return
        for index in range(len(state.criteria)):
            self._refresh_step(index)
        self.steps.setTabText(len(state.criteria), self.tr("&Summary"))
        self.steps.setTabToolTip(len(state.criteria), self.tr("Summary (Alt+0)"))

    def _refresh_step(self, index: int) -> None:
        state = self._state
        assert state is not None
        item = state.criteria[index]
        name = item.criterion.name.pick(_lang()).replace("&", "&&")
        value = self.tr("missing") if item.value is None else _score_text(item.value)
        text = f"{index + 1}. {name}: {value}"
        if self.steps.tabText(index) != text:  # a new tab text re-lays out the whole bar
            self.steps.setTabText(index, text)
            self.steps.setTabToolTip(index, self.tr("{name} (Alt+{number})").format(
                name=item.criterion.name.pick(_lang()), number=index + 1))

    def _update_header(self) -> None:
        state = self._state
        if state is None:
            self.finalist_label.setText("")
            self.slot_label.setText("")
            return
        entrant = state.entrant
        other = entrant.name.pick("en" if _lang() != "en" else "zh_HK")
        _set_text(self.finalist_label, f"{entrant.name.pick(_lang())} ({entrant.code})")
        self.finalist_label.setAccessibleName(self.tr("Finalist: {name}").format(
            name=entrant.name.pick(_lang())))
        slot = state.slot
        parts = [other]
        if slot.starts_at is not None and slot.ends_at is not None:
            parts.append(self.tr("{start}–{end}").format(start=_hk_time(slot.starts_at),
                                                        end=_hk_time(slot.ends_at)))
        parts.append(self.tr("{scored} of {count} criteria scored").format(
            scored=sum(1 for i in state.criteria if i.value is not None),
            count=len(state.criteria)))
        parts.append(status_text(state.status))
        _set_text(self.slot_label, " · ".join(parts))

    def _update_nav(self) -> None:
        state = self._state
        at_start = self._index == 0
        self.previous_button.setEnabled(state is not None and not at_start)
        if self.on_summary():
            self.next_button.setText(self.tr("Next finalist (Enter) ▶"))
            self.next_button.setAccessibleName(self.tr("Go to the next finalist"))
            self.next_button.setDefault(True)
        else:
            self.next_button.setText(self.tr("Next (Enter) ▶"))
            self.next_button.setAccessibleName(self.tr("Next criterion"))
            self.next_button.setDefault(False)

    def show_message(self, text: str, kind: str = "info") -> None:
        if _set_text(self.message, text):
            self.message.setAccessibleName(text or self.tr("Messages"))
        _set_prop(self.message, "kind", kind)
        _set_prop(self.criterion_panel.entry, "state", "error" if kind == "error" else "normal")

    def _show_error(self, error: UserError) -> None:
        self.show_message("⚠ " + i18n.translate_error(error.template, error.params), "error")
        self.error_shown.emit(error)

    def _show_locked(self) -> None:
        self.show_message(self.tr(
            "Your score sheet has been signed, so these scores are read-only. An amendment "
            "must be started before they can change."), "locked")

    # -- slots ----------------------------------------------------------------------------------
    def _on_steps_current_changed(self, index: int) -> None:
        if self._state is not None and index != self._index:
            self.go_to(index)

    def _on_summary_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.go_to(index.row())

    def _on_back_clicked(self) -> None:
        self.flush()
        self.back_requested.emit()

    def _on_next_clicked(self) -> None:
        if self._state is None:
            return
        if self.on_summary():
            self.flush()
            self.next_finalist_requested.emit(self._state.entrant.id)
        else:
            self.go_next()

    # -- Qt -------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not event.modifiers() and event.key() == Qt.Key.Key_Escape:
            self._on_back_clicked()
            return
        if not event.modifiers() and event.key() == Qt.Key.Key_Backspace:
            self.go_previous()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: Any) -> None:
        self.flush()
        super().hideEvent(event)

    def retranslate_ui(self) -> None:
        self.previous_button.setText(self.tr("◀ Previous (Page Up)"))
        self.previous_button.setAccessibleName(self.tr("Previous criterion"))
        self.back_button.setText(self.tr("Back to the day (Esc)"))
        self.back_button.setAccessibleName(self.tr("Back to the list of presentations"))
        self.steps.setAccessibleName(self.tr("Criteria and summary"))
        self.scroll.setAccessibleName(self.tr("Scoring"))
        self.message.setAccessibleName(self.message.text() or self.tr("Messages"))
        self.criterion_panel.retranslate_ui()
        self.summary_panel.retranslate_ui()
        state = self._state
        if state is not None:
            self._refresh_steps()
            self._show_index(self._index)
            self._update_header()
        else:
            self._update_nav()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
