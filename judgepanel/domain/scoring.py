"""Score scales, parsing of typed scores, and a judge's weighted total for one finalist.

Everything here is exact (:class:`fractions.Fraction`): a judge's 7.5 is 15/2, never
7.4999999. Rounding happens only when a number is shown (:func:`format_score`), so a printed
2-decimal total can never change an order of merit; ranks are always decided on exact values.

Why totals are normalised to 0–100 per criterion: criteria may use different scales (say 0–10
for service quality and 1–5 for cost-effectiveness). Weighting raw scores would silently give the
wider scale more say than its stated weight; normalising each score to the share of its own
scale's range first makes the stated weights the real weights, and every total lands in 0–100.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from numbers import Rational
from typing import TypeVar

from judgepanel.domain.errors import ValidationError, tr_noop

__all__ = [
    "HUNDRED",
    "CriterionWeight",
    "ExactInput",
    "Scale",
    "as_fraction",
    "format_exact",
    "format_score",
    "normalise",
    "parse_score",
    "weight_shares",
    "weighted_total",
]

K = TypeVar("K", bound=Hashable)

#: What callers may hand us as a number: exact types only (a database ``Decimal``, an ``int``, a
#: ``Fraction``) or a decimal string. Floats are refused because they are not exact.
ExactInput = Fraction | Decimal | int | str

HUNDRED = Fraction(100)

#: Longest score text we try to read; a score never needs more, and it bounds the work done on
#: hostile input (a 10,000-digit "number" pasted into a score box).
MAX_SCORE_TEXT = 32

_DECIMAL_TEXT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)", re.ASCII)


def as_fraction(value: ExactInput, *, what: str = "value") -> Fraction:
    """Returns ``value`` as an exact Fraction.

    Accepts ``Fraction``, ``int``, finite ``Decimal`` (what the database stores) and decimal
    text such as ``"7.5"``. A ``float`` or ``bool`` is a programming error (``TypeError``): a
    float has already lost exactness, and ``True`` is not a score.
    """
    if isinstance(value, bool | float):
        raise TypeError(f"{what} must be exact (Fraction, Decimal, int or str), not {value!r}")
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValidationError(tr_noop("{value} is not a finite number."), value=str(value))
        return Fraction(value)
    if isinstance(value, str):
        return parse_score(value)
    if isinstance(value, Rational):
        return Fraction(value.numerator, value.denominator)
    raise TypeError(f"{what} must be exact (Fraction, Decimal, int or str), not {value!r}")


def parse_score(text: str) -> Fraction:
    """Reads a score typed by a person, exactly, without checking it against a scale.

    Accepted: an optional sign, digits, and a decimal point (``"7"``, ``"7.5"``, ``".5"``,
    ``" 8 "``). Full-width digits and the full-width full stop from a Chinese input method
    (``"７．５"``) are read as their ASCII forms.

    Refused, each with its own message: empty text; a decimal comma (``"7,5"``: in Hong Kong the
    comma separates thousands, so guessing could turn a typo into a different score; the judge is
    asked to type ``7.5``); exponents, fractions, ``NaN``, ``inf`` and anything else.
    """
    if not isinstance(text, str):
        raise TypeError(f"score text must be str, not {type(text).__name__}")
    cleaned = unicodedata.normalize("NFKC", text).strip()
    shown = cleaned if len(cleaned) <= MAX_SCORE_TEXT else cleaned[:MAX_SCORE_TEXT] + "…"
    if not cleaned:
        raise ValidationError(tr_noop("Enter a score."))
    if len(cleaned) > MAX_SCORE_TEXT:
        raise ValidationError(tr_noop('"{text}" is too long to be a score.'), text=shown)
    if _DECIMAL_TEXT.fullmatch(cleaned):
        return Fraction(Decimal(cleaned))
    if "," in cleaned and _DECIMAL_TEXT.fullmatch(cleaned.replace(",", ".", 1)):
        raise ValidationError(
            tr_noop(
                '"{text}" uses a comma; type the score with a decimal point, e.g. {suggestion}.'
            ),
            text=shown,
            suggestion=cleaned.replace(",", ".", 1),
        )
    if cleaned.lower().lstrip("+-") in {"nan", "inf", "infinity", "snan"}:
        raise ValidationError(tr_noop('"{text}" is not a number; enter a score.'), text=shown)
    raise ValidationError(
        tr_noop('"{text}" is not a score; type a number such as 7 or 7.5.'), text=shown
    )


def format_score(value: Fraction, places: int = 2) -> str:
    """Shows an exact value with ``places`` decimals, rounding half to even.

    Half-to-even (banker's rounding) is what Python's ``round`` and ``Decimal`` do by default,
    so the PDF, the screen and an XLSX export written by other code all print the same digits,
    and rounding many totals does not drift upward. Display only: never rank on the result.
    """
    if places < 0:
        raise ValueError("places must be >= 0")
    scaled = round(Fraction(value) * 10**places)  # Fraction.__round__ rounds half to even
    sign = "-" if scaled < 0 else ""
    digits = str(abs(scaled)).rjust(places + 1, "0")
    if places == 0:
        return sign + digits
    return f"{sign}{digits[:-places]}.{digits[-places:]}"


def format_exact(value: Fraction) -> str:
    """Shows a value exactly when it has a finite decimal form (``7.5``, ``0.25``, ``10``).

    Used in messages about scales and steps, where "7.50" or "15/2" would confuse. A value with
    no finite decimal form (a step of 1/3) is shown to 4 places with a trailing ellipsis.
    """
    value = Fraction(value)
    denominator = value.denominator
    twos = fives = 0
    while denominator % 2 == 0:
        denominator //= 2
        twos += 1
    while denominator % 5 == 0:
        denominator //= 5
        fives += 1
    if denominator != 1:
        return format_score(value, 4) + "…"
    text = format_score(value, max(twos, fives))
    return text.rstrip("0").rstrip(".") if "." in text else text


@dataclass(frozen=True, slots=True)
class Scale:
    """The allowed scores of one criterion: ``minimum``, ``minimum + step``, ..., ``maximum``.

    Bounds and step are exact so that "7.5 on a 0–10 scale in steps of 0.5" is decided without
    floating-point doubt. Fields may be given as Fraction, Decimal, int or decimal text; they are
    stored as Fractions.
    """

    minimum: Fraction
    maximum: Fraction
    step: Fraction

    def __post_init__(self) -> None:
        minimum = as_fraction(self.minimum, what="scale minimum")
        maximum = as_fraction(self.maximum, what="scale maximum")
        step = as_fraction(self.step, what="scale step")
        object.__setattr__(self, "minimum", minimum)
        object.__setattr__(self, "maximum", maximum)
        object.__setattr__(self, "step", step)
        if not minimum < maximum:
            raise ValidationError(
                tr_noop("A scale's minimum ({minimum}) must be below its maximum ({maximum})."),
                minimum=format_exact(minimum),
                maximum=format_exact(maximum),
            )
        if step <= 0:
            raise ValidationError(
                tr_noop("A scale's step must be greater than zero (got {step})."),
                step=format_exact(step),
            )
        if ((maximum - minimum) / step).denominator != 1:
            raise ValidationError(
                tr_noop(
                    "The scale {minimum}–{maximum} cannot be divided into steps of {step}; "
                    "the range must be a whole number of steps."
                ),
                minimum=format_exact(minimum),
                maximum=format_exact(maximum),
                step=format_exact(step),
            )

    @property
    def span(self) -> Fraction:
        """``maximum - minimum``: the width the 0–100 normalisation divides by."""
        return self.maximum - self.minimum

    @property
    def count(self) -> int:
        """How many distinct scores the scale allows (both ends included)."""
        return int(self.span / self.step) + 1

    def values(self) -> tuple[Fraction, ...]:
        """Every allowed score, lowest first (for a picker or a printed score sheet)."""
        return tuple(self.minimum + i * self.step for i in range(self.count))

    def contains(self, value: Fraction) -> bool:
        """Whether ``value`` is an allowed score (within bounds and on a step)."""
        value = Fraction(value)
        return (
            self.minimum <= value <= self.maximum
            and ((value - self.minimum) / self.step).denominator == 1
        )

    def check(self, value: ExactInput, criterion: str = "") -> Fraction:
        """Returns ``value`` as a Fraction if the scale allows it, else raises ValidationError.

        ``criterion`` names the criterion in the message so a judge knows which box is wrong.
        """
        exact = as_fraction(value, what="score")
        inside = self.minimum <= exact <= self.maximum
        on_step = inside and ((exact - self.minimum) / self.step).denominator == 1
        if on_step:
            return exact
        # Messages are formatted only on failure: checking is on the import path of every
        # signed sheet, where formatting four numbers per score cost more than the check.
        params = {
            "value": format_exact(exact),
            "minimum": format_exact(self.minimum),
            "maximum": format_exact(self.maximum),
            "step": format_exact(self.step),
            "criterion": criterion,
        }
        if not inside:
            if criterion:
                template = tr_noop(
                    "{value} is outside the scale {minimum}–{maximum} for {criterion}."
                )
            else:
                template = tr_noop("{value} is outside the scale {minimum}–{maximum}.")
            raise ValidationError(template, **params)
        if criterion:
            template = tr_noop(
                "{value} is not a multiple of the step {step} on the scale "
                "{minimum}–{maximum} for {criterion}."
            )
        else:
            template = tr_noop(
                "{value} is not a multiple of the step {step} on the scale {minimum}–{maximum}."
            )
        raise ValidationError(template, **params)

    def parse(self, text: str, criterion: str = "") -> Fraction:
        """Reads typed text (see :func:`parse_score`) and checks it against this scale."""
        return self.check(parse_score(text), criterion)

    def normalise(self, value: ExactInput, criterion: str = "") -> Fraction:
        """Maps an allowed score to 0–100: ``(value - minimum) / (maximum - minimum) × 100``."""
        return (self.check(value, criterion) - self.minimum) / self.span * HUNDRED


def normalise(value: ExactInput, scale: Scale, criterion: str = "") -> Fraction:
    """Function form of :meth:`Scale.normalise`."""
    return scale.normalise(value, criterion)


@dataclass(frozen=True, slots=True)
class CriterionWeight:
    """One criterion's weight and scale, as fixed for the competition before judging.

    Weights are relative: 40/40/20 and 2/2/1 mean the same thing, and they need not add up to
    100. ``name`` is what messages call the criterion (e.g. "Service quality"); when empty the
    criterion's key is used.
    """

    weight: Fraction
    scale: Scale
    name: str = ""

    def __post_init__(self) -> None:
        weight = as_fraction(self.weight, what="criterion weight")
        object.__setattr__(self, "weight", weight)
        if weight <= 0:
            if self.name:
                template = tr_noop(
                    "The weight of {criterion} must be greater than zero (got {weight})."
                )
            else:
                template = tr_noop("A criterion's weight must be greater than zero (got {weight}).")
            raise ValidationError(template, criterion=self.name, weight=format_exact(weight))


def _label(key: Hashable, criterion: CriterionWeight) -> str:
    return criterion.name or str(key)


def weight_shares(criteria: Mapping[K, CriterionWeight]) -> dict[K, Fraction]:
    """Each criterion's share of the total weight as a percentage (e.g. 2/2/1 -> 40/40/20)."""
    if not criteria:
        raise ValidationError(tr_noop("No criteria are defined."))
    total_weight = sum((c.weight for c in criteria.values()), Fraction(0))
    return {key: c.weight / total_weight * HUNDRED for key, c in criteria.items()}


def weighted_total(
    scores: Mapping[K, ExactInput | None], criteria: Mapping[K, CriterionWeight]
) -> Fraction:
    """One judge's total for one finalist, exact and always within 0–100.

    Each score is checked against its criterion's scale, normalised to 0–100 on that scale, and
    the normalised scores are averaged with the weights' shares. A sheet missing any criterion
    is refused (naming the missing ones, in the criteria's order) rather than totalled: a partial
    total would look like a low mark. A score for a criterion that does not exist is refused too,
    since it means the sheet and the competition disagree.
    """
    if not criteria:
        raise ValidationError(tr_noop("No criteria are defined."))
    unknown = [key for key in scores if key not in criteria]
    if unknown:
        raise ValidationError(
            tr_noop("Scores were given for criteria that are not in this competition: {unknown}."),
            unknown=", ".join(sorted(str(key) for key in unknown)),
        )
    missing = [
        _label(key, c) for key, c in criteria.items() if key not in scores or scores[key] is None
    ]
    if missing:
        raise ValidationError(
            tr_noop("The score sheet is incomplete; there is no score for: {missing}."),
            missing=", ".join(missing),
        )
    total_weight = sum((c.weight for c in criteria.values()), Fraction(0))
    weighted = Fraction(0)
    for key, c in criteria.items():
        score = scores[key]
        assert score is not None  # checked above
        weighted += c.weight * c.scale.normalise(score, _label(key, c))
    return weighted / total_weight
