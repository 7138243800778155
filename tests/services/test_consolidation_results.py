"""Results: the arithmetic (hand-computed examples and properties), the method fixed in
advance, completeness and the chair's override, casting decisions, and the signed report."""

from __future__ import annotations

import math
import random
from decimal import Decimal as D
from fractions import Fraction as F

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from judgepanel.db.models import Decision, ResultRun
from judgepanel.domain.aggregation import Decider, Method
from judgepanel.domain.agreement import judge_agreement
from judgepanel.domain.consolidation import (
    ConsolidationInput,
    CriterionRule,
    consolidate,
    judge_agreement_fast,
    value_key,
    weighted_totals,
)
from judgepanel.domain.errors import ConflictError, NotFoundError, ValidationError
from judgepanel.domain.scoring import CriterionWeight, Scale, weighted_total
from judgepanel.services.chair_credential import ChairCredentialService
from judgepanel.services.consolidation import SheetImportService
from judgepanel.services.results import ResultsService
from tests.services.results_helpers import (
    CHAIR_PASS,
    PANEL_PASS,
    chair_copy,
    competition_id,
    marks_for,
)

# --------------------------------------------------------------------------------------------
# Hand-computed example (pure): two criteria, A weighted 3 on 0–10, B weighted 1 on 0–4, so a
# judge's total is (3 × 10a + 1 × 25b) / 4 = 7.5a + 6.25b. J5 is recused from Z.
#
#          X            Y            Z
#  J1   (8,4) 85     (7,2) 65     (5,1) 43.75
#  J2   (6,2) 57.5   (8,4) 85     (7,3) 71.25
#  J3   (9,3) 86.25  (6,2) 57.5   (8,0) 60
#  J4   (7,4) 77.5   (9,1) 73.75  (6,4) 70
#  J5  (10,0) 75     (4,4) 55       recused

CRITERIA = (CriterionRule("A", D(3), D(0), D(10), D(1)), CriterionRule("B", D(1), D(0), D(4), D(1)))
RAW = {
    "J1": {"X": (8, 4), "Y": (7, 2), "Z": (5, 1)},
    "J2": {"X": (6, 2), "Y": (8, 4), "Z": (7, 3)},
    "J3": {"X": (9, 3), "Y": (6, 2), "Z": (8, 0)},
    "J4": {"X": (7, 4), "Y": (9, 1), "Z": (6, 4)},
    "J5": {"X": (10, 0), "Y": (4, 4)},
}


def _example(method: Method = Method.MEAN, **kw) -> ConsolidationInput:
    marks = {(j, e): {"A": D(a), "B": D(b)} for j, row in RAW.items() for e, (a, b) in row.items()}
    return ConsolidationInput(CRITERIA, ("X", "Y", "Z"), tuple(RAW), marks, method,
                              tie_break_chain=("criterion:A",), award_count=1,
                              recusals=frozenset({("J5", "Z")}), **kw)


def test_weighted_totals_hand_computed() -> None:
    totals, incomplete = weighted_totals(_example().marks, CRITERIA)
    assert incomplete == ()
    assert totals["J1"] == {"X": F(85), "Y": F(65), "Z": F(175, 4)}
    assert totals["J3"]["X"] == F(345, 4) and totals["J5"] == {"X": F(75), "Y": F(55)}


def test_mean_hand_computed() -> None:
    # X (85+57.5+86.25+77.5+75)/5 = 76.25; Y 336.25/5 = 67.25; Z (four judges) 245/4 = 61.25
    outcome = consolidate(_example())
    assert [(e.entrant, e.value) for e in outcome.ranking.entries] == [
        ("X", F(305, 4)), ("Y", F(269, 4)), ("Z", F(245, 4))]
    assert outcome.winners == ("X",)


