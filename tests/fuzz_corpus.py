"""A generated corpus of hostile documents for the fuzz tests (deterministic for a seed).

Every *unit* is one document the user meant to give: a JSONL record, or a file of
its own when the oddity is in the bytes of the file (NULs, Latin-1, UTF-16,
surrogates encoded as bytes, a BOM). Each unit must end up either stored whole
or rejected with a reason, never both, never neither.

The phrases are written for these tests; they aim at the edges of the
pipeline: dates at the ends of the calendar (31.12.9999, 01.01.0001, "tomorrow"
published on 9999-12-31), lone surrogates, NULs and control characters, huge
paragraphs without a sentence end, mixed scripts, odd JSON values and fields.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

EDGE_DATES = [
    "bis zum 31.12.9999", "am 01.01.0001", "am 31. Dezember 9999", "seit dem 1. Januar 0001",
    "on December 31, 9999", "on January 1, 0001", "9999-12-31", "0001-01-01", "0000-00-00",
    "am 29. Februar 2023", "on February 30, 2024", "im Jahr 10000", "in the year 99999",
    "am Tag danach", "the day after", "morgen", "übermorgen", "tomorrow", "the day after tomorrow",
    "gestern", "yesterday", "vorgestern", "nächstes Jahr", "next year", "in 9000 Jahren",
    "vor 3000 Jahren", "3000 years ago", "im vierten Quartal 9999", "in Q1 0001", "in KW 53",
    "in week 53 of 9999", "am Donnerstag", "on Thursday", "Ende 9999", "Anfang des Jahres 1",
    "seit 9999", "since the year 1", "von 9998 bis 9999", "from 0001 to 0002", "im Dezember",
    "in December", "nächste Woche", "next week", "letzten Monat", "last month", "um 25:61 Uhr",
    "at 24:00", "am 32.13.2024", "P9999Y", "vor 10 000 Jahren", "in 5,000 years",
]
PUBLISHED = [
    None, "9999-12-31", "9999-12-30", "0001-01-01", "0001-01-02", "2024-05-14", "2024-02-29",
    "1970-01-01", "2024-05-14T23:59:59+14:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59-12:00",
] * 3 + ["2024-02-30", "10000-01-01", "", "gestern", "2024-5-1", 20240514, "\ud800"]
SUBJECTS_DE = ["Der Kanzler", "Die Ministerin", "Der Präsident", "Die Delegation", "Der Außenminister"]
SUBJECTS_EN = ["The chancellor", "The minister", "The president", "The delegation", "The envoy"]
VERBS_DE = ["trifft {d} den Premierminister in Rom", "reist {d} nach Warschau",
            "besuchte {d} die Hauptstadt", "empfängt {d} den Gast aus Kanada",
            "hat {d} zum dritten Mal mit dem Präsidenten gesprochen"]
VERBS_EN = ["meets the prime minister in Rome {d}", "travels to Warsaw {d}", "visited the capital {d}",
            "will receive the guest from Canada {d}", "spoke with the president {d} for the third time"]
NOISE = [
    "\ud800", "\udfff", "\ud83d", "\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\u2029",
    "\ufeff", "\u200b", "\u200e", "\u202e", "\ufffe", "\uffff", "e\u0301", "\u0301", "\r", "\r\n", "\t",
    "\n\n", "شارك الوزير في الاجتماع", "השר השתתף בפגישה", "Министр посетил столицу", "部长访问了首都",
    "大臣は首都を訪れた", "🗳️🇩🇪", "Ω≈ç√∫", "ﷺ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "…", "„", "“", "»", "«", "(", ")", "[", "]",
    "Dr.", "z. B.", "U.S.", "Nr. 5", "3.", "1.000.000", "-", "--", "/", "\\", "{", "}", '"', "'",
]
LANGS = ["de", "en"] * 12 + ["fr", "xx", "DE", "de-DE", "", "e", "deu", "ελ", 7, None, True]
MODES = ["news", "narrative", "narrative", None, "NEWS", "story", 3]


@dataclass
class Corpus:
    """The files written, how many units each holds, and the ids given to units."""

    files: list[Path]
    units: dict[str, int]  # file path -> number of units (documents meant) in it


def _sentence(rng: random.Random, lang: str) -> str:
    date = rng.choice(EDGE_DATES)
    if lang == "en":
        return f"{rng.choice(SUBJECTS_EN)} {rng.choice(VERBS_EN).format(d=date)}."
    return f"{rng.choice(SUBJECTS_DE)} {rng.choice(VERBS_DE).format(d=date)}."


def _noisy(rng: random.Random, text: str, rate: float) -> str:
    words = text.split(" ")
    out = []
    for w in words:
        if rng.random() < rate:
            w = rng.choice([w + rng.choice(NOISE), rng.choice(NOISE) + w, rng.choice(NOISE)])
        out.append(w)
    return " ".join(out)


def _unpunctuated(rng: random.Random, chars: int) -> str:
    """A paragraph without a sentence end: dates, names and places run together."""
    parts = []
    n = 0
    while n < chars:
        p = rng.choice([rng.choice(EDGE_DATES), "und", "der Kanzler", "the minister", "in Paris", "am Montag",
                        "nach Rom", "und dann", "so", "or", "with the president", rng.choice(NOISE)])
        parts.append(p)
        n += len(p) + 1
    return " ".join(parts)


def text(rng: random.Random, lang: str) -> str:
    """A document text: a few sentences with calendar-edge dates, sometimes noisy or huge."""
    roll = rng.random()
    if roll < 0.004:
        return _unpunctuated(rng, rng.choice([6_000, 12_000, 25_000]))
    if roll < 0.05:
        return "".join(rng.choice(NOISE) for _ in range(rng.randint(1, 40)))
    sentences = [_sentence(rng, lang if lang in ("de", "en") else rng.choice(["de", "en"]))
                 for _ in range(rng.randint(1, 4))]
    body = rng.choice([" ", "\n", "\n\n", " ", ""]).join(sentences)
    if roll < 0.45:
        body = _noisy(rng, body, rng.choice([0.05, 0.2, 0.6]))
    if roll > 0.97:
        body = body + " " + _unpunctuated(rng, rng.choice([800, 2_500]))
    return body


def _odd_value(rng: random.Random):
    return rng.choice([None, 0, -1, 2**70, 1.5, float("inf"), True, [], [1, "a"], {}, {"a": {"b": [None]}},
                       "", " ", "\ud800", "x" * 300])


def record(rng: random.Random, n: int) -> dict:
    """A JSON record; mostly well formed, with odd values in about one field of four."""
    lang = rng.choice(LANGS)
    rec: dict = {"id": f"fz{n}", "lang": lang, "published": rng.choice(PUBLISHED),
                 "text": text(rng, lang if isinstance(lang, str) else "de")}
    if n % 500 == 7:  # a paragraph of thousands of characters without a sentence end, well formed otherwise
        rec.update(lang=rng.choice(["de", "en"]), published=rng.choice(["9999-12-31", "0001-01-01", "2024-05-14"]),
                   text=_unpunctuated(rng, rng.choice([8_000, 16_000])))
        return rec
    roll = rng.random()
    if roll < 0.25:
        rec["id"] = rng.choice([f"fz{n}\ud800", f"fz{n}\udc00x", f"fz {n}", f"fz{n}\x00", n, f"fz{n}" + "é" * 250,
                                f"fz{n}/../x", f"fz{n}#frag", f"fz{n}?q=1", f"fz{n}<>", f"fz{n}\u202e"])
    if 0.2 < roll < 0.4:
        rec["title"] = rng.choice(["Titel \ud800", "\x00", "T" * 5000, "Überschrift", 5, None])
        rec["source"] = rng.choice(["https://example.org/\udfff", "not a url", "ftp://x", "javascript:alert(1)",
                                    "https://example.org/a b", "", None, ["u"]])
    if 0.35 < roll < 0.5:
        rec["mode"] = rng.choice(MODES)
    if 0.45 < roll < 0.55:
        rec[rng.choice(["extra", "meta", "x\ud800", "text_de", "", "id2"])] = _odd_value(rng)
    if 0.53 < roll < 0.58:
        del rec[rng.choice(["id", "text", "lang", "published"])]
    if 0.57 < roll < 0.6:
        rec[rng.choice(["text", "published"])] = _odd_value(rng)
    if 0.6 < roll < 0.62:
        # ids stay unique (a duplicate id is a replacement, not a loss)
        rec["id"] = rng.choice([None, 1.5, [], {}, "", " ", f"{n}\ud800", 10**30 + n, f"fz{n}\x00"])
    if 0.62 < roll < 0.65:
        rec["dct"], rec["doc_id"] = rec.pop("published", None), rec.pop("id", None)
    return rec


def _line(rng: random.Random, rec: dict) -> str:
    line = json.dumps(rec, ensure_ascii=rng.random() < 0.5)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate travels as a JSON escape (raw, it is a bytes-level unit)
        line = json.dumps(rec, ensure_ascii=True)
    return line


def _single_files(rng: random.Random, out: Path, count: int, start: int) -> dict[Path, int]:
    """Files whose bytes themselves are odd: each is one unit."""
    files = {}
    for k in range(count):
        n = start + k
        body = _sentence(rng, "de")
        kind = k % 9
        if kind == 0:
            data, name = body.encode("utf-8").replace(b" ", b"\x00", 1), f"nul{n}.txt"
        elif kind == 1:
            data, name = (body + " Müller, Straße").encode("latin-1", "replace"), f"latin{n}.txt"
        elif kind == 2:
            data, name = body.encode("utf-16"), f"utf16-{n}.txt"
        elif kind == 3:
            data, name = ("\ufeff" + body).encode("utf-8"), f"bom{n}.txt"
        elif kind == 4:
            data, name = ("Ein \ud800 Text " + body).encode("utf-8", "surrogatepass"), f"cesu{n}.txt"
        elif kind == 5:
            data = json.dumps({"id": f"fz{n}", "text": body, "published": "9999-12-31"}).encode("utf-8")
            data, name = b"\xef\xbb\xbf" + data, f"bomjson{n}.json"
        elif kind == 6:
            data, name = (b'{"id": "fz%d", "text": "' % n) + body.encode("utf-8") + b'", "text": 5}', f"dup{n}.json"
        elif kind == 7:
            data, name = b'{"id": "fz%d", "text": "x", "published": NaN}' % n, f"nan{n}.json"
        else:
            data, name = _unpunctuated(rng, 3_000).encode("utf-8", "surrogatepass"), f"long{n}.txt"
        path = out / name
        path.write_bytes(data)
        files[path] = 1
    return files


def write(out: Path, *, records: int = 10_000, per_file: int = 250, singles: int = 180, seed: int = 15) -> Corpus:
    """Write the corpus under ``out``: ``records`` JSONL records and ``singles`` one-unit files."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    units: dict[str, int] = {}
    n = 0
    for f in range(0, records, per_file):
        path = out / f"batch{f // per_file:03d}.jsonl"
        lines = []
        for _ in range(min(per_file, records - f)):
            lines.append(_line(rng, record(rng, n)))
            n += 1
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        units[str(path)] = len(lines)
    units.update({str(p): c for p, c in _single_files(rng, out, singles, n).items()})
    return Corpus(sorted(Path(p) for p in units), units)
