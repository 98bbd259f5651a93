"""Ingest readers: text encodings, HTML metadata, JSON/JSONL field names, RSS/Atom, stdin, paths."""
import io
import json

import pytest

from rasid.ingest.readers import (Item, Skipped, expand, fields_from_options, items_from_path, items_from_stdin,
                                  load_item)

ART = "أعلن وزير الطاقة أن محطة الكهرباء الجديدة في مدينة حمص ستدخل الخدمة قبل نهاية الصيف.\nوأضاف أن المشروع يوفر ألف فرصة عمل."


def _items(path, **kw):
    return list(items_from_path(path, **kw))


@pytest.mark.parametrize("encoding", ["utf-8", "cp1256", "utf-16", "utf-8-sig"])
def test_ingest_reads_text_in_each_encoding(tmp_path, encoding):
    f = tmp_path / "a.txt"
    f.write_bytes(ART.encode(encoding))
    (item,) = _items(f)
    assert item.text is None and item.kind == "txt"  # decoded later, in the worker
    load_item(item)
    assert item.text == ART
    assert item.encoding.replace("-", "").lower().startswith(("utf8", "utf16", "windows1256", "utf8sig"))


def test_ingest_html_main_text_and_metadata(tmp_path):
    f = tmp_path / "page.html"
    f.write_text("<html><head><title>محطة كهرباء جديدة في حمص</title><meta name=\"date\" content=\"2021-06-03\">"
                 "<meta property=\"og:site_name\" content=\"صحيفة المدينة\"></head><body><nav>الرئيسية | اتصل بنا</nav>"
                 f"<article><p>{ART.splitlines()[0]}</p><p>{ART.splitlines()[1]}</p></article>"
                 "<script>var a = 1;</script></body></html>", encoding="utf-8")
    (item,) = _items(f)
    load_item(item)
    assert "حمص" in item.text and "<" not in item.text and "var a" not in item.text
    assert item.meta["title"] == "محطة كهرباء جديدة في حمص"
    assert item.meta["published"] == "2021-06-03"
    assert item.meta["source"] == "صحيفة المدينة"


