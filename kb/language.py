"""Which language a text is in, when the user did not say.

Detection uses py3langid, which ships its model in the package (nothing is
downloaded). A text too short or too mixed to tell gets no language from
detection (:data:`MIN_CONFIDENCE`); the caller then says so instead of
guessing. :func:`coverage` says what kb can do in a language: German and
English have event rules; any other language gets dates only (absolute dates
through dateparser's locales), which users are told once per run.

>>> detect("Der Bundeskanzler reist am Montag zu Gesprächen nach Paris.")[0]
'de'
>>> detect("12.05.2023")
(None, 0.0)
"""

from __future__ import annotations

from functools import lru_cache

from .lang import available_languages, data_path

__all__ = ["MIN_CONFIDENCE", "MIN_LETTERS", "coverage", "detect"]

MIN_CONFIDENCE = 0.5
MIN_LETTERS = 20  # fewer letters than this tell nothing reliable


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str | None, float]:
    """``(ISO 639-1 code, confidence)``, or ``(None, confidence)`` when it cannot be told."""
    sample = text[:20000]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return None, 0.0
    lang, confidence = _identifier().classify(sample)
    confidence = float(confidence)
    return (lang if confidence >= MIN_CONFIDENCE else None), round(confidence, 3)


@lru_cache(maxsize=None)
def coverage(lang: str) -> str:
    """``"events"`` (event rules and dates), ``"dates"`` (dates only) for a language code."""
    if lang in available_languages() and data_path(lang, "events.txt").exists():
        return "events"
    return "dates"
