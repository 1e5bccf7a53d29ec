K = 'pl-kurier-wschodni.xml'; C = 'cz-stredni-evropa.xml'
E(K, 'pl', '2026-12-03 18:30', 1, 'sejm-ratification-dec', 'stock:guarantee',
  'Sejm ratyfikował umowę o gwarancjach bezpieczeństwa dla Ukrainy',
  'Posłowie przyjęli ustawę ratyfikującą polsko-ukraińskie porozumienie o współpracy w dziedzinie bezpieczeństwa. Za głosowało 402 posłów. Umowa przewiduje konsultacje w ciągu 24 godzin w razie ponownej agresji Rosji oraz udział Polski w misji sił zapewnienia.', key='k-sejm')
E(K, 'pl', '2026-12-03 20:10', 1, 'sejm-ratification-dec', 'stock:guarantee',
  'Gwarancje dla Kijowa przegłosowane. Teraz ruch Senatu',
  'Posłowie przyjęli ustawę ratyfikującą polsko-ukraińskie porozumienie o współpracy w dziedzinie bezpieczeństwa. Za głosowało 402 posłów. Umowa przewiduje konsultacje w ciągu 24 godzin w razie ponownej agresji Rosji oraz udział Polski w misji sił zapewnienia.', dup='k-sejm')
E(K, 'pl', '2026-12-09 07:45', 1, 'sejm-ratification-dec', 'para:guarantee',
  'Prezydent podpisał. Polska zobowiązana wesprzeć sąsiada, gdyby Moskwa znów zaatakowała',
  'Podpis pod ustawą zamyka drogę legislacyjną. Warszawa deklaruje, że w razie nowego ataku w ciągu doby usiądzie z Kijowem do rozmów o pomocy wojskowej, a polscy oficerowie już pracują w dowództwie we Lwowie.')
E(K, 'pl', '2026-12-08 12:00', 1, 'hq-opens-dec', 'para:force',
  'We Lwowie ruszył sztab, który ma pilnować, by Rosja nie wróciła. Polak zastępcą dowódcy',
  'Oficerowie z kilkunastu państw zajęli biura w dawnych koszarach. Ich zadaniem jest przygotować rozmieszczenie zachodnich żołnierzy z dala od frontu, tak by Kreml wiedział, że nowy atak uderzy nie tylko w Ukraińców.')
E(K, 'pl', '2027-01-13 09:00', 0, 'neg-bgk-gwarancje', 'neg:loan-guarantee',
  'BGK rozszerza gwarancje de minimis dla firm odbudowujących Ukrainę',
  'Bank Gospodarstwa Krajowego zwiększa pulę gwarancji kredytowych dla polskich eksporterów. Program obejmie także leasing maszyn budowlanych.')
E(K, 'pl', '2027-01-20 16:00', 1, 'first-rotation-jan', 'para:force',
  'Pierwsza zmiana w drodze. Żołnierze z Polski, Wielkiej Brytanii i Francji jadą za Bug',
  'Kolumny przekroczyły granicę w Dorohusku. To początek obecności, która ma zniechęcić Kreml do kolejnej ofensywy. Nasi żołnierze zajmą pozycje pod Równem.', follows='hq-opens-dec')
E(K, 'pl', '2027-01-26 11:00', 0, 'neg-emerytury', 'neg:pension',
  'Gwarantowana emerytura minimalna wzrośnie od marca',
  'ZUS podaje, że podwyżka obejmie 1,8 mln osób.')
E(K, 'pl', '2027-02-02 09:30', 1, 'drone-incident-feb', 'stock:monitoring',
  'Rosyjskie drony spadły w strefie zdemilitaryzowanej. Misja obserwacyjna bada incydent')
