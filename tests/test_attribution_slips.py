"""Attribution through slips and descriptions: misspelt acronyms, doubled words, descriptors
around a name, chains of sources, the outlet's own reporter and reports that do not carry on."""

from rashomon.extract.attribution import find_attributions, source_at
from rashomon.extract.report_openers import opens_new_report, run_in_subheading
from rashomon.extract.role_names import own_reporter
from rashomon.extract.sentences import split_sentences
from rashomon.extract.source_descriptors import described, field_office, figures_owner
from rashomon.extract.source_typos import swapped_acronym
from rashomon.extract.state_agencies import un_agency
from rashomon.model import Article

SOHR = "Syrian Observatory for Human Rights (SOHR)"
MSF = "Médecins Sans Frontières (MSF)"
WHO = "World Health Organization"


def _source_of(text: str, figure: str, outlet: str = "") -> str | None:
    """The primary source the figure `figure` (first occurrence) gets in `text`."""
    sentences = split_sentences(text)
    facts = find_attributions(Article(id="t", text=text, outlet=outlet), sentences)
    source = source_at(facts, sentences, text.index(figure))
    return source.primary if source else None


def test_an_acronym_with_two_letters_swapped_is_the_known_one() -> None:
    assert swapped_acronym("SORH") == SOHR
    assert swapped_acronym("SOHR") is None  # a known acronym is never re-read
    assert swapped_acronym("UNHRC") is None  # known itself, though a swap of UNHCR
    assert swapped_acronym("NU") is None  # too short: swaps of short acronyms make real ones
    assert _source_of("Nine civilians died in the raid on Marjville, SORH said.", "Nine") == SOHR


def test_a_name_before_a_figures_noun_owns_the_figures() -> None:
    assert figures_owner("latest SORH estimates") == "SORH"
    assert figures_owner("Syrian Observatory for Human Rights figures") == "Syrian Observatory for Human Rights"
    assert figures_owner("preliminary data") is None
    text = "According to the latest SOHR estimates the war has killed more than 300000 people."
    assert _source_of(text, "300000") == SOHR


def test_a_doubled_to_and_dotted_initials_still_name_the_source() -> None:
    text = "Since then 5000 people have been displaced from Marjtown according to to the U.N."
    assert _source_of(text, "5000") == "U.N"


def test_a_lowercase_descriptor_before_a_known_name_is_dropped() -> None:
    assert described("humanitarian agency Doctors Without Borders", "Doctors Without Borders")
    assert not described("National Coalition for Syrian Revolution and Opposition Forces", "Opposition Forces")
    text = "Some 40 patients died in a week, the humanitarian agency Doctors Without Borders said."
    assert _source_of(text, "40") == MSF


def test_a_field_title_before_a_place_and_a_person_names_an_office() -> None:
    assert field_office("Health", "director", "Marjtown Omar Haddad") is None  # no such place
    assert field_office("Health", "director", "Aleppo Omar Haddad") == ("Health director of Aleppo", "Omar Haddad")


def test_a_un_agency_named_by_its_field_is_that_agency() -> None:
    assert un_agency("The U.N. health agency") == "WHO"
    assert un_agency("the UN children's agency") == "UNICEF"
    assert un_agency("the U.N. nuclear agency") is None
    text = (
        "The U.N. health agency said the clinic in Marjtown was shelled. The building had been hit before. "
        "Seven nurses were among those killed. The agency also said supplies had run out."
    )
    assert _source_of(text, "Seven") == WHO  # between two sentences of the same agency


def test_a_source_reporting_what_another_reported_is_the_first_named() -> None:
    text = "The World Health Organization says local health officials have reported that 61 people died in Marjtown."
    assert _source_of(text, "61") == WHO
    text = "Reuters reported, citing the health ministry, that 61 people died in Marjtown."
    assert _source_of(text, "61") != "Reuters"


def test_a_bare_report_before_the_actor_is_the_report_not_the_actor() -> None:
    text = (
        "The Syrian Network for Human Rights said in a report that the group displaced 900 families. "
        "According to report ISIS has executed 37 people in the town."
    )
    assert _source_of(text, "37") == "Syrian Network for Human Rights (SNHR)"


