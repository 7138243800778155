"""Tampering: random byte edits inside the signed range of a signed sheet are all refused.

A mark changed by SQL in the chair's database after import is caught when results are computed:
that is tested in ``tests/services/test_consolidation_import.py``
(``test_a_mark_changed_behind_the_apps_back_is_caught``,
``test_a_deleted_mark_or_a_swapped_stored_sheet_is_caught``).
"""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

#: Applied per test (not loaded globally, which would change every other Hypothesis test).
BUDGET = settings.get_profile("reliability-long" if os.environ.get("JUDGEPANEL_LONG") == "1"
                              else "reliability")


@BUDGET
@given(rng=st.randoms(use_true_random=False), edits=st.integers(1, 4))
def test_byte_edits_inside_the_signed_range_never_verify(harness: ModuleType, material: Any,
                                                         rng: random.Random,
                                                         edits: int) -> None:
    original = material.sheets[rng.randrange(len(material.sheets))].read_bytes()
    (a, b), (c, d) = harness.signed_ranges(original)
    assert a == 0 and d == len(original)  # the signature covers the whole file but itself
    data = bytearray(original)
    for _ in range(edits):
        lo, hi = rng.choice([(a, b), (c, d)])
        i = rng.randrange(lo, hi)
        data[i] = (data[i] + rng.randrange(1, 256)) % 256
    verdict = harness.check_sheet(bytes(data), original, material.trust)
    assert verdict.outcome == "rejected", verdict


def test_tampered_sheets_are_refused_by_the_chairs_import(harness: ModuleType, material: Any,
                                                          tmp_path: Path) -> None:
    from judgepanel.db.engine import open_database
    from judgepanel.domain.results import ImportOutcomeKind
    from judgepanel.services.competitions import CompetitionService
    from judgepanel.services.consolidation import SheetImportService

    shutil.copyfile(material.demo, tmp_path / "chair.db")
    db = open_database(tmp_path / "chair.db")
    try:
        cid = CompetitionService(db).default_competition_id()
        service = SheetImportService(db)
        rng = random.Random(2003)
        for index, path in enumerate(material.sheets):
            original = path.read_bytes()
            (a, b), (c, d) = harness.signed_ranges(original)
            data = bytearray(original)
            lo, hi = [(a, b), (c, d)][index % 2]
            i = rng.randrange(lo, hi)
            data[i] ^= 0x20
            outcome = service.import_bytes(cid, bytes(data), f"tampered-{index}.pdf")
            assert outcome.outcome is ImportOutcomeKind.REJECTED
            assert outcome.reason is not None and outcome.reason.text.strip()
        # and the untouched files still go in: the refusals above were about the edits
        outcome = service.import_bytes(cid, material.sheets[0].read_bytes(), "good.pdf")
        assert outcome.outcome is ImportOutcomeKind.IMPORTED
    finally:
        db.close()
