# Third pass: more hard negatives, two reruns, borderline rows.
W = 'en-continental-wire.xml'; P = 'en-baltic-policy-lab.xml'; K = 'pl-kurier-wschodni.xml'
S = 'es-la-cronica-global.xml'; D = 'eu-westdesk.xml'; H = 'en-harbour-tabloid.xml'; L_ = 'eu-liveblog-digest.xml'
E(W, 'en', '2027-01-22 01:40', 1, 'congress-backstop-vote', 'stock:us-backstop',
  'Congress sends Ukraine air-cover law to White House',
  'The House of Representatives passed the measure 224-207, sending to the President a law that commits American air assets and intelligence to protect European troops guaranteeing the ceasefire. Kyiv called it the strongest US security commitment since the war began.', dup='w-house')
E(D, 'de', '2027-02-19 19:30', 1, 'bundestag-mandate', 'stock:force',
  'Grünes Licht für 900 Soldaten: Bundeswehr versorgt Schutztruppe von Polen aus',
  'Bis zu 900 Soldaten sollen von Polen aus Nachschub und Sanitätsdienst für die multinationale Truppe sichern. Das Mandat ist Teil der Sicherheitsgarantien, die Berlin Kiew zugesagt hat.', dup='d-bt')
E(W, 'en', '2026-12-14 11:30', 0, 'neg-eu-ukraine-facility', 'neg:loan-guarantee',
  'EU budget guarantee unlocks new Ukraine Facility loans for reconstruction',
  'The European Commission will guarantee 4 billion euros of loans by development banks to rebuild Ukrainian power plants and bridges. The guarantee is backed by headroom in the EU budget. The first projects are in Kharkiv and Mykolaiv.')
E(W, 'en', '2027-01-04 14:00', 0, 'neg-moldova-guarantees', 'neg:other-country',
  'Moldova asks EU for security assurances as Transnistria talks stall',
  'Moldova\'s president asked EU leaders for a written commitment to help if the breakaway region became a flashpoint. Brussels offered more border police and cyber support, not a defence pledge. Chisinau is not seeking NATO membership.')
E(W, 'en', '2027-01-16 09:20', 0, 'neg-war-risk-insurance', 'neg:loan-guarantee',
  'War-risk insurance scheme for Ukrainian ports extended with state guarantee',
  'A consortium of Lloyd\'s underwriters and a Ukrainian state bank will keep covering ships calling at Odesa. The scheme is backed by a government guarantee of up to 500 million dollars. Premiums have fallen by a third since the truce.')
E(W, 'en', '2027-02-15 16:10', 0, 'neg-sudan-truce', 'neg:un-peacekeeping',
  'Sudan truce monitors report violations in Darfur',
  'African Union observers said both sides had broken the ceasefire around El Fasher. The monitors have no mandate to intervene. Saudi Arabia and the US, the truce guarantors, urged restraint.')
E(W, 'en', '2027-02-26 10:00', 0, 'neg-zelensky-paris-visit', 'neg:war-news',
  'Zelensky in Paris for talks with Macron',
  'The Ukrainian president arrived in Paris for a working lunch at the Elysee. The two leaders were to discuss "all current issues", the French presidency said. No statement is planned.', note='borderline: meeting logistics, no guarantee content')
E(P, 'en', '2027-01-13 08:00', 0, 'neg-taiwan-assurances', 'neg:other-country',
  'Taiwan and the limits of strategic ambiguity',
  'Washington still refuses to say whether it would defend Taiwan. We argue that vagueness has become a liability. A clearer commitment would cost less than a crisis.')
E(P, 'en', '2027-02-04 08:00', 1, 'investor-guarantees-border', 'para:guarantee',
  'Investors will not come back to Ukraine without a soldier at the gate',
  'Political-risk insurance and state loan guarantees can cover a factory against shelling only so far. What private money really watches is whether allied troops and the promise of US air power make a renewed invasion unlikely. This paper links the two.', note='borderline: reconstruction finance framed through the guarantees question')
E(K, 'pl', '2027-01-04 08:30', 0, 'neg-pl-ukraina-ue', 'neg:war-news',
  'Kijów otwiera kolejne rozdziały negocjacji akcesyjnych z UE',
  'Ukraina rozpoczęła rozmowy w klastrze dotyczącym rynku wewnętrznego. Komisja chwali postępy w walce z korupcją. Polscy rolnicy domagają się okresów przejściowych.')
