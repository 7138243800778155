"""The chair's set-up from scripts: ``entrants import``, ``votes import``, ``shortlist`` and
``schedule``. Each acts on one competition (``--competition ID``; default: the most recent)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from judgepanel.commands.common import EXIT_OK, Handlers, SubParsers, database_argument, db_path

if TYPE_CHECKING:
    from judgepanel.domain.setup import PublicVoteView
    from judgepanel.services.setup import SetupServices


def _competition_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--competition", type=int, metavar="ID",
                        help="competition id (default: the most recent competition)")


def register(sub: SubParsers, handlers: Handlers) -> None:
    entrants = sub.add_parser("entrants", help="entrants of a competition (chair)")
    entrants_sub = entrants.add_subparsers(dest="entrants_command", required=True)
    imp = entrants_sub.add_parser(
        "import", help="add entrants from a CSV file (code,name_en,name_zh,category); "
        "all rows or none")
    imp.add_argument("file", metavar="CSV")
    database_argument(imp)
    _competition_argument(imp)
    handlers["entrants"] = _cmd_entrants

    votes = sub.add_parser("votes", help="the public vote (chair)")
    votes_sub = votes.add_subparsers(dest="votes_command", required=True)
    vimp = votes_sub.add_parser(
        "import", help="import the polling firm's tallies (CSV: code,votes; optional "
        "'# sample_size: N' line at the top); replaces the previous poll")
    vimp.add_argument("file", metavar="CSV")
    database_argument(vimp)
    _competition_argument(vimp)
    vimp.add_argument("--sample-size", type=int, metavar="N",
                      help="households interviewed (needed unless the file says it)")
    handlers["votes"] = _cmd_votes

    short = sub.add_parser(
        "shortlist", help="print the shortlist ranking, the formula, the cut and any tie")
    database_argument(short)
    _competition_argument(short)
    short.add_argument("--decide", nargs="+", metavar="CODE",
                       help="record the chair's decision on a tie at the cut: the tied "
                       "entrants who go through (needs --reason)")
    short.add_argument("--reason", help="the reason for --decide")
    short.add_argument("--confirm", action="store_true",
                       help="confirm the top N as the finalists")
    handlers["shortlist"] = _cmd_shortlist

    schedule = sub.add_parser("schedule", help="write the presentation schedule as a PDF")
    database_argument(schedule)
    _competition_argument(schedule)
    schedule.add_argument("--out", required=True, metavar="FILE.pdf")
    handlers["schedule"] = _cmd_schedule


def _services(args: argparse.Namespace) -> tuple[SetupServices, int]:
    from judgepanel.db.engine import open_database
    from judgepanel.domain.errors import NotFoundError
    from judgepanel.services.setup import SetupServices

    db = open_database(db_path(args))
    services = SetupServices.from_database(db)
    competition_id = args.competition or services.overview.default_competition_id()
    if competition_id is None:
        db.close()
        raise NotFoundError("The database {path} has no competition yet.", path=db.path)
    return services, competition_id


def _cmd_entrants(args: argparse.Namespace) -> int:
    services, cid = _services(args)
    try:
        result = services.entrants.import_csv_file(cid, args.file)
    finally:
        services.db.close()
    print(f"Imported {len(result.created)} entrants from {args.file}:")
    for e in result.created:
        print(f"  {e.code:<10} {e.name.en} / {e.name.zh} ({e.category.value})")
    return EXIT_OK


def _cmd_votes(args: argparse.Namespace) -> int:
    services, cid = _services(args)
    try:
        result = services.votes.import_csv_file(cid, args.file, sample_size=args.sample_size)
        view = services.votes.view(cid)
    finally:
        services.db.close()
    print(f"Imported the tallies of {result.entrant_count} entrants from {args.file}: "
          f"{result.total_votes} votes from a sample of {result.poll.sample_size} households"
          + (" (the previous poll was replaced)." if result.replaced_poll else "."))
    print(_vote_table(view))
    return EXIT_OK


def _vote_table(view: PublicVoteView) -> str:
    lines = [f"{view.award_name.en}: top {view.award_count}",
             f"{'Pos':>4}  {'Code':<8} {'Votes':>7} {'Share':>7} {'±95%':>7}  Entrant"]
    for r in view.rows:
        flags = []
        if r.awarded:
            flags.append("awarded")
        if r.tied_at_cut:
            flags.append("exact tie at cut")
        elif r.overlaps_cut:
            flags.append("statistical tie at cut")
        lines.append(f"{r.position:>4}  {r.entrant.code:<8} {r.votes:>7} "
                     f"{float(r.share) * 100:>6.2f}% {r.margin * 100:>6.2f}%  {r.entrant.name.en}"
                     + (f"  [{', '.join(flags)}]" if flags else ""))
    if view.exact_tie:
        lines.append(f"Exact tie at the cut: {', '.join(view.exact_tie)} "
                     f"({view.open_places} place(s) open); the chair must decide.")
    if view.statistical_tie:
        lines.append("Statistical tie at the cut: the 95% intervals of "
                     f"{', '.join(view.overlapping)} overlap.")
    if view.decision is not None:
        lines.append(f"Chair's decision ({view.decision.decided_at:%Y-%m-%d}): "
                     f"{view.decision.reason}")
    return "\n".join(lines)


def _cmd_shortlist(args: argparse.Namespace) -> int:
    from judgepanel.domain.errors import ValidationError
    from judgepanel.domain.scoring import format_score

    services, cid = _services(args)
    try:
        if args.decide:
            if not args.reason:
                raise ValidationError("--decide needs --reason: the chair's decision must give "
                                      "a reason.")
            services.shortlist.decide_tie(cid, args.decide, args.reason)
        view = services.shortlist.confirm(cid) if args.confirm else services.shortlist.view(cid)
        competition = services.competitions.competition(cid)
    finally:
        services.db.close()
    print(f"Shortlist: {competition.name.en} — {view.finalist_count} finalists")
    print(f"Formula: {view.description}")
    if view.problem is not None:
        print(f"No ranking yet: {view.problem.message}")
    else:
        print(f"{'Pos':>4}  {'Code':<8} {'Submission':>10} {'Site visit':>10} {'Vote':>7} "
              f"{'Composite':>9}  Entrant")
        cut_printed = False
        for r in view.rows:
            if not r.selected and not r.tied_at_cut and not cut_printed:
                print(f"{'':>4}  ---- cut: top {view.finalist_count} ----")
                cut_printed = True
            mark = "finalist" if r.selected else ("TIED AT CUT" if r.tied_at_cut else "")
            print(f"{r.position:>4}  {r.entrant.code:<8} {format_score(r.submission):>10} "
                  f"{format_score(r.site_visit):>10} {format_score(r.public_vote):>7} "
                  f"{format_score(r.composite):>9}  {r.entrant.name.en}"
                  + (f"  [{mark}]" if mark else ""))
    if view.tie_at_cut:
        print(f"Tie at the cut: {', '.join(view.tie_at_cut)} are tied for the last "
              f"{view.open_places} place(s).")
        if view.decision is None:
            print("The chair must decide: judgepanel shortlist --decide CODE... --reason TEXT")
        else:
            print(f"Chair's decision: {', '.join(view.decision.admitted)} go through — "
                  f"{view.decision.reason}")
    if view.confirmed:
        print("Confirmed finalists: " + ", ".join(
            f"{f.shortlist_rank}. {f.entrant.code}" for f in view.confirmed))
    else:
        print("The finalists are not confirmed yet (use --confirm).")
    return EXIT_OK


def _cmd_schedule(args: argparse.Namespace) -> int:
    services, cid = _services(args)
    try:
        path = services.schedule.save_pdf(cid, args.out)
        slots = services.schedule.view(cid).slots
    finally:
        services.db.close()
    print(f"Wrote the schedule of {len(slots)} presentations to {path}.")
    return EXIT_OK
