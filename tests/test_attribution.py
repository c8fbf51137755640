"""Attributions: who says it, citing whom, and how a claim without one borrows its source."""

import time

from rashomon.extract.attribution import find_attributions, source_at
from rashomon.extract.sentences import split_sentences
from rashomon.model import Article, AttributionFact, Sentence


def _attributions(text: str) -> tuple[list[AttributionFact], list[Sentence]]:
    sentences = split_sentences(text)
    return find_attributions(Article(id="t", text=text), sentences), sentences


def test_according_to_names_the_primary_source() -> None:
    text = "Nine people died in the blast, according to the Hama Monitoring Group, which has contacts."
    facts, _ = _attributions(text)
    assert [f.text for f in facts] == ["according to the Hama Monitoring Group"]
    assert facts[0].source.primary == "Hama Monitoring Group"
    assert text[facts[0].start : facts[0].end] == facts[0].text


def test_speaker_for_an_organisation_told_an_agency() -> None:
    text = "Four fighters were killed, SOHR director Omar Haddad told the Agence France-Presse news agency."
    facts, _ = _attributions(text)
    source = facts[0].source
    assert source.primary == "Syrian Observatory for Human Rights (SOHR)"
    assert source.speaker == "Omar Haddad"
    assert source.via == ["Agence France-Presse (AFP)"]


def test_telling_an_outlets_reporter_passes_the_claim_on_through_the_outlet() -> None:
    for told in ("told SANA reporter", "told SANA's reporter", "told Reuters correspondents"):
        facts, _ = _attributions(f"Two farmers died in the shelling, a police source {told}.")
        assert facts[0].source.primary == "police sources"
        assert len(facts[0].source.via) == 1 and facts[0].source.via[0].split()[0] in ("SANA", "Reuters")
    for told in ("told reporters", "told the correspondent"):  # journalists in general pass nothing on
        facts, _ = _attributions(f"Two farmers died in the shelling, a police source {told}.")
        assert facts[0].source.via == []


def test_an_outlet_spoken_to_passes_the_claim_on() -> None:
    texts = (
        "In a statement to SANA a source at the Hama Police Command said that three farmers died.",
        "In a statement to SANA reporter, a police source said two farmers died.",
        "Speaking to AFP on Tuesday the Idlib governor said nine people were killed.",
        "A police source said in a statement to SANA that two farmers died.",
        "The health ministry said in an interview with Reuters that nine people were killed.",
        "Two farmers died in the shelling, said a local activist speaking to Reuters.",
    )
    for text in texts:
        facts, _ = _attributions(text)
        assert len(facts) == 1 and facts[0].source.primary != "Reuters"
        assert len(facts[0].source.via) == 1 and facts[0].source.via[0].split()[0] in ("SANA", "Agence", "Reuters")
    for text in (  # journalists in general, or no one named: nothing passed on
        "Speaking to reporters the health ministry said nine people were killed.",
        "In a statement the health ministry said nine people were killed.",
    ):
        facts, _ = _attributions(text)
        assert facts[0].source.primary == "health ministry" and facts[0].source.via == []


def test_inverted_said_with_title_of_organisation() -> None:
    text = '"The shelling went on all night," said Omar Haddad, the head of the Idlib Relief Council.'
    facts, _ = _attributions(text)
    assert facts[0].source.primary == "Idlib Relief Council"
    assert facts[0].source.speaker == "Omar Haddad"


def test_surname_and_pronoun_repeat_the_organisation() -> None:
    text = (
        "The Idlib Relief Council chief Omar Haddad said the shelling went on all night.\n"
        "Haddad said more families had left. He added that the roads were closed."
    )
    facts, _ = _attributions(text)
    assert [f.source.primary for f in facts] == ["Idlib Relief Council"] * 3
    assert all(f.source.speaker == "Omar Haddad" for f in facts)


