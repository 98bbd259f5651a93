"""Quotes and sources: who said what, on whose word (issue 6).  See docs/quotes.md."""
from .extractor import QuoteExtractor
from .lexicons import lexicons
from .marks import Quotation, find_quotations, frame_lines

__all__ = ["QuoteExtractor", "lexicons", "Quotation", "find_quotations", "frame_lines"]
