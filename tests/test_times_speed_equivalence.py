"""The speed shortcuts of the text layer and the times grammar change no output.

Each shortcut is checked against the plain computation it replaces, on random Arabic-ish text:
rule prefilters (a rule skips glued text without a word it needs), the anchor stretches (a rule
scans only the text around the anchors its pattern can hold, e.g. a unit word right after the article
for rel_unit), the stdlib ``re`` forms of some rules (fixed-width look-behinds, the variable ones
checked per match), the tense-cue scan that stops past the reach of the last expression, the numpy
character fold, the token regex and the paragraph regex.
"""
import copy
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rasid.temporal as temporal
from rasid.temporal import tagger
from rasid.temporal.grammar import _lookahead, grammar
from rasid.text.normalize import _TABLE, _fold_chars, _normalize_slow, normalize
from rasid.text.segment import _PARA_RE, _TOKEN_RE

PIECES = ["بين", "عامي", "2011", "و2014", "-", "الربع", "الأول", "من", "النصف", "الثاني", "العام", "الماضي",
          "لمدة", "طيلة", "أسبوع", "أسبوعين", "آخر", "ثلاثة", "أيام", "أول", "يوم", "في", "مارس", "الأحد",
          "الأسبوع", "المقبل", "هذا", "قال", "سيعقد", "يلتقي", "كان", "الوزير", "،", ".", "\n", "«", "»", "2019",
          "إلى", "حتى", "سنة", "1999", "الجمعة", "أمس", "الساعة", "3", "مساء", " ", "؟", "شهر", "يونيو"]
TEXTS = st.lists(st.sampled_from(PIECES) | st.text(alphabet="ابتجدرسعفقلمنهوي0123 .،-", max_size=6),
                 max_size=40).map(" ".join)
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: pieces that exercise the anchor kinds and the look-behinds: units bare / after the article / dual
#: after clitics, two-word month names, «بين» before a weekday, clitics before every kind of anchor
PIECES2 = PIECES + ["الأيام", "اليومين", "بيومين", "وللأسبوع", "بالعام", "عامين", "3", "15", "أيام",
                    "منذ", "قبل", "خلال", "نحو", "كانون", "الثاني", "الأول", "ربيع", "تشرين", "14", "أبريل",
                    "بين", "كلا", "الاثنين", "والثلاثاء", "صباح", "الخامس", "عشر", "والعشرين", "ساعة",
                    "ساعات", "الثالثة", "فجرا", "عيد", "الأضحى", "رمضان", "1440", "هـ", "القادمة", "وبيناير",
                    "بعد", "يوما", "يومين", "عاما", "لمدة", "الماضية", "أواخر", "الشهر", "الحالي", "الجاري",
                    "  ", "\n", "/", "(", ")"]
TEXTS2 = st.lists(st.sampled_from(PIECES2) | st.text(alphabet="ابتجدرسعفقلمنهوي0123 .،-/", max_size=6),
                  max_size=40).map(" ".join)
#: characters on which ``re`` and ``regex`` disagree (\w: a combining mark, a connector other than _,
#: a superscript digit; \s: a file separator): a text holding one takes the ``regex`` patterns only
DISAGREE = ["\u0301", "\x1c", "\u203f", "\u00b2"]
#: … and others: outside the checked ranges (emoji, Roman numeral, Devanagari sign), or "_" (a word
#: character for both)
ODD = DISAGREE + ["_", "\U0001F600", "\u2160", "\u0903"]


def _plain_grammar():
    """The plain computation: every rule, with its ``regex`` pattern, over the whole text."""
    g = grammar()
    plain = copy.copy(g)
    plain._worth = [None] * len(g.rules)
    plain._re_rules = [None] * len(g.rules)
    plain._stretches = lambda text, groups, mask, left, ends_done=False: [(0, len(text))]
    return plain


def _key(tes):
    return [(t.start, t.end, t.rule, t.kind, sorted((k, repr(v)) for k, v in t.f.items())) for t in tes]


