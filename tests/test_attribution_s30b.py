"""Which of two or more named sources is primary and which passes the figure on (`via`,
GUIDELINES.md section 6), probed with short invented passages: "X told Y", "Y quoted X as
saying", "citing X, Y reported", "X, as cited by Y, said", "X said in a statement carried by Y",
"X quoted by Y said", "Y said X had told it", "told a news conference" (an audience, no relay), "said on state
television" (where, not who), a figure between two attributions. The primary is matched as a
pattern because the system gives canonical names ("police sources" for "the police chief").
Sentences invented."""

from __future__ import annotations

import re

import pytest

from rashomon.extract import extract_article
from rashomon.model import Article

# (passage, words of the figure, pattern the primary must hold, what each via must hold)
PROBES = [
    (
        "The regional police chief told Reuters that nine people were killed in the blast.",
        "nine",
        "police",
        ["Reuters"],
    ),
    (
        "A hospital director in Kessa told the Tidewater Herald that 14 patients died when the ward flooded.",
        "14",
        "medical",
        ["Tidewater Herald"],
    ),
    (
        "Eleven soldiers were killed in the ambush, a military source told Agence France-Presse.",
        "Eleven",
        "military source",
        ["France-Presse"],
    ),
    ("The Valley Red Crescent told the BBC that 23 people had drowned in the floods.", "23", "Red Crescent", ["BBC"]),
    ("Six miners died in the collapse, the mine's owner told local radio on Tuesday.", "Six", "owner", ["radio"]),
    (
        "The Harbor Times quoted the fire chief as saying that four people were killed.",
        "four",
        "fire chief",
        ["Harbor Times"],
    ),
    (
        "State radio quoted Interior Minister Ravi Osei as saying 30 people died in the crash.",
        "30",
        "Interior Minister",
        ["radio"],
    ),
    (
        "The agency quoted a coast guard officer as saying 17 migrants drowned off the cape.",
        "17",
        "coast guard",
        ["agency"],
    ),
    (
        "Citing the health ministry, the Delta News Agency reported that 40 people were killed in the strikes.",
        "40",
        "health ministry",
        ["Delta"],
    ),
    ("Citing hospital officials, local media reported eight dead after the shooting.", "eight", "medical", ["media"]),
    (
        "Twelve people were killed in the bombing, the Delta News Agency reported, citing police.",
        "Twelve",
        "police",
        ["Delta"],
    ),
    (
        "The Capital Post reported, citing two security officials, that 19 fighters died in the raid.",
        "19",
        "security officials",
        ["Capital Post"],
    ),
    (
        "The provincial governor, as cited by the Delta News Agency, said 16 people were killed.",
        "16",
        "governor",
        ["Delta"],
    ),
    (
        "Police, as quoted by the Harbor Times, said three officers were wounded in the shootout.",
        "three",
        "police",
        ["Harbor Times"],
    ),
    (
        "The army said in a statement carried by state media that 22 militants were killed.",
        "22",
        "army|military",
        ["state media"],
    ),
    (
        "The interior ministry said in a statement carried by the Delta News Agency that seven policemen died.",
        "seven",
        "interior ministry",
        ["Delta"],
    ),
    (
        "Ten people were killed, according to the civil defence, cited by the Delta News Agency.",
        "Ten",
        "civil defen",
        ["Delta"],
    ),
    (
        "The Harbor Times correspondent quoted a police source as saying nine people were killed.",
        "nine",
        "police source",
        ["Harbor Times"],
    ),
    (
        "The BBC's correspondent in the city quoted a police source as saying 15 people were wounded.",
        "15",
        "police source",
        ["BBC"],
    ),
    ("Police spokesman Daniel Mwangi told reporters that six people were shot dead.", "six", "police|Mwangi", []),
    (
        "Fourteen people died in the crash, the transport minister told reporters in the capital.",
        "Fourteen",
        "minister",
        [],
    ),
    ("The governor told a news conference that 33 people had died in the floods.", "33", "governor", []),
    (
        "Health Minister Lina Park told a press conference on Monday that 48 people were injured.",
        "48",
        "Health Minister|Lina Park",
        [],
    ),
    ("The interior minister said on state television that 12 attackers were killed.", "12", "interior minister", []),
    ("Twenty people died in the stampede, the mayor said on national television.", "Twenty", "mayor", []),
    ("The army spokesman said on state TV that 18 soldiers were killed in the attack.", "18", "army|military", []),
    ("The police chief said six people were killed, according to the Delta News Agency.", "six", "police", ["Delta"]),
    ("Rebels killed 25 soldiers, the army said, according to state media.", "25", "army|military", ["state media"]),
    (
        "A spokesman for the Valley Red Crescent told Reuters that 37 people were killed.",
        "37",
        "Red Crescent",
        ["Reuters"],
    ),
    (
        "Nine civilians were killed, a spokesman for the regional government told the Harbor Times.",
        "Nine",
        "regional government",
        ["Harbor Times"],
    ),
    (
        "Officials at Kessa General Hospital said 11 wounded people had been brought in.",
        "11",
        "Kessa General Hospital|officials",
        [],
    ),
    ("Four patients died overnight, officials at the city morgue said.", "Four", "morgue|officials", []),
    ("Eight people were killed, the ministry's spokesman Omar Haddad said.", "Eight", "ministry|Omar Haddad", []),
    ("The state-run Delta News Agency reported that 21 people were killed.", "21", "Delta", []),
    (
        "Seventeen people died, the government-run news agency Lakeside Press reported.",
        "Seventeen",
        "Lakeside Press",
        [],
    ),
    ("The rebel-run Valley Voice agency said 12 fighters were killed in the air strikes.", "12", "Valley Voice", []),
    ("The Harbor Times said, quoting a hospital source, that 10 people had died.", "10", "medical", ["Harbor Times"]),
    ("Seven people were killed, the agency said, quoting a police officer.", "Seven", "police", ["agency"]),
    ("The army said 30 rebels were killed, while the rebels put the toll at 12.", "30", "army|military", []),
    ("Police said nine people died in the blast, while hospital officials put the toll at 14.", "nine", "police", []),
    ("Police said nine people died in the blast, while hospital officials put the toll at 14.", "14", "medical", []),
    ("The ministry said 18 people were killed, but the opposition said 40 died.", "18", "ministry", []),
    ("The ministry said 18 people were killed, but the opposition said 40 died.", "40", "opposition", []),
    ('"Eleven people were killed in the attack," said police chief Anna Berg.', "Eleven", "police|Anna Berg", []),
    (
        '"We have recovered 19 bodies from the river," the rescue commander told reporters.',
        "19",
        "rescue commander",
        [],
    ),
    ('"At least six people died," a hospital doctor told the Harbor Times.', "six", "medical", ["Harbor Times"]),
    ("A police officer told the BBC that eight people were killed.", "eight", "police", ["BBC"]),
    ("Five people were killed, the mayor told the BBC.", "Five", "mayor", ["BBC"]),
    (
        "The mayor of Kessa told the BBC on Sunday that 13 people were missing and four had died.",
        "four",
        "mayor",
        ["BBC"],
    ),
    ("A local official, speaking to the Delta News Agency, said 24 people were killed.", "24", "official", ["Delta"]),
    ("Nine people were killed, the police said in a statement.", "Nine", "police", []),
    (
        "A rescue worker told the Associated Press that 16 people were trapped and three had died.",
        "three",
        "White Helmets|rescue",
        ["Associated Press"],
    ),
    ("Medics told the agency that 22 people were wounded.", "22", "medical", ["agency"]),
    (
        "The monitoring group said, citing sources on the ground, that 35 fighters were killed.",
        "35",
        "sources",
        ["monitoring group"],
    ),
    (
        "Police told the Harbor Times that two gunmen opened fire and killed five people.",
        "five",
        "police",
        ["Harbor Times"],
    ),
    ("The death toll rose to 61, according to the health ministry.", "61", "health ministry", []),
    (
        "The death toll rose to 61, the Delta News Agency reported, quoting the health ministry.",
        "61",
        "health ministry",
        ["Delta"],
    ),
    (
        "Quoting a security source, the Harbor Times said 14 soldiers were killed.",
        "14",
        "security source",
        ["Harbor Times"],
    ),
    (
        "Army spokesman Major Ilya Petrov told state television that 27 militants were killed.",
        "27",
        "Army|Petrov",
        ["television"],
    ),
    ("Thirty people were killed, hospital sources told the Delta News Agency.", "Thirty", "medical", ["Delta"]),
    ("Witnesses told Reuters that police shot dead four protesters.", "four", "Witnesses", ["Reuters"]),
    ("The bus plunged into a ravine, killing 23 people, police told the Delta News Agency.", "23", "police", ["Delta"]),
    ("Local officials quoted by the Harbor Times said 12 people drowned.", "12", "official", ["Harbor Times"]),
    ("The Delta News Agency said police had told it that 15 people were killed.", "15", "police", ["Delta"]),
    ("Nineteen people were killed, the UN said, citing local partners.", "Nineteen", "local partners", ["UN"]),
]


