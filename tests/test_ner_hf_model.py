"""The Hugging Face backend, with a tiny randomly initialised BERT built and saved by the test."""
import pytest

torch = pytest.importorskip("torch", reason="the HF backend test needs torch (dev extra)")
transformers = pytest.importorskip("transformers", reason="the HF backend test needs transformers (dev extra)")

from rasid.document import Document  # noqa: E402
from rasid.ner import load_model  # noqa: E402

WORDS = ["قال", "الوزير", "خالد", "العتيبي", "في", "القاهرة", "ان", "الحكومة", "ستجتمع", "طرابلس", "امس"]
LABELS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]


def _build(path, favour: str | None = None, max_pos: int = 64):
    from transformers import BertConfig, BertForTokenClassification, BertTokenizer

    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "،", ".", "و", "ب", "##ه"] + WORDS + ["##" + w for w in WORDS]
    path.mkdir(parents=True, exist_ok=True)
    (path / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tok = BertTokenizer(vocab_file=str(path / "vocab.txt"), do_lower_case=False, tokenize_chinese_chars=False)
    config = BertConfig(vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=max_pos,
                        id2label=dict(enumerate(LABELS)), label2id={l: i for i, l in enumerate(LABELS)})
    torch.manual_seed(0)
    model = BertForTokenClassification(config)
    if favour:
        with torch.no_grad():  # make one label win everywhere: a deterministic model
            model.classifier.weight.zero_()
            model.classifier.bias.fill_(-5.0)
            model.classifier.bias[LABELS.index(favour)] = 5.0
    model.save_pretrained(str(path))
    tok.save_pretrained(str(path))
    return path


def test_tiny_random_bert_loads_and_predicts_valid_spans(tmp_path):
    model = load_model(_build(tmp_path / "rand"))
    assert model.origin == "model:hf"
    assert set(model.labels) == {"PERS", "LOC", "MISC"}
    text = "قال الوزير خالد العتيبي في القاهرة إن الحكومة ستجتمع في طرابلس أمس. " * 3
    doc = Document(text)
    ents = model.predict(doc)
    for e in ents:
        assert doc.text[e.start:e.end] == e.text
        assert e.label in {"PER", "LOC"}  # MISC has no rasid label and is dropped
        assert e.origin == "model:hf"
        assert 0.0 <= e.score <= 1.0
    tags = model.tag_tokens([WORDS, ["غير", "معروف"]])
    assert [len(t) for t in tags] == [len(WORDS), 2]
    assert all(t in LABELS for seq in tags for t in seq)


def test_hf_labels_map_to_rasid_and_clitics_are_trimmed(tmp_path):
    model = load_model(_build(tmp_path / "per", favour="B-PERS"))
    doc = Document("وخالد بالقاهرة")
    ents = model.predict(doc)
    assert [(e.text, e.label) for e in ents] == [("خالد", "PER"), ("القاهرة", "PER")]
    assert all(e.extra["model_label"] == "PERS" for e in ents)


def test_hf_long_sentence_and_empty_text(tmp_path):
    model = load_model(_build(tmp_path / "loc", favour="B-LOC", max_pos=24))
    long_text = " ".join(WORDS * 30)  # far longer than 24 positions: the rest gets O, no crash
    doc = Document(long_text)
    ents = model.predict(doc)
    assert ents and all(long_text[e.start:e.end] == e.text and e.label == "LOC" for e in ents)
    assert model.predict(Document("")) == []
    assert model.predict(Document("   \n ")) == []


def test_hf_slow_tokenizer_path_aligns_words(tmp_path):
    model = load_model(_build(tmp_path / "slow"))
    ids, first = model._encode_slow(["قال", "الوزير", "خالد"])
    assert ids[0] == model.tokenizer.cls_token_id and ids[-1] == model.tokenizer.sep_token_id
    assert first == [1, 2, 3]
    fast_ids, fast_first = model._encode(["قال", "الوزير", "خالد"])
    assert fast_first == first and fast_ids == ids
