"""The ``rasid numbers`` command."""
import json

from rasid.cli import main


def test_quantities_cli_numbers(capsys):
    assert main(["numbers", "وصل", "نحو", "ثلاثة", "آلاف", "ومئتين", "إلى", "المخيم"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    span, text, value, flags = out[0].split("\t")
    assert text == "نحو ثلاثة آلاف ومئتين" and value == "3200" and "approximate" in flags


def test_quantities_cli_quantities_json(capsys):
    assert main(["numbers", "--quantities", "--json", "أعلن مقتل 12 شخصا وإصابة 30 آخرين"]) == 0
    rows = [json.loads(l) for l in capsys.readouterr().out.strip().splitlines()]
    assert [(r["value"], r["kind"]) for r in rows] == [(12, "killed"), (30, "wounded")]
