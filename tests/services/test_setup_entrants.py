"""Entrants by hand and by CSV (every bad row reported with its line, nothing half-imported),
and preliminary scores."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from judgepanel.db.models import AuditEntry, Entrant
from judgepanel.domain.enums import EntrantCategory
from judgepanel.domain.errors import (
    ConflictError,
    FileRejectedError,
    NotFoundError,
    ValidationError,
)
from judgepanel.domain.model import Bilingual
from judgepanel.domain.setup import CompetitionInput, CsvRejectedError, EntrantInput
from judgepanel.services import csv_import
from judgepanel.services.setup import SetupServices

GOOD_CSV = (
    "code,name_en,name_zh,category\n"
    "IMMD,Immigration Department,入境事務處,department\n"
    '"FSD","Fire Services Department, HQ",消防處,部門\n'
    "TEAM1,Counter Service Team,櫃位服務團隊,team\n"
    "CHAN,Chan Tai-man,陳大文,\n"
)


@pytest.fixture
def services(db) -> SetupServices:
    return SetupServices.from_database(db)


@pytest.fixture
def cid(services) -> int:
    return services.competitions.create_competition(CompetitionInput(
        Bilingual("Award 2004", "2004年度獎"), "2004", Bilingual("Award", "獎"))).id


def _count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count(Entrant.id)))


def _problems(error: CsvRejectedError) -> list[tuple[int, str, str]]:
    return [(p.line, p.column, p.problem.message) for p in error.problems]


# -- by hand --------------------------------------------------------------------------------------
def test_add_edit_remove_entrant(services, cid, db) -> None:
    e = services.entrants.add_entrant(cid, EntrantInput(
        " IMMD ", Bilingual("Immigration Department", "入境事務處")))
    assert e.code == "IMMD" and e.category is EntrantCategory.DEPARTMENT
    e = services.entrants.update_entrant(cid, e.id, EntrantInput(
        "ImmD", Bilingual("Immigration Dept.", "入境處"), EntrantCategory.TEAM))
    assert (e.code, e.name.en, e.category) == ("ImmD", "Immigration Dept.", EntrantCategory.TEAM)
    services.entrants.remove_entrant(cid, e.id)
    assert services.entrants.entrants(cid) == ()
    with db.read() as s:
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions[-3:] == ["setup.entrant_added", "setup.entrant_updated",
                            "setup.entrant_removed"]


@pytest.mark.parametrize(("entrant", "message"), [
    (EntrantInput("immd", Bilingual("Other", "其他")),
     "The code immd is already used by IMMD Immigration Department."),
    (EntrantInput("NEW", Bilingual("immigration  department", "其他")),
     "The English name immigration  department is already used by entrant IMMD."),
    (EntrantInput("NEW", Bilingual("Other", "入境事務處")),
     "The Chinese name 入境事務處 is already used by entrant IMMD."),
    (EntrantInput("A B", Bilingual("Other", "其他")),
     "The code A B may only contain letters, digits and & . _ - (starting with a letter or "
     "digit)."),
    (EntrantInput("", Bilingual("Other", "其他")),
     "Enter a code for the entrant (for example IMMD)."),
])
def test_entrant_duplicates_and_validation(services, cid, entrant, message) -> None:
    services.entrants.add_entrant(cid, EntrantInput(
        "IMMD", Bilingual("Immigration Department", "入境事務處")))
    with pytest.raises(ValidationError) as info:
        services.entrants.add_entrant(cid, entrant)
    assert info.value.message == message
    assert len(services.entrants.entrants(cid)) == 1


def test_entrants_cannot_be_added_or_removed_after_confirmation(demo_db) -> None:
    services = SetupServices.from_database(demo_db)
    cid = services.overview.default_competition_id()
    with pytest.raises(ConflictError, match="already confirmed"):
        services.entrants.add_entrant(cid, EntrantInput("NEW", Bilingual("New", "新")))
    victim = services.entrants.entrants(cid)[0]
    with pytest.raises(ConflictError):
        services.entrants.remove_entrant(cid, victim.id)
    # A name can still be corrected.
    fixed = services.entrants.update_entrant(cid, victim.id, EntrantInput(
        victim.code, Bilingual(victim.name.en + " (HK)", victim.name.zh), victim.category))
    assert fixed.name.en.endswith("(HK)")


# -- CSV: good files ------------------------------------------------------------------------------
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_import_good_csv_with_or_without_bom(services, cid, db, bom) -> None:
    result = services.entrants.import_csv(cid, bom + GOOD_CSV.encode("utf-8"), "list.csv")
    assert [e.code for e in result.created] == ["IMMD", "FSD", "TEAM1", "CHAN"]
    by_code = {e.code: e for e in services.entrants.entrants(cid)}
    assert by_code["FSD"].name.en == "Fire Services Department, HQ"
    assert by_code["FSD"].category is EntrantCategory.DEPARTMENT
    assert by_code["TEAM1"].category is EntrantCategory.TEAM
    assert by_code["CHAN"].category is EntrantCategory.DEPARTMENT
    with db.read() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last.action == "setup.entrants_imported"
    assert result.source_sha256 in last.payload


def test_columns_may_come_in_any_order_and_crlf(services, cid) -> None:
    data = "name_zh,CODE,category,name_en\r\n入境事務處,IMMD,individual,Immigration\r\n"
    result = services.entrants.import_csv(cid, data.encode())
    assert result.created[0].name.zh == "入境事務處"
    assert result.created[0].category is EntrantCategory.INDIVIDUAL


def test_import_from_a_file(services, cid, tmp_path: Path) -> None:
    path = tmp_path / "entrants.csv"
    path.write_bytes(GOOD_CSV.encode("utf-8"))
    assert len(services.entrants.import_csv_file(cid, path).created) == 4
    with pytest.raises(NotFoundError):
        services.entrants.import_csv_file(cid, tmp_path / "missing.csv")


# -- CSV: bad files -------------------------------------------------------------------------------
def test_every_bad_row_is_reported_and_nothing_is_imported(services, cid, db) -> None:
    services.entrants.add_entrant(cid, EntrantInput("HKPO", Bilingual("Hongkong Post", "香港郵政")))
    data = (
        "code,name_en,name_zh,category\n"          # 1
        "IMMD,Immigration Department,入境事務處,department\n"  # 2 good
        "IMMD,Immigration again,入境處,department\n"   # 3 duplicate code in file
        "FSD,,消防處,department\n"                    # 4 empty English name
        "TD,Transport Department,運輸署,agency\n"     # 5 bad category
        "LD,Labour Department\n"                     # 6 wrong column count
        "hkpo,Post Office,郵政署,department\n"        # 7 code used by an existing entrant
        "BD,Buildings Department,入境事務處,department\n"  # 8 Chinese name of line 2
        "\n"                                         # 9 blank: ignored
        "X Y,Lands Department,地政總署,department\n"   # 10 bad code
    )
    with pytest.raises(CsvRejectedError) as info:
        services.entrants.import_csv(cid, data.encode(), "bad.csv")
    assert _problems(info.value) == [
        (3, "code", "The code IMMD is already used on line 2."),
        (4, "name_en", "The entrant's English name cannot be empty."),
        (5, "category", "agency is not a category; use department, team or individual."),
        (6, "", "The row has 2 columns; 4 are expected."),
        (7, "code", "The code hkpo is already used by HKPO Hongkong Post."),
        (8, "name_zh", "The Chinese name 入境事務處 is already used on line 2."),
        (10, "code", "The code X Y may only contain letters, digits and & . _ - (starting with "
                     "a letter or digit)."),
    ]
    assert info.value.message.startswith(
        "bad.csv was refused and nothing was imported. Problems found: 7.\n"
        "  Line 3, column code: The code IMMD is already used on line 2.")
    assert isinstance(info.value, FileRejectedError)
    assert [e.code for e in services.entrants.entrants(cid)] == ["HKPO"]
    assert _count(db) == 1


def test_duplicate_english_name_against_existing(services, cid) -> None:
    services.entrants.add_entrant(cid, EntrantInput("HKPO", Bilingual("Hongkong Post", "香港郵政")))
    data = "code,name_en,name_zh,category\nPOST,HONGKONG  post,郵局,department\n"
    with pytest.raises(CsvRejectedError) as info:
        services.entrants.import_csv(cid, data.encode())
    assert _problems(info.value) == [
        (2, "name_en", "The English name HONGKONG  post is already used by entrant HKPO.")]


@pytest.mark.parametrize(("data", "expected"), [
    (b"", [(0, "", "The file is empty: it has no header line.")]),
    (b"code,name_en,name_zh,category\n", [(0, "", "The file has a header but no entrants.")]),
    (b"code,name,category\nA,B,department\n",
     [(1, "", "The header must name the columns code,name_en,name_zh,category (found: "
              "code,name,category).")]),
    (b"code,code,name_zh,category\n",
     [(1, "code", "The header names the column code twice."),
      (1, "", "The header must name the columns code,name_en,name_zh,category (found: "
              "code,code,name_zh,category).")]),
    ("code,name_en,name_zh,category\nA,Alpha,甲,department\n".encode("utf-16"),
     [(0, "", 'The file is in UTF-16; save it as "CSV UTF-8" and try again.')]),
    ("code,name_en,name_zh,category\nA,Alpha,甲,department\nB,Beta,乙,department\n"
     .replace("乙", "\udcff").encode("utf-8", "surrogateescape"),
     [(3, "", 'The line is not valid UTF-8 text (byte 8 of the line); save the file as '
              '"CSV UTF-8".')]),
    ("code,name_en,name_zh,category\nA,Alpha,甲,department\n".encode("big5", "replace")
     + "B,Beta,香港郵政,department\n".encode("big5"),
     [(2, "", 'The line is not valid UTF-8 text (byte 9 of the line); save the file as '
              '"CSV UTF-8".'),
      (3, "", 'The line is not valid UTF-8 text (byte 8 of the line); save the file as '
              '"CSV UTF-8".')]),
    (b"code,name_en,name_zh,category\nA,Al\x00pha,x,department\n",
     [(2, "", "The line contains a NUL character.")]),
    (b'code,name_en,name_zh,category\nA,"Al"pha,x,department\n',
     [(2, "", "The line cannot be read as CSV (',' expected after '\"'); check its quotes.")]),
    (b'code,name_en,name_zh,category\nA,"Two\nlines",x,department\n',
     [(2, "name_en", "The value contains a line break or control character.")]),
    (b"code,name_en,name_zh,category\nA," + b"x" * 400 + b",x,department\n",
     [(2, "name_en", "The value is too long (400 characters; at most 300).")]),
])
def test_hostile_files_are_refused_with_reasons(services, cid, data, expected) -> None:
    with pytest.raises(CsvRejectedError) as info:
        services.entrants.import_csv(cid, data)
    assert _problems(info.value) == expected
    assert services.entrants.entrants(cid) == ()


def test_size_and_row_limits() -> None:
    big = b"code,name_en,name_zh,category\n" + b"x" * csv_import.MAX_CSV_BYTES
    parsed = csv_import.parse_entrants_csv(big)
    assert parsed.problems[0].problem.message.startswith("The file is too large")
    many = "code,name_en,name_zh,category\n" + "".join(
        f"C{i},Name {i},名{i},department\n" for i in range(csv_import.MAX_CSV_ROWS + 1))
    parsed = csv_import.parse_entrants_csv(many.encode())
    assert [p.problem.message for p in parsed.problems] == [
        f"The file has more than {csv_import.MAX_CSV_ROWS} rows."]


# -- preliminary scores ---------------------------------------------------------------------------
def test_record_preliminary_scores(services, cid) -> None:
    e = services.entrants.add_entrant(cid, EntrantInput("IMMD", Bilingual("Immigration", "入境")))
    row = services.preliminary.record(cid, e.id, submission="82.5")
    assert (row.submission, row.site_visit) == (Decimal("82.5"), None)
    row = services.preliminary.record(cid, e.id, site_visit=Decimal("90"))
    assert (row.submission, row.site_visit) == (Decimal("82.5"), Decimal("90"))
    row = services.preliminary.record(cid, e.id, submission="  ")
    assert row.submission is None
    assert services.preliminary.rows(cid)[0].site_visit == Decimal("90")


@pytest.mark.parametrize(("text", "message"), [
    ("101", "The self-nomination submission score of IMMD must be between 0 and 100 (got 101)."),
    ("-1", "The self-nomination submission score of IMMD must be between 0 and 100 (got -1)."),
    ("82.125", "The self-nomination submission score of IMMD may have at most two decimal "
               "places (got 82.125)."),
    ("8,5", '"8,5" uses a comma; type the score with a decimal point, e.g. 8.5.'),
    ("NaN", '"NaN" is not a number; enter a score.'),
])
def test_preliminary_validation(services, cid, text, message) -> None:
    e = services.entrants.add_entrant(cid, EntrantInput("IMMD", Bilingual("Immigration", "入境")))
    with pytest.raises(ValidationError) as info:
        services.preliminary.record(cid, e.id, submission=text)
    assert info.value.message == message
    assert services.preliminary.rows(cid)[0].submission is None


def test_preliminary_fixed_after_confirmation(demo_db) -> None:
    services = SetupServices.from_database(demo_db)
    cid = services.overview.default_competition_id()
    row = services.preliminary.rows(cid)[0]
    with pytest.raises(ConflictError, match="Reset the shortlist"):
        services.preliminary.record(cid, row.entrant.id, submission="50")
    assert services.preliminary.rows(cid)[0] == row
