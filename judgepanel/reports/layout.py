"""What every printed document shares: page, running header and footer, styles, tables, numbers.

The running header and the "Page x of y / 第 x 頁，共 y 頁" footer are drawn when the document is
saved, by a canvas that keeps each finished page until it knows how many there are: one pass over
the story, and the cost per page stays constant however long the document is.

Output is deterministic: the same input gives the same bytes (ReportLab's invariant mode, with
the creation date taken from the document rather than the clock), so a rebuilt sheet can be
compared with a signed one byte for byte.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as _ReportLabParagraph

from judgepanel import __version__
from judgepanel.domain.documents import CompetitionInfo, CriterionInfo, EntrantInfo
from judgepanel.domain.scoring import format_score
from judgepanel.domain.timefmt import to_hk
from judgepanel.reports.fonts import MONO, SANS, ensure_fonts

__all__ = [
    "ALERT",
    "ALERT_FILL",
    "CONTENT_WIDTH",
    "INK",
    "MUTED",
    "PAGE_SIZE",
    "RULE",
    "SHADE",
    "TINT",
    "Decor",
    "Meta",
    "PageLabel",
    "Paragraph",
    "Rule",
    "Styles",
    "Text",
    "alert_box",
    "bilingual",
    "build_pdf",
    "clip",
    "data_table",
    "entrant_bar",
    "flowing",
    "fmt_date",
    "fmt_moment",
    "fmt_number",
    "fmt_total",
    "group_hex",
    "heading",
    "info_table",
    "is_long",
    "label",
    "markup",
    "para",
    "plain_table",
    "prose",
    "scale_text",
    "signature_lines",
    "styles",
    "title_block",
    "weight_share",
]

PAGE_SIZE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1F3A5F")  # headings and header rows
TINT = colors.HexColor("#DCE4EE")  # header-row fill
SHADE = colors.HexColor("#F3F5F8")  # alternate rows, label cells
RULE = colors.HexColor("#8A97A8")  # grid lines
MUTED = colors.HexColor("#5A6472")  # running header and footer
ALERT = colors.HexColor("#8A1C1C")  # recusal marks
ALERT_FILL = colors.HexColor("#FBEDEA")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


# --------------------------------------------------------------------------------------------
# Text


def markup(text: str) -> str:
    """Plain text as safe paragraph markup: escaped, control characters dropped, line breaks
    kept."""
    cleaned = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    return "<br/>".join(escape(line) for line in cleaned.split("\n"))


#: Widths closer than this are the same width.
_FIT = 1e-6


class Paragraph(_ReportLabParagraph):
    """ReportLab's paragraph, broken into lines once per width.

    A paragraph in a table cell is measured again every time the table is: when a
    KeepTogether measures its group, when the frame places the table, when the table splits
    and when each cell is drawn. The line breaks depend only on the text, the style and the
    width (never on the height offered), so the lines found for a width are kept and reused.
    Widths that differ only by rounding (a table sums column widths in a different order
    when it measures and when it draws) count as the same width.
    """

    _lines_width: float | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._laid_out(avail_width):
            return self.width, self.height
        size = super().wrap(avail_width, avail_height)
        if hasattr(self, "blPara"):
            self._lines_width = avail_width
        return size

    def _laid_out(self, avail_width: float) -> bool:
        """Whether the lines for this width are at hand (a split that finds no room drops
        them)."""
        done = self._lines_width
        return done is not None and abs(avail_width - done) < _FIT and hasattr(self, "blPara")


#: Text the markup parser would change (whitespace it collapses or strips, characters it treats
#: specially): such text is left to ReportLab from the start.
_IRREGULAR = re.compile(r"^\s|\s$|\s\s|[^\S ]|[\xad\u200b-\u200f\u2060\ufeff]")
_JOINER = "\xa0\xa0"  # what "&nbsp;&nbsp;" parses to


@lru_cache(maxsize=128)
def _first_fragment(style: ParagraphStyle) -> Any:
    """The fragment ReportLab's parser starts every paragraph in ``style`` with (styles are
    never changed once made, see :func:`styles`)."""
    return _ReportLabParagraph("x", style).frags[0]


class Text(Paragraph):
    """Plain text in one style: lines one under another, each line one or more parts joined by
    two no-break spaces. It prints exactly as the equivalent markup paragraph does.

    Most texts on our pages are short (labels, names, numbers) and every line fits its cell.
    For those, this skips what costs the time in ReportLab's paragraph: parsing the markup,
    the "CJK" line breaker, which measures and compares every character, and the general
    drawing code. It builds the fragments the parser would build and, when every line fits,
    the line layout the breaker would find, and draws those lines with the same text
    operators. A line that does not fit, text the parser would normalise, a style with
    features beyond that, or a paragraph that must split across pages: the markup is parsed
    and ReportLab lays it out and draws it as usual.
    """

    _plain: tuple[str, ...] | None = None
    _source: Sequence[Sequence[str]] = ()
    _markup: str | None = None
    _frags: list[Any] | None = None

    @property
    def text(self) -> str:
        """The paragraph's markup (made when first asked for)."""
        if self._markup is None:
            self._markup = _markup_of(self._source)
        return self._markup

    @text.setter
    def text(self, value: str) -> None:
        self._markup = value

    @classmethod
    def of(cls, lines: Sequence[Sequence[str]], style: ParagraphStyle) -> Text:
        """``lines`` of plain text (escaped here; a line break in a part starts a new line),
        each line's parts joined by two no-break spaces."""
        if not lines or not _simple_style(style):
            return cls(_markup_of(lines), style)
        cleaned = [[_clean(part) for part in line] for line in lines]
        for line in cleaned:
            for part in line:
                for piece in part.split("\n"):
                    if not piece or _IRREGULAR.search(piece):
                        return cls(_markup_of(lines), style)
        # A line break inside a part starts a new line, as "<br/>" in the markup does.
        plain = tuple("\n".join(_JOINER.join(line) for line in cleaned).split("\n"))
        self = cls.__new__(cls)
        self.caseSensitive = 1
        self.encoding = "utf8"
        self._source = lines
        self.style = style
        self.bulletText = None
        self.debug = 0
        self._plain = plain
        return self

    @property
    def frags(self) -> list[Any]:
        """The fragments the parser would make (made when first asked for: laying out and
        drawing lines that fit do not need them)."""
        if self._frags is None and self._plain is not None:
            first = _first_fragment(self.style)
            frags = []
            for number, line in enumerate(self._plain):
                if number:
                    frags.append(first.clone(__tag__="br", lineBreak=True, text="", us_lines=[],
                                             link=[]))
                frags.append(first.clone(text=line, us_lines=[], link=[]))
            self._frags = frags
        return self._frags or []

    @frags.setter
    def frags(self, value: list[Any]) -> None:
        self._frags = value

    def _parse(self) -> None:
        """From here on, an ordinary paragraph of the same markup."""
        from reportlab.platypus.paragraph import cleanBlockQuotedText

        self._plain = None
        self._lines_width = None
        self._setup(self.text, self.style, None, None, cleanBlockQuotedText)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        plain = self._plain
        if plain is None or avail_width < _FIT:
            return super().wrap(avail_width, avail_height)
        if self._laid_out(avail_width):
            return self.width, self.height
        style = self.style
        first = _first_fragment(style)
        font, size = first.fontName, first.fontSize
        first_width = avail_width - style.leftIndent - style.firstLineIndent - style.rightIndent
        later_width = avail_width - style.leftIndent - style.rightIndent
        lines = []
        for number, line in enumerate(plain):
            room = later_width if number else first_width
            extra = room - stringWidth(line, font, size)
            if extra < _FIT:
                self._parse()
                return super().wrap(avail_width, avail_height)
            lines.append((extra, [line]))
        self.width = avail_width
        self._wrapWidths = [first_width, later_width]
        # The layout ReportLab's breaker gives a single-fragment paragraph ("kind 0").
        self.blPara = first.clone(kind=0, lines=lines, ascent=size, descent=-0.2 * size,
                                  us_lines=[], link=[])
        self.height = len(lines) * style.leading
        self._lines_width = avail_width
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        if self._plain is None or self._lines_width is None or getattr(self, "_showBoundary", 0):
            super().drawOn(canvas, x, y, _sW)
            return
        # ReportLab's drawing of these lines (Flowable.drawOn, then Paragraph.drawPara for a
        # left, centred or right aligned "kind 0" layout), without its general machinery:
        # the same text operators, placed at the page position directly.
        from reportlab.platypus.paragraph import setXPos

        x = self._hAlignAdjust(x, _sW)
        style = self.style
        first = _first_fragment(style)
        size = first.fontSize
        canvas.saveState()
        canvas.setFillColor(first.textColor)
        text = canvas.beginText(x + style.leftIndent, y + self.height - size)
        text.setFont(first.fontName, size, style.leading)
        alignment = style.alignment
        for extra, words in self.blPara.lines:
            offset = extra if alignment == TA_RIGHT else extra / 2 if alignment == TA_CENTER else 0
            setXPos(text, offset)
            text._textOut(words[0], 1)
            setXPos(text, -offset)
        canvas.drawText(text)
        canvas.restoreState()

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if self._plain is not None:
            self._parse()
            self.wrap(avail_width, avail_height)
        return super().split(avail_width, avail_height)

    def minWidth(self) -> float:
        if self._plain is not None:
            self._parse()
        return super().minWidth()


