"""Item models and the bar chart of the results workspace.

The results tables have columns that depend on the data (one per judge, one per method), so
they use :class:`GridModel`: headers and cells given together, each cell with its text and,
where the meaning is carried by colour, the same meaning in words (a colour-blind chair, or a
printout in black and white, loses nothing).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Cell:
    """One table cell: text, and optionally a background, a tooltip, right alignment, bold."""

    text: str
    background: str | None = None
    tooltip: str | None = None
    right: bool = False
    bold: bool = False
    center: bool = False


class GridModel(QAbstractTableModel):
    """A read-only table of :class:`Cell` rows under translated headers, set all at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._row_headers: tuple[str, ...] | None = None
        self._rows: tuple[tuple[Cell, ...], ...] = ()

    def set_grid(self, headers: Sequence[str], rows: Sequence[Sequence[Cell]],
                 row_headers: Sequence[str] | None = None) -> None:
        self.beginResetModel()
        self._headers = tuple(headers)
        self._rows = tuple(tuple(r) + (Cell(""),) * (len(self._headers) - len(r))
                           for r in rows)
        self._row_headers = tuple(row_headers) if row_headers is not None else None
        self.endResetModel()

    def cell(self, row: int, column: int) -> Cell:
        return self._rows[row][column]

    def headers(self) -> tuple[str, ...]:
        return self._headers

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not (
                0 <= index.column() < len(self._headers)):
            return None
        cell = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell.text
        if role == Qt.ItemDataRole.BackgroundRole and cell.background:
            return QBrush(QColor(cell.background))
        if role == Qt.ItemDataRole.ForegroundRole and cell.background:
            return QBrush(QColor("#1b1b1b"))
        if role == Qt.ItemDataRole.ToolTipRole and cell.tooltip:
            return cell.tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole and (cell.right or cell.center):
            horizontal = Qt.AlignmentFlag.AlignHCenter if cell.center else \
                Qt.AlignmentFlag.AlignRight
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and cell.bold:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        if self._row_headers is not None and 0 <= section < len(self._row_headers):
            return self._row_headers[section]
        return str(section + 1)


@dataclass(frozen=True)
class Bar:
    """One group of the chart: a label, the bar's value, and optional markers (each judge's
    total) or sub-bars (each criterion), all on the chart's 0..maximum scale."""

    label: str
    value: float
    value_text: str
    markers: tuple[float, ...] = ()
    parts: tuple[float, ...] = ()
    highlight: bool = False


_PART_COLOURS = ("#1f3a5f", "#4f81bd", "#9bbb59", "#f79646", "#8064a2", "#4bacc6")


class BarChart(QWidget):
    """Horizontal bars painted with QPainter: one per finalist, best first.

    In "totals" mode each bar is the finalist's result and a small tick marks each judge's
    total, so the spread is visible at a glance; in "criteria" mode each finalist has one thin
    bar per criterion (mean mark as a share of the scale)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._bars: tuple[Bar, ...] = ()
        self._maximum = 100.0
        self._legend: tuple[str, ...] = ()
        self._empty_text = ""

    def set_bars(self, bars: Sequence[Bar], *, maximum: float = 100.0,
                 legend: Sequence[str] = ()) -> None:
        self._bars = tuple(bars)
        self._maximum = maximum or 1.0
        self._legend = tuple(legend)
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.value_text}" for b in bars))
        self.updateGeometry()
        self.update()

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def sizeHint(self) -> QSize:
        per = 22 + 8 * max((len(b.parts) for b in self._bars), default=0)
        return QSize(640, 40 + len(self._bars) * per)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        text_colour = self.palette().text().color()
        if not self._bars:
            painter.setPen(text_colour)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            painter.end()
            return
        metrics = painter.fontMetrics()
        label_w = min(max(metrics.horizontalAdvance(b.label) for b in self._bars) + 12,
                      int(self.width() * 0.4))
        legend_h = metrics.height() + 8 if self._legend else 0
        right_pad = max(metrics.horizontalAdvance(b.value_text) for b in self._bars) + 16
        top, axis_h = 8 + legend_h, metrics.height() + 6
        plot_w = max(self.width() - label_w - right_pad, 10)
        available = max(self.height() - top - 8 - axis_h, 10)
        group_h = available / len(self._bars)
        x0 = label_w
        grid = QPen(self.palette().mid().color(), 1, Qt.PenStyle.DotLine)
        for k in range(5):
            gx = x0 + plot_w * k / 4
            painter.setPen(grid)
            painter.drawLine(int(gx), int(top), int(gx), int(top + available))
            painter.setPen(text_colour)
            tick = f"{self._maximum * k / 4:g}"
            painter.drawText(QRectF(gx - 30, top + available + 2, 60, axis_h),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), tick)
        for i, name in enumerate(self._legend):
            colour = QColor(_PART_COLOURS[i % len(_PART_COLOURS)])
            x = x0 + i * (plot_w / max(len(self._legend), 1))
            painter.fillRect(QRectF(x, 8, 10, 10), colour)
            painter.setPen(text_colour)
            painter.drawText(QRectF(x + 14, 4, plot_w / max(len(self._legend), 1) - 16,
                                    metrics.height() + 4),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight,
                                                int(plot_w / max(len(self._legend), 1) - 16)))
        for i, bar in enumerate(self._bars):
            y = top + i * group_h
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, y, label_w - 8, group_h),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight,
                                                label_w - 8))
            if bar.parts:
                thickness = max((group_h - 6) / len(bar.parts), 2)
                for k, part in enumerate(bar.parts):
                    width = max(part, 0) / self._maximum * plot_w
                    painter.fillRect(QRectF(x0, y + 3 + k * thickness, width, thickness - 1),
                                     QColor(_PART_COLOURS[k % len(_PART_COLOURS)]))
            else:
                height = max(group_h * 0.6, 4)
                bar_y = y + (group_h - height) / 2
                width = max(bar.value, 0) / self._maximum * plot_w
                painter.fillRect(QRectF(x0, bar_y, width, height),
                                 QColor("#1f3a5f" if bar.highlight else "#8fa6c1"))
                painter.setPen(QPen(QColor("#c0392b"), 2))
                for marker in bar.markers:
                    mx = x0 + max(marker, 0) / self._maximum * plot_w
                    painter.drawLine(int(mx), int(bar_y - 2), int(mx), int(bar_y + height + 2))
            painter.setPen(text_colour)
            painter.drawText(QRectF(x0 + plot_w + 4, y, right_pad, group_h),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             bar.value_text)
        painter.setPen(QPen(self.palette().mid().color(), 1))
        painter.drawLine(int(x0), int(top), int(x0), int(top + available))
        painter.end()