@pytest.mark.parametrize(("text", "cue", "primary", "via"), PROBES)
def test_primary_and_via_of_a_figure(text: str, cue: str, primary: str, via: list[str]) -> None:
    facts = [f for f in extract_article(Article(id="t", text=text)).casualties if cue in f.text]
    assert facts, f"no figure holding {cue!r}"
    source = facts[0].source
    assert source is not None and re.search(primary, source.primary, re.IGNORECASE), source
    assert len(source.via) == len(via), source
    assert all(w.lower() in v.lower() for w, v in zip(via, source.via, strict=True)), source


def test_a_news_conference_is_an_audience_not_a_relay() -> None:
    facts = extract_article(
        Article(id="t", text="The mayor told a press briefing that 14 people were killed.")
    ).casualties
    assert [(f.source.primary, f.source.via) for f in facts if f.source] == [("mayor", [])]


def test_officials_quoted_by_an_outlet_as_saying_are_primary() -> None:
    text = "Rescue officials quoted by the Harbor Times as saying nine people drowned were wrong."
    facts = extract_article(Article(id="t", text=text)).casualties
    assert facts and facts[0].source is not None and facts[0].source.via == ["Harbor Times"]
    assert "Harbor" not in facts[0].source.primary


def test_a_statement_published_by_its_maker_names_no_relay() -> None:
    text = "The army said in a statement published by its press office that 22 militants were killed."
    facts = extract_article(Article(id="t", text=text)).casualties
    assert [(f.source.primary, f.source.via) for f in facts if f.source] == [("army", [])]
