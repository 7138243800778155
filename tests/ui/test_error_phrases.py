"""Translatable phrases inside messages ("The passphrase for {source} is wrong.") are
translated with the message, so a Chinese message carries no English words."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from judgepanel.domain.errors import Phrase, SigningError, tr_noop
from judgepanel.services.sheets import SheetService
from judgepanel.ui import i18n

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_HK">
  <context>
    <name>domain</name>
    <message>
      <source>The passphrase for {source} is wrong.</source>
      <translation>{source} 的密碼短語不正確。</translation>
    </message>
    <message>
      <source>your signing credential</source>
      <translation>你的簽署憑證</translation>
    </message>
  </context>
</TS>
"""


@pytest.fixture
def translator(qapp, tmp_path: Path):
    ts, qm = tmp_path / "phrases.ts", tmp_path / "phrases.qm"
    ts.write_text(TS, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_tr_noop_marks_a_phrase_that_stays_a_string() -> None:
    phrase = tr_noop("your signing credential")
    assert isinstance(phrase, Phrase) and isinstance(phrase, str)
    assert phrase == "your signing credential"
    assert SigningError("The passphrase for {source} is wrong.",
                        source=phrase).message == \
        "The passphrase for your signing credential is wrong."


def test_phrases_are_translated_and_names_are_not(translator) -> None:
    template = "The passphrase for {source} is wrong."
    assert i18n.translate_error(template, {"source": tr_noop("your signing credential")}) == \
        "你的簽署憑證 的密碼短語不正確。"
    # A file name (or a person's name) is filled in as it is, even when it reads like a phrase.
    assert i18n.translate_error(template, {"source": "your signing credential"}) == \
        "your signing credential 的密碼短語不正確。"


def test_a_wrong_passphrase_reads_wholly_in_chinese(demo_db) -> None:
    """Judge 2 signs with a wrong passphrase, in the Chinese interface."""
    with pytest.raises(SigningError) as caught:
        SheetService(demo_db).sign(2, b"not-the-passphrase")
    i18n.set_language("zh_HK")
    text = i18n.translate_error(caught.value.template, caught.value.params)
    assert "密碼短語" in text
    assert re.findall(r"[A-Za-z]{2,}", text) == [], text


def test_names_in_messages_follow_the_interface_language(demo_db) -> None:
    """A judge types 11 on a 0–10 scale: the Chinese message names the criterion in Chinese,
    the English one in English."""
    from judgepanel.domain.errors import ValidationError
    from judgepanel.services.scoring import ScoringService

    svc = ScoringService(demo_db)
    judge = svc.own_judge_id() or 1
    day = svc.judge_day(judge)
    state = svc.finalist_scoring(judge, day.slots[0].entrant.id)
    criterion = state.criteria[0].criterion
    with pytest.raises(ValidationError) as caught:
        svc.set_score(judge, day.slots[0].entrant.id, criterion.id, "11")
    error = caught.value
    assert criterion.name.en in error.message  # str(): the English message, for logs and CLI
    i18n.set_language("en")
    assert criterion.name.en in i18n.translate_error(error.template, error.params)
    i18n.set_language("zh_HK")
    text = i18n.translate_error(error.template, error.params)
    assert criterion.name.zh in text and criterion.name.en not in text, text
    assert re.findall(r"[A-Za-z]{2,}", text) == [], text
