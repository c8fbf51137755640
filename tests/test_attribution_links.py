"""Which source a casualty figure gets: its own sentence's, the report it continues, or the
restatement that names it (attribution_links.py, report_openers.py,
attribution_scope.py), and the source phrases
added with it (coordinated sources, toll frames, appositions without commas)."""

from __future__ import annotations

from rashomon.extract import extract_article
from rashomon.extract.attribution import find_attributions
from rashomon.extract.report_openers import opens_new_report
from rashomon.extract.sentences import split_sentences
from rashomon.model import Article, CasualtyFact


def _sources(text: str) -> list[str]:
    sentences = split_sentences(text)
    return [f.source.primary for f in find_attributions(Article(id="t", text=text), sentences)]


def _figures(text: str) -> dict[int | None, CasualtyFact]:
    return {f.low: f for f in extract_article(Article(id="t", text=text)).casualties}


def _primary(fact: CasualtyFact) -> str:
    return fact.source.primary if fact.source else ""


def test_gave_a_lower_count_names_the_source_not_the_one_before() -> None:
    text = (
        "Harbour town hit by shelling\n\n"
        "The Lakeside Rescue Committee said 40 people were killed in the harbour town.\n"
        "The Northern Monitoring Group gave a lower count of 33."
    )
    assert _sources(text)[-1] == "Northern Monitoring Group"


def test_placed_the_toll_and_coordinated_sources_keep_the_first() -> None:
    assert _sources("A local journalist placed the death toll at 18.") == ["local journalist"]
    assert _sources("Nine people died, a hospital and a rescue group said.") == ["medical sources"]
    assert _sources("Jets bombed the town and the monitor said nine died.") == ["monitor"]


def test_organisation_before_an_unpunctuated_apposition_is_the_source() -> None:
    text = "The Valley Monitoring Centre a volunteer network operating across the province said nine people died."
    assert _sources(text) == ["Valley Monitoring Centre"]


def test_state_television_is_not_the_state_news_agency() -> None:
    assert _sources("A bomb killed four people in the city, Syrian state television reported.") == [
        "Syrian state television"
    ]


def test_new_report_openers() -> None:
    assert opens_new_report("On Saturday 12 people were killed in the village.")
    assert opens_new_report("More than 2 million are displaced inside the country.")
    assert opens_new_report("The raid came a day after 14 people were killed nearby.")
    assert opens_new_report("It has also been reported that 9 men were executed.")
    assert not opens_new_report("Since Saturday at least 12 people have been killed in the town.")
    assert not opens_new_report("Idlib Health Directorate staff treated 14 people for wounds.")
    assert not opens_new_report("Dozens of people were also wounded.")


def test_restatement_in_the_next_sentence_gives_the_source() -> None:
    text = (
        "Shelling hits market\n\n"
        "Earlier that day the port was quiet.\n"
        "Three people were injured in shelling on the old market.\n"
        "A police source said the shells hit the old market injuring three people."
    )
    fact = next(f for f in extract_article(Article(id="t", text=text)).casualties if f.start < text.index("A police"))
    assert "police" in _primary(fact)
    assert fact.source is not None and not fact.source.explicit


def test_a_lead_keeps_no_source_the_next_sentence_names_unless_it_restates_it() -> None:
    lead = (
        "Blast in border town\n\n"
        "At least 14 fighters were killed in a car bomb blast near the border crossing.\n"
        "The Northern Monitoring Group said the car bomb went off at a checkpoint."
    )
    assert _primary(_figures(lead)[14]) == ""  # a source is carried back, never forward
    restated = lead.replace("said the car bomb went off at a checkpoint", "said 14 fighters died in the blast")
    assert "Northern Monitoring Group" in _primary(_figures(restated)[14])


def test_a_restatement_after_sentences_of_description_still_gives_the_source() -> None:
    text = (
        "Blast in river town\n\n"
        "A truck bomb killed at least 31 people in the river town on Friday.\n"
        "It was the worst attack on the town in years.\n"
        "Smoke rose over the market for hours.\n"
        "The Eastern Relief Network gave a toll of 31 dead."
    )
    lead = next(f for f in extract_article(Article(id="t", text=text)).casualties if f.low == 31)
    assert "Eastern Relief Network" in _primary(lead)
    other = text.replace("Smoke rose over the market for hours.", "Two guards were also hurt at the gate.")
    lead = next(f for f in extract_article(Article(id="t", text=other)).casualties if f.low == 31)
    # A figure between ends the look-ahead, but the body's 31 is the lead's figure told again
    # (same number and kind, only the hedge differs): it gives its source (_told_again_below).
    assert "Eastern Relief Network" in _primary(lead)
    loose = other.replace("a toll of 31 dead", "a toll of about 31 dead")
    lead = next(f for f in extract_article(Article(id="t", text=loose)).casualties if f.low == 31)
    assert _primary(lead) == ""  # a figure between, and "about 31" is an estimate of its own


