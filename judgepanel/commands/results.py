"""``judgepanel consolidate``, ``recompute``, ``chair-credential``, ``casting-vote`` and
``paper-entry``: the chair's results from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from judgepanel.commands.common import (
    EXIT_OK,
    EXIT_USER_ERROR,
    Handlers,
    SubParsers,
    database_argument,
    db_path,
)

if TYPE_CHECKING:
    from judgepanel.domain.results import ImportReport, ResultsView

METHODS = ("mean", "trimmed", "median", "zscore", "borda")


def register(sub: SubParsers, handlers: Handlers) -> None:
    cons = sub.add_parser("consolidate", help="import signed score sheets, compute the results "
                          "and write the signed results report")
    database_argument(cons)
    cons.add_argument("sheets", nargs="*", metavar="SHEET.pdf|DIR",
                      help="signed score sheets, or folders of them (e.g. a USB stick)")
    cons.add_argument("--out", required=True, help="the signed results PDF to write")
    cons.add_argument("--xlsx", help="also write the results as an Excel workbook")
    cons.add_argument("--csv", help="also write the order of merit as CSV (UTF-8, Excel-ready)")
    cons.add_argument("--method", choices=METHODS,
                      help="aggregation method to fix (once fixed it cannot change; default: "
                      "the competition's)")
    cons.add_argument("--passphrase-file", help="first line: the chair's signing passphrase")
    cons.add_argument("--override-reason",
                      help="make incomplete results final, recording this reason")
    handlers["consolidate"] = _cmd_consolidate

    rec = sub.add_parser("recompute", help="rebuild a results report's ranking from the signed "
                         "sheets alone and say whether it matches (exit 0 only if it does)")
    rec.add_argument("results", help="the signed results PDF")
    rec.add_argument("sheets", nargs="+", metavar="SHEETS_DIR",
                     help="folder(s) or files with the signed score sheets")
    rec.add_argument("--trust", action="append", default=[],
                     help="the panel's trust certificate (PEM) as handed out; may be repeated")
    handlers["recompute"] = _cmd_recompute

    chair = sub.add_parser("chair-credential",
                           help="issue the chair's signing credential for results reports")
    database_argument(chair)
    chair.add_argument("--name", required=True, help="the chair's name (certificate subject)")
    chair.add_argument("--name-zh", default="", help="the chair's name in Chinese")
    chair.add_argument("--ca-passphrase-file", help="first line: the panel authority's passphrase")
    chair.add_argument("--passphrase-file", help="first line: the chair's new passphrase")
    handlers["chair-credential"] = _cmd_chair_credential

    cast = sub.add_parser("casting-vote", help="record the chair's casting decision on a tie")
    database_argument(cast)
    cast.add_argument("--order", required=True,
                      help="the tied finalists' codes, best first, separated by commas")
    cast.add_argument("--reason", required=True, help="why (recorded with the decision)")
    handlers["casting-vote"] = _cmd_casting

    paper = sub.add_parser("paper-entry", help="key one judge's paper sheet for one finalist "
                           "(each sheet is keyed twice, by two clerks)")
    database_argument(paper)
    paper.add_argument("--judge", type=int, required=True, help="judge id (judgepanel judges)")
    paper.add_argument("--finalist", required=True, help="the finalist's code")
    paper.add_argument("--clerk", type=int, choices=(1, 2), required=True)
    paper.add_argument("--clerk-name", required=True)
    paper.add_argument("--mark", action="append", default=[], metavar="CRITERION=VALUE",
                       help="one mark, e.g. service_quality=7.5; repeat for every criterion")
    handlers["paper-entry"] = _cmd_paper


def _open(args: argparse.Namespace):  # noqa: ANN202
    from judgepanel.db.engine import open_database

    return open_database(db_path(args))


def _cmd_consolidate(args: argparse.Namespace) -> int:
    from judgepanel.commands.common import default_competition, read_passphrase
    from judgepanel.domain.aggregation import Method
    from judgepanel.fileio import atomic_write
    from judgepanel.services.consolidation import SheetImportService
    from judgepanel.services.results import ResultsService
    from judgepanel.services.results_export import csv_bytes, xlsx_bytes

    db = _open(args)
    try:
        cid = default_competition(db)
        if args.sheets:
            _print_import(SheetImportService(db).import_paths(cid, args.sheets))
        results = ResultsService(db)
        status = results.status(cid)
        if args.method:
            results.fix_method(cid, Method(args.method), "Fixed from the command line.")
        elif not status.method_fixed:
            results.fix_method(cid, status.method,
                               "The competition's method, fixed from the command line.")
            print(f"Method fixed: {status.method.value} (the competition's).")
        status = results.status(cid)
        if not status.matrix.complete and args.override_reason:
            results.override_completeness(cid, args.override_reason)
        view = results.compute(cid)
        _print_results(view)
        if args.xlsx:
            atomic_write(args.xlsx, xlsx_bytes(view), private=False)
            print(f"Wrote {args.xlsx}.")
        if args.csv:
            atomic_write(args.csv, csv_bytes(view), private=False)
            print(f"Wrote {args.csv}.")
        if not view.final:
            print("Results are not final: marks are missing (see the matrix above). Import the "
                  "missing sheets, or use --override-reason. No report was written.")
            return EXIT_USER_ERROR
        if view.awards.tied_at_cut:
            codes = ",".join(f.code for f in view.awards.tied_at_cut)
            print(f"Finalists are tied at the award cut ({codes}); record the chair's casting "
                  f"decision with: judgepanel casting-vote --order {codes} --reason \"…\". "
                  "No report was written.")
            return EXIT_USER_ERROR
        passphrase = read_passphrase(args.passphrase_file, "Chair's signing passphrase: ")
        signed = results.build_report(cid, passphrase)
    finally:
        db.close()
    atomic_write(args.out, signed.pdf, private=False)
    print(f"Wrote the signed results report {args.out} (SHA-256 {signed.sha256}).")
    return EXIT_OK


def _print_import(report: ImportReport) -> None:
    for outcome in report.outcomes:
        name = Path(outcome.file).name
        detail = f" — {outcome.reason.text}" if outcome.reason else ""
        who = f" ({outcome.judge_name}, revision {outcome.revision})" if outcome.judge_name \
            and outcome.revision else ""
        print(f"{outcome.outcome.value.upper():<11} {name}{who}{detail}")
        for refused in outcome.refused:
            print(f"{'':<11}   refused: {refused.text}")


def _print_results(view: ResultsView) -> None:
    from judgepanel.reports.results_report import METHOD_TEXT, format_value

    matrix = view.matrix
    print()
    print(f"Judges × finalists: {len(matrix.judges)} × {len(matrix.finalists)}; "
          + ", ".join(f"{s.value} {matrix.count(s)}" for s in type(matrix.cells[0][0]))
          if matrix.cells else "")
    for judge, finalist in matrix.missing:
        print(f"  missing: {judge.label} {judge.name.en} × {finalist.code}")
    if matrix.override is not None:
        print(f"  chair's override: {matrix.override.reason}")
    print(f"Method: {METHOD_TEXT[view.method][0]}")
    print()
    print(f"{'Pos':>3}  {'Code':<8} {'Finalist':<44} {'Result':>8}  Judges' totals")
    for row in view.rows:
        totals = " ".join(f"{float(t):6.2f}" if t is not None else "     —"
                          for t in row.judge_totals)
        mark = " †" if row.paper_sourced else ""
        print(f"{row.position:>3}  {row.finalist.code:<8} {row.finalist.name.en[:44]:<44} "
              f"{format_value(row.value, view.method):>8}  {totals}{mark}")
    print()
    awards = view.awards
    print(f"{awards.award_name.en}: " + (", ".join(f.name.en for f in awards.winners) or "—"))
    if awards.tied_at_cut:
        print("  tied at the cut: " + ", ".join(f.code for f in awards.tied_at_cut))
    print(f"{awards.public_award_name.en}: "
          + (", ".join(name.en for _c, name in awards.public_winners) or "—")
          + (f" ({awards.public_note.text})" if awards.public_note else ""))
    comparison = view.comparison
    if comparison.disagreement:
        print("Method comparison: the award winners would differ under "
              + ", ".join(m.value for m in comparison.disagreeing) + ".")
    else:
        print("Method comparison: every method gives the same award winners.")
    kendall = view.agreement.kendall
    if kendall is not None:
        print(f"Kendall's W = {float(kendall.w):.3f} (chi-square {float(kendall.chi_square):.2f},"
              f" df {kendall.df}, p = {kendall.p_value:.4g})")
    print()


def _cmd_recompute(args: argparse.Namespace) -> int:
    from judgepanel.services.recompute import display_value, recompute_paths

    report = recompute_paths(args.results, args.sheets, args.trust)
    print(f"Report:           {args.results}")
    print(f"Signed by:        {report.report_signer or '-'} "
          f"({'valid chair signature' if report.report_signature_ok else 'NOT VALID'})")
    for judge_uid, fingerprint in report.pinned:
        print(f"Pinned own certificate: judge {judge_uid}, SHA-256 {fingerprint} (listed in the "
              "signed report)")
    print(f"Sheets used:      {len(report.used_sheets)}")
    for name in report.used_sheets:
        print(f"  {name}")
    for name, why in report.ignored_files:
        print(f"  ignored {name}: {why}")
    for missing in report.missing_sheets:
        print(f"  MISSING {missing}")
    for problem in report.problems:
        print(f"Note: {problem}")
    if report.ranking:
        print("Rebuilt ranking:")
        for position, entrant, value in report.ranking:
            print(f"  {position:>3}  {entrant:<10} {display_value(value)}")
    for difference in report.differences:
        print(f"DIFFERENCE: {difference}")
    print("RESULT: MATCH — the ranking was rebuilt from the signed sheets and agrees with the "
          "report." if report.matches else "RESULT: NO MATCH")
    return EXIT_OK if report.matches else EXIT_USER_ERROR


def _cmd_chair_credential(args: argparse.Namespace) -> int:
    from judgepanel.commands.common import default_competition, read_passphrase
    from judgepanel.services.chair_credential import ChairCredentialService

    db = _open(args)
    try:
        cid = default_competition(db)
        ca = read_passphrase(args.ca_passphrase_file, "Panel authority passphrase: ")
        new = read_passphrase(args.passphrase_file, "Chair's new passphrase: ")
        status = ChairCredentialService(db).issue(cid, args.name, ca, new,
                                                  name_zh=args.name_zh)
    finally:
        db.close()
    print(f"Issued the chair's signing credential for {args.name} "
          f"(certificate SHA-256 {status.fingerprint}).")
    return EXIT_OK


def _cmd_casting(args: argparse.Namespace) -> int:
    from judgepanel.commands.common import default_competition
    from judgepanel.services.results import ResultsService

    db = _open(args)
    try:
        order = [code.strip() for code in args.order.split(",") if code.strip()]
        record = ResultsService(db).record_casting_decision(default_competition(db), order,
                                                            args.reason)
    finally:
        db.close()
    print(f"Recorded the chair's casting decision: {record.outcome}.")
    return EXIT_OK


def _cmd_paper(args: argparse.Namespace) -> int:
    from judgepanel.commands.common import default_competition
    from judgepanel.domain.errors import ValidationError
    from judgepanel.services.competitions import CompetitionService
    from judgepanel.services.paper_entry import PaperEntryService

    marks: dict[str, str] = {}
    for item in args.mark:
        code, sep, value = item.partition("=")
        if not sep:
            raise ValidationError("Write each mark as CRITERION=VALUE, e.g. "
                                  "service_quality=7.5.")
        marks[code.strip()] = value
    db = _open(args)
    try:
        cid = default_competition(db)
        finalists = {f.entrant.code.casefold(): f.entrant.id
                     for f in CompetitionService(db).overview(cid).finalists}
        entrant = finalists.get(args.finalist.casefold())
        if entrant is None:
            raise ValidationError("There is no finalist with the code {code}.",
                                  code=args.finalist)
        result = PaperEntryService(db).enter(cid, args.judge, entrant, args.clerk,
                                             args.clerk_name, marks)
    finally:
        db.close()
    print(result.message.text)
    return EXIT_OK
