"""Actor resolution and in-document coreference — issue 3.

Turns the entities into actors (:mod:`rasid.actors.resolver`): stable ids from the actor dictionary
(``actors.yaml`` plus ``actors_file`` from the config / ``--actors``), roles chosen by the article's
``meta.published``, partial-name and role-mention coreference, GPE actors for the states mentioned.
Sets ``actor_id`` on the entities it links.
"""
from __future__ import annotations

from ..document import Document
from ..pipeline import register


@register("actors", requires=("tokens", "entities", "places"), assigns=("actors",),
          description="actor resolution: dictionary actors, roles by date, coreference, state actors")
class ActorsComponent:
    def __init__(self, config: dict):
        from ..actors.lexicons import entity_lexicon
        from ..actors.resolver import Resolver

        self.config = config
        self.resolver = Resolver(entity_lexicon(config.get("actors_file")))

    def __call__(self, doc: Document) -> None:
        for actor in self.resolver(doc):
            doc.add("actors", actor)
