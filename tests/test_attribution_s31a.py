"""Al-Alam- and Al-Manar-style attribution (attr31a): invented passages in the way those outlets
report, commas mostly stripped as FA-KES prints them. Their figures rest on "FNA dispatches said",
"reports said", "a source on the ground", "military sources", "field sources", "a security source
told SANA", the outlet's own correspondent, Press TV / Al-Mayadeen / Tasnim, the army's general
command, the Russian reconciliation centre and commanders. Each figure's source follows
GUIDELINES.md sections 6, 14 and 18-25: the outlet's own reporter is the outlet itself (the
benchmark reads the outlet's name there as ""), "a field source" and "a source on the ground"
speak for the army, "FNA reports" give FNA. A figure is judged as the benchmark judges it: the
first of its mentions with a named source, else the first. Rows with a reason are still read
wrong (strict xfail), each naming the construction."""

from __future__ import annotations

import re

import pytest
from conftest import first_sourced

from rashomon.extract.source_scan import outlet_after_place
from rashomon.extract.source_typos import misspelt_actor
from rashomon.model import Article

# (passage, outlet, [(figure word, pattern over the source ("" = none)), ...])
_PASSAGES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "Syrian army units killed 35 terrorists in the countryside of Hama on Monday FNA dispatches said.",
        "alalam",
        [("35", "fna")],
    ),
    (
        "According to FNA dispatches the army's artillery pounded militant positions near Khan Sheikhoun and "
        "killed 22 gunmen.",
        "alalam",
        [("22", "fna")],
    ),
    (
        "The army troops repelled an attack by Jabhat al-Nusra near Morek and killed at least 40 militants "
        "FNA dispatches said. Another 60 militants were wounded in the clashes.",
        "alalam",
        [("40", "fna"), ("60", "fna")],
    ),
    (
        "Reports said 18 civilians were killed when terrorists fired rockets at residential areas of Aleppo "
        "on Sunday.",
        "alalam",
        [("18", "report|media")],
    ),
    (
        "Terrorist rockets hit a school in the city of Aleppo killing four children reports said.",
        "alalam",
        [("four", "report|media")],
    ),
    (
        "At least 30 ISIL militants were killed in air raids by the Syrian air force on their positions in "
        "Deir Ezzor a source on the ground said.",
        "alalam",
        [("30", "source")],
    ),
    (
        "A source on the ground told Al-Alam that 12 members of the terrorist groups were killed in the "
        "clashes near Daraa.",
        "alalam",
        [("12", "source")],
    ),
    (
        "Military sources said 25 terrorists were killed and dozens more were wounded in an army ambush near "
        "the town of Jisr al-Shughour.",
        "alalam",
        [("25", "military")],
    ),
    (
        "The army killed 16 militants in an ambush in eastern Ghouta military sources said. The sources added"
        " that three vehicles were destroyed.",
        "alalam",
        [("16", "military")],
    ),
    (
        "Field sources said the Syrian army killed 19 Takfiri terrorists in the southern countryside of "
        "Aleppo on Tuesday.",
        "alalam",
        [("19", "field")],
    ),
    (
        "The army and popular forces killed 27 terrorists near al-Eis field sources said.",
        "alalam",
        [("27", "field")],
    ),
    (
        "A security source told SANA that army units killed 14 terrorists in an operation near Talbiseh.",
        "alalam",
        [("14", "security")],
    ),
    (
        "Two civilians were killed and seven others injured when terrorists fired mortar shells on Jaramana a"
        " security source told SANA.",
        "alalam",
        [("Two", "security"), ("seven", "security")],
    ),
    (
        "Al-Alam's correspondent reported that 20 terrorists were killed in clashes with the army in the "
        "Qalamoun mountains.",
        "alalam",
        [("20", "^$|al-?alam")],
    ),
    (
        "Our correspondent in Damascus said nine people were killed in a terrorist mortar attack on the Old "
        "City on Wednesday.",
        "alalam",
        [("nine", "^$|al-?alam")],
    ),
    (
        "The terrorists lost 33 fighters in the battle for the hills Al-Manar's correspondent said.",
        "manar",
        [("33", "^$|manar")],
    ),
    (
        "Press TV reported that 15 civilians were killed in a car bomb blast in Homs on Thursday.",
        "alalam",
        [("15", "press tv")],
    ),
    (
        "At least 11 people were killed in a suicide bombing in the town of Sayyida Zeinab Press TV reported.",
        "alalam",
        [("11", "press tv")],
    ),
    (
        "Al-Mayadeen said 23 militants were killed when the army targeted their convoy near Palmyra.",
        "manar",
        [("23", "mayadeen")],
    ),
    (
        "The Syrian army killed 17 ISIL terrorists in the desert east of Homs Al-Mayadeen television "
        "reported.",
        "manar",
        [("17", "mayadeen")],
    ),
    (
        "Tasnim news agency reported that 13 militants were killed in clashes with Syrian troops near "
        "Latakia.",
        "alalam",
        [("13", "tasnim")],
    ),
    (
        "According to Tasnim at least 50 terrorists were killed in the army's offensive on the outskirts of "
        "Aleppo.",
        "alalam",
        [("50", "tasnim")],
    ),
    (
        "The Syrian army's general command said in a statement that its units killed 200 terrorists in the "
        "operations to liberate the city.",
        "alalam",
        [("200", "army|military")],
    ),
    (
        "The army killed more than 80 terrorists and destroyed their weapons the general command of the army "
        "and armed forces said in a statement on Saturday.",
        "manar",
        [("80", "army|military")],
    ),
    (
        "The Russian reconciliation centre said four civilians were killed in militant shelling of Aleppo's "
        "western neighbourhoods.",
        "alalam",
        [("four", "reconciliation|russia")],
    ),
    (
        "Militants shelled residential areas of Aleppo 43 times killing six civilians the Russian Center for "
        "Reconciliation of the Opposing Sides in Syria said.",
        "alalam",
        [("six", "reconciliation|russia")],
    ),
    (
        "\"We killed 60 terrorists in two days\" a field commander told Al-Manar.",
        "manar",
        [("60", "commander")],
    ),
    (
        "A Syrian army commander told Al-Alam that 45 militants were killed in the battle and the rest fled "
        "toward Idlib.",
        "alalam",
        [("45", "commander")],
    ),
    (
        "Hezbollah commander Abu Ali said his fighters had killed 30 Nusra militants in the Juroud.",
        "manar",
        [("30", "hezbollah|abu ali")],
    ),
    (
        "A military source said 21 terrorists were killed in army operations in Daraa al-Balad. The source "
        "added that the army also destroyed a tunnel used by the militants.",
        "alalam",
        [("21", "military")],
    ),
    (
        "FNA dispatches said 31 terrorists were killed in the army's operations near Salma. Meanwhile in Homs"
        " a car bomb killed eight civilians.",
        "alalam",
        [("31", "fna"), ("eight", "")],
    ),
    (
        "The army units killed 10 gunmen in Harasta a military source said. Elsewhere terrorists fired "
        "rockets at Kafr Souseh killing two people.",
        "alalam",
        [("10", "military"), ("two", "")],
    ),
    (
        "Syrian fighter jets pounded terrorist positions in Idlib killing 26 militants according to FNA "
        "dispatches.",
        "alalam",
        [("26", "fna")],
    ),
    (
        "Twenty-five militants were killed in the army's attacks on their positions in Deir Ezzor FNA "
        "reported.",
        "alalam",
        [("Twenty-five", "fna")],
    ),
    (
        "The Syrian army killed 37 militants in the Northern countryside of Lattakia according to reports.",
        "alalam",
        [("37", "report|media")],
    ),
    (
        "Local sources said 14 civilians were killed in the US-led coalition's air raids on the village of "
        "al-Kishkiyeh.",
        "alalam",
        [("14", "local")],
    ),
    (
        "The US-led coalition air strikes killed nine civilians in Hajin local sources reported.",
        "alalam",
        [("nine", "local")],
    ),
    (
        "Informed sources told Al-Alam that the terrorists lost at least 70 fighters in the failed attack.",
        "alalam",
        [("70", "source")],
    ),
    (
        "At least 28 militants were killed in clashes with the Syrian army in the Eastern Qalamoun region a "
        "military source told Al-Manar.",
        "manar",
        [("28", "military")],
    ),
    (
        "A military source told Al-Mayadeen that 15 militants were killed near Deraa.",
        "manar",
        [("15", "military")],
    ),
    (
        "SANA reported that terrorists fired shells at Mhardeh killing five civilians.",
        "alalam",
        [("five", "sana")],
    ),
    (
        "The terrorists fired shells at Mhardeh killing five civilians SANA said. It added that 12 others "
        "were wounded.",
        "alalam",
        [("five", "sana"), ("12", "sana")],
    ),
    (
        "Terrorist mortar shells killed three civilians in Damascus on Tuesday a police source told SANA.",
        "alalam",
        [("three", "police")],
    ),
    (
        "Seven people were injured when a shell hit the Abbasiyin square a police source told SANA reporter.",
        "manar",
        [("Seven", "police")],
    ),
    (
        "The army's general command said in a statement that 100 terrorists were killed and that the army had"
        " restored security to the area. It added that 40 vehicles were destroyed.",
        "alalam",
        [("100", "army|military")],
    ),
    (
        "Russian Defence Ministry said its aircraft had killed 120 militants in the past day.",
        "alalam",
        [("120", "defen|russia")],
    ),
    (
        "A spokesman for the Russian reconciliation centre said 3 civilians were killed in a militant attack "
        "in Khan Touman.",
        "alalam",
        [("3", "reconciliation|spokesman|russia")],
    ),
    (
        "Fars news agency reported that the Syrian army killed 48 ISIL militants in Eastern Homs.",
        "alalam",
        [("48", "fars|fna")],
    ),
    (
        "The Syrian army troops killed 48 ISIL militants in Eastern Homs Fars news agency reported.",
        "alalam",
        [("48", "fars|fna")],
    ),
    (
        "Reports said that 32 militants including several commanders were killed in the army's artillery "
        "attack. Six of the dead were foreigners.",
        "alalam",
        [("32", "report|media"), ("Six", "report|media")],
    ),
    (
        "The field sources said that 20 of the terrorists were killed in the attack on their hideouts.",
        "alalam",
        [("20", "field|source")],
    ),
    (
        "Al-Manar correspondent in Syria said that 18 militants were killed in the ambush.",
        "manar",
        [("18", "^$|manar")],
    ),
    (
        "Al-Manar correspondent in Syria said that 18 militants were killed in the ambush.",
        "alalam",
        [("18", "manar")],
    ),
    (
        "Al-Alam reporter said 22 people were killed in the terrorist bombing.",
        "manar",
        [("22", "alam")],
    ),
    (
        "The Syrian army killed 19 terrorists in the village of Zamalka a field source said.",
        "alalam",
        [("19", "source|field")],
    ),
    (
        "A field source told FNA that 24 militants were killed in the clashes.",
        "alalam",
        [("24", "source|field")],
    ),
    (
        "The army killed 16 al-Nusra militants the Lebanese army said in a statement on Tuesday.",
        "manar",
        [("16", "army")],
    ),
    (
        "A Hezbollah fighter told Al-Manar that 12 militants had been killed in the ambush on the hills.",
        "manar",
        [("12", "fighter|hezbollah")],
    ),
    (
        "Islamic Resistance media said 14 Nusra terrorists were killed in the operation in Jroud Arsal.",
        "manar",
        [("14", "resistance|media")],
    ),
    (
        "The war media center said 14 Nusra terrorists were killed in the operation in Jroud Arsal.",
        "manar",
        [("14", "media")],
    ),
    (
        "Syrian state TV said the army killed 40 ISIS terrorists near Deir Ezzor on Friday.",
        "alalam",
        [("40", "tv|state")],
    ),
    (
        "The Syrian Observatory for Human Rights which is close to the opposition said 25 people were killed "
        "in the raids.",
        "alalam",
        [("25", "observatory")],
    ),
    (
        "Eyewitnesses said 10 civilians were killed in the Turkish shelling of Afrin.",
        "alalam",
        [("10", "witness")],
    ),
    (
        "The Kurdish Red Crescent said 16 civilians were killed in the Turkish air raids on Afrin's "
        "countryside.",
        "alalam",
        [("16", "red crescent")],
    ),
    (
        "Syria's Foreign Ministry said in letters to the UN that the coalition raids killed 28 civilians in "
        "Hasakah.",
        "alalam",
        [("28", "ministry")],
    ),
    (
        "The Iraqi army killed 15 ISIL militants in Anbar an Iraqi security source said. The source said two "
        "soldiers were also killed.",
        "alalam",
        [("15", "security"), ("two", "security|source")],
    ),
    (
        "FNA dispatches from the battlefield said that the army killed 29 militants in Tal Afar.",
        "alalam",
        [("29", "fna")],
    ),
    (
        "According to the latest reports 34 terrorists were killed in the army's operations.",
        "alalam",
        [("34", "report|media")],
    ),
    (
        "The army killed 50 terrorists in the last 24 hours according to the Syrian army's general command.",
        "alalam",
        [("50", "army|military")],
    ),
    (
        "The media office of the Syrian army said 12 terrorists were killed in the attack.",
        "alalam",
        [("12", "media|army")],
    ),
    (
        "The commander of the operations told the reporter that the army killed 37 militants in the battle.",
        "alalam",
        [("37", "commander")],
    ),
    (
        "Brigadier General Ali Mayhoub said the army killed 65 terrorists near Aleppo.",
        "alalam",
        [("65", "mayhoub")],
    ),
    (
        "A source in the Syrian army told Sputnik that 20 militants were killed in the counter-attack.",
        "alalam",
        [("20", "source")],
    ),
    (
        "A source in the Russian reconciliation centre said eight civilians were wounded by militant "
        "shelling.",
        "alalam",
        [("eight", "source|reconciliation")],
    ),
    (
        "Syrian army units killed 23 terrorists in Jobar on Thursday a military source said. The source added"
        " that 9 others were injured and their weapons were seized.",
        "alalam",
        [("23", "military"), ("9", "military")],
    ),
    (
        "A military source told SANA that army units killed 40 ISIL terrorists near Palmyra. In Daraa "
        "terrorists fired rockets at the city killing a child.",
        "manar",
        [("40", "military")],
    ),
    (
        "The army's general command said in a statement that 300 terrorists were killed in the battle of "
        "Aleppo. The statement added that 45 vehicles equipped with machine guns were destroyed.",
        "alalam",
        [("300", "army|military")],
    ),
    (
        "The Russian reconciliation centre said militants shelled the town of Mhardeh 11 times. Two civilians"
        " were killed in the shelling the centre said.",
        "alalam",
        [("Two", "reconciliation|centre|russia")],
    ),
    (
        "Al-Mayadeen reported that 14 Nusra militants were killed in Jroud Arsal. The channel said the "
        "Lebanese army also arrested 6 suspects.",
        "manar",
        [("14", "mayadeen")],
    ),
    (
        "Press TV's correspondent said 33 people were killed in the bombing in Hasakah. The correspondent "
        "added that dozens were wounded.",
        "alalam",
        [("33", "press tv|correspondent")],
    ),
    (
        "FNA dispatches said the Syrian army troops killed 52 militants in Eastern Ghouta. The dispatches "
        "added that 17 militants were wounded.",
        "alalam",
        [("52", "fna"), ("17", "fna")],
    ),
    (
        "Reports from the battlefield said 60 ISIL terrorists were killed in the army's push towards Deir "
        "Ezzor.",
        "alalam",
        [("60", "report")],
    ),
    (
        "The Syrian army troops killed 27 militants in Homs Fars news agency reported.",
        "alalam",
        [("27", "fars")],
    ),
    (
        "Terrorists fired mortar rounds that killed 8 people in Aleppo Press TV reported.",
        "alalam",
        [("8", "press tv")],
    ),
    (
        "The commander of the battle told Al-Manar that 75 militants were killed in the attack on the hills.",
        "manar",
        [("75", "commander")],
    ),
    (
        "The commander of the Syrian army's 4th division said the army killed 37 militants near Daraya.",
        "alalam",
        [("37", "army|division")],
    ),
    (
        "Tasnim reported that the army and its allies killed 90 terrorists near Aleppo. Meanwhile in Idlib a "
        "car bomb killed 6 people.",
        "alalam",
        [("90", "tasnim"), ("6", "")],
    ),
    (
        "According to the Syrian army's general command 18 soldiers were martyred in the battle.",
        "alalam",
        [("18", "army|military")],
    ),
    (
        "Terrorist rockets hit a school in Aleppo killing four children on Monday reports said.",
        "alalam",
        [("four", "report|media")],
    ),
    (
        "The Syrian army general command said in a statement that its units killed 120 terrorists in the "
        "countryside of Hama.",
        "alalam",
        [("120", "army|military")],
    ),
    (
        "The commander of the 5th Corps told Al-Alam that 44 militants were killed in the battle for the hills.",
        "alalam",
        [("44", "corps")],
    ),
    (
        "The army killed 16 militants near Raqqa an Iraqi security source said.",
        "alalam",
        [("16", "security")],
    ),
]

