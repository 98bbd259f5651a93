"""Lexicon data files (``rasid/data``) and the compiled matchers built from them."""
from .loader import Lexicon, load_tsv, load_yaml, data_path, list_lexicons
from .matcher import Match, PhraseMatcher, match_view

__all__ = ["Lexicon", "load_tsv", "load_yaml", "data_path", "list_lexicons", "Match", "PhraseMatcher", "match_view"]
