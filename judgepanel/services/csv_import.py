"""Reading the two CSV files the chair imports: entrants, and the polling firm's vote tallies.

Pure Python (no Qt, no database): input is hostile until checked. A file is refused whole when
any row is bad, and *every* bad row is reported with its line number and column, so the chair
can fix the file in one pass. The checks against the competition (codes already used, unknown or
missing entrants, more votes than households) are pure functions too; the services gather what
the database knows and call them, then raise :class:`CsvRejectedError` with all problems.

Formats (UTF-8, with or without a byte-order mark; comma-separated; RFC 4180 quoting):

Entrants::

    code,name_en,name_zh,category
    IMMD,Immigration Department,入境事務處,department

``category`` is ``department``, ``team`` or ``individual`` (or 部門/團隊/個人); empty means
department. Columns may come in any order; the header is required.

Votes::

    # sample_size: 4500
    # description: Telephone poll of households, 2002
    # conducted_by: Independent polling firm
    code,votes
    IMMD,611

The optional ``#`` lines before the header give the poll's details; the sample size may instead
(or also, if equal) be given in the import dialog or with ``--sample-size``. Every entrant of the
competition must have exactly one row (write 0 for an entrant nobody voted for).
"""

from __future__ import annotations

import csv
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from judgepanel.domain.enums import EntrantCategory
from judgepanel.domain.errors import ValidationError, tr_noop
from judgepanel.domain.model import Bilingual, EntrantView
from judgepanel.domain.setup import (
    CsvProblem,
    CsvRejectedError,
    EntrantInput,
    Problem,
    check_code,
    check_text,
    normalise_code,
)

__all__ = [
    "ENTRANT_COLUMNS",
    "MAX_CSV_BYTES",
    "MAX_CSV_ROWS",
    "MAX_VOTES",
    "VOTE_COLUMNS",
    "EntrantCsvRow",
    "ParsedEntrants",
    "ParsedVotes",
    "VoteCsvRow",
    "check_entrants",
    "check_votes",
    "parse_entrants_csv",
    "parse_votes_csv",
    "sha256",
]

#: Larger than any real list of entrants or poll tallies by far; bounds the work on a bad file.
MAX_CSV_BYTES = 1_000_000
MAX_CSV_ROWS = 5_000
MAX_FIELD = 300
#: No poll interviews a billion households; a bigger number is a typo or an attack.
MAX_VOTES = 999_999_999

ENTRANT_COLUMNS = ("code", "name_en", "name_zh", "category")
VOTE_COLUMNS = ("code", "votes")
POLL_KEYS = ("sample_size", "description", "conducted_by")

_CATEGORY_WORDS = {
    "department": EntrantCategory.DEPARTMENT, "部門": EntrantCategory.DEPARTMENT,
    "team": EntrantCategory.TEAM, "團隊": EntrantCategory.TEAM,
    "individual": EntrantCategory.INDIVIDUAL, "個人": EntrantCategory.INDIVIDUAL,
}
_WHOLE = re.compile(r"\d+", re.ASCII)
_SIGNED_NUMBER = re.compile(r"[+-]?(\d[\d,]*)?(\.\d*)?", re.ASCII)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _problem(line: int, column: str, template: str, **params: object) -> CsvProblem:
    return CsvProblem(line, column, Problem(template, dict(params)))


# --------------------------------------------------------------------------------------------
# Bytes to rows


@dataclass(frozen=True)
class _Rows:
    header: tuple[str, ...]
    header_line: int
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    comments: tuple[tuple[int, str], ...]


def _decode(data: bytes, problems: list[CsvProblem]) -> str | None:
    """Strict UTF-8, line by line so each bad line is named; a BOM is dropped."""
    if len(data) > MAX_CSV_BYTES:
        problems.append(_problem(
            0, "", tr_noop("The file is too large ({size} bytes; at most {limit})."),
            size=len(data), limit=MAX_CSV_BYTES))
        return None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        problems.append(_problem(
            0, "", tr_noop("The file is in UTF-16; save it as \"CSV UTF-8\" and try again.")))
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    lines: list[str] = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            problems.append(_problem(
                number, "",
                tr_noop("The line is not valid UTF-8 text (byte {byte} of the line); save the "
                        "file as \"CSV UTF-8\"."),
                byte=exc.start + 1))
            lines.append("")
        if "\x00" in lines[-1]:
            problems.append(_problem(number, "", tr_noop("The line contains a NUL character.")))
            lines[-1] = ""
    return "\n".join(lines)


