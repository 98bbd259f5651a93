"""NORP group nouns (العرب، الفلسطينيون) are marked extra["group_noun"]; adjectives are not."""
from _ents_helpers import run


def _norp(doc):
    return {e.text: bool(e.extra.get("group_noun")) for e in doc.entities if e.label == "NORP"}


def test_plural_after_preposition_or_verb_is_a_group_noun():
    doc = run("اجتمع الوزير مع العرب في الرباط، وقال إن الملايين من السوريين ينتظرون الحل.")
    assert _norp(doc) == {"العرب": True, "السوريين": True}


def test_definite_plural_after_indefinite_noun_is_a_construct_noun():
    doc = run("أثار القرار غضب الفلسطينيين في المخيمات.")
    assert _norp(doc)["الفلسطينيين"] is True


def test_plural_agreeing_with_a_noun_is_an_adjective():
    doc = run("التقى السفير المواطنين المصريين ثم زار عمالا لبنانيين في الميناء.")
    assert _norp(doc) == {"المصريين": False, "لبنانيين": False}


def test_singular_adjective_is_never_a_group_noun():
    doc = run("زار الرئيس الفرنسي المعرض، وقال العرب إنهم راضون.")
    assert _norp(doc) == {"الفرنسي": False, "العرب": True}


def test_coordination_follows_the_first_conjunct():
    doc = run("حضر الأتراك والإيرانيون الاجتماع بعد ظهر الأحد.")
    assert _norp(doc) == {"الأتراك": True, "الإيرانيون": True}
    doc = run("استقبل المطار المسافرين المصريين والسودانيين مساء أمس.")
    assert _norp(doc) == {"المصريين": False, "السودانيين": False}


def test_plural_flag_is_form_only():
    doc = run("التقى السفير المواطنين المصريين، ثم خاطب العرب في القنصلية.")
    got = {e.text: (bool(e.extra.get("plural")), bool(e.extra.get("group_noun")))
           for e in doc.entities if e.label == "NORP"}
    assert got == {"المصريين": (True, False), "العرب": (True, True)}


def test_new_titles_and_nationalities_make_names():
    doc = run("صرح الكاردينال بوليكاربو بأن الزيارة مهمة، وقال اللاعب السنغالي محمد كمارا إنه جاهز.")
    ents = {(e.text, e.label) for e in doc.entities}
    assert ("بوليكاربو", "PER") in ents and ("محمد كمارا", "PER") in ents
    assert ("السنغالي", "NORP") in ents


def test_religious_communities_are_group_nouns():
    doc = run("دعا البيان المسلمين والمسيحيين إلى الحوار.")
    got = {e.text: e.extra.get("group") for e in doc.entities if e.label == "NORP"}
    assert got == {"المسلمين": "muslim", "المسيحيين": "christian"}
