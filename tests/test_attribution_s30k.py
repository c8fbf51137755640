"""How a source carries from sentence to sentence in text written the FA-KES way (attr30k): no
commas, few paragraph breaks. Each passage is invented (3-6 sentences, two to four figures); each
figure's source follows GUIDELINES.md section 6 and its later notes. A figure with no source of
its own takes the sentence before's source only when it continues the same report (a breakdown,
"among them", "the dead included", "he added", "the monitor said", a follow-on about the same
incident); not when the sentence starts another incident, place or day ("Meanwhile in Idlib",
"In Homs", "Elsewhere", "Later in the day", "Last month"), is background over the war, or the
outlet's own summary. A source named only after the figure gives none (sections 14 and 28); a
lead figure restated with a source below takes that source (section 18). One convention of the
dev labels is kept: a weekday opening the sentence after another weekday's report at the same
place ("On Wednesday shelling killed seven people in the town") is the same source counting back
or on a day. A figure is judged as the benchmark judges it: the first of its mentions with a
named source, else the first. Rows with a reason are still read wrong (strict xfail)."""

from __future__ import annotations

import re

import pytest
from conftest import first_sourced

from rashomon.extract.report_openers import opens_on_other_place
from rashomon.model import Article

# (passage, [(figure word, pattern over the source ("" = none)), ...])
_PASSAGES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Air strikes on the town of Saraqeb killed 23 people on Tuesday the Syrian Observatory for Human "
        "Rights reported. Among the dead were seven children and four women.",
        [("23", "observatory"), ("seven", "observatory"), ("four", "observatory")],
    ),
    (
        "Shelling on Douma killed 18 civilians on Sunday the Observatory said. The dead included five "
        "children. Another 40 people were wounded.",
        [("18", "observatory"), ("five", "observatory"), ("40", "observatory")],
    ),
    (
        "A car bomb killed 12 people in Azaz on Friday the monitor said. He added that 30 others were "
        "wounded in the blast.",
        [("12", "monitor"), ("30", "monitor")],
    ),
    (
        "A car bomb killed 12 people in Azaz on Friday Rami Abdel Rahman said. He added that 30 others "
        "were wounded in the blast.",
        [("12", "rami|abdel"), ("30", "rami|abdel")],
    ),
    (
        "Clashes near Palmyra killed 27 soldiers on Wednesday the Syrian Observatory for Human Rights "
        "said. The monitor said 19 jihadists were also killed.",
        [("27", "observatory"), ("19", "observatory|monitor")],
    ),
    (
        "Government air raids on Aleppo killed 31 people on Monday the Local Coordination Committees "
        "said. Eleven of the victims were children the committees said.",
        [("31", "coordination")],
    ),
    (
        "Air strikes on Idlib killed 14 people on Tuesday the Syrian Observatory for Human Rights said. "
        "Meanwhile in Hama rebel shelling killed three soldiers.",
        [("14", "observatory"), ("three", "")],
    ),
    (
        "Barrel bombs killed 22 people in Aleppo on Thursday the Observatory said. In another development"
        " a bomb killed five policemen in Damascus.",
        [("22", "observatory"), ("five", "")],
    ),
    (
        "Shelling killed nine people in Deir Ezzor on Saturday SANA reported. Elsewhere clashes in Daraa "
        "killed 16 fighters.",
        [("nine", "sana"), ("16", "")],
    ),
    (
        "A suicide bomber killed 17 people in Qamishli on Tuesday the monitor said citing medical "
        "sources. On Monday an air strike killed eight people in Raqqa.",
        [("17", "medical|monitor"), ("eight", "")],
    ),
    (
        "Air raids killed 11 people in Douma on Friday the Observatory said. Last month a chemical attack"
        " killed more than 80 people in the province.",
        [("11", "observatory"), ("80", "")],
    ),
    (
        "Regime shelling killed 13 civilians in Ghouta on Wednesday activists said. The war has killed "
        "more than 400000 people since 2011.",
        [("13", "activists"), ("400000", "")],
    ),
    (
        "Russian strikes killed 20 civilians in Idlib on Sunday the Syrian Observatory for Human Rights "
        "said. Syria's conflict has killed more than 350000 people since it began in 2011.",
        [("20", "observatory"), ("350000", "")],
    ),
    (
        '"The strikes killed 15 people in the market" Abdel Rahman told AFP. Later in the day a mortar '
        "round killed two children in Jobar.",
        [("15", "abdel"), ("two", "")],
    ),
    (
        "A car bomb killed 10 people in Jableh on Monday. The Syrian Observatory for Human Rights said "
        "the blast hit a bus station.",
        [("10", "")],
    ),
    (
        "Air strikes killed 25 people in Maarat al-Numan on Tuesday. The Observatory said most of the "
        "victims were civilians. The strikes also wounded dozens.",
        [("25", "")],
    ),
    (
        "Air strikes killed 25 people in Maarat al-Numan on Tuesday. The Syrian Observatory for Human "
        "Rights said 25 people including six children died in the raids.",
        [("25", "observatory"), ("six", "observatory")],
    ),
    (
        "At least 40 soldiers were killed in an ambush near Palmyra. The Syrian Observatory for Human "
        "Rights said at least 40 soldiers died and 12 were captured.",
        [("40", "observatory"), ("12", "observatory")],
    ),
    (
        "The Syrian Civil Defence said air strikes killed 16 people in Ariha on Friday. The group said "
        "eight of them were from one family.",
        [("16", "civil defen")],
    ),
    (
        "Health officials said 9 people were killed and 24 wounded in the shelling of Latakia. The "
        "officials added that four of the wounded were in critical condition.",
        [("9", "health"), ("24", "health"), ("four", "health|officials")],
    ),
    (
        "A bomb exploded near a mosque in Homs on Friday killing eight worshippers the governor said. The"
        " blast also wounded 21 people.",
        [("eight", "governor"), ("21", "governor")],
    ),
    (
        "Rebel rockets hit a school in Aleppo killing six children SANA said. Fifteen other pupils were "
        "injured in the attack.",
        [("six", "sana"), ("Fifteen", "sana")],
    ),
    (
        "Air strikes on Khan Sheikhoun killed 19 people on Tuesday the Observatory said. On Wednesday "
        "government shelling killed seven people in the town.",
        [("19", "observatory"), ("seven", "observatory")],
    ),
    (
        "Air strikes killed 14 people in Jisr al-Shughour on Thursday the Observatory said. The attacks "
        "come as the government pushes on Idlib where tens of thousands have fled and hundreds have died "
        "in recent weeks.",
        [("14", "observatory")],
    ),
    (
        "A suicide car bomb killed 32 people at a checkpoint near Tal Abyad on Sunday a Kurdish official "
        "said. Twenty of the dead were fighters. The remaining 12 were civilians waiting to cross.",
        [("32", "official"), ("Twenty", "official")],
    ),
    (
        "Government bombardment across Syria killed 58 people on Monday the Syrian Observatory for Human "
        "Rights said. In Aleppo 21 people died while 17 were killed in Idlib.",
        [("58", "observatory"), ("21", "observatory"), ("17", "observatory")],
    ),
    (
        "Clashes in Raqqa killed 24 militants on Saturday the Observatory said. The toll rose to 30 on "
        "Sunday after several wounded died.",
        [("24", "observatory")],
    ),
    (
        "The Russian Defence Ministry said its jets killed 60 militants near Deir Ezzor. Meanwhile the "
        "Observatory said 13 civilians died in strikes on the city.",
        [("60", "defen"), ("13", "observatory")],
    ),
    (
        "Turkish shelling killed 11 Kurdish fighters near Afrin on Monday the YPG said. Meanwhile in "
        "Manbij a car bomb killed four people.",
        [("11", "ypg"), ("four", "")],
    ),
    (
        "According to the Observatory shelling killed 12 people in Harasta on Friday. More than 20000 "
        "civilians have been killed in the province since 2011.",
        [("12", "observatory")],
    ),
    (
        "An air strike on a hospital in Atareb killed 14 people the medical charity MSF said. The dead "
        "included three nurses and a doctor.",
        [("14", "msf|medical"), ("three", "msf|medical")],
    ),
    (
        "Islamic State fighters executed 25 men in Palmyra on Sunday the Observatory said. Among them "
        "were 10 teenagers.",
        [("25", "observatory")],
    ),
    (
        "Air strikes hit the town of Kafr Nabl killing 13 civilians on Monday the Syrian Observatory for "
        "Human Rights said. The strikes struck a vegetable market. At least 30 people were wounded.",
        [("13", "observatory"), ("30", "observatory")],
    ),
    (
        "A shell hit a school in Jaramana killing four children the state news agency SANA said. In Homs "
        "a car bomb killed nine people.",
        [("four", "sana"), ("nine", "")],
    ),
    (
        "Air strikes killed 18 people in Hamouria on Tuesday the Observatory said.\n\nRebel shelling on "
        "Damascus killed three people.",
        [("18", "observatory"), ("three", "")],
    ),
    (
        "Twenty people were killed in a market bombing in Azaz. The bomb went off at noon. Medical "
        "sources said most of the dead were women.",
        [("Twenty", "")],
    ),
    (
        "The Syrian Observatory for Human Rights said 44 pro-government fighters died in the battle. The "
        "monitor said 29 rebels were also killed.",
        [("44", "observatory"), ("29", "observatory")],
    ),
    (
        "Activists said 21 people died in the siege of Madaya from hunger. They said six of the victims were infants.",
        [("21", "activists")],
    ),
    (
        "Shelling killed seven people in Daraa on Monday SANA said. Separately the Observatory said 15 "
        "rebels died in clashes near Quneitra.",
        [("seven", "sana"), ("15", "observatory")],
    ),
    (
        "Shelling killed seven people in Daraa on Monday SANA said. Separately 15 rebels died in clashes "
        "near Quneitra.",
        [("seven", "sana"), ("15", "")],
    ),
    (
        "A car bomb killed 9 people in Afrin on Tuesday the Kurdish Red Crescent said. On Monday a "
        "similar blast killed 6 people in Jarablus.",
        [("9", "red crescent"), ("6", "")],
    ),
    (
        "Air raids killed 16 people in Arbin on Thursday the Observatory said. Earlier this week strikes "
        "killed 35 people in nearby Kafr Batna.",
        [("16", "observatory"), ("35", "")],
    ),
    (
        "Civil defence chief Raed Saleh said 37 bodies were pulled from the rubble in Jisr al-Shughour. "
        "He said 12 of them were children.",
        [("37", "white helmets|civil defen")],
    ),
    (
        "Fighting in Hasakeh killed 30 people on Sunday Kurdish officials said. The toll included 18 "
        "Islamic State militants and 12 Kurdish fighters.",
        [("30", "kurdish"), ("18", "kurdish"), ("12", "kurdish")],
    ),
    (
        "Government forces shelled Darayya killing eight people the Local Coordination Committees said. "
        "In a separate incident four people died when a mortar hit a bus in Damascus.",
        [("eight", "coordination"), ("four", "")],
    ),
    (
        "Regime air strikes killed 26 people in Aleppo on Saturday the Observatory said. Nearly 5 million"
        " Syrians have fled the country.",
        [("26", "observatory")],
    ),
    (
        "Terrorist shelling killed five people in Aleppo SANA said. It said 17 others were injured.",
        [("five", "sana"), ("17", "sana")],
    ),
    (
        "Terrorist mortars killed five people in Aleppo's Midan district SANA said. The agency said 17 "
        "others were injured.",
        [("five", "sana"), ("17", "sana")],
    ),
    (
        "The Observatory said 45 people died in the strikes on Saturday. Local activists put the toll at 52.",
        [("45", "observatory"), ("52", "activists")],
    ),
    (
        "A military source told SANA that army units killed 40 terrorists near Palmyra. The source added "
        "that 11 vehicles were destroyed and 15 terrorists were injured.",
        [("40", "military|source"), ("15", "military|source")],
    ),
    (
        "A roadside bomb killed three soldiers in Daraa on Monday the Observatory said. Two other "
        "soldiers were wounded.",
        [("three", "observatory"), ("Two", "observatory")],
    ),
    (
        "Air strikes killed 13 people in Saraqeb on Friday the Observatory said. In Daraa province "
        "clashes killed nine rebels.",
        [("13", "observatory"), ("nine", "")],
    ),
    (
        "A bombing killed 8 people in Qardaha on Sunday police said. Last year a similar attack killed 15"
        " people in the town.",
        [("8", "police"), ("15", "")],
    ),
    (
        "The Observatory said air strikes killed 17 people in Hama and 12 in Idlib on Tuesday. In total "
        "29 civilians died across the two provinces.",
        [("17", "observatory"), ("12", "observatory"), ("29", "observatory")],
    ),
    (
        "Rebel shelling killed 14 people in government-held Aleppo on Sunday SANA said. Nine of them were children.",
        [("14", "sana")],
    ),
    (
        "Clashes killed 50 fighters near Kobane on Monday. The Observatory said 50 fighters died "
        "including 35 Islamic State militants and 15 Kurds.",
        [("50", "observatory"), ("35", "observatory"), ("15", "observatory")],
    ),
    (
        '"At least 20 people were killed" a doctor in the town told Reuters. The town has been under '
        "siege for two years and hundreds have died of hunger.",
        [("20", "medical|doctor")],
    ),
    (
        "The Russian Defence Ministry said 120 militants were killed in strikes near Hama. It said its "
        "aircraft also destroyed 30 vehicles and killed 45 fighters near Idlib.",
        [("120", "defen"), ("45", "defen")],
    ),
    (
        "The Kurdish Red Crescent said 14 civilians died in Turkish strikes on Afrin. Another 23 "
        "civilians were wounded.",
        [("14", "red crescent"), ("23", "red crescent")],
    ),
    (
        "Government forces killed 19 rebels near Homs on Saturday the army said. Meanwhile rebels said "
        "they killed 30 soldiers in the same battle.",
        [("19", "army"), ("30", "rebels")],
    ),
    (
        "Clashes killed 12 soldiers near Daraa on Friday the Observatory said. The fighting is part of a "
        "wider offensive that has left more than 100 people dead this month.",
        [("12", "observatory")],
    ),
    (
        "An air strike killed 11 people in Atarib on Thursday activists said. At least 22 others were "
        "injured the activists added.",
        [("11", "activists"), ("22", "activists")],
    ),
    (
        "Shelling on Kafr Zita killed ten people on Monday the Observatory said. Most of the dead were "
        "women and children and 25 people were wounded the monitor said.",
        [("ten", "observatory"), ("25", "observatory")],
    ),
    (
        "Air strikes killed 14 people in Tal Rifaat the Observatory said. In Marea another raid killed six.",
        [("14", "observatory"), ("six", "")],
    ),
    (
        "Doctors at a field hospital in Douma said 38 people died after the gas attack. They said more "
        "than 500 people were treated for breathing problems.",
        [("38", "medical|doctor"), ("500", "medical|doctor")],
    ),
    (
        "Air raids killed 23 people in Kafr Hamra on Sunday the Observatory said.\n\nIn Raqqa US-led "
        "coalition strikes killed 18 Islamic State militants according to the monitor.",
        [("23", "observatory"), ("18", "observatory|monitor")],
    ),
    (
        "Fourteen civilians died in air strikes on Binnish on Sunday. Activists said the victims were "
        "mostly women. Another 20 people were wounded.",
        [("Fourteen", "")],
    ),
    (
        "A mortar attack killed three students at a school in Damascus. State news agency SANA said the "
        "students were killed in their classroom.",
        [("three", "")],
    ),
    (
        "Twelve fighters were killed in an Israeli strike near Quneitra on Sunday. Hezbollah said the "
        "dead fighters included a commander. The Observatory said 12 fighters died in the strike.",
        [("Twelve", "observatory")],
    ),
    (
        "A car bomb killed 43 people in Azaz on Saturday. The Syrian Observatory for Human Rights said "
        "the car bomb killed at least 43 people and wounded 60.",
        [("43", "observatory"), ("60", "observatory")],
    ),
    (
        "Twenty-five soldiers died in an attack near Deir Ezzor airport. The Observatory said 25 soldiers"
        " were killed when Islamic State fighters stormed the post.",
        [("Twenty-five", "observatory")],
    ),
    (
        "The Syrian Network for Human Rights said 92 civilians died in March. The group added that 18 of "
        "them died under torture.",
        [("92", "network"), ("18", "network")],
    ),
    (
        "Government forces killed 16 rebels near Daraa the Syrian Observatory for Human Rights said. "
        "Rebels had launched an offensive on the city last week. The monitor said eight soldiers were "
        "also killed.",
        [("16", "observatory"), ("eight", "observatory|monitor")],
    ),
    (
        '"Eleven people were killed in the market" a rescue worker told AFP. The market has been hit many'
        " times and dozens have died there.",
        [("Eleven", "white helmets|rescue")],
    ),
    (
        "The Observatory said 21 civilians died in air strikes on Douma. Meanwhile the monitor said 9 "
        "rebels died in clashes in Jobar.",
        [("21", "observatory"), ("9", "observatory|monitor")],
    ),
    (
        "Rebel shells killed four people in Aleppo on Sunday SANA said. Later in the day a car bomb "
        "killed 11 people in Homs.",
        [("four", "sana"), ("11", "")],
    ),
]

