"""Score sheets: build and sign one judge's sheet; print cost per page as the sheet grows.

Floors, measured in the same run:
- a bare ReportLab build of the same summary table (same font, same data) plus a bare pyHanko
  signature of that PDF with the same key type (ECDSA P-256), the credential already loaded;
- for printing, the cost per page at 8 finalists is the floor of the cost per page at 50 and
  200: linear growth means the per-page cost stays flat.
"""

from __future__ import annotations

import io
import os
import statistics
import time
from datetime import UTC, datetime
from decimal import Decimal

from common import Row

RUNS = 5


def _sheet(n: int):
    from judgepanel.domain import documents as doc
    from judgepanel.domain.scoring import CriterionWeight, Scale, weighted_total
    from judgepanel.services.sheets import fraction_to_decimal

    codes = [("service_quality", "Service quality", "服務質素", Decimal(40)),
             ("efficiency", "Efficiency", "工作效率", Decimal(30)),
             ("cost_effectiveness", "Cost-effectiveness", "成本效益", Decimal(30))]
    criteria = tuple(doc.CriterionInfo(code, en, zh, f"{en} as the public sees it.",
                                       f"市民眼中的{zh}。", w, Decimal(0), Decimal(10),
                                       Decimal("0.5"))
                     for code, en, zh, w in codes)
    weights = {c.code: CriterionWeight(c.weight, Scale(c.scale_min, c.scale_max, c.scale_step))
               for c in criteria}
    finalists = []
    for i in range(n):
        values = {c.code: Decimal(5 + (i + j) % 5) for j, c in enumerate(criteria)}
        finalists.append(doc.FinalistScores(
            entrant=doc.EntrantInfo(f"D{i:03d}", f"Department number {i}", f"第{i}號部門",
                                    "department"),
            order=i + 1, recused=False, recusal_reason="",
            scores=tuple(doc.CriterionScore(code, v, f"Comment on {code} for {i}.")
                         for code, v in values.items()),
            overall_comment="Clear pledges, courteous front line. 服務承諾清晰。",
            weighted_total=fraction_to_decimal(weighted_total(values, weights))))
    now = datetime(2003, 1, 18, 10, tzinfo=UTC)
    return doc.ScoreSheet(
        schema_version=1, document_id="b" * 32,
        competition=doc.CompetitionInfo("c" * 32, "Customer Service Award 2002-03",
                                        "顧客服務獎 2002-03", "2002-03",
                                        "Outstanding Customer Service Award", "傑出顧客服務獎"),
        judge=doc.JudgeInfo("a" * 32, "Ms Judge", "評判女士", "Member", "private_sector",
                            "Private sector", "私營機構"),
        revision=1, amendment_reason=None, history=(), criteria=criteria,
        finalists=tuple(finalists), generated_at=now, audit_head_hash="0" * 64,
        signer_fingerprint="f" * 64, signing_time=now)


def _credential():
    from judgepanel.signing.authority import PanelAuthority
    from judgepanel.signing.credentials import load_pkcs12

    ca = PanelAuthority.create("Bench panel", b"bench-passphrase")
    issued = ca.issue_judge_credential("a" * 32, "Ms Judge", b"judge-passphrase")
    return load_pkcs12(issued.pkcs12, b"judge-passphrase")


def _bare_table_pdf(sheet) -> bytes:
    """The same tables (summary, then each finalist's criteria with comments), same font,
    ReportLab's defaults otherwise: no header, footer, page x of y, wrapping rules or layout."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from judgepanel.reports.fonts import SANS, ensure_fonts

    ensure_fonts()
    style = ParagraphStyle("bare", fontName=SANS, fontSize=9)
    summary = [["No.", "Finalist", *[c.name_en for c in sheet.criteria], "Total"]]
    story = []
    for f in sheet.finalists:
        summary.append([str(f.order), f"{f.entrant.name_en}\n{f.entrant.name_zh}",
                        *[str(sc.value) for sc in f.scores], str(f.weighted_total)])
        rows = [["Criterion", "Weight", "Score", "Comment"]]
        for c, sc in zip(sheet.criteria, f.scores, strict=True):
            rows.append([f"{c.name_en}\n{c.name_zh}", str(c.weight), str(sc.value),
                         Paragraph(sc.comment, style)])
        rows.append(["Overall", "", str(f.weighted_total), Paragraph(f.overall_comment, style)])
        story.append(Table(rows, style=[("FONT", (0, 0), (-1, -1), SANS, 9)]))
    story.insert(0, Table(summary, repeatRows=1, style=[("FONT", (0, 0), (-1, -1), SANS, 9)]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def _bare_sign(pdf: bytes, credential) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.signers.pdf_cms import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    from judgepanel.signing._x509 import to_asn1_certificate

    signer = SimpleSigner(
        signing_cert=to_asn1_certificate(credential.certificate),
        signing_key=_asn1_key(credential.private_key),
        cert_registry=SimpleCertificateStore.from_certs(
            [to_asn1_certificate(c) for c in credential.chain]))
    out = io.BytesIO()
    signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)),
                     signers.PdfSignatureMetadata(field_name="Sig"), signer=signer, output=out)
    return out.getvalue()


def _asn1_key(key):
    from asn1crypto import keys
    from cryptography.hazmat.primitives import serialization

    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    return keys.PrivateKeyInfo.load(der)


def _timed(fn, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def _ours(sheet, credential) -> bytes:
    from judgepanel.domain.sheet_payload import ATTACHMENT_NAME, to_payload_bytes
    from judgepanel.reports.score_sheet import build_score_sheet_pdf
    from judgepanel.signing.pdf import Attachment, sign_pdf

    # As SheetService.sign does: the data file is embedded in the signature's update.
    return sign_pdf(build_score_sheet_pdf(sheet), credential, reason="bench",
                    location="Hong Kong",
                    attachment=Attachment(ATTACHMENT_NAME, to_payload_bytes(sheet), "data"))


def _print_ms_per_page(pdf: bytes) -> float:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from judgepanel.ui.pdf_print import page_count, paint_pdf

    QApplication.instance() or QApplication([])
    pages = page_count(pdf)
    target = os.path.join(os.environ.get("TMPDIR", "/tmp"), "jp-bench-print.pdf")

    def once() -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(target)
        printer.setResolution(150)
        paint_pdf(printer, pdf)

    per_page = _timed(once, runs=3) / pages
    os.unlink(target)
    return per_page


def run() -> list[Row]:
    credential = _credential()
    sheet8 = _sheet(8)
    _ours(sheet8, credential)  # warm: imports, font registration
    _bare_sign(_bare_table_pdf(sheet8), credential)
    # Ours and the floor alternate, so a change in the machine's load weighs on both alike.
    ours_ms, floor_ms = [], []
    for _ in range(RUNS * 2):
        ours_ms.append(_timed(lambda: _ours(sheet8, credential), runs=1))
        floor_ms.append(_timed(lambda: _bare_sign(_bare_table_pdf(sheet8), credential), runs=1))
    ours, floor = statistics.median(ours_ms), statistics.median(floor_ms)
    rows = [Row("build + embed + sign one judge's sheet (8 finalists)", ours, floor, 1.5,
                note="floor: the same tables in bare ReportLab + bare pyHanko signature, P-256")]
    per_page = {n: _print_ms_per_page(_ours(_sheet(n), credential)) for n in (8, 50, 200)}
    for n in (50, 200):
        rows.append(Row(f"print: cost per page at {n} finalists", per_page[n], per_page[8], 1.5,
                        note="floor: cost per page at 8 finalists (flat = linear growth)"))
    return rows
