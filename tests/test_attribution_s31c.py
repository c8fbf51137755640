"""Choosing among several parties named in a figure's own sentence (attr31c). Each passage is
invented, written the FA-KES way (most commas stripped), and names two or more parties of which
only one is the figure's source by GUIDELINES.md section 6 (source = who gives the figure, via =
who relays it): a speaker and the body he cites ("SANA citing a police source said": police via
SANA), an agency and a monitor, an official and the outlet he spoke to, a quoted person and his
organisation, a victim organisation ("including two Red Crescent volunteers") or a perpetrator
("the coalition said its strikes killed") beside the real source, a second source that only
comments, and "X accused Y of killing N" (X). A figure is judged as the benchmark judges it: the
first of its mentions with a named source, else the first. Rows with a reason are still read
wrong (strict xfail), each naming its construction."""

from __future__ import annotations

import re

import pytest
from conftest import first_sourced

from rashomon.extract import extract_article
from rashomon.extract.source_scan import lowercase_after_place
from rashomon.model import Article

# (construction, passage, [(figure word, pattern over the source ("" = none)), ...])
_PASSAGES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        'speaker cites body',
        'The governor of Homs said 14 people were killed in the blast citing the provincial '
        'health directorate.',
        [('14', 'health|directorate')],
    ),
    (
        'speaker cites body',
        'Citing hospital sources the monitor said 19 civilians died in the raids on Saqba.',
        [('19', 'hospital|medical')],
    ),
    (
        'speaker cites body',
        'SANA citing a police source said a car bomb killed nine people in Jableh on Monday.',
        [('nine', 'police')],
    ),
    (
        'speaker cites body',
        'Rami Abdel Rahman who heads the Observatory said 27 fighters died in the clashes near '
        'Tabqa.',
        [('27', 'rami|abdel|observatory')],
    ),
    (
        'speaker cites body',
        'A spokesman for the civil defence told Reuters that 31 bodies had been pulled from the '
        'rubble in Ariha.',
        [('31', 'civil defence|spokesman|white')],
    ),
    (
        'speaker cites body',
        'According to the state news agency quoting the Interior Ministry 16 people were killed '
        'when the bomb went off.',
        [('16', 'interior|ministry')],
    ),
    (
        'speaker cites body',
        'Doctors Without Borders said 40 people died in the shelling of Azaz citing staff at a '
        'hospital it supports.',
        [('40', 'staff|hospital|medical')],
    ),
    (
        'speaker cites body',
        'The opposition Syrian National Coalition said 55 civilians had been killed in the week '
        'citing its local councils.',
        [('55', 'council')],
    ),
    (
        'agency and monitor',
        'Air strikes killed 23 people in Maarat al-Numan the Syrian Observatory for Human Rights '
        'told AFP.',
        [('23', 'observatory')],
    ),
    (
        'agency and monitor',
        'The Britain-based Observatory told the German news agency DPA that 18 soldiers were '
        'killed in the ambush.',
        [('18', 'observatory')],
    ),
    (
        'agency and monitor',
        'State news agency SANA said 12 people died in rebel shelling while the Observatory put '
        'the toll at 15.',
        [('12', 'sana'), ('15', 'observatory')],
    ),
    (
        'agency and monitor',
        'AFP reported that 21 people were killed in the market strike citing the Syrian '
        'Observatory for Human Rights.',
        [('21', 'observatory')],
    ),
    (
        'agency and monitor',
        'Eight civilians died in the strike on the bakery the Observatory said in a statement '
        'sent to Anadolu Agency.',
        [('Eight', 'observatory')],
    ),
    (
        'agency and monitor',
        'The monitor told Al Jazeera that 33 government troops were killed when the militants '
        'overran the checkpoint.',
        [('33', 'monitor')],
    ),
    (
        'official and outlet',
        'A security official told The Associated Press that 11 policemen died in the attack on '
        'the station.',
        [('11', 'security|official')],
    ),
    (
        'official and outlet',
        'An army officer speaking to state television said 26 militants were killed in the '
        'operation east of Hama.',
        [('26', 'officer|army|military')],
    ),
    (
        'official and outlet',
        'The provincial governor told Reuters news agency that 17 people were killed and 40 '
        'wounded in the explosion.',
        [('17', 'governor'), ('40', 'governor')],
    ),
    (
        'official and outlet',
        'Speaking to Al Arabiya a rebel commander said 20 of his fighters had died in the battle '
        'for the hill.',
        [('20', 'commander')],
    ),
    (
        'official and outlet',
        'A hospital director in Idlib told the BBC that 37 bodies were brought to the morgue '
        'overnight.',
        [('37', 'hospital|director|medical')],
    ),
    (
        'official and outlet',
        'An interior ministry spokesman said in an interview with CNN that 13 policemen were '
        'killed in the raid.',
        [('13', 'interior|ministry|spokesman')],
    ),
    (
        'person and organisation',
        'Ahmed Shaker of the White Helmets said 29 people were found dead under the collapsed '
        'building.',
        [('29', 'ahmed|shaker|white helmets')],
    ),
    (
        'person and organisation',
        'Mohammad Hassan a medic with the Syrian American Medical Society said 45 people died of '
        'gas exposure.',
        [('45', 'mohammad|hassan|medic|medical society')],
    ),
    (
        'person and organisation',
        'UNICEF spokesman Christophe Boulierac said at least 22 children were killed in the '
        'attack on the school.',
        [('22', 'unicef|boulierac')],
    ),
    (
        'person and organisation',
        'Fadel Abdul Ghany the head of the Syrian Network for Human Rights said 1,200 civilians '
        'died in the month.',
        [('1,200', 'fadel|ghany|network')],
    ),
    (
        'person and organisation',
        'The head of the Kurdish Red Crescent in Afrin told reporters that 16 civilians were '
        'killed on Sunday.',
        [('16', 'red crescent|head')],
    ),
    (
        'person and organisation',
        'A spokesman for the Kurdish-led Syrian Democratic Forces Mustafa Bali said 24 jihadists '
        'were killed overnight.',
        [('24', 'bali|mustafa|democratic forces|sdf|spokesman')],
    ),
    (
        'victim organisation',
        'A Red Crescent volunteer was among nine people killed in shelling on Douma the '
        'Observatory said.',
        [('nine', 'observatory')],
    ),
    (
        'victim organisation',
        'The air strike killed two UN staff members and five civilians in Saraqeb activists said.',
        [('two', 'activist'), ('five', 'activist')],
    ),
    (
        'victim organisation',
        'Three members of the White Helmets died when a second strike hit the rescuers the Syrian '
        'Observatory for Human Rights reported.',
        [('Three', 'observatory')],
    ),
    (
        'victim organisation',
        'The monitor said 14 fighters from the Free Syrian Army were killed in the clashes.',
        [('14', 'monitor')],
    ),
    (
        'victim organisation',
        'Six Hezbollah fighters died in an Israeli strike near Quneitra a source close to the '
        'group said.',
        [('Six', 'hezbollah|source')],
    ),
    (
        'victim organisation',
        'Shelling killed four workers of Doctors Without Borders in Idlib the Syrian Network for '
        'Human Rights said.',
        [('four', 'network')],
    ),
    (
        'victim organisation',
        'The UN said 11 aid workers including three Red Crescent volunteers were killed when the '
        'convoy was hit.',
        [('11', 'un'), ('three', 'un')],
    ),
    (
        'victim organisation',
        'Kurdish police known as the Asayish lost seven officers in the blast in Qamishli SANA '
        'reported.',
        [('seven', 'sana')],
    ),
    (
        'victim organisation',
        'Two members of the Syrian Civil Defence were killed in Khan Sheikhun on Tuesday '
        'activists said.',
        [('Two', 'activist')],
    ),
    (
        'perpetrator',
        'The coalition said its strikes killed 30 Islamic State fighters near Raqqa last week.',
        [('30', 'coalition')],
    ),
    (
        'perpetrator',
        'The Russian defence ministry said its jets killed 120 militants in raids near Palmyra.',
        [('120', 'russian|defence|ministry')],
    ),
    (
        'perpetrator',
        "Islamic State claimed its suicide bomber killed 25 soldiers in the attack the group's "
        'Amaq agency said.',
        [('25', 'amaq|islamic state')],
    ),
    (
        'perpetrator',
        'Turkish jets killed 19 Kurdish fighters near Afrin the Observatory said.',
        [('19', 'observatory')],
    ),
    (
        'perpetrator',
        'The Syrian army said it killed dozens of terrorists and that 12 of its soldiers died in '
        'the battle.',
        [('12', 'army|military')],
    ),
    (
        'perpetrator',
        'Government forces killed 15 civilians in Daraa the opposition said while the army denied '
        'it.',
        [('15', 'opposition')],
    ),
    (
        'perpetrator',
        'Hezbollah fighters and Syrian troops killed 40 rebels in Qusayr state television said.',
        [('40', 'television|state')],
    ),
    (
        'perpetrator',
        'The Pentagon said a US drone strike killed 3 al-Qaeda leaders near Idlib.',
        [('3', 'pentagon')],
    ),
    (
        'commenting source',
        'Air strikes killed 25 people in Hamouriyeh the Observatory said. UNICEF said ten '
        'children were among the dead.',
        [('25', 'observatory')],
    ),
    (
        'commenting source',
        'The health ministry said 42 people were killed in the bombing. Human Rights Watch called '
        'the attack a war crime.',
        [('42', 'health|ministry')],
    ),
    (
        'commenting source',
        'Shelling killed 17 people in Aleppo the Observatory said. The UN envoy condemned the '
        'attack on civilians.',
        [('17', 'observatory')],
    ),
    (
        'commenting source',
        'A car bomb killed 32 people in Azaz according to the monitor. The Turkish foreign '
        'ministry condemned the blast.',
        [('32', 'monitor')],
    ),
    (
        'commenting source',
        'The White Helmets said 18 bodies were recovered in Jisr al-Shughur. Amnesty '
        'International urged an inquiry.',
        [('18', 'white helmets')],
    ),
    (
        'commenting source',
        'Rebel rockets killed six people in Aleppo SANA said. The Observatory confirmed the '
        'attack but gave no toll.',
        [('six', 'sana')],
    ),
    (
        'commenting source',
        'The Syrian American Medical Society said 70 people died in the gas attack. The World '
        'Health Organization said it was alarmed by the reports.',
        [('70', 'medical society|sams')],
    ),
    (
        'accused of killing',
        'The opposition accused government forces of killing 60 people in the village of Tremseh.',
        [('60', 'opposition')],
    ),
    (
        'accused of killing',
        'Damascus accused rebels of killing 14 civilians in a rocket attack on the capital.',
        [('14', 'damascus|government')],
    ),
    (
        'accused of killing',
        'Activists accused Russian warplanes of killing 23 people in the strikes on Jisr '
        'al-Shughur.',
        [('23', 'activist')],
    ),
    (
        'accused of killing',
        'Turkey accused Kurdish militants of killing eight soldiers on the border.',
        [('eight', 'turkey')],
    ),
    (
        'accused of killing',
        'The Kurdish YPG accused Turkey of killing 12 civilians in its shelling of Afrin.',
        [('12', 'ypg|kurdish')],
    ),
    (
        'accused of killing',
        'Human Rights Watch accused the coalition of killing 84 civilians in strikes on a school '
        'near Raqqa.',
        [('84', 'human rights watch|hrw')],
    ),
    (
        'accused of killing',
        'Russia has accused the US-led coalition of killing 30 civilians in Deir Ezzor.',
        [('30', 'russia')],
    ),
    (
        'several named',
        'The Observatory said 19 civilians died in the strikes. The Russian military denied that '
        'its jets had hit the town.',
        [('19', 'observatory')],
    ),
    (
        'several named',
        'Activists and the Observatory said 27 people were killed in Khan Shaykhun on Tuesday.',
        [('27', 'activist')],
    ),
    (
        'several named',
        'The Syrian army said in a statement carried by SANA that 35 terrorists were killed near '
        'Hama.',
        [('35', 'army|military')],
    ),
    (
        'several named',
        'Local council member Abu Ahmed said 8 people died while the Observatory said 10 were '
        'killed.',
        [('8', 'abu ahmed|council'), ('10', 'observatory')],
    ),
    (
        'several named',
        'According to the Local Coordination Committees 44 people were killed across Syria on '
        'Friday most of them in Homs.',
        [('44', 'coordination')],
    ),
    (
        'several named',
        'The Observatory which relies on a network of sources inside Syria said 16 soldiers died '
        'in the attack.',
        [('16', 'observatory')],
    ),
    (
        'several named',
        'A source at the Aleppo police command told SANA that 5 people were killed by rebel '
        'mortar fire.',
        [('5', 'police')],
    ),
    (
        'several named',
        'The Syrian Network for Human Rights which documents deaths told Al Jazeera 13 civilians '
        'died on Monday.',
        [('13', 'network')],
    ),
    (
        'several named',
        'A resident told the Observatory that 7 members of one family died when their house was '
        'hit.',
        [('7', 'resident')],
    ),
    (
        'several named',
        'Medical sources told the Observatory that 21 people were killed in the shelling of '
        'Jobar.',
        [('21', 'medical')],
    ),
    (
        'several named',
        'Rebels from Jaish al-Islam said they killed 40 regime soldiers the Observatory reported.',
        [('40', 'jaish|rebel')],
    ),
    (
        'several named',
        'The Kurdish Red Crescent said 20 civilians were killed in Turkish shelling the '
        'Observatory said eight.',
        [('20', 'red crescent')],
    ),
    (
        'several named',
        'Abu Mohammed a member of the Raqqa Is Being Slaughtered Silently group said 15 people '
        'died in the strike.',
        [('15', 'abu mohammed|raqqa|slaughtered')],
    ),
    (
        'several named',
        'The Free Syrian Army said 25 of its fighters died while the government said it killed '
        '80.',
        [('25', 'free syrian|fsa'), ('80', 'government')],
    ),
    (
        'citing inside',
        'The Observatory citing medics in the town said 12 people died in the barrel bomb attack.',
        [('12', 'medic')],
    ),
    (
        'citing inside',
        'State television quoting a military source said 30 militants were killed near Palmyra.',
        [('30', 'military')],
    ),
    (
        'citing inside',
        'Anadolu citing local sources reported that seven civilians died in the strike on Ariha.',
        [('seven', 'local')],
    ),
    (
        'citing inside',
        'The monitor citing figures from its own network said 61 people were killed in the week.',
        [('61', 'monitor')],
    ),
    (
        'citing at end',
        'SANA reported that 8 people were wounded by rebel mortars in Damascus citing a police '
        'source.',
        [('8', 'police')],
    ),
    (
        'citing at end',
        'Reuters said 17 fighters died in the ambush on Tuesday citing a commander in the Free '
        'Syrian Army.',
        [('17', 'commander')],
    ),
    (
        'citing at end',
        'Al Jazeera said 23 people died in the strikes citing anonymous sources.',
        [('23', 'jazeera')],
    ),
    (
        'citing at end',
        'The army said 14 soldiers died while the Observatory said 19 died citing medics.',
        [('14', 'army|military'), ('19', 'medic')],
    ),
    (
        'citing at end',
        'The ministry said 50 people were killed in the attack citing security concerns for not '
        'giving names.',
        [('50', 'ministry')],
    ),
    (
        'according quoting',
        'According to SANA quoting a source in the Homs police 11 people were killed by the car '
        'bomb.',
        [('11', 'police')],
    ),
    (
        'according quoting',
        'According to the Observatory citing doctors 22 people died in the gas attack on the '
        'town.',
        [('22', 'doctor|medical')],
    ),
    (
        'spoken to outlet',
        'Speaking to Reuters a civil defence official said 34 bodies were recovered in Ariha.',
        [('34', 'civil defen|white|official')],
    ),
    (
        'spoken to outlet',
        'In an interview with Al Jazeera the governor said 9 people died in the shelling of the '
        'city.',
        [('9', 'governor')],
    ),
    (
        'staff among the dead',
        'Shelling of a clinic in Idlib killed 16 people including two Red Crescent volunteers the '
        'aid group said. The Observatory gave the same toll.',
        [('16', 'red crescent')],
    ),
    (
        'staff among the dead',
        'The Red Cross said it was appalled. A strike on the warehouse killed 14 people including a '
        'Red Crescent driver the humanitarian organisation said.',
        [('14', 'red cross')],
    ),
    (
        'staff among the dead',
        'The Syrian Arab Red Crescent said its convoy was hit. Air strikes killed 21 people '
        'including a Red Crescent driver the humanitarian organisation said.',
        [('21', 'red crescent')],
    ),
    (
        'cited things',
        'A UN rights office spokesman Jens Olsen said 60 civilians were killed in the last week citing '
        'reports from the ground.',
        [('60', 'olsen|rights office|un')],
    ),
    (
        'cited things',
        'The monitor citing reports from its network said 12 people died in the shelling of Kafr Nabl.',
        [('12', 'monitor')],
    ),
    (
        'official of a place',
        'The governor of Hama said 13 people died when a car bomb went off near the national hospital.',
        [('13', 'governor')],
    ),
]

