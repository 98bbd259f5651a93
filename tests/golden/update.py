#!/usr/bin/env python3
"""Regenerate the golden whole-article outputs: python tests/golden/update.py

Each example in examples/metadata.jsonl is analysed with the default pipeline and written to
tests/golden/<id>.json.  Review the diff (git diff tests/golden) before committing: a golden change
is a behaviour change.
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))


def analyse_examples():
    from rasid.io import read_file
    from rasid.pipeline import make_document, load

    nlp = load()
    for line in (ROOT / "examples" / "metadata.jsonl").read_text(encoding="utf-8").splitlines():
        meta = json.loads(line)
        text, enc, _ = read_file(ROOT / "examples" / meta["file"])
        doc = make_document(text, published=meta["published"], id=meta["id"], source=meta.get("source"), encoding=enc)
        yield meta["id"], nlp(doc).to_dict()


if __name__ == "__main__":
    for name, data in analyse_examples():
        out = ROOT / "tests" / "golden" / f"{name}.json"
        out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("wrote", out.relative_to(ROOT))
