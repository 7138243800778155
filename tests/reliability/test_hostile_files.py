"""Hostile files (Hypothesis): mutated judge kits, signed sheets, vote and entrant CSVs.

Zero crashes: every refusal is one of our typed ``UserError`` subclasses with a readable
message. Zero files wrongly accepted: a mutated kit or signed sheet never verifies unless the
mutation changed nothing that is signed. The normal run tries 60 of each; ``JUDGEPANEL_LONG=1``
selects the 10,000-example profile.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

#: Applied per test (not loaded globally, which would change every other Hypothesis test).
BUDGET = settings.get_profile("reliability-long" if os.environ.get("JUDGEPANEL_LONG") == "1"
                              else "reliability")


@dataclass(frozen=True)
class KitMaterial:
    kit: bytes  # judge A's kit as exported
    body: bytes  # its signed payload
    other_judge_kit: bytes  # judge B's kit, same panel
    empty_judge_db: Path
    judge_a_db: Path  # a laptop that already holds judge A's kit
    trust: bytes
    sign: Any  # the panel's detached signer, to re-sign mutated payloads

    def __repr__(self) -> str:  # short, for Hypothesis' failure reports
        return f"KitMaterial({self.empty_judge_db.parent})"


@pytest.fixture(scope="module")
def kits(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> KitMaterial:
    import shutil

    from judgepanel.db.engine import open_database
    from judgepanel.domain import kit_payload as kp
    from judgepanel.services.authority import AuthorityService
    from judgepanel.services.competitions import CompetitionService
    from judgepanel.services.demo_data import DEMO_PANEL_PASSPHRASE
    from judgepanel.services.kits import KitService

    folder = tmp_path_factory.mktemp("kits")
    chair_path = folder / "chair.db"
    shutil.copyfile(demo_template, chair_path)
    chair = open_database(chair_path)
    panel = DEMO_PANEL_PASSPHRASE.encode()
    cid = CompetitionService(chair).default_competition_id()
    judges = CompetitionService(chair).overview(cid).judges
    service = KitService(chair)
    kit = service.export_kit(cid, judges[0].id, panel)
    other = service.export_kit(cid, judges[1].id, panel)
    trust = AuthorityService(chair).trust_certificate_pem(cid)
    ca = AuthorityService(chair).load_authority(cid, panel)
    chair.close()
    empty = folder / "empty.db"
    open_database(empty).close()
    judge_a = folder / "judge-a.db"
    shutil.copyfile(empty, judge_a)
    db = open_database(judge_a)
    KitService(db).import_kit(kit, trust_pem=trust)
    db.close()
    body, _ = kp.read_envelope(kit)
    return KitMaterial(kit, body, other, empty, judge_a, trust, ca.sign_detached)


def _assert_safe(verdict: Any, *allowed: str) -> None:
    assert verdict.outcome != "crash", verdict.detail
    assert verdict.outcome != "wrongly-accepted", verdict.detail
    assert verdict.outcome in allowed, verdict


MUTATION = st.sampled_from(["bit flip", "truncation", "byte edit", "splice"])


@BUDGET
@given(kind=MUTATION, rng=st.randoms(use_true_random=False))
def test_mutated_kit_files_are_refused(harness: ModuleType, kits: KitMaterial, kind: str,
                                       rng: random.Random) -> None:
    data = harness.BYTE_MUTATIONS[kind](kits.kit, rng)
    _assert_safe(harness.check_kit(data, kits.body, kits.empty_judge_db, kits.trust),
                 "rejected", "no-op")


@BUDGET
@given(rng=st.randoms(use_true_random=False))
def test_mutated_kit_payloads_signed_again_are_parsed_strictly(
        harness: ModuleType, kits: KitMaterial, rng: random.Random) -> None:
    """The panel's own signature over a malformed payload: strict parsing must still refuse
    duplicate keys, NaN and out-of-range numbers with a reason, and never crash."""
    from judgepanel.domain import kit_payload as kp

    kind, body = harness.payload_mutation(kits.body, rng)
    data = kp.envelope_bytes(body, kits.sign(body))
    verdict = harness.check_kit(data, kits.body, kits.empty_judge_db, kits.trust, resigned=True)
    if kind in ("duplicate key", "NaN"):
        _assert_safe(verdict, "rejected")
    else:
        _assert_safe(verdict, "rejected", "accepted", "no-op")


def test_a_lone_surrogate_in_a_signed_kit_is_refused_with_a_reason(
        harness: ModuleType, kits: KitMaterial) -> None:
    """Needs the panel's own signature (a rogue or buggy chair's machine), so it is not a way
    in for an outsider; but it must be a readable refusal, not a crash."""
    import re

    from judgepanel.domain import kit_payload as kp

    body = re.sub(rb'"name_en":"[^"]*"', lambda _m: b'"name_en":"\\ud800"', kits.body,
                  count=1)
    assert b"\\ud800" in body
    data = kp.envelope_bytes(body, kits.sign(body))
    verdict = harness.check_kit(data, kits.body, kits.empty_judge_db, kits.trust, resigned=True)
    assert verdict.outcome == "rejected", verdict


def test_a_kit_with_a_5000_digit_number_is_refused_with_a_reason(
        harness: ModuleType, kits: KitMaterial) -> None:
    """No signature needed: anyone with the USB stick can do this."""
    import re

    from judgepanel.domain import kit_payload as kp

    body = re.sub(rb'"award_count":\d+', b'"award_count":' + b"9" * 5000, kits.body, count=1)
    assert body != kits.body
    _, old_signature = kp.read_envelope(kits.kit)
    data = kp.envelope_bytes(body, old_signature)
    verdict = harness.check_kit(data, kits.body, kits.empty_judge_db, kits.trust)
    assert verdict.outcome == "rejected", verdict


def test_a_kit_for_another_judge_is_refused(harness: ModuleType, kits: KitMaterial) -> None:
    verdict = harness.check_kit(kits.other_judge_kit, kits.body, kits.judge_a_db, kits.trust)
    assert verdict.outcome == "rejected" and "another judge" in verdict.detail


def test_a_kit_for_another_competition_is_refused(harness: ModuleType, kits: KitMaterial) -> None:
    import re

    from judgepanel.domain import kit_payload as kp

    # The competition's uid is the first "uid" in the payload; the panel signs it again.
    body = re.sub(rb'"uid":"[^"]*"', b'"uid":"another-competition-uid"', kits.body, count=1)
    assert body != kits.body
    data = kp.envelope_bytes(body, kits.sign(body))
    verdict = harness.check_kit(data, kits.body, kits.judge_a_db, kits.trust, resigned=True)
    assert verdict.outcome == "rejected", verdict


@BUDGET
@given(kind=MUTATION, rng=st.randoms(use_true_random=False))
def test_mutated_signed_sheets_never_verify(harness: ModuleType, material: Any, kind: str,
                                            rng: random.Random) -> None:
    original = material.sheets[0].read_bytes()
    data = harness.BYTE_MUTATIONS[kind](original, rng)
    _assert_safe(harness.check_sheet(data, original, material.trust), "rejected", "no-op")


@BUDGET
@given(which=st.sampled_from(["entrants", "votes"]), rng=st.randoms(use_true_random=False))
def test_mutated_csv_files_give_readable_refusals(harness: ModuleType, which: str,
                                                  rng: random.Random) -> None:
    seed = harness.ENTRANTS_CSV if which == "entrants" else harness.VOTES_CSV
    data = harness.csv_mutation(seed, rng)
    _assert_safe(harness.check_csv(which, data), "rejected", "accepted")


@BUDGET
@given(data=st.binary(max_size=2000), which=st.sampled_from(["entrants", "votes"]))
def test_arbitrary_bytes_as_csv_give_readable_refusals(harness: ModuleType, data: bytes,
                                                       which: str) -> None:
    _assert_safe(harness.check_csv(which, data), "rejected", "accepted")


def test_the_unmutated_files_are_accepted(harness: ModuleType, kits: KitMaterial,
                                          material: Any) -> None:
    """The checks can say yes: otherwise "all rejected" above would prove nothing."""
    assert harness.check_kit(kits.kit, kits.body, kits.empty_judge_db,
                             kits.trust).outcome == "no-op"
    original = material.sheets[0].read_bytes()
    assert harness.check_sheet(original, original, material.trust).outcome == "no-op"
    assert harness.check_csv("entrants", harness.ENTRANTS_CSV).outcome == "accepted"
    assert harness.check_csv("votes", harness.VOTES_CSV).outcome == "accepted"
