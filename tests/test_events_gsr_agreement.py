"""The single-annotator agreement ceiling printed by bench/events_gsr.py (--agreement)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "events_gsr.py"


@pytest.fixture(scope="module")
def gsr():
    spec = importlib.util.spec_from_file_location("events_gsr_bench", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


HEADER = "id,event_type,label,accept,reject,total,text\n"


def _write(tmp_path, rows):
    p = tmp_path / "assault_dev.csv"
    p.write_text(HEADER + "".join(f"r{i},ASSAULT,{lab},{a},{t - a},{t},جملة\n" for i, (lab, a, t) in enumerate(rows)),
                 encoding="utf-8")
    return p


def test_ceiling_counts_partial_accepts_as_expected_false_alarms(gsr, tmp_path):
    # two unanimous yes rows, one "difficult no" accepted by 1 of 3, one "easy no", one ambiguous (left out)
    p = _write(tmp_path, [("yes", 3, 3), ("yes", 4, 4), ("difficult no", 1, 3), ("easy no", 0, 3), ("ambiguous", 2, 3)])
    prec, rec, f1 = gsr.agreement_ceiling(p, "all")
    assert rec == 1.0
    assert prec == pytest.approx(2 / (2 + 1 / 3))
    assert f1 == pytest.approx(2 * prec / (prec + 1))


def test_ceiling_halves_split_rows_by_index(gsr, tmp_path):
    # even rows (0, 2): yes + a no that nobody accepted -> perfect; odd rows (1, 3): yes + a no accepted by 2 of 4
    p = _write(tmp_path, [("yes", 3, 3), ("yes", 3, 3), ("easy no", 0, 3), ("difficult no", 2, 4)])
    assert gsr.agreement_ceiling(p, "even") == pytest.approx((1.0, 1.0, 1.0))
    prec, rec, _ = gsr.agreement_ceiling(p, "odd")
    assert prec == pytest.approx(1 / 1.5) and rec == 1.0


def test_agreement_flag_prints_without_pipeline(gsr, tmp_path, capsys):
    _write(tmp_path, [("yes", 3, 3), ("easy no", 0, 3)])
    (tmp_path / "protest_dev.csv").write_text(HEADER + "p0,PROTEST,yes,3,0,3,جملة\n", encoding="utf-8")
    assert gsr.main([str(tmp_path), "--agreement"]) == 0
    out = capsys.readouterr().out
    assert "ASSAULT  [odd] agreement ceiling" in out and "PROTEST  [all] agreement ceiling" in out
    assert "F1 1.000" in out
