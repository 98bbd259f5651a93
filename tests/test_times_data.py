"""The time data files: loaded with headers, validated, compiled once; bad options and entries fail clearly."""
import pytest

from rasid.errors import RasidError
from rasid.lexicon import load_tsv
from rasid.pipeline import Pipeline
from rasid.temporal import grammar, time_lexicon
from rasid.temporal.lexicon import _validate, alt

FILES = ["months.tsv", "hijri_months.tsv", "weekdays.tsv", "relative_times.tsv", "time_units.tsv",
         "time_numbers.tsv", "holidays.tsv", "time_context.tsv", "solar_months.tsv"]


@pytest.mark.parametrize("name", FILES)
def test_times_data_file_has_header_and_rows(name):
    lex = load_tsv(name)
    assert lex.header.get("version") and "changelog" in lex.header and lex.rows


def test_times_lexicon_covers_every_month_in_three_systems():
    lx = time_lexicon()
    for m in range(1, 13):
        assert sum(1 for v in lx.months.values() if v == m) >= 3, m
    assert sorted(set(lx.hijri_months.values())) == list(range(1, 13))
    assert sorted(set(lx.weekdays.values())) == list(range(1, 8))


def test_times_grammar_is_built_once():
    assert grammar() is grammar()


def test_times_trie_alternation_prefers_the_longest_form():
    import regex

    rx = regex.compile(alt(["كانون", "كانون الثاني", "كانون الأول"]))
    assert rx.match("كانون الثاني").group(0) == "كانون الثاني"
    assert rx.match("كانون   الاول").group(0) == "كانون   الاول"


def test_times_bad_direction_option():
    with pytest.raises(RasidError) as e:
        Pipeline(("text", "times"), {"times": {"default_direction": "sideways"}})
    assert e.value.code == "E151"


def test_times_bad_lexicon_entry_is_reported():
    with pytest.raises(RasidError) as e:
        _validate({"شهر_غريب": 13}, {}, {}, {}, {})
    assert e.value.code == "E152" and "شهر_غريب" in e.value.message
    with pytest.raises(RasidError) as e:
        _validate({}, {}, {}, {}, {"عيد": ("x", "lunar 1-1", 1)})
    assert e.value.code == "E152"


def test_times_easter_is_computed():
    from times_helpers import values

    assert values("احتفل المسيحيون بعيد الفصح في الكنائس.", published="2019-05-01")["عيد الفصح"] == "2019-04-21"


def test_times_adverbs_and_approximators_come_from_relative_times():
    from times_helpers import times

    rel = time_lexicon().rel
    assert {"صباحا", "ليلا"} <= set(rel["adverb"]) and "بعد الظهر" in rel["clock_ap"] and "زهاء" in rel["approx"]
    got = {t.text: t.value for t in times("اجتمع الوفد أمس مساءً لمدة زهاء ثلاث ساعات، ثم عاد الساعة الثانية بعد الظهر.")}
    assert got == {"أمس مساءً": "2019-08-06TEV", "زهاء ثلاث ساعات": "PT3H", "الساعة الثانية بعد الظهر": "2019-08-07T14:00"}
    assert grammar().part_ap == {"MO": "صباحا", "MI": "ظهرا", "AF": "عصرا", "EV": "مساء", "NI": "ليلا"}


def test_times_unknown_option_is_reported():
    with pytest.raises(RasidError) as e:
        Pipeline(("text", "times"), {"times": {"direction": "future"}})
    assert e.value.code == "E151" and "direction" in e.value.message
