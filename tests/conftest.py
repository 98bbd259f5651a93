"""Shared fixtures.  ``shared_dir`` is ../shared (or $RASID_SHARED); tests that need it skip when absent."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def _shared() -> Path | None:
    env = os.environ.get("RASID_SHARED")
    for cand in ([Path(env)] if env else []) + [ROOT.parent / "shared"]:
        if cand.is_dir():
            return cand
    return None


SHARED = _shared()


@pytest.fixture
def shared_dir() -> Path:
    if SHARED is None:
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture
def seed_text(shared_dir) -> str:
    p = shared_dir / "corpus" / "seed_haftar_cairo.txt"
    if not p.exists():
        pytest.skip("seed article not present")
    return p.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp():
    import rasid

    return rasid.load()
