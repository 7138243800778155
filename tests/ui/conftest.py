from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _english_first(qapp):
    """Every GUI test starts in English and leaves no translator behind."""
    from judgepanel.ui import i18n

    qapp.setOrganizationName("JudgePanelTests")
    i18n.set_language("en")
    yield
    i18n.set_language("en")
