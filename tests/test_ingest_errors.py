"""Per-item failures never stop a batch: unreadable files, bad records and component crashes are skipped."""
from rasid.ingest.readers import Item
from rasid.ingest.runner import ingest
from rasid.pipeline import register
from rasid.store import SQLiteStore

GOOD = "افتتحت البلدية حديقة عامة جديدة في الحي الشرقي، وزرعت فيها خمسمئة شجرة زيتون."
BAD = "هذا نص يحتوي على كلمة تفجير المكون الاختباري ولا يجوز أن يوقف الدفعة."


@register("boom_test", requires=("sentences",), assigns=())
class Boom:
    def __init__(self, config):
        pass

    def __call__(self, doc):
        if "تفجير" in doc.text:
            raise ValueError("component bug")


def test_ingest_component_crash_is_skipped_with_e242(tmp_path):
    store = SQLiteStore(tmp_path / "c.db")
    items = [Item("one", "api", GOOD), Item("two", "api", BAD), Item("three", "api", GOOD + " وأخرى.")]
    s = ingest(store, items=items, components=["text", "boom_test"], progress=True)
    assert s.ingested == 2 and [(o, c) for o, c, _ in s.skipped] == [("two", "E242")]
    assert "ValueError: component bug" in s.skipped[0][2]
    (row,) = store.rows("sources", "status = 'skipped'")
    assert row["origin"] == "two" and row["reason"].startswith("E242")
    store.close()


def test_ingest_parallel_workers_skip_bad_files(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for i in range(6):
        (d / f"g{i}.txt").write_text(GOOD + f" الرقم {i} في السلسلة.", encoding="utf-8")
    (d / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8" * 3)
    (d / "latin.txt").write_text("plain English text only", encoding="utf-8")
    store = SQLiteStore(tmp_path / "c.db")
    s = ingest(store, [str(d)], components=["text"], jobs=2, batch_size=2)
    assert s.ingested == 6 and sorted(c for _, c, _ in s.skipped) == ["E005", "E007"]
    store.close()
