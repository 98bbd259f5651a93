"""The reference article (../shared, skipped when absent) with published 2019-08-07."""
import pytest

from rasid.pipeline import Pipeline, make_document


@pytest.fixture
def seed_times(seed_text):
    seed = seed_text
    doc = Pipeline(("text", "times"))(make_document(seed, published="2019-08-07"))
    return doc


def test_times_seed_must_show(seed_times):
    got = {(t.text, t.value) for t in seed_times.times}
    assert ("بين 24 و26 أغسطس/ آب الحالي", "2019-08-24/2019-08-26") in got
    assert ("يونيو/ حزيران الماضي", "2019-06") in got
    assert ("الشهر الماضي", "2019-07") in got
    assert ("العام الماضي", "2018") in got
    assert ("عيد الأضحى", "2019-08-11") in got
    assert ("اليومين الماضيين", "2019-08-05/2019-08-06") in got
    assert ("الأسبوع الماضي", "2019-W31") in got
    assert seed_times.check_offsets() == []


def test_times_seed_every_value_resolved(seed_times):
    assert seed_times.times and all(t.value for t in seed_times.times)
