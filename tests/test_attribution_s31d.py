"""Sources in The New Arab (alaraby) and Daily Sabah (dailysabah) style reports (attr31d): the
figures rest on "told The New Arab", "al-Araby al-Jadeed's correspondent", activists, local media,
the civil defence and the White Helmets, Anadolu Agency, opposition, Turkish military and security
sources, the Turkish General Staff, the Syrian Network for Human Rights, the Syrian Turkmen Assembly,
medical sources and local councils; Daily Sabah pages open with "Published <date>" and a photo
caption. Each passage is invented, written as FA-KES prints these outlets (most commas stripped).
Each figure's source follows GUIDELINES.md section 6 and the later development sections: the
speaker is the source and the outlet told ("told The New Arab", "Speaking to Daily Sabah X said")
its via; the outlet's own correspondent is no source ("OWN": none, or the outlet itself); an
unsourced sentence opening on another place is the outlet's. A figure is judged as the benchmark
judges it: the first of its mentions with a named source, else the first. Rows with a reason are
still read wrong (strict xfail), each naming the construction."""

from __future__ import annotations

import re

import pytest

from rashomon.extract import extract_article
from rashomon.model import Article

# The outlets' names for their own reports: a figure their correspondent gives is theirs.
_OWN = {"alaraby": r"new arab|araby", "dailysabah": r"daily sabah"}

