"""The gazetteer: sources, Arabic-only names, look-ups, nisba table and the disk cache."""
import pickle

import pytest

from rasid.geo import gazetteer, is_arabic_name, nisba_forms
from rasid.geo import cache as geo_cache


@pytest.fixture(scope="module")
def gz():
    return gazetteer()


def test_capitals_and_cities_resolve_with_coordinates(gz):
    cairo = [e for e in gz.lookup("القاهرة") if e.cc == "EG"]
    assert cairo and cairo[0].feature_code == "PPLC"
    assert abs(cairo[0].lat - 30.05) < 0.5 and abs(cairo[0].lon - 31.25) < 0.5
    assert {e.cc for e in gz.lookup("طرابلس")} >= {"LY", "LB"}


def test_spelling_variants_share_one_key(gz):
    assert gz.lookup("مصراته") == gz.lookup("مصراتة") != []
    assert gz.lookup("ابوظبي") == gz.lookup("أبوظبي") != []


def test_country_names_from_babel_and_curated_short_forms(gz):
    for name, iso in [("مصر", "EG"), ("بريطانيا", "GB"), ("أميركا", "US"), ("أمريكا", "US"),
                      ("المملكة المتحدة", "GB"), ("السويد", "SE"), ("الإمارات", "AE")]:
        assert any(e.kind == "country" and e.cc == iso for e in gz.lookup(name)), name
    assert gz.country_name("LY") == "ليبيا"
    assert gz.country_name("xx") is None


def test_regions_file_entries(gz):
    sinai = gz.lookup("شبه جزيرة سيناء")
    assert sinai and sinai[0].cc == "EG" and sinai[0].kind == "region"
    assert gz.lookup("الشرق الأوسط")[0].cc is None


def test_khartoum_curated_capital_added_when_geonames_lacks_the_arabic_name(gz):
    khartoum = gz.lookup("الخرطوم")
    assert khartoum and khartoum[0].cc == "SD" and khartoum[0].feature_code == "PPLC"


def test_persian_urdu_kurdish_spellings_are_rejected():
    assert is_arabic_name("طرابلس")
    assert is_arabic_name("مَصْرَاتَة")
    for name in ("تریپولی", "مصراتہ", "غریان", "پاریس", "گرگان", "تەرابلوس", "طرابلس، لیبیا", "شهرستان کرج"):
        assert not is_arabic_name(name), name


def test_no_persian_spelling_reaches_the_name_table(gz):
    bad = set("پچژگکیۀےڵڕۆێەھ")
    assert not [k for k in gz.names if bad & set(k)]


def test_nisba_forms_and_lookup(gz):
    assert "الليبيين" in nisba_forms("ليبي") and "مصرية" in nisba_forms("مصري")
    assert gz.country_of_nisba("المصري") == "EG"
    assert gz.country_of_nisba("والليبية") == "LY"
    assert gz.country_of_nisba("الأميركيين") == "US"
    assert gz.country_of_nisba("القاهرة") is None


def test_is_place_word_sees_clitics_and_respects_the_stoplist(gz):
    assert gz.is_place_word("بالقاهرة")
    assert gz.is_place_word("لليبيا")
    assert not gz.is_place_word("الجزيرة")  # stoplist: Al Jazeera, not Algiers
    assert not gz.is_place_word("حفتر")


def test_matcher_finds_names_through_clitics(gz):
    found = {m.key for m in gz.matcher.find_text("وصل الوفد بالقاهرة ثم وطرابلس")}
    assert "القاهره" in found and "طرابلس" in found


def test_cache_round_trip_and_atomic_write(tmp_path, monkeypatch):
    monkeypatch.setenv("RASID_CACHE_DIR", str(tmp_path))
    built = geo_cache.load_or_build(15000)
    path = geo_cache.cache_path(15000)
    assert path.exists() and path.parent == tmp_path
    assert not list(tmp_path.glob(".gazetteer-*"))  # no temporary file left behind
    loaded = geo_cache.load_or_build(15000)
    assert len(loaded) == len(built) and loaded.names == built.names
    assert pickle.loads(path.read_bytes()).lookup("أنقرة")[0].cc == "TR"
    # a corrupt cache file is rebuilt, not trusted
    path.write_bytes(b"not a pickle")
    assert len(geo_cache.load_or_build(15000)) == len(built)


def test_cache_key_changes_with_population_cut(tmp_path, monkeypatch):
    monkeypatch.setenv("RASID_CACHE_DIR", str(tmp_path))
    assert geo_cache.cache_key(1000) != geo_cache.cache_key(15000)


def test_bad_options_raise_catalogued_errors():
    from rasid.errors import RasidError
    from rasid.extract.places import PlacesComponent
    from rasid.geo import build

    with pytest.raises(RasidError) as exc:
        PlacesComponent({"min_free_population": "many"})
    assert exc.value.code == "E172"
    with pytest.raises(RasidError) as exc:
        build(-5)
    assert exc.value.code == "E172"


def test_gazetteer_cli_lookup(capsys):
    from rasid.cli import main

    assert main(["gazetteer", "lookup", "بالقاهرة", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"cc": "EG"' in out and "Cairo" in out
    assert main(["gazetteer", "lookup", "x", "--min-population", "-1"]) == 2


def test_genitive_of_abu_in_compound_names(gz):
    assert gz.lookup("أبي ظبي") and gz.lookup("أبي ظبي")[0].cc == "AE"


def test_unwritable_cache_dir_builds_in_memory(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("RASID_CACHE_DIR", str(blocker / "sub"))
    gz = geo_cache.load_or_build(15000)
    assert gz.lookup("أنقرة")[0].cc == "TR"
