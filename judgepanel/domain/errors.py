"""Typed errors.

Two families, as in qutebrowser's ``sql.KnownError``/``BugError``: a :class:`UserError` is caused
by the user or the environment (bad input, a tampered file, a locked database) and is shown to the
user as a message; anything else is our bug and is logged and reported.

Messages are English templates with ``{named}`` fields. The UI translates the template (Qt
context ``"domain"``, collected by ``scripts/i18n.py``) and then fills in the fields, so the
domain stays free of Qt.
"""

from __future__ import annotations

from typing import Any


class Phrase(str):
    """A translatable phrase (the value :func:`tr_noop` returns). Given as a field of another
    message ("The passphrase for {source} is wrong.", ``source=tr_noop("your signing
    credential")``) it is translated too when the UI shows the message, so that no English
    words are left in a translated one. It is an ordinary ``str`` everywhere else."""

    __slots__ = ()


def tr_noop(text: str) -> Phrase:
    """Marks a message for translation without translating it (the UI translates it later)."""
    return Phrase(text)


class Named(str):
    """A name known in both languages (a criterion, a finalist, a judge), given as a field of a
    message: the English name everywhere (it *is* that ``str``), and the Chinese one, ``zh``,
    when the UI shows the message in Chinese."""

    zh: str

    def __new__(cls, en: str, zh: str | None = None) -> Named:
        named = super().__new__(cls, en)
        named.zh = zh or en
        return named


def named(en: str, zh: str | None) -> Named:
    """``en`` as a message field that the Chinese UI shows as ``zh``."""
    return Named(en, zh)


class UserError(Exception):
    """Something the user or the environment caused; ``str()`` is a complete English message."""

    template: str = "{detail}"

    def __init__(self, template: str | None = None, /, **params: Any) -> None:
        if template is not None:
            self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template


class ValidationError(UserError):
    """Input that breaks a rule (a score outside its scale, a malformed CSV row, ...)."""


class NotFoundError(UserError):
    """A thing the user named does not exist (a judge id, a file)."""


class ConflictError(UserError):
    """The action contradicts the current state (a recused finalist, a locked sheet, ...)."""


class DatabaseError(UserError):
    """The database file cannot be used as it is (foreign, newer, locked, corrupt)."""


class ForeignDatabaseError(DatabaseError):
    """The file is not a JudgePanel database."""


class NewerDatabaseError(DatabaseError):
    """The file was written by a newer JudgePanel than this one."""


class DatabaseLockedError(DatabaseError):
    """Another process holds the database (another running app, or a long write)."""


class FileRejectedError(UserError):
    """A file we read (kit, sheet, CSV) was refused; the message names the reason."""


class SigningError(UserError):
    """Signing could not be done (wrong passphrase, unusable credential, ...)."""


class VerificationError(FileRejectedError):
    """A signature or a signed file failed verification; the message names the reason."""
