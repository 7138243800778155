"""The public vote: importing the polling firm's tallies, shares with margins of error, the award
to the top K, and the chair's decision where the cut is a tie.

The award goes by votes, as the rules say; the 95% intervals only *flag* a statistical tie at
the cut so it can be disclosed. An exact tie in votes at the cut cannot be settled by the rules,
so the chair decides it, with a reason, in the decisions table (kind ``public_vote_tie``); a
statistical tie may be acknowledged the same way.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from judgepanel.db.engine import Database
from judgepanel.db.models import Decision, Entrant, PublicPoll, VoteTally
from judgepanel.domain.aggregation import CutDecision
from judgepanel.domain.enums import DecisionKind
from judgepanel.domain.errors import ConflictError, ValidationError, tr_noop
from judgepanel.domain.model import Bilingual, EntrantView
from judgepanel.domain.public_vote import PublicVoteResult, public_vote_result
from judgepanel.domain.setup import (
    DecisionView,
    PollInfo,
    PublicVoteView,
    VoteImportResult,
    VoteRow,
    check_text,
    normalise_code,
)
from judgepanel.fileio import read_limited
from judgepanel.services import csv_import
from judgepanel.services.competitions import entrant_view
from judgepanel.services.setup_common import (
    decision_view,
    dumps,
    get_competition,
    log,
    require_chair,
    require_open_shortlist,
)


def _poll_info(p: PublicPoll) -> PollInfo:
    return PollInfo(p.id, p.description, p.sample_size, p.conducted_by, p.source_sha256,
                    p.imported_at)


def latest_poll(s: Session, competition_id: int) -> PublicPoll | None:
    """The poll in force: the most recently imported one."""
    return s.scalar(
        select(PublicPoll).where(PublicPoll.competition_id == competition_id)
        .order_by(PublicPoll.imported_at.desc(), PublicPoll.id.desc()).limit(1)
    )


class PublicVoteService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reading -------------------------------------------------------------------------------
    def view(self, competition_id: int) -> PublicVoteView:
        with self._db.read() as s:
            comp = get_competition(s, competition_id)
            award = Bilingual(comp.public_award_name_en, comp.public_award_name_zh)
            poll = latest_poll(s, competition_id)
            if poll is None:
                return PublicVoteView(award, comp.public_award_count, None)
            entrants = {e.code: entrant_view(e) for e in s.scalars(
                select(Entrant).where(Entrant.competition_id == competition_id))}
            by_id = {e.id: e for e in entrants.values()}
            tallies = {by_id[t.entrant_id].code: t.votes for t in s.scalars(
                select(VoteTally).where(VoteTally.poll_id == poll.id)) if t.entrant_id in by_id}
            missing = tuple(sorted(set(entrants) - set(tallies)))
            decision = self._matching_decision(s, competition_id, poll, tallies,
                                               comp.public_award_count)
            result = self._result(tallies, poll.sample_size, comp.public_award_count, decision)
            return self._view(award, comp.public_award_count, poll, entrants, result, decision,
                              missing)

    @staticmethod
    def _result(
        tallies: dict[str, int], sample_size: int, award_count: int,
        decision: DecisionView | None,
    ) -> PublicVoteResult[str] | None:
        if not tallies:
            return None
        cut = None
        if decision is not None and decision.admitted:
            cut = CutDecision(decision.admitted, decision.reason)
        return public_vote_result(tallies, sample_size, award_count, decision=cut)

    @staticmethod
    def _view(
        award: Bilingual, award_count: int, poll: PublicPoll,
        entrants: dict[str, EntrantView], result: PublicVoteResult[str] | None,
        decision: DecisionView | None, missing: tuple[str, ...],
    ) -> PublicVoteView:
        if result is None:
            return PublicVoteView(award, award_count, _poll_info(poll), missing=missing)
        rows = tuple(
            VoteRow(entrants[v.entrant], v.votes, v.share, v.margin, v.low, v.high, v.position,
                    v.awarded, v.tied_at_cut, v.overlaps_cut)
            for v in result.shares
        )
        return PublicVoteView(
            award_name=award, award_count=award_count, poll=_poll_info(poll), rows=rows,
            total_votes=result.total_votes, winners=tuple(result.winners),
            statistical_tie=result.statistical_tie_at_cut,
            overlapping=tuple(result.overlapping_cut), exact_tie=tuple(result.exact_tie_at_cut),
            open_places=result.open_places, decision=decision, missing=missing,
        )

    @staticmethod
    def _matching_decision(
        s: Session, competition_id: int, poll: PublicPoll, tallies: dict[str, int],
        award_count: int,
    ) -> DecisionView | None:
        """The latest decision recorded for this poll and this very tie; a decision made on
        other figures (an earlier poll, another K) no longer applies."""
        if not tallies:
            return None
        plain = public_vote_result(tallies, poll.sample_size, award_count)
        if not (plain.statistical_tie_at_cut or plain.exact_tie_at_cut):
            return None
        subject = _subject(poll, award_count, plain)
        row = s.scalar(
            select(Decision).where(
                Decision.competition_id == competition_id,
                Decision.kind == DecisionKind.PUBLIC_VOTE_TIE.value,
                Decision.subject == subject,
            ).order_by(Decision.decided_at.desc(), Decision.id.desc()).limit(1)
        )
        return None if row is None else decision_view(row)

    # -- importing -----------------------------------------------------------------------------
    def import_csv(
        self, competition_id: int, data: bytes, source: str = "", *,
        sample_size: int | None = None,
    ) -> VoteImportResult:
        """Replaces the competition's poll with the file's tallies, all or nothing.

        Every problem (unknown, repeated or missing entrants; bad, negative or huge counts;
        a total over the sample size; a sample size missing or disagreeing with the file's) is
        reported at once with its line number."""
        parsed = csv_import.parse_votes_csv(data)
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            entrants = s.scalars(
                select(Entrant).where(Entrant.competition_id == competition_id)
            ).all()
            problems, size = csv_import.check_votes(
                parsed, [entrant_view(e) for e in entrants], sample_size)
            csv_import.reject_if_any(source, problems)
            assert size is not None  # no problems means a sample size is known
            require_open_shortlist(s, competition_id)
            old = s.scalars(
                select(PublicPoll.id).where(PublicPoll.competition_id == competition_id)
            ).all()
            if old:
                s.execute(delete(PublicPoll).where(PublicPoll.id.in_(old)))
            by_code = {normalise_code(e.code): e for e in entrants}
            poll = PublicPoll(
                competition_id=comp.id, sample_size=size,
                description=parsed.description or source, conducted_by=parsed.conducted_by,
                source_sha256=parsed.source_sha256,
            )
            s.add(poll)
            s.flush()
            for row in parsed.rows:
                s.add(VoteTally(poll_id=poll.id, entrant_id=by_code[normalise_code(row.code)].id,
                                votes=row.votes))
            s.flush()
            total = sum(r.votes for r in parsed.rows)
            log(s, "setup.votes_imported", {
                "competition_uid": comp.uid, "source": source, "sha256": parsed.source_sha256,
                "sample_size": size, "total_votes": total, "replaced_polls": len(old),
            })
            return VoteImportResult(_poll_info(poll), total, len(parsed.rows), bool(old))

    def import_csv_file(
        self, competition_id: int, path: str | Path, *, sample_size: int | None = None
    ) -> VoteImportResult:
        data = read_limited(path, csv_import.MAX_CSV_BYTES, what="CSV file")
        return self.import_csv(competition_id, data, Path(path).name, sample_size=sample_size)

    # -- the chair's decision --------------------------------------------------------------------
    def decide_tie(
        self, competition_id: int, admitted: Sequence[str], reason: str
    ) -> DecisionView:
        """Records the chair's decision on the tie at the award's cut.

        For an exact tie in votes, ``admitted`` names the tied entrants (codes) who take the
        open places; for a statistical tie alone it is empty and the decision records that the
        award stands by votes (and why)."""
        reason = check_text(reason, tr_noop("The reason"), limit=2000, multiline=True)
        with self._db.write() as s:
            require_chair(s)
            comp = get_competition(s, competition_id)
            poll = latest_poll(s, competition_id)
            if poll is None:
                raise ConflictError(tr_noop("No public vote has been imported yet."))
            entrants = {e.id: e.code for e in s.scalars(
                select(Entrant).where(Entrant.competition_id == competition_id))}
            tallies = {entrants[t.entrant_id]: t.votes for t in s.scalars(
                select(VoteTally).where(VoteTally.poll_id == poll.id))
                if t.entrant_id in entrants}
            plain = public_vote_result(tallies, poll.sample_size, comp.public_award_count)
            if not (plain.statistical_tie_at_cut or plain.exact_tie_at_cut):
                raise ConflictError(
                    tr_noop("There is no tie at the cut of the public-vote award to decide."))
            codes = {normalise_code(c): c for c in tallies}
            chosen = []
            for code in admitted:
                key = normalise_code(code)
                if key not in codes:
                    raise ValidationError(
                        tr_noop("There is no entrant with the code {code} in this competition."),
                        code=code)
                chosen.append(codes[key])
            if plain.exact_tie_at_cut:
                decided = public_vote_result(
                    tallies, poll.sample_size, comp.public_award_count,
                    decision=CutDecision(tuple(chosen), reason))
                winners = list(decided.winners)
            else:
                if chosen:
                    raise ValidationError(
                        tr_noop("The votes are not exactly tied at the cut, so the award follows "
                                "the votes; record the decision without choosing entrants."))
                winners = list(plain.winners)
            row = Decision(
                competition_id=comp.id, kind=DecisionKind.PUBLIC_VOTE_TIE.value,
                subject=_subject(poll, comp.public_award_count, plain),
                outcome=dumps({"admitted": chosen, "winners": winners}), reason=reason,
            )
            s.add(row)
            s.flush()
            log(s, "setup.public_vote_tie_decided", {
                "competition_uid": comp.uid, "poll_id": poll.id, "admitted": chosen,
                "winners": winners, "reason": reason,
            })
            return decision_view(row)


def _subject(poll: PublicPoll, award_count: int, result: PublicVoteResult[str]) -> str:
    """What a decision is about, canonical so a later reading can match it exactly. The poll
    is named by its file's hash and import time (row ids are reused after a replacement)."""
    return json.dumps({
        "poll_id": poll.id, "poll_sha256": poll.source_sha256,
        "imported_at": poll.imported_at.isoformat(), "award_count": award_count,
        "exact_tie": sorted(result.exact_tie_at_cut),
        "overlapping": sorted(result.overlapping_cut),
    }, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
