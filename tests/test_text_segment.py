import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.text import TextView, segment_clitics
from rasid.text.normalize import fold


def sents(text):
    tv = TextView(text)
    return [text[s.start:s.end] for s in tv.sentences]


def test_sentences_split_on_full_stops_not_commas_or_colons():
    text = "وصل الوفد إلى بغداد، والتقى الوزير. ثم قال: سنعود قريباً. وانتهى الاجتماع!"
    assert sents(text) == ["وصل الوفد إلى بغداد، والتقى الوزير.", "ثم قال: سنعود قريباً.", "وانتهى الاجتماع!"]


def test_sentences_keep_decimals_and_abbreviations():
    text = "ارتفع النمو إلى 3.5 بالمئة. وقال د. أحمد زويل إن الأرقام مشجعة."
    assert sents(text) == ["ارتفع النمو إلى 3.5 بالمئة.", "وقال د. أحمد زويل إن الأرقام مشجعة."]


def test_sentences_keep_quotation_with_speech_verb():
    text = "وقال الوزير: «سنواصل العمل. لن نتراجع أبداً». وغادر القاعة."
    assert sents(text) == ["وقال الوزير: «سنواصل العمل. لن نتراجع أبداً».", "وغادر القاعة."]
    text = "“الوضع صعب جداً. نحتاج إلى مساعدة.” قال المسؤول للصحفيين."
    assert sents(text) == [text]


def test_sentences_break_at_lines_and_drop_stray_marks():
    text = "العنوان هنا\n\n”\nجملة مقتبسة في الصفحة\n” وذكرت المصادر أن الاجتماع انتهى."
    assert sents(text) == ["العنوان هنا", "جملة مقتبسة في الصفحة", "وذكرت المصادر أن الاجتماع انتهى."]


def test_sentences_recover_from_unbalanced_quote():
    text = "قال المتحدث: «لن نقبل بذلك.\nوفي سياق آخر، أعلنت الحكومة موازنة جديدة."
    assert len(sents(text)) == 2


def test_tokens_carry_offsets_through_diacritics():
    text = "قالَ الرّئيسُ ٢٠١٩"
    tv = TextView(text)
    assert [t.text for t in tv.tokens] == ["قالَ", "الرّئيسُ", "٢٠١٩"]
    assert tv.tokens[2].norm == "2019" and tv.tokens[2].kind == "num"


@pytest.mark.parametrize("word,pieces", [
    ("وبالقاهرة", ["و", "ب", "ال", "قاهره"]),
    ("وطرابلس", ["و", "طرابلس"]),
    ("لحفتر", ["ل", "حفتر"]),
    ("للقاهرة", ["ل", "ل", "قاهره"]),
    ("وزير", ["وزير"]),
    ("بريطانيا", ["بريطانيا"]),
    ("سيعقد", ["س", "يعقد"]),
    ("اجتماعاتهم", ["اجتماعات", "هم"]),
    ("معه", ["مع", "ه"]),
    ("التقى", ["التقي"]),
])
def test_clitic_segmentation(word, pieces):
    w = fold(word)
    last = word[-1]
    assert [w[s:e] for s, e, _ in segment_clitics(w, last)] == pieces


def test_token_words_map_to_original_offsets():
    text = "ووصلَ الوفدُ وبالقاهرةِ اجتمع"
    tv = TextView(text)
    tok = tv.tokens[2]
    assert [w.text for w in tok.words] == ["و", "ب", "ال", "قاهرةِ"]
    assert tok.stem.text == "قاهرةِ"
    assert text[tok.stem.start:tok.stem.end] == "قاهرةِ"


ARABIC = st.text(alphabet=st.sampled_from(list("ابتجحدرسعفقكلمنهويةىأإءؤئ ًَُّ٠١٢.،؟!\n:«»\"")), max_size=300)


@settings(max_examples=200)
@given(ARABIC)
def test_segmentation_spans_are_exact(text):
    tv = TextView(text)
    for t in tv.tokens:
        assert text[t.start:t.end] == t.text
        for w in t.words:
            assert text[w.start:w.end] == w.text
            assert t.start <= w.start <= w.end <= t.end
    prev = 0
    for s in tv.sentences:
        assert prev <= s.start < s.end <= len(text)
        prev = s.end


@settings(max_examples=150)
@given(ARABIC)
def test_token_lookups_agree_with_token_list(text):
    tv = TextView(text)
    toks = tv.tokens
    for si, s in enumerate(tv.sentences):
        assert all(t.sentence == si for t in toks[s.tok_start:s.tok_end])
        assert tv.sentence_tokens(s) == toks[s.tok_start:s.tok_end]
    in_sentence = {i for s in tv.sentences for i in range(s.tok_start, s.tok_end)}
    assert all(t.sentence == -1 for i, t in enumerate(toks) if i not in in_sentence)
    for pos in range(len(text) + 1):
        i = tv.token_index(pos)
        assert 0 <= i <= len(toks)
        assert all(t.end <= pos for t in toks[:i])
        t = tv.token_at(pos)
        assert (t is None) == (i == len(toks) or not toks[i].start <= pos < toks[i].end)
        if t is not None:
            assert t is toks[i]


def test_token_sentence_ranges_on_a_short_text():
    tv = TextView("وصل الوفد. ثم غادر\nالوزير")
    assert [(s.tok_start, s.tok_end) for s in tv.sentences] == [(0, 3), (3, 5), (5, 6)]
    assert [t.sentence for t in tv.tokens] == [0, 0, 0, 1, 1, 2]
    assert tv.token_index(3) == 1 and tv.token_at(3) is None and tv.token_at(4).text == "الوفد"
