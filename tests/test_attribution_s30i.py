"""Figures inside quotations and reported speech, printed as FA-KES prints them: no commas, straight
or curly marks, sometimes one mark lost. A figure in a quotation takes its speaker (GUIDELINES.md
sections 6 and 29), whether the speaker follows the closing mark, comes before the opening one,
or was named a sentence or two before and goes on ("he added", "she went on", "he noted",
"adding that"); a toll another source disputes stays each one's; a toll the outlet states right
after a quotation, in a paragraph of its own, has no source. Each row is (text, the figure's
first words, a word of the right primary source or "" for none). Sentences invented."""

from __future__ import annotations

import pytest

from rashomon.extract import extract_article
from rashomon.model import Article

# Rows the extractor still gets wrong, kept so a fix shows: a quotation after a verb that is not
# one of saying ("called the attack '...'"), and a quotation with no tag after a sentence whose
# verb only describes ("X described the night to AFP. '...'").
_LEFT = pytest.mark.xfail(strict=True, reason="no speaker found: the verb before the quotation is not one of saying")


def _source_of(text: str, cue: str) -> str:
    """The primary source of the casualty figure at `cue` ("" when it has none)."""
    at = text.index(cue)
    for fact in extract_article(Article(id="t", text=text)).casualties:
        if fact.start <= at < fact.end:
            return fact.source.primary if fact.source else ""
    raise AssertionError(f"no figure at {cue!r}")