def _read_rows(
    data: bytes, problems: list[CsvProblem], *, allow_comments: bool
) -> _Rows | None:
    text = _decode(data, problems)
    if text is None:
        return None
    lines = text.split("\n")
    comments: list[tuple[int, str]] = []
    start = 0
    if allow_comments:
        while start < len(lines) and (
            lines[start].lstrip().startswith("#") or not lines[start].strip()
        ):
            if lines[start].strip():
                comments.append((start + 1, lines[start].strip()[1:].strip()))
            start += 1
    body = "\n".join(lines[start:])
    reader = csv.reader(body.splitlines(keepends=True), strict=True)
    header: tuple[str, ...] | None = None
    header_line = 0
    rows: list[tuple[int, tuple[str, ...]]] = []
    previous_end = 0
    while True:
        first_line = start + previous_end + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(_problem(
                start + reader.line_num, "",
                tr_noop("The line cannot be read as CSV ({detail}); check its quotes."),
                detail=str(exc)))
            return None
        previous_end = reader.line_num
        if not record or all(not f.strip() for f in record):
            continue
        if header is None:
            header = tuple(unicodedata.normalize("NFKC", f).strip().lower() for f in record)
            header_line = first_line
            continue
        if len(rows) >= MAX_CSV_ROWS:
            problems.append(_problem(
                first_line, "", tr_noop("The file has more than {limit} rows."),
                limit=MAX_CSV_ROWS))
            return None
        rows.append((first_line, tuple(record)))
    if header is None:
        problems.append(_problem(0, "", tr_noop("The file is empty: it has no header line.")))
        return None
    return _Rows(header, header_line, tuple(rows), tuple(comments))


def _check_header(
    rows: _Rows, expected: Sequence[str], problems: list[CsvProblem]
) -> dict[str, int] | None:
    """Maps each expected column name to its index, or reports what the header lacks."""
    names = rows.header
    seen: set[str] = set()
    for name in names:
        if name in seen:
            problems.append(_problem(
                rows.header_line, name, tr_noop("The header names the column {name} twice."),
                name=name))
        seen.add(name)
    missing = [c for c in expected if c not in names]
    unknown = [c for c in names if c not in expected]
    if missing or unknown:
        problems.append(_problem(
            rows.header_line, "",
            tr_noop("The header must name the columns {expected} (found: {found})."),
            expected=",".join(expected), found=",".join(names)))
        return None
    if len(seen) != len(names):
        return None
    return {name: names.index(name) for name in expected}


def _cell(
    line: int, record: tuple[str, ...], columns: dict[str, int], column: str,
    problems: list[CsvProblem],
) -> str | None:
    value = unicodedata.normalize("NFC", record[columns[column]]).strip()
    if len(value) > MAX_FIELD:
        problems.append(_problem(
            line, column, tr_noop("The value is too long ({length} characters; at most "
                                  "{limit})."), length=len(value), limit=MAX_FIELD))
        return None
    if any(unicodedata.category(ch) == "Cc" for ch in value):
        problems.append(_problem(
            line, column, tr_noop("The value contains a line break or control character.")))
        return None
    return value


def _column_count(
    line: int, record: tuple[str, ...], expected: int, problems: list[CsvProblem]
) -> bool:
    if len(record) != expected:
        problems.append(_problem(
            line, "", tr_noop("The row has {found} columns; {expected} are expected."),
            found=len(record), expected=expected))
        return False
    return True


# --------------------------------------------------------------------------------------------
# Entrants


@dataclass(frozen=True)
class EntrantCsvRow:
    line: int
    entrant: EntrantInput


@dataclass(frozen=True)
class ParsedEntrants:
    rows: tuple[EntrantCsvRow, ...]
    problems: tuple[CsvProblem, ...]
    source_sha256: str