def test_citing_makes_the_cited_body_primary() -> None:
    text = "Eleven people were hurt, Reuters reported, citing the provincial health directorate."
    facts, _ = _attributions(text)
    assert facts[0].source.primary == "provincial health directorate"
    assert facts[0].source.via == ["Reuters"]


def test_the_monitor_is_the_latest_fitting_organisation() -> None:
    text = (
        "The Syrian Network for Human Rights counted the dead.\n"
        "Later the council met. Thirty homes burned, the monitor said."
    )
    facts, _ = _attributions(text)
    assert facts[-1].source.primary == "Syrian Network for Human Rights (SNHR)"


def test_an_indefinite_group_is_the_one_named_next() -> None:
    text = (
        "A rights group has claimed that the village was shelled.\n"
        "The Deir Monitoring Committee reported that the strikes lasted an hour."
    )
    facts, _ = _attributions(text)
    assert facts[0].source.primary == "Deir Monitoring Committee"


def test_appositive_between_source_and_verb_is_skipped() -> None:
    text = "The Deir Monitoring Committee, a local group that tracks strikes, reported that six died."
    facts, _ = _attributions(text)
    assert facts[0].source.primary == "Deir Monitoring Committee"


def test_passive_reporting_words_are_not_attributions() -> None:
    facts, _ = _attributions("Twelve people were reported killed and residents were told to leave.")
    assert facts == []


def test_source_at_prefers_the_same_sentence_then_carries_within_a_paragraph() -> None:
    text = (
        "The Deir Monitoring Committee reported that six died.\n\n"
        "Four more bodies were recovered on Monday.\n\n"
        "A new road opened.\n\n"
        "Nine shops were looted."
    )
    facts, sentences = _attributions(text)
    own = source_at(facts, sentences, text.index("six"))
    carried = source_at(facts, sentences, text.index("Four"))
    too_far = source_at(facts, sentences, text.index("Nine"))
    assert own is not None and own.explicit and own.primary == "Deir Monitoring Committee"
    assert carried is not None and not carried.explicit and carried.primary == "Deir Monitoring Committee"
    assert too_far is None


def test_wire_text_without_commas() -> None:
    text = (
        "Nine people died in the shelling of the old market in northern Idlib a monitor said on Friday.\n"
        "Eleven more died later the Hama Monitoring Group said.\n"
        "Four were hurt according to the Idlib Health Directorate the local rescuers added."
    )
    facts, _ = _attributions(text)
    assert [f.source.primary for f in facts] == [
        "Hama Monitoring Group",  # "a monitor": the group named next
        "Hama Monitoring Group",
        "Idlib Health Directorate",
        "White Helmets (Syria Civil Defence)",  # "local rescuers": the civil defence family
    ]


def test_title_before_organisation_and_person_without_comma() -> None:
    text = "The director of the Syrian Observatory for Human Rights Omar Haddad told Reuters that six died."
    [fact] = _attributions(text)[0]
    assert fact.source.primary == "Syrian Observatory for Human Rights (SOHR)"
    assert (fact.source.speaker, fact.source.via) == ("Omar Haddad", ["Reuters"])


def test_relative_clause_and_apposition_without_commas() -> None:
    text = (
        "The Deir Monitoring Committee which has contacts across the province said six died.\n"
        "The Idlib Relief Council a network of volunteers reported that four were hurt."
    )
    facts, _ = _attributions(text)
    assert [f.source.primary for f in facts] == ["Deir Monitoring Committee", "Idlib Relief Council"]


def test_inverted_source_at_the_end_of_the_sentence() -> None:
    text = "The bodies of six men were found near Deir Ezzor said the Syrian Observatory for Human Rights."
    [fact] = _attributions(text)[0]
    assert fact.source.primary == "Syrian Observatory for Human Rights (SOHR)"
    assert fact.text == "said the Syrian Observatory for Human Rights"


def test_claimed_responsibility_is_not_a_statement() -> None:
    assert _attributions("The group claimed responsibility for the blast that killed six.")[0] == []


