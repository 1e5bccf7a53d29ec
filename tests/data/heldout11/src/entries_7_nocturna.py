# Nocturna digest (RSS 1.0): es, de, pl, hu, sr.
N = 'eu-nocturna-digest.xml'
Z = '+0200'
E(N, '2027-06-07 22:30', Z, 'de', 0, 'neg-nc-hermes-jun', None, 'neg:loan-guarantee',
  'Hermesbürgschaften für Ukraine-Geschäfte deutlich gestiegen',
  'Der Bund hat im ersten Halbjahr Exportkreditgarantien für Lieferungen in die Ukraine von 1,4 Milliarden Euro übernommen.')
E(N, '2027-06-13 23:40', Z, 'de', 1, 'anniv-review-jun', None, 'para:treaty-review',
  'Ein Jahr Beistandsversprechen für Kiew: Was hat es gebracht?',
  'In London ziehen die Staaten Bilanz, die der Ukraine vor einem Jahr Hilfe im Angriffsfall zugesagt haben. Kiew verlangt schnellere Beratungen und eine ständige Luftverteidigung.')
E(N, '2027-06-26 22:45', Z, 'hu', 0, 'neg-nc-hu-veto-jun', None, 'neg:veto-other',
  'Budapest ismét vétóval fenyeget az uniós költségvetésben',
  'A magyar kormány blokkolja a következő többéves keretet, ha nem szabadítják fel a befagyasztott forrásokat.')
E(N, '2027-06-29 23:30', Z, 'es', 1, 'turkey-blacksea-jun', None, 'para:turkey-guarantor',
  'Ankara se ofrece a vigilar el mar Negro cuando callen las armas',
  'Turquía propone escoltar buques mercantes y abrir un centro de control en Estambul como parte del arreglo de paz. Kiev lo agradece, pero insiste en que no sustituye el compromiso occidental de defenderla.')
E(N, '2027-07-05 23:55', Z, 'sr', 0, 'neg-nc-sr-kfor-jul', None, 'neg:peacekeeping-elsewhere',
  'КФОР појачава патроле на северу Косова',
  'Мировне снаге НАТО-а на Косову појачале су присуство после инцидента на административном прелазу.')
E(N, '2027-07-07 23:00', Z, 'de', 1, 'ru-ultimatum-jul', None, 'stock:russia-position',
  'Moskau stellt Ultimatum: ausländische Truppen sollen Ukraine binnen 90 Tagen verlassen',
  'Russland fordert den Abzug der multinationalen Schutztruppe und lehnt Sicherheitsgarantien ab, die auf westlichen Soldaten beruhen.')
E(N, '2027-07-11 22:10', Z, 'pl', 0, 'neg-nc-pl-credit-jul', None, 'neg:loan-guarantee',
  'BGK: gwarancje de minimis dla firm eksportujących na Ukrainę',
  'Bank Gospodarstwa Krajowego wydłuża program gwarancji kredytowych dla małych przedsiębiorstw.')
E(N, '2027-07-17 22:40', Z, 'sr', 1, 'counterdraft-jul', None, 'para:kremlin-draft',
  'Moskva hoće da čuva Ukrajinu – od sebe same?',
  'Procureni ruski nacrt predviđa da Rusija i Kina brinu o Ukrajini posle rata, bez zapadnih vojnika, uz pravo Moskve da zaustavi svaku akciju.')
E(N, '2027-07-21 23:00', Z, 'es', 0, 'neg-nc-es-warranty-jul', None, 'neg:warranty',
  'La garantía de los coches eléctricos, a examen',
  'La OCU denuncia que varios fabricantes excluyen la batería de la garantía de ocho años.')
E(N, '2027-07-24 22:50', Z, 'pl', 1, 'roe-aircover-jul', 'roe-dispute-jun', 'para:air-cover',
  'Kto wyda pilotom rozkaz? Misja na Ukrainie czeka na decyzję stolic',
  'Dowódcy sił pilnujących rozejmu apelują, by rządy ustaliły, kto może kazać myśliwcom strącać drony nad zachodnią Ukrainą.')
E(N, '2027-07-28 23:30', Z, 'de', 0, 'neg-nc-de-front-jul', None, 'neg:war-news',
  'Erneut Drohnenangriffe auf Saporischschja trotz Waffenruhe',
  'Die Behörden meldeten drei Verletzte.')
E(N, '2027-08-02 22:15', Z, 'de', 1, 'counterdraft-china-aug', 'counterdraft-jul', 'stock:china-guarantor',
  'China offen für Rolle als Garantiemacht in Ukraine-Abkommen',
  'Peking zeigt sich bereit, eine der Garantiemächte eines Friedensabkommens zu werden. Kiew lehnt einen Garanten ab, der den Angreifer beliefert.')
E(N, '2027-08-06 23:10', Z, 'hu', 1, 'us-senate-letter-aug', 'us-reaffirm-jul', 'stock:us-backstop',
  'Amerikai szenátorok írásos garanciát kérnek Ukrajna biztonsági garanciáihoz',
  'Negyven szenátor levélben kéri, hogy a kormány rögzítse hivatalosan a légi támogatást az Ukrajnában állomásozó európai erőknek.')
E(N, '2027-08-09 22:30', Z, 'es', 1, 'army-cap-aug', None, 'para:army-size',
  'Ucrania no reducirá su ejército a 300.000 soldados',
  'Kiev rechaza el punto del borrador de paz que limitaría sus fuerzas armadas y recuerda que ninguna promesa aliada sustituye a sus propios soldados.')
E(N, '2027-08-18 22:00', Z, 'sr', 0, 'neg-nc-sr-energy-aug', None, 'neg:energy-security',
  'Srbija potpisala ugovor o gasu do 2030.',
  'Energetska bezbednost zemlje obezbeđena je novim ugovorom, tvrdi ministarka.')
E(N, '2027-08-26 22:30', Z, 'de', 1, 'roe-compromise-aug', 'roe-aircover-jul', 'stock:roe',
  'Einigung über Einsatzregeln der Ukraine-Schutztruppe',
  'Kommandeure dürfen künftig Drohnen und Raketen ohne Rückfrage in den Hauptstädten bekämpfen; Einsätze nahe der Demarkationslinie brauchen weiter politische Zustimmung.')
E(N, '2027-08-30 23:00', Z, 'hu', 0, 'neg-nc-hu-football-aug', None, 'neg:sport',
  'A Fradi bebiztosította helyét a csoportkörben',
  'A Ferencváros a visszavágón is nyert.')
E(N, '2027-08-31 22:00', Z, 'pl', 0, 'neg-nc-pl-recon-aug', None, 'neg:reconstruction-finance',
  'Konferencja odbudowy Ukrainy: polskie firmy liczą na gwarancje KUKE',
  'Eksporterzy chcą ubezpieczenia ryzyka wojennego przy kontraktach w Ukrainie.')
