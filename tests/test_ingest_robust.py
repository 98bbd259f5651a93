"""Robustness: random Arabic-ish text and queries never crash ingest, storage or search; offsets hold."""
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasid.errors import RasidError
from rasid.ingest.readers import Item, items_from_stdin
from rasid.ingest.runner import process_item
from rasid.pipeline import Pipeline
from rasid.store import SQLiteStore
from rasid.store.textsearch import fts_query, search_form

ALPHABET = st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويىةأإآؤئء") + list(" \n،.؟!\"«»()*-:0123456789٣")
                           + ["\u064e", "\u0651", "\u0640", "\u200f", "x", "\x00", "\ufffd"])
TEXT = st.text(ALPHABET, min_size=0, max_size=400)
PIPE = Pipeline(["text"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(TEXT, min_size=1, max_size=4), query=TEXT)
def test_ingest_random_text_keeps_offsets_and_search_never_crashes(tmp_path_factory, texts, query):
    store = SQLiteStore(tmp_path_factory.mktemp("h") / "c.db")
    try:
        for i, t in enumerate(texts):
            r = process_item(Item(origin=f"r{i}", kind="api", text=t), PIPE, lambda h: store.find_hash(h) is not None)
            assert r[0] in ("ok", "dup", "skip")
            if r[0] == "ok":
                res = store.add(r[1])
                doc = store.get(res.doc_id)
                assert doc.text == t and not doc.check_offsets()
        try:
            for row in store.search(query):
                assert isinstance(row["snippet"], str)
        except RasidError as exc:
            assert exc.code == "E233"
        assert isinstance(search_form(query), str)
    finally:
        store.close()


@settings(max_examples=80, deadline=None)
@given(data=st.binary(max_size=600))
def test_ingest_random_bytes_on_stdin_are_read_or_skipped(data):
    for it in items_from_stdin(io.BytesIO(data)):
        assert it.origin.startswith("stdin")


@settings(max_examples=150, deadline=None)
@given(query=TEXT)
def test_search_query_translation_is_total(query):
    try:
        q = fts_query(query)
    except RasidError as exc:
        assert exc.code == "E233"
    else:
        assert q and q.count('"') % 2 == 0
