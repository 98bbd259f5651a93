"""The error catalogue is documented: every code in rasid.errors.CATALOGUE appears in docs/errors.md."""
import re

from conftest import ROOT
from rasid.errors import CATALOGUE, RasidError


def test_errors_every_code_documented():
    doc = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| (E\d{3}) \|", doc, flags=re.M))
    assert set(CATALOGUE) <= documented, sorted(set(CATALOGUE) - documented)


def test_errors_codes_are_well_formed_and_have_hints():
    for code, (title, hint) in CATALOGUE.items():
        assert re.fullmatch(r"E\d{3}", code)
        assert title and hint


def test_errors_oneline_is_one_line():
    err = RasidError("E004", "file.bin looks\nbinary")
    line = err.oneline()
    assert "\n" not in line and line.startswith("error E004:") and err.hint in line
