"""Exact and near-duplicate detection on the normalised text.

* :func:`content_hash` — SHA-1 of the normalised word sequence (orthographic folding from
  :func:`rasid.text.fold`, punctuation and spacing ignored): the same article with other
  diacritics, hamza spellings, quotation marks or line breaks hashes the same.
* :func:`minhash` — a MinHash signature (``NUM_PERM`` 32-bit values) of the set of word 3-shingles;
  the share of equal positions between two signatures estimates their Jaccard similarity.
  :func:`lsh_keys` cuts a signature into ``BANDS`` bands of ``ROWS`` rows and hashes each band to a
  64-bit key: two documents with Jaccard similarity *s* share at least one key with probability
  ``1 - (1 - s**ROWS) ** BANDS`` (0.99 at s = 0.7, 0.64 at s = 0.5), so candidates are found by an
  indexed key look-up and confirmed with :func:`similarity`.

All hashing is vectorised with NumPy; token hashes use ``zlib.crc32`` so signatures are stable across
processes and machines (they are stored in the corpus database).
"""
from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np

from ..text import fold

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE = 3
#: default Jaccard threshold above which two documents are recorded as near-duplicates
NEAR_THRESHOLD = 0.6

_WORD_RE = re.compile(r"[^\W_]+")
_rng = np.random.default_rng(20261129)  # fixed seed: signatures must be reproducible
_A = (_rng.integers(1, 2**63 - 1, NUM_PERM, dtype=np.int64).astype(np.uint64) << np.uint64(1)) | np.uint64(1)
_B = _rng.integers(0, 2**63 - 1, NUM_PERM, dtype=np.int64).astype(np.uint64)
_P = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)
_BAND_MUL = _rng.integers(1, 2**63 - 1, ROWS, dtype=np.int64).astype(np.uint64) | np.uint64(1)
_BAND_SALT = np.arange(BANDS, dtype=np.uint64) * np.uint64(0x94D049BB133111EB)
EMPTY = np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)


def words(text: str, *, folded: bool = False) -> list[str]:
    """Normalised words of a text (folded letters and digits; punctuation dropped).  Pass
    ``folded=True`` when ``text`` is already :func:`rasid.text.fold`-ed (e.g. the text layer's view)."""
    return _WORD_RE.findall((text if folded else fold(text)).lower())


def content_hash(text: str | list[str]) -> str:
    """Hex SHA-1 of the normalised word sequence (of ``text``, or of a list from :func:`words`)."""
    toks = words(text) if isinstance(text, str) else text
    return hashlib.sha1(" ".join(toks).encode("utf-8")).hexdigest()


def minhash(text: str | list[str]) -> np.ndarray:
    """MinHash signature (uint32[NUM_PERM]) of the word 3-shingles of ``text`` (or of a word list)."""
    toks = words(text) if isinstance(text, str) else text
    if not toks:
        return EMPTY.copy()
    h = np.fromiter(map(zlib.crc32, map(str.encode, toks)), dtype=np.uint64, count=len(toks))
    if len(h) >= SHINGLE:
        n = len(h) - SHINGLE + 1
        sh = h[:n] * _P[0] + h[1:n + 1] * _P[1] + h[2:n + 2] * _P[2]
    else:
        sh = h * _P[0]
    sh = np.unique(sh >> np.uint64(32))
    with np.errstate(over="ignore"):
        perm = (sh[:, None] * _A[None, :] + _B[None, :]) >> np.uint64(32)
    return perm.min(axis=0).astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def lsh_keys(sig: np.ndarray) -> list[int]:
    """One signed 63-bit key per band (for an indexed SQL look-up)."""
    bands = sig.astype(np.uint64).reshape(BANDS, ROWS)
    with np.errstate(over="ignore"):
        keys = (bands * _BAND_MUL[None, :]).sum(axis=1, dtype=np.uint64) ^ _BAND_SALT
    return (keys >> np.uint64(1)).astype(np.int64).tolist()


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4")
