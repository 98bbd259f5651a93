"""The reference article: every person is an actor with the right role and country."""
import pytest

from _ents_helpers import pipeline


@pytest.fixture(scope="module")
def seed_doc(request):
    from conftest import SHARED

    if SHARED is None or not (SHARED / "corpus" / "seed_haftar_cairo.txt").exists():
        pytest.skip("../shared is not present")
    text = (SHARED / "corpus" / "seed_haftar_cairo.txt").read_text(encoding="utf-8")
    return pipeline(True).analyze(text, published="2019-08-07")


EXPECTED = {
    # id: (country, role titles that must be among the actor's roles)
    "haftar_khalifa": ("LY", {"اللواء المتقاعد", "القائد العام"}),
    "sisi_abdelfattah": ("EG", {"الرئيس"}),
    "kamel_abbas": ("EG", {"مدير المخابرات العامة", "اللواء"}),
    "sisi_mahmoud": ("EG", {"ضابط الاستخبارات"}),
    "shoukry_sameh": ("EG", {"وزير الخارجية"}),
    "sarraj_fayez": ("LY", {"رئيس حكومة الوفاق"}),
    "erdogan_recep": ("TR", {"الرئيس"}),
    "thani_abdullah": ("LY", set()),
    "trump_donald": ("US", set()),
}


@pytest.mark.parametrize("actor_id", sorted(EXPECTED))
def test_seed_person_has_role_and_country(seed_doc, actor_id):
    actors = {a.id: a for a in seed_doc.actors}
    assert actor_id in actors, sorted(actors)
    a = actors[actor_id]
    country, titles = EXPECTED[actor_id]
    assert a.type == "PER"
    assert a.country == country
    have = {r.title for r in a.roles}
    assert titles <= have, have
    for r in a.roles:
        if r.start is not None:
            assert seed_doc.text[r.start:r.end] == r.title


def test_seed_people_are_exactly_the_expected_ones(seed_doc):
    people = sorted(a.id for a in seed_doc.actors if a.type == "PER")
    assert people == sorted(EXPECTED)


def test_seed_sarraj_spellings_are_one_actor(seed_doc):
    a = next(a for a in seed_doc.actors if a.id == "sarraj_fayez")
    surfaces = {seed_doc.text[s:e] for s, e in a.mentions}
    assert {"فايز السراج", "فائز السراج"} <= surfaces


def test_seed_two_sisis(seed_doc):
    mahmoud = next(a for a in seed_doc.actors if a.id == "sisi_mahmoud")
    assert len(mahmoud.mentions) == 1
    president = next(a for a in seed_doc.actors if a.id == "sisi_abdelfattah")
    assert len(president.mentions) > 5


def test_seed_role_mentions(seed_doc):
    kamel = next(a for a in seed_doc.actors if a.id == "kamel_abbas")
    assert "رئيس الجهاز" in {seed_doc.text[s:e] for s, e in kamel.mentions}


def test_seed_offsets_are_exact(seed_doc):
    assert seed_doc.check_offsets() == []
    for a in seed_doc.actors:
        for s, e in a.mentions:
            assert 0 <= s < e <= len(seed_doc.text)