def test_a_span_of_recent_time_opens_a_report_of_its_own() -> None:
    assert opens_new_report("In recent days 50 civilians were killed in the city.")
    assert not opens_new_report("In the past two weeks 200 civilians were killed in the city.")
    assert not opens_new_report("In the village three people died.")
    text = "Five people were hurt in Marjtown, state TV said. In recent days 50 civilians were killed in the city."
    assert _source_of(text, "50") is None


def test_a_run_in_subheading_opens_a_new_story() -> None:
    assert run_in_subheading("Two men injured in rocket attack in Marjtown Two men were injured when a rocket hit")
    assert not run_in_subheading("Two men were injured when a rocket hit Marjtown on Monday")
    text = (
        "A source at Marjtown Police Command said a shell injured 3 people. "
        "Four people injured in attack on Bebville Four people were injured when shells hit the market."
    )
    assert _source_of(text, "Four people were") is None


def test_an_unnamed_reporter_is_the_outlets_own_and_carries_nothing() -> None:
    assert own_reporter("the reporter")
    assert own_reporter("our correspondent in Marjtown")
    assert not own_reporter("SANAs correspondent")  # a named outlet's reporter stays that outlet's
    text = "A police source said 4 people died. Earlier the reporter noted that a shell killed 2 children."
    assert _source_of(text, "2 children") is None
    text = "A police source said 4 people died in Marjtown. The reporter said 3 people were hurt. Five were killed."
    assert _source_of(text, "Five") is None


def test_a_photographers_sighting_does_not_carry_to_the_next_sentence() -> None:
    text = (
        "Six wounded children were seen in a clinic, an AFP photographer in Marjtown reported. "
        "Nine of the victims died in strikes on the market."
    )
    assert _source_of(text, "Six") == "Agence France-Presse (AFP)"
    assert _source_of(text, "Nine") is None


def test_a_name_after_to_is_addressed_not_described() -> None:
    text = "In a statement to SANA a source at Marjtown Police Command said that 9 persons were injured."
    assert "Police Command" in (_source_of(text, "9 persons") or "")


def test_it_after_an_absolute_clause_names_the_source_of_that_clause() -> None:
    text = (
        "The Marjtown Daily reported that the army sent messages to residents. "
        "The army shelled the district, with the observatory reporting a new barrel bomb attack. "
        "It said five civilians were killed."
    )
    assert _source_of(text, "five") != "Marjtown Daily"


def test_a_source_contrasted_with_but_does_not_speak_for_the_figure() -> None:
    text = "More than 300000 people have been killed since 2011, but some organisations put the toll a lot higher."
    assert _source_of(text, "300000") is None


def test_a_generic_relief_body_is_a_relief_organisation_not_a_monitor() -> None:
    text = (
        "Four medics were killed when a strike hit a clinic in Marjtown, the aid group that supports it said. "
        "The staff of the Marjland Medical Relief Union were in two ambulances. "
        "The Syrian Observatory for Human Rights said nine fighters were also killed."
    )
    assert _source_of(text, "Four") == "Marjland Medical Relief Union"


def test_a_next_sentence_referring_back_to_the_victims_gives_its_source() -> None:
    from rashomon.extract import extract_article

    text = (
        "Air strikes hit Marjtown on Thursday. At least 15 civilians were killed in the raid. "
        "These civilians were targeted in the market of Marjtown, said the Syrian Observatory for Human Rights."
    )
    figures = [f for f in extract_article(Article(id="t", text=text)).casualties if f.low == 15]
    assert figures and figures[0].source is not None and figures[0].source.primary == SOHR


def test_a_capitalised_meanwhile_inside_a_sentence_is_a_lost_boundary() -> None:
    text = (
        "SANA reporter said that 4 people were killed in Hama City Meanwhile in Homs city "
        "one person was hurt by explosive rounds."
    )
    assert _source_of(text, "one person") is None


def test_a_further_incident_added_with_were_also_killed_borrows_no_source() -> None:
    assert opens_new_report("More than a dozen people were also killed in a besieged district of Marjtown.")
    assert not opens_new_report("Two children were also among the dead.")


def test_a_subject_modified_by_citing_is_still_the_subject() -> None:
    text = "A monitoring group citing figures compiled from clinics in Marjtown put the death toll at 494."
    facts = find_attributions(Article(id="t", text=text), split_sentences(text))
    assert facts and "monitoring group" in facts[0].source.primary


