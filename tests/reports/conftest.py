"""Realistic documents for the report tests, and helpers that read PDFs with real poppler tools.

The sample is one judge's sheet for the 2002-03 Outstanding Customer Service Award: eight real
Hong Kong government departments, the scheme's three criteria (service quality, efficiency,
cost-effectiveness), one recusal. The judge is fictional.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest

from judgepanel.domain.documents import (
    BlankSheetSet,
    CompetitionInfo,
    CriterionInfo,
    CriterionScore,
    EntrantInfo,
    FinalistScores,
    JudgeInfo,
    RevisionNote,
    RubricBand,
    ScheduleDocument,
    ScheduleSlot,
    ScoreSheet,
)
from judgepanel.domain.scoring import CriterionWeight, Scale, weighted_total
from judgepanel.domain.timefmt import HONG_KONG

COMPETITION = CompetitionInfo(
    uid="c0de0000000000000000000002002003",
    name_en="Civil Service Customer Service Award Scheme 2002-03",
    name_zh="2002-03年度公務員顧客服務獎勵計劃",
    year_label="2002-03",
    award_name_en="Outstanding Customer Service Award",
    award_name_zh="傑出顧客服務獎",
)

JUDGE = JudgeInfo(
    uid="a1b2c3d4e5f60718293a4b5c6d7e8f90",
    name_en="Dr CHEUNG Wai-man",
    name_zh="張慧敏博士",
    title="Council member, Hong Kong Management Association",
    affiliation="professional_body",
    affiliation_en="Professional body",
    affiliation_zh="專業團體",
)

SECOND_JUDGE = JudgeInfo(
    uid="b2c3d4e5f60718293a4b5c6d7e8f90a1",
    name_en="Mr LEUNG Chi-keung",
    name_zh="梁志強先生",
    title="Member of the Legislative Council",
    affiliation="legislative_council",
    affiliation_en="Legislative Council",
    affiliation_zh="立法會",
)


def _bands(*descriptors: tuple[str, str]) -> tuple[RubricBand, ...]:
    limits = [("0", "2"), ("2.5", "4.5"), ("5", "6.5"), ("7", "8.5"), ("9", "10")]
    return tuple(
        RubricBand(Decimal(low), Decimal(high), en, zh)
        for (low, high), (en, zh) in zip(limits, descriptors, strict=True)
    )


CRITERIA = (
    CriterionInfo(
        code="service_quality",
        name_en="Service quality",
        name_zh="服務質素",
        description_en=(
            "How well the department knows its customers and meets their needs: courtesy, "
            "accessibility, clarity of information, handling of complaints, and the team spirit "
            "and leadership behind its customer service culture."
        ),
        description_zh=(
            "部門對顧客的認識及滿足顧客需要的程度：禮貌、便捷、資訊清晰、投訴處理，"
            "以及推動顧客服務文化的團隊精神和領導才能。"
        ),
        weight=Decimal("40"),
        scale_min=Decimal("0"),
        scale_max=Decimal("10"),
        scale_step=Decimal("0.5"),
        bands=_bands(
            ("Service falls short of basic standards; complaints are common.",
             "服務未達基本水平，投訴頻繁。"),
            ("Meets basic standards inconsistently; little customer feedback used.",
             "大致達到基本水平但不穩定，甚少運用顧客意見。"),
            ("Consistently meets published pledges; feedback is collected and acted on.",
             "一貫達到服務承諾，有收集並跟進顧客意見。"),
            ("Often exceeds pledges; customers are consulted and services redesigned.",
             "經常超越服務承諾，諮詢顧客並以顧客為本改善服務。"),
            ("Exemplary customer-centred culture led from the top.",
             "由管理層帶領、以顧客為本的卓越文化。"),
        ),
    ),
    CriterionInfo(
        code="efficiency",
        name_en="Efficiency",
        name_zh="工作效率",
        description_en=(
            "Speed and reliability of service delivery: waiting and processing times against "
            "pledges, streamlined procedures, use of technology, and measured improvement."
        ),
        description_zh=(
            "提供服務的速度和可靠程度：輪候及處理時間與服務承諾的比較、程序精簡、"
            "善用科技，以及可量度的改進。"
        ),
        weight=Decimal("30"),
        scale_min=Decimal("0"),
        scale_max=Decimal("10"),
        scale_step=Decimal("0.5"),
        bands=_bands(
            ("Long delays; pledges routinely missed.", "延誤嚴重，經常未能履行服務承諾。"),
            ("Pledges met only some of the time; processes largely manual.",
             "間中達到服務承諾，程序大多倚賴人手。"),
            ("Pledges met; some procedures streamlined.", "達到服務承諾，部分程序已精簡。"),
            ("Well ahead of pledges; technology used to cut waiting.",
             "表現遠勝服務承諾，善用科技縮短輪候時間。"),
            ("Outstanding, sustained and measured gains in speed and reliability.",
             "在速度及可靠程度上有卓越而持續的進步。"),
        ),
    ),
    CriterionInfo(
        code="cost_effectiveness",
        name_en="Cost-effectiveness",
        name_zh="成本效益",
        description_en=(
            "Value for public money: improvements achieved within resources, productivity "
            "gains, partnership with other bodies, and savings passed on to the public."
        ),
        description_zh=(
            "善用公帑：在現有資源內達致的改善、生產力的提升、與其他機構的協作，"
            "以及惠及市民的節省。"
        ),
        weight=Decimal("30"),
        scale_min=Decimal("0"),
        scale_max=Decimal("10"),
        scale_step=Decimal("0.5"),
        bands=_bands(
            ("No attention to cost; resources poorly used.", "忽視成本，資源運用欠佳。"),
            ("Some awareness of cost, few measurable savings.",
             "略有成本意識，但可量度的節省不多。"),
            ("Improvements delivered within existing resources.", "在現有資源內達致改善。"),
            ("Clear productivity gains and savings, some passed on.",
             "生產力及節省明顯，部分惠及市民。"),
            ("Exceptional value for money, sustained and well evidenced.",
             "物有所值且表現卓越，成效持久並有充分證明。"),
        ),
    ),
)

ENTRANTS = (
    EntrantInfo("IMMD", "Immigration Department", "入境事務處", "department"),
    EntrantInfo("HKPF", "Hong Kong Police Force", "香港警務處", "department"),
    EntrantInfo("FSD", "Fire Services Department", "消防處", "department"),
    EntrantInfo("IRD", "Inland Revenue Department", "稅務局", "department"),
    EntrantInfo("LCSD", "Leisure and Cultural Services Department", "康樂及文化事務署",
                "department"),
    EntrantInfo("HKPO", "Hongkong Post", "香港郵政", "department"),
    EntrantInfo("HKO", "Hong Kong Observatory", "香港天文台", "department"),
    EntrantInfo("CSD", "Correctional Services Department", "懲教署", "department"),
)

LONG_COMMENT = (
    "The presentation showed a thorough redesign of the counter service at the Immigration "
    "Tower: queue tickets now carry an estimated waiting time, the appointment system has cut "
    "peak-hour queues by more than half, and front-line staff are empowered to resolve routine "
    "complaints on the spot. 入境事務大樓櫃枱服務經全面重整：輪候籌附有預計輪候時間，預約制度令"
    "繁忙時段的輪候人龍減少逾半，前線職員亦獲授權即場處理一般投訴。The team answered every "
    "question from the panel with concrete figures, and the Director's personal involvement in "
    "the customer liaison group was evident. A URL they cited: "
    "https://www.immd.gov.hk/eng/services/appointment-booking-and-queue-management.html"
)

#: (entrant code, service quality, efficiency, cost-effectiveness, comments, overall comment)
_MARKS = {
    "IMMD": ("9", "9", "8", (LONG_COMMENT, "Processing pledges exceeded in 98% of cases.",
                             "Savings from e-services reinvested in counters."),
             "A model for other departments. 足為其他部門借鏡。"),
    "HKPF": ("8", "7.5", "7", ("Report rooms redesigned; 報案室環境大為改善。",
                               "Response times well inside pledges.", ""),
             "Strong leadership; culture change visible across regions."),
    "FSD": ("8.5", "9", "7.5", ("Ambulance call handling praised by the public.",
                                "Mobilisation times among the best reported.",
                                "Costly fleet renewal, but well justified."), ""),
    "IRD": ("7.5", "8", "8.5", ("Clear guidance notes in both languages.",
                                "eTAX filing cut processing time.",
                                "Productivity gains well evidenced."),
            "Solid across the board."),
    "LCSD": ("7", "6.5", "6", ("Booking of sports venues still confusing.",
                               "Leisure Link helps, but queues remain at peak times.",
                               "Programme costs high for the attendance."), ""),
    "HKO": ("9", "8.5", "9.5", ("Public warnings clear and timely. 天氣警告清晰及時。",
                                "Website and telephone services reliable.",
                                "Excellent value for money."),
            "Outstanding public education work."),
    "CSD": ("6.5", "7", "7", ("Visitor arrangements improved.", "", ""), ""),
}

_RECUSED = {"HKPO": "Spouse is a senior manager at Hongkong Post. 配偶為香港郵政高級經理。"}

GENERATED_AT = datetime(2003, 3, 14, 17, 30, tzinfo=HONG_KONG)


def total_for(values: dict[str, Decimal | None], criteria: tuple[CriterionInfo, ...]) -> Decimal:
    """The weighted total to 2 places, as the scoring service would store it."""
    exact = weighted_total(
        values,
        {c.code: CriterionWeight(c.weight, Scale(c.scale_min, c.scale_max, c.scale_step))
         for c in criteria},
    )
    return (Decimal(exact.numerator) / Decimal(exact.denominator)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_EVEN)


def _finalist(order: int, entrant: EntrantInfo) -> FinalistScores:
    if entrant.code in _RECUSED:
        return FinalistScores(entrant, order, True, _RECUSED[entrant.code], (), "", None)
    sq, ef, ce, comments, overall = _MARKS[entrant.code]
    values = dict(zip([c.code for c in CRITERIA], map(Decimal, (sq, ef, ce)), strict=True))
    stamp = GENERATED_AT - timedelta(hours=3, minutes=10 * (8 - order))
    scores = tuple(
        CriterionScore(code, value, comment, stamp)
        for (code, value), comment in zip(values.items(), comments, strict=True)
    )
    return FinalistScores(entrant, order, False, "", scores, overall, total_for(values, CRITERIA))


def make_sheet() -> ScoreSheet:
    return ScoreSheet(
        schema_version=1,
        document_id="5f3c9a7e2b8d4c1a9e6f0b2d7c4a8e1f",
        competition=COMPETITION,
        judge=JUDGE,
        revision=1,
        amendment_reason=None,
        history=(),
        criteria=CRITERIA,
        finalists=tuple(_finalist(i, e) for i, e in enumerate(ENTRANTS, start=1)),
        generated_at=GENERATED_AT,
        audit_head_hash="9b74c9897bac770ffc029102a200c5de" * 2,
        signer_fingerprint="3e1f0c27a9d84b65c0e2f7a1d93b8c4456e0a7f12b9c3d8e4f5a6b7c8d9e0f1a",
        signing_time=GENERATED_AT + timedelta(minutes=5),
    )


def make_amended_sheet() -> ScoreSheet:
    first = make_sheet()
    finalists = list(first.finalists)
    csd = finalists[7]
    values = {"service_quality": Decimal("7"), "efficiency": Decimal("7"),
              "cost_effectiveness": Decimal("7.5")}
    finalists[7] = replace(
        csd,
        scores=tuple(replace(s, value=values[s.criterion_code]) for s in csd.scores),
        weighted_total=total_for(values, CRITERIA),
    )
    return replace(
        first,
        document_id="8d2e4f6a1c3b5d7e9f0a2b4c6d8e0f1a",
        revision=2,
        amendment_reason=(
            "Scores for the Correctional Services Department were transposed when copied from "
            "my notes. 懲教署的分數在轉錄筆記時誤植。"
        ),
        history=(
            RevisionNote(1, first.signing_time, "", "4c2a" * 16, "superseded"),
        ),
        finalists=tuple(finalists),
        generated_at=GENERATED_AT + timedelta(days=1),
        signing_time=GENERATED_AT + timedelta(days=1, minutes=4),
    )


def make_large_sheet(count: int) -> ScoreSheet:
    """``count`` finalists, cycling through the real departments with distinct codes."""
    base = make_sheet()
    finalists = []
    for i in range(count):
        template = base.finalists[i % len(base.finalists)]
        entrant = replace(template.entrant, code=f"{template.entrant.code}-{i + 1:03d}")
        finalists.append(replace(template, entrant=entrant, order=i + 1))
    return replace(base, finalists=tuple(finalists))


def make_blank_set() -> BlankSheetSet:
    return BlankSheetSet(
        competition=COMPETITION,
        criteria=CRITERIA,
        judges=(JUDGE, SECOND_JUDGE),
        finalists=ENTRANTS[:3],
        conflicts=frozenset({(SECOND_JUDGE.uid, "HKPF")}),
    )


def make_schedule() -> ScheduleDocument:
    start = datetime(2003, 3, 14, 9, 30, tzinfo=HONG_KONG)
    slots = []
    moment = start
    for i, entrant in enumerate(ENTRANTS, start=1):
        slots.append(ScheduleSlot(i, entrant, moment, 15, 10))
        moment += timedelta(minutes=30)
        if i == 4:
            moment += timedelta(minutes=60)  # lunch
    return ScheduleDocument(
        competition=COMPETITION,
        venue_en="Civil Service Bureau, Central Government Offices, Conference Room 1",
        venue_zh="政府總部公務員事務局第一會議室",
        day=date(2003, 3, 14),
        slots=tuple(slots),
    )


@pytest.fixture(scope="session")
def samples() -> SimpleNamespace:
    """The builders and constants above, for tests that need more than one ready document."""
    return SimpleNamespace(
        COMPETITION=COMPETITION, JUDGE=JUDGE, SECOND_JUDGE=SECOND_JUDGE, CRITERIA=CRITERIA,
        ENTRANTS=ENTRANTS, LONG_COMMENT=LONG_COMMENT, total_for=total_for,
        make_sheet=make_sheet, make_amended_sheet=make_amended_sheet,
        make_large_sheet=make_large_sheet, make_blank_set=make_blank_set,
        make_schedule=make_schedule,
    )


@pytest.fixture
def sheet() -> ScoreSheet:
    return make_sheet()


@pytest.fixture
def amended_sheet() -> ScoreSheet:
    return make_amended_sheet()


@pytest.fixture
def blank_set() -> BlankSheetSet:
    return make_blank_set()


@pytest.fixture
def schedule_doc() -> ScheduleDocument:
    return make_schedule()


# --------------------------------------------------------------------------------------------
# Real poppler tools


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return path


def _run(tool: list[str], tmp_path: Path, pdf: bytes, *after: str) -> str:
    target = tmp_path / "document.pdf"
    target.write_bytes(pdf)
    result = subprocess.run([*tool, str(target), *after], capture_output=True, check=True,
                            timeout=120)
    return result.stdout.decode("utf-8")


@pytest.fixture
def pdf_text(tmp_path: Path) -> Callable[..., str]:
    """``pdftotext -layout`` of the PDF bytes, or of one page: ``pdf_text(pdf, page=3)``."""
    tool = _tool("pdftotext")

    def text(pdf: bytes, page: int | None = None) -> str:
        pages = ["-f", str(page), "-l", str(page)] if page is not None else []
        return _run([tool, "-layout", "-enc", "UTF-8", *pages], tmp_path, pdf, "-")

    return text


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x_min: float
    y_min: float
    x_max: float
    y_max: float


@pytest.fixture
def pdf_words(tmp_path: Path) -> Callable[[bytes], list[Word]]:
    """Every word poppler finds, with its box in points (``pdftotext -bbox``)."""
    tool = _tool("pdftotext")
    word = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                      r'yMax="([\d.]+)">(.*?)</word>')

    def words(pdf: bytes) -> list[Word]:
        html = _run([tool, "-bbox", "-enc", "UTF-8"], tmp_path, pdf, "-")
        result = []
        for number, page in enumerate(html.split("<page ")[1:], start=1):
            for m in word.finditer(page):
                result.append(Word(number, m.group(5), *(float(m.group(i)) for i in range(1, 5))))
        return result

    return words


@pytest.fixture
def pdf_info(tmp_path: Path) -> Callable[[bytes], dict[str, str]]:
    """``pdfinfo`` of the PDF bytes, as a dict (Pages, Title, Author, ...)."""
    tool = _tool("pdfinfo")

    def info(pdf: bytes) -> dict[str, str]:
        out = _run([tool, "-enc", "UTF-8"], tmp_path, pdf)
        pairs = (line.split(":", 1) for line in out.splitlines() if ":" in line)
        return {key.strip(): value.strip() for key, value in pairs}

    return info


@pytest.fixture
def pdf_fonts(tmp_path: Path) -> Callable[[bytes], list[dict[str, str]]]:
    """``pdffonts`` of the PDF bytes: one dict per font (name, type, emb, sub, uni)."""
    tool = _tool("pdffonts")

    def fonts(pdf: bytes) -> list[dict[str, str]]:
        lines = _run([tool], tmp_path, pdf).splitlines()
        rows = []
        for line in lines[2:]:
            parts = line.split()
            # name type [type ...] encoding emb sub uni object ID
            rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3],
                         "type": " ".join(parts[1:-6])})
        return rows

    return fonts


@pytest.fixture
def pdf_images(tmp_path: Path) -> Callable[[bytes], list[str]]:
    """``pdfimages -list`` rows (one per image)."""
    tool = _tool("pdfimages")
    return lambda pdf: _run([tool, "-list"], tmp_path, pdf).splitlines()[2:]
