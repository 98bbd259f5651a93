"""Gold documents for the benches: the acceptance scorer, publication dates, and each gold article analysed.

Shared by eval_docs.py, events_misses.py, events_spurious.py, quotes_attr.py and event_match.py.  A gold set is
a folder of ``<id>.json`` gold files and a folder of ``<id>.txt`` articles with a ``metadata.jsonl`` giving
each article's publication date (../shared/eval/docs + ../shared/corpus, or bench/heldout*/{gold,articles}).
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent


def load_scorer(shared: str | Path | None = None):
    """The acceptance scorer module (../shared/eval/score_doc.py, or SHARED/eval/score_doc.py)."""
    path = Path(shared or ROOT.parent / "shared") / "eval" / "score_doc.py"
    spec = importlib.util.spec_from_file_location("score_doc", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_metadata(articles: Path) -> dict[str, dict]:
    """id -> metadata record of ``articles/metadata.jsonl`` (empty when the file is absent)."""
    path = Path(articles) / "metadata.jsonl"
    if not path.exists():
        return {}
    return {m["id"]: m for m in (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                                 if line.strip())}


def gold_documents(gold_dir: Path, articles: Path, nlp, ids=None) -> Iterator[tuple[str, dict, object]]:
    """(id, gold dict, analysed Document) for every gold file (only ``ids`` when given), each article
    analysed with its gold or metadata publication date."""
    from rasid.io import read_file
    from rasid.pipeline import make_document

    meta = read_metadata(articles)
    for gf in sorted(Path(gold_dir).glob("*.json")):
        doc_id = gf.stem
        if ids and doc_id not in ids:
            continue
        gold = json.loads(gf.read_text(encoding="utf-8"))
        text, _, _ = read_file(Path(articles) / f"{doc_id}.txt")
        published = gold.get("published") or meta.get(doc_id, {}).get("published")
        yield doc_id, gold, nlp(make_document(text, published=published, id=doc_id))