@SETTINGS
@given(TEXTS)
def test_times_rule_prefilters_find_what_the_full_scan_finds(text):
    g = grammar()
    plain = copy.copy(g)
    plain._worth = [None] * len(g.rules)  # every rule scans every glued string
    ntext = normalize(text).text
    assert _key(g.find(ntext)) == _key(plain.find(ntext))


@SETTINGS
@given(TEXTS2, st.booleans())
def test_times_find_equals_the_full_regex_scan(text, windows_always):
    ntext = normalize(text).text
    g = grammar()
    if windows_always:  # short texts too go through the anchor stretches
        g = copy.copy(g)
        g.SHORT = 0
    assert _key(g.find(ntext)) == _key(_plain_grammar().find(ntext))


@SETTINGS
@given(TEXTS2, st.lists(st.sampled_from(ODD), min_size=1, max_size=3), st.randoms())
def test_times_odd_characters_take_the_regex_patterns(text, odd, rnd):
    words = text.split(" ")
    for c in odd:
        i = rnd.randrange(len(words))
        words[i] = words[i] + c
    ntext = normalize(" ".join(words)).text
    g = grammar()
    if any(c in ntext for c in DISAGREE):
        assert g._re_unsafe().search(ntext) is not None
    assert _key(g.find(ntext)) == _key(_plain_grammar().find(ntext))


def test_times_re_forms_keep_the_refused_positions():
    g = grammar()
    plain = _plain_grammar()
    cases = [
        "أجلت الجلسة من كانون الثاني إلى 14 أبريل المقبل",  # الثاني after كانون starts no day range
        "عقدت الجولة في ربيع الأول 1440 هـ",
        "تتواصل المشاورات بين الاثنين والخميس المقبلين",  # no weekday reading right after بين
        "استمر الحصار بيومين ثم لمدة عامين و3 أيام",
        "قال الوزير إن الأيام الثلاثة الماضية شهدت هدوءا وللأسبوع المقبل خطة",
    ]
    for text in cases:
        ntext = normalize(text).text
        assert _key(g.find(ntext)) == _key(plain.find(ntext)), text
    rules = {t.rule for t in g.find(normalize(cases[3]).text)}
    assert "duration" in rules, rules
    rules = {t.rule for t in g.find(normalize(cases[4]).text)}
    assert {"span", "rel_unit"} <= rules, rules


def test_times_bare_unit_only_when_it_is_the_whole_text():
    g = grammar()
    assert [t.rule for t in g.find(normalize("  أسبوع ").text)] == ["duration_bare"]
    # a word, then a run of spaces wider than the unit's window: not a text made of one unit
    assert g.find(normalize("خبر      أسبوع").text) == []


def test_times_prefiltered_rules_still_fire():
    g = grammar()
    cases = {
        "year_range": "تراجع الإنتاج بين عامي 2011 و2014 في المصنع",
        "part_of_year": "ارتفعت الأسعار في الربع الأول من 2014",
        "duration_cue": "أغلق الطريق لمدة أسبوع كامل",
        "weekday_of_week": "يصل الوفد الأحد من الأسبوع المقبل",
        "span_last": "هطلت الأمطار خلال آخر ثلاثة أيام",
        "duration_bare": "أسبوع",
    }
    for rule, text in cases.items():
        rules = {t.rule for t in g.find(normalize(text).text)}
        assert rule in rules, (rule, rules)


@SETTINGS
@given(TEXTS, st.sampled_from([None, (0, 10), (5, 30)]))
def test_times_cue_scan_cut_keeps_every_tense(text, cut):
    tg = tagger()
    ntext = normalize(text).text
    sents = None if cut is None else [(min(cut[0], len(ntext)), min(cut[1], len(ntext))),
                                      (min(cut[1], len(ntext)), len(ntext))]
    fast = [(f.nstart, f.nend, f.value, f.granularity, f.tense) for f in tg.tag(ntext, None, sents)]
    saved = temporal._CUE_STOP
    temporal._CUE_STOP = re.compile(r"(?!)")  # never stops: scans whole sentences
    try:
        full = [(f.nstart, f.nend, f.value, f.granularity, f.tense) for f in tg.tag(ntext, None, sents)]
    finally:
        temporal._CUE_STOP = saved
    assert fast == full


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("أإآةىيؤئ٠١٩۴،؛؟«»“”–— \t\u00a0abc") + ["\U0001F600", "\ud800"]),
               min_size=0, max_size=600))
