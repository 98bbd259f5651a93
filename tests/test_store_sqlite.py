"""Corpus store, on both backends (SQLite file and PostgreSQL): exact-once inserts, lossless round trip,
registry merging, derived tables, filters; SQLite migrations and file checks (PostgreSQL ones: test_store_postgres)."""
import json
import sqlite3

import pytest

from rasid.document import Actor, Event, Place, Quantity, Quote, Role, Source
from rasid.errors import RasidError
from rasid.ingest import dedup
from rasid.pipeline import make_document
from rasid.store import Filters, Prepared, SQLiteStore, open_store
from rasid.store.sqlite import MIGRATIONS, SCHEMA_VERSION

T1 = "قال وزير الخارجية التونسي نبيل الساحلي في صفاقس إن القصف أسفر عن مقتل 12 شخصا، وطالب بتحقيق دولي."
T2 = "وصل الساحلي إلى الجزائر يوم الاثنين، وأكد مصدر حكومي أن الزيارة تهدف إلى دعم التبادل التجاري."


def span(text, s):
    i = text.index(s)
    return i, i + len(s)


def doc1():
    d = make_document(T1, published="2022-03-04", title="قصف صفاقس", source="إذاعة الساحل", id="sfax")
    s, e = span(T1, "نبيل الساحلي")
    d.add("actors", Actor("a1", "نبيل الساحلي", "PER", country="TN", aliases=["الساحلي"], mentions=[[s, e]],
                          roles=[Role("وزير الخارجية", *span(T1, "وزير الخارجية"))]))
    d.add("actors", Actor("tunisia", "تونس", "GPE", country="TN"))
    d.add("places", Place(*span(T1, "صفاقس"), "", geonameid=2467454, name="Sfax", country_code="TN", lat=34.74, lon=10.76))
    d.add("quantities", Quantity(*span(T1, "12 شخصا"), "", value=12, kind="killed"))
    qs, qe = span(T1, "القصف أسفر عن مقتل 12 شخصا")
    d.add("quotes", Quote(qs, qe, "", "indirect", cue="قال", source=Source("نبيل الساحلي", "named", "a1", s, e)))
    es, ee = span(T1, "القصف أسفر عن مقتل 12 شخصا")
    d.add("events", Event("e1", "ASSAULT", mode="artillery", place=0, date="2022-03-03", figures=[0],
                          evidence={"start": es, "end": ee}, attribution={"kind": "named", "actor_id": "a1"},
                          target_actor=["tunisia"]))
    d.add("events", Event("e2", "REQUEST", source_actor="a1", place={"name": "Sfax", "country_code": "TN", "geonameid": 2467454},
                          date={"text": "الخميس", "granularity": "day"}))
    return d


def doc2():
    d = make_document(T2, published="2022-05-01", source="وكالة الأخبار")
    d.add("actors", Actor("p7", "الساحلي", "PER", mentions=[list(span(T2, "الساحلي"))]))
    d.add("places", Place(*span(T2, "الجزائر"), "", geonameid=2507480, name="Algiers", country_code="DZ"))
    d.add("quotes", Quote(*span(T2, "الزيارة تهدف إلى دعم التبادل التجاري"), "", "indirect", cue="أكد",
                          source=Source("مصدر حكومي", "anonymous", descriptors={"affiliation": "government"})))
    return d


def prep(doc, origin="x"):
    return Prepared(doc=doc, content_hash=dedup.content_hash(doc.text), minhash=dedup.to_bytes(dedup.minhash(doc.text)),
                    origin=origin, input_kind="txt")


@pytest.fixture
def store(db_url):
    s = open_store(db_url)
    yield s
    s.close()


def test_store_round_trip_is_lossless(store):
    d = doc1()
    r = store.add(prep(d))
    assert r.status == "ingested"
    back = store.get("sfax")
    assert back.extra.pop("corpus") == {"doc_id": r.doc_id, "doc_key": "sfax"}
    assert back.to_dict() == d.to_dict()
    assert store.get(r.doc_id).text == T1
    with pytest.raises(RasidError) as exc:
        store.get("missing")
    assert exc.value.code == "E232"


def test_store_adds_each_content_once(store):
    a = store.add(prep(doc1(), "a.txt"))
    b = store.add(prep(make_document(T1.replace("الخارجية", "الخارجيه") + "\n"), "b.txt"))
    assert (b.status, b.doc_id) == ("duplicate", a.doc_id)
    assert store.stats()["documents"] == 1


def test_store_actor_registry_merges_by_alias_and_keeps_stable_ids(store):
    store.add(prep(doc1()))
    store.add(prep(doc2()))
    actors = {a["id"]: a for a in store.actors()}
    # the document-local ids a1 and p7 both resolve to one corpus actor through the alias الساحلي
    per = [a for a in actors.values() if a["type"] == "PER"]
    assert len(per) == 1 and per[0]["n_docs"] == 2 and per[0]["country"] == "TN"
    assert per[0]["first_seen"] == "2022-03-04" and per[0]["last_seen"] == "2022-05-01"
    assert "tunisia" in actors  # a dictionary id is kept as is
    assert store.resolve_actor("نبيل الساحلى") == [per[0]["id"]]  # ى/ي folded
    da = list(store.rows("document_actors"))
    assert {r["local_id"] for r in da} == {"a1", "tunisia", "p7"}


