"""FA-KES page layouts (attr30h): each outlet glues its title, byline, dateline and lead in its
own way ("<title> <subtitle> AFP Friday 23 Aug 2013 <lead>", "Published June 27 2016 <lead>",
"Date of publication 17 October 2016 <lead>", "28.04.2017Get short URL 318 <lead>", "<title> |
Jordan Times" over "Last updated at Feb 092015 BEIRUT <lead>", ...), with no commas. Each passage
is invented in one outlet's layout; each figure's source follows GUIDELINES.md section 6 and its
later notes (a title figure takes the body's named source when the body restates it; a byline
agency is no source; a lead's "a monitor" is the Observatory the next sentence names). A figure
is judged as the benchmark judges it: the first of its mentions with a named source, else the
first. Rows marked xfail are layouts still read wrong, with the reason."""

from __future__ import annotations

import re

import pytest
from conftest import first_sourced

from rashomon.extract import extract_article
from rashomon.model import Article

# (outlet, title, content, figure word, pattern over the source ("" = the outlet's own), via patterns)
_LAYOUTS: list[tuple[str, str, str, str, str, list[str]]] = [
    (
        'ahram',
        'Shelling kills 14 in Syrian border town Monitor',
        'Shelling kills 14 in Syrian border town Monitor AFP Tuesday 4 Mar 2014 Government shelling killed 14'
        ' people in a town near the Lebanese border on Tuesday a monitor said. The Syrian Observatory for '
        'Human Rights said the dead included three boys.',
        '14', 'observatory', [],
    ),
    (
        'ahram',
        'Shelling kills 14 in Syrian border town Monitor',
        'Shelling kills 14 in Syrian border town Monitor AFP Tuesday 4 Mar 2014 Government shelling killed 14'
        ' people in a town near the Lebanese border on Tuesday a monitor said. The Syrian Observatory for '
        'Human Rights said the dead included three boys.',
        'three', 'observatory', [],
    ),
    (
        'ahram',
        'Car bomb kills 9 in northern Syria',
        'Car bomb kills 9 in northern Syria Blast hits market near Turkish border AFP Saturday 8 Nov 2014 A '
        'car bomb ripped through a crowded market in a northern Syrian town on Saturday killing nine people '
        'the Syrian Observatory for Human Rights said.',
        '9', 'observatory', [],
    ),
    (
        'ahram',
        'Car bomb kills 9 in northern Syria',
        'Car bomb kills 9 in northern Syria Blast hits market near Turkish border AFP Saturday 8 Nov 2014 A '
        'car bomb ripped through a crowded market in a northern Syrian town on Saturday killing nine people '
        'the Syrian Observatory for Human Rights said.',
        'nine', 'observatory', [],
    ),
    (
        'ahram',
        'Air strikes kill 21 civilians in Idlib says UN',
        'Air strikes kill 21 civilians in Idlib says UN Reuters Monday 2 Jun 2015 Air strikes on a village in'
        ' Idlib province killed 21 civilians on Sunday the United Nations said on Monday.',
        '21', '\\bun\\b|united nations', [],
    ),
    (
        'ahram',
        'Clashes kill 30 jihadists in Hasakeh Monitor',
        'Clashes kill 30 jihadists in Hasakeh Monitor AFP Wednesday 17 Jun 2015 At least 30 jihadists died in'
        ' clashes with Kurdish fighters in Hasakeh province on Wednesday according to the Syrian Observatory '
        'for Human Rights.',
        '30', 'observatory', [],
    ),
    (
        'ahram',
        'Rebel rockets kill 6 in Damascus state media',
        'Rebel rockets kill 6 in Damascus state media AFP Thursday 5 Mar 2015 Rebel rockets fired at central '
        'Damascus killed six people on Thursday state news agency SANA reported.',
        '6', '\\bsana\\b', [],
    ),
    (
        'ahram',
        'Rebel rockets kill 6 in Damascus state media',
        'Rebel rockets kill 6 in Damascus state media AFP Thursday 5 Mar 2015 Rebel rockets fired at central '
        'Damascus killed six people on Thursday state news agency SANA reported.',
        'six', '\\bsana\\b', [],
    ),
    (
        'ahram',
        'Barrel bombs kill 12 in Aleppo',
        'Barrel bombs kill 12 in Aleppo AFP Friday 23 Aug 2013 Regime helicopters dropped barrel bombs on a '
        'rebel district of Aleppo on Friday killing 12 people activists said.',
        '12', 'activist', [],
    ),
    (
        'alalam',
        'Syrian Army Kills 45 Terrorists in Homs Countryside',
        'Sat Mar 12 2016 Syrian Army Kills 45 Terrorists in Homs Countryside. Syrian army units killed 45 '
        'terrorists in the eastern countryside of Homs a military source said on Saturday.',
        '45', 'military|army|field source', [],
    ),
    (
        'alalam',
        '17 Killed in Terrorist Mortar Attack on Damascus',
        'Mon Oct 3 2016 17 Killed in Terrorist Mortar Attack on Damascus. Seventeen people were killed when '
        'terrorists fired mortar shells at residential areas of Damascus a police source told SANA.',
        '17', 'police', ['sana'],
    ),
    (
        'alalam',
        '17 Killed in Terrorist Mortar Attack on Damascus',
        'Mon Oct 3 2016 17 Killed in Terrorist Mortar Attack on Damascus. Seventeen people were killed when '
        'terrorists fired mortar shells at residential areas of Damascus a police source told SANA.',
        'Seventeen', 'police', ['sana'],
    ),
    (
        'alalam',
        'Dozens of ISIL Militants Killed in Deir Ezzor',
        'Wed Sep 7 2016 Dozens of ISIL Militants Killed in Deir Ezzor. At least 38 ISIL militants were killed'
        ' in air raids on their positions near Deir Ezzor airport according to field sources.',
        '38', 'military|army|field source', [],
    ),
    (
        'alalam',
        'Saudi Raids Kill 11 Yemeni Civilians',
        'Tue May 10 2016 Saudi Raids Kill 11 Yemeni Civilians. Saudi warplanes struck a market in Saada '
        'province killing 11 civilians Yemeni media reported.',
        '11', 'media|report', [],
    ),
    (
        'alalam',
        'Monitor: 25 Killed in Clashes near Aleppo',
        'Fri Jul 8 2016 Monitor: 25 Killed in Clashes near Aleppo. At least 25 militants were killed in '
        'clashes with the Syrian army north of Aleppo the so-called Syrian Observatory for Human Rights said '
        'on Friday.',
        '25', 'observatory', [],
    ),
    (
        'alaraby',
        'Regime barrel bombs kill 18 in Daraa',
        'Date of publication 17 October 2016 At least 18 civilians were killed on Monday when regime '
        'helicopters dropped barrel bombs on a village in Daraa province activists said. Tags Syria Daraa '
        'Barrel Bombs At least 18 civilians were killed on Monday in barrel bomb attacks in Daraa activists '
        'said.',
        '18', 'activist', [],
    ),
    (
        'alaraby',
        'Russian strikes kill 23 in Idlib',
        'Date of publication 3 February 2017 Russian air strikes on a market town in Idlib province killed 23'
        ' people on Friday the Syria Civil Defence said. Tags Syria Idlib Russia The rescue group said '
        'children were among the 23 dead.',
        '23', 'civil defen[cs]e|white helmets', [],
    ),
    (
        'alaraby',
        'Siege deaths climb in Madaya',
        'Date of publication 12 January 2016 Eleven more people have starved to death in the besieged town of'
        ' Madaya a doctor told The New Arab on Tuesday. Tags Syria Madaya Siege Starvation',
        'Eleven', 'doctor|medic', ['new arab'],
    ),
    (
        'alaraby',
        'Suicide blast kills 40 in Tartous',
        'Date of publication 5 September 2016 A suicide bomber killed 40 people at a bridge in Tartous on '
        'Monday the Syrian Observatory for Human Rights said. Tags Syria Tartous Islamic State Read also: Car'
        ' bomb kills 12 in Homs',
        '40', 'observatory', [],
    ),
    (
        'alaraby',
        'Air raids kill 15 in Aleppo',
        'Date of publication 20 April 2016 Air raids on rebel-held districts of Aleppo killed 15 people on '
        'Wednesday according to local sources. Tags Syria Aleppo Air Strikes',
        '15', 'local sources', [],
    ),
    (
        'arabiya',
        'Regime raids kill 19 in Douma',
        'Sunday 13 March 2016 Regime raids kill 19 in Douma. Regime air raids on the rebel town of Douma '
        'killed 19 people on Sunday according to the Syrian Observatory for Human Rights.',
        '19', 'observatory', [],
    ),
    (
        'arabiya',
        'ISIS executes 8 in Raqqa',
        'Thursday 2 June 2016 ISIS executed eight men in a public square in Raqqa on Thursday the Syrian '
        'Observatory for Human Rights reported.',
        '8', 'observatory', [],
    ),
    (
        'arabiya',
        'ISIS executes 8 in Raqqa',
        'Thursday 2 June 2016 ISIS executed eight men in a public square in Raqqa on Thursday the Syrian '
        'Observatory for Human Rights reported.',
        'eight', 'observatory', [],
    ),
    (
        'arabiya',
        'Activists: 27 killed in Hama strikes',
        'Tuesday 9 August 2016 Activists: 27 killed in Hama strikes. Air strikes killed 27 people in the '
        'countryside of Hama province on Tuesday activists said.',
        '27', 'activist', [],
    ),
    (
        'arabiya',
        'Clashes kill 33 fighters near Palmyra',
        'Saturday 27 February 2016 At least 33 fighters were killed in clashes near Palmyra the Syrian '
        'Observatory for Human Rights reported. It said 20 of them were government soldiers.',
        '33', 'observatory', [],
    ),
    (
        'arabiya',
        'Clashes kill 33 fighters near Palmyra',
        'Saturday 27 February 2016 At least 33 fighters were killed in clashes near Palmyra the Syrian '
        'Observatory for Human Rights reported. It said 20 of them were government soldiers.',
        '20', 'observatory', [],
    ),
    (
        'arabiya',
        'UN: 13 aid workers killed in convoy attack',
        'Wednesday 21 September 2016 UN: 13 aid workers killed in convoy attack. Thirteen aid workers were '
        'killed when a convoy was attacked west of Aleppo the United Nations said on Wednesday.',
        '13', '\\bun\\b|united nations', [],
    ),
    (
        'arabiya',
        'UN: 13 aid workers killed in convoy attack',
        'Wednesday 21 September 2016 UN: 13 aid workers killed in convoy attack. Thirteen aid workers were '
        'killed when a convoy was attacked west of Aleppo the United Nations said on Wednesday.',
        'Thirteen', '\\bun\\b|united nations', [],
    ),
    (
        'dailysabah',
        'Regime barrel bombs kill 22 in Aleppo monitor says',
        'Published June 27 2016 At least 22 civilians were killed in regime barrel bomb attacks on rebel-held'
        ' parts of Aleppo a monitor said on Monday. The Syrian Observatory for Human Rights said four '
        'children were among the dead.',
        '22', 'observatory', [],
    ),
    (
        'dailysabah',
        'Regime barrel bombs kill 22 in Aleppo monitor says',
        'Published June 27 2016 At least 22 civilians were killed in regime barrel bomb attacks on rebel-held'
        ' parts of Aleppo a monitor said on Monday. The Syrian Observatory for Human Rights said four '
        'children were among the dead.',
        'four', 'observatory', [],
    ),
    (
        'dailysabah',
        'Daesh rockets kill 3 in Kilis',
        'Published April 24 2016 Three people were killed when rockets fired from Daesh-held territory in '
        "Syria hit the Turkish border town of Kilis the governor's office said.",
        '3', 'governor', [],
    ),
    (
        'dailysabah',
        'Daesh rockets kill 3 in Kilis',
        'Published April 24 2016 Three people were killed when rockets fired from Daesh-held territory in '
        "Syria hit the Turkish border town of Kilis the governor's office said.",
        'Three', 'governor', [],
    ),
    (
        'dailysabah',
        'Turkish army neutralizes 14 PKK terrorists',
        'Published August 30 2016 The Turkish Armed Forces neutralized 14 PKK terrorists in air strikes in '
        'northern Iraq the military said in a statement on Tuesday.',
        '14', 'military|army|field source', [],
    ),
    (
        'dailysabah',
        'Assad regime strikes kill 31 in Idlib White Helmets say',
        'Published February 7 2017 Assad regime air strikes on a town in Idlib killed 31 people on Tuesday '
        'according to the White Helmets.',
        '31', 'civil defen[cs]e|white helmets', [],
    ),
    (
        'dailysabah',
        '10 civilians killed in Russian air strike',
        'Published December 2 2015 Ten civilians were killed in a Russian air strike on a village near Jisr '
        'al-Shughour Anadolu Agency reported citing local sources.',
        '10', 'local sources', ['anadolu'],
    ),
    (
        'dailysabah',
        '10 civilians killed in Russian air strike',
        'Published December 2 2015 Ten civilians were killed in a Russian air strike on a village near Jisr '
        'al-Shughour Anadolu Agency reported citing local sources.',
        'Ten', 'local sources', ['anadolu'],
    ),
    (
        'etilaf',
        'Regime Air Raids Kill 36 Civilians in Eastern Ghouta',
        'Monday 9 February 2015 14:22 Regime Air Raids Kill 36 Civilians in Eastern Ghouta. The Syrian '
        'Coalition condemned the air raids that killed 36 civilians in Douma today. Activists said that most '
        'of the victims were women and children.',
        '36', '', [],
    ),
    (
        'etilaf',
        'Syrian Coalition Condemns Massacre in Idlib',
        'Friday 12 June 2015 18:40 Syrian Coalition Condemns Massacre in Idlib. Activists said that at least '
        '24 civilians were killed when regime helicopters dropped barrel bombs on a market in Idlib province.',
        '24', 'activist', [],
    ),
    (
        'etilaf',
        'Russian Airstrikes Kill 17 Civilians in Rural Aleppo',
        'Sunday 7 February 2016 11:05 Russian Airstrikes Kill 17 Civilians in Rural Aleppo. At least 17 '
        'civilians were killed in Russian airstrikes on rural Aleppo according to the Syrian Network for '
        'Human Rights.',
        '17', 'network for human rights', [],
    ),
    (
        'jordantimes',
        'Government shelling kills 16 in Homs monitor | Jordan Times',
        'Last updated at Mar 142015 BEIRUT At least 16 people were killed on Saturday in government shelling '
        'of a rebel-held district of Homs the Syrian Observatory for Human Rights said.',
        '16', 'observatory', [],
    ),
    (
        'jordantimes',
        'Russia says it kills 60 militants in Syria | Jordan Times',
        'Last updated at Nov 212015 MOSCOW Some 60 militants were killed in Russian air strikes in Syria over'
        ' the past day the defence ministry in Moscow said on Saturday.',
        '60', 'defen[cs]e ministry|reconciliation|^russia$', [],
    ),
    (
        'jordantimes',
        'Suicide attack kills 7 in Damascus | Jordan Times',
        'Last updated at Jan 312016 DAMASCUS Seven people were killed in a suicide attack near a shrine south'
        ' of Damascus state television said on Sunday.',
        '7', 'television', [],
    ),
    (
        'jordantimes',
        'Suicide attack kills 7 in Damascus | Jordan Times',
        'Last updated at Jan 312016 DAMASCUS Seven people were killed in a suicide attack near a shrine south'
        ' of Damascus state television said on Sunday.',
        'Seven', 'television', [],
    ),
    (
        'jordantimes',
        'Air strikes on Aleppo kill 28 civil defence | Jordan Times',
        'Last updated at Apr 282016 BEIRUT Air strikes on a hospital and nearby buildings in Aleppo killed 28'
        ' people the civil defence service said on Thursday.',
        '28', 'civil defen[cs]e|white helmets', [],
    ),
    (
        'manar',
        'title: Syrian Army Kills 34 Terrorists in Daraa',
        '11-05-2016 Syrian Army Kills 34 Terrorists in Daraa. Syrian army units killed 34 terrorists in '
        'operations in Daraa countryside a military source told SANA.',
        '34', 'military|army|field source', ['sana'],
    ),
    (
        'manar',
        'Nine Civilians Killed in Terrorist Shelling on Aleppo',
        '04-10-2016 Nine Civilians Killed in Terrorist Shelling on Aleppo. Nine civilians were killed on '
        'Tuesday in terrorist rocket attacks on residential neighborhoods in Aleppo. A police source told '
        'SANA that the rockets hit al-Midan neighborhood.',
        'Nine', 'police', ['sana'],
    ),
    (
        'manar',
        'ISIL Kills 26 in Attack on Deir Ezzor Villages',
        'June 3 2017 ISIL Kills 26 in Attack on Deir Ezzor Villages. ISIL terrorist group killed 26 people in'
        ' an attack on two villages in Deir Ezzor province a monitor said.',
        '26', 'monitor', [],
    ),
    (
        'manar',
        'Israeli Forces Kill 2 Palestinians in West Bank',
        '18-01-2016 Israeli Forces Kill 2 Palestinians in West Bank. Two Palestinians were killed by Israeli '
        'fire near Hebron the Palestinian health ministry said.',
        '2', 'health ministry', [],
    ),
    (
        'manar',
        'Israeli Forces Kill 2 Palestinians in West Bank',
        '18-01-2016 Israeli Forces Kill 2 Palestinians in West Bank. Two Palestinians were killed by Israeli '
        'fire near Hebron the Palestinian health ministry said.',
        'Two', 'health ministry', [],
    ),
    (
        'reuters',
        'Air strikes kill 40 in Syrian city: monitor',
        'March 3 2015 Air strikes kill 40 in Syrian city: monitor. Air strikes killed at least 40 people in a'
        ' rebel-held city in northwestern Syria on Tuesday the Syrian Observatory for Human Rights said.',
        '40', 'observatory', [],
    ),
    (
        'reuters',
        'Islamic State kills 12 Kurdish fighters: monitor Tom Perry',
        'May 9 2015 Islamic State kills 12 Kurdish fighters: monitor Tom Perry. Islamic State militants '
        'killed 12 Kurdish fighters in an attack on a village in Hasaka province a monitoring group said on '
        'Saturday.',
        '12', 'monitor', [],
    ),
    (
        'reuters',
        'Bombs kill 18 in Syrian coastal city: state media',
        'May 23 2016 Bombs kill 18 in Syrian coastal city: state media. Bombs killed 18 people in the coastal'
        ' city of Jableh on Monday Syrian state media said.',
        '18', 'state media', [],
    ),
    (
        'reuters',
        'Syrian rebels say 20 killed in army assault Suleiman Al-Khalidi',
        'October 2 2016 Syrian rebels say 20 killed in army assault Suleiman Al-Khalidi. At least 20 rebels '
        'were killed in an army assault north of Hama a rebel commander said on Sunday.',
        '20', 'rebel', [],
    ),
    (
        'reuters',
        'Russia says 14 militants killed in Syria',
        'December 8 2015 Russia says 14 militants killed in Syria. MOSCOW Russian warplanes killed 14 '
        'militants near Palmyra the Russian defence ministry said on Tuesday.',
        '14', 'defen[cs]e ministry|reconciliation|^russia$', [],
    ),
    (
        'sana',
        '4 civilians killed 12 injured in terrorist attacks on Damascus',
        '4 civilians killed 12 injured in terrorist attacks on Damascus 9 March 2016 Damascus SANA-Four '
        'civilians were killed and 12 others were injured in terrorist mortar attacks on Damascus. A source '
        'at Damascus Police Command told SANA reporter that the shells hit Bab Touma.',
        'Four', 'police', ['sana'],
    ),
    (
        'sana',
        '4 civilians killed 12 injured in terrorist attacks on Damascus',
        '4 civilians killed 12 injured in terrorist attacks on Damascus 9 March 2016 Damascus SANA-Four '
        'civilians were killed and 12 others were injured in terrorist mortar attacks on Damascus. A source '
        'at Damascus Police Command told SANA reporter that the shells hit Bab Touma.',
        '12', 'police', ['sana'],
    ),
    (
        'sana',
        'Army kills 60 terrorists in Deir Ezzor',
        '22 January 2016 Army kills 60 terrorists in Deir Ezzor SANA Army units killed 60 ISIS terrorists in '
        'Deir Ezzor countryside a military source told SANA.',
        '60', 'military|army|field source', ['sana'],
    ),
    (
        'sana',
        'Child killed 5 injured in terrorist shelling on Aleppo',
        '2 November 2016 Child killed 5 injured in terrorist shelling on Aleppo SANA A child was killed and 5'
        ' others were injured when terrorists fired rocket shells at al-Hamdaniyeh neighborhood SANA reporter'
        ' said.',
        '5', '', [],
    ),
    (
        'sana',
        'Governor: 7 dead in Homs explosion',
        '10 April 2016 Governor: 7 dead in Homs explosion SANA Homs Governor Talal al-Barazi said that 7 '
        'people were killed in a car bomb explosion in al-Zahraa neighborhood.',
        '7', 'governor', [],
    ),
    (
        'sputnik',
        'Over 50 Militants Killed in Syrian Army Strikes in Hama',
        '12.05.2017Get short URL 318 Over 50 militants were killed in Syrian army strikes in Hama province '
        'according to a military source. DAMASCUS (Sputnik) Over 50 militants were killed in Syrian Army '
        'strikes in Hama province a military source told Sputnik on Friday.',
        '50', 'military|army|field source', [],
    ),
    (
        'sputnik',
        'Terrorist Shelling Kills 3 in Aleppo',
        '03.08.2016(updated 1412 03.08.2016) Get short URL 47 Three civilians were killed in terrorist '
        'shelling of Aleppo according to the Russian reconciliation center. MOSCOW (Sputnik) Three civilians '
        'were killed when militants shelled residential areas of Aleppo the Russian center for reconciliation'
        ' said Wednesday.',
        'Three', 'defen[cs]e ministry|reconciliation|^russia$', [],
    ),
    (
        'sputnik',
        'Daesh Executes 15 Civilians in Deir Ezzor Reports',
        '20.07.2016Get short URL 102 Daesh terrorists executed 15 civilians in Deir Ezzor media reported '
        'Wednesday. BEIRUT (Sputnik) Daesh terrorists executed 15 civilians in the eastern province of Deir '
        'Ezzor according to local media.',
        '15', 'media|report', [],
    ),
    (
        'sputnik',
        'UN Says 11 Killed in Strike on School',
        '27.10.2016Get short URL 88 At least 11 people were killed in an air strike on a school in Idlib the '
        'UN said. UNITED NATIONS (Sputnik) At least 11 people were killed in an air strike on a school in '
        'Idlib UN humanitarian chief said Thursday.',
        '11', '\\bun\\b|united nations', [],
    ),
    (
        'trt',
        'Regime strikes kill 25 in Idlib',
        '5 Jun 2016 Victims include 6 children in the town of Maarat al-Numan activists say. Rescuers search '
        'the rubble after strikes on June 5 2016. (TRT World and Agencies) Regime air strikes killed at least'
        ' 25 people in the town of Maarat al-Numan on Sunday the Syrian Observatory for Human Rights said.',
        '25', 'observatory', [],
    ),
    (
        'trt',
        'Regime strikes kill 25 in Idlib',
        '5 Jun 2016 Victims include 6 children in the town of Maarat al-Numan activists say. Rescuers search '
        'the rubble after strikes on June 5 2016. (TRT World and Agencies) Regime air strikes killed at least'
        ' 25 people in the town of Maarat al-Numan on Sunday the Syrian Observatory for Human Rights said.',
        '6', 'activist', [],
    ),
    (
        'trt',
        'Car bomb kills 48 near Syrian border with Turkey',
        '6 Jan 2017 A car bomb exploded near a courthouse in Azaz killing at least 48 people. (TRT World and '
        'Agencies) A car bomb killed at least 48 people in the Syrian town of Azaz on Saturday a local '
        'official said.',
        '48', 'official', [],
    ),
    (
        'trt',
        'Daesh attack kills 16 Turkish soldiers',
        '21 Dec 2016 The Turkish military said 16 soldiers were killed in clashes near al-Bab. Turkish '
        'soldiers patrol near the border. (TRT World and Agencies) Sixteen Turkish soldiers were killed in '
        'clashes with Daesh near al-Bab the Turkish military said on Wednesday.',
        '16', 'military|army|field source', [],
    ),
    (
        'trt',
        'Daesh attack kills 16 Turkish soldiers',
        '21 Dec 2016 The Turkish military said 16 soldiers were killed in clashes near al-Bab. Turkish '
        'soldiers patrol near the border. (TRT World and Agencies) Sixteen Turkish soldiers were killed in '
        'clashes with Daesh near al-Bab the Turkish military said on Wednesday.',
        'Sixteen', 'military|army|field source', [],
    ),
    (
        'nna',
        '12 Syria Soldiers Dead in Rebel Attack',
        'Mon 14 Mar 2016 12 Syria Soldiers Dead in Rebel Attack. At least 12 Syrian soldiers were killed in a'
        ' rebel attack on an army post in Latakia province a monitor said Monday.',
        '12', 'monitor', [],
    ),
    (
        'nna',
        "Air Strikes Kill 9 in Syria's Raqa",
        "Thu 21 Apr 2016 Air Strikes Kill 9 in Syria's Raqa. Air strikes killed nine civilians in the city of"
        ' Raqa on Thursday the Syrian Observatory for Human Rights said.',
        '9', 'observatory', [],
    ),
    (
        'nna',
        "Air Strikes Kill 9 in Syria's Raqa",
        "Thu 21 Apr 2016 Air Strikes Kill 9 in Syria's Raqa. Air strikes killed nine civilians in the city of"
        ' Raqa on Thursday the Syrian Observatory for Human Rights said.',
        'nine', 'observatory', [],
    ),
    (
        'asharqalawsat',
        'Regime Barrel Bombs Kill 20 in Daraa',
        'Posted on March 2 2016 by Asharq Al-Awsat Regime Barrel Bombs Kill 20 in Daraa Regime barrel bombs '
        'killed 20 people in Daraa province on Tuesday according to the Syrian Observatory for Human Rights.',
        '20', 'observatory', [],
    ),
    (
        'asharqalawsat',
        'Russian Strikes Kill 13 in Idlib',
        'Posted on May 30 2016 by Asharq Al-Awsat Russian Strikes Kill 13 in Idlib Russian air strikes on a '
        'market in Idlib killed 13 civilians activists said on Monday.',
        '13', 'activist', [],
    ),
    (
        'tass',
        'Terrorists shell Aleppo killing 8 civilians',
        'August 14 2016 Terrorists shelled residential areas of Aleppo killing eight civilians the Russian '
        'center for reconciliation of the warring sides said on Sunday.',
        '8', 'defen[cs]e ministry|reconciliation|^russia$', [],
    ),
    (
        'tass',
        'Terrorists shell Aleppo killing 8 civilians',
        'August 14 2016 Terrorists shelled residential areas of Aleppo killing eight civilians the Russian '
        'center for reconciliation of the warring sides said on Sunday.',
        'eight', 'defen[cs]e ministry|reconciliation|^russia$', [],
    ),
    (
        'tass',
        'Russian aircraft destroy 5 militant camps killing 120',
        'October 30 2015 Russian aircraft struck five militant camps in Syria killing about 120 militants the'
        ' Russian Defence Ministry said on Friday.',
        '120', 'defen[cs]e ministry|reconciliation|^russia$', [],
    ),
    (
        'dailysabah',
        'Regime shelling kills 11 in Eastern Ghouta monitor says',
        'Published March 4 2018 Regime shelling on the besieged Eastern Ghouta killed 11 civilians on Sunday '
        'the Syrian Observatory for Human Rights said. The monitor said rescuers were still searching the '
        'rubble.',
        '11', 'observatory', [],
    ),
    (
        'ahram',
        "Fighting kills 50 in Syria's Hama says monitor",
        "Fighting kills 50 in Syria's Hama says monitor AFP Monday 29 Aug 2016 Fierce fighting in Hama "
        'province killed 50 fighters on both sides on Monday the Syrian Observatory for Human Rights said.',
        '50', 'observatory', [],
    ),
    (
        'sana',
        'SANA: 3 killed in terrorist mortar attack on Jaramana',
        '17 May 2015 Three people were killed and eight others injured when terrorists fired mortar shells on'
        ' Jaramana city in Damascus countryside a source at Damascus Countryside Police Command told SANA.',
        'Three', 'police', ['sana'],
    ),
    (
        'sana',
        'SANA: 3 killed in terrorist mortar attack on Jaramana',
        '17 May 2015 Three people were killed and eight others injured when terrorists fired mortar shells on'
        ' Jaramana city in Damascus countryside a source at Damascus Countryside Police Command told SANA.',
        'eight', 'police', ['sana'],
    ),
    (
        'alalam',
        'Reports: 40 Terrorists Killed in Army Operations in Idlib',
        'Sun Feb 5 2017 Reports: 40 Terrorists Killed in Army Operations in Idlib. More than 40 terrorists '
        'were killed in Syrian army operations in Idlib countryside field sources said on Sunday.',
        '40', 'military|army|field source', [],
    ),
    (
        'arabiya',
        'Airstrikes on Idlib hospital kill 7 says UN',
        'Friday 6 May 2016 Airstrikes on Idlib hospital kill 7 says UN. Seven people were killed in '
        'airstrikes on a hospital in Idlib province the United Nations said on Friday.',
        '7', '\\bun\\b|united nations', [],
    ),
    (
        'arabiya',
        'Airstrikes on Idlib hospital kill 7 says UN',
        'Friday 6 May 2016 Airstrikes on Idlib hospital kill 7 says UN. Seven people were killed in '
        'airstrikes on a hospital in Idlib province the United Nations said on Friday.',
        'Seven', '\\bun\\b|united nations', [],
    ),
    (
        'ahram',
        "Bomb kills 5 soldiers in Syria's Latakia",
        "Bomb kills 5 soldiers in Syria's Latakia AFP Sunday 14 Jun 2015 A roadside bomb killed five soldiers"
        ' in Latakia province on Sunday.',
        '5', '', [],
    ),
    (
        'ahram',
        "Bomb kills 5 soldiers in Syria's Latakia",
        "Bomb kills 5 soldiers in Syria's Latakia AFP Sunday 14 Jun 2015 A roadside bomb killed five soldiers"
        ' in Latakia province on Sunday.',
        'five', '', [],
    ),
    (
        'jordantimes',
        'Rebels shell Aleppo killing 4 | Jordan Times',
        'Last updated at Jul 032016 ALEPPO Rebel shells hit a government-held district of Aleppo on Sunday '
        'killing four people.',
        '4', '', [],
    ),
    (
        'jordantimes',
        'Rebels shell Aleppo killing 4 | Jordan Times',
        'Last updated at Jul 032016 ALEPPO Rebel shells hit a government-held district of Aleppo on Sunday '
        'killing four people.',
        'four', '', [],
    ),
    (
        'reuters',
        'Blast kills 8 in Syrian town Reporting by Tom Perry',
        'June 11 2016 Blast kills 8 in Syrian town Reporting by Tom Perry. BEIRUT An explosion killed eight '
        'people in a town in Hama province on Saturday.',
        '8', '', [],
    ),
    (
        'reuters',
        'Blast kills 8 in Syrian town Reporting by Tom Perry',
        'June 11 2016 Blast kills 8 in Syrian town Reporting by Tom Perry. BEIRUT An explosion killed eight '
        'people in a town in Hama province on Saturday.',
        'eight', '', [],
    ),
    (
        'trt',
        'Air strike kills 10 in Raqqa',
        '12 Aug 2017 Anadolu Agency An air strike on Raqqa city killed 10 civilians on Saturday. (TRT World '
        'and Agencies) An air strike killed 10 civilians in Raqqa local sources said.',
        '10', 'local sources', [],
    ),
    (
        'alaraby',
        'Rockets kill 6 in western Aleppo',
        'Date of publication 30 October 2016 Rebel rockets killed six people in western Aleppo on Sunday '
        'state media said. Read also: Air strikes kill 30 in Idlib',
        'six', 'state media', [],
    ),
    (
        'dailysabah',
        'Assad regime airstrikes kill 9 in Daraa',
        'Published May 21 2017 Assad regime airstrikes killed nine civilians in Daraa on Sunday according to '
        'the Syrian Observatory for Human Rights. RELATED Regime attacks kill 4 in Homs',
        'nine', 'observatory', [],
    ),
    (
        'arabiya',
        'Twin bombings kill 32 in Homs',
        'Wednesday 21 Feb 2016 Twin bombings kill 32 in Homs. Twin car bombs killed 32 people in a '
        'government-held district of Homs on Wednesday according to the provincial governor.',
        '32', 'governor', [],
    ),
    (
        'etilaf',
        'Barrel Bombs Kill 8 Children in Daraa',
        'Thursday 2 July 2015 09:15 Barrel Bombs Kill 8 Children in Daraa. Eight children were killed when '
        'regime helicopters dropped barrel bombs on a school in Daraa according to the Local Coordination '
        'Committees.',
        'Eight', 'coordination committees', [],
    ),
    (
        'manar',
        'Israeli Strike Kills 4 in Gaza',
        '20-08-2014 Israeli Strike Kills 4 in Gaza. Four Palestinians were killed in an Israeli air strike on'
        ' Gaza City according to medical sources.',
        'Four', 'doctor|medic', [],
    ),
    (
        'nna',
        "Bomb Blast Kills 6 in Syria's Qamishli",
        "Tue 27 Dec 2016 Bomb Blast Kills 6 in Syria's Qamishli. A bomb blast killed six people in the "
        'Kurdish-controlled city of Qamishli on Tuesday according to Kurdish security forces.',
        'six', 'kurdish', [],
    ),
    (
        'sputnik',
        'Militants Shell Damascus Suburb Killing 2',
        '15.01.2017Get short URL 67 Two civilians were killed when militants shelled a suburb of Damascus '
        'according to the SANA news agency. DAMASCUS (Sputnik) Two civilians were killed in militant shelling'
        ' of a Damascus suburb SANA reported Sunday.',
        'Two', '\\bsana\\b', [],
    ),
]
# Rows still read wrong (index into _LAYOUTS -> why).
_LEFT: dict[int, str] = {
    25: "'It said 20 of them were soldiers': a share of the toll is not read as a figure",
    45: 'a police source named only in the next sentence: the 160 set gives it (via SANA), later sections give none',
    54: 'a police source named only in the next sentence: the 160 set gives it (via SANA), later sections give none',
    55: 'a police source named only in the next sentence: the 160 set gives it (via SANA), later sections give none',
    64: "'Victims include 6 children' in a TRT subtitle is not read as a figure",
    85: "a title toll before ' | Jordan Times' ('killing 4 |') is not read as a figure",
    95: "'Kurdish security forces' is folded into unnamed government forces",
}