E(K, 'pl', '2027-01-29 15:00', 0, 'neg-pl-gwarancje-mieszkanie', 'neg:loan-guarantee',
  'Rząd gwarantuje wkład własny. Program mieszkaniowy rusza w marcu',
  'Państwo poręczy do 20 proc. wartości mieszkania dla osób poniżej 35. roku życia. Banki przygotowują oferty. Ekonomiści ostrzegają przed wzrostem cen.')
E(K, 'pl', '2027-02-08 11:00', 0, 'neg-pl-rosja-pobor', 'neg:russia-domestic',
  'Rosja wydłuża pobór do 30. roku życia',
  'Putin podpisał ustawę podnoszącą górną granicę wieku poborowego. Zmiany wejdą w życie w kwietniu. Rosyjscy prawnicy mówią o fali odwołań.')
E(S, 'es', '2026-12-21 09:00', 0, 'neg-es-armenia', 'neg:other-country',
  'Armenia busca nuevas garantías de seguridad tras distanciarse de Moscú',
  'Ereván negocia con Francia e India acuerdos de defensa después de congelar su participación en la alianza militar liderada por Rusia. Bakú observa con recelo. La UE amplía su misión civil en la frontera.')
E(S, 'es', '2027-01-19 10:00', 0, 'neg-es-ucrania-reconstruccion', 'neg:loan-guarantee',
  'El BEI garantiza créditos a empresas españolas para reconstruir puentes en Ucrania',
  'El Banco Europeo de Inversiones cubrirá hasta el 80% de los préstamos. Tres constructoras españolas ya han firmado contratos en Járkov. El programa se financia con fondos europeos.')
E(S, 'es', '2027-02-14 09:00', 0, 'neg-es-veto-ue', 'neg:veto-other',
  'Hungría levanta su veto a las sanciones tras lograr una excepción para el gas',
  'Budapest retiró el bloqueo al nuevo paquete contra Moscú a cambio de mantener las importaciones por el oleoducto. El paquete entrará en vigor en marzo. Bruselas celebra la unanimidad.')
E(D, 'de', '2027-01-28 09:00', 0, 'neg-de-ostsee-nato', 'neg:nato-budget',
  'Nato-Haushalt: Streit um Finanzierung des neuen Ostsee-Kommandos',
  'Die Bündnispartner ringen um die Kosten für das Marinekommando in Rostock. Deutschland soll die Hälfte tragen. Frankreich und Italien wollen den Anteil senken.')
E(D, 'fr', '2027-02-16 09:00', 0, 'neg-fr-russie-interieur', 'neg:russia-domestic',
  'Russie : le gouverneur de Koursk limogé après un scandale de corruption',
  'Le Kremlin a démis le gouverneur accusé d\'avoir détourné les fonds destinés aux fortifications. Une enquête est ouverte. Son adjoint assure l\'intérim.')
E(D, 'it', '2027-01-24 09:00', 0, 'neg-it-libano', 'neg:un-peacekeeping',
  'Unifil, il generale italiano lascia il comando in Libano',
  'Il passaggio di consegne si è svolto a Naqoura. L\'Italia resta il primo contributore europeo della missione Onu. Il nuovo comandante è spagnolo.')
E(H, 'en', '2027-01-11 06:30', 0, 'neg-boxer-guarantee', 'neg:sport',
  'Usyk\'s promoter: rematch guaranteed for Wembley in June',
  'The Ukrainian heavyweight will defend his belts in London, his promoter said. The purse is "guaranteed to be the biggest in British boxing". Tickets go on sale Friday.')
E(H, 'en', '2027-02-20 06:30', 0, 'neg-ukraine-soldier-returns', 'neg:war-news',
  'Hero medic reunited with family after two years as a prisoner',
  'A Ukrainian army medic freed in last week\'s swap hugged his daughters at a Kyiv station. He was held in Taganrog. He says he will go back to work in a hospital.')
E(L_, 'en', '2027-01-08 21:00', 0, 'neg-live-ukr-energy', 'roundup',
  'Ukraine live: cold snap, gas storage, Kyiv metro',
  'Temperatures fell to minus 22 in Sumy. Gas storage is at 41%. Two Kyiv metro stations reopened after repairs.')
E(L_, 'pl', '2027-02-26 21:00', 1, 'italy-ratification', 'roundup',
  'Na żywo: Włochy ratyfikowały umowę o gwarancjach dla Ukrainy; burze na Pomorzu',
  'Włoski Senat zatwierdził porozumienie zobowiązujące Rzym do konsultacji i pomocy wojskowej w razie nowej agresji Rosji. Na Pomorzu wichury zerwały linie energetyczne.')
