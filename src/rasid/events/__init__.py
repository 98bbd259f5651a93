"""PLOVER event coding (issue 7): trigger lexicon, arguments, modality, attribution, dedup, CAMEO/ACLED."""
from .coder import EventCoder
from .lexicon import PLOVER_TYPES, acled_types, cameo_code, trigger_matcher

__all__ = ["EventCoder", "PLOVER_TYPES", "acled_types", "cameo_code", "trigger_matcher"]