E(K, 'pl', '2027-02-06 14:00', 1, 'treaty-first-test', 'para:guarantee',
  'Pierwszy sprawdzian. Kijów wzywa Londyn do rozmów na podstawie traktatu',
  'Ukraina uruchomiła przewidziany w brytyjsko-ukraińskim traktacie mechanizm pilnych konsultacji. Eksperci mówią o teście wiarygodności zachodnich obietnic.', follows='drone-incident-feb')
E(K, 'pl', '2027-02-10 19:00', 0, 'neg-siatkowka', 'neg:sport',
  'Jastrzębski Węgiel gwarantuje sobie awans do Final Four')
E(K, 'pl', '2027-02-12 08:00', 0, 'neg-front-pl', 'neg:war-news',
  'Wymiana jeńców na Białorusi: 150 za 150',
  'Do kraju wróciło 150 ukraińskich żołnierzy, w tym ranni z Zaporoża.', note='borderline: ceasefire implementation without the guarantees angle')
E(K, 'pl', '2027-02-17 13:20', 1, 'army-cap-talks', 'stock:army-size',
  'Liczebność armii jako gwarancja. Kijów nie zgodzi się na limit 600 tys.',
  'Ukraińska delegacja odrzuciła propozycję ograniczenia sił zbrojnych. Silna armia to pierwsza gwarancja bezpieczeństwa - powiedział minister obrony.')
E(K, 'pl', '2027-02-21 10:00', 1, 'draft-annex-leak', 'para:peace-draft',
  '<b>Przeciek:</b> co obiecują sojusznicy w projekcie porozumienia pokojowego',
  '<p>Dokument wymienia państwa, które miałyby odpowiadać za obronę Ukrainy, i opisuje rolę kontyngentu europejskiego.</p><p>Otwarta pozostaje kwestia, czy Moskwa może blokować nowe państwa w misji.</p>')
E(K, 'pl', '2027-02-24 07:00', 0, 'neg-weto-prezydent', 'neg:veto-other',
  'Prezydent zawetował ustawę o KRS. Koalicja zapowiada odpowiedź',
  'To już trzecie weto w tej kadencji dotyczące sądownictwa.')
E(K, 'pl', '2026-12-15 08:00', 0, 'neg-nato-pl-budzet', 'neg:nato-budget',
  'Polska wyda 4,9 proc. PKB na obronność. Rekordowy budżet MON',
  'Najwięcej pieniędzy trafi na Homara-K i śmigłowce Apache.')
# central European aggregator, windows-1250, per-item dc:language
E(C, 'pl', '2026-12-17 10:00', 1, 'hungary-epf-block', 'para:force',
  'Węgry nie chcą płacić za europejskich żołnierzy, którzy mają odstraszać Rosję od Ukrainy',
  'Budapeszt zablokował 2 mld euro ze wspólnej unijnej kasy na misję, która ma odstraszać Moskwę od wznowienia wojny. Pozostałe stolice chcą złożyć się na nią same.')
E(C, 'pl', '2026-12-20 10:00', 1, 'slovak-refusal-dec', 'para:force',
  'Bratysława nie wyśle żołnierzy, Praga wyśle saperów',
  'Słowacki rząd odmówił udziału w europejskim kontyngencie za linią rozejmu. Czechy obiecały kompanię saperów i szpital polowy.')
E(C, 'pl', '2027-01-28 10:00', 0, 'neg-pl-gwarancja-auto', 'neg:warranty',
  'Rzecznik konsumentów: gwarancja na samochód nie wygasa po zmianie warsztatu')
E(C, 'pl', '2027-02-04 10:00', 1, 'kremlin-veto-feb', 'stock:veto',
  'Ławrow: bez zgody Rosji żadnych zagranicznych wojsk na Ukrainie',
  'Szef rosyjskiej dyplomacji powtórzył, że Moskwa musi mieć prawo weta wobec gwarancji bezpieczeństwa dla Kijowa.', follows='kremlin-veto-dec')
E(C, 'pl', '2027-02-25 10:00', 0, 'neg-pl-ceasefire-armenia', 'neg:un-peacekeeping',
  'Rozejm w Górskim Karabachu? Obserwatorzy UE wracają na granicę',
  'Misja EUMA przedłużona o dwa lata.')
