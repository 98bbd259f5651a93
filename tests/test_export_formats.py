"""Export: JSON Lines (re-ingestable documents), CSV, Parquet, ACLED-style and PLOVER-style events."""
import csv
import io
import json

import pytest

from rasid.document import Document
from rasid.errors import RasidError
from rasid.export import ACLED_COLUMNS, export
from rasid.store import SQLiteStore, open_store
from test_store_sqlite import doc1, doc2, prep


@pytest.fixture
def store(db_url):
    s = open_store(db_url)
    s.add(prep(doc1(), "one.txt"))
    s.add(prep(doc2(), "two.txt"))
    yield s
    s.close()


def test_export_jsonl_documents_are_full_rasid_documents(store, tmp_path):
    out = tmp_path / "docs.jsonl"
    assert export(store, "jsonl", out) == 2
    lines = out.read_text(encoding="utf-8").splitlines()
    docs = [Document.from_json(line) for line in lines]
    assert docs[0].to_dict() == doc1().to_dict()
    assert not docs[1].check_offsets()
    # and the file ingests back into a new corpus with the same texts
    from rasid.ingest.runner import ingest

    other = SQLiteStore(tmp_path / "other.db")
    s = ingest(other, [str(out)], components=["text"])
    assert s.ingested == 2 and {r["title"] for r in other.rows("documents")} == {"قصف صفاقس", None}
    other.close()


def test_export_csv_with_where(store):
    buf = io.StringIO()
    n = export(store, "csv", buf, table="events", where="type = 'ASSAULT'")
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert n == len(rows) == 1
    assert rows[0]["evidence_text"] == "القصف أسفر عن مقتل 12 شخصا" and rows[0]["title"] == "قصف صفاقس"


def test_export_parquet_round_trip(store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "q.parquet"
    assert export(store, "parquet", out, table="quotes") == 2
    table = pq.read_table(out).to_pylist()
    assert {r["source_kind"] for r in table} == {"named", "anonymous"}
    with pytest.raises(RasidError):
        export(store, "parquet", None, table="quotes")


def test_export_acled_rows(store):
    buf = io.StringIO()
    assert export(store, "acled", buf) == 1  # the REQUEST event is not an ACLED event
    (a,) = csv.DictReader(io.StringIO(buf.getvalue()))
    assert list(a) == list(ACLED_COLUMNS)
    # no coder record stored: mapped by type with the coder's table (mode artillery is not listed)
    assert (a["event_type"], a["sub_event_type"], a["disorder_type"]) == ("Battles", "Armed clash", "Political violence")
    assert (a["country"], a["iso"], a["location"], a["fatalities"], a["event_date"]) == ("Tunisia", "TN", "Sfax", "12", "2022-03-03")
    assert a["latitude"] == "34.74" and a["time_precision"] == "1" and a["plover_type"] == "ASSAULT"


def test_export_acled_prefers_the_coders_record(tmp_path):
    from rasid.document import Event
    from rasid.pipeline import make_document
    from test_store_sqlite import T2

    d = make_document(T2, published="2022-05-01")
    d.add("events", Event("e9", "PROTEST", date={"text": "الاثنين"},
                          extra={"acled": {"event_type": "Riots", "sub_event_type": "Violent demonstration",
                                           "fatalities": 2, "geo_precision": 3, "time_precision": 2}}))
    s = SQLiteStore(tmp_path / "x.db")
    s.add(prep(d))
    buf = io.StringIO()
    export(s, "acled", buf)
    (a,) = csv.DictReader(io.StringIO(buf.getvalue()))
    assert (a["event_type"], a["disorder_type"], a["fatalities"], a["time_precision"], a["event_date"]) == (
        "Riots", "Demonstrations", "2", "2", "2022-05-01")
    s.close()


def test_export_plover_records(store):
    buf = io.StringIO()
    export(store, "plover", buf, where="type = 'ASSAULT'")
    (rec,) = [json.loads(l) for l in buf.getvalue().splitlines()]
    assert rec["event"] == "ASSAULT" and rec["mode"] == "artillery" and rec["id"] == "sfax:e1"
    assert rec["location"]["geonameid"] == 2467454 and rec["attribution"] == {"kind": "named", "actor_id": "a1"}
    assert rec["evidence"]["text"] == "القصف أسفر عن مقتل 12 شخصا" and rec["story_date"] == "2022-03-04"


def test_export_rejects_unknown_format_and_table(store):
    for kw in ({"fmt": "xml"}, {"fmt": "csv", "table": "secrets"}):
        with pytest.raises(RasidError) as exc:
            export(store, out=io.StringIO(), **kw)
        assert exc.value.code == "E235"