def _markup_of(lines: Sequence[Sequence[str]]) -> str:
    return "<br/>".join("&nbsp;&nbsp;".join(markup(part) for part in line) for line in lines)


def _clean(text: str) -> str:
    """What :func:`markup` keeps of a text, before escaping."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))


@lru_cache(maxsize=128)
def _simple_style(style: ParagraphStyle) -> bool:
    """Whether :class:`Text` may lay out and draw paragraphs in ``style`` itself."""
    return (style.wordWrap in ("CJK", None) and style.alignment in (TA_LEFT, TA_CENTER, TA_RIGHT)
            and getattr(style, "autoLeading", "") in ("", "off", None)
            and not getattr(style, "textTransform", None) and not getattr(style, "endDots", None)
            and not getattr(style, "bulletText", None) and not style.backColor
            and not (style.borderWidth and style.borderColor) and not style.firstLineIndent)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    tiny: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    head_center: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    subtitle_right: ParagraphStyle
    heading: ParagraphStyle
    mono: ParagraphStyle
    mono_small: ParagraphStyle
    alert: ParagraphStyle
    alert_title: ParagraphStyle


#: Chinese punctuation that must not start a line but that ReportLab's list (made for
#: Japanese) lacks; without them "，以及…" could begin a line.
_CHINESE_CANNOT_START = "，；：！？〉》…"


def _teach_chinese_line_breaking() -> None:
    from reportlab.platypus import paragraph

    missing = "".join(ch for ch in _CHINESE_CANNOT_START
                      if ch not in paragraph.ALL_CANNOT_START)
    if missing:
        paragraph.ALL_CANNOT_START += missing


@lru_cache(maxsize=1)
def _styles() -> Styles:
    _teach_chinese_line_breaking()
    # "CJK" wrapping keeps Chinese punctuation off the start of a line and English words
    # whole. Text that may split across pages uses prose() instead (see there).
    def style(name: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
        kw.setdefault("fontName", SANS)
        return ParagraphStyle(name, fontSize=size, leading=leading, wordWrap="CJK",
                              splitLongWords=1, **kw)

    cell = style("cell", 8.5, 11.5)
    subtitle = style("subtitle", 11, 15, textColor=INK)
    head = style("head", 7.8, 10, textColor=INK)
    return Styles(
        body=style("body", 9, 13),
        small=style("small", 7.5, 10, textColor=MUTED),
        tiny=style("tiny", 7, 9),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        head=head,
        head_right=ParagraphStyle("head_right", parent=head, alignment=TA_RIGHT),
        head_center=ParagraphStyle("head_center", parent=head, alignment=TA_CENTER),
        title=style("title", 15, 19.5, textColor=INK, alignment=TA_LEFT),
        subtitle=subtitle,
        subtitle_right=ParagraphStyle("subtitle_right", parent=subtitle, alignment=TA_RIGHT),
        heading=style("heading", 11.5, 15, textColor=INK, spaceBefore=10, spaceAfter=5,
                      keepWithNext=1),
        mono=style("mono", 7.5, 10, fontName=MONO),
        mono_small=style("mono_small", 6.5, 8.5, fontName=MONO),
        alert=style("alert", 9.5, 13, textColor=ALERT),
        alert_title=style("alert_title", 15, 19.5, textColor=ALERT),
    )


@lru_cache(maxsize=64)
def prose(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` with Western wrapping, for paragraphs that may be split across pages.

    ReportLab's "CJK" mode drops the space at a line end when it splits a paragraph between
    pages ("the customer liaison" printed as "customerliaison"). Western wrapping still breaks
    runs of Chinese characters (splitLongWords), only without the punctuation rules.
    """
    return ParagraphStyle(f"{style.name}_prose", parent=style, wordWrap=None)