def test_ingest_jsonl_with_custom_field_names(tmp_path):
    f = tmp_path / "a.jsonl"
    recs = [{"matn": ART, "unwan": "خبر أول", "tarikh": "2020-02-03T10:00:00Z", "masdar": "وكالة س"},
            {"matn": "", "unwan": "بلا نص"},
            {"matn": ART + " وتابع الوزير حديثه.", "unwan": "خبر ثان", "tarikh": "not a date"}]
    f.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n\n{broken\n", encoding="utf-8")
    fields = fields_from_options(text="matn", title="unwan", published="tarikh", source="masdar")
    out = _items(f, fields=fields)
    items = [x for x in out if isinstance(x, Item)]
    skipped = [x for x in out if isinstance(x, Skipped)]
    assert [i.meta.get("title") for i in items] == ["خبر أول", "خبر ثان"]
    assert items[0].meta["published"] == "2020-02-03" and items[0].meta["source"] == "وكالة س"
    assert "published" not in items[1].meta  # unparseable dates are dropped, not fatal
    assert items[0].origin.endswith("a.jsonl#1") and items[1].origin.endswith("a.jsonl#3")
    assert sorted(s.code for s in skipped) == ["E236", "E239"]


def test_ingest_json_list_and_default_fields(tmp_path):
    f = tmp_path / "a.json"
    f.write_text(json.dumps([{"body": ART, "headline": "عنوان", "date": "2019-05-06", "link": "https://x.org/1"}],
                            ensure_ascii=False), encoding="utf-8")
    (item,) = _items(f)
    assert item.text == ART and item.meta == {"title": "عنوان", "published": "2019-05-06", "url": "https://x.org/1"}


def test_ingest_rss_and_atom_feeds(tmp_path):
    rss = tmp_path / "f.rss"
    rss.write_text(f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>نشرة المساء</title>
<item><title>خبر الطاقة</title><link>https://x.org/a</link><pubDate>Tue, 06 Aug 2019 09:30:00 +0000</pubDate>
<description>&lt;p&gt;{ART.splitlines()[0]}&lt;/p&gt;</description></item>
<item><title>بلا محتوى</title></item></channel></rss>""", encoding="utf-8")
    out = _items(rss)
    item, skipped = out
    assert item.meta == {"title": "خبر الطاقة", "url": "https://x.org/a", "source": "نشرة المساء", "published": "2019-08-06"}
    assert item.text == ART.splitlines()[0]
    assert skipped.code == "E239"
    atom = tmp_path / "f.atom"
    atom.write_text(f"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>موقع</title>
<entry><title>مدخل</title><link href="https://x.org/b"/><updated>2020-01-02T00:00:00Z</updated>
<content type="html">{ART.splitlines()[1]}</content></entry></feed>""", encoding="utf-8")
    (entry,) = _items(atom)
    assert entry.meta["url"] == "https://x.org/b" and entry.meta["published"] == "2020-01-02"
    assert entry.text == ART.splitlines()[1]


def test_ingest_bad_feed_is_skipped_not_raised(tmp_path):
    f = tmp_path / "bad.xml"
    f.write_text("<rss><channel><item>", encoding="utf-8")
    (s,) = _items(f)
    assert isinstance(s, Skipped) and s.code == "E237"


def test_ingest_stdin_text_and_jsonl():
    (item,) = items_from_stdin(io.BytesIO(ART.encode("cp1256")))
    assert item.text == ART and item.origin == "stdin"
    data = "\n".join(json.dumps({"text": t}, ensure_ascii=False) for t in (ART, ART + " أيضا")).encode()
    items = list(items_from_stdin(io.BytesIO(data)))
    assert [i.origin for i in items] == ["stdin#1", "stdin#2"]


def test_ingest_expand_dirs_globs_and_missing(tmp_path):
    (tmp_path / "d" / "sub").mkdir(parents=True)
    for name in ("d/a.txt", "d/sub/b.html", "d/sub/c.jsonl", "d/notes.docx", "e.txt"):
        (tmp_path / name).write_text(ART, encoding="utf-8")
    found = list(expand([str(tmp_path / "d"), str(tmp_path / "*.txt"), str(tmp_path / "d" / "a.txt"),
                         str(tmp_path / "nope.txt"), str(tmp_path / "d" / "notes.docx")]))
    files = sorted(p.name for p in found if not isinstance(p, Skipped))
    codes = sorted(s.code for s in found if isinstance(s, Skipped))
    assert files == ["a.txt", "b.html", "c.jsonl", "e.txt"]  # a.txt once; .docx ignored in folders
    assert codes == ["E001", "E241"]


def test_ingest_metadata_sidecar_applies_to_files_beside_it(tmp_path):
    from rasid.ingest.runner import collect_items

    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "k1.txt").write_text(ART, encoding="utf-8")
    (tmp_path / "k2.html").write_text(f"<html><body><p>{ART}</p></body></html>", encoding="utf-8")
    (tmp_path / "metadata.jsonl").write_text(
        json.dumps({"id": "k1", "title": "عنوان من الملف المرافق", "published": "2018-07-04", "outlet": "إذاعة"},
                   ensure_ascii=False) + "\n" + json.dumps({"id": "k2", "url": "https://x.org/k2"}) + "\n", encoding="utf-8")
    items = {it.origin.rsplit("/", 1)[-1]: it for it in collect_items([str(tmp_path)])}
    assert set(items) == {"k1.txt", "k2.html"}  # the sidecar is not an article itself
    assert items["k1.txt"].meta == {"title": "عنوان من الملف المرافق", "published": "2018-07-04", "source": "إذاعة"}
    assert items["k2.html"].meta == {"url": "https://x.org/k2"}


def test_ingest_metadata_jsonl_with_text_is_articles(tmp_path):
    from rasid.ingest.runner import collect_items

    (tmp_path / "metadata.jsonl").write_text(json.dumps({"id": "z", "text": ART}, ensure_ascii=False), encoding="utf-8")
    (item,) = collect_items([str(tmp_path)])
    assert item.text == ART and item.meta == {"id": "z"}
