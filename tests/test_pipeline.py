import pytest

import rasid
from rasid.document import Document
from rasid.errors import RasidError
from rasid.pipeline import Pipeline, register, registry


def test_pipeline_default_chain_builds_and_runs():
    doc = rasid.analyze("قال الوزير إن الاجتماع انتهى. وغادر الوفد القاهرة.", published="2020-01-02")
    assert isinstance(doc, Document)
    assert len(doc.sentences) == 2
    assert doc.meta.published == "2020-01-02"
    assert set(doc.timings) >= {"text"}


def test_pipeline_names_missing_layer():
    with pytest.raises(RasidError) as exc:
        Pipeline(["text", "quotes"])
    assert exc.value.code == "E021"
    assert "entities" in exc.value.message and "assigned by" in exc.value.message


def test_pipeline_unknown_component():
    with pytest.raises(RasidError) as exc:
        Pipeline(["text", "nonexistent"])
    assert exc.value.code == "E020"


def test_pipeline_custom_component():
    @register("test_counter", requires=("tokens",), assigns=("token_count",))
    class Counter:
        def __init__(self, config):
            self.key = config.get("key", "n_tokens")

        def __call__(self, doc):
            from rasid.text import text_view

            doc.extra[self.key] = len(text_view(doc).tokens)

    nlp = Pipeline(["text", "test_counter"], {"test_counter": {"key": "n"}})
    doc = nlp.analyze("جملة من ثلاث كلمات")
    assert doc.extra["n"] == 4
    assert "test_counter" in registry()


def test_pipeline_pipe_batches_and_processes():
    texts = ["وصل الوفد.", ("غادر الوزير بغداد.", {"published": "2021-05-01"}), "انتهت الجلسة. ثم بدأت أخرى."]
    nlp = rasid.load()
    one = [d.to_dict() for d in nlp.pipe(texts)]
    two = [d.to_dict() for d in nlp.pipe(texts, n_process=2)]
    assert one == two
    assert [len(d["sentences"]) for d in one] == [1, 1, 2]
    assert one[1]["meta"]["published"] == "2021-05-01"


def test_pipeline_rejects_bad_published_date():
    with pytest.raises(RasidError) as exc:
        rasid.analyze("نص", published="07/08/2019")
    assert exc.value.code == "E008"


@pytest.mark.parametrize("config", [["times"], {"times": "future"}, {"times": [("a", 1)]}])
def test_pipeline_rejects_config_that_is_not_a_mapping(config):
    with pytest.raises(RasidError) as exc:
        Pipeline(["text", "times"], config)
    assert exc.value.code == "E023"