def test_trimmed_mean_hand_computed() -> None:
    # X: drop 57.5 and 86.25 -> (75+77.5+85)/3 = 475/6; Y: drop 55 and 85 -> 196.25/3 = 785/12
    # Z: only four judges -> the plain mean 61.25
    outcome = consolidate(_example(Method.TRIMMED))
    values = {e.entrant: e.value for e in outcome.ranking.entries}
    assert values == {"X": F(475, 6), "Y": F(785, 12), "Z": F(245, 4)}
    applied = {a.entrant: a.applied for a in outcome.ranking.aggregates}
    assert applied == {"X": Method.TRIMMED, "Y": Method.TRIMMED, "Z": Method.MEAN}


def test_median_hand_computed_with_the_tie_break() -> None:
    # X 77.5; Y 65; Z (60+70)/2 = 65: Y and Z tie, broken by the higher mean A mark
    # (Y: 34/5 = 6.8 against Z: 26/4 = 6.5).
    outcome = consolidate(_example(Method.MEDIAN))
    entries = outcome.ranking.entries
    assert [(e.entrant, e.value, e.position) for e in entries] == [
        ("X", F(155, 2), 1), ("Y", F(65), 2), ("Z", F(65), 3)]
    assert entries[1].decided_by is Decider.TIE_BREAK and entries[1].note == "criterion:A"
    assert outcome.criterion_means["Y"]["A"] == F(34, 5)


def test_borda_hand_computed() -> None:
    # Ranks: J1 X1 Y2 Z3; J2 Y1 Z2 X3; J3 X1 Z2 Y3; J4 X1 Y2 Z3; J5 X1 Y2.
    # Mean rank: X 7/5, Y 10/5 = 2, Z 10/4 (lower is better).
    outcome = consolidate(_example(Method.BORDA))
    assert [(e.entrant, e.value) for e in outcome.ranking.entries] == [
        ("X", F(7, 5)), ("Y", F(2)), ("Z", F(5, 2))]


def test_zscore_hand_computed() -> None:
    totals = {"J1": [85, 65, 43.75], "J2": [57.5, 85, 71.25], "J3": [86.25, 57.5, 60],
              "J4": [77.5, 73.75, 70], "J5": [75, 55]}
    z: dict[int, list[float]] = {0: [], 1: [], 2: []}
    for row in totals.values():
        mean = sum(row) / len(row)
        sd = math.sqrt(sum((x - mean) ** 2 for x in row) / len(row))
        for i, x in enumerate(row):
            z[i].append((x - mean) / sd)
    expected = {e: sum(z[i]) / len(z[i]) for i, e in enumerate("XYZ")}
    outcome = consolidate(_example(Method.ZSCORE))
    for entry in outcome.ranking.entries:
        assert entry.value == pytest.approx(expected[entry.entrant], abs=1e-12)
    assert [e.entrant for e in outcome.ranking.entries] == ["X", "Y", "Z"]


def test_agreement_figures_and_method_comparison() -> None:
    outcome = consolidate(_example())
    assert outcome.kendall is not None and outcome.kendall.excluded == ("J5",)
    assert {sp.entrant: sp.maximum - sp.minimum for sp in outcome.spreads} == {
        "X": F(115, 4), "Y": F(30), "Z": F(55, 2)}
    assert outcome.comparison.methods[0] is Method.MEAN
    assert not outcome.comparison.disagreement


def test_a_mark_for_a_recused_cell_is_refused() -> None:
    data = _example()
    marks = dict(data.marks)
    marks[("J5", "Z")] = {"A": D(5), "B": D(2)}
    with pytest.raises(ValidationError, match="recused"):
        consolidate(ConsolidationInput(CRITERIA, data.finalists, data.judges, marks,
                                       recusals=data.recusals))


# --------------------------------------------------------------------------------------------
# Properties of the function both the chair's machine and ``recompute`` use

SCALE = (CriterionRule("q", D(40), D(0), D(10), D("0.5")),
         CriterionRule("e", D(30), D(1), D(5), D(1)),
         CriterionRule("c", D(30), D(0), D(10), D("0.5")))