def parse_entrants_csv(data: bytes) -> ParsedEntrants:
    """Reads an entrants file: each row checked on its own (code, names, category) and against
    the other rows (duplicate codes and names). Never raises for bad content: every problem
    comes back in ``problems``."""
    problems: list[CsvProblem] = []
    digest = sha256(data)
    table = _read_rows(data, problems, allow_comments=False)
    if table is None:
        return ParsedEntrants((), tuple(problems), digest)
    columns = _check_header(table, ENTRANT_COLUMNS, problems)
    if columns is None:
        return ParsedEntrants((), tuple(problems), digest)
    rows: list[EntrantCsvRow] = []
    for line, record in table.rows:
        if not _column_count(line, record, len(table.header), problems):
            continue
        values = {c: _cell(line, record, columns, c, problems) for c in ENTRANT_COLUMNS}
        if any(v is None for v in values.values()):
            continue
        category_text = (values["category"] or "").casefold()
        category = _CATEGORY_WORDS.get(category_text) if category_text else (
            EntrantCategory.DEPARTMENT)
        if category is None:
            problems.append(_problem(
                line, "category",
                tr_noop("{value} is not a category; use department, team or individual."),
                value=values["category"]))
        candidate = EntrantInput(
            values["code"] or "", Bilingual(values["name_en"] or "", values["name_zh"] or ""),
            category or EntrantCategory.DEPARTMENT)
        ok = category is not None
        for column, check in (
            ("code", lambda c=candidate: check_code(c.code)),
            ("name_en", lambda c=candidate: _name_en(c)),
            ("name_zh", lambda c=candidate: _name_zh(c)),
        ):
            try:
                check()
            except ValidationError as exc:
                problems.append(CsvProblem(line, column, Problem(exc.template, exc.params)))
                ok = False
        if ok:
            rows.append(EntrantCsvRow(line, candidate.validated()))
    problems.extend(_duplicates_within(rows))
    if not rows and not problems:
        problems.append(_problem(0, "", tr_noop("The file has a header but no entrants.")))
    return ParsedEntrants(tuple(rows), tuple(problems), digest)


def _name_en(candidate: EntrantInput) -> str:
    return check_text(candidate.name.en, tr_noop("The entrant's English name"))


def _name_zh(candidate: EntrantInput) -> str:
    return check_text(candidate.name.zh, tr_noop("The entrant's Chinese name"))


def _name_key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _duplicates_within(rows: Sequence[EntrantCsvRow]) -> list[CsvProblem]:
    problems: list[CsvProblem] = []
    first_code: dict[str, EntrantCsvRow] = {}
    first_en: dict[str, EntrantCsvRow] = {}
    first_zh: dict[str, EntrantCsvRow] = {}
    for row in rows:
        e = row.entrant
        for index, key, column, template in (
            (first_code, normalise_code(e.code), "code",
             tr_noop("The code {value} is already used on line {other}.")),
            (first_en, _name_key(e.name.en), "name_en",
             tr_noop("The English name {value} is already used on line {other}.")),
            (first_zh, _name_key(e.name.zh), "name_zh",
             tr_noop("The Chinese name {value} is already used on line {other}.")),
        ):
            if key in index:
                shown = {"code": e.code, "name_en": e.name.en, "name_zh": e.name.zh}[column]
                problems.append(_problem(row.line, column, template, value=shown,
                                         other=index[key].line))
            else:
                index[key] = row
    return problems


def check_entrants(
    parsed: ParsedEntrants, existing: Iterable[EntrantView]
) -> tuple[CsvProblem, ...]:
    """The parse problems plus rows that clash with entrants already in the competition."""
    problems = list(parsed.problems)
    by_code = {normalise_code(e.code): e for e in existing}
    by_en = {_name_key(e.name.en): e for e in by_code.values()}
    by_zh = {_name_key(e.name.zh): e for e in by_code.values()}
    for row in parsed.rows:
        e = row.entrant
        if (other := by_code.get(normalise_code(e.code))) is not None:
            problems.append(_problem(
                row.line, "code", tr_noop("The code {value} is already used by {entrant}."),
                value=e.code, entrant=f"{other.code} {other.name.en}"))
        if (other := by_en.get(_name_key(e.name.en))) is not None:
            problems.append(_problem(
                row.line, "name_en",
                tr_noop("The English name {value} is already used by entrant {entrant}."),
                value=e.name.en, entrant=other.code))
        if (other := by_zh.get(_name_key(e.name.zh))) is not None:
            problems.append(_problem(
                row.line, "name_zh",
                tr_noop("The Chinese name {value} is already used by entrant {entrant}."),
                value=e.name.zh, entrant=other.code))
    return tuple(sorted(problems, key=lambda p: p.line))


