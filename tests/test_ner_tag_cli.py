"""`rasid tag`, `rasid eval ner`, `rasid train ner` and the pipeline-as-tagger projection."""
import json
from pathlib import Path

import pytest

from rasid.cli import main
from rasid.document import Entity
from rasid.lexicon import PhraseMatcher
from rasid.ner.tagging import PipelineTagger
from rasid.pipeline import register

FIXTURE = Path(__file__).parent / "fixtures" / "ner_tiny.conll"


@register("test_ner_fake", requires=("tokens",), assigns=("entities",), description="test-only lexicon NER")
class FakeNer:
    """Marks a few names the test knows, through the real clitic-aware matcher."""

    def __init__(self, config):
        self.matcher = PhraseMatcher([("القاهرة", "GPE"), ("خالد العتيبي", "PER"), ("حكومة الوحدة", "ORG")])

    def __call__(self, doc):
        for m in self.matcher.find(doc):
            doc.add("entities", Entity(m.start, m.end, "", m.payloads[0], origin="lexicon"))


def _fake_tagger():
    return PipelineTagger(["text", "test_ner_fake"])


def test_pipeline_projection_to_tokens():
    sents = [["و", "قال", "خالد", "العتيبي", "ان", "حكومة", "الوحدة", "ستجتمع", "بالقاهرة", "."],
             ["وصل", "الى", "القاهرة"]]
    tags = _fake_tagger().tag_tokens(sents)
    assert tags[0] == ["O", "O", "B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "B-GPE", "O"]
    assert tags[1] == ["O", "O", "B-GPE"]


def test_pipeline_tagger_handles_empty_and_odd_tokens():
    tags = _fake_tagger().tag_tokens([[], ["«", "القاهرة", "»"], ["a b", "12"]])
    assert tags == [[], ["O", "B-GPE", "O"], ["O", "O"]]


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_train_eval_tag_with_crf(tmp_path, capsys):
    model = tmp_path / "m.crf"
    code, out, err = run(["train", "ner", str(FIXTURE), "--dev", str(FIXTURE), "-o", str(model), "--max-iterations", "60"], capsys)
    assert code == 0, err
    assert model.exists() and "dev micro F1" in out
    code, out, err = run(["eval", "ner", str(FIXTURE), "--model", str(model), "--json"], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert data["scheme"] == "anercorp" and data["micro_core"]["f1"] > 0.8
    code, out, err = run(["eval", "ner", str(FIXTURE), "--model", str(model), "--limit", "2"], capsys)
    assert code == 0 and "2 sentences" in out and "micro PER/ORG/LOC" in out
    code, out, err = run(["tag", "--conll", str(FIXTURE), "--model", str(model), "--scheme", "rasid"], capsys)
    assert code == 0, err
    lines = out.split("\n")
    gold = FIXTURE.read_text(encoding="utf-8").split("\n")
    assert len(lines) == len(gold)  # 1:1, blank lines between sentences kept
    assert all((g == "") == (t == "") for g, t in zip(gold, lines))
    assert "B-PER" in lines and "B-PERS" not in lines


def test_cli_tag_default_pipeline_aligned(tmp_path, capsys):
    f = tmp_path / "in.conll"
    f.write_text("زار\tX\tY\nالوزير\nعمان\n\nعاد\n", encoding="utf-8")
    code, out, err = run(["tag", "--conll", str(f), "--with-tokens"], capsys)
    assert code == 0, err
    rows = out.split("\n")
    assert [r.split("\t")[0] for r in rows if r] == ["زار", "الوزير", "عمان", "عاد"]


def test_cli_eval_default_pipeline_runs(capsys):
    code, out, err = run(["eval", "ner", str(FIXTURE), "--json", "--components", "text,test_ner_fake"], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert data["labels"]["LOC"]["tp"] >= 1  # القاهرة (GPE -> LOC in anercorp)


def test_cli_errors(tmp_path, capsys):
    code, out, err = run(["eval", "ner", str(tmp_path / "none.conll")], capsys)
    assert code == 2 and "E001" in err
    code, out, err = run(["tag", "--conll", str(FIXTURE), "--model", str(tmp_path / "none.crf")], capsys)
    assert code == 2 and "E040" in err
    empty = tmp_path / "e.conll"
    empty.write_text("قال\tO\n", encoding="utf-8")
    code, out, err = run(["train", "ner", str(empty), "-o", str(tmp_path / "x.crf")], capsys)
    assert code == 2 and "E123" in err


def test_eval_group_is_shared_with_other_command_modules():
    import argparse

    from rasid.commands import ner

    parser = argparse.ArgumentParser(prog="rasid")
    sub = parser.add_subparsers(dest="command")
    other = sub.add_parser("eval").add_subparsers(dest="eval_what")
    other.add_parser("times")  # another module got there first
    ner.register(sub)
    args = parser.parse_args(["eval", "ner", "gold.conll", "--limit", "3"])
    assert args.func is ner.run_eval and args.limit == 3
    assert parser.parse_args(["eval", "times"]).eval_what == "times"


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_TOKEN = st.text(alphabet=st.sampled_from(list("ابتحخدرسشعفقكلمنهويءأإآةى«»\"'.،؟0123456789")), min_size=1, max_size=8)
_DEFAULT_TAGGER = []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_TOKEN, max_size=15), max_size=5))
def test_default_pipeline_tagger_stays_aligned_on_random_tokens(sentences):
    if not _DEFAULT_TAGGER:
        _DEFAULT_TAGGER.append(PipelineTagger())
    tags = _DEFAULT_TAGGER[0].tag_tokens(sentences)
    assert [len(t) for t in tags] == [len(s) for s in sentences]
    for seq in tags:
        for t in seq:
            assert t == "O" or (t[:2] in ("B-", "I-") and t[2:] in {"PER", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"})
