"""Attribution shapes of general English: adverbs before the verb, described names, "reported X
as saying", an outlet after "told" with the reported clause run on, "while" contrasts, and
adjectives before an "according to" source whose comma was lost. Sentences invented."""

from rashomon.extract.attribution import find_attributions, source_at
from rashomon.extract.attribution_names import resolve_source
from rashomon.extract.sentences import split_sentences
from rashomon.model import Article, Source


def _source(text: str, cue: str) -> Source | None:
    sentences = split_sentences(text)
    facts = find_attributions(Article(id="t", text=text), sentences)
    return source_at(facts, sentences, text.index(cue))


def _resolved(phrase: str) -> str:
    sentences = split_sentences("x")
    source = resolve_source(phrase, "x", 0, [], [], sentences)
    return source.primary if source else ""


def test_adverb_in_ly_between_source_and_verb() -> None:
    source = _source("The Hama Relief Council recently reported 14 teachers killed this year.", "14")
    assert source is not None and source.primary == "Hama Relief Council"
    source = _source("The Tartus Aid League separately announced that nine drivers died.", "nine")
    assert source is not None and source.primary == "Tartus Aid League"


def test_ly_noun_before_the_verb_stays_the_subject() -> None:
    source = _source("The Hama daily reported that six farmers were killed.", "six")
    assert source is not None and "daily" in source.primary.lower()


def test_name_after_lowercase_descriptor() -> None:
    assert _resolved("press freedom watchdog Hama Media Council") == "Hama Media Council"
    assert _resolved("International aid charity Relief Now Network") == "Relief Now Network"


def test_name_after_preposition_is_no_described_name() -> None:
    assert _resolved("source at Tartus Police Command") == "source at Tartus Police Command"
    assert _resolved("officials in Hama Health Directorate") == "officials in Hama Health Directorate"


def test_told_an_outlet_then_the_reported_clause_without_that() -> None:
    text = "A rescue official in Homs Omar Naji told Anadolu Agency six people were killed and nine others hurt."
    for cue in ("six", "nine"):
        source = _source(text, cue)
        assert source is not None and source.via == ["Anadolu Agency"]
        assert "Anadolu" not in source.primary


def test_reported_someone_as_saying_makes_them_primary() -> None:
    source = _source("The BBC also reported farmers and medics as saying that 20 people died.", "20")
    assert source is not None
    assert source.via == ["BBC"] and "farmer" in source.primary.lower()


def test_while_clause_source_contrasts_with_the_figure_before_it() -> None:
    text = (
        "The monitor said raids on rebel districts in the city and the villages around it killed 30"
        " farmers Monday while the Hama Relief Council put the toll in those districts at 35 dead."
    )
    first = _source(text, "30")
    assert first is not None and first.primary == "monitor"
    second = _source(text, "35")
    assert second is not None and second.primary == "Hama Relief Council"


def test_adjectives_before_an_according_to_source_without_comma() -> None:
    text = "According to independent doctors hundreds of civilians were killed in the siege."
    source = _source(text, "hundreds")
    assert source is not None and source.primary != ""
    source = _source("According to several unnamed activists 12 people died in the raid.", "12")
    assert source is not None and "activists" in source.primary


def test_he_repeats_no_plural_common_noun_source() -> None:
    text = (
        "Omar Naji, the head of the Hama Relief Council, said the town fell. On Monday armed groups said the"
        " road was cut. The army lost at least 12 soldiers he said."
    )
    source = _source(text, "12")
    assert source is not None and source.primary == "Hama Relief Council"


def test_press_freedom_watchdog_is_a_known_actor() -> None:
    source = _source("The group Reporters Without Borders recently reported 5 reporters killed.", "5")
    assert source is not None and source.primary == "Reporters Without Borders (RSF)"
