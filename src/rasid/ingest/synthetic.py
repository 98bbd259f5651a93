"""Synthetic Arabic news articles for tests and benchmarks (templates in ``data/synthetic_news.yaml``).

:func:`article` composes a headline and 4–8 sentences from the templates with random fillers; the
result is deterministic for a given ``random.Random`` seed.  :func:`write_corpus` writes a mixed
folder (UTF-8, windows-1256 and UTF-16 text files, HTML pages, a JSON Lines file with custom field
names, an RSS feed, exact duplicates, near-duplicates and corrupt files) and returns a manifest of
what it planted, so tests can check counts, dedup and search against it.
"""
from __future__ import annotations

import datetime as _dt
import json
import random
import re
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

from ..lexicon import load_yaml

_SLOT_RE = re.compile(r"\{(\w+)\}")
#: the word planted in chosen articles, in spellings that must all be found by one search
MARKER_VARIANTS = ("الإسكندرية", "الاسكندرية", "بالإسكندرية", "والاسكندريه", "الإسْكَنْدَرِيّة", "للإسكندرية")
MARKER_SENTENCE = "وتوقف مراسلنا عند ميناء {marker} حيث رست سفينة شحن محملة بالقمح."


@lru_cache(maxsize=1)
def templates() -> dict[str, Any]:
    return load_yaml("synthetic_news.yaml").data["entries"]


def _fill(template: str, rng: random.Random, t: dict[str, Any]) -> str:
    def rep(m: re.Match) -> str:
        slot = m.group(1)
        if slot == "num":
            return str(rng.choice((rng.randint(2, 40), rng.randint(40, 900), rng.randint(1000, 20000))))
        return rng.choice(t[slot])

    return _SLOT_RE.sub(rep, template)


def article(rng: random.Random, *, marker: str | None = None, n_sentences: tuple[int, int] = (4, 8)) -> dict[str, Any]:
    """One synthetic article: {"title", "text", "published", "source"}."""
    t = templates()
    k = rng.randint(*n_sentences)
    sents = [_fill(s, rng, t) for s in rng.sample(t["sentences"], k)]
    if marker:
        sents.insert(rng.randint(0, len(sents)), MARKER_SENTENCE.format(marker=marker))
    # two or three paragraphs
    cut = sorted(rng.sample(range(1, len(sents)), min(2, len(sents) - 1)))
    paras, prev = [], 0
    for c in cut + [len(sents)]:
        paras.append(" ".join(sents[prev:c]))
        prev = c
    day = _dt.date(2019, 1, 1) + _dt.timedelta(days=rng.randint(0, 5 * 365))
    return {"title": _fill(rng.choice(t["titles"]), rng, t), "text": "\n".join(p for p in paras if p),
            "published": day.isoformat(), "source": rng.choice(t["outlets"])}