def styles() -> Styles:
    """The shared paragraph styles (registers the fonts on first use)."""
    ensure_fonts()
    return _styles()


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped); use :class:`Paragraph` directly for markup."""
    return Text.of([(text,)], style)


#: Text longer than this (characters) leaves its table cell and flows below the table: a table
#: row cannot be taller than a page, and splitting one huge paragraph page by page costs
#: quadratic time.
LONG_TEXT = 1000
_LONG_LINES = 12
_CHUNK = 1200
_BREAKS = "。！？；.!?;"


def is_long(text: str) -> bool:
    return len(text) > LONG_TEXT or text.count("\n") > _LONG_LINES


def clip(text: str, limit: int = 200) -> str:
    """A name or label cut to ``limit`` characters, so no cell can outgrow a page."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _chunks(line: str) -> list[str]:
    pieces: list[str] = []
    while len(line) > _CHUNK:
        window = line[:_CHUNK]
        cut = max(window.rfind(ch) for ch in _BREAKS)
        if cut < _CHUNK // 2:
            cut = window.rfind(" ")
        if cut < _CHUNK // 2:
            cut = _CHUNK - 1
        pieces.append(line[: cut + 1])
        line = line[cut + 1 :].lstrip(" ")
    pieces.append(line)
    return pieces


