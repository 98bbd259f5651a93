"""quantity_function_words.tsv: function and time words are never counted nouns; آخرين continues a figure."""
from rasid.extract.quantities import _function_words
from rasid.lexicon import load_tsv
from rasid.pipeline import load, make_document


def run(text):
    doc = load(["text", "quantities"])(make_document(text))
    return [(q.text, q.kind) for q in doc.layers["quantities"]]


def test_function_words_file_has_three_roles():
    lex = load_tsv("quantity_function_words.tsv")
    assert lex.version == "1" and lex.columns == ("form", "role")
    fw = _function_words()
    assert {"الي", "الذين", "هذه"} <= fw["function"]
    assert {"اليوم", "امس"} <= fw["time"]
    assert "اخرين" in fw["others"]


def test_time_word_after_a_number_is_not_its_noun():
    # "اليوم" would otherwise be read as the counted noun (3 days)
    assert run("أطلق سراح 3 اليوم بعد استجوابهم.") == [("3", "other")]


def test_others_continue_the_previous_casualty_kind():
    assert run("قتل 5 جنود و4 آخرون في الكمين.") == [("5 جنود", "killed"), ("4 آخرون", "killed")]