def test_store_derived_event_quote_place_rows(store):
    doc_id = store.add(prep(doc1())).doc_id
    store.add(prep(doc2()))
    ev = {e["event_id"]: e for e in store.events()}
    e1 = ev["e1"]
    assert (e1["type"], e1["place_name"], e1["country_code"], e1["geonameid"]) == ("ASSAULT", "Sfax", "TN", 2467454)
    assert e1["fatalities"] == 12 and e1["date"] == "2022-03-03" and e1["attribution_kind"] == "named"
    assert e1["evidence_text"] == "القصف أسفر عن مقتل 12 شخصا" and e1["doc_id"] == doc_id
    assert e1["target_actor"] == "tunisia"
    assert ev["e2"]["source_actor"].startswith("per:")  # mapped to the registry id
    assert (ev["e2"]["date"], ev["e2"]["date_text"]) == (None, "الخميس")  # unresolved: no value, surface kept
    quotes = list(store.rows("quotes", "source_kind = 'anonymous'"))
    assert len(quotes) == 1 and json.loads(quotes[0]["descriptors"]) == {"affiliation": "government"}
    assert {p["country_code"] for p in store.rows("places")} == {"TN", "DZ"}


def test_store_event_filters_select_events_not_only_documents(store):
    store.add(prep(doc1()))
    store.add(prep(doc2()))
    assert [e["event_id"] for e in store.events(Filters(event_type="ASSAULT"))] == ["e1"]
    assert sorted(e["event_id"] for e in store.events(Filters(place="صفاقس"))) == ["e1", "e2"]
    assert store.events(Filters(country="DZ")) == [] and len(store.events(Filters(country="tn"))) == 2
    assert [e["event_id"] for e in store.events(Filters(place="2467454", outlet="إذاعة الساحل", event_type="request"))] == ["e2"]


def test_store_where_clause_errors_are_reported(store):
    store.add(prep(doc1()))
    with pytest.raises(RasidError) as exc:
        list(store.rows("documents", "no_such_column = 1"))
    assert exc.value.code == "E234"
    with pytest.raises(RasidError):
        list(store.rows("documents", "1; DROP TABLE documents"))
    with pytest.raises(RasidError) as exc:
        list(store.rows("nope"))
    assert exc.value.code == "E235"
    assert store.stats()["documents"] == 1


def test_store_migrates_old_files_and_refuses_newer_ones(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0][1] + "\nPRAGMA user_version = 1;")
    conn.close()
    s = SQLiteStore(path)
    assert s.schema_version == SCHEMA_VERSION
    s.add(prep(doc1()))
    assert [r["doc_key"] for r in s.rows("documents")] == ["sfax"]  # the view from migration 2 exists
    s.close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(RasidError) as exc:
        SQLiteStore(path)
    assert exc.value.code == "E230"


def test_store_migrations_3_4_add_event_columns_to_a_filled_v2_file(tmp_path):
    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0][1] + MIGRATIONS[1][1] + "\nPRAGMA user_version = 2;")
    conn.execute("INSERT INTO documents(doc_key, content_hash, text) VALUES ('old', 'h', 'نص قديم')")
    conn.execute("INSERT INTO events(doc_id, event_id, type) VALUES (1, 'e1', 'AGREE')")
    conn.commit()
    conn.close()
    s = SQLiteStore(path, readonly=True)  # a reader brings the file up to date too (when it may write)
    (row,) = s.rows("events")
    assert row["type"] == "AGREE" and row["doc_key"] == "old" and "date_text" in row and "acled" in row
    assert s.schema_version == SCHEMA_VERSION
    s.close()


def test_store_rejects_files_that_are_not_databases(tmp_path):
    f = tmp_path / "notes.db"
    f.write_text("ليس قاعدة بيانات " * 100, encoding="utf-8")
    with pytest.raises(RasidError) as exc:
        SQLiteStore(f)
    assert exc.value.code == "E231"
    with pytest.raises(RasidError):
        SQLiteStore(tmp_path / "absent.db", readonly=True)


def test_store_uses_wal_and_unique_keys(store):
    if isinstance(store, SQLiteStore):
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    a = make_document(T2, id="same")
    b = make_document(T1, id="same")
    store.add(prep(a))
    store.add(prep(b))
    keys = [r["doc_key"] for r in store.rows("documents")]
    assert keys[0] == "same" and keys[1].startswith("same-") and len(set(keys)) == 2


def test_store_filters_combine(store):
    store.add(prep(doc1()))
    store.add(prep(doc2()))
    def keys(**f):
        return sorted(str(r["doc_key"]) for r in store.search(None, Filters(**f)))
    assert keys(country="TN") == ["sfax"]
    assert keys(event_type="assault") == ["sfax"]
    assert keys(place="الجزائر") == keys(place="Algiers") == keys(place="2507480") != keys(place="صفاقس")
    assert keys(source_kind="anonymous") == keys(outlet="وكالة الأخبار") != ["sfax"]
    assert keys(date_from="2022-04-01") == keys(source_kind="anonymous")
    assert keys(date_to="2022-04-01", actor="الساحلي") == ["sfax"]
    assert keys(date_from="2022-01-01", country="tn", outlet="إذاعة الساحل") == ["sfax"]  # parameters stay in order
    assert keys(date_from="2022-04-01", country="TN") == []
    assert len(keys(actor="الساحلي")) == 2
    assert keys(actor="nobody") == []
