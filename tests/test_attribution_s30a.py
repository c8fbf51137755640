"""Wire copy in the style of Middle-East and Turkish outlets (Al-Alam, The New Arab, Anadolu,
Daily Sabah, TRT, Sputnik, Al-Manar): each figure's source by GUIDELINES.md section 6, as a table
of invented passages (headline, dateline, several paragraphs). Most passed already and stand as
regression guards; three failed before this session's change, all of one shape, a comma
appositive between a source and its verb that source_scan._after_appositive did not read:
"X, head of the Y, told" (a bare title over a body), "X, also known as Y, said", "X, affiliated
with Y, claimed", and a person's name set off after a role ("The Observatory's director, Rami
Abdel-Rahman, said"; "the head of the monitor, N, told AFP" gave AFP). Sentences invented."""

from __future__ import annotations

import re

import pytest

from rashomon.extract import extract_article
from rashomon.model import Article

# (headline, body, [(figure cue, expected primary as a case-insensitive pattern, "" for none)])
PASSAGES = [
    pytest.param(
        "Syrian army repels attack in Hama countryside",
        "DAMASCUS (Al-Alam) - Field sources told Al-Alam that 12 terrorists were killed when the Syrian "
        "army repelled an attack on its positions near Morek on Tuesday.",
        [("12 terrorists", "field source")],
        id="alalam_field_sources",
    ),
    pytest.param(
        "Nusra gunmen killed in Idlib raids",
        "Sources told Al-Alam's correspondent that at least 20 gunmen of the Nusra Front died in the "
        "airstrikes on Khan Sheikhoun on Wednesday night.",
        [("20 gunmen", "^sources$")],
        id="alalam_sources_correspondent",
    ),
    pytest.param(
        "Market bombing kills civilians in Saraqeb",
        "A local council official told The New Arab that nine civilians, including four children, were "
        "killed in the bombing of a crowded market in Saraqeb on Sunday.",
        [("nine civilians", "local council"), ("four children", "local council")],
        id="newarab_local_council",
    ),
    pytest.param(
        "Regime airstrikes kill 15 civilians in Eastern Ghouta",
        "EASTERN GHOUTA, Syria (AA) - Anadolu Agency reported, citing local sources, that 15 civilians "
        "were killed in regime airstrikes on the besieged district on Monday.",
        [("15 civilians were", "local source")],
        id="anadolu_citing_local",
    ),
    pytest.param(
        "Russian jets strike Ariha",
        "The White Helmets said on Twitter that 11 people were killed and 30 others injured in Russian "
        "airstrikes on the town of Ariha.",
        [("11 people", "white helmets|civil defen"), ("30 others", "white helmets|civil defen")],
        id="white_helmets_twitter",
    ),
    pytest.param(
        "Terrorists killed in northern Iraq",
        "Turkish military sources said 32 PKK terrorists were killed in the operation in the Hakurk "
        "region of northern Iraq.",
        [("32 PKK", "military")],
        id="turkish_military_sources",
    ),
    pytest.param(
        "Airstrikes hit terror targets",
        "According to the Turkish General Staff, 14 terrorists were killed in airstrikes on caves used "
        "by the group in the Zap region.",
        [("14 terrorists", "general staff|armed forces|military")],
        id="turkish_general_staff",
    ),
    pytest.param(
        "Shelling kills 27 in Aleppo",
        "At least 27 civilians were killed in the shelling of eastern Aleppo, the Syrian Observatory for "
        "Human Rights, a Britain-based monitor, said.",
        [("27 civilians", "observatory")],
        id="sohr_britain_based",
    ),
    pytest.param(
        "Fighting rages in Deir Ezzor",
        "Fierce fighting raged around the airbase for a second day, the Syrian Observatory for Human "
        "Rights said. The monitor's head Rami Abdel Rahman told AFP that 43 fighters on both sides had "
        "died since dawn.",
        [("43 fighters", "observatory|abdel")],
        id="sohr_head_told_afp",
    ),
    pytest.param(
        "Blast rocks Azaz",
        "Reports said at least eight people were killed when a car bomb exploded near a mosque in Azaz.",
        [("eight people", "report")],
        id="reports_said",
    ),
    pytest.param(
        "Soldiers killed in ambush",
        "Media reports said 16 soldiers were killed in an ambush on a convoy near Deir Ezzor on Friday.",
        [("16 soldiers", "media")],
        id="media_reports_said",
    ),
    pytest.param(
        "Shelling on Douma",
        "Local activists reported that 10 people were killed in shelling on the town of Douma.",
        [("10 people", "activist")],
        id="local_activists_reported",
    ),
    pytest.param(
        "Terrorist shells hit Aleppo",
        "The Syrian Arab News Agency (SANA) reported that rocket shells fired by terrorists killed three "
        "civilians in the New Aleppo neighborhood.",
        [("three civilians", "sana|syrian arab news")],
        id="sana_reported_full_name",
    ),
    pytest.param(
        "Car bomb in Homs",
        "State television said five people were killed when a car bomb exploded in the Zahraa neighborhood of Homs.",
        [("five people", "television|\\btv\\b")],
        id="state_tv_said",
    ),
    pytest.param(
        "Russian jets strike militant positions",
        "The Russian Defence Ministry said in a statement that 120 militants were killed in airstrikes "
        "on positions in Idlib province over the past day.",
        [("120 militants", "defen[cs]e ministry")],
        id="russian_mod_statement",
    ),
    pytest.param(
        "Militants shell village",
        "The Russian Reconciliation Center reported that militants shelled the village, wounding four civilians.",
        [("four civilians", "reconciliation")],
        id="russian_reconciliation_center",
    ),
    pytest.param(
        "18 killed in regime airstrikes on Idlib: monitor",
        "Eighteen civilians were killed in regime airstrikes on the town of Maarat al-Numan on Tuesday, "
        "the Syrian Observatory for Human Rights said.",
        [("Eighteen civilians", "observatory")],
        id="headline_toll_body_source",
    ),
    pytest.param(
        "Raids kill 25 in Ghouta",
        "The Syrian Observatory for Human Rights said 25 people were killed in the raids on Arbin. Among "
        "the dead were seven children and three women.",
        [("25 people", "observatory"), ("seven children", "observatory"), ("three women", "observatory")],
        id="breakdown_after_total",
    ),
    pytest.param(
        "Raids kill 25 in Ghouta",
        "The Syrian Observatory for Human Rights said 25 people were killed in the raids on Arbin.\n\nIn "
        "a separate development, four soldiers were killed by a roadside bomb in Daraa province.",
        [("25 people", "observatory"), ("four soldiers", "")],
        id="new_topic_paragraph",
    ),
    pytest.param(
        "Shelling kills 30",
        "The Syrian Observatory for Human Rights and local activists said 30 people were killed in the "
        "shelling of the town.",
        [("30 people", "observatory")],
        id="two_sources_first_wins",
    ),
    pytest.param(
        "Bombing in Jableh",
        "According to SANA and state television, nine people were killed in the bombing in Jableh.",
        [("nine people", "sana|syrian arab news")],
        id="two_sources_according",
    ),
    pytest.param(
        "War enters eighth year",
        "Since 2011, more than 400,000 people have been killed in the conflict, which began with "
        "protests against the government.",
        [("400,000 people", "")],
        id="no_source_background",
    ),
    pytest.param(
        "Explosion in Damascus",
        "Twelve people were killed and dozens wounded in the explosion, SANA quoted a police source as saying.",
        [("Twelve people", "police")],
        id="sana_quoted_police",
    ),
    pytest.param(
        "Shells hit Damascus",
        "A medical source told SANA that two civilians were killed and 15 others injured when mortar "
        "shells hit the Bab Touma area.",
        [("two civilians", "medic"), ("15 others", "medic")],
        id="medical_source_told_sana",
    ),
    pytest.param(
        "Shells hit Aleppo",
        "The Health Directorate in Aleppo said six people were killed by shells fired on residential neighborhoods.",
        [("six people", "health")],
        id="health_directorate",
    ),
    pytest.param(
        "Homs blast",
        "Homs Governor Talal al-Barazi told SANA that 4 people were killed in the blast.",
        [("4 people", "governor|barazi")],
        id="governor_told_sana",
    ),
    pytest.param(
        "Rockets hit Kilis",
        "The Turkish Health Ministry said two people were killed and 11 others wounded when rockets "
        "fired from Syria struck Kilis.",
        [("two people", "health ministry"), ("11 others", "health ministry")],
        id="turkish_health_ministry",
    ),
    pytest.param(
        "Turkish shelling on Afrin",
        "The Kurdish Hawar news agency (ANHA) reported that seven civilians were killed in Turkish shelling on Afrin.",
        [("seven civilians", "hawar|anha")],
        id="hawar_reported",
    ),
    pytest.param(
        "Daesh claims attack",
        "The Amaq news agency, affiliated with Daesh, claimed that 20 soldiers were killed in the attack.",
        [("20 soldiers", "amaq")],
        id="amaq_claimed",
    ),
    pytest.param(
        "Thousands flee Idlib",
        "The UN Office for the Coordination of Humanitarian Affairs (OCHA) said at least 60 civilians "
        "had been killed in the past week.",
        [("60 civilians", "\\bUN\\b|united nations|OCHA|coordination of humanitarian")],
        id="ocha_said",
    ),
    pytest.param(
        "Children killed in school attack",
        "UNICEF said in a statement that 22 children and six teachers were killed in the attack on the school.",
        [("22 children", "unicef"), ("six teachers", "unicef")],
        id="unicef_statement",
    ),
    pytest.param(
        "Hospital attacked",
        "Doctors Without Borders (MSF) said 25 people were killed when missiles hit the hospital it supports.",
        [("25 people", "msf|doctors without borders|medecins")],
        id="msf_said",
    ),
    pytest.param(
        "Toll rises in Raqqa",
        'The Syrian Observatory for Human Rights said the fighting continued. "We have documented 35 '
        'deaths so far," said Rami Abdel Rahman, the head of the monitor.',
        [("35", "observatory|abdel")],
        id="quote_abdel_rahman",
    ),
    pytest.param(
        "Airstrikes on Idlib",
        '"Twelve people were killed, among them three children," a civil defense official told Anadolu Agency.',
        [("Twelve people", "civil defen"), ("three children", "civil defen")],
        id="quote_civil_defence_anadolu",
    ),
    pytest.param(
        "9 civilians killed in Idlib",
        "IDLIB, Syria (AA) - At least nine civilians were killed Monday in airstrikes by Assad regime "
        "forces on Idlib province, according to a White Helmets official.",
        [("nine civilians", "white helmets|civil defen")],
        id="aa_dateline_white_helmets",
    ),
    pytest.param(
        "Operation in northern Syria",
        "Six terrorists were killed in the operation, a statement by the Turkish Defense Ministry said.",
        [("Six terrorists", "defen[cs]e ministry")],
        id="defense_ministry_statement",
    ),
    pytest.param(
        "Monitor: 40 killed in Daesh attack on Deir Ezzor",
        "Daesh militants killed 40 pro-regime fighters in an attack on positions near the Euphrates, the "
        "Syrian Observatory for Human Rights said on Thursday.",
        [("40 pro-regime", "observatory")],
        id="monitor_colon_headline",
    ),
    pytest.param(
        "Syrian army advances",
        "A source in the Syrian army told Sputnik that 30 militants were killed in the clashes near Palmyra.",
        [("30 militants", "army|military")],
        id="sputnik_army_source",
    ),
    pytest.param(
        "Ceasefire violations",
        "The Russian Center for Reconciliation of Opposing Sides in Syria said militants killed two "
        "Syrian soldiers in Latakia province.",
        [("two Syrian soldiers", "reconciliation")],
        id="russian_center_full",
    ),
    pytest.param(
        "Militants shell Aleppo",
        "Yuri Yevtushenko, head of the Russian Reconciliation Center, told reporters that eight "
        "civilians were killed by militant shelling.",
        [("eight civilians", "reconciliation|yevtushenko")],
        id="yevtushenko_told",
    ),
    pytest.param(
        "Clashes in Hama",
        "The Observatory said 13 soldiers died in the clashes. It added that six rebels were also killed.",
        [("13 soldiers", "observatory"), ("six rebels", "observatory")],
        id="observatory_added",
    ),
    pytest.param(
        "Raids on Douma",
        "At least 31 people were killed in the raids on Douma, the Syrian Observatory for Human Rights "
        "said.\n\nThe group added that nine of the dead were children.",
        [("31 people", "observatory"), ("nine of the dead", "observatory")],
        id="group_added_new_paragraph",
    ),
    pytest.param(
        "Raids on Douma",
        "At least 31 people were killed in the raids on Douma, the Syrian Observatory for Human Rights "
        "said.\n\nMeanwhile, in Raqqa, three civilians died in a landmine explosion.",
        [("31 people", "observatory"), ("three civilians", "")],
        id="meanwhile_new_paragraph",
    ),
    pytest.param(
        "Protesters killed",
        "Eyewitnesses told Al-Araby al-Jadeed that security forces killed five protesters in the city center.",
        [("five protesters", "witness")],
        id="witnesses_told_araby",
    ),
    pytest.param(
        "Barrel bombs on Daraa",
        "Activists told The New Arab that barrel bombs killed 14 people in the town of Nawa.",
        [("14 people", "activist")],
        id="activists_told_newarab",
    ),
    pytest.param(
        "Clashes near Azaz",
        "A source in the Free Syrian Army told The New Arab that 11 Daesh fighters were killed in the clashes.",
        [("11 Daesh", "free syrian army|FSA")],
        id="fsa_source_newarab",
    ),
    pytest.param(
        "Civilian deaths in March",
        "The Syrian Network for Human Rights (SNHR) said in its monthly report that 224 civilians were "
        "killed in March.",
        [("224 civilians", "network for human rights|SNHR")],
        id="snhr_monthly",
    ),
    pytest.param(
        "Clashes in Hasakah",
        "The Observatory's director, Rami Abdel-Rahman, said 17 Kurdish fighters were among the dead.",
        [("17 Kurdish", "observatory|abdel")],
        id="observatory_director_said",
    ),
    pytest.param(
        "Toll in Aleppo",
        "Rami Abdulrahman, who heads the Observatory, said 52 people had been killed in the city.",
        [("52 people", "observatory|abdul")],
        id="abdulrahman_who_heads",
    ),
    pytest.param(
        "PKK attack foiled",
        "Security sources told Daily Sabah that three PKK terrorists were killed as they tried to attack "
        "a military outpost.",
        [("three PKK", "security source")],
        id="security_sources_dailysabah",
    ),
    pytest.param(
        "Clashes in Hakkari",
        "Two soldiers were killed in clashes with PKK terrorists in Hakkari, according to Turkish security sources.",
        [("Two soldiers", "security source")],
        id="according_turkish_security",
    ),
    pytest.param(
        "Terrorists neutralised",
        "The Turkish Defense Ministry said on Twitter that 7 terrorists were killed in an air-backed operation.",
        [("7 terrorists", "defen[cs]e ministry")],
        id="defense_ministry_twitter",
    ),
    pytest.param(
        "Clashes in Arsal",
        "The National News Agency (NNA) reported that four Lebanese soldiers were killed in clashes with "
        "militants on the outskirts of Arsal.",
        [("four Lebanese", "national news agency|NNA")],
        id="nna_reported",
    ),
    pytest.param(
        "Army advances in Qalamoun",
        "Al-Manar's correspondent in Qalamoun reported that 25 militants were killed in the army's advance.",
        [("25 militants", "^$|manar")],
        id="manar_correspondent",
    ),
    pytest.param(
        "Army pushes into Daraa",
        "The pro-government Al-Watan daily reported that 19 gunmen were killed in the army's advance.",
        [("19 gunmen", "watan")],
        id="alwatan_reported",
    ),
    pytest.param(
        "Mortars on Damascus",
        "Medical sources told SANA that a woman was killed and seven people were injured by mortar shells.",
        [("seven people", "medic")],
        id="medical_sources_told_sana",
    ),
    pytest.param(
        "Bombing in Azaz",
        "At least eight people were killed in the car bombing in Azaz, the Syrian Observatory for Human "
        "Rights said.\n\nThe conflict has killed more than 350,000 people since it began in 2011.",
        [("eight people", "observatory"), ("350,000 people", "")],
        id="background_after_sourced",
    ),
    pytest.param(
        "Blast in Afrin",
        "A bomb blast killed six people in the town center of Afrin on Sunday.",
        [("six people", "")],
        id="no_source_plain",
    ),
    pytest.param(
        "Terrorists killed in Syria",
        "ANKARA - Turkish forces killed nine YPG terrorists who were preparing an attack in northern "
        "Syria, the National Defense Ministry said on Saturday.",
        [("nine YPG", "defen[cs]e ministry")],
        id="trt_dateline_ministry",
    ),
    pytest.param(
        "Terrorists killed in Diyarbakir",
        "Four terrorists were killed in an operation in Diyarbakir, the Interior Ministry said in a statement.",
        [("Four terrorists", "interior ministry")],
        id="interior_ministry_statement",
    ),
    pytest.param(
        "Turkish operation in Afrin",
        "Turkish warplanes struck Kurdish positions in Afrin on Sunday.\n\nThe Syrian Observatory for "
        "Human Rights said 18 civilians had been killed since the operation began.\n\nThe monitor said "
        "another 42 YPG fighters had died in the clashes.",
        [("18 civilians", "observatory"), ("42 YPG", "observatory")],
        id="sohr_later_paragraph_monitor",
    ),
    pytest.param(
        "Terrorist attack on Hama village",
        "HAMA (SANA) - Terrorists attacked the village of Maan at dawn, a source in the province told "
        "SANA. Nine civilians were killed in the attack, including three children.",
        [("Nine civilians", "source"), ("three children", "source")],
        id="breakdown_new_sentence_sana",
    ),
    pytest.param(
        "Terrorists target Jaramana",
        "DAMASCUS (SANA) - SANA reporter said that two citizens were killed and 5 others were injured "
        "when terrorists fired mortar shells on Jaramana.",
        [("two citizens", "^$|sana"), ("5 others", "^$|sana")],
        id="sana_reporter_own",
    ),
    pytest.param(
        "Blast in Baghdad",
        "At least 14 people were killed in a suicide bombing in a Baghdad market, according to media reports.",
        [("14 people", "media")],
        id="according_to_media_reports",
    ),
    pytest.param(
        "Clashes in Idlib",
        "Local sources said 23 fighters from both sides were killed in the clashes in Jisr al-Shughur.",
        [("23 fighters", "local source")],
        id="local_sources_said",
    ),
    pytest.param(
        "Shelling on Daraa",
        "Shelling on Daraa al-Balad killed eight people, including two women, local activists said.",
        [("eight people", "activist"), ("two women", "activist")],
        id="activists_said_end",
    ),
    pytest.param(
        "Airstrike on Atarib",
        "Syrian Civil Defense, also known as the White Helmets, said seven people were killed in the "
        "airstrike on Atarib.",
        [("seven people", "civil defen|white helmets")],
        id="civil_defense_aka",
    ),
    pytest.param(
        "Regime shelling kills 4",
        "Four civilians were killed in regime shelling on Kafr Nabl, Anadolu Agency's correspondent reported.",
        [("Four civilians", "anadolu|correspondent|^$")],
        id="aa_correspondent",
    ),
    pytest.param(
        "Militants attack Aleppo",
        "A source told Sputnik that militants killed three people in the western district of the city.",
        [("three people", "source")],
        id="sputnik_source_told",
    ),
    pytest.param(
        "Airstrikes in Syria",
        "The Russian Defense Ministry said on Wednesday that its aircraft had struck 40 targets.\n\nIt "
        "said that more than 200 militants had been killed in the strikes.",
        [("200 militants", "defen[cs]e ministry")],
        id="russian_mod_two_paragraph",
    ),
    pytest.param(
        "SOHR: 60 killed in Raqqa raids",
        "Sixty people were killed in coalition raids on Raqqa on Monday, the monitor said.",
        [("Sixty people", "observatory|sohr")],
        id="headline_colon_sohr_abbrev",
    ),
    pytest.param(
        "Explosion in Idlib",
        "Seven people were killed when an explosion ripped through a weapons depot in Idlib, reports said.",
        [("Seven people", "report")],
        id="reports_said_end",
    ),
    pytest.param(
        "Israeli strikes near Damascus",
        "Syrian state media said two soldiers were killed in the Israeli strikes near Damascus airport.",
        [("two soldiers", "state media")],
        id="state_media_said",
    ),
    pytest.param(
        "Fighting rages in Deir Ezzor",
        "Fierce fighting raged around the airbase, the Syrian Observatory for Human Rights said. The "
        "head of the monitor, Rami Abdel Rahman, told AFP that 43 fighters had died since dawn.",
        [("43 fighters", "observatory|abdel")],
        id="role_then_name_told_afp",
    ),
]