def _source_of(outlet: str, title: str, content: str, word: str) -> tuple[str, list[str]]:
    """The source and via of a figure, judged on its first mention with a named source."""
    article = Article(id="t", text=title + "\n\n" + content, title=title, outlet=outlet)
    source = first_sourced(article, word)
    return (source.primary, source.via) if source else ("", [])


def _cases() -> list[object]:
    """The table, with the rows still wrong marked as expected failures."""
    return [
        pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=_LEFT[n])) if n in _LEFT else row
        for n, row in enumerate(_LAYOUTS)
    ]


@pytest.mark.parametrize(("outlet", "title", "content", "word", "pattern", "via"), _cases())
def test_layout_figure_source(outlet: str, title: str, content: str, word: str, pattern: str, via: list[str]) -> None:
    primary, got_via = _source_of(outlet, title, content, word)
    own = not primary or primary.lower().startswith((outlet, "sana"))
    if pattern:
        assert re.search(pattern, primary, re.IGNORECASE), primary
    else:
        assert own, primary
    assert len(got_via) == len(via), got_via
    assert all(re.search(rf"\b{want}\b", name, re.IGNORECASE) for want, name in zip(via, got_via, strict=True)), got_via


@pytest.mark.parametrize(
    ("lead", "kept"),
    [
        ("Get short URL 318 Over 50 militants were killed in air strikes on Hama.", [51]),
        ("Get short URL 318 Twelve militants were killed in air strikes on Hama.", [12]),
        ("Get short URL 0 212 More than 40 soldiers were killed in an ambush.", [41]),
        ("Get short URL 0 85 12 fighters were killed in clashes near Raqqa.", [12]),
    ],
)
def test_share_counters_after_the_url_button_are_no_toll(lead: str, kept: list[int]) -> None:
    """Sputnik's "Get short URL" button is followed by one or two share counters, glued to the
    lead; a counter before a qualified or spelled toll was read as a toll of its own."""
    text = "14.03.2017" + lead
    lows = [f.low for f in extract_article(Article(id="t", text=text, outlet="sputnik")).casualties]
    assert lows == kept


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Regime shelling kills 22 in Aleppo monitor says", "monitor"),
        ("Air raids kill 11 in Eastern Ghouta activists say", "activists"),
        ("Fighting kills 50 in Syria's Hama says monitor", "monitor"),
    ],
)
def test_a_place_before_a_headline_speaker_is_where_not_who(title: str, speaker: str) -> None:
    """A headline drops the comma between its place and "monitor says": the place is where the
    toll is, and a country's possessive ("Syria's Hama") is still a place."""
    facts = extract_article(Article(id="t", text=title, title=title)).casualties
    assert [f.source.primary if f.source else "" for f in facts] == [speaker]


@pytest.mark.parametrize(
    "said",
    [
        "according to the Russian reconciliation center",
        "the Russian reconciliation center said on Sunday",
        "the Russian center for reconciliation of the warring sides said on Sunday",
    ],
)
def test_the_russian_reconciliation_centre_in_lowercase_is_whole(said: str) -> None:
    """TASS and Sputnik write the Hmeimim centre's name in lowercase; the scan stopped at
    "reconciliation" (or at "the warring sides") and kept "Russian", "center" or nothing."""
    text = f"Militants shelled a district of Aleppo killing eight civilians {said}."
    facts = extract_article(Article(id="t", text=text, outlet="tass")).casualties
    assert len(facts) == 1 and facts[0].source is not None
    assert "reconciliation" in facts[0].source.primary.lower()