def test_two_modifiers_sharing_a_plural_head_name_the_first_source() -> None:
    text = "Local and media sources said that aircraft hit a plant in Marjtown killing three workers."
    assert (_source_of(text, "three") or "").lower() == "local sources"


def test_an_indefinite_group_is_never_a_body_named_before_it() -> None:
    text = (
        "The UN Security Council met on Monday. "
        "An opposition monitoring group citing figures from clinics put the death toll at 494."
    )
    assert "Security Council" not in (_source_of(text, "494") or "")


def test_an_acronym_after_a_locative_is_a_speaker_not_a_place() -> None:
    text = "Over 50 fighters were neutralized in the process AMN reported."
    assert _source_of(text, "50") == "AMN"


def test_a_perfect_of_earlier_times_is_background() -> None:
    assert opens_new_report("The Coalition has previously condemned the crime where 230 bodies were found.")
    assert opens_new_report("The regime has repeatedly denied killing 40 people there.")


def test_a_medical_specialist_speaks_for_medical_sources() -> None:
    text = "Doctor Omar Haddad a neurologist in Marjtown said he treated 16 of 29 cases brought to his hospital."
    assert _source_of(text, "16") == "medical sources"


def test_a_toll_over_a_whole_rebellion_or_flight_from_the_war_borrows_no_source() -> None:
    assert opens_new_report("More than 9000 people have been killed in the two-year-old rebellion against the king.")
    assert opens_new_report("Over two million people have fled the civil war to camps abroad.")
    assert not opens_new_report("Three families fled the town after the raid on Monday.")
    assert not opens_new_report("Five were killed in the war planes raid on the market.")
    text = "A shell killed 4 people in Marjtown, the monitor said. Some 9000 have died in the rebellion since it began."
    assert _source_of(text, "9000") is None


def test_a_flight_a_campaign_has_caused_borrows_no_source() -> None:
    assert opens_new_report("The siege has forced tens of thousands of residents to flee.")
    assert opens_new_report("The push has caused some 5000 families to leave the valley.")
    assert not opens_new_report("Shelling killed 3 people and forced dozens to flee on Monday.")
    text = "A raid killed 6 people in Marjtown, the monitor said. The offensive has driven 8000 people to flee."
    assert _source_of(text, "8000") is None
    assert _source_of(text, "6 people")


def test_a_tally_counted_from_a_month_on_borrows_no_source() -> None:
    assert opens_new_report("Raids since 3 June have killed 200 people across the province.")
    assert opens_new_report("Raids since March have killed 200 people across the province.")
    assert not opens_new_report("Since Monday 20 people have died in the town.")
    text = "A strike killed 7 people in Marjtown, the monitor said. Strikes since 2 April have killed 300 people."
    assert _source_of(text, "300") is None


def test_a_tally_over_this_year_borrows_no_source() -> None:
    assert opens_new_report("Shelling has killed 40 people in the border town this year.")
    assert not opens_new_report("Shelling killed 4 people in the border town on Monday.")
    text = "A shell killed 2 people in Marjtown, the monitor said. Shells have killed 45 people there so far this year."
    assert _source_of(text, "45") is None


def test_a_hedged_passive_with_a_perfect_infinitive_borrows_no_source() -> None:
    assert opens_new_report("Some 200 people are reported to have died of hunger in the camp.")
    assert opens_new_report("Thousands are believed to have been killed in the province.")
    assert not opens_new_report("Two gunmen were said to be killed near the bridge.")
    text = "A shell killed 3 people in Marjtown, the monitor said. About 90 are reported to have starved in the camp."
    assert _source_of(text, "90") is None


def test_a_passive_of_sight_goes_on_with_the_footage_before() -> None:
    assert not opens_new_report("A dead man is seen lying beside a burnt car.")
    assert not opens_new_report("Three wounded boys are shown on stretchers.")
    assert opens_new_report("More than 9000 people are displaced in the province.")
    text = (
        "Footage posted by activists online shows smoke over Marjtown. "
        "The bodies of two men are seen under a blanket near the market."
    )
    assert _source_of(text, "two men") == "activists"
