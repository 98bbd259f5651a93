"""The rasid command: JSON output, text report, bad input handled with one-line errors and exit 2."""
import json
import subprocess
import sys

import pytest

from conftest import EXAMPLES, ROOT
from rasid.cli import main

SAMPLE = "قال وزير الخارجية إن الوفد وصل إلى القاهرة يوم الثلاثاء.\nوأضاف أن المحادثات ستستمر."


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_analyze_json(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(SAMPLE, encoding="utf-8")
    code, out, err = run(["analyze", str(f), "--published", "2019-08-07", "--format", "json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["schema"] == "rasid.document/1"
    assert data["text"] == SAMPLE
    assert data["meta"]["published"] == "2019-08-07"
    from rasid.schema import validate

    validate(data)


def test_cli_analyze_text_report(capsys):
    code, out, err = run(["analyze", str(EXAMPLES / "cairo_talks.txt"), "--published", "2019-08-21", "--format", "text"], capsys)
    assert code == 0
    for section in ("ACTORS", "PLACES", "DATES", "FIGURES", "QUOTES", "EVENTS"):
        assert section in out


def test_cli_analyze_stdin(monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SAMPLE.encode("utf-8"))))
    code, out, err = run(["analyze", "-"], capsys)
    assert code == 0 and json.loads(out)["text"] == SAMPLE


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16", "utf-8-sig"])
def test_cli_decodes_legacy_encodings(tmp_path, capsys, encoding):
    f = tmp_path / "a.txt"
    f.write_bytes(SAMPLE.encode(encoding))
    code, out, err = run(["analyze", str(f)], capsys)
    assert code == 0, err
    assert json.loads(out)["text"] == SAMPLE


@pytest.mark.parametrize("content,code_expected", [
    (None, "E001"),
    ("DIR", "E002"),
    (b"", "E003"),
    (b"   \n\n  ", "E003"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 20, "E004"),
    (b"This is an English sentence with no Arabic at all.", "E007"),
], ids=["missing", "directory", "empty", "blank", "binary", "english"])
def test_cli_bad_input_one_line_error(tmp_path, capsys, content, code_expected):
    f = tmp_path / "in.txt"
    if content == "DIR":
        f.mkdir()
    elif content is not None:
        f.write_bytes(content)
    code, out, err = run(["analyze", str(f)], capsys)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("rasid: error ")
    assert code_expected in err
    assert "Traceback" not in err


def test_cli_undecodable_bytes(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_bytes(SAMPLE.encode("cp1256"))
    code, out, err = run(["analyze", str(f), "--encoding", "utf-8"], capsys)
    assert code == 2 and "E005" in err and err.count("\n") == 1


def test_cli_size_limit(tmp_path, capsys):
    f = tmp_path / "big.txt"
    f.write_text(SAMPLE * 100, encoding="utf-8")
    code, out, err = run(["analyze", str(f), "--max-bytes", "1000"], capsys)
    assert code == 2 and "E006" in err


def test_cli_bad_date(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(SAMPLE, encoding="utf-8")
    code, out, err = run(["analyze", str(f), "--published", "yesterday"], capsys)
    assert code == 2 and "E008" in err


def test_cli_html_input(tmp_path, capsys):
    f = tmp_path / "a.html"
    f.write_text(f"<html><head><script>var x=1;</script></head><body><p>{SAMPLE}</p></body></html>", encoding="utf-8")
    code, out, err = run(["analyze", str(f)], capsys)
    assert code == 0
    data = json.loads(out)
    assert "<" not in data["text"] and "القاهرة" in data["text"]


def test_cli_every_command_has_help():
    from rasid.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, p in sub.choices.items():
        assert p.description or p.format_help(), name
        assert name in (ROOT / "README.md").read_text(encoding="utf-8") or name in "".join(
            p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md")), f"command {name} is not documented"


def test_cli_console_script_runs_as_module():
    r = subprocess.run([sys.executable, "-m", "rasid", "analyze", str(EXAMPLES / "aden_clashes.txt"), "--format", "json",
                        "--published", "2019-08-05"], capture_output=True, text=True, cwd=ROOT,
                       env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["schema"] == "rasid.document/1"


def test_cli_text_report_visual_display(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("عنوان الخبر\n\n" + SAMPLE, encoding="utf-8")
    code, out, err = run(["analyze", str(f), "--format", "text", "--display", "visual", "--title", "عنوان الخبر"], capsys)
    assert code == 0
    title_line = next(l for l in out.splitlines() if l.startswith("title:"))
    # shaped presentation forms, reversed for left-to-right display
    assert any("\ufe70" <= c <= "\ufeff" for c in title_line)
    assert "عنوان الخبر" not in title_line


def test_subcommand_group_is_shared_between_modules():
    import argparse

    from rasid.cli import subcommand_group

    parser = argparse.ArgumentParser(prog="x")
    sub = parser.add_subparsers(dest="command")
    first = subcommand_group(sub, "eval", "evaluate", "Evaluate.")
    first.add_parser("times")
    second = subcommand_group(sub, "eval", "ignored", "Ignored.")
    assert second is first
    second.add_parser("ner")
    assert sorted(second.choices) == ["ner", "times"]
    assert parser.parse_args(["eval", "ner"]).eval_what == "ner"


def test_cli_analyze_unwritable_output_and_bad_max_bytes(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(SAMPLE, encoding="utf-8")
    code, out, err = run(["analyze", str(f), "-o", str(tmp_path / "missing" / "out.json")], capsys)
    assert code == 2 and "E014" in err and "Traceback" not in err
    code, out, err = run(["analyze", str(f), "-o", str(tmp_path)], capsys)
    assert code == 2 and "E014" in err
    code, out, err = run(["analyze", str(f), "--max-bytes", "0"], capsys)
    assert code == 2 and "E006" in err and "--max-bytes" in err


def test_cli_text_report_counts_items_not_lines(capsys):
    code, out, err = run(["analyze", str(EXAMPLES / "cairo_talks.txt"), "--published", "2019-08-21", "--format", "json"], capsys)
    data = json.loads(out)
    code, out, err = run(["analyze", str(EXAMPLES / "cairo_talks.txt"), "--published", "2019-08-21", "--format", "text"], capsys)
    assert f"QUOTES ({len(data['quotes'])})" in out
    assert f"EVENTS ({len(data['events'])})" in out
    assert f"ACTORS ({len(data['actors'])})" in out