def flowing(text: str, style: ParagraphStyle, lead: str = "") -> list[Paragraph]:
    """Long plain text as a run of short paragraphs that break across pages cheaply.

    ``lead`` is markup put before the first paragraph (a label such as "Comment:")."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    pieces = [piece for line in lines for piece in _chunks(line)]
    style = prose(style)
    result = [Paragraph(markup(piece) or "&nbsp;", style) for piece in pieces]
    if lead:
        result[0] = Paragraph(lead + markup(pieces[0]), style)
    return result


def bilingual(en: str, zh: str, style: ParagraphStyle, *, inline: bool = False) -> Paragraph:
    """English and Chinese in one paragraph: stacked (default) or on one line."""
    parts = [part for part in (en, zh) if part.strip()] or ["—"]
    return Text.of([parts] if inline else [(part,) for part in parts], style)


# --------------------------------------------------------------------------------------------
# Numbers and times


def fmt_number(value: Decimal | Fraction) -> str:
    """A score, weight or bound as written: ``7.5``, ``10``, ``0.25`` (no exponent)."""
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    text = format(value.normalize(), "f") if value else "0"
    return text


def fmt_total(value: Decimal | Fraction) -> str:
    """A weighted total to 2 places, half to even (as :func:`scoring.format_score`)."""
    return format_score(Fraction(value), 2)


def fmt_moment(moment: datetime | None, *, empty: str = "—") -> str:
    """Hong Kong time, as the panel reads it: ``2003-03-14 10:30 HKT``."""
    if moment is None:
        return empty
    return to_hk(moment).strftime("%Y-%m-%d %H:%M") + " HKT"


def fmt_date(day: date) -> tuple[str, str]:
    """(English, Chinese) long forms: ``Friday 14 March 2003``, ``2003年3月14日（星期五）``."""
    weekdays_zh = "一二三四五六日"
    en = f"{day.strftime('%A')} {day.day} {day.strftime('%B')} {day.year}"
    zh = f"{day.year}年{day.month}月{day.day}日（星期{weekdays_zh[day.weekday()]}）"
    return en, zh


def group_hex(text: str, size: int = 4, per_line: int = 0) -> str:
    """``ab12cd34…`` as ``AB12 CD34 …`` so a person can compare it by eye.

    With ``per_line``, a line break follows every ``per_line`` groups."""
    clean = text.strip().upper()
    groups = [clean[i : i + size] for i in range(0, len(clean), size)]
    if per_line <= 0:
        return " ".join(groups)
    return "\n".join(" ".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line))


# --------------------------------------------------------------------------------------------
# Tables


class _Table(Table):
    """ReportLab's table, measured once per width.

    Like a paragraph, a table is measured again each time it is wrapped (by a KeepTogether,
    by the frame, before a split), and measuring means measuring every cell. Row heights and
    column positions depend only on the width when every row was measured; ReportLab stops
    early only when the table is taller than the height offered, and then it is measured
    again next time.
    """

    _measured_width: float | None = None

    def _calc(self, availWidth: float, availHeight: float) -> None:
        done = self._measured_width
        if done is not None and abs(availWidth - done) < _FIT:
            return
        super()._calc(availWidth, availHeight)
        if self._hmax == len(self._argH):
            self._measured_width = availWidth


def plain_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    commands: Iterable[tuple[Any, ...]] = (),
    **kwargs: Any,
) -> Table:
    """A table in our font (a bare ReportLab Table would pull in unembedded Helvetica)."""
    style = [("FONTNAME", (0, 0), (-1, -1), SANS), *commands]
    kwargs.setdefault("hAlign", "LEFT")
    return _Table([list(row) for row in rows], colWidths=list(widths), style=TableStyle(style),
                  **kwargs)


def data_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    zebra: bool = True,
    extra: Iterable[tuple[Any, ...]] = (),
    repeat_header: bool = True,
) -> Table:
    """A gridded table with a tinted header row, repeated on each page it spans."""
    commands: list[tuple[Any, ...]] = [
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), TINT),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, INK),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, SHADE]))
    commands.extend(extra)
    return plain_table(rows, widths, commands, repeatRows=header_rows if repeat_header else 0)


class Rule(Flowable):
    """A horizontal line across the frame."""

    def __init__(self, width: float = CONTENT_WIDTH, thickness: float = 0.6,
                 color: colors.Color = INK, space: float = 4) -> None:
        super().__init__()
        self.width = width
        self.thickness = thickness
        self.color = color
        self.space = space

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.thickness + 2 * self.space

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        y = self.space + self.thickness / 2
        self.canv.line(0, y, self.width, y)


# --------------------------------------------------------------------------------------------
# Building blocks shared by the documents


def heading(en: str, zh: str, st: Styles) -> Paragraph:
    """A section heading, English then Chinese, kept with what follows it."""
    return Text.of([(en, zh)], st.heading)


def label(en: str, zh: str, st: Styles) -> Paragraph:
    """A column or field label, English over Chinese."""
    return bilingual(en, zh, st.head)


def title_block(competition: CompetitionInfo, doc_en: str, doc_zh: str, st: Styles, *,
                scheme_line: bool = True) -> list[Flowable]:
    """The first lines of every document: the scheme, the award and year, the document's name.

    ``scheme_line=False`` leaves out the scheme's name (still in the running header) where
    space is short."""
    comp = competition
    scheme = Text.of([(clip(comp.scheme_en), clip(comp.scheme_zh))], st.small)
    banner = plain_table(
        [[
            Text.of([(f"{clip(comp.award_name_en)} {clip(comp.year_label, 20)}",),
                     (f"{clip(comp.year_label, 20)} {clip(comp.award_name_zh)}",)], st.title),
            Text.of([(doc_en,), (doc_zh,)], st.subtitle_right),
        ]],
        [CONTENT_WIDTH - 46 * mm, 46 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, 0), 1.6, INK),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ],
    )
    lead: list[Flowable] = [scheme, Spacer(1, 2 * mm)] if scheme_line else []
    return [*lead, banner, Spacer(1, 3 * mm)]


def info_table(rows: Sequence[Sequence[Any]], widths: Sequence[float]) -> Table:
    """Label/value pairs (labels in even columns, shaded), no header row."""
    extra = [("BACKGROUND", (col, 0), (col, -1), SHADE) for col in range(0, len(widths), 2)]
    return data_table(rows, widths, header_rows=0, zebra=False, extra=extra)


def alert_box(rows: Sequence[Flowable], width: float = CONTENT_WIDTH) -> Table:
    """A red-edged box for recusals and amendments, one flowable per line."""
    return data_table(
        [[row] for row in rows],
        [width],
        header_rows=0,
        zebra=False,
        extra=[("BACKGROUND", (0, 0), (-1, -1), ALERT_FILL), ("BOX", (0, 0), (-1, -1), 1, ALERT),
               ("GRID", (0, 0), (-1, -1), 0, ALERT_FILL)],
    )


def signature_lines(st: Styles, width: float = 62 * mm, drawn: Flowable | None = None,
                    space: float = 16 * mm) -> list[Flowable]:
    """Space to sign by hand (or the drawn signature), a rule, then a date line."""
    return [
        drawn if drawn is not None else Spacer(1, space),
        Rule(width=width, thickness=0.8, color=INK, space=1),
        bilingual("Signature of judge", "評判簽署", st.small, inline=True),
        Spacer(1, min(space, 9 * mm)),
        Rule(width=width, thickness=0.8, color=INK, space=1),
        bilingual("Date", "日期", st.small, inline=True),
    ]


def weight_share(weight: Decimal, total_weight: Decimal) -> str:
    """A relative weight as its share of all weights: 40 of 100 -> ``40%``, 1 of 3 ->
    ``33.33%``."""
    if total_weight <= 0:
        return "—"
    return fmt_number((weight / total_weight * 100).quantize(Decimal("0.01"))) + "%"


def scale_text(criterion: CriterionInfo) -> str:
    """``0–10 (step 0.5 每級)``."""
    return (f"{fmt_number(criterion.scale_min)}–{fmt_number(criterion.scale_max)}"
            f" (step {fmt_number(criterion.scale_step)} 每級)")


def entrant_bar(order: int | None, entrant: EntrantInfo, st: Styles) -> Table:
    """A shaded title bar naming one finalist: order, English and Chinese names, code."""
    return plain_table(
        [[
            Text.of([(str(order) if order is not None else "",)], st.subtitle),
            Text.of([(clip(entrant.name_en), clip(entrant.name_zh))], st.subtitle),
            Text.of([(clip(entrant.code, 40),)], st.cell_right),
        ]],
        [10 * mm, CONTENT_WIDTH - 40 * mm, 30 * mm],
        [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEABOVE", (0, 0), (-1, 0), 1.2, INK),
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ],
    )


class PageLabel(Flowable):
    """Zero-size marker: names, in the footer, what the pages from here on belong to."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.page_label = self.text  # type: ignore[attr-defined]


