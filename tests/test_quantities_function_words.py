"""quantity_function_words.tsv: function and time words are never counted nouns; آخرين continues a figure;
age cues make a number of years an age; the cents of currencies.tsv join a sum."""
from rasid.extract.quantities import _function_words
from rasid.lexicon import load_tsv
from rasid.pipeline import load, make_document


def run(text):
    doc = load(["text", "quantities"])(make_document(text))
    return [(q.text, q.kind) for q in doc.layers["quantities"]]


def test_function_words_file_has_its_roles():
    lex = load_tsv("quantity_function_words.tsv")
    assert lex.version == "3" and lex.columns == ("form", "role")
    fw = _function_words()
    assert {"الي", "الذين", "هذه", "قرب"} <= fw["function"]
    assert {"اليوم", "امس"} <= fw["time"]
    assert "اخرين" in fw["others"]
    assert {"البالغ", "عمر"} <= fw["age_cue"] and "دون" in fw["age_bound"]


def test_time_word_after_a_number_is_not_its_noun():
    # "اليوم" would otherwise be read as the counted noun (3 days)
    assert run("أطلق سراح 3 اليوم بعد استجوابهم.") == [("3", "other")]


def test_others_continue_the_previous_casualty_kind():
    assert run("قتل 5 جنود و4 آخرون في الكمين.") == [("5 جنود", "killed"), ("4 آخرون", "killed")]


def ages(text):
    doc = load(["text", "quantities"])(make_document(text))
    return [(q.text, q.kind, q.extra.get("age")) for q in doc.layers["quantities"]]


def test_age_cues_and_bounds_make_years_an_age():
    assert ages("غادر المستشفى الشاب البالغ من العمر 19 عاما.") == [("19 عاما", "other", True)]
    assert ages("يمنع تشغيل من هم دون 16 عاما في المصانع.") == [("دون 16 عاما", "other", True)]
    assert ages("استمرت الحرب 8 أعوام في المنطقة.") == [("8 أعوام", "duration", None)]


def test_cents_after_a_sum_come_from_the_currency_file():
    doc = load(["text", "quantities"])(make_document("ارتفع سعر اللتر إلى 2 دولار و40 سينتا أمس."))
    (q,) = doc.layers["quantities"]
    assert (q.text, q.kind, q.value) == ("2 دولار و40 سينتا", "money", 2.4)
