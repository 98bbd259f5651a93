"""The reference article's figures (read from ../shared; skipped when absent)."""
import pytest

from rasid.document import Document
from rasid.pipeline import Pipeline


@pytest.mark.shared
def test_quantities_seed_article_figures(seed_text):
    doc = Document(seed_text, published="2019-08-07")
    Pipeline(["text", "quantities"], {})(doc)
    by_value = {}
    for q in doc.quantities:
        by_value.setdefault(q.value, []).append(q)
    [killed] = by_value[1100]
    assert killed.kind == "killed" and killed.approximate
    [wounded] = by_value[5762]
    assert wounded.kind == "wounded"
    [displaced] = by_value[100000]
    assert displaced.kind == "displaced" and displaced.approximate
    [mps] = by_value[70]
    assert mps.kind == "people" and mps.approximate
    axes = [q for q in by_value[4] if q.kind == "count"]
    assert len(axes) == 1 and axes[0].unit == "محاور"
    # days of "بين 24 و26 أغسطس" and the years belong to the times layer
    assert 24 not in by_value and 26 not in by_value
    assert doc.check_offsets() == []
