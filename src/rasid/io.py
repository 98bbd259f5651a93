"""Reading input files: size limits, binary detection, encoding detection, HTML and Arabic checks.

Every failure is a :class:`RasidError` with a catalogue code, never a traceback.
"""
from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import RasidError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_ARABIC_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LETTER_RE = re.compile(r"[^\W\d_]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_HTML_RE = re.compile(r"^\s*(<!doctype html|<html|<\?xml|<head|<body)|<(p|div|span|br|article)\b[^>]*>", re.I)


@dataclass
class Decoded:
    text: str
    encoding: str
    html: bool = False


def arabic_ratio(text: str) -> float:
    """Share of letters that are Arabic script."""
    letters = len(_LETTER_RE.findall(text[:200000]))
    if not letters:
        return 0.0
    return len(_ARABIC_RE.findall(text[:200000])) / letters


def decode_bytes(data: bytes, *, encoding: str | None = None, name: str = "input") -> Decoded:
    """Decode raw bytes: BOMs (UTF-8/16/32), UTF-8, windows-1256, then charset detection."""
    if not data.strip():
        raise RasidError("E003", f"{name} is empty")
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding)
        except (LookupError, UnicodeDecodeError) as exc:
            raise RasidError("E005", f"{name} cannot be decoded as {encoding}: {exc}") from None
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc), enc)
            except UnicodeDecodeError as exc:
                raise RasidError("E005", f"{name} has a {enc} byte-order mark but invalid bytes: {exc.reason}") from None
    head = data[:8192]
    if b"\x00" in head:
        # UTF-16 without BOM: every other byte is NUL for Arabic/ASCII text
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if not _CONTROL_RE.search(text[:4096]) and arabic_ratio(text) > 0.3:
                return Decoded(text, enc)
        raise RasidError("E004", f"{name} looks binary (it contains NUL bytes)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    # windows-1256 is the common legacy encoding of Arabic news; accept it when the result is Arabic text
    try:
        text = data.decode("cp1256")
        if arabic_ratio(text) > 0.5 and not _CONTROL_RE.search(text):
            return Decoded(text, "windows-1256")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # pragma: no cover - detector failure is reported as undecodable
        best = None
    if best is not None:
        text = str(best)
        if text.strip() and len(_CONTROL_RE.findall(text)) < max(3, len(text) // 1000):
            return Decoded(text, best.encoding)
    raise RasidError("E005", f"{name} is not valid UTF-8, UTF-16 or windows-1256 text")


def html_to_text(html: str) -> str:
    """Main text of an HTML page (trafilatura), falling back to tag stripping."""
    try:
        import trafilatura

        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    except Exception:
        text = None
    if not text:
        from html.parser import HTMLParser

        parts: list[str] = []

        class _P(HTMLParser):
            skip = 0

            def handle_starttag(self, tag, attrs):
                if tag in ("script", "style", "noscript"):
                    self.skip += 1
                if tag in ("p", "br", "div", "h1", "h2", "h3", "li", "tr"):
                    parts.append("\n")

            def handle_endtag(self, tag):
                if tag in ("script", "style", "noscript") and self.skip:
                    self.skip -= 1

            def handle_data(self, data):
                if not self.skip:
                    parts.append(data)

        _P().feed(html)
        text = "\n".join(" ".join(l.split()) for l in "".join(parts).splitlines() if l.strip())
    return text


def prepare_text(raw: str, *, name: str = "input", allow_non_arabic: bool = False, html: bool | None = None) -> tuple[str, list[str]]:
    """Clean decoded input for analysis: HTML extraction, newline normalisation, checks.

    Returns the text and a list of warnings.
    """
    warnings: list[str] = []
    if html is None:
        html = bool(_HTML_RE.search(raw[:5000]))
    if html:
        raw = html_to_text(raw)
        warnings.append("input was HTML; analysed its main text")
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise RasidError("E003", f"{name} has no text" + (" after removing HTML" if html else ""))
    controls = _CONTROL_RE.findall(text)
    if len(controls) > max(3, len(text) // 200):
        raise RasidError("E004", f"{name} looks binary ({len(controls)} control characters)")
    ratio = arabic_ratio(text)
    if ratio < 0.2 and not allow_non_arabic:
        raise RasidError("E007", f"{name} has no Arabic text to analyse ({ratio:.0%} of its letters are Arabic)")
    if ratio < 0.5:
        warnings.append(f"only {ratio:.0%} of the letters are Arabic")
    return text, warnings


def read_file(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None,
              allow_non_arabic: bool = False) -> tuple[str, str, list[str]]:
    """Read an article file.  Returns (text, encoding, warnings)."""
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise RasidError("E001", f"{name}: no such file")
    if p.is_dir():
        raise RasidError("E002", f"{name} is a directory")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise RasidError("E006", f"{name} is {size:,} bytes, over the limit of {max_bytes:,}")
        data = p.read_bytes()
    except PermissionError:
        raise RasidError("E009", f"{name}: permission denied") from None
    except OSError as exc:
        raise RasidError("E009", f"{name}: {exc.strerror or exc}") from None
    return _finish(data, name, max_bytes, encoding, allow_non_arabic, html=p.suffix.lower() in (".html", ".htm") or None)


def read_stream(stream, *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None,
                allow_non_arabic: bool = False, name: str = "stdin") -> tuple[str, str, list[str]]:
    data = stream.read(max_bytes + 1)
    return _finish(data, name, max_bytes, encoding, allow_non_arabic, html=None)


def _finish(data: bytes, name, max_bytes, encoding, allow_non_arabic, html):
    if len(data) > max_bytes:
        raise RasidError("E006", f"{name} is over the limit of {max_bytes:,} bytes")
    dec = decode_bytes(data, encoding=encoding, name=name)
    text, warnings = prepare_text(dec.text, name=name, allow_non_arabic=allow_non_arabic, html=html)
    return text, dec.encoding, warnings