# Figures still read wrong, by (passage number, figure word), with the construction.
_LEFT: dict[tuple[int, str], str] = {
    (57, "12"): "a fighter who tells an outlet is no speaker ('A Hezbollah fighter told Al-Manar')",
    (71, "65"): "a rank before a name ('Brigadier General X said') is the primary, not the military",
    (22, "200"): "a lowercase possessive ('the army's general command') stops the scan: the army is lost",
    (44, "100"): "a lowercase possessive ('the army's general command') stops the scan: the army is lost",
    (76, "300"): "a lowercase possessive ('the army's general command') stops the scan: the army is lost",
    (4, "four"): "a victim noun right before a closing 'reports said' is parsed as its modifier: no figure",
    (85, "37"): "a lowercase possessive before a unit ('the army's 4th division') stops the scan",
}


def _source_of(text: str, outlet: str, word: str) -> str:
    """The source of a figure, judged on its first mention with a named source."""
    source = first_sourced(Article(id="t", text=text, outlet=outlet), word)
    return source.primary if source else ""


def _cases() -> list[object]:
    """One row per figure, the rows still wrong marked as expected failures."""
    rows: list[object] = []
    for number, (text, outlet, figures) in enumerate(_PASSAGES):
        for word, pattern in figures:
            reason = _LEFT.get((number, word))
            mark = pytest.mark.xfail(strict=True, reason=reason) if reason else ()
            rows.append(pytest.param(text, outlet, word, pattern, marks=mark))
    return rows


