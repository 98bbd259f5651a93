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
