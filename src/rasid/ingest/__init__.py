"""Ingest: readers for txt/html/json/jsonl/RSS/Atom/stdin, content hashing and near-duplicate detection,
and the parallel, resumable ingest driver (:func:`rasid.ingest.runner.ingest`)."""
