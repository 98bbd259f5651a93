"""rasid.Corpus (Python API) and the corpus CLI commands: ingest, search, actors, events, show, export."""
import io
import json
import sys

import pytest

import rasid
from rasid.cli import main
from test_store_sqlite import doc1, doc2, prep

A = "عقد مجلس إدارة الميناء اجتماعا في بورتسودان لمناقشة توسيع الأرصفة، وقال رئيس المجلس إن العمل يبدأ في الربيع."
B = "أطلقت جمعية خيرية في نواكشوط حملة لتوزيع المياه على الأحياء الفقيرة، واستفادت منها ثلاثمئة أسرة حتى الآن."


def test_corpus_api_add_search_get_and_frames(db_url):
    with rasid.Corpus(db_url, components=["text"]) as c:
        i = c.add(A, title="توسيع ميناء", published="2023-04-05", source="صحيفة البحر")
        assert c.add(A + "\n") == i  # exact duplicate: same id, stored once
        c.add(B, published="2023-06-01")
        assert len(c) == 2
        df = c.search("بالميناء")
        assert list(df["id"]) == [i] and df.loc[0, "title"] == "توسيع ميناء"
        assert c.count(date_from="2023-05-01") == 1
        doc = c.get(i)
        assert doc.text == A and doc.sentences  # the text layer ran
        assert [d.text for d in c] == [A, B]
        assert set(c.documents()["published"]) == {"2023-04-05", "2023-06-01"}
        assert c.events().empty and c.actors().empty
        assert "Corpus(" in repr(c)


def test_corpus_api_frames_from_annotated_documents(db_url):
    c = rasid.Corpus(db_url)
    c.store.add(prep(doc1()))
    c.store.add(prep(doc2()))
    ev = c.events(event_type="ASSAULT")
    assert list(ev["place_name"]) == ["Sfax"]
    assert c.actors("الساحلي").iloc[0]["n_docs"] == 2
    assert len(c.table("quotes", "source_kind = 'named'")) == 1
    c.close()


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_corpus_commands(tmp_path, db_url, capsys, monkeypatch):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(A, encoding="utf-8")
    (d / "b.txt").write_bytes(B.encode("cp1256"))
    (d / "dup.txt").write_text(A.replace("الميناء", "المِيناء"), encoding="utf-8")
    (d / "bad.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    db = db_url
    code, out, err = run(["ingest", str(d), "--db", db, "--components", "text", "--json"], capsys)
    assert code == 0, err
    s = json.loads(out)
    assert (s["ingested"], s["duplicates"], s["skipped"], s["skipped_by_code"]) == (2, 1, 1, {"E004": 1})

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("تقرير قصير عن افتتاح مكتبة عامة في مدينة صور.".encode())))
    code, out, err = run(["ingest", "-", "--db", db, "--components", "text"], capsys)
    assert code == 0 and "ingested 1 " in out

    code, out, err = run(["search", "نواكشوط", "--db", db], capsys)
    assert code == 0 and out.startswith("1 documents") and "[نواكشوط]" in out
    code, out, err = run(["search", "--db", db, "--json", "--input-kind", "stdin"], capsys)
    assert [json.loads(l)["doc_key"] for l in out.splitlines()] == ["stdin"]

    code, out, err = run(["show", "a", "--db", db], capsys)
    assert code == 0 and json.loads(out)["text"] == A
    code, out, err = run(["show", "zzz", "--db", db], capsys)
    assert code == 2 and "E232" in err

    for cmd in (["actors"], ["events"]):
        code, out, err = run(cmd + ["--db", db], capsys)
        assert code == 0 and out == ""  # the text-only pipeline finds no actors or events

    out_file = tmp_path / "d.csv"
    code, out, err = run(["export", "--db", db, "-f", "csv", "-o", str(out_file)], capsys)
    assert code == 0 and "wrote 3 rows" in err
    assert out_file.read_text(encoding="utf-8-sig").splitlines()[0].startswith("id,doc_key,title")
    code, out, err = run(["export", "--db", db, "-f", "csv", "--where", "bogus ="], capsys)
    assert code == 2 and "E234" in err


def test_cli_ingest_reports_nothing_to_do(tmp_path, capsys):
    code, out, err = run(["ingest", str(tmp_path / "none" / "*.txt"), "--db", str(tmp_path / "c.db")], capsys)
    assert code == 0 and "skipped 1" in out and "E001" in out
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, err = run(["ingest", str(empty), "--db", str(tmp_path / "c.db")], capsys)
    assert code == 2 and "E238" in err


def test_cli_search_on_missing_db(tmp_path, capsys):
    code, out, err = run(["search", "كلمة", "--db", str(tmp_path / "nope.db")], capsys)
    assert code == 2 and "E231" in err
