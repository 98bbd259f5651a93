"""`rasid eval times`: Duckling-format scoring, exclusive interval ends, negatives, CLI wiring."""
import json

import pytest

from rasid.cli import main
from rasid.commands.eval_times import check, evaluate

# examples written for this test, in the Duckling corpus format
EXAMPLES = [
    {"dimension": "Time", "text": "الخميس الماضي", "expected": {"type": "value", "value": "2013-02-07T00:00:00-02:00", "grain": "day"}},
    {"dimension": "Time", "text": "الشهر القادم", "expected": {"type": "value", "value": "2013-03-01T00:00:00-02:00", "grain": "month"}},
    {"dimension": "Time", "text": "من 3 الى 5 أيار", "expected": {"type": "interval", "from": "2013-05-03T00:00:00-02:00", "to": "2013-05-06T00:00:00-02:00", "grain": "day"}},
    {"dimension": "Time", "text": "الأسبوع المقبل", "expected": {"type": "value", "value": "2013-02-18T00:00:00-02:00", "grain": "week"}},
    {"dimension": "Time", "text": "بطيخ", "expected": None, "negative": True},
    {"dimension": "Duration", "text": "ثلاثة أيام", "expected": {"value": 3, "unit": "day"}},
    {"dimension": "Volume", "text": "لتر", "expected": {"value": 1, "unit": "litre"}},
]


def _write(tmp_path):
    p = tmp_path / "mini.json"
    p.write_text(json.dumps(EXAMPLES, ensure_ascii=False), encoding="utf-8")
    return p


def test_times_eval_scores_examples(tmp_path):
    res = evaluate(_write(tmp_path))
    assert res["per_dimension"]["Time"] == [5, 5]
    assert res["per_dimension"]["Duration"] == [1, 1]
    assert res["not_evaluated"] == {"Volume": 1}


def test_times_eval_interval_end_is_converted_from_exclusive():
    ex = EXAMPLES[2]
    assert check(ex, {"times": [{"value": "2013-05-03/2013-05-05", "granularity": "interval"}]})
    assert not check(ex, {"times": [{"value": "2013-05-03/2013-05-06", "granularity": "interval"}]})


def test_times_eval_negative_example_fails_when_something_is_found():
    assert not check(EXAMPLES[4], {"times": [{"value": "2013-02-12", "granularity": "day"}]})


def test_times_eval_cli(tmp_path, capsys):
    assert main(["eval", "times", str(_write(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "Time" in out and "overall" in out and "100.0%" in out


def test_times_eval_bad_file(tmp_path, capsys):
    p = tmp_path / "bad.json"
    p.write_text("{not json", encoding="utf-8")
    assert main(["eval", "times", str(p)]) == 2
    assert "E150" in capsys.readouterr().err


@pytest.mark.parametrize("expected", ["2013-02-11", {"value": "not a date", "grain": "day"}, {"values": 5}])
def test_times_eval_malformed_expected_is_e150(tmp_path, capsys, expected):
    p = tmp_path / "bad.json"
    p.write_text(json.dumps([{"dimension": "Time", "text": "أمس", "expected": expected}]), encoding="utf-8")
    assert main(["eval", "times", str(p)]) == 2
    err = capsys.readouterr().err
    assert "E150" in err and "example 1" in err


def test_times_eval_duckling_dev(shared_dir):
    p = shared_dir / "eval" / "duckling" / "duckling_ar_dev.json"
    if not p.exists():
        import pytest
        pytest.skip("duckling dev set absent")
    res = evaluate(p)
    ok, n = [sum(res["per_dimension"].get(d, [0, 0])[i] for d in ("Time", "Duration")) for i in (0, 1)]
    assert ok / n >= 0.9