E(C, 'pl', '2027-01-15 10:00', 0, 'neg-pl-rosja-wybory', 'neg:russia-domestic',
  'Rosja: Duma podnosi podatek od wygranych w zakładach')
E(C, 'pl', '2027-01-10 10:00', 1, 'china-guarantor-jan', 'para:guarantor',
  'Pekin chętny do roli poręczyciela pokoju. Kijów nieufny',
  'Chińska dyplomacja sugeruje, że mogłaby współgwarantować porozumienie. Ukraina przypomina, że Chiny dostarczały Rosji części do dronów.')
E(C, 'cs', '2026-12-19 09:00', 1, 'slovak-refusal-dec', 'para:force',
  'Čeští ženisté pomohou hlídat křehký mír na Ukrajině',
  'Vláda schválila vyslání až 150 vojáků, kteří mají spolu se spojenci odradit Moskvu od dalšího útoku. Sněmovna o tom hlasuje v lednu.')
E(C, 'cs', '2027-01-22 09:00', 1, 'first-rotation-jan', 'para:force',
  'Čeští ženisté dorazili do Rovna. Budou stavět tábor pro evropský kontingent', follows='hq-opens-dec')
E(C, 'cs', '2027-01-05 09:00', 0, 'neg-cs-hypoteky', 'neg:loan-guarantee',
  'Státní záruky za hypotéky pro mladé: zájem předčil očekávání',
  'Národní rozvojová banka už poskytla záruky na 4 000 úvěrů.')
E(C, 'cs', '2027-02-08 09:00', 0, 'neg-cs-hokej', 'neg:sport',
  'Sparta si zajistila jistotu play-off, rozhodl Chlapík')
E(C, 'cs', '2027-02-15 09:00', 0, 'neg-cs-nato', 'neg:nato-budget',
  'Armáda ČR: rozpočet NATO na společné projekty roste, Česko zaplatí víc',
  'Příspěvek do společných fondů aliance vzroste o 12 procent.')
E(C, 'sk', '2026-12-16 09:00', 1, 'slovak-refusal-dec', 'stock:force',
  'Vláda odmietla účasť slovenských vojakov v mnohonárodných silách na Ukrajine',
  'Premiér vyhlásil, že Slovensko nepošle vojakov do koalície ochotných, ale umožní tranzit. Opozícia hovorí o oslabení bezpečnostných záruk pre Ukrajinu.', key='c-sk')
E(C, 'sk', '2026-12-16 14:30', 1, 'slovak-refusal-dec', 'stock:force',
  'Slovensko vojakov nepošle, tranzit áno',
  'Premiér vyhlásil, že Slovensko nepošle vojakov do koalície ochotných, ale umožní tranzit. Opozícia hovorí o oslabení bezpečnostných záruk pre Ukrajinu.', dup='c-sk')
E(C, 'sk', '2027-01-18 09:00', 0, 'neg-sk-vklady', 'neg:deposit',
  'Fond ochrany vkladov: záruka 100 000 eur platí aj pre družstevné banky')
E(C, 'sk', '2027-02-03 09:00', 0, 'neg-sk-dochodky', 'neg:pension',
  'Garantovaný dôchodok stúpne o 30 eur', 'Sociálna poisťovňa vyplatí zvýšenie v apríli.')
E(C, 'sk', '2027-02-20 09:00', 1, 'draft-annex-leak', 'para:peace-draft',
  'Čo sľubujú spojenci Kyjevu v uniknutom návrhu mierovej dohody',
  'Príloha opisuje, ktoré štáty by Ukrajine pomohli pri novom útoku a kde by stáli európske jednotky.')
