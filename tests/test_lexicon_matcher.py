import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.errors import RasidError
from rasid.lexicon import PhraseMatcher, load_tsv
from rasid.lexicon.loader import read_tsv, read_yaml


@pytest.fixture(scope="module")
def matcher():
    return PhraseMatcher([("القاهرة", "EG-cairo"), ("طرابلس", "LY-tripoli"), ("خليفة حفتر", "haftar"),
                          ("حفتر", "haftar"), ("مصر", "EG"), ("الولايات المتحدة", "US")])


def found(m, text):
    return [(text[x.start:x.end], x.payloads[0], x.prefix) for x in m.find_text(text)]


def test_matcher_sees_through_clitics(matcher):
    text = "وصل وفد بالقاهرة ثم وطرابلس ولحفتر وللقاهرة"
    assert found(matcher, text) == [("القاهرة", "EG-cairo", "ب"), ("طرابلس", "LY-tripoli", "و"),
                                    ("حفتر", "haftar", "ول"), ("للقاهرة", "EG-cairo", "و")]


def test_matcher_respects_word_boundaries(matcher):
    assert found(matcher, "وصلت إلى مصراتة والمصريون") == []


def test_matcher_prefers_longest(matcher):
    assert found(matcher, "التقى خليفة حفتر وفد الولايات المتحدة") == [("خليفة حفتر", "haftar", ""), ("الولايات المتحدة", "US", "")]


def test_matcher_folds_orthography():
    m = PhraseMatcher([("فائز السراج", "sarraj")])
    assert len(m.find_text("التقى فايز السراج")) == 1
    assert len(m.find_text("التقى فَائِز السرّاج")) == 1


def test_lexicon_loader_reads_header_and_rows():
    lex = load_tsv("cue_verbs.tsv")
    assert lex.name == "cue_verbs" and lex.version.isdigit()
    assert "form" in lex.columns and any(r["form"] == "قال" for r in lex.rows)


def test_lexicon_loader_reports_bad_line(tmp_path):
    p = tmp_path / "bad.tsv"
    p.write_text("# name: bad\nform\tlemma\nقال\tقال\tزائد\n", encoding="utf-8")
    with pytest.raises(RasidError) as exc:
        read_tsv(p)
    assert exc.value.code == "E031"


def test_lexicon_loader_reports_unreadable_files(tmp_path):
    (tmp_path / "latin1.tsv").write_bytes(b"# name: x\nform\n\xe9t\xe9\n")
    for path in (tmp_path, tmp_path / "latin1.tsv", tmp_path / "missing.yaml"):
        reader = read_yaml if path.suffix == ".yaml" else read_tsv
        with pytest.raises(RasidError) as exc:
            reader(path)
        assert exc.value.code in ("E030", "E031")


def test_every_bundled_lexicon_has_a_header():
    from rasid.lexicon.loader import list_lexicons, read_tsv, read_yaml

    for path in list_lexicons():
        lex = read_tsv(path) if path.suffix == ".tsv" else read_yaml(path)
        assert lex.header.get("name"), path
        assert lex.header.get("version"), path
        assert lex.header.get("description"), path
        assert "changelog" in lex.header, path


def test_longest_first_matches_brute_force():
    import random

    from rasid.lexicon.matcher import Match, longest_first

    rng = random.Random(7)
    for _ in range(200):
        ms = []
        for _ in range(rng.randint(0, 30)):
            s = rng.randint(0, 60)
            e = s + rng.randint(1, 8)
            ms.append(Match(s, e, s, e, "k", "", ()))
        got = longest_first(ms)
        # brute force reference
        ref, taken = [], []
        for m in sorted(ms, key=lambda m: (-(m.nend - m.nstart), m.nstart)):
            if any(m.nstart < e and s < m.nend for s, e in taken):
                continue
            ref.append(m)
            taken.append((m.nstart, m.nend))
        ref.sort(key=lambda m: m.nstart)
        assert got == ref


def test_trie_alternation_matches_whole_words_longest_first():
    import re

    from rasid.lexicon.trie import trie_alternation

    rx = re.compile(trie_alternation(["ابريل", "افريل", "اب", "ما يقرب من"], space=r"\s+"))
    assert [m.group() for m in rx.finditer("ابريل اب افريل ما  يقرب من")] == ["ابريل", "اب", "افريل", "ما  يقرب من"]
    assert re.compile(trie_alternation([])).search("اي شيء") is None
    assert re.fullmatch(trie_alternation(["a.b"]), "a.b") and not re.fullmatch(trie_alternation(["a.b"]), "axb")


ARABICISH = "ابتجحدرسعفقكلمنهويةىأإآءؤئ ًَُّـ،.«»\n0123456789٠١٢"
WORDS = ["القاهرة", "بالقاهرة", "للقاهرة", "وللقاهرة", "حفتر", "لحفتر", "خليفة", "مصر", "مصراتة", "الولايات",
         "المتحدة", "القاهرةُ", "ال", "و", "ب", "لل", "خليفة  حفتر"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS) | st.text(alphabet=ARABICISH, max_size=6), max_size=25).map(" ".join))
def test_matcher_spans_are_exact_on_random_text(text):
    m = PhraseMatcher([("القاهرة", 1), ("حفتر", 2), ("خليفة حفتر", 3), ("مصر", 4), ("الولايات المتحدة", 5)])
    from rasid.lexicon.matcher import fold_key

    prev_end = -1
    for x in m.find_text(text):
        surface = text[x.start:x.end]
        assert 0 <= x.start < x.end <= len(text)
        assert x.start >= prev_end  # non-overlapping, in text order
        prev_end = x.end
        folded = fold_key(surface)
        # the span is the entry itself, or its لل spelling starting at the preposition (للقاهرة)
        assert folded == x.key or (folded == "ل" + x.key[1:] and x.key.startswith("ال")), (surface, x.key)
        assert x.start == 0 or not text[x.start - 1].isalpha() or x.prefix, surface
