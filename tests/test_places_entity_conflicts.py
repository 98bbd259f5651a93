"""PER/LOC and ORG/LOC conflicts: a capital's two-word name read as a person (أديس أبابا) is a place; a
country named inside an organisation phrase (سفارة الولايات المتحدة في ليبيا) is a place too, while the
organisation entity stays and a country word in adjective position (القنصلية السعودية) is not."""
from places_helpers import place, run


def test_capital_read_as_a_person_is_a_place():
    doc = run("وصل وزير الخارجية إلى أديس أبابا مساء الأحد في زيارة رسمية.", [("أديس أبابا", "PER")])
    assert place(doc, "أديس أبابا").country_code == "ET"
    ent = [e for e in doc.entities if e.text == "أديس أبابا"]
    assert ent and ent[0].label == "GPE" and "relabelled" in ent[0].extra


def test_country_inside_an_organisation_phrase():
    org = "سفارة الولايات المتحدة في ليبيا"
    doc = run(f"قال متحدث باسم {org} إن الموظفين بخير.", [(org, "ORG")])
    assert place(doc, "الولايات المتحدة").country_code == "US"
    assert place(doc, "ليبيا").extra.get("in_org")
    assert [e.label for e in doc.entities] == ["ORG"]  # the ORG stays, no nested GPE entity


def test_country_word_as_adjective_inside_an_organisation():
    doc = run("أغلقت القنصلية السعودية أبوابها أمام المراجعين.", [("القنصلية السعودية", "ORG")])
    assert not doc.places


def test_person_with_a_city_name_stays_a_person():
    doc = run("قال الكاتب محمد القاهري إن الكتاب صدر حديثا.", [("محمد القاهري", "PER")])
    assert not doc.places
