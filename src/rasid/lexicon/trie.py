"""Word lists compiled into one regex alternation factored as a character trie.

``(?:ا(?:بريل|فريل)|…)`` instead of ``ابريل|افريل|…``: the engine follows one branch per character
instead of trying every word in turn.  Optional tails are greedy, so the longest word wins as in a
longest-first alternation.  The pattern is valid for both ``re`` and ``regex``.
"""
from __future__ import annotations

import re
from typing import Iterable


def trie_alternation(words: Iterable[str], space: str | None = None) -> str:
    """A non-capturing group matching any of ``words``; ``(?!)`` (never matches) when there are none.

    ``space``: the pattern a space inside a word stands for (e.g. ``r"\\s+"``); by default a literal
    space.
    """
    trie: dict = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return "(?!)"

    def emit(node: dict) -> str:
        branches = [(space if ch == " " and space is not None else re.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(trie) + ")"
