"""The `rasid sources` command: quotes with their sources and the sourcing profile."""
import json

from rasid.cli import main

TEXT = "قال مصدر دبلوماسي مصري رفيع المستوى لوفد المعارضة إن المحادثات ستستأنف.\nوأضاف المصدر أن الوفود وصلت بالفعل."


def test_quotes_cli_sources_text(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    assert main(["sources", str(f), "--published", "2020-01-02"]) == 0
    out = capsys.readouterr().out
    assert "anonymous: مصدر دبلوماسي مصري رفيع المستوى" in out and "nationality=EG" in out
    assert "→ وفد المعارضة" in out
    assert "2 quotes (0 direct, 2 indirect" in out and "anonymous share 100%" in out


def test_quotes_cli_sources_json(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    assert main(["sources", str(f), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sourcing"]["quotes"] == 2
    assert [q["source"]["text"] for q in data["quotes"]] == ["مصدر دبلوماسي مصري رفيع المستوى", "المصدر"]


def test_quotes_cli_sources_reads_stdin_and_checks_max_bytes(tmp_path, capsys, monkeypatch):
    """`rasid sources` reads its input with analyze's read_input: stdin works, and its checks apply."""
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-8")), encoding="utf-8"))
    assert main(["sources", "-", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["sourcing"]["quotes"] == 2
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    assert main(["sources", str(f), "--max-bytes", "0"]) == 2
    assert "E006" in capsys.readouterr().err