@st.composite
def panels(draw, max_judges: int = 7, max_finalists: int = 6):
    judges = [f"j{i}" for i in range(draw(st.integers(2, max_judges)))]
    finalists = [f"E{i}" for i in range(draw(st.integers(2, max_finalists)))]
    q = st.integers(0, 20).map(lambda n: D(n) / 2)
    e = st.integers(1, 5).map(D)
    marks = {}
    recusals = set()
    for j in judges:
        for f in finalists:
            if draw(st.integers(0, 9)) == 0 and j != judges[0]:
                recusals.add((j, f))
                continue
            marks[(j, f)] = {"q": draw(q), "e": draw(e), "c": draw(q)}
    return judges, finalists, marks, frozenset(recusals)


def _run(judges, finalists, marks, recusals, method: Method, order=None):
    items = list(marks.items())
    if order is not None:
        random.Random(order).shuffle(items)
        judges = list(judges)
        random.Random(order + 1).shuffle(judges)
    return consolidate(ConsolidationInput(SCALE, tuple(finalists), tuple(judges), dict(items),
                                          method, tie_break_chain=("criterion:q", "method:median"),
                                          award_count=2, recusals=recusals), analyse=True)


@settings(max_examples=40, deadline=None)
@given(panels(), st.sampled_from(list(Method)), st.integers(0, 10_000))
def test_judge_order_does_not_change_the_results(panel, method, seed) -> None:
    first = _run(*panel, method)
    again = _run(*panel, method, order=seed)
    assert [(e.entrant, e.position, value_key(e.value), e.decided_by)
            for e in first.ranking.entries] == [
        (e.entrant, e.position, value_key(e.value), e.decided_by)
        for e in again.ranking.entries]
    assert first.comparison.top_sets == again.comparison.top_sets
    assert first.winners == again.winners and first.tied_at_cut == again.tied_at_cut
    if first.kendall is not None:
        assert again.kendall is not None and first.kendall.w == again.kendall.w


@settings(max_examples=40, deadline=None)
@given(panels())
def test_trimmed_mean_lies_between_the_lowest_and_highest_total(panel) -> None:
    outcome = _run(*panel, Method.TRIMMED)
    for entry in outcome.ranking.entries:
        totals = [row[entry.entrant] for row in outcome.totals.values() if entry.entrant in row]
        assert min(totals) <= entry.value <= max(totals)


@settings(max_examples=40, deadline=None)
@given(panels(), st.sampled_from(list(Method)))
def test_tie_breaks_are_deterministic(panel, method) -> None:
    runs = [_run(*panel, method, order=k) for k in (None, 1, 2)]
    orders = {tuple((e.entrant, e.position, e.decided_by, e.note) for e in r.ranking.entries)
              for r in runs}
    assert len(orders) == 1
    for entry in runs[0].ranking.entries:
        if entry.decided_by is Decider.UNRESOLVED:
            # still tied: equal on the method, on the mean q mark, and on the median
            for other in entry.tied_with:
                assert runs[0].criterion_means[other]["q"] == \
                    runs[0].criterion_means[entry.entrant]["q"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 20), st.integers(1, 5), st.integers(0, 20)),
                min_size=1, max_size=20))
def test_fast_weighted_total_is_the_scoring_rule(rows) -> None:
    weights = {c.code: CriterionWeight(c.weight, Scale(c.scale_min, c.scale_max, c.scale_step))
               for c in SCALE}
    marks = {(f"j{i}", "E"): {"q": D(q) / 2, "e": D(e), "c": D(c) / 2}
             for i, (q, e, c) in enumerate(rows)}
    totals, _ = weighted_totals(marks, SCALE)
    for (judge, entrant), values in marks.items():
        assert totals[judge][entrant] == weighted_total(values, weights)


@settings(max_examples=40, deadline=None)
@given(panels())
def test_fast_judge_agreement_is_the_domain_rule(panel) -> None:
    totals, _ = weighted_totals(panel[2], SCALE)
    assert judge_agreement_fast(totals) == judge_agreement(totals)