# --------------------------------------------------------------------------------------------
# Pages


@dataclass(frozen=True)
class Meta:
    """PDF document information (shown by File > Properties in a viewer)."""

    title: str
    author: str
    subject: str
    created: datetime
    keywords: str = ""


@dataclass(frozen=True)
class Decor:
    """The running header and footer texts of every page."""

    header_left: str
    header_right: str
    footer_left: str


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _draw_decor(canvas: Canvas, decor: Decor, page: int, pages: int, page_label: str) -> None:
    width, height = PAGE_SIZE
    left, right = MARGIN_X, width - MARGIN_X
    canvas.saveState()
    canvas.setFillColor(MUTED)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    size = 7.5
    # Header: the scheme on the left, the document's name on the right, a rule below.
    top = height - 12 * mm
    right_text = _fit(decor.header_right, SANS, size, CONTENT_WIDTH * 0.45)
    right_width = stringWidth(right_text, SANS, size)
    canvas.setFont(SANS, size)
    canvas.drawString(left, top,
                      _fit(decor.header_left, SANS, size, CONTENT_WIDTH - right_width - 6 * mm))
    canvas.drawRightString(right, top, right_text)
    canvas.line(left, top - 2.2 * mm, right, top - 2.2 * mm)
    # Footer: a rule, what this document is on the left, the page number on the right.
    bottom = 11 * mm
    canvas.line(left, bottom + 3.6 * mm, right, bottom + 3.6 * mm)
    number = f"Page {page} of {pages} / 第 {page} 頁，共 {pages} 頁"
    number_width = stringWidth(number, SANS, size)
    canvas.drawRightString(right, bottom, number)
    footer = " · ".join(part for part in (decor.footer_left, page_label) if part)
    canvas.drawString(left, bottom,
                      _fit(footer, SANS, size, CONTENT_WIDTH - number_width - 6 * mm))
    canvas.restoreState()


