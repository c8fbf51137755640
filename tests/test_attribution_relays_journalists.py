"""The relay: a primary source named inside the outlet that passes its claim on (a journalist
of the outlet told, a passive "quoted by"). Sentences are invented."""

from rashomon.extract.attribution import find_attributions
from rashomon.extract.sentences import split_sentences
from rashomon.model import Article, AttributionFact


def _first(text: str) -> AttributionFact:
    return find_attributions(Article(id="t", text=text), split_sentences(text))[0]


def test_telling_an_outlets_journalist_with_an_article_passes_the_claim_on() -> None:
    for told in ("told a Reuters photographer", "told an AFP journalist", "told the Reuters cameraman"):
        fact = _first(f"Two farmers died in the shelling, a police source {told}.")
        assert fact.source.primary == "police sources"
        assert len(fact.source.via) == 1 and fact.source.via[0].split()[0] in ("Reuters", "Agence")


def test_where_the_teller_spoke_from_is_not_part_of_the_outlet() -> None:
    for told in ("told Reuters from Hama", "told AFP by telephone", "told Reuters from Deir Hafer"):
        fact = _first(f"Two farmers died in the shelling, a police source {told}.")
        assert fact.source.primary == "police sources"
        assert len(fact.source.via) == 1


def test_an_unnamed_journalist_still_passes_nothing_on() -> None:
    for told in ("told a photographer", "told a journalist from Hama", "told reporters by phone"):
        fact = _first(f"Two farmers died in the shelling, a police source {told}.")
        assert fact.source.via == []


def test_quoted_by_an_outlet_as_saying_gives_the_outlet_as_via() -> None:
    for text in (
        "The head of the Hama Monitoring Group was quoted by AFP as saying that nine people died.",
        "Nine people died in the raid, the head of the Hama Monitoring Group was quoted by AFP as saying.",
    ):
        fact = _first(text)
        assert "Hama Monitoring Group" in fact.source.primary
        assert len(fact.source.via) == 1 and fact.source.via[0].startswith("Agence France-Presse")