def test_nouns_that_look_like_verbs_and_outlets() -> None:
    facts, _ = _attributions(
        "Its member states met in Geneva. Johnson told MPs in the parliament that six died.\n"
        "The Aamaq news agency said ten fighters died. Haddad told The Levant Post that the road was shut."
    )
    got = [(f.source.primary, f.source.speaker, f.source.via) for f in facts]
    assert got == [("Johnson", "Johnson", []), ("Aamaq", "", []), ("Haddad", "Haddad", ["Levant Post"])]


def test_a_megabyte_of_attributions_stays_linear() -> None:
    text = "The Hama Monitoring Group said six people died. The monitor said he left. " * 12_000
    started = time.perf_counter()
    facts, sentences = _attributions(text)
    sources = [source_at(facts, sentences, f.start) for f in facts[::100]]
    assert len(facts) == 24_000 and all(s is not None for s in sources)
    assert time.perf_counter() - started < 20.0


def test_source_carries_only_into_the_next_sentence_and_never_into_war_tolls() -> None:
    text = (
        "The Deir Monitoring Committee reported that six died. Four more were hurt on Monday. "
        "A new road opened. Nine shops were looted and two guards were killed. "
        "The Deir Monitoring Committee said five died. The war has killed 90,000 people since it began in 2012."
    )
    facts, sentences = _attributions(text)
    assert source_at(facts, sentences, text.index("Four")) is not None
    assert source_at(facts, sentences, text.index("two guards")) is None  # two sentences on
    assert source_at(facts, sentences, text.index("90,000")) is None  # background stated by the outlet


def test_headline_tail_monitor_resolves_to_the_monitor_named_later() -> None:
    text = (
        "Shelling kills 12 in northern town: monitor\n\n"
        "May 3 2021 Shelling hit a northern town on Monday.\n"
        "Residents fled to the hills.\n"
        "The Levant Casualty Observatory said the dead included four children."
    )
    facts, sentences = _attributions(text)
    assert facts[0].text == "monitor"
    assert facts[0].source.primary == "Levant Casualty Observatory"
    assert source_at(facts, sentences, text.index("12")).primary == "Levant Casualty Observatory"


def test_headline_head_with_colon_names_an_organisation_but_not_a_place() -> None:
    facts, _ = _attributions("Interior Ministry: 30 gunmen killed in raid\n\nSyria: 9 dead in blast")
    assert [f.source.primary for f in facts] == ["Interior Ministry"]


def test_sentence_with_full_stop_gets_no_headline_tail() -> None:
    facts, _ = _attributions("The shelling killed 12 people, said a local monitor.")
    assert all(f.text != "monitor" for f in facts)


def test_according_to_a_dated_report_by_names_its_author() -> None:
    facts, _ = _attributions("According to a March report by the Levant Center for Policy Studies, 300 died.")
    assert facts[0].source.primary == "Levant Center for Policy Studies"


def test_according_to_preliminary_reports_is_one_source_and_data_is_none() -> None:
    facts, _ = _attributions("A blast killed four people in the old city according to preliminary reports on Sunday.")
    assert [f.source.primary for f in facts] == ["preliminary reports"]
    assert _attributions("According to initial data, four people died.")[0] == []


def test_inverted_source_before_adding_and_lowercase_heads() -> None:
    facts, _ = _attributions("Shelling killed 40 people said the Observatory adding that 9 were children.")
    assert facts[0].text == "said the Observatory"
    facts, _ = _attributions("The rescue service said the raids killed 19.")
    assert facts[0].source.primary == "rescue service"
    facts, _ = _attributions("Analysts estimate that the fighting has killed 5000 people.")
    assert facts[0].source.primary == "analysts"  # a common noun opening the sentence, not a body


def test_correspondent_quoting_and_passive_quoted_by() -> None:
    facts, _ = _attributions("One person died, the agency correspondent added quoting the national television.")
    assert facts[0].source.primary == "national television"
    facts, _ = _attributions("Ten died, Haddad was quoted as saying by the local radio.")
    assert facts[0].source.primary == "Haddad"
    assert facts[0].source.via == ["local radio"]