def near_copy(a: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """A near-duplicate: the same story with one sentence added and the headline reworded."""
    t = templates()
    extra = _fill(rng.choice(t["sentences"]), rng, t)
    b = dict(a)
    b["text"] = a["text"] + "\n" + extra
    b["title"] = _fill(rng.choice(t["titles"]), rng, t)
    b["source"] = rng.choice(t["outlets"])
    return b


def exact_copy(a: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """The same text with other spacing, quotation marks and a diacritic (same normalised hash)."""
    b = dict(a)
    text = a["text"].replace(" ", "  ", 1).replace("،", "، ", 1)
    text = text.replace("ال", "الْ", 1)  # a sukun: removed by normalisation
    b["text"] = text + "\n"
    b["source"] = rng.choice(templates()["outlets"])
    return b


@dataclass
class Manifest:
    items: int = 0  # input items written (files, records, feed entries)
    unique: int = 0  # distinct articles expected in the store
    exact_duplicates: int = 0
    near_pairs: list[tuple[str, str]] = field(default_factory=list)  # (copy origin, original origin)
    corrupt: int = 0
    marker_docs: int = 0  # stored documents containing a spelling of the marker word
    by_kind: dict[str, int] = field(default_factory=dict)


def _html(a: dict[str, Any]) -> str:
    paras = "".join(f"<p>{escape(p)}</p>\n" for p in a["text"].split("\n"))
    return (f"<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(a['title'])}</title>"
            f"<meta property=\"og:site_name\" content=\"{escape(a['source'])}\">"
            f"<meta name=\"date\" content=\"{a['published']}\"></head>\n"
            f"<body><nav><a href=\"/\">الرئيسية</a></nav><article>\n{paras}</article>"
            f"<footer>جميع الحقوق محفوظة</footer><script>var x = 1;</script></body></html>\n")


def _rss(items: list[dict[str, Any]]) -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>موجز الأخبار</title>']
    for a in items:
        d = _dt.date.fromisoformat(a["published"])
        pub = f"{['Mon','Tue','Wed','Thu','Fri','Sat','Sun'][d.weekday()]}, {d.day:02d} " \
              f"{['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][d.month - 1]} {d.year} 10:00:00 +0000"
        body = "".join(f"<p>{escape(p)}</p>" for p in a["text"].split("\n"))
        out.append(f"<item><title>{escape(a['title'])}</title><link>https://example.org/{abs(hash(a['text'])) % 10**9}</link>"
                   f"<pubDate>{pub}</pubDate><description>{escape(body)}</description></item>")
    out.append("</channel></rss>\n")
    return "\n".join(out)


def write_corpus(root: str | Path, n: int = 2000, *, seed: int = 7, marker_every: int = 25) -> Manifest:
    """Write ``n`` input items of mixed kinds under ``root``; returns what was planted.

    Shares: 3 % exact duplicates, 2 % near-duplicates, 0.5 % corrupt; of the rest about 60 % UTF-8 text,
    12 % windows-1256, 8 % UTF-16, 10 % HTML, 8 % JSON Lines records and 2 % RSS entries.
    """
    rng = random.Random(seed)
    root = Path(root)
    for sub in ("txt", "legacy", "html", "feeds"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    m = Manifest()
    n_dup, n_near, n_bad = max(1, n * 3 // 100), max(1, n * 2 // 100), max(5, n // 200)
    n_base = n - n_dup - n_near - n_bad
    arts: list[tuple[str, dict[str, Any]]] = []  # (origin, article)
    jsonl: list[dict[str, Any]] = []
    feed: list[dict[str, Any]] = []

    def place(i: int, a: dict[str, Any]) -> str:
        r = (i * 7919) % 100
        if r < 60:
            p = root / "txt" / f"u{i:06d}.txt"
            p.write_text(a["text"], encoding="utf-8")
            kind = "txt"
        elif r < 72:
            p = root / "legacy" / f"w{i:06d}.txt"
            p.write_bytes(a["text"].encode("cp1256"))
            kind = "cp1256"
        elif r < 80:
            p = root / "legacy" / f"x{i:06d}.txt"
            p.write_bytes(a["text"].encode("utf-16"))
            kind = "utf16"
        elif r < 90:
            p = root / "html" / f"h{i:06d}.html"
            p.write_text(_html(a), encoding="utf-8")
            kind = "html"
        elif r < 98:
            jsonl.append({"matn": a["text"], "unwan": a["title"], "tarikh": a["published"], "masdar": a["source"]})
            p = root / "feeds" / f"records.jsonl#{len(jsonl)}"
            kind = "jsonl"
        else:
            feed.append(a)
            p = root / "feeds" / f"news.rss#{len(feed)}"
            kind = "rss"
        m.by_kind[kind] = m.by_kind.get(kind, 0) + 1
        return str(p)

    i = 0
    for k in range(n_base):
        marker = MARKER_VARIANTS[(k // marker_every) % len(MARKER_VARIANTS)] if k % marker_every == 0 else None
        a = article(rng, marker=marker)
        m.marker_docs += bool(marker)
        arts.append((place(i, a), a))
        i += 1
    for _ in range(n_dup):
        _, a = rng.choice(arts[: n_base])
        place(i, exact_copy(a, rng))
        i += 1
    originals = rng.sample(range(n_base), n_near)
    for j in originals:
        origin, a = arts[j]
        b = near_copy(a, rng)
        m.near_pairs.append((place(i, b), origin))
        m.marker_docs += "حيث رست سفينة شحن" in b["text"]
        i += 1
    # corrupt inputs: binary, empty, English-only, control bytes, blank, and a bad JSON line
    bad = [("bad/binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 40), ("bad/empty.txt", b""),
           ("bad/english.txt", b"Nothing but English words in this file, no Arabic at all."),
           ("bad/control.txt", bytes(range(1, 32)) * 20), ("bad/blank.txt", b"   \n\n")]
    (root / "bad").mkdir(exist_ok=True)
    for k in range(n_bad - 1):
        name, data = bad[k % len(bad)]
        p = root / name.replace(".txt", f"{k}.txt")
        p.write_bytes(data)
    jsonl.append("{this is not json")  # one corrupt record line
    m.corrupt = n_bad
    with open(root / "feeds" / "records.jsonl", "w", encoding="utf-8") as f:
        for rec in jsonl:
            f.write((rec if isinstance(rec, str) else json.dumps(rec, ensure_ascii=False)) + "\n")
    if feed:
        (root / "feeds" / "news.rss").write_text(_rss(feed), encoding="utf-8")
    m.items = n
    m.exact_duplicates = n_dup
    m.unique = n_base + n_near
    return m
