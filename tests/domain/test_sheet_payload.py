"""The score sheet's embedded JSON: exact round trip, and every refusal names its reason."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from judgepanel.domain.documents import (
    CompetitionInfo,
    CriterionInfo,
    CriterionScore,
    EntrantInfo,
    FinalistScores,
    JudgeInfo,
    RevisionNote,
    RubricBand,
    ScoreSheet,
)
from judgepanel.domain.errors import FileRejectedError
from judgepanel.domain.scoring import CriterionWeight, Scale, weighted_total
from judgepanel.domain.sheet_payload import (
    ATTACHMENT_NAME,
    MAX_PAYLOAD_BYTES,
    SCHEMA_VERSION,
    TYPE_MARKER,
    parse_payload,
    to_payload_bytes,
)

HKT = timezone(timedelta(hours=8))


def _total(values: dict[str, Decimal | None], criteria: tuple[CriterionInfo, ...]) -> Decimal:
    exact = weighted_total(
        values,
        {c.code: CriterionWeight(c.weight, Scale(c.scale_min, c.scale_max, c.scale_step))
         for c in criteria},
    )
    return (Decimal(exact.numerator) / Decimal(exact.denominator)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_EVEN)


def _criterion(code: str, en: str, zh: str, weight: str) -> CriterionInfo:
    return CriterionInfo(
        code=code, name_en=en, name_zh=zh, description_en=f"{en} as seen by the public.",
        description_zh=f"市民眼中的{zh}。", weight=Decimal(weight), scale_min=Decimal("0"),
        scale_max=Decimal("10"), scale_step=Decimal("0.5"),
        bands=(RubricBand(Decimal("0"), Decimal("4.5"), "Weak", "弱"),
               RubricBand(Decimal("5"), Decimal("10"), "Strong", "強")),
    )


CRITERIA = (
    _criterion("service_quality", "Service quality", "服務質素", "40"),
    _criterion("efficiency", "Efficiency", "工作效率", "30"),
    _criterion("cost_effectiveness", "Cost-effectiveness", "成本效益", "30"),
)


def _finalist(order: int, code: str, en: str, zh: str, marks: tuple[str, str, str] | None,
              ) -> FinalistScores:
    entrant = EntrantInfo(code, en, zh, "department")
    if marks is None:
        return FinalistScores(entrant, order, True, "Former employee. 前僱員。", (), "", None)
    values = {c.code: Decimal(m) for c, m in zip(CRITERIA, marks, strict=True)}
    when = datetime(2003, 3, 14, 11, 0, tzinfo=HKT)
    scores = tuple(CriterionScore(k, v, f"Comment on {k}", when) for k, v in values.items())
    return FinalistScores(entrant, order, False, "", scores, "Good work.", _total(values, CRITERIA))


def base_sheet() -> ScoreSheet:
    return ScoreSheet(
        schema_version=SCHEMA_VERSION,
        document_id="0123456789abcdef0123456789abcdef",
        competition=CompetitionInfo("c0de0000000000000000000002002003",
                                    "Civil Service Customer Service Award Scheme 2002-03",
                                    "2002-03年度公務員顧客服務獎勵計劃", "2002-03",
                                    "Outstanding Customer Service Award", "傑出顧客服務獎"),
        judge=JudgeInfo("a1b2c3d4e5f60718293a4b5c6d7e8f90", "Ms WONG Mei-ling", "黃美玲女士",
                        "Member", "private_sector", "Private sector", "私營機構"),
        revision=1,
        amendment_reason=None,
        history=(),
        criteria=CRITERIA,
        finalists=(
            _finalist(1, "IMMD", "Immigration Department", "入境事務處", ("9", "8.5", "8")),
            _finalist(2, "HKPF", "Hong Kong Police Force", "香港警務處", ("7", "7.5", "6")),
            _finalist(3, "HKPO", "Hongkong Post", "香港郵政", None),
            _finalist(4, "FSD", "Fire Services Department", "消防處", ("8", "9", "7.5")),
        ),
        generated_at=datetime(2003, 3, 14, 17, 30, tzinfo=HKT),
        audit_head_hash="ab" * 32,
        signer_fingerprint="cd" * 32,
        signing_time=datetime(2003, 3, 14, 17, 35, tzinfo=HKT),
    )


def base_json() -> dict[str, Any]:
    return json.loads(to_payload_bytes(base_sheet()))


def dump(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


def rejected(data: bytes) -> str:
    with pytest.raises(FileRejectedError) as info:
        parse_payload(data)
    return str(info.value)


# --------------------------------------------------------------------------------------------
# Writing


def test_round_trip_of_a_realistic_sheet_is_exact():
    sheet = base_sheet()
    data = to_payload_bytes(sheet)
    assert parse_payload(data) == sheet
    assert to_payload_bytes(parse_payload(data)) == data


def test_payload_is_canonical_json_with_marker_and_decimal_strings():
    data = to_payload_bytes(base_sheet())
    text = data.decode("utf-8")
    assert ATTACHMENT_NAME == "scoresheet.json"
    assert "入境事務處" in text  # ensure_ascii=False
    obj = json.loads(data)
    assert obj["type"] == TYPE_MARKER
    assert obj["schema_version"] == SCHEMA_VERSION == 1
    assert list(obj) == sorted(obj)
    assert obj["finalists"][0]["scores"][1]["value"] == "8.5"
    assert obj["finalists"][0]["weighted_total"] == "85.50"
    assert obj["criteria"][0]["weight"] == "40"
    assert obj["generated_at"] == "2003-03-14T17:30:00+08:00"
    assert json.dumps(obj, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode() == data


def test_writing_a_sheet_that_breaks_the_rules_is_a_bug():
    sheet = base_sheet()
    bad = replace(sheet, finalists=(replace(sheet.finalists[0], weighted_total=Decimal("12")),))
    with pytest.raises(ValueError, match="does not match the scores"):
        to_payload_bytes(bad)
    with pytest.raises(ValueError, match="schema version"):
        to_payload_bytes(replace(sheet, schema_version=2))


def test_naive_times_are_refused_when_the_sheet_is_made():
    with pytest.raises(ValueError, match="timezone-aware"):
        replace(base_sheet(), generated_at=datetime(2003, 3, 14, 17, 30))


# --------------------------------------------------------------------------------------------
# Round trip, generated


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
_ZONES = st.integers(min_value=-12 * 60, max_value=14 * 60).map(
    lambda m: timezone(timedelta(minutes=m)))
_MOMENTS = st.builds(
    lambda t, tz: t.replace(tzinfo=UTC).astimezone(tz),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
    _ZONES,
)
_CODES = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ&-_0123456789", min_size=1, max_size=10)
_UIDS = st.text("0123456789abcdef", min_size=32, max_size=32)


@st.composite
def _criteria(draw: st.DrawFn) -> tuple[CriterionInfo, ...]:
    codes = draw(st.lists(_CODES, min_size=1, max_size=4, unique=True))
    result = []
    for code in codes:
        step = draw(st.sampled_from([Decimal("1"), Decimal("0.5"), Decimal("0.25")]))
        low = draw(st.sampled_from([Decimal("0"), Decimal("1")]))
        high = low + step * draw(st.integers(min_value=1, max_value=40))
        bands = (RubricBand(low, high, draw(_TEXT), draw(_TEXT)),) if draw(st.booleans()) else ()
        result.append(CriterionInfo(
            code=code, name_en=draw(_TEXT), name_zh=draw(_TEXT), description_en=draw(_TEXT),
            description_zh=draw(_TEXT),
            weight=draw(st.decimals(min_value=Decimal("0.01"), max_value=Decimal(1000),
                                    places=2)),
            scale_min=low, scale_max=high, scale_step=step, bands=bands,
        ))
    return tuple(result)


@st.composite
def sheets(draw: st.DrawFn) -> ScoreSheet:
    criteria = draw(_criteria())
    codes = draw(st.lists(_CODES, max_size=6, unique=True))
    orders = draw(st.permutations(list(range(1, len(codes) + 1))))
    finalists = []
    for code, order in zip(codes, orders, strict=True):
        entrant = EntrantInfo(code, draw(_TEXT).strip() or "x", draw(_TEXT),
                              draw(st.sampled_from(["department", "team", "individual"])))
        if draw(st.booleans()):
            finalists.append(FinalistScores(entrant, order, True, draw(_TEXT), (), draw(_TEXT),
                                            None))
            continue
        scores = []
        values: dict[str, Decimal | None] = {}
        for c in criteria:
            if draw(st.integers(0, 5)) == 0:
                continue
            steps = int((c.scale_max - c.scale_min) / c.scale_step)
            value = (c.scale_min + c.scale_step * draw(st.integers(0, steps))
                     if draw(st.integers(0, 6)) else None)
            values[c.code] = value
            scores.append(CriterionScore(c.code, value, draw(_TEXT),
                                         draw(st.none() | _MOMENTS)))
        complete = len(values) == len(criteria) and all(v is not None for v in values.values())
        total = _total(values, criteria) if complete else None
        finalists.append(FinalistScores(entrant, order, False, "", tuple(scores), draw(_TEXT),
                                        total))
    revision = draw(st.integers(1, 4))
    history = tuple(
        RevisionNote(r, draw(st.none() | _MOMENTS), draw(_TEXT),
                     draw(st.sampled_from(["", "0f" * 32])),
                     draw(st.sampled_from(["draft", "signed", "superseded"])))
        for r in range(1, revision)
    )
    return ScoreSheet(
        schema_version=SCHEMA_VERSION,
        document_id=draw(_UIDS),
        competition=CompetitionInfo(draw(_UIDS), draw(_TEXT), draw(_TEXT), draw(_TEXT),
                                    draw(_TEXT), draw(_TEXT), draw(_TEXT), draw(_TEXT)),
        judge=JudgeInfo(draw(_UIDS), draw(_TEXT).strip() or "Judge", draw(_TEXT), draw(_TEXT),
                        draw(st.sampled_from(["legislative_council", "private_sector",
                                              "professional_body", "staff_side",
                                              "district_council", "other"])),
                        draw(_TEXT), draw(_TEXT)),
        revision=revision,
        amendment_reason=None if revision == 1 else "Reason: " + draw(_TEXT),
        history=history,
        criteria=criteria,
        finalists=tuple(finalists),
        generated_at=draw(_MOMENTS),
        audit_head_hash=draw(st.text("0123456789abcdef", min_size=64, max_size=64)),
        signer_fingerprint=draw(st.none() | st.text("0123456789abcdef", min_size=64,
                                                    max_size=64)),
        signing_time=draw(st.none() | _MOMENTS),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sheets())
def test_generated_sheets_round_trip_exactly(sheet: ScoreSheet):
    data = to_payload_bytes(sheet)
    again = parse_payload(data)
    assert again == sheet
    assert to_payload_bytes(again) == data


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_never_crash_the_parser(data: bytes):
    with pytest.raises(FileRejectedError):
        parse_payload(data)


# --------------------------------------------------------------------------------------------
# Every class of refusal, each naming its reason and where


def test_duplicate_key_is_rejected_with_its_path():
    data = to_payload_bytes(base_sheet()).decode()
    tampered = data.replace('"recused":false,', '"recused":false,"recused":true,', 1)
    message = rejected(tampered.encode())
    assert "finalists[0]" in message
    assert "'recused' appears more than once" in message


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_rejected(constant: str):
    data = to_payload_bytes(base_sheet()).decode()
    tampered = data.replace('"weighted_total":"85.50"', f'"weighted_total":{constant}', 1)
    message = rejected(tampered.encode())
    assert message == f"finalists[0].weighted_total: {constant} is not allowed in JSON."


def test_bad_decimal_is_rejected_naming_the_path():
    obj = base_json()
    obj["finalists"][3]["scores"][1]["value"] = "abc"
    assert rejected(dump(obj)) == "finalists[3].scores[1].value: 'abc' is not a number."


@pytest.mark.parametrize("text", ["1e3", "7,5", " 7", "0x10", "1_0", "٣", "+7", "7.", ".5", ""])
def test_decimal_strings_must_be_plain(text: str):
    obj = base_json()
    obj["criteria"][0]["weight"] = text
    assert "criteria[0].weight:" in rejected(dump(obj))
    assert "is not a number" in rejected(dump(obj))


def test_json_numbers_where_decimal_text_is_expected_are_rejected():
    obj = base_json()
    obj["finalists"][0]["scores"][0]["value"] = 9
    message = rejected(dump(obj))
    assert message.startswith("finalists[0].scores[0].value: numbers are written as text")
    obj["finalists"][0]["scores"][0]["value"] = 9.0
    assert "numbers are written as text" in rejected(dump(obj))


def test_huge_integer_is_rejected():
    data = to_payload_bytes(base_sheet()).decode()
    tampered = data.replace('"revision":1', '"revision":' + "9" * 5000, 1)
    assert "revision: the number 99999999999999999999… has too many digits." in rejected(
        tampered.encode())


def test_huge_float_is_rejected_not_read_as_infinity():
    data = to_payload_bytes(base_sheet()).decode()
    tampered = data.replace('"weighted_total":"85.50"', '"weighted_total":1e999999', 1)
    assert "finalists[0].weighted_total: numbers are written as text" in rejected(
        tampered.encode())


def test_out_of_scale_value_is_rejected():
    obj = base_json()
    obj["finalists"][1]["scores"][2]["value"] = "11"
    assert rejected(dump(obj)) == (
        "finalists[1].scores[2].value: 11 is outside the scale 0–10 for Cost-effectiveness.")


def test_off_step_value_is_rejected():
    obj = base_json()
    obj["finalists"][1]["scores"][0]["value"] = "7.25"
    message = rejected(dump(obj))
    assert message.startswith("finalists[1].scores[0].value: 7.25 is not a multiple of the step")


def test_unknown_key_is_rejected():
    obj = base_json()
    obj["judge"]["nickname"] = "Mei"
    assert rejected(dump(obj)) == "judge: unknown key 'nickname'."
    obj = base_json()
    obj["extra"] = 1
    assert rejected(dump(obj)) == "scoresheet.json: unknown key 'extra'."


def test_missing_key_is_rejected():
    obj = base_json()
    del obj["finalists"][2]["recusal_reason"]
    assert rejected(dump(obj)) == "finalists[2]: the key 'recusal_reason' is missing."
    obj = base_json()
    del obj["judge"]
    assert rejected(dump(obj)) == "scoresheet.json: the key 'judge' is missing."


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("revision",), "1", "revision: expected a whole number, found text."),
        (("revision",), True, "revision: expected a whole number, found true/false."),
        (("finalists", 0, "recused"), 0, "finalists[0].recused: expected true or false, "
                                         "found a number."),
        (("judge", "name_en"), None, "judge.name_en: expected text, found null."),
        (("criteria",), {}, "criteria: expected a list, found an object."),
        (("competition",), [], "competition: expected an object, found a list."),
        (("generated_at",), "2003-03-14T17:30:00",
         "generated_at: '2003-03-14T17:30:00' is not a time with its UTC offset "
         "(e.g. 2003-03-14T10:30:00+08:00)."),
        (("judge", "affiliation"), "press", "judge.affiliation: 'press' is not one of "
                                            "legislative_council, private_sector, "
                                            "professional_body, staff_side, district_council, "
                                            "other."),
        (("audit_head_hash",), "xyz", "audit_head_hash: 'xyz' is not a SHA-256 digest."),
    ],
)
def test_wrong_types_are_rejected(path: tuple[Any, ...], value: Any, expected: str):
    obj = base_json()
    target = obj
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    assert rejected(dump(obj)) == expected


def test_root_must_be_an_object():
    assert rejected(b"[]") == "scoresheet.json: expected an object, found a list."


def test_oversized_payload_is_rejected_before_parsing():
    data = b" " * (MAX_PAYLOAD_BYTES + 1)
    assert "too large" in rejected(data)
    assert f"the limit is {MAX_PAYLOAD_BYTES}" in rejected(data)


def test_newer_schema_is_rejected_with_an_update_hint():
    obj = base_json()
    obj["schema_version"] = 2
    obj["new_field_from_the_future"] = True
    message = rejected(dump(obj))
    assert "written by a newer JudgePanel" in message
    assert "data version 2; this version reads up to 1" in message


def test_not_a_score_sheet_is_rejected():
    obj = base_json()
    obj["type"] = "judgepanel.kit"
    assert "not a JudgePanel score sheet" in rejected(dump(obj))


def test_non_utf8_is_rejected():
    data = to_payload_bytes(base_sheet()).replace("入境".encode(), "入境".encode("big5"), 1)
    assert "is not UTF-8 text" in rejected(data)
    assert "not UTF-8" in rejected("{}".encode("utf-16"))


def test_lone_surrogate_is_rejected():
    data = to_payload_bytes(base_sheet()).decode()
    tampered = data.replace('"overall_comment":"Good work."', r'"overall_comment":"\ud800"', 1)
    assert rejected(tampered.encode()) == (
        "finalists[0].overall_comment: the text holds an invalid character (a lone surrogate).")


def test_invalid_json_and_deep_nesting_are_rejected():
    assert "not valid JSON (line 1" in rejected(b'{"type": ')
    assert "nested too deeply" in rejected(b"[" * 200_000 + b"]" * 200_000)


def test_recused_finalist_with_scores_is_rejected():
    obj = base_json()
    obj["finalists"][2]["scores"] = obj["finalists"][0]["scores"]
    assert rejected(dump(obj)) == "finalists[2].scores: a recused finalist has no scores."
    obj = base_json()
    obj["finalists"][2]["weighted_total"] = "50"
    assert rejected(dump(obj)) == (
        "finalists[2].weighted_total: a recused finalist has no weighted total.")


def test_score_for_an_unknown_criterion_is_rejected():
    obj = base_json()
    obj["finalists"][0]["scores"][0]["criterion_code"] = "courtesy"
    assert rejected(dump(obj)) == (
        "finalists[0].scores[0].criterion_code: there is no criterion 'courtesy' on this sheet.")


def test_criterion_scored_twice_is_rejected():
    obj = base_json()
    obj["finalists"][0]["scores"][1]["criterion_code"] = "service_quality"
    assert "is scored twice" in rejected(dump(obj))


def test_tampered_total_is_rejected():
    obj = base_json()
    obj["finalists"][0]["weighted_total"] = "95.00"
    assert rejected(dump(obj)) == (
        "finalists[0].weighted_total: 95.00 does not match the scores, which give 85.5.")


def test_total_outside_0_to_100_is_rejected():
    obj = base_json()
    obj["finalists"][0]["weighted_total"] = "100.5"
    assert rejected(dump(obj)) == "finalists[0].weighted_total: 100.5 is outside 0–100."


def test_total_for_an_incomplete_finalist_is_rejected():
    obj = base_json()
    obj["finalists"][0]["scores"][2]["value"] = None
    assert "a total is given, but" in rejected(dump(obj))


def test_duplicate_finalists_and_criteria_are_rejected():
    obj = base_json()
    obj["finalists"][1]["entrant"]["code"] = "IMMD"
    assert rejected(dump(obj)) == "finalists[1].entrant.code: the finalist 'IMMD' is listed twice."
    obj = base_json()
    obj["finalists"][1]["order"] = 1
    assert rejected(dump(obj)) == "finalists[1].order: the order 1 is given to two finalists."
    obj = base_json()
    obj["criteria"][1]["code"] = "service_quality"
    assert rejected(
        dump(obj)) == "criteria[1].code: the criterion 'service_quality' is listed twice."


def test_broken_scale_is_rejected():
    obj = base_json()
    obj["criteria"][0]["scale_step"] = "3"
    assert rejected(dump(obj)).startswith(
        "criteria[0]: The scale 0–10 cannot be divided into steps of 3")


def test_amendment_rules():
    obj = base_json()
    obj["revision"] = 2
    assert "an amended sheet (revision 2) must give its reason" in rejected(dump(obj))
    obj = base_json()
    obj["amendment_reason"] = "typo"
    assert "the first revision of a sheet is not an amendment" in rejected(dump(obj))
    obj = base_json()
    obj["revision"] = 2
    obj["amendment_reason"] = "typo"
    obj["history"] = [{"revision": 2, "signed_at": None, "reason": "", "sha256": "",
                       "status": "superseded"}]
    assert rejected(dump(obj)).startswith("history[0].revision: revision 2 is out of order")


def test_every_rejection_is_a_translatable_template():
    obj = base_json()
    obj["finalists"][3]["scores"][1]["value"] = "abc"
    with pytest.raises(FileRejectedError) as info:
        parse_payload(dump(obj))
    assert info.value.template == "{path}: {value} is not a number."
    assert info.value.params == {"path": "finalists[3].scores[1].value", "value": "'abc'"}