# --------------------------------------------------------------------------------------------
# The service on the chair's database, with real signed sheets


@pytest.fixture
def chair(demo_template, tmp_path, sheets):
    db = chair_copy(demo_template, tmp_path / "chair.db")
    SheetImportService(db).import_paths(competition_id(db), list(sheets.sheets))
    yield db
    db.close()


def test_results_wait_for_the_method_to_be_fixed(chair) -> None:
    cid = competition_id(chair)
    results = ResultsService(chair)
    assert not results.status(cid).method_fixed
    with pytest.raises(ConflictError, match="Fix the aggregation method first"):
        results.compute(cid)
    decision = results.fix_method(cid, Method.MEDIAN, "Agreed at the first panel meeting")
    assert decision.outcome == "median"
    assert results.fix_method(cid, "median").id == decision.id  # the same again: no change
    with pytest.raises(ConflictError, match="already fixed"):
        results.fix_method(cid, Method.MEAN)
    assert results.compute(cid).method is Method.MEDIAN
    with chair.read() as s:
        assert s.scalar(select(func.count(Decision.id)).where(
            Decision.kind == "method_fixed")) == 1


def test_the_order_of_merit_from_the_signed_sheets(chair) -> None:
    cid = competition_id(chair)
    results = ResultsService(chair)
    results.fix_method(cid, Method.MEAN)
    view = results.compute(cid)
    # Judge k's total for IMMD: 4 × sq + 3 × ef + 3 × ce (weights 40/30/30 on 0–10).
    expected = F(sum((4 * q + 3 * e + 3 * c for q, e, c in
                      (marks_for(k, "IMMD") for k in range(7))), D(0))) / 7
    top = view.rows[0]
    assert top.finalist.code == "IMMD" and top.value == expected == F(619, 7)
    assert [r.finalist.code for r in view.rows[:2]] == ["IMMD", "FSD"]
    tied = {r.finalist.code for r in view.rows if r.decided_by is Decider.UNRESOLVED}
    assert tied == {"HKPO", "HKPF"}
    assert {f.code for f in view.awards.tied_at_cut} == {"HKPO", "HKPF"}
    assert [f.code for f in view.awards.winners] == ["IMMD", "FSD"]
    csd = next(r for r in view.rows if r.finalist.code == "CSD")
    assert csd.judge_count == 6 and csd.judge_totals[5] is None
    assert view.matrix.complete and view.final
    assert view.agreement.kendall is not None
    assert [j.label for j in view.agreement.kendall.excluded] == ["J6"]
    assert len(view.sheets) == 7 and all(s.in_force for s in view.sheets)


def test_the_casting_decision_settles_the_tie_at_the_cut(chair) -> None:
    cid = competition_id(chair)
    results = ResultsService(chair)
    results.fix_method(cid, Method.MEAN)
    with pytest.raises(ValidationError, match="reason"):
        results.record_casting_decision(cid, ["HKPF", "HKPO"], "")
    with pytest.raises(ConflictError, match="not tied"):
        results.record_casting_decision(cid, ["IMMD", "FSD"], "The chair prefers IMMD")
    results.record_casting_decision(cid, ["HKPF", "HKPO"],
                                    "HKPF's presentation showed more measured improvement")
    view = results.compute(cid)
    assert [f.code for f in view.awards.winners] == ["IMMD", "FSD", "HKPF"]
    hkpf = next(r for r in view.rows if r.finalist.code == "HKPF")
    assert hkpf.decided_by is Decider.CASTING and "measured improvement" in hkpf.note
    assert len(view.casting_decisions) == 1