def test_a_sentence_opening_on_meanwhile_borrows_no_source() -> None:
    text = "Shelling killed 9 people in the port, the Levant Observatory said. Meanwhile 4 civilians died in the hills."
    facts, sentences = _attributions(text)
    assert source_at(facts, sentences, text.index("9 people")) is not None
    assert source_at(facts, sentences, text.index("4 civilians")) is None


def test_claimed_the_life_is_no_statement_and_the_source_stays_the_source() -> None:
    facts, _ = _attributions("Residents said the mine in the fields of Kafr Aya claimed the life of a shepherd.")
    assert [f.source.primary for f in facts] == ["local sources (residents)"]
    assert _attributions("The raids near Kafr Aya claimed more than 100 civilian lives.")[0] == []
    facts, _ = _attributions("Nine gunmen died in Kafr Aya who is held by rebels the source confirmed.")
    assert facts[0].text == "the source confirmed"


def test_relative_clause_source_and_civil_administration() -> None:
    facts, _ = _attributions("It condemned the raid on Hama which the United States says killed 140 people.")
    assert facts[0].source.primary != "Hama"
    assert "United States" in facts[0].text
    facts, _ = _attributions("The civil administration of Kafr Aya on Thursday announced that 12 people died.")
    assert facts[0].source.primary == "civil administration of Kafr Aya"


def test_toll_verbs_name_the_source_only_before_a_toll() -> None:
    facts, _ = _attributions("The Levant Observatory, which has a network of sources, gave a toll of 36 dead.")
    assert facts[0].source.primary == "Levant Observatory"
    facts, _ = _attributions("The Levant Observatory meanwhile updated to 18 its toll for the raid.")
    assert facts[0].source.primary == "Levant Observatory"
    assert _attributions("The medic put the boy on a stretcher and 3 people died.")[0] == []


def test_descriptors_before_a_name_and_lowercase_source_heads() -> None:
    facts, _ = _attributions("According to Lebanese paramilitary group Hezbollah more than 30 gunmen died.")
    assert facts[0].source.primary.endswith("Hezbollah")
    facts, _ = _attributions("The army of the regime said on Friday that 12 gunmen died.")
    assert facts[0].source.primary == "army of the regime"
    facts, _ = _attributions("Other opposition websites stated that 85 people died.")
    assert facts[0].source.primary == "opposition websites"


def test_an_outlet_closing_the_sentence_passes_on_the_source_it_reports() -> None:
    texts = (
        "The Hama health director said four people died in the raid, the official news agency SANA reported.",
        "According to a new report by the Damascus Policy Institute the war has killed 90000, Press TV reported.",
    )
    for text in texts:
        facts, _ = _attributions(text)
        assert len(facts[0].source.via) == 1 and facts[0].source.via[0].split()[0] in ("SANA", "Press")
    for text in (  # the outlet reports a clause of its own, or another sentence
        "The monitor said four people died, while SANA reported that six died.",
        "The monitor said four people died. Six more were wounded, SANA reported.",
    ):
        facts, _ = _attributions(text)
        assert facts[0].source.primary == "monitor" and facts[0].source.via == []


def test_an_indefinite_source_named_next_as_telling_an_outlet_takes_the_outlet() -> None:
    text = (
        "Nine people died in the raid, according to a local civil defence official. "
        "Civil defence official Karim Haddad told Reuters the raid hit a market."
    )
    facts, _ = _attributions(text)
    assert facts[0].source.primary == facts[1].source.primary
    assert facts[0].source.via == facts[1].source.via == ["Reuters"]
    named = (  # a named body is no one named later: its own report
        "Nine people died in the raid, the Syrian Observatory for Human Rights reported. "
        "Observatory chief Karim Haddad told Reuters the raid hit a market."
    )
    facts, _ = _attributions(named)
    assert facts[0].source.via == [] and facts[1].source.via == ["Reuters"]