PASSAGES = [
        (
            'Ahmad Darwish runs the clinic in Kafr Saan. "The shelling killed 12 people" he '
            'said.',
            '12',
            'Darwish',
        ),
        (
            '"Rockets killed 9 civilians in the market" said the governor.',
            '9',
            'governor',
        ),
        (
            '"Airstrikes killed 15 people in the village" the doctor told AFP.',
            '15',
            'medical',
        ),
        (
            '\u201cBarrel bombs killed 20 people this morning\u201d said Hassan Ali a local activist.',
            '20',
            'Hassan Ali',
        ),
        (
            '"The jets killed 7 children today" a resident told Reuters.',
            '7',
            'resident',
        ),
        (
            '"At least 30 people were wounded" the hospital director said on Sunday.',
            '30',
            'medical',
        ),
        (
            '"The blast killed 5 soldiers and wounded 11 others" the army said in a '
            'statement.',
            '11',
            'army',
        ),
        (
            '\u201cMortar fire killed 4 students at the school\u201d the education ministry said.',
            '4',
            'ministry',
        ),
        (
            '"Six people were killed in the raid" the Observatory said.',
            'Six',
            'Observatory',
        ),
        (
            '"The fire killed 12 workers" the factory owner told local media.',
            '12',
            'owner',
        ),
        (
            '"We lost 5 men in the ambush" a commander of the Free Syrian Army told Reuters '
            'by phone.',
            '5',
            'Free Syrian Army',
        ),
        (
            '"Eleven people died in the collapse" said Maria Lopez the mayor of the town.',
            'Eleven',
            'Lopez',
        ),
        (
            '"They killed my brother and 4 of his friends" said Ahmad Saleh a resident of '
            'the town.',
            '4',
            'Saleh',
        ),
        (
            '\u201cThe blast injured 110 people\u201d the Red Cross said in a tweet.',
            '110',
            'Red Cross',
        ),
        (
            '"A car bomb killed 8 people at the checkpoint" a security source told Sputnik.',
            '8',
            'source',
        ),
        (
            '"The militants shelled the neighbourhood killing 6 civilians" said the head of '
            'the local council.',
            '6',
            'council',
        ),
        (
            '"There were 3 dead and 12 wounded" said police spokesman Ali Hamid.',
            '12',
            'police',
        ),
        (
            '"Dozens of people were wounded" a witness said.',
            'Dozens',
            'witness',
        ),
        (
            'John Smith said "the raid killed 8 people in their homes".',
            '8',
            'Smith',
        ),
        (
            'The civil defence chief told AFP: "We pulled 17 bodies from the rubble."',
            '17',
            'civil defence',
        ),
        (
            'Governor Ali Mahmoud said \u201cthe attack killed 10 people and wounded 25\u201d.',
            '25',
            'Mahmoud',
        ),
        (
            'A nurse at the hospital said "we received 40 wounded in one hour".',
            '40',
            'medical',
        ),
        (
            'Observatory director Rami Abdel Rahman told AFP "at least 22 civilians died in '
            'the raids".',
            '22',
            'Observatory',
        ),
        (
            'The health ministry said in a statement: "The attack killed 21 people and '
            'wounded 60."',
            '21',
            'ministry',
        ),
        (
            'Rescue worker Samir Nasser told AFP: \u201cWe found 8 bodies under the rubble.\u201d',
            '8',
            'Nasser',
        ),
        (
            'A security source told Sputnik "a car bomb killed 8 people near the checkpoint".',
            '8',
            'source',
        ),
        (
            'The Observatory said the strikes were "a massacre that killed 31 civilians".',
            '31',
            'Observatory',
        ),
        pytest.param(
            'The governor called the attack "a crime that left 19 people dead".',
            '19',
            'governor',
            marks=_LEFT,
        ),
        (
            '"The planes came at dawn. They hit the market twice. 19 people died" said Omar '
            'Khatib a medic.',
            '19',
            'Khatib',
        ),
        (
            'Omar Khatib a medic in the town told AFP: "The planes came at dawn. They hit '
            'the market twice. At least 19 people died."',
            '19',
            'medical',
        ),
        (
            '"We could not reach the wounded. The roads were cut. By night 23 people had '
            'died" the doctor said.',
            '23',
            'medical',
        ),
        (
            '"The rockets fell on the school" said the mayor. "They killed 6 children and a '
            'teacher."',
            '6',
            'mayor',
        ),
        (
            '"The rockets fell on the school" the mayor said. "Six children died."',
            'Six',
            'mayor',
        ),
        (
            '\u201cThe planes came back at noon\u201d said Dr Sami Khalil. \u201cThey hit the clinic. We '
            'lost 14 patients.\u201d',
            '14',
            'Khalil',
        ),
        (
            'The Observatory said the raids hit three towns. "In Douma alone 14 people were '
            'killed" its director said.',
            '14',
            'director',
        ),
        (
            'Police said the bomb went off near a bus stop. "We count 9 dead so far" a '
            'police officer said.',
            '9',
            'police',
        ),
        (
            'According to the health ministry the hospital was overwhelmed. "We have 50 '
            'wounded and no beds" a ministry official said.',
            '50',
            'official',
        ),
        (
            'The Red Crescent said its teams reached the town on Monday. "We found 16 bodies '
            'in one house" a volunteer said.',
            '16',
            'volunteer',
        ),
        (
            'Khaled Omar a doctor in Aleppo said the hospital was hit twice. The building is '
            'badly damaged. He added that 11 patients were killed.',
            '11',
            'medical',
        ),
        (
            'Khaled Omar a doctor in Aleppo spoke to AFP. "It was a massacre" he said. "At '
            'least 18 people died" he added.',
            '18',
            'medical',
        ),
        (
            'The governor spoke to reporters on Monday. "The city is in mourning" he said. '
            'He added that 27 people had died in the floods.',
            '27',
            'governor',
        ),
        (
            'Dr Leila Hassan runs the field hospital. She said the night was chaos. She went '
            'on to say that 35 people were treated for burns.',
            '35',
            'Hassan',
        ),
        (
            'Dr Leila Hassan runs the field hospital. "The night was chaos" she said. "We '
            'treated 35 people for burns" she went on.',
            '35',
            'Hassan',
        ),
        (
            'Interior Minister Karim Nader praised the police on Sunday. He noted that 3 '
            'officers were wounded in the raid.',
            '3',
            'Interior Minister',
        ),
        (
            'The Red Crescent said the convoy was hit near Idlib pointing out that 4 aid '
            'workers were killed.',
            '4',
            'Red Crescent',
        ),
        (
            'The UN envoy condemned the attack stressing that 60 civilians had died in a '
            'week.',
            '60',
            'United Nations',
        ),
        (
            'The army said it repelled the attack adding that 13 militants were killed.',
            '13',
            'army',
        ),
        (
            '"We are doing all we can" said Health Minister Ahmad Saleh. "So far 70 people '
            'have died" he went on.',
            '70',
            'Health Minister',
        ),
        (
            'Abu Omar a local activist told AFP by phone that the jets struck twice. "After '
            'the second strike we counted 26 dead" he added.',
            '26',
            'Abu Omar',
        ),
        (
            '"The hospital is out of service" said Dr Sami Khalil. "We lost 30 patients in '
            'the raid" he added.',
            '30',
            'Khalil',
        ),
        pytest.param(
            'Dr Sami Khalil described the night to AFP. "We moved 30 patients to a school. '
            'Six of them died on the way."',
            'Six',
            'Khalil',
            marks=_LEFT,
        ),
        (
            'The governor of Homs Talal Barazi visited the site on Friday. He walked through '
            'the ruins with reporters. "At least 14 people died here" he said.',
            '14',
            'Barazi',
        ),
        (
            'Mahmoud Issa is a nurse at the Al Quds hospital. The hospital was hit in April. '
            '"We lost 22 patients and staff that night" he said.',
            '22',
            'Issa',
        ),
        (
            'The mayor Nadia Karam spoke at the funeral. She noted that 9 of the dead were '
            'children.',
            '9',
            'Karam',
        ),
        (
            '"The strike killed 30 civilians" said an activist in the town. The army denied '
            'this and said only 5 gunmen died.',
            '30',
            'activist',
        ),
        (
            '"The strike killed 30 civilians" said an activist in the town. The army denied '
            'this and said only 5 gunmen died.',
            '5',
            'army',
        ),
        (
            'State media said the blast killed 6 people. But a local official told Reuters '
            '"at least 20 died and the toll will rise".',
            '20',
            'official',
        ),
        (
            'State media said the blast killed 6 people. But a local official told Reuters '
            '"at least 20 died and the toll will rise".',
            '6',
            'state media',
        ),
        (
            '"Only 2 soldiers were wounded" a military spokesman said. The Observatory put '
            'the toll at 15 dead.',
            '2',
            'military',
        ),
        (
            '"Only 2 soldiers were wounded" a military spokesman said. The Observatory put '
            'the toll at 15 dead.',
            '15',
            'Observatory',
        ),
        (
            'The opposition said the shelling killed 40 people. "That figure is false. Only '
            '3 people died" the governor said.',
            '3',
            'governor',
        ),
        (
            'The ministry said 14 soldiers died. "The real toll is more than 50" a rebel '
            'commander told AFP.',
            '50',
            'commander',
        ),
        (
            '"We killed 40 terrorists" the army said. Activists said only 12 fighters died.',
            '12',
            'Activists',
        ),
        (
            '"The bombs fell on the bakery" said Mona a resident. "Eight people died" said '
            'her neighbour Samer.',
            'Eight',
            'Samer',
        ),
        (
            '"We will rebuild the town" the mayor said.\n\nThe earthquake killed 80 people '
            'last year.',
            '80',
            '',
        ),
        (
            '\u201cWe demand an inquiry\u201d the minister said.\n\nThe bombing killed 17 people and '
            'wounded 40.',
            '17',
            '',
        ),
        (
            'Omar Khatib spoke at the funeral. "Justice will be done" he said.\n\nThe siege '
            'has killed more than 2000 people since March.',
            '2000',
            '',
        ),
        (
            '"We will not forget them" the president said.\n\nIn all 25 people were killed in '
            'the two blasts.',
            '25',
            '',
        ),
        (
            '\u201cThis is a crime\u201d said the foreign minister.\n\nThe war has killed more than '
            '300000 people since 2011.',
            '300000',
            '',
        ),
        (
            'The raid killed 10 people in their sleep" the mayor said.',
            '10',
            'mayor',
        ),
        (
            'The doctor said "we treated 45 people for gas symptoms.',
            '45',
            'medical',
        ),
        (
            '\u201cThe shells killed 7 people near the mosque" the activist said.',
            '7',
            'activist',
        ),
        (
            '"The shells killed 7 people near the mosque\u201d the activist said.',
            '7',
            'activist',
        ),
        (
            '"The sirens went off at noon. Then the missiles hit and 13 people died said the '
            'civil defence official.',
            '13',
            'civil defence',
        ),
        (
            '"It was a massacre" he said. Khaled Omar a doctor told AFP "at least 18 people '
            'died.',
            '18',
            'medical',
        ),
        (
            'Residents said the militants executed 12 men in the square.',
            '12',
            'Residents',
        ),
        (
            'A witness told the BBC that soldiers shot 6 protesters.',
            '6',
            'witness',
        ),
        (
            'The doctor who treated the wounded said 9 of them died in the night.',
            '9',
            'medical',
        ),
]


@pytest.mark.parametrize(("text", "cue", "want"), PASSAGES)
def test_a_figure_in_reported_speech_takes_its_speaker(text: str, cue: str, want: str) -> None:
    got = _source_of(text, cue)
    assert (want.lower() in got.lower()) if want else got == ""