def test_text_fold_lookup_equals_translate(s):
    assert _fold_chars(s) == s.translate(_TABLE)


def test_text_fold_lookup_long_arabic_string():
    s = "قالت الوزارة إنّ «المؤتمر» سيُعقد في ١٥ آذار، ثم أُجّل إلى يوم الأحد؟ " * 20
    assert len(s) > 256
    assert _fold_chars(s) == s.translate(_TABLE)
    assert "ة" not in _fold_chars(s) and "15" in _fold_chars(s)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(" \n\r\t_.,-1٣a\u0301ب،\u00a0\u2028\x1c")), max_size=40))
def test_text_token_and_paragraph_regexes_equal_the_plain_ones(x):
    plain_tokens = re.compile(r"(?P<num>\d+(?:[.,]\d+)*)|(?P<word>[^\W\d_]+)|(?P<punct>\S)")
    assert ([(m.span(), m.lastgroup, m.group()) for m in _TOKEN_RE.finditer(x)]
            == [(m.span(), m.lastgroup, m.group()) for m in plain_tokens.finditer(x)])
    paras = []
    for m in re.finditer(r"[^\n]+", x):
        if m.group().strip():
            paras.append((m.start() + len(m.group()) - len(m.group().lstrip()),
                          m.end() - (len(m.group()) - len(m.group().rstrip()))))
    assert [m.span(1) for m in _PARA_RE.finditer(x)] == paras


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ابةىأ٣ 5.\n،") + ["\u064e", "\u0651", "\u0640", "\u0670",
                                                                 "\u200d", "\u200f", "\ufeff", "\u00ad",
                                                                 "\ufefb", "\ufe8d", "\u0301"]),
               max_size=300))
def test_text_normalize_equals_the_char_by_char_path(x):
    fast, slow = normalize(x), _normalize_slow(x)
    assert fast.text == slow.text
    assert fast.offsets.tolist() == slow.offsets.tolist()
    assert fast.ends.tolist() == slow.ends.tolist()


#: patterns with the constructs the look-ahead derivation walks: optional parts, repetitions with and
#: without bounds, branches, classes, \\d, look-arounds, nested groups
LOOKAHEAD_PATTERNS = [r"a?b", r"(?:ab|c)d?", r"x*y", r"a{2,3}b", r"(?:(?<=b)a|\d\d?)c", r"(?:ab)+|b[ac]",
                      r"(?:a|b(?=c))(?:c|d)*a", r"(?:(?:a?)*b|c)", r"\d+(?:[.,]\d+)?(?!\d)",
                      r"(?:(?<!\w)|(?<=(?<!\w)[ab]))(?:ab|ba)\s+c"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcd12 .,", max_size=40))
def test_times_lookahead_changes_no_match(x):
    for p in LOOKAHEAD_PATTERNS:
        ahead = _lookahead(p)
        assert ahead is not None, p
        assert ([m.span() for m in re.finditer(ahead + p, x)] == [m.span() for m in re.finditer(p, x)]), (p, ahead)


def test_times_lookahead_unknown_first_character():
    assert _lookahead(r"\w+") is None and _lookahead(r"a*") is None and _lookahead(r"[^a]b") is None
    assert _lookahead(r"ab?") == "(?=[a])" and _lookahead(r"(?:ab|c)d") == "(?=[a][b]|[c][d])"


@SETTINGS
@given(TEXTS2)
def test_times_cue_lookahead_changes_no_cue(text):
    rx = tagger()._cue_rx
    head = r"\b(?<![\w])"
    ahead = rx.pattern[len(head):rx.pattern.index(")(?:") + 1]
    assert ahead.startswith("(?=")
    plain = re.compile(head + rx.pattern[len(head) + len(ahead):])
    ntext = normalize(text).text
    assert ([(m.span(), m.lastgroup) for m in rx.finditer(ntext)]
            == [(m.span(), m.lastgroup) for m in plain.finditer(ntext)])