# (passage, outlet, [(figure word, pattern over the source ("" = none, "OWN" = none or the
# outlet), pattern over one of the intermediaries or None when not checked)])
_PASSAGES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    (
        "Regime air strikes killed 14 civilians in the town of Kafr Nabl on Monday a local activist "
        "told The New Arab. He said five children were among the dead.",
        "alaraby",
        [("14", "activist", "arab"), ("five", "activist", None)],
    ),
    (
        "Abu Omar a member of the local council of Daraya told The New Arab that 22 people had been "
        "killed since Friday.",
        "alaraby",
        [("22", "council|abu omar", "arab")],
    ),
    (
        "A civil defence official told The New Arab that rescuers had pulled 17 bodies from the "
        "rubble in Douma.",
        "alaraby",
        [("17", "civil defen", "arab")],
    ),
    (
        "Russian jets killed 11 civilians in the western countryside of Idlib on Sunday al-Araby "
        "al-Jadeed's correspondent reported.",
        "alaraby",
        [("11", "OWN", None)],
    ),
    (
        "Al-Araby al-Jadeed's correspondent in Idlib said that eight people were killed and 20 others"
        " wounded in strikes on the town of Saraqeb.",
        "alaraby",
        [("eight", "OWN", None), ("20", "OWN", None)],
    ),
    (
        "Seven members of one family were killed in an air strike on Jisr al-Shughur according to The"
        " New Arab's correspondent.",
        "alaraby",
        [("Seven", "OWN", None)],
    ),
    (
        "Activists told The New Arab that government forces shelled the town of Harasta killing six "
        "civilians including two women.",
        "alaraby",
        [("six", "activist", "arab"), ("two", "activist", None)],
    ),
    (
        "Regime helicopters dropped barrel bombs on the village of al-Lataminah killing four people "
        "activists said.",
        "alaraby",
        [("four", "activist", None)],
    ),
    (
        "Three Turkish soldiers were killed in a mortar attack near al-Bab local media reported on "
        "Thursday.",
        "dailysabah",
        [("Three", "media", None)],
    ),
    (
        "The civil defence said 25 civilians were killed in Russian air strikes on markets in Maarat "
        "al-Numan on Monday.",
        "alaraby",
        [("25", "civil defen", None)],
    ),
    (
        "Air strikes on the city of Idlib killed 19 people including seven children according to the "
        "civil defence.",
        "alaraby",
        [("19", "civil defen", None), ("seven", "civil defen", None)],
    ),
    (
        "The White Helmets said 40 people had been killed in the bombardment of Khan Sheikhoun over "
        "two days.",
        "alaraby",
        [("40", "white helmets", None)],
    ),
    (
        "Regime shelling killed five civilians and wounded 16 others in Jisr al-Shughur the White "
        "Helmets said in a statement.",
        "alaraby",
        [("five", "white helmets", None), ("16", "white helmets", None)],
    ),
    (
        "A White Helmets volunteer was among nine people killed in the strikes the rescue group said.",
        "alaraby",
        [("nine", "white helmets|rescue", None)],
    ),
    (
        "Two civilians were killed by PKK/PYD rocket fire on the border town of Kilis Anadolu Agency "
        "reported.",
        "dailysabah",
        [("Two", "anadolu", None)],
    ),
    (
        "A local official told Anadolu Agency that 18 civilians were killed in Assad regime air "
        "strikes on Idlib.",
        "dailysabah",
        [("18", "official", "anadolu")],
    ),
    (
        "Medical sources told Anadolu Agency that 35 people were wounded including 10 children.",
        "dailysabah",
        [("35", "medical", "anadolu"), ("10", "medical", None)],
    ),
    (
        "Opposition sources said 15 fighters of the Free Syrian Army were killed in clashes with "
        "Daesh near Marea.",
        "dailysabah",
        [("15", "opposition", None)],
    ),
    (
        "At least 20 regime soldiers were killed in the rebel offensive on the Hama countryside "
        "according to opposition sources.",
        "alaraby",
        [("20", "opposition", None)],
    ),
    (
        "Turkish military sources said 28 Daesh terrorists were neutralized in air strikes on al-Bab "
        "on Saturday.",
        "dailysabah",
        [("28", "military", None)],
    ),
    (
        "The Turkish General Staff said in a statement that 11 YPG terrorists were neutralized in the"
        " Afrin region.",
        "dailysabah",
        [("11", "general staff|military|turkish", None)],
    ),
    (
        "Three Turkish soldiers were martyred and five others wounded in a Daesh attack near al-Bab "
        "the Turkish General Staff said on Monday.",
        "dailysabah",
        [("Three", "general staff|military|turkish", None), ("five", "general staff|military|turkish", None)],
    ),
    (
        "Security sources said four Daesh militants were killed in an operation in the southern "
        "province of Gaziantep.",
        "dailysabah",
        [("four", "security|military", None)],
    ),
    (
        "A bomb attack in the border town of Azaz killed eight people and wounded 23 others security "
        "sources told Daily Sabah.",
        "dailysabah",
        [("eight", "security|military", "sabah"), ("23", "security|military", "sabah")],
    ),
    (
        "The Syrian Network for Human Rights said 211 civilians were killed across Syria in March "
        "including 46 children.",
        "alaraby",
        [("211", "network for human rights|snhr", None), ("46", "network for human rights|snhr", None)],
    ),
    (
        "According to the Syrian Network for Human Rights regime forces killed 97 civilians in "
        "Eastern Ghouta last week.",
        "alaraby",
        [("97", "network for human rights|snhr", None)],
    ),
    (
        "The SNHR documented the killing of 63 civilians by Russian forces in the month of May.",
        "alaraby",
        [("63", "snhr|network", None)],
    ),
    (
        "The Syrian Turkmen Assembly said 12 Turkmen civilians were killed in Russian air strikes on "
        "the Bayirbucak region.",
        "dailysabah",
        [("12", "turkmen", None)],
    ),
    (
        "A spokesman for the Syrian Turkmen Assembly told Daily Sabah that 16 civilians were wounded "
        "in the shelling.",
        "dailysabah",
        [("16", "turkmen", "sabah")],
    ),
    (
        "Medical sources said 14 people were killed and dozens wounded when the market was hit.",
        "alaraby",
        [("14", "medical", None)],
    ),
    (
        "At least 32 people were wounded in the chemical attack on Saraqeb according to medical "
        "sources in the town.",
        "alaraby",
        [("32", "medical", None)],
    ),
    (
        "A medical source at the Bab al-Hawa hospital told The New Arab that six wounded children had"
        " been brought in.",
        "alaraby",
        [("six", "medical", "arab")],
    ),
    (
        "The local council of Madaya said 16 people had died of starvation since December.",
        "alaraby",
        [("16", "council", None)],
    ),
    (
        "\"Twenty-four people have died of hunger since the siege began\" said Mohammed Khaled a member"
        " of the local council in Zabadani.",
        "alaraby",
        [("Twenty-four", "council|mohammed khaled", None)],
    ),
    (
        "The Douma local council said in a statement that 35 civilians were killed in the latest wave"
        " of bombardment.",
        "alaraby",
        [("35", "council", None)],
    ),
    (
        "\"Nine people were killed this morning and the hospital cannot cope\" the head of the Saqba "
        "local council told The New Arab.",
        "alaraby",
        [("Nine", "council|head", "arab")],
    ),
    (
        "Published 12.03.2017 00:00\nTurkish soldiers stand guard near the border in Kilis province. "
        "(AA Photo)\nFive Daesh terrorists were killed in Turkish artillery fire on the group's "
        "positions the Turkish military said.",
        "dailysabah",
        [("Five", "military|turkish", None)],
    ),
    (
        "Published 04.02.2016 00:00\nSyrians flee the bombing in Aleppo's countryside. (AFP Photo)\nAt "
        "least 60 civilians were killed in Russian air strikes in northern Aleppo on Wednesday the "
        "Syrian Observatory for Human Rights said.",
        "dailysabah",
        [("60", "observatory", None)],
    ),
    (
        "Published 21.08.2016 00:00\nA wounded man is carried to a hospital in Jarablus. (IHA Photo)\nA"
        " Daesh suicide bomber killed 13 people in the town of Jarablus local sources said. Twenty "
        "more were wounded.",
        "dailysabah",
        [("13", "local", None), ("Twenty", "local", None)],
    ),
    (
        "Regime air strikes killed 23 people in Idlib province on Tuesday the civil defence said. "
        "Among the dead were eight children. In Hama rebel shelling killed two soldiers.",
        "alaraby",
        [("23", "civil defen", None), ("eight", "civil defen", None), ("two", "", None)],
    ),
    (
        "The Syrian Network for Human Rights said 14 civilians were killed in Deir Ezzor on Friday. "
        "Meanwhile Anadolu Agency reported that four people were wounded in Azaz.",
        "dailysabah",
        [("14", "network|snhr", None), ("four", "anadolu", None)],
    ),
    (
        "Local media said 11 civilians were killed in the raid on al-Mayadin. Activists told The New "
        "Arab the toll could rise as more bodies were found under the rubble.",
        "alaraby",
        [("11", "media", None)],
    ),
    (
        "Kilis Governor Mehmet Tekinarslan said two children were wounded when rockets hit the city "
        "center.",
        "dailysabah",
        [("two", "governor|tekinarslan", None)],
    ),
    (
        "Published May 3 2016 A boy stands in the rubble of a house which activists said was hit by "
        "a barrel bomb in Aleppo (Reuters Photo) Twelve civilians were killed and 20 injured on "
        "Tuesday in regime air strikes on the town of Anadan according to local civil defense sources.",
        "dailysabah",
        [("Twelve", "civil defen", None), ("20", "civil defen", None)],
    ),
    (
        "Mohammad al-Halabi a rescue worker in Aleppo told Anadolu Agency that 31 bodies had been "
        "recovered.",
        "dailysabah",
        [("31", "halabi|rescue|civil defen|white", "anadolu")],
    ),
    (
        "Hamza al-Khatib a doctor in the besieged town told The New Arab that three infants had died "
        "for lack of milk.",
        "alaraby",
        [("three", "khatib|doctor|medical", "arab")],
    ),
    (
        "An FSA commander told Daily Sabah that 17 of his fighters had been killed in the battle for "
        "al-Rai.",
        "dailysabah",
        [("17", "commander|fsa|free syrian", "sabah")],
    ),
    (
        "Opposition sources said 19 regime fighters were killed on the southern front. The sources "
        "added that three rebels were also killed.",
        "alaraby",
        [("19", "opposition", None), ("three", "opposition", None)],
    ),
    (
        "Security sources said the attacker killed two police officers. Four civilians were also "
        "wounded in the attack the sources said.",
        "dailysabah",
        [("two", "security|military", None), ("Four", "security|military", None)],
    ),
    (
        "Twenty-three civilians were killed in the strikes on Ariha according to the civil defence in"
        " Idlib.",
        "alaraby",
        [("Twenty-three", "civil defen", None)],
    ),
    (
        "Eleven people were killed according to a local source in the town.",
        "alaraby",
        [("Eleven", "local", None)],
    ),
    (
        "Speaking to The New Arab Abu Ahmad a resident of Douma said 15 people from his street had "
        "been killed since January.",
        "alaraby",
        [("15", "abu ahmad|resident", "arab")],
    ),
    (
        "An activist in Deir Ezzor who asked not to be named told The New Arab that coalition air "
        "strikes killed 27 civilians in al-Bukamal.",
        "alaraby",
        [("27", "activist", "arab")],
    ),
    (
        "Turkish security sources said three rockets fired from Syria killed one person in Kilis.",
        "dailysabah",
        [("one", "security|military", None)],
    ),
    (
        "The Syrian Turkmen Assembly said regime shelling killed four Turkmen villagers. The Assembly"
        " added that 11 people were wounded.",
        "dailysabah",
        [("four", "turkmen", None), ("11", "turkmen|assembly", None)],
    ),
    (
        "The Syrian Network for Human Rights said 41 people died in detention in April. The network "
        "said 14 of them were killed under torture.",
        "alaraby",
        [("41", "network|snhr", None), ("14", "network|snhr", None)],
    ),
    (
        "Ahmad Sheikho the civil defence chief in Idlib told Anadolu Agency that 22 civilians were "
        "killed.",
        "dailysabah",
        [("22", "civil defen|sheikho", "anadolu")],
    ),
    (
        "Civil defence teams in Aleppo told The New Arab that 16 bodies were recovered after the "
        "strikes.",
        "alaraby",
        [("16", "civil defen", "arab")],
    ),
    (
        "Published March 3 2016 Syrian Turkmen fighters pose near the frontline in Latakia's "
        "Bayirbucak Four Turkmen civilians were killed and nine wounded in regime shelling on the "
        "village of Kizilcikli the Syrian Turkmen Assembly said on Wednesday.",
        "dailysabah",
        [("Four", "turkmen", None), ("nine", "turkmen", None)],
    ),
    (
        "Published May 9 2017 Smoke rises over the town of al-Bab (IHA Photo) Nine Daesh terrorists "
        "were neutralized in clashes with Free Syrian Army fighters on Tuesday according to Turkish "
        "military sources.",
        "dailysabah",
        [("Nine", "military", None)],
    ),
    (
        "Tags Syria Idlib Saraqeb Russian air strikes Seven civilians were killed and at least 25 "
        "wounded when Russian warplanes struck a market in Saraqeb on Sunday the civil defence told "
        "The New Arab.",
        "alaraby",
        [("Seven", "civil defen", "arab"), ("25", "civil defen", "arab")],
    ),
    (
        "Government forces shelled the besieged town of Madaya killing a child and wounding three "
        "others Abu Hassan a member of the town's local council told The New Arab.",
        "alaraby",
        [("three", "council|abu hassan", "arab")],
    ),
    (
        "Regime warplanes dropped cluster munitions on the town of Kafr Zita on Friday killing 12 "
        "people and wounding more than 30 a source from the civil defence told al-Araby al-Jadeed.",
        "alaraby",
        [("12", "civil defen", "arab"), ("30", "civil defen", "arab")],
    ),
    (
        "Clashes between the Turkish-backed rebels and the YPG left 14 dead on both sides in the "
        "countryside of Azaz opposition sources told Anadolu Agency.",
        "dailysabah",
        [("14", "opposition", "anadolu")],
    ),
    (
        "At least 16 civilians were killed in the village of Hass in the southern Idlib countryside "
        "when Russian jets targeted a school medical sources told The New Arab on Wednesday.",
        "alaraby",
        [("16", "medical", "arab")],
    ),
    (
        "The Syrian Network for Human Rights which documents violations in the country said in its "
        "latest report that 1,100 civilians were killed in March of whom 300 were children.",
        "alaraby",
        [("1,100", "network|snhr", None), ("300", "network|snhr", None)],
    ),
    (
        "Mohammed Rashid a media activist in Deir Ezzor told The New Arab that coalition air strikes "
        "on the town of al-Shaafa killed 20 civilians among them women and children. He added that 35"
        " others were wounded.",
        "alaraby",
        [("20", "rashid|activist", "arab"), ("35", "rashid|activist", None)],
    ),
    (
        "The Turkish General Staff said in a written statement on Sunday that 26 PKK terrorists were "
        "killed in air strikes in northern Iraq. Two soldiers were also wounded the statement said.",
        "dailysabah",
        [("26", "general staff|military|turkish", None), ("Two", "general staff|military|turkish|statement", None)],
    ),
    (
        "According to the civil defence the death toll from the strikes on Ariha has risen to 18 and "
        "rescue teams are still searching for survivors.",
        "alaraby",
        [("18", "civil defen", None)],
    ),
    (
        "Local sources told The New Arab that the Islamic State group executed five young men in the "
        "town square of al-Mayadin on charges of spying.",
        "alaraby",
        [("five", "local", "arab")],
    ),
    (
        "Anadolu Agency's correspondent reported that 10 civilians were killed when regime "
        "helicopters dropped barrel bombs on Daraa al-Balad.",
        "dailysabah",
        [("10", "anadolu", None)],
    ),
    (
        "Syrian opposition groups said 33 people were killed in the regime's attack on the town of "
        "Hamouriyeh in Eastern Ghouta.",
        "alaraby",
        [("33", "opposition", None)],
    ),
    (
        "The opposition Syrian National Coalition said in a statement that 45 civilians died in the "
        "regime's air strikes on Idlib.",
        "alaraby",
        [("45", "coalition", None)],
    ),
    (
        "Activists on the ground reported that 23 civilians died after regime forces stormed the "
        "village of Zara. Most of the victims were women and children they said.",
        "alaraby",
        [("23", "activist", None)],
    ),
    (
        "The White Helmets rescue group known officially as the Syria Civil Defence said its "
        "volunteers pulled 21 bodies from the rubble of a building in Idlib city.",
        "alaraby",
        [("21", "white helmets|civil defen", None)],
    ),
    (
        "Afrin's local council said 94 civilians had been killed by Turkish shelling but Turkey "
        "rejects the claim. Daily Sabah could not verify the figure.",
        "dailysabah",
        [("94", "council", None)],
    ),
    (
        "Published 11.01.2018 00:00 A Turkish tank moves towards the border (AA Photo) Turkish troops"
        " killed 31 YPG/PKK terrorists in Afrin in the last 24 hours the Turkish Armed Forces said on"
        " Thursday.",
        "dailysabah",
        [("31", "armed forces|military|turkish", None)],
    ),
    (
        "Sources from the Ahrar al-Sham group told The New Arab that 40 of the group's fighters had "
        "been killed in the battle.",
        "alaraby",
        [("40", "ahrar|sources", "arab")],
    ),
    (
        "Anadolu Agency reported citing local sources that 14 civilians were killed in the air "
        "strikes on Atarib.",
        "dailysabah",
        [("14", "local", "anadolu")],
    ),
    (
        "A medical source told The New Arab that 12 people were killed in the strike. The source "
        "added that 30 others were being treated for wounds.",
        "alaraby",
        [("12", "medical", "arab"), ("30", "medical", None)],
    ),
    (
        "Speaking to Daily Sabah Mustafa Sejari an FSA official said 50 regime soldiers were killed "
        "in the offensive.",
        "dailysabah",
        [("50", "sejari|official|free syrian", "sabah")],
    ),
    (
        "A nurse at the Bab al-Salama hospital told Anadolu Agency that 21 wounded people had been "
        "brought in from Azaz.",
        "dailysabah",
        [("21", "nurse|medical|hospital", "anadolu")],
    ),
    (
        "Sources in the Free Syrian Army told Anadolu Agency that 13 YPG militants were killed in the"
        " clashes near Tal Rifaat.",
        "dailysabah",
        [("13", "free syrian|fsa|sources", "anadolu")],
    ),
    (
        "The Hatay Governor's Office said 38 wounded Syrians had been taken to hospitals in Reyhanli.",
        "dailysabah",
        [("38", "governor", None)],
    ),
    (
        "Eighteen civilians were killed in Russian air strikes on Aleppo - activists",
        "alaraby",
        [("Eighteen", "activist", None)],
    ),
    (
        "Activists told The New Arab that 15 people were killed in Douma. Meanwhile the Syrian "
        "Observatory for Human Rights said 20 people died in Aleppo.",
        "alaraby",
        [("15", "activist", "arab"), ("20", "observatory", None)],
    ),
    (
        "A member of the local council in the besieged town of Madaya told The New Arab that 23 "
        "people had died of hunger.",
        "alaraby",
        [("23", "council|member", "arab")],
    ),
    (
        "Abu Yazan a paramedic in the rebel-held district of al-Sukkari told The New Arab that 14 "
        "bodies were recovered.",
        "alaraby",
        [("14", "paramedic|medical|abu yazan", "arab")],
    ),
    (
        "Eight people were killed in the attack a White Helmets volunteer told The New Arab.",
        "alaraby",
        [("Eight", "white helmets|civil defen", "arab")],
    ),
    (
        "Speaking to Anadolu Agency Mustafa Sejari a Free Syrian Army commander said 50 regime "
        "soldiers were killed in the offensive.",
        "dailysabah",
        [("50", "sejari|commander|free syrian", "anadolu")],
    ),
]