@pytest.mark.parametrize(("text", "outlet", "word", "pattern"), _cases())
def test_alalam_and_manar_sources(text: str, outlet: str, word: str, pattern: str) -> None:
    primary = _source_of(text, outlet, word)
    wrong = not re.search(pattern, primary, re.IGNORECASE) if pattern else bool(primary.strip())
    assert not wrong, primary


@pytest.mark.parametrize(
    ("phrase", "before", "outlet"),
    [
        ("militants in Eastern Homs Fars news agency", "killed 48 ", "Fars news agency"),
        ("Aleppo Press TV", "people in ", "Press TV"),
        ("militants in Homs SANA", "killed 48 ", "SANA"),
        ("official in Aleppo Governorate", "", None),
        ("militants in Homs Tasnim", "killed 48 ", None),
        ("Aleppo Press TV", "people from ", None),
    ],
)
def test_an_outlet_after_a_place(phrase: str, before: str, outlet: str | None) -> None:
    """A place after a locative preposition ends the incident; an outlet's name after it is who
    reports. A body that is no outlet, or a name no outlet word marks, is left whole."""
    offset = outlet_after_place(phrase, before)
    assert (phrase[offset:] if offset is not None else None) == outlet


def test_a_word_swapped_for_another_is_no_typo() -> None:
    """ "Iraqi security source" is one letter-count off "Iraqi security forces" but a source, not
    the forces; a real slip in a long name is still read as the name."""
    assert misspelt_actor("Iraqi security source") is None
    assert misspelt_actor("Iraqi securty forces") == "Iraqi forces"
    assert misspelt_actor("Syrian Obervatory for Human Rights") == "Syrian Observatory for Human Rights (SOHR)"
