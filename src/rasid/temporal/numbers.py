"""Thin adapter for numbers inside time expressions.

The grammar delimits a number (digits, or a run of number words from ``time_numbers.tsv``) and asks
:func:`number_value` for its value: the general parser ``rasid.numbers.parse_number`` is tried first;
the small table here is the fallback (1-99, ordinals of days) when it declines or is absent.
"""
from __future__ import annotations

from functools import lru_cache

from .lexicon import key, time_lexicon

try:  # the general number parser (branch num); optional
    from .. import numbers as _numbers  # type: ignore[attr-defined]
except Exception:  # pragma: no cover - depends on which layers are installed
    _numbers = None


def _general(s: str):
    if _numbers is None or not hasattr(_numbers, "parse_number"):
        return None
    try:
        p = _numbers.parse_number(s)
    except Exception:
        return None
    v = getattr(p, "value", p) if p is not None else None
    if isinstance(v, (int, float)) and v == int(v):
        return int(v)
    return None


@lru_cache(maxsize=4096)
def number_value(s: str) -> int | None:
    """Value of a number phrase (digits, cardinal or ordinal words, with و and the article)."""
    k = key(s).replace(",", "")
    if not k:
        return None
    if k.isdigit():
        return int(k)
    g = _general(s)
    if g is not None:
        return g
    table = time_lexicon().numbers
    total = 0
    seen = False
    for w in k.split():
        cands = [w]
        if w.startswith("و") and len(w) > 1:
            cands.append(w[1:])
        hit = None
        for c in list(cands):
            for x in (c, c[2:] if c.startswith("ال") else None):
                if x and x in table:
                    hit = table[x]
                    break
            if hit:
                break
        if w == "و":
            continue
        if hit is None:
            return None
        v, kind = hit
        if kind == "teen" and 0 < total < 10:
            total += 10
        elif kind == "hundred":
            total = max(total, 1) * 100
        else:
            total += v
        seen = True
    return total if seen else None
