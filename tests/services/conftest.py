"""Fixtures shared by the service tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.services.results_helpers import chair_copy


@pytest.fixture
def chair(demo_template: Path, tmp_path: Path) -> Iterator:
    """A private copy of the demo competition as the chair's database (nothing imported)."""
    db = chair_copy(demo_template, tmp_path / "chair.db")
    yield db
    db.close()