class _TimeStamp:
    """ReportLab's timestamp interface, filled from the document's own time."""

    def __init__(self, moment: datetime) -> None:
        offset = moment.utcoffset()
        minutes = int(offset.total_seconds() // 60) if offset is not None else 0
        self.t = moment.timestamp()
        self.lt = moment.timetuple()
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh = int(minutes / 60)
        self.dmm = abs(minutes) % 60
        self.tzname = moment.tzname() or "UTC"

    @property
    def datetime(self) -> datetime:
        return datetime.fromtimestamp(self.t)


def _canvas_maker(decor: Decor, created: datetime) -> Callable[..., Canvas]:
    class DecoratedCanvas(Canvas):
        """Keeps finished pages until save, when the page count is known."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._doc._timeStamp = _TimeStamp(created)
            self._pending: list[dict[str, Any]] = []
            self.page_label = ""

        def showPage(self) -> None:
            self._pending.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pending = self._pending
            total = len(pending)
            for number, state in enumerate(pending, start=1):
                self.__dict__.update(state)
                _draw_decor(self, decor, number, total, self.page_label)
                Canvas.showPage(self)
            pending.clear()
            Canvas.save(self)

    return DecoratedCanvas


def build_pdf(story: list[Flowable], *, meta: Meta, decor: Decor) -> bytes:
    """Lays ``story`` out on A4 pages with the shared header and footer; returns the PDF."""
    ensure_fonts()
    buffer = io.BytesIO()
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH,
                  PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="content")
    doc = BaseDocTemplate(
        buffer,
        pageTemplates=[PageTemplate(id="page", frames=[frame])],
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        keywords=meta.keywords,
        creator="JudgePanel",
        producer=f"JudgePanel {__version__} (ReportLab)",
        invariant=1,
        initialFontName=SANS,
    )
    doc.build(story, canvasmaker=_canvas_maker(decor, meta.created))
    return buffer.getvalue()
