"""Reading and writing CoNLL-style token files, and BIO tags <-> spans.

Accepted input (the two formats of ``../shared/eval/ner`` and the usual variants):

* one token per line, columns separated by a tab or by spaces; a blank line ends a sentence;
* column 1 is the token; the following columns are tags.  With ``tag_column=1`` (the default) the
  first tag column is read: ANERcorp/NewsFANE's coarse tag, or Wojood's outermost nested tag;
* lines starting with ``-DOCSTART-`` and Wojood's segment marker ``$#$`` are skipped (a marker also
  ends the sentence);
* tags in IOB1 or IOB2 (``I-`` after ``O`` starts an entity), ``E-``/``S-``/``L-``/``U-`` (BIOES/BILOU)
  are read as well; ``O`` and unknown tags are outside.
"""
from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from ..errors import RasidError

#: tokens that mark a segment or document boundary rather than text
BOUNDARY_TOKENS = frozenset({"$#$", "-DOCSTART-"})


@dataclass
class ConllSentence:
    tokens: list[str]
    tags: list[str] = field(default_factory=list)  # one per token ("O" when the file has no tags)
    line: int = 0  # 1-based line number of the first token (for messages)


@dataclass(frozen=True)
class TokSpan:
    """An entity over tokens ``[start, end)`` of one sentence."""

    start: int
    end: int
    label: str


def _split(line: str) -> list[str]:
    return line.split("\t") if "\t" in line else line.split()


def iter_conll(source: str | os.PathLike | TextIO, tag_column: int = 1, limit: int | None = None) -> Iterator[ConllSentence]:
    """Yield sentences from a CoNLL file (path or open text stream)."""
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if not path.exists():
            raise RasidError("E001", f"CoNLL file {path} not found")
        if path.is_dir():
            raise RasidError("E002", f"{path} is a directory, not a CoNLL file")
        try:
            fh: TextIO = open(path, encoding="utf-8-sig")
        except OSError as exc:
            raise RasidError("E009", f"cannot read {path}: {exc}") from None
        close = True
    else:
        fh, close = source, False
    try:
        tokens: list[str] = []
        tags: list[str] = []
        first = 0
        count = 0
        for lineno, raw in enumerate(fh, start=1):
            line = raw.rstrip("\r\n")
            cells = _split(line) if line.strip() else []
            if cells and cells[0] not in BOUNDARY_TOKENS:
                if not tokens:
                    first = lineno
                tokens.append(cells[0])
                tags.append(cells[tag_column].strip() if len(cells) > tag_column else "O")
                continue
            if tokens:
                yield ConllSentence(tokens, tags, first)
                count += 1
                tokens, tags = [], []
                if limit is not None and count >= limit:
                    return
        if tokens and (limit is None or count < limit):
            yield ConllSentence(tokens, tags, first)
    except UnicodeDecodeError as exc:
        raise RasidError("E120", f"CoNLL file is not UTF-8: {exc}") from None
    finally:
        if close:
            fh.close()


def read_conll(source, tag_column: int = 1, limit: int | None = None) -> list[ConllSentence]:
    return list(iter_conll(source, tag_column=tag_column, limit=limit))


def read_conll_string(text: str, tag_column: int = 1) -> list[ConllSentence]:
    return read_conll(io.StringIO(text), tag_column=tag_column)


def write_tags(sentences: Iterable[Iterable[str]], out: TextIO) -> None:
    """Write tags one per line with a blank line after each sentence."""
    for tags in sentences:
        for t in tags:
            out.write(t)
            out.write("\n")
        out.write("\n")


def write_conll(sentences: Iterable[tuple[list[str], list[str]]], out: TextIO) -> None:
    """Write ``(tokens, tags)`` sentences as ``token<TAB>tag`` lines."""
    for tokens, tags in sentences:
        for tok, tag in zip(tokens, tags):
            out.write(f"{tok}\t{tag}\n")
        out.write("\n")


def split_tag(tag: str) -> tuple[str, str]:
    """``"B-PERS"`` -> ``("B", "PERS")``; ``"O"`` -> ``("O", "")``; a bare label counts as inside."""
    tag = tag.strip()
    if not tag or tag == "O" or tag == "0":
        return "O", ""
    if len(tag) > 2 and tag[1] in "-_" and tag[0] in "BIESLU":
        return tag[0], tag[2:]
    return "I", tag


def bio_to_spans(tags: list[str]) -> list[TokSpan]:
    """Entity spans from a tag sequence (IOB1, IOB2, BIOES and BILOU all read correctly)."""
    spans: list[TokSpan] = []
    start, label = -1, ""
    for i, tag in enumerate(tags):
        prefix, lab = split_tag(tag)
        if prefix == "O":
            if start >= 0:
                spans.append(TokSpan(start, i, label))
            start, label = -1, ""
            continue
        begins = prefix in "BSU" or start < 0 or lab != label
        if begins:
            if start >= 0:
                spans.append(TokSpan(start, i, label))
            start, label = i, lab
        if prefix in "ESLU":
            spans.append(TokSpan(start, i + 1, label))
            start, label = -1, ""
    if start >= 0:
        spans.append(TokSpan(start, len(tags), label))
    return spans


def spans_to_bio(spans: Iterable[TokSpan], n: int) -> list[str]:
    """A BIO (IOB2) tag sequence of length ``n``; overlapping spans: the first one given wins."""
    tags = ["O"] * n
    for sp in spans:
        if sp.start < 0 or sp.end > n or sp.start >= sp.end or any(t != "O" for t in tags[sp.start:sp.end]):
            continue
        tags[sp.start] = f"B-{sp.label}"
        for k in range(sp.start + 1, sp.end):
            tags[k] = f"I-{sp.label}"
    return tags