# --------------------------------------------------------------------------------------------
# Votes


@dataclass(frozen=True)
class VoteCsvRow:
    line: int
    code: str
    votes: int


@dataclass(frozen=True)
class ParsedVotes:
    rows: tuple[VoteCsvRow, ...]
    problems: tuple[CsvProblem, ...]
    source_sha256: str
    sample_size: int | None = None
    #: Every code the file names (first occurrence), with its line, whether or not its votes
    #: were valid: unknown and missing entrants are judged on these.
    codes: tuple[tuple[int, str], ...] = ()
    sample_size_line: int = 0
    description: str = ""
    conducted_by: str = ""


def _parse_sample_size(text: str) -> int | None:
    cleaned = unicodedata.normalize("NFKC", text).strip()
    if _WHOLE.fullmatch(cleaned) and len(cleaned) <= 10:
        value = int(cleaned)
        return value if 0 < value <= MAX_VOTES else None
    return None


def parse_votes_csv(data: bytes) -> ParsedVotes:
    """Reads a tallies file: the poll's ``#`` header lines, then ``code,votes`` rows. Votes must
    be whole numbers from 0 to :data:`MAX_VOTES`; a code may appear once."""
    problems: list[CsvProblem] = []
    digest = sha256(data)
    table = _read_rows(data, problems, allow_comments=True)
    if table is None:
        return ParsedVotes((), tuple(problems), digest)
    details: dict[str, str] = {}
    sample_size: int | None = None
    sample_line = 0
    for line, comment in table.comments:
        key, sep, value = comment.partition(":")
        if not sep:
            key, sep, value = comment.partition("=")
        key = key.strip().lower().replace(" ", "_")
        if not sep or key not in POLL_KEYS:
            problems.append(_problem(
                line, "",
                tr_noop("Unknown poll detail {detail}; use sample_size, description or "
                        "conducted_by (for example \"# sample_size: 4500\")."),
                detail=comment[:60]))
            continue
        if key in details:
            problems.append(_problem(line, "", tr_noop("The poll detail {detail} is given "
                                                        "twice."), detail=key))
            continue
        details[key] = value.strip()[:MAX_FIELD]
        if key == "sample_size":
            sample_line = line
            sample_size = _parse_sample_size(value)
            if sample_size is None:
                problems.append(_problem(
                    line, "",
                    tr_noop("The sample size {value} is not a positive whole number of "
                            "households."), value=value.strip()[:40]))
    columns = _check_header(table, VOTE_COLUMNS, problems)
    if columns is None:
        return ParsedVotes((), tuple(problems), digest, sample_size, (), sample_line)
    rows: list[VoteCsvRow] = []
    codes: list[tuple[int, str]] = []
    first_line: dict[str, int] = {}
    for line, record in table.rows:
        if not _column_count(line, record, len(table.header), problems):
            # The row still names its entrant: it is bad, not missing.
            index = columns["code"]
            named = record[index].strip() if index < len(record) else ""
            if named and normalise_code(named) not in first_line:
                first_line[normalise_code(named)] = line
                codes.append((line, named[:MAX_FIELD]))
            continue
        code = _cell(line, record, columns, "code", problems)
        raw = _cell(line, record, columns, "votes", problems)
        if code is None or raw is None:
            continue
        votes = _votes(line, raw, problems)
        if not code:
            problems.append(_problem(line, "code", tr_noop("The entrant code is empty.")))
            continue
        key = normalise_code(code)
        if key in first_line:
            problems.append(_problem(
                line, "code", tr_noop("Entrant {code} already has votes on line {other}."),
                code=code, other=first_line[key]))
            continue
        first_line[key] = line
        codes.append((line, code))
        if votes is not None:
            rows.append(VoteCsvRow(line, code, votes))
    if not table.rows and not problems:
        problems.append(_problem(0, "", tr_noop("The file has a header but no tallies.")))
    return ParsedVotes(tuple(rows), tuple(problems), digest, sample_size, tuple(codes),
                       sample_line,
                       details.get("description", ""), details.get("conducted_by", ""))