E(C, 'hu', '2026-12-17 09:00', 1, 'hungary-epf-block', 'stock:force',
  'Budapest megvétózta az Európai Békekeret forrásait az ukrajnai többnemzeti erő számára',
  'A kormány szerint Magyarország nem finanszírozza a koalíció katonai jelenlétét Ukrajnában. Brüsszel kétoldalú hozzájárulásokkal kerülné meg a vétót.')
E(C, 'hu', '2026-12-22 09:00', 0, 'neg-hu-hitelgarancia', 'neg:loan-guarantee',
  'Garantiqa: rekordösszegű hitelgarancia a kkv-knak',
  'Az állami kezességvállalás 20 százalékkal nőtt.')
E(C, 'hu', '2027-01-24 09:00', 0, 'neg-hu-foci', 'neg:sport',
  'Fradi: a bajnoki cím garantált, mondja az edző')
E(C, 'hu', '2027-02-05 09:00', 1, 'kremlin-veto-feb', 'para:veto',
  'Moszkva beleszólást követel abba, kik állomásozhatnak Ukrajnában',
  'Az orosz külügy szerint egyetlen nyugati katona sem léphet ukrán földre orosz jóváhagyás nélkül.', follows='kremlin-veto-dec')
E(C, 'hu', '2027-02-12 09:00', 0, 'neg-hu-veto-eu', 'neg:veto-other',
  'Orbán vétóval fenyeget az uniós költségvetési vitában')
E(C, 'hr', '2027-01-12 09:00', 1, 'congress-backstop-vote', 'para:us-backstop',
  'Američki Senat glasuje o zračnoj zaštiti za europske vojnike u Ukrajini',
  'Prijedlog zakona predviđa obavještajnu potporu i zrakoplove za zaštitu europskih snaga, ali bez američkih kopnenih postrojbi.')
E(C, 'hr', '2027-01-29 09:00', 0, 'neg-hr-jamstvo-kredit', 'neg:loan-guarantee',
  'HBOR: državna jamstva za kredite brodogradilištima')
E(C, 'hr', '2027-02-07 09:00', 1, 'treaty-first-test', 'stock:guarantee',
  'Prvi test sigurnosnih jamstava: Kijev zatražio konzultacije s Londonom', follows='drone-incident-feb')
E(C, 'hr', '2027-02-18 09:00', 0, 'neg-hr-bosna', 'neg:other-country',
  'EUFOR ostaje u BiH: Vijeće sigurnosti produljilo mandat',
  'Misija EU-a u Bosni i Hercegovini nastavlja s radom još godinu dana.')
E(C, 'hr', '2026-12-28 09:00', 0, 'neg-hr-rusija', 'neg:russia-domestic',
  'Rusija: inflacija usporila na 6 posto, središnja banka zadržala kamate')
E(C, 'sl', '2027-01-07 09:00', 1, 'china-guarantor-jan', 'stock:guarantor',
  'Kitajska ponuja, da postane porok varnostnih jamstev za Ukrajino',
  'Peking je predlagal, da bi bil skupaj z ZDA in Turčijo porok mirovnega dogovora. Kijev ponudbo zavrača.')
E(C, 'sl', '2027-01-30 09:00', 0, 'neg-sl-garancija', 'neg:warranty',
  'Trgovci morajo spoštovati garancijo tudi za rabljene aparate')
E(C, 'sl', '2027-02-09 09:00', 1, 'france-air-cover', 'para:air-cover',
  'Francoski lovci bodo varovali nebo nad zahodno Ukrajino',
  'Pariz bo v Rzeszów napotil šest letal rafale, ki bodo ščitila evropske vojake. Prvi leti se začnejo marca.')
E(C, 'sl', '2027-02-26 09:00', 0, 'neg-sl-smucanje', 'neg:sport',
  'Kranjska Gora: organizatorji zagotavljajo, da bo proga pripravljena')
E(C, 'sl', '2026-12-30 09:00', 0, 'neg-sl-ukr-energija', 'neg:war-news',
  'Ukrajina: obnova elektrarn napreduje počasneje od načrtov')
