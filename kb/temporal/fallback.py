"""Absolute dates for languages without temporal data files, from dateparser's locales.

The design (docs/index.md): German and English have full rule sets in ``kb/lang/<iso>/``; any
other language still gets its absolute dates ("16 mai 2024", "16.05.2024",
"mai 2024", "16 mai") found and resolved. The month names come from
dateparser's locale data, so no language knowledge is written here; relative
expressions ("hier", "la semaine prochaine") are not attempted.
"""

from __future__ import annotations

from kb.temporal.prefilter import required_literals

__all__ = ["fallback_rules"]

_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july",
               "august", "september", "october", "november", "december")


def _month_names(lang: str) -> dict[str, str]:
    try:
        from dateparser.languages import default_loader
        info = default_loader.get_locale(lang).info
    except Exception:  # dateparser does not know the language
        return {}
    names = {}
    for number, key in enumerate(_MONTH_KEYS, start=1):
        for name in info.get(key, ()):
            name = name.strip().lower()
            if len(name.rstrip(".")) >= 3 and not name.isdigit():
                names[name] = f"{number:02d}"
    return names


def fallback_rules(lang: str, alternation, rule_type) -> tuple[dict[str, dict[str, str]], list]:
    """Word tables and rules for ``lang`` built from dateparser's locale (empty if unknown)."""
    months = _month_names(lang)
    rules = []
    day = r"(?P<day>[12]\d|3[01]|0?[1-9])\.?"
    year = r"(?P<year>1[0-9]\d\d|20\d\d)"
    specs = [("date-iso", "{year}-{month}-{day}",
              r"\b(?P<year>1[0-9]\d\d|20\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b"),
             ("date-numeric", "{year}-{month}-{day}",
              r"(?<![\d.])(?P<day>[12]\d|3[01]|0?[1-9])[./](?P<month>0?[1-9]|1[0-2])[./](?P<year>1[0-9]\d\d|20\d\d)\b")]
    if months:
        # the optional "de" joins day, month and year in the Romance languages
        # dateparser covers ("16 de mayo de 2024"); elsewhere it simply never occurs
        month = "(?P<month>" + alternation(months, list(months)) + ")"
        specs += [("date-dmy", "{year}-{month}-{day}", rf"\b{day}\s*(?:de\s+)?{month}\.?,?\s*(?:de\s+)?{year}\b"),
                  ("date-mdy", "{year}-{month}-{day}", rf"\b{month}\.?\s+{day},?\s+{year}\b"),
                  ("date-my", "{year}-{month}", rf"\b{month}\.?\s+(?:de\s+)?{year}\b"),
                  ("date-dm", "XXXX-{month}-{day}", rf"\b{day}\s*(?:de\s+)?{month}\b(?!\.?\s*\d)")]
    for name, template, rx in specs:
        rules.append(rule_type(name, "DATE", template, rx, required_literals(rx)))
    return ({"month": months} if months else {}), rules
