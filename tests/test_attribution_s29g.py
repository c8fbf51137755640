"""Invented news passages (wire copy, local news, press releases; shootings, floods, crashes,
riots), each with a figure whose source GUIDELINES.md section 6 fixes: "X said", "said X",
"according to X", "X told Y", titles and appositions, "the agency added", breakdowns after a
sourced total, two sources (the first named wins) and figures with no source (""). A probe of
the common attribution shapes; the passages that passed already guard against regressions.

Fixed in this session: "the mayor" and "the company" speak (attribution_words.tsv nouns);
"the agency added" after a news agency named without the word "agency" ("The Associated
Press ...") is that agency; "X was cited as saying" is the passive of a quotation like "X was
quoted as saying"."""

from __future__ import annotations

import pytest
from conftest import figure_sources

HEADLINE = "Storm hits coast\n\n"

PASSAGES = [
    (
        "Police said four people were killed when a gunman opened fire at a bar in Dayton early on Sunday.",
        "four people",
        "police sources",
    ),
    (
        "Six people died in the crash on the interstate, said the state highway patrol.",
        "Six people",
        "state highway patrol",
    ),
    (
        "According to the Red Cross, 30 people were injured in the blast at the fuel depot.",
        "30 people",
        "International Committee of the Red Cross",
    ),
    ("Nine miners were trapped and three were killed, a mine official told Reuters on Tuesday.", "three", "official"),
    (
        "The interior ministry said in a statement that 14 protesters were wounded in clashes with riot police.",
        "14 protesters",
        "interior ministry",
    ),
    (
        "State television reported that 22 passengers were killed when the bus plunged into a gorge.",
        "22 passengers",
        "State television",
    ),
    (
        "Eleven people were killed in the landslide, the news agency said, citing local officials.",
        "Eleven people",
        "official sources",
    ),
    (
        "The Interfax agency quoted an emergencies ministry spokesman as saying 40 people had died in the fire.",
        "40 people",
        "emergencies ministry spokesman",
    ),
    (
        "The regional governor was quoted as saying that 18 villagers were killed in the mudslide.",
        "18 villagers",
        "regional governor",
    ),
    (
        "Fire Chief Tom Walsh said five firefighters were hurt battling the warehouse blaze.",
        "five firefighters",
        "Fire Chief",
    ),
    (
        "The Associated Press reported that 16 people died in the stampede. Another 40 were injured, the agency added.",
        "40",
        "Associated Press (AP)",
    ),
    (
        "The health ministry said 25 people were killed in the attack on the market. Eight of the dead were children.",
        "Eight of the dead",
        "health ministry",
    ),
    ("Police and hospital officials said 13 people were wounded in the stabbing spree.", "13 people", "police sources"),
    ("A tanker truck exploded on the highway outside the city on Monday, killing 31 people.", "31 people", ""),
    (
        "Police said two officers were shot during the raid.\n\n"
        "In a separate incident, a bomb in the old town killed five people on Friday.",
        "five people",
        "",
    ),
    (
        "Floods have killed at least 60 people across the province, disaster officials said on Tuesday.",
        "at least 60 people",
        "officials",
    ),
    (
        "Two teenagers were killed and a third wounded in a drive-by shooting Saturday night, police say.",
        "Two teenagers",
        "police sources",
    ),
    (
        "The Ministry of Health announced that 48 people have been hospitalized after eating contaminated food.",
        "48 people",
        "Ministry of Health",
    ),
    (
        "A spokeswoman for the fire department said 4 residents were treated for smoke inhalation.",
        "4 residents",
        "fire department",
    ),
    ('"Twelve people are dead," a hospital director told AFP.', "Twelve people", "medical sources"),
    (
        "Army spokesman Colonel Ali Hassan told reporters that 17 soldiers were killed in the ambush.",
        "17 soldiers",
        "Army spokesman",
    ),
    (
        "Investigators said the pilot and three passengers died when the small plane crashed into a field.",
        "three passengers",
        "Investigators",
    ),
    (
        "Human Rights Watch said security forces killed at least 26 demonstrators during the riots.",
        "at least 26 demonstrators",
        "Human Rights Watch",
    ),
    (
        "According to figures released by the United Nations, more than 3,000 people "
        "have been displaced by the fighting.",
        "more than 3,000 people",
        "United Nations",
    ),
    (
        "Xinhua, citing the local government, said 19 people were missing after the dam burst.",
        "19 people",
        "local government",
    ),
    (
        "The UN said 200 families fled the village. Some 1,200 people have now been displaced in the district.",
        "Some 1,200 people",
        "United Nations",
    ),
    ("Officials said the blaze at the nightclub killed 64 people and injured dozens more.", "64 people", "officials"),
    (
        "At least 7 fishermen are missing, said the head of the local fishermen's union.",
        "At least 7 fishermen",
        "local fishermen's union",
    ),
    ("A statement from the army said 10 militants were killed in the operation.", "10 militants", "army"),
    ("In a statement, the company said three workers died in the explosion at its plant.", "three workers", "company"),
    (
        "The defence ministry said 12 soldiers were killed in the raid. Nine others were wounded, the ministry added.",
        "Nine others",
        "defence ministry",
    ),
    (
        "Police chief Mark Evans said four suspects were shot dead. Two officers were also hurt, he added.",
        "Two officers",
        "Police chief",
    ),
    (
        "Witnesses told the BBC that they saw at least 20 bodies in the street after the shooting.",
        "at least 20 bodies",
        "local sources (witnesses)",
    ),
    (
        "Twenty-eight people were killed, according to a tally by the Associated Press.",
        "Twenty-eight people",
        "Associated Press (AP)",
    ),
    (
        "The state news agency IRNA reported, citing a provincial official, that 35 people were injured in the quake.",
        "35 people",
        "official sources",
    ),
    ("The mayor told the Guardian newspaper that 14 people were still missing.", "14 people", "mayor"),
    ("Six rebels were killed in the clash, said a spokesman for the army.", "Six rebels", "army"),
    ("The explosion killed nine workers and wounded 14, the official said.", "nine workers", "official"),
    (
        "Two US officials told CNN that four service members were wounded in the rocket attack.",
        "four service members",
        "Two US officials",
    ),
    (
        "Maria Lopez, a spokeswoman for the Red Cross, says 45 people are being treated at field clinics.",
        "45 people",
        "International Committee of the Red Cross",
    ),
    ("A security source told Reuters that 11 policemen were killed in the bombing.", "11 policemen", "security source"),
    (
        "The Observatory and local activists said 15 civilians were killed in the air strikes.",
        "15 civilians",
        "Observatory",
    ),
    (
        "A 19-year-old man was shot and killed near the school, according to police.",
        "A 19-year-old man",
        "police sources",
    ),
    (
        '"At least 40 houses are gone and three people are dead," said Governor Ruth Banda.',
        "three people",
        "Ruth Banda",
    ),
    ("The provincial police chief was cited as saying that 27 people had been killed.", "27 people", "police sources"),
    (
        "Five soldiers were killed in the ambush, reported state news agency SANA.",
        "Five soldiers",
        "SANA (Syrian Arab News Agency)",
    ),
    (
        "The White Helmets said in a post on Twitter that 13 people were pulled dead from the rubble.",
        "13 people",
        "White Helmets (Syria Civil Defence)",
    ),
    (
        "A fire swept through a crowded market on Friday, killing 19 people and injuring 30 others, officials said.",
        "19 people",
        "officials",
    ),
    (
        "A fire swept through a crowded market on Friday, killing 19 people and injuring 30 others, officials said.",
        "30 others",
        "officials",
    ),
    (
        "A suicide bomber struck a wedding party, killing 17 guests. Police said the bomber was a teenager.",
        "17 guests",
        "",
    ),
    ("The governor said the storm was the worst in decades, adding that 12 people had died.", "12 people", "governor"),
    (
        '"Eight of our men were killed," Abu Omar, a rebel commander, told the news agency.',
        "Eight of our men",
        "Abu Omar",
    ),
]


@pytest.mark.parametrize(("passage", "figure", "source"), PASSAGES)
def test_figure_source(passage: str, figure: str, source: str) -> None:
    assert figure_sources(HEADLINE + passage)[figure] == source


def test_agency_with_no_agency_word_in_its_name() -> None:
    text = HEADLINE + "Reuters reported that 16 people died in the crush. Another 40 were hurt, the agency said."
    assert figure_sources(text)["40"] == "Reuters"


def test_lone_agency_stays_agency() -> None:
    assert figure_sources(HEADLINE + "Three people were injured, the agency said.")["Three people"] == "agency"


def test_cited_by_is_no_passive_quotation() -> None:
    text = HEADLINE + "The toll of 27 dead was cited by the governor on Monday."
    assert figure_sources(text).get("27 dead", "") != "The toll"
