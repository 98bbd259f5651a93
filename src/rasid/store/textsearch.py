"""The search form of Arabic text (what the FTS5 index holds) and the translation of user queries.

``search_form(text)``: orthographic folding (:func:`rasid.text.fold`: أ إ آ → ا, ة → ه, ى → ي, diacritics
and tatweel removed, Arabic-Indic digits → ASCII), lower case, then light clitic stemming in one regex
pass: the article and the proclitics in front of it (ال، وال، فال، بال، كال، لل، وبال، ولل …) and a
conjunction/preposition (و ف ب ل) before a word of at least three more letters are removed.  Words
listed in ``clitic_exceptions.tsv`` (وزير، بريطانيا، لبنان …) are protected.  The same function runs on
the documents and on the query, so a stripped letter that was part of the word costs at worst a rare
false match, never a miss.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..errors import RasidError
from ..lexicon import load_tsv
from ..text import fold


@lru_cache(maxsize=1)
def _stem_re() -> re.Pattern:
    exc = sorted({fold(r["word"]).lower() for r in load_tsv("clitic_exceptions.tsv").rows if r.get("word")},
                 key=len, reverse=True)
    protect = "|".join(map(re.escape, exc)) or "(?!)"
    return re.compile(
        rf"(?<![^\W_])(?!(?:{protect})(?![^\W_]))"
        r"(?:[وف]?(?:[بك]?ال|لل)(?=[^\W\d_]{2})|[وف]?[بل](?=[^\W\d_]{3})|[وف](?=[^\W\d_]{3}))"
    )


def search_form(text: str, *, folded: bool = False) -> str:
    """Folded, lower-cased, clitic-stripped text for indexing and querying (``folded=True``: ``text``
    is already folded)."""
    return _stem_re().sub("", (text if folded else fold(text)).lower())


_QUERY_RE = re.compile(r'"([^"]*)"|(\()|(\))|([^\s"()]+)')
_OPERATORS = {"AND", "OR", "NOT"}
_TERM_RE = re.compile(r"[^\W_]+")


def fts_query(query: str) -> str:
    """Translate a user query into an FTS5 MATCH expression over the search form.

    Words are folded and stemmed like the index; ``"…"`` is a phrase; ``AND OR NOT`` and parentheses
    pass through; a trailing ``*`` makes a prefix search.  Raises E233 for an empty query.
    """
    query = fold(query).replace("“", '"').replace("”", '"')
    if query.count('"') % 2:
        query = query.replace('"', " ")
    parts: list[str] = []
    for m in _QUERY_RE.finditer(query):
        phrase, lp, rp, word = m.groups()
        if lp or rp:
            parts.append(lp or rp)
        elif phrase is not None:
            terms = _TERM_RE.findall(search_form(phrase))
            if terms:
                parts.append('"' + " ".join(terms) + '"')
        elif word in _OPERATORS:
            parts.append(word)
        else:
            prefix = word.endswith("*")
            for t in _TERM_RE.findall(search_form(word)):
                parts.append(f'"{t}"' + ("*" if prefix else ""))
    while parts and parts[-1] in _OPERATORS:
        parts.pop()
    while parts and parts[0] in ("AND", "OR"):
        parts.pop(0)
    if not any(p not in _OPERATORS and p not in "()" for p in parts):
        raise RasidError("E233", f"the query {query!r} has no words to search for")
    return " ".join(parts)
