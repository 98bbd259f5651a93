"""Entities and actors: the lexicon-and-rules recogniser, the actor dictionary and actor resolution.

* :mod:`rasid.actors.lexicons` compiles the data files into one matcher (cached);
* :mod:`rasid.actors.recognizer` finds PER ORG NORP FAC EVENT entities;
* :mod:`rasid.actors.dictionary` loads ``actors.yaml`` and user dictionaries;
* :mod:`rasid.actors.resolver` turns entities into actors with roles, aliases and mentions.

The pipeline components are ``rasid.extract.entities`` and ``rasid.extract.actors``.
"""
from .dictionary import ActorDictionary, DictActor, load_dictionary
from .lexicons import EntityLexicon, entity_lexicon

__all__ = ["ActorDictionary", "DictActor", "load_dictionary", "EntityLexicon", "entity_lexicon"]