# Figures still read wrong, by (passage number, figure word), with the construction and reason
# (none now: 'the group' after two armed groups, left unresolved, is ambiguous, not wrong).
_LEFT: dict[tuple[int, str], str] = {}


def _source_of(text: str, word: str) -> str:
    """The source of a figure, judged on its first mention with a named source."""
    source = first_sourced(Article(id="t", text=text, outlet="ahram"), word)
    return source.primary if source else ""


def _cases() -> list[object]:
    """One row per figure, named by its construction, the rows still wrong marked as expected failures."""
    rows: list[object] = []
    for number, (construction, text, figures) in enumerate(_PASSAGES):
        for word, pattern in figures:
            reason = _LEFT.get((number, word))
            mark = pytest.mark.xfail(strict=True, reason=reason) if reason else ()
            rows.append(pytest.param(text, word, pattern, marks=mark, id=f"{number}-{construction}-{word}"))
    return rows


def _wrong(text: str, word: str, pattern: str) -> bool:
    """Whether the figure's source misses its pattern ("" wants no source)."""
    primary = _source_of(text, word)
    return not re.search(pattern, primary, re.IGNORECASE) if pattern else bool(primary.strip())


@pytest.mark.parametrize(("text", "word", "pattern"), _cases())
def test_the_party_that_gives_the_figure(text: str, word: str, pattern: str) -> None:
    assert not _wrong(text, word, pattern), _source_of(text, word)