# Figures still read wrong, by (passage number, figure word), with the reason.
_LEFT: dict[tuple[int, str], str] = {
    (32, "30"): "a toll two sentences after its source gets none: carry reaches one sentence",
    (34, "three"): "carry reaches over one paragraph break, as dev labels do; a town check lost one",
}


def _source_of(text: str, word: str) -> str:
    """The source of a figure, judged on its first mention with a named source."""
    source = first_sourced(Article(id="t", text=text, outlet="ahram"), word)
    return source.primary if source else ""


def _cases() -> list[object]:
    """One row per figure, the rows still wrong marked as expected failures."""
    rows: list[object] = []
    for number, (text, figures) in enumerate(_PASSAGES):
        for word, pattern in figures:
            reason = _LEFT.get((number, word))
            mark = pytest.mark.xfail(strict=True, reason=reason) if reason else ()
            rows.append(pytest.param(text, word, pattern, marks=mark))
    return rows


def _wrong(text: str, word: str, pattern: str) -> bool:
    """Whether the figure's source misses its pattern ("" wants no source)."""
    primary = _source_of(text, word)
    return not re.search(pattern, primary, re.IGNORECASE) if pattern else bool(primary.strip())


@pytest.mark.parametrize(("text", "word", "pattern"), _cases())
def test_source_carries_only_within_one_report(text: str, word: str, pattern: str) -> None:
    assert not _wrong(text, word, pattern), _source_of(text, word)


@pytest.mark.parametrize(
    ("previous", "text", "other"),
    [
        ("Shelling killed six people in Nawa on Friday the monitor said.", "In Inkhil a mine killed two boys.", True),
        ("Shelling killed six people in Nawa on Friday the monitor said.", "In Nawa a mine killed two boys.", False),
        ("Strikes across the north killed 30 people the monitor said.", "In Idlib 12 people died.", False),
        ("Strikes killed six people in Nawa the monitor said.", "In Syria the war goes on.", False),
        ("Strikes killed six people in Nawa the monitor said.", "In total eight people died.", False),
    ],
)
def test_a_sentence_opening_on_another_place(previous: str, text: str, other: bool) -> None:
    """ "In <town> ..." after a report from another town opens another incident; a town the
    sentence before named, a wider area before it, a country or "In total" do not."""
    assert opens_on_other_place(previous, text) is other
