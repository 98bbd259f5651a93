"""Golden files: whole-article outputs on the bundled examples must not change unnoticed.

After an intended change, regenerate with `python tests/golden/update.py` and review the diff.
"""
import importlib.util
import json
from pathlib import Path

import pytest

GOLDEN = Path(__file__).parent / "golden"
_spec = importlib.util.spec_from_file_location("golden_update", GOLDEN / "update.py")
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)

RESULTS = dict(_mod.analyse_examples())


@pytest.mark.parametrize("name", sorted(RESULTS))
def test_golden_example_output(name):
    path = GOLDEN / f"{name}.json"
    assert path.exists(), f"missing golden file; run python tests/golden/update.py"
    expected = json.loads(path.read_text(encoding="utf-8"))
    got = json.loads(json.dumps(RESULTS[name], ensure_ascii=False))
    for layer in expected:
        assert got.get(layer) == expected[layer], f"{name}: layer {layer!r} differs from the golden file"
    assert set(got) == set(expected)
