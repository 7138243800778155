"""``judgepanel demo --full DIR``: the whole judging year, end to end, into one folder.

What a real year does, step by step, with the real code paths: the chair's database with the
2002-03 demo competition, the chair's signing credential, a signed kit per judge, each judge's
own database made from that kit, plausible marks entered there, each judge's signed score sheet,
and on the chair's machine the import of the sheets from a folder (as from a USB stick), the
method fixed in advance, the signed results report and its XLSX and CSV exports.

The marks are pseudo-random but deterministic (a seeded generator): each finalist has a quality
drawn from its preliminary composite score, each judge a leniency of their own and some noise,
and every mark lands on its criterion's scale and step. Recused finalists get no marks. So two
runs give the same marks, and the judges agree about as much as a real panel does.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

from sqlalchemy import select

from judgepanel.db.engine import Database, open_database
from judgepanel.db.models import (
    ConflictOfInterest,
    Criterion,
    Entrant,
    Finalist,
    FinalistNote,
    Judge,
    Score,
)
from judgepanel.domain.errors import ConflictError, tr_noop
from judgepanel.fileio import atomic_write

#: Documented with the other demo passphrases (README): the demo chair's signing credential.
DEMO_CHAIR_PASSPHRASE = "chair-demo-2003"
DEMO_CHAIR_NAME = "Mrs. Susan Lam Suk-fan"
DEMO_CHAIR_NAME_ZH = "林淑芬女士"
DEFAULT_SEED = 2003

Progress = Callable[[str], None]

_COMMENTS = (
    "Clear customer focus; pledges published and met.",
    "Strong frontline culture; 前線文化出色。",
    "Good use of technology to cut waiting times.",
    "Sound ideas; evidence of results is thinner.",
    "Impressive teamwork and leadership from the top.",
)


@dataclass(frozen=True)
class DemoFullResult:
    folder: Path
    chair_db: Path
    kits: tuple[Path, ...]
    judge_dbs: tuple[Path, ...]
    sheets: tuple[Path, ...]
    results_pdf: Path
    results_xlsx: Path
    results_csv: Path
    winners: tuple[str, ...]
    report_sha256: str


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40] or "judge"


def _snap(value: float, low: Decimal, high: Decimal, step: Decimal) -> Decimal:
    """The nearest allowed mark: on the step, within the scale."""
    steps = ((Decimal(repr(value)) - low) / step).quantize(Decimal(1), rounding=ROUND_HALF_EVEN)
    mark = low + steps * step
    return min(max(mark, low), high)


def enter_plausible_marks(db: Database, judge_id: int, quality: dict[str, float],
                          judge_index: int, *, seed: int = DEFAULT_SEED) -> int:
    """Fills in every mark of one judge on that judge's database, as the judge would have;
    returns how many marks were written. ``quality`` maps entrant codes to 0–1."""
    rng = random.Random(seed * 1000 + judge_index)
    leniency = rng.uniform(-0.07, 0.07)
    spread = rng.uniform(0.03, 0.07)
    now = datetime.now(UTC)
    written = 0
    with db.write() as s:
        conflicts = set(s.scalars(select(ConflictOfInterest.entrant_id)
                                  .where(ConflictOfInterest.judge_id == judge_id)))
        criteria = s.scalars(select(Criterion).order_by(Criterion.position)).all()
        finalists = s.execute(select(Entrant.id, Entrant.code)
                              .join(Finalist, Finalist.entrant_id == Entrant.id)
                              .order_by(Finalist.shortlist_rank)).all()
        for entrant_id, code in finalists:
            if entrant_id in conflicts:
                continue
            base = quality.get(code, 0.6)
            for position, criterion in enumerate(criteria):
                tilt = random.Random(f"{seed}:{code}:{criterion.code}").uniform(-0.05, 0.05)
                share = base + tilt + leniency + rng.gauss(0.0, spread)
                low, high = criterion.scale_min, criterion.scale_max
                value = _snap(float(low) + share * float(high - low), low, high,
                              criterion.scale_step)
                s.add(Score(judge_id=judge_id, entrant_id=entrant_id,
                            criterion_id=criterion.id, value=value,
                            comment=_COMMENTS[(judge_index + position) % len(_COMMENTS)]
                            if position == 0 else "", source="app",
                            created_at=now, updated_at=now))
                written += 1
            s.add(FinalistNote(judge_id=judge_id, entrant_id=entrant_id,
                               overall_comment=_COMMENTS[(judge_index + entrant_id)
                                                         % len(_COMMENTS)], updated_at=now))
    return written


def run_demo_full(folder: str | Path, *, seed: int = DEFAULT_SEED,
                  progress: Progress | None = None) -> DemoFullResult:
    """Runs the year into ``folder`` (created; must be empty or absent)."""
    from judgepanel.domain.aggregation import Method
    from judgepanel.services.authority import AuthorityService
    from judgepanel.services.chair_credential import ChairCredentialService
    from judgepanel.services.consolidation import SheetImportService
    from judgepanel.services.demo import load_demo
    from judgepanel.services.demo_data import DEMO_JUDGE_PASSPHRASE, DEMO_PANEL_PASSPHRASE
    from judgepanel.services.kits import KitService
    from judgepanel.services.results import ResultsService
    from judgepanel.services.results_export import csv_bytes, xlsx_bytes
    from judgepanel.services.sheets import SheetService

    def say(text: str) -> None:
        if progress is not None:
            progress(text)

    root = Path(folder)
    if root.exists() and any(root.iterdir()):
        raise ConflictError(tr_noop("{path} is not empty; choose a new or empty folder for the "
                                    "full demo."), path=str(root))
    for sub in ("kits", "judges", "sheets"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    panel_pass = DEMO_PANEL_PASSPHRASE.encode()
    judge_pass = DEMO_JUDGE_PASSPHRASE.encode()

    chair_path = root / "chair.db"
    chair = open_database(chair_path)
    try:
        say("Loading the 2002-03 competition into the chair's database")
        competition_id = load_demo(chair).competition_id
        ChairCredentialService(chair).issue(competition_id, DEMO_CHAIR_NAME, panel_pass,
                                            DEMO_CHAIR_PASSPHRASE.encode(),
                                            name_zh=DEMO_CHAIR_NAME_ZH)
        trust = AuthorityService(chair).trust_certificate_pem(competition_id)
        atomic_write(root / "panel.pem", trust, private=False)
        with chair.read() as s:
            judges = s.execute(select(Judge.id, Judge.name_en).where(
                Judge.competition_id == competition_id).order_by(Judge.id)).all()
            composites = dict(s.execute(
                select(Entrant.code, Finalist.composite_score)
                .join(Finalist, Finalist.entrant_id == Entrant.id)
                .where(Finalist.competition_id == competition_id)).all())
        quality = {code: (float(v) / 100 if v is not None else 0.7) - 0.05
                   for code, v in composites.items()}

        kits: list[Path] = []
        judge_dbs: list[Path] = []
        sheets: list[Path] = []
        kit_service = KitService(chair)
        for index, (judge_id, name) in enumerate(judges, start=1):
            slug = f"judge-{index}-{_slug(name)}"
            say(f"Judge {index}: kit, marks and signed sheet ({name})")
            kit = kit_service.export_kit(competition_id, judge_id, panel_pass)
            kit_path = atomic_write(root / "kits" / f"{slug}.jpkit", kit)
            kits.append(kit_path)
            judge_path = root / "judges" / f"{slug}.db"
            judge_db = open_database(judge_path)
            try:
                imported = KitService(judge_db).import_kit(kit, trust_pem=trust)
                enter_plausible_marks(judge_db, imported.judge_id, quality, index, seed=seed)
                signed = SheetService(judge_db).sign(imported.judge_id, judge_pass)
            finally:
                judge_db.close()
            judge_dbs.append(judge_path)
            sheets.append(atomic_write(root / "sheets" / f"{slug}.pdf", signed.pdf,
                                       private=False))

        say("Importing the signed sheets on the chair's machine")
        SheetImportService(chair).import_paths(competition_id, [root / "sheets"])
        results = ResultsService(chair)
        results.fix_method(competition_id, Method.MEAN,
                           "Fixed by the panel at its first meeting, before judging.")
        _settle_public_vote(chair, competition_id)
        view = results.compute(competition_id)
        if view.awards.tied_at_cut:
            order = [f.code for f in sorted(view.awards.tied_at_cut, key=lambda f: f.order)]
            results.record_casting_decision(
                competition_id, order,
                "Demo: the chair ranked the tied finalists after hearing the panel's views.")
        say("Signing the results report")
        report = results.build_report(competition_id, DEMO_CHAIR_PASSPHRASE.encode())
        view = results.compute(competition_id)
        pdf_path = atomic_write(root / "results.pdf", report.pdf, private=False)
        xlsx_path = atomic_write(root / "results.xlsx", xlsx_bytes(view), private=False)
        csv_path = atomic_write(root / "results.csv", csv_bytes(view), private=False)
    finally:
        chair.close()
    return DemoFullResult(
        folder=root, chair_db=chair_path, kits=tuple(kits), judge_dbs=tuple(judge_dbs),
        sheets=tuple(sheets), results_pdf=pdf_path, results_xlsx=xlsx_path,
        results_csv=csv_path, winners=tuple(f.name.en for f in view.awards.winners),
        report_sha256=report.sha256)


def _settle_public_vote(db: Database, competition_id: int) -> None:
    """The demo poll has an exact tie at the Best Public Image cut (402 votes each); a real
    chair records a decision, and so does the demo."""
    from judgepanel.services.setup_votes import PublicVoteService

    votes = PublicVoteService(db)
    view = votes.view(competition_id)
    if view.needs_decision and view.exact_tie:
        admitted = sorted(view.exact_tie)[: view.open_places]
        votes.decide_tie(competition_id, admitted,
                         "Demo: exact tie in votes at the cut; decided by drawing lots in the "
                         "presence of the panel.")
