"""Names: given names, particles, clitics, spelling variants, dictionary aliases."""
from _ents_helpers import ents, run


def test_given_name_chain_without_title():
    doc = run("وفي المؤتمر تحدث محمد العبيدي عن الوضع الاقتصادي.")
    assert ("محمد العبيدي", "PER") in ents(doc)


def test_clitic_conjunction_is_left_out_of_the_span():
    doc = run("التقى الوفد بالمسؤولين وعباس كامل في القاهرة.")
    per = [e for e in doc.entities if e.label == "PER"]
    assert [e.text for e in per] == ["عباس كامل"]
    assert doc.text[per[0].start:per[0].end] == "عباس كامل"


def test_preposition_clitic_on_dictionary_alias():
    doc = run("وجهت العواصم الغربية رسالة واضحة لحفتر هذا الأسبوع.")
    per = [e for e in doc.entities if e.label == "PER"]
    assert [e.text for e in per] == ["حفتر"]
    assert per[0].extra["dict_id"] == "haftar_khalifa"


def test_hamza_variant_matches_dictionary():
    doc = run("استقبل الرئيس الفرنسي فائز السراج في باريس.")
    e = next(e for e in doc.entities if e.label == "PER")
    assert e.text == "فائز السراج"
    assert e.extra["dict_id"] == "sarraj_fayez"


def test_compound_and_bound_particles():
    doc = run("وقال الشيخ عبد الرحمن بن ناصر آل سعيد إن الحوار ضروري.")
    assert ("عبد الرحمن بن ناصر آل سعيد", "PER") in ents(doc)


def test_name_stops_at_verbs_and_function_words():
    doc = run("قال أحمد الزين إن خالد منصور غادر في المساء.")
    names = [t for t, lab in ents(doc) if lab == "PER"]
    assert names == ["أحمد الزين", "خالد منصور"]


def test_ambiguous_given_name_alone_is_not_a_person():
    doc = run("وأبدى الطلاب أمل كبير في النجاح.")
    assert ents(doc, "PER") == []


def test_kunya_needs_a_given_name_without_title():
    doc = run("إضافة أبي أكبر عملية عسكرية في المنطقة.")
    assert ents(doc, "PER") == []
    doc = run("وأعلن أبو محمد العدناني البيان.")
    assert ("أبو محمد العدناني", "PER") in ents(doc)


def test_surname_alias_needs_context():
    # صدام is a dictionary surname of Saddam Hussein; alone in an unrelated sentence it is no person
    doc = run("وقع صدام بين المتظاهرين والشرطة.")
    assert ents(doc, "PER") == []
    doc = run("حكم صدام حسين العراق طويلا، وسقط صدام عام 2003.")
    assert [t for t, lab in ents(doc) if lab == "PER"] == ["صدام حسين", "صدام"]


def test_single_unambiguous_given_name_is_a_person():
    doc = run("وقالت فاطمة للصحفيين إن الوضع صعب.")
    assert ("فاطمة", "PER") in ents(doc)
    # a name that is also a common word is not
    doc = run("وبقيت المنطقة آمنة طوال الليل.")
    assert ents(doc, "PER") == []


def test_foreign_surname_starting_like_a_clitic_article():
    doc = run("قال وزير الدفاع البريطاني مارك فالون إن القوات جاهزة.")
    assert ("مارك فالون", "PER") in ents(doc)


def test_surname_repeated_alone_is_tagged():
    doc = run("صرح العقيد وليد الكبيسي للصحفيين. وأضاف الكبيسي أن الهجوم فشل.")
    per = [e for e in doc.entities if e.label == "PER"]
    assert [e.text for e in per] == ["وليد الكبيسي", "الكبيسي"]
    assert per[1].extra.get("coref") == "surname"


def test_nationality_adjective_introduces_a_foreign_name():
    doc = run("وتغلب الألماني فلوريان ماير على منافسه، وقال الوفد المصري إن الاجتماع انتهى.")
    per = [e for e in doc.entities if e.label == "PER"]
    assert [e.text for e in per] == ["فلوريان ماير"]
    assert per[0].extra["country"] == "DE"
