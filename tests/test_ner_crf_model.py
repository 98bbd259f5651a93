"""CRF training, saving, loading and tagging on the test's own sentences."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasid.document import Document
from rasid.errors import RasidError
from rasid.ner import load_model, read_conll
from rasid.ner.crf import train_crf
from rasid.ner.features import sentence_features
from rasid.ner.models import doc_pieces
from pathlib import Path

FIXTURE = Path(__file__).parent / "fixtures" / "ner_tiny.conll"


@pytest.fixture(scope="module")
def crf_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("crf") / "tiny.crf"
    train_crf(read_conll(FIXTURE), output=path, params={"max_iterations": 60})
    return path


def test_features_are_normalised_and_see_clitics():
    raw = sentence_features(["وأعلنت", "الأمم", "المتحدة"])
    folded = sentence_features(["واعلنت", "الامم", "المتحده"])
    assert raw == folded  # hamza and ta marbuta folded
    f = sentence_features(["بالقاهرة"])[0]
    assert "prep=ب" in f and "det" in f and "stem=قاهره" in f


def test_trained_crf_tags_its_training_sentences(crf_path):
    model = load_model(crf_path)
    assert model.origin == "model:crf"
    assert {"PERS", "ORG", "LOC"} <= {lab[2:] for lab in model._tagger.labels() if lab != "O"}
    sents = read_conll(FIXTURE)
    pred = model.tag_tokens([s.tokens for s in sents])
    right = sum(p == g for s, ps in zip(sents, pred) for p, g in zip(ps, s.tags))
    assert right / sum(len(s.tokens) for s in sents) > 0.9


def test_load_model_is_cached(crf_path):
    assert load_model(crf_path) is load_model(str(crf_path))


def test_predict_on_raw_text_gives_valid_spans_without_clitics(crf_path):
    model = load_model(crf_path)
    text = "وقال الوزير خالد العتيبي إن حكومة الوحدة ستجتمع بالقاهرة، وزار الرئيس سامي النعيمي مدينة طرابلس."
    doc = Document(text)
    ents = model.predict(doc)
    assert ents, "the model should find something in a sentence close to its training data"
    for e in ents:
        assert doc.text[e.start:e.end] == e.text
        assert e.origin == "model:crf"
        assert e.label in {"PER", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"}
        assert not e.text.startswith(("و", "ب")) or e.text in ("وزير",)
        assert 0.0 <= e.score <= 1.0
    found = {(e.text, e.label) for e in ents}
    assert ("القاهرة", "LOC") in found  # ب split off, span excludes it
    assert ("خالد العتيبي", "PER") in found
    assert doc.entities == []  # predict does not add to the document


def test_doc_pieces_split_conjunction_and_pronoun():
    doc = Document("وقالت حكومته")
    pieces = [p.text for s in doc_pieces(doc, True) for p in s]
    assert pieces[:2] == ["و", "قالت"]
    assert "ه" in pieces[-1:] and "حكومت" in pieces
    whole = doc_pieces(doc, False)[0]
    assert [p.text for p in whole] == ["وقالت", "حكومته"]
    assert doc.text[whole[0].lead:whole[0].end] == "قالت"


def test_load_model_errors(tmp_path):
    with pytest.raises(RasidError) as e:
        load_model(tmp_path / "missing.crf")
    assert e.value.code == "E040"
    (tmp_path / "junk.crf").write_bytes(b"not a model")
    with pytest.raises(RasidError) as e:
        load_model(tmp_path / "junk.crf")
    assert e.value.code == "E042"
    (tmp_path / "emptydir").mkdir()
    with pytest.raises(RasidError) as e:
        load_model(tmp_path / "emptydir")
    assert e.value.code == "E042"


def test_training_without_entities_is_refused():
    from rasid.ner.conll import ConllSentence

    with pytest.raises(RasidError) as e:
        train_crf([ConllSentence(["قال", "الوزير"], ["O", "O"])])
    assert e.value.code == "E123"


ARABIC_ISH = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىة ًٌٍَُِّْـ،.؟!«»\"'\n 0123456789٣")),
                     max_size=300)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=ARABIC_ISH)
def test_predict_never_crashes_and_offsets_hold(crf_path, text):
    model = load_model(crf_path)
    doc = Document(text)
    for e in model.predict(doc):
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start:e.end] == e.text


def test_entity_lead_follows_the_matcher_convention():
    doc = Document("وللقاهرة وبالقاهرة")
    for split in (True, False):
        leads = [doc.text[p.lead:p.end] for p in doc_pieces(doc, split)[0] if len(p.text) > 1]
        assert leads == ["للقاهرة", "القاهرة"]  # لل form keeps the preposition, as PhraseMatcher spans do


def test_lexicon_features_come_from_bundled_files_by_name():
    from rasid.lexicon.loader import list_lexicons
    from rasid.ner.features import lexicon_index

    index = lexicon_index()
    names = {p.stem for p in list_lexicons()}
    assert "ner_label_map" not in index.names and "abbreviations" not in index.names
    assert "cue_verbs" in index.names and "gaz_builtin" in index.names
    for wanted in ("titles", "given_names", "org_heads", "nisba"):
        if wanted in names:
            assert wanted in index.names
    # a multi-word lexicon entry is matched over the sentence, single words by membership
    f = sentence_features(["زار", "الولايات", "المتحدة"])
    assert any(x.startswith("M:B-") for x in f[1]) and any(x.startswith("M:I-") for x in f[2])


def test_crf_model_is_usable_from_threads_and_pickles(crf_path):
    import pickle
    from concurrent.futures import ThreadPoolExecutor

    model = load_model(crf_path)
    sents = [s.tokens for s in read_conll(FIXTURE)]
    expected = model.tag_tokens(sents)
    with ThreadPoolExecutor(4) as ex:
        results = list(ex.map(lambda _: model.tag_tokens(sents), range(8)))
    assert all(r == expected for r in results)
    clone = pickle.loads(pickle.dumps(model))
    assert clone.tag_tokens(sents) == expected