# (passage index, figure word) -> the construction still read wrong.
_LEFT: dict[tuple[int, str], str] = {
    (58, "Four"): "a Daily Sabah photo caption with no credit runs into the lead ('... Bayirbucak Four "
    "Turkmen civilians were killed'): the figure is not found",
}


def _figure(text: str, outlet: str, word: str) -> tuple[str, list[str]]:
    """(source, intermediaries) of a figure, judged on its first mention with a named source."""
    facts = extract_article(Article(id="t", text=text, outlet=outlet)).casualties
    hits = [f for f in facts if re.search(rf"\b{re.escape(word)}\b", f.text)]
    assert hits, f"no figure holds {word!r}"
    chosen = next((f for f in hits if f.source and f.source.primary.strip()), hits[0])
    return (chosen.source.primary, chosen.source.via) if chosen.source else ("", [])


def _source_right(primary: str, outlet: str, pattern: str) -> bool:
    """Whether the source fits its pattern ("" wants none, "OWN" none or the outlet itself)."""
    if pattern == "OWN":
        return not primary.strip() or re.search(_OWN[outlet], primary, re.IGNORECASE) is not None
    if not pattern:
        return not primary.strip()
    return re.search(pattern, primary, re.IGNORECASE) is not None


def _cases() -> list[object]:
    """One row per figure, the rows still wrong marked as expected failures."""
    rows: list[object] = []
    for number, (text, outlet, figures) in enumerate(_PASSAGES):
        for word, pattern, via in figures:
            reason = _LEFT.get((number, word))
            mark = pytest.mark.xfail(strict=True, reason=reason) if reason else ()
            rows.append(pytest.param(text, outlet, word, pattern, via, marks=mark))
    return rows


@pytest.mark.parametrize(("text", "outlet", "word", "pattern", "via"), _cases())
def test_source_and_via_in_arab_and_turkish_outlets(
    text: str, outlet: str, word: str, pattern: str, via: str | None
) -> None:
    primary, intermediaries = _figure(text, outlet, word)
    assert _source_right(primary, outlet, pattern), primary
    if via is not None:
        assert any(re.search(via, name, re.IGNORECASE) for name in intermediaries), intermediaries