def _votes(line: int, raw: str, problems: list[CsvProblem]) -> int | None:
    text = unicodedata.normalize("NFKC", raw).strip()
    if not text:
        problems.append(_problem(line, "votes", tr_noop("The vote count is empty.")))
        return None
    if _WHOLE.fullmatch(text):
        if len(text) > 9 or int(text) > MAX_VOTES:
            problems.append(_problem(
                line, "votes", tr_noop("The vote count {value} is too large (at most {limit})."),
                value=text[:20] + ("…" if len(text) > 20 else ""), limit=MAX_VOTES))
            return None
        return int(text)
    shown = text[:20] + ("…" if len(text) > 20 else "")
    if text.startswith("-") and _SIGNED_NUMBER.fullmatch(text):
        template = tr_noop("The vote count {value} is negative.")
    elif "," in text and _SIGNED_NUMBER.fullmatch(text):
        template = tr_noop("The vote count {value} has a separator; write the whole number "
                           "without commas.")
    elif _SIGNED_NUMBER.fullmatch(text):
        template = tr_noop("The vote count {value} is not a whole number.")
    else:
        template = tr_noop("The vote count {value} is not a number.")
    problems.append(_problem(line, "votes", template, value=shown))
    return None


def check_votes(
    parsed: ParsedVotes, entrants: Iterable[EntrantView], sample_size: int | None,
) -> tuple[tuple[CsvProblem, ...], int | None]:
    """The parse problems plus those against the competition: unknown entrants, entrants with
    no row, a row over the sample size, and a total over it. ``sample_size`` is the one given
    outside the file (dialog, CLI); it must agree with the file's when both are given.

    Returns (problems, the sample size in force)."""
    problems = list(parsed.problems)
    size = sample_size
    if sample_size is not None and (isinstance(sample_size, bool) or sample_size <= 0
                                    or sample_size > MAX_VOTES):
        problems.append(_problem(
            0, "", tr_noop("The sample size {value} is not a positive whole number of "
                           "households."), value=sample_size))
        size = None
    elif parsed.sample_size is not None:
        if sample_size is not None and sample_size != parsed.sample_size:
            problems.append(_problem(
                parsed.sample_size_line, "",
                tr_noop("The file gives a sample size of {in_file} households but {given} was "
                        "entered; correct one of them."),
                in_file=parsed.sample_size, given=sample_size))
        size = parsed.sample_size
    elif sample_size is None and not parsed.sample_size_line:
        problems.append(_problem(
            0, "", tr_noop("The poll's sample size (households interviewed) is not given: add "
                           "a line \"# sample_size: 4500\" at the top or enter it.")))
    by_code = {normalise_code(e.code): e for e in entrants}
    seen: set[str] = set()
    for line, code in parsed.codes:
        key = normalise_code(code)
        if key not in by_code:
            problems.append(_problem(
                line, "code",
                tr_noop("There is no entrant with the code {code} in this competition."),
                code=code))
        seen.add(key)
    for row in parsed.rows:
        if size is not None and row.votes > size:
            problems.append(_problem(
                row.line, "votes",
                tr_noop("The vote count {votes} is more than the {sample_size} households "
                        "interviewed."),
                votes=row.votes, sample_size=size))
    # Only a file that could be read row by row can say who is missing.
    readable = parsed.codes or not parsed.problems
    missing = [e.code for key, e in sorted(by_code.items()) if key not in seen]
    if readable and missing:
        problems.append(_problem(
            0, "", tr_noop("There is no row for {count} entrants of this competition: {codes}. "
                           "Write 0 for an entrant nobody voted for."),
            count=len(missing), codes=", ".join(missing)))
    total = sum(r.votes for r in parsed.rows)
    if size is not None and total > size:
        problems.append(_problem(
            0, "",
            tr_noop("The votes add up to {total}, more than the {sample_size} households "
                    "interviewed; each household votes at most once."),
            total=total, sample_size=size))
    ordered = sorted(problems, key=lambda p: (p.line == 0, p.line))
    return tuple(ordered), size


def reject_if_any(source: str, problems: Sequence[CsvProblem]) -> None:
    if problems:
        raise CsvRejectedError(source, tuple(problems))