def test_import_order_does_not_change_the_results(demo_template, tmp_path, sheets) -> None:
    views = []
    for name, order in (("a.db", sheets.sheets), ("b.db", tuple(reversed(sheets.sheets)))):
        db = chair_copy(demo_template, tmp_path / name)
        cid = competition_id(db)
        for path in order:
            SheetImportService(db).import_paths(cid, [path])
        ResultsService(db).fix_method(cid, Method.TRIMMED)
        views.append(ResultsService(db).compute(cid))
        db.close()
    first, second = views
    assert first.value_keys == second.value_keys
    assert [r.position for r in first.rows] == [r.position for r in second.rows]
    assert first.inputs_sha256 == second.inputs_sha256


def test_missing_sheets_make_results_provisional_until_the_override(demo_template, tmp_path,
                                                                    sheets) -> None:
    db = chair_copy(demo_template, tmp_path / "partial.db")
    cid = competition_id(db)
    SheetImportService(db).import_paths(cid, list(sheets.sheets[:6]))
    results = ResultsService(db)
    results.fix_method(cid, Method.MEAN)
    view = results.compute(cid)
    assert not view.final and len(view.matrix.missing) == 8
    assert {j.label for j, _f in view.matrix.missing} == {"J7"}
    with pytest.raises(ValidationError, match="reason"):
        results.override_completeness(cid, "ok")
    results.override_completeness(cid, "Judge 7 was taken ill; the panel agreed to proceed")
    view = results.compute(cid)
    assert view.final and not view.matrix.complete
    assert "taken ill" in view.matrix.override.reason
    # The override covered exactly those cells: once they change, it no longer applies.
    SheetImportService(db).import_paths(cid, [sheets.sheets[6]])
    assert results.compute(cid).matrix.complete
    db.close()


def test_the_signed_report_needs_final_results_and_the_chairs_credential(chair) -> None:
    from judgepanel.domain.consolidation import RESULTS_ATTACHMENT, parse_results_payload
    from judgepanel.signing.pdf import read_attachment, verify_pdf

    cid = competition_id(chair)
    results = ResultsService(chair)
    results.fix_method(cid, Method.MEAN)
    with pytest.raises(NotFoundError, match="chair's signing credential"):
        results.build_report(cid, CHAIR_PASS)
    status = ChairCredentialService(chair).issue(cid, "Mrs. Susan Lam", PANEL_PASS, CHAIR_PASS,
                                                 name_zh="林淑芬女士")
    with pytest.raises(ConflictError, match="tied at the award cut"):
        results.build_report(cid, CHAIR_PASS)
    results.record_casting_decision(cid, ["HKPO", "HKPF"], "Decided by the chair after debate")
    signed = results.build_report(cid, CHAIR_PASS)
    check = verify_pdf(signed.pdf, results_roots(chair))
    assert check.ok and check.signer_uid is None
    assert check.signer_fingerprint_sha256 == status.fingerprint
    payload = parse_results_payload(read_attachment(signed.pdf, RESULTS_ATTACHMENT))
    assert payload.winners == ("IMMD", "FSD", "HKPO")
    assert len([s for s in payload.sheets if s.in_force]) == 7
    assert payload.inputs_sha256 == signed.inputs_sha256
    with chair.read() as s:
        run = s.scalar(select(ResultRun))
        assert run.report_sha256 == signed.sha256 and run.method == "mean"
    assert results.latest_report(cid) == signed.pdf


def results_roots(db) -> list[bytes]:
    from judgepanel.services.sheets import SheetService

    return list(SheetService(db).trust_roots())


def test_a_wrong_chair_passphrase_is_refused(chair) -> None:
    from judgepanel.domain.errors import SigningError

    cid = competition_id(chair)
    ChairCredentialService(chair).issue(cid, "Mrs. Susan Lam", PANEL_PASS, CHAIR_PASS)
    with pytest.raises(SigningError, match="passphrase"):
        ResultsService(chair).build_report(cid, b"not the passphrase")
    with pytest.raises(SigningError, match="passphrase"):
        ChairCredentialService(chair).issue(cid, "Mrs. Susan Lam", b"wrong-panel-pass",
                                            CHAIR_PASS)