def _via_of(text: str, word: str) -> list[str]:
    """The relays of a figure's source."""
    facts = extract_article(Article(id="t", text=text, outlet="ahram")).casualties
    chosen = next(f for f in facts if re.search(rf"\b{re.escape(word)}\b", f.text) and f.source)
    return chosen.source.via if chosen.source else []


@pytest.mark.parametrize(
    ("text", "word", "via"),
    [
        ("SANA citing a police source said a bomb killed nine people in Jableh.", "nine", "sana"),
        ("AFP reported that 21 people died in the strike citing the Syrian Observatory for Human Rights.", "21", "afp"),
        ("According to the state agency quoting the Interior Ministry 16 people were killed.", "16", "agency"),
        ("Speaking to Al Arabiya a rebel commander said 20 of his fighters had died.", "20", "arabiya"),
    ],
)
def test_the_one_citing_is_the_relay(text: str, word: str, via: str) -> None:
    """The outlet or body that cites, quotes or was spoken to passes the claim on: it is the via."""
    assert any(via in name.lower() for name in _via_of(text, word))


@pytest.mark.parametrize(
    ("phrase", "source"),
    [
        ("rebels in Qusayr activists", "activists"),
        ("rebels in eastern Ghouta local sources", "local sources"),
        ("rebels in Qusayr state television", "state television"),
        ("the head of the council in Douma", "the head of the council in Douma"),
        ("people in Something Unknown activists", "people in Something Unknown activists"),
    ],
)
def test_a_lowercase_source_after_a_place(phrase: str, source: str) -> None:
    """A lowercase source run on after a known place is the speaker; other runs stay whole."""
    assert lowercase_after_place(0, phrase)[1] == source
