"""Full-text search ignores orthographic variants, diacritics and attached clitics."""
import pytest

from rasid.errors import RasidError
from rasid.ingest import dedup
from rasid.pipeline import make_document
from rasid.store import Prepared, open_store
from rasid.store.textsearch import fts_query, search_form

DOCS = {
    "port": "رست في ميناء الإسكندرية أمس ناقلة تحمل شحنة من القمح المستورد، وقال مسؤول إن التفريغ يستغرق يومين.",
    "court": "أصدرت المحكمة العليا حكما بإلغاء القرار، ودعت الهيئة المستقلة إلى إعادة فرز الأصوات في الدائرة الثالثة.",
    "rain": "تسببت الأمطار الغزيرة بانهيار جسر صغير على الطريق الساحلي مساء الخميس، ولم تسجل إصابات.",
    "talks": "استضافت مَسْقَط جولة مُحادَثات غير مباشرة بين الطرفين، وأكد الوسطاء أن المشاورات ستتواصل الشهر المقبل.",
    "visit": "زار الوفد سوريا الأسبوع الماضي، ثم التقى قادة الجيش السوري قرب الحدود الشمالية.",
    "border": "أغلقت السلطات المعبر الحدودي مع ليبيا مؤقتا بعد اشتباك قرب نقطة التفتيش، وفق رواية مسؤولي المعبر.",
}


@pytest.fixture(scope="module")
def store(db_url_module):
    s = open_store(db_url_module)
    for key, text in DOCS.items():
        d = make_document(text, id=key, title=f"خبر {key}")
        s.add(Prepared(d, dedup.content_hash(text), dedup.to_bytes(dedup.minhash(text))))
    yield s
    s.close()


def found(store, q):
    return sorted(r["doc_key"] for r in store.search(q, limit=50))


@pytest.mark.parametrize("query", [
    "الإسكندرية", "الاسكندرية", "الاسكندريه", "اسكندرية", "بالإسكندرية", "والاسكندرية", "للإسكندرية",
    "الإسْكَنْدَرِيَّة", "الإسكـــندرية",
])
def test_search_alef_taa_diacritics_tatweel_and_clitics_do_not_matter(store, query):
    assert found(store, query) == ["port"]


@pytest.mark.parametrize("query,expected", [
    ("المحادثات", ["talks"]),  # the document spells it with diacritics and no article
    ("بمسقط", ["talks"]),
    ("العليا", ["court"]),  # ى/ي
    ("العليى", []),  # but a different word is not found
    ("مستشفى", []),
    ("الأمطار", ["rain"]),
    ("امطار", ["rain"]),
    ("وبالمعبر", ["border"]),
    ("ليبيا", ["border"]),
    ("الطرفين OR القمح", ["port", "talks"]),
    ("المعبر NOT ليبيا", []),
    ('"المحكمة العليا"', ["court"]),
    ('"العليا المحكمة"', []),
    ("محادث*", ["talks"]),
])
def test_search_queries(store, query, expected):
    assert found(store, query) == expected


def test_search_snippet_marks_the_original_spelling(store):
    (r,) = store.search("اسكندريه")
    assert "[الإسكندرية]" in r["snippet"]
    (r,) = store.search("المحادثات")
    assert "[مُحادَثات]" in r["snippet"]


def test_search_snippet_prefers_the_whole_word(store):
    (r,) = store.search("السوري")
    assert r["doc_key"] == "visit" and "[السوري]" in r["snippet"] and "[سوريا" not in r["snippet"]


def test_search_form_strips_clitics_but_protects_listed_words():
    assert search_form("وبالقاهرة") == search_form("القاهرة") == "قاهره"
    assert search_form("ووزير") == "وزير" and search_form("بريطانيا") == "بريطانيا"
    assert search_form("فلسطين") == "فلسطين"


@pytest.mark.parametrize("query", ["", "   ", "OR", "!!", '"'])
def test_search_empty_queries_raise_a_catalogue_error(query):
    with pytest.raises(RasidError) as exc:
        fts_query(query)
    assert exc.value.code == "E233"


def test_search_odd_queries_never_crash(store):
    for q in ['"غير مغلق', "(القمح", "AND القمح", "ميناء)", "* القمح", "NOT"]:
        try:
            store.search(q)
        except RasidError as exc:
            assert exc.code == "E233"
