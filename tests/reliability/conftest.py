"""Fixtures of the reliability harness: the helper module and the signed material it uses.

pytest runs with ``--import-mode=importlib``, so the helper is loaded from its file here and
handed to the tests as the ``harness`` fixture.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

_HARNESS_FILE = Path(__file__).with_name("harness.py")


def _load_harness() -> ModuleType:
    name = "judgepanel_reliability_harness"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, _HARNESS_FILE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _hypothesis_profiles() -> None:
    from hypothesis import HealthCheck, settings

    common: dict[str, Any] = dict(
        deadline=None, derandomize=False, database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                               HealthCheck.data_too_large])
    settings.register_profile("reliability", max_examples=60, **common)
    settings.register_profile("reliability-long", max_examples=10_000, **common)


_hypothesis_profiles()


def is_long() -> bool:
    return os.environ.get("JUDGEPANEL_LONG") == "1"


@pytest.fixture(scope="session")
def harness() -> ModuleType:
    return _load_harness()


@pytest.fixture(scope="session")
def material(harness: ModuleType, tmp_path_factory: pytest.TempPathFactory,
             demo_template: Path) -> Any:
    """The demo, every judge's marks and every judge's signed sheet, built once per run."""
    return harness.build_material(tmp_path_factory.mktemp("material"), demo_template)
