"""The reference article: the places the issue requires, within 0.5 degrees of the real city."""
import pytest

from rasid.pipeline import Pipeline, make_document

EXPECTED = {  # surface: (country, lat, lon) of the real city
    "القاهرة": ("EG", 30.04, 31.24),
    "طرابلس": ("LY", 32.89, 13.19),
    "مصراتة": ("LY", 32.38, 15.09),
    "غريان": ("LY", 32.17, 13.02),
    "بياريتز": ("FR", 43.48, -1.56),
    "أنقرة": ("TR", 39.93, 32.86),
    "أبوظبي": ("AE", 24.45, 54.38),
}


@pytest.fixture(scope="module")
def seed_doc(request):
    from conftest import SHARED

    if SHARED is None or not (SHARED / "corpus" / "seed_haftar_cairo.txt").exists():
        pytest.skip("seed article not present")
    text = (SHARED / "corpus" / "seed_haftar_cairo.txt").read_text(encoding="utf-8")
    return Pipeline(["text", "entities", "places"])(make_document(text, published="2019-08-07"))


@pytest.mark.parametrize("surface", sorted(EXPECTED))
def test_seed_place_resolved_near_the_city(seed_doc, surface):
    cc, lat, lon = EXPECTED[surface]
    found = [p for p in seed_doc.places if p.text == surface]
    assert found, f"{surface} not found"
    for p in found:
        assert p.country_code == cc
        assert abs(p.lat - lat) <= 0.5 and abs(p.lon - lon) <= 0.5


def test_seed_has_no_common_word_places(seed_doc):
    assert not [p.text for p in seed_doc.places if p.text in ("إلى", "كان", "دون", "وقف", "الجديد", "حفتر")]
    assert seed_doc.check_offsets() == []