def test_background_after_a_named_source_is_the_outlets_own() -> None:
    text = (
        "Raid on village\n\n"
        "The Northern Monitoring Group said 7 people were killed in the raid.\n"
        "More than 3000 people are displaced in camps near the town."
    )
    figures = extract_article(Article(id="t", text=text)).casualties
    assert [(_primary(f) != "") for f in figures] == [True, False]


def test_a_breakdown_keeps_the_source_over_several_sentences() -> None:
    text = (
        "Shelling on the city\n\n"
        "According to a police source 5 people were killed in the north of the city.\n"
        "Two other people were killed in a similar attack on the market.\n"
        "Rocket attacks on the port left one person dead and four others injured."
    )
    figures = extract_article(Article(id="t", text=text)).casualties
    assert figures and all("police" in _primary(f) for f in figures)


def test_the_group_names_a_known_relief_organisation_without_group_in_its_name() -> None:
    text = "Two medics of the Syria Civil Defence were hurt in the raid, the group said."
    assert _sources(text) == ["White Helmets (Syria Civil Defence)"]


def test_local_media_is_the_outlet_named_next() -> None:
    text = (
        "Nine fighters were killed near the dam according to local media.\n"
        "According to the Kurdish Hawar news agency the clashes lasted until dawn."
    )
    assert _sources(text)[0] == "Kurdish Hawar"


def test_an_organisation_named_before_in_place_is_the_source() -> None:
    text = "The Northern centre for monitoring of the coastal villages in Latakia said 6 people died."
    assert _sources(text)[0].startswith("Northern centre")


def test_an_article_without_any_source_keeps_its_figures_unsourced() -> None:
    text = "Shelling on the city\n\nFive people were killed in the north.\nTwelve people were injured in the south."
    figures = extract_article(Article(id="t", text=text)).casualties
    assert figures and all(f.source is None for f in figures)


def test_a_source_opening_its_own_clause_says_what_follows_not_the_figure_before() -> None:
    text = (
        "The Lakeside Observatory said shelling hit the harbour town on Monday.\n"
        "The raid also wounded 30 people and the monitor said the toll could rise in the coming days."
    )
    assert _primary(_figures(text)[30]) == ""


def test_and_the_source_added_still_continues_the_account() -> None:
    text = (
        "A medic said the gas spread through the basement.\n"
        "Four people died of suffocation and the source added that the gas was chlorine."
    )
    assert _primary(_figures(text)[4]) == "medical sources"


def test_a_figure_after_and_the_monitor_said_is_its_claim() -> None:
    text = "Shelling hit the harbour town and the monitor said 30 people were wounded."
    assert _figures(text)[30].source is not None


def test_an_agency_reporters_figure_is_the_body_that_told_the_reporter() -> None:
    text = (
        "Shells hit the market\n\n"
        "Four people were wounded in the old market on Friday, according to SANA reporter in Hama.\n"
        "A source at Hama Police Command told the reporter that gunmen fired shells at the market, "
        "wounding four people."
    )
    figure = _first_figure(text)
    assert "Police" in _primary(figure)
    assert figure.source is not None and any("SANA" in via for via in figure.source.via)


def test_an_agency_figure_restated_by_a_body_that_did_not_speak_to_it_keeps_the_agency() -> None:
    text = (
        "Shells hit the market\n\n"
        "Four people were wounded in the old market on Friday, according to SANA reporter in Hama.\n"
        "A source at Hama Police Command said gunmen fired shells at the market, wounding four people."
    )
    assert "SANA" in _primary(_first_figure(text))


def _first_figure(text: str) -> CasualtyFact:
    return min(extract_article(Article(id="t", text=text)).casualties, key=lambda fact: fact.start)


def test_a_later_figure_of_the_same_number_but_fighters_is_no_restatement() -> None:
    text = (
        "Raids hit the valley\n\n"
        "The roads to the valley were closed.\n"
        "Four farmers were killed in shelling on the hamlet of Beit Nour.\n"
        "Residents said four soldiers were killed when their convoy was ambushed near the dam."
    )
    facts = extract_article(Article(id="t", text=text)).casualties
    farmers = next(f for f in facts if f.start < text.index("Residents"))
    soldiers = next(f for f in facts if f.start > text.index("Residents"))
    assert farmers.victim_class == "civilian" and soldiers.victim_class in {"combatant", "security"}
    assert _primary(farmers) == ""
    assert "esidents" in _primary(soldiers)


def test_a_later_figure_of_the_same_number_and_victims_still_restates() -> None:
    text = (
        "Raids hit the valley\n\n"
        "The roads to the valley were closed.\n"
        "Four farmers were killed in shelling on the hamlet of Beit Nour.\n"
        "Residents said four farmers were killed when shells hit their fields."
    )
    facts = extract_article(Article(id="t", text=text)).casualties
    farmers = next(f for f in facts if f.start < text.index("Residents"))
    assert "esidents" in _primary(farmers)
