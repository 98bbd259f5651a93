"""Ingest a generated corpus of 2,000 mixed inputs (into SQLite and into PostgreSQL): counts, exact and near
dedup, search, resume."""
import pytest

from rasid.ingest.readers import fields_from_options
from rasid.ingest.runner import ingest
from rasid.ingest.synthetic import MARKER_VARIANTS, write_corpus
from rasid.store import Filters, SQLiteStore, open_store

FIELDS = fields_from_options(text="matn", title="unwan", published="tarikh", source="masdar")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, db_url_module):
    root = tmp_path_factory.mktemp("gen")
    manifest = write_corpus(root / "in", 2000, seed=11)
    store = open_store(db_url_module)
    summary = ingest(store, [str(root / "in")], components=["text"], jobs=2, fields=FIELDS, batch_size=32)
    yield root, manifest, store, summary
    store.close()


def sql(store, query):
    """Rows of a read-only query as tuples, on either backend."""
    if isinstance(store, SQLiteStore):
        return [tuple(r) for r in store.conn.execute(query)]
    return [tuple(r.values()) for r in store.conn.execute(query)]


def test_corpus_counts_match_what_was_planted(corpus):
    root, m, store, summary = corpus
    assert m.items == 2000 and set(m.by_kind) == {"txt", "cp1256", "utf16", "html", "jsonl", "rss"}
    assert summary.ingested == m.unique == store.stats()["documents"]
    assert summary.duplicates == m.exact_duplicates
    assert len(summary.skipped) == m.corrupt
    assert set(summary.skipped_by_code()) == {"E003", "E004", "E007", "E236"}
    assert summary.seen == m.items
    assert store.stats()["sources"] == m.items  # every input item is accounted for
    (n, distinct), = sql(store, "SELECT count(*) AS n, count(DISTINCT content_hash) AS d FROM documents")
    assert n == distinct


def test_corpus_near_duplicates_are_linked_not_dropped(corpus):
    root, m, store, summary = corpus
    # a link points from the later-stored document to the earlier one, whichever is the copy
    links = {frozenset((r["doc_id"], r["similar_to"])) for r in store.rows("near_duplicates")}
    by_origin = {r["origin"]: r["doc_id"] for r in store.rows("sources")}
    planted = {frozenset((by_origin[c], by_origin[o])) for c, o in m.near_pairs}
    assert planted <= links  # every planted near copy is stored and linked to its original
    assert len(links - planted) <= 2  # template-built stories are rarely accidental near-duplicates
    assert summary.near_duplicates >= len(planted)


def test_corpus_metadata_from_each_reader(corpus):
    root, m, store, summary = corpus
    kinds = {r["input_kind"]: r for r in store.rows("documents")}
    assert set(kinds) == {"txt", "html", "jsonl", "rss"}
    for kind in ("html", "jsonl", "rss"):
        assert kinds[kind]["title"] and kinds[kind]["published"] and kinds[kind]["source"], kind
    enc = {r[0] for r in sql(store, "SELECT DISTINCT encoding FROM documents")}
    assert {"utf-8", "windows-1256", "utf-16"} <= enc


def test_corpus_search_finds_every_spelling(corpus):
    root, m, store, summary = corpus
    counts = {v: store.count(v) for v in MARKER_VARIANTS}
    assert set(counts.values()) == {m.marker_docs}
    hits = store.search("اسكندريه", limit=3)
    assert all("[" in h["snippet"] for h in hits)
    assert store.count("اسكندريه", Filters(input_kind="html")) < m.marker_docs


def test_corpus_search_with_date_filter(corpus):
    root, m, store, summary = corpus
    everything = store.count("الحوار")
    early = store.count("الحوار", Filters(date_to="2020-12-31"))
    late = store.count("الحوار", Filters(date_from="2021-01-01"))
    undated = sum(r["published"] is None for r in store.search("الحوار", limit=10**6, snippets=False))
    assert len(store.search("الحوار", limit=10**6, snippets=False)) == everything
    assert 0 < early < everything and early + late + undated == everything


def test_corpus_rerun_is_idempotent(corpus):
    root, m, store, summary = corpus
    again = ingest(store, [str(root / "in")], components=["text"], jobs=1, fields=FIELDS, batch_size=64)
    assert again.ingested == 0 and again.unchanged == m.unique + m.exact_duplicates
    assert store.stats()["documents"] == m.unique