def _primary_at(title: str, body: str, cue: str) -> str | None:
    """The primary source of the figure whose words hold the cue's start in the body, or None."""
    at = len(title) + 2 + body.index(cue)
    text = f"{title}\n\n{body}"
    facts = extract_article(Article(id="t", text=text, title=title)).casualties
    for fact in facts:
        if fact.start <= at < fact.end or at <= fact.start < at + len(cue):
            return fact.source.primary if fact.source else ""
    return None


@pytest.mark.parametrize(("title", "body", "checks"), PASSAGES)
def test_wire_passage_sources(title: str, body: str, checks: list[tuple[str, str]]) -> None:
    for cue, want in checks:
        primary = _primary_at(title, body, cue)
        assert primary is not None, f"no figure at {cue!r}"
        if want in ("", "^$"):
            assert primary == "", f"{cue!r}: {primary!r}"
        elif want.startswith("^$|"):
            assert primary == "" or re.search(want[3:], primary, re.IGNORECASE), f"{cue!r}: {primary!r}"
        else:
            assert re.search(want, primary, re.IGNORECASE), f"{cue!r}: {primary!r}"


def test_a_place_after_a_claim_is_no_appositive_speaker() -> None:
    body = "Eight civilians were killed in Douma, Eastern Ghouta, said the Observatory."
    assert "Observatory" in _primary_at("Raids on Douma", body, "Eight civilians")


def test_a_title_over_a_body_without_the_keeps_the_person() -> None:
    body = "Omar Haddad, director of Relief and Works, said 12 people were killed in the flood."
    assert _primary_at("Flood in the valley", body, "12 people") == "Omar Haddad"


def test_a_named_agency_affiliated_with_a_group_speaks_with_commas_dropped() -> None:
    body = "The Amaq news agency affiliated with Daesh claimed that 20 soldiers were killed in the raid."
    assert "Amaq" in _primary_at("Daesh claims raid", body, "20 soldiers")


def test_unnamed_fighters_linked_to_a_group_stay_the_groups() -> None:
    body = "Militants linked to al-Qaeda said 12 soldiers were killed in the raid."
    assert "Qaeda" in _primary_at("Raid in the north", body, "12 soldiers")


def test_a_plural_before_a_title_is_a_lost_possessive_of_the_monitor() -> None:
    body = (
        "Fierce fighting raged around the airbase the Syrian Observatory for Human Rights said. "
        "The monitors head Rami Abdel Rahman told AFP that 43 fighters had died since dawn."
    )
    assert "Observatory" in _primary_at("Fighting rages", body, "43 fighters")
