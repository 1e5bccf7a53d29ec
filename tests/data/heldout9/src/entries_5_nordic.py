N = 'nb-nordbaltic-brief.json'
E(N, 'sv', '2027-01-07 10:00', 1, 'nordbaltic-battalion', 'stock:force',
  'Sverige, Finland och Baltikum bildar gemensam bataljon för säkerhetsstyrkan i Ukraina',
  'Sex länder ställer upp med en bataljon på 800 soldater i den multinationella styrkan som ska garantera vapenvilan. Riksdagen röstar i februari.', key='n-sv')
E(N, 'sv', '2027-01-07 15:20', 1, 'nordbaltic-battalion', 'stock:force',
  'Nordisk-baltisk bataljon till Ukraina klar',
  'Sex länder ställer upp med en bataljon på 800 soldater i den multinationella styrkan som ska garantera vapenvilan. Riksdagen röstar i februari.', dup='n-sv')
E(N, 'sv', '2027-01-17 09:00', 0, 'neg-sv-pension', 'neg:pension',
  'Garantipensionen höjs – så mycket får du')
E(N, 'sv', '2027-02-05 09:00', 1, 'treaty-first-test', 'para:guarantee',
  'Kiev begär brådskande samråd med London efter drönarincidenten',
  'Det är första gången Ukraina använder avtalet med Storbritannien. Nu prövas om löftena håller.', follows='drone-incident-feb')
E(N, 'sv', '2027-02-21 09:00', 0, 'neg-sv-hockey', 'neg:sport',
  'Färjestad säkrade slutspelsplatsen')
E(N, 'fi', '2027-01-08 09:00', 1, 'nordbaltic-battalion', 'para:force',
  'Suomalaisia sotilaita Ukrainaan? Eduskunta saa esityksen helmikuussa',
  'Suomi osallistuisi pohjoismais-baltialaiseen pataljoonaan, jonka tehtävä on estää Venäjää aloittamasta sotaa uudelleen.')
E(N, 'fi', '2027-01-19 09:00', 0, 'neg-fi-takaus', 'neg:loan-guarantee',
  'Finnvera myönsi ennätysmäärän vientitakuita telakoille')
E(N, 'fi', '2027-02-02 09:00', 1, 'drone-incident-feb', 'stock:monitoring',
  'Venäläisiä drooneja putosi demilitarisoidulle vyöhykkeelle – tulitauon valvojat tutkivat')
E(N, 'fi', '2027-02-10 09:00', 0, 'neg-fi-rajat', 'neg:other-country',
  'Suomen ja Norjan puolustusyhteistyö syvenee: uusi sopimus Lapin puolustuksesta')
E(N, 'fi', '2027-02-24 09:00', 0, 'neg-fi-vaalit', 'neg:russia-domestic',
  'Venäjän duuma hyväksyi uuden internetlain')
E(N, 'da', '2027-01-09 09:00', 1, 'nordbaltic-battalion', 'para:force',
  'Danske ingeniørsoldater skal være med til at holde Rusland fra at angribe Ukraine igen',
  'Regeringen vil sende et ingeniørkompagni til Vestukraine sammen med svenskere, finner og baltere. Tanken er, at Moskva skal vide, at et nyt angreb også rammer nordiske soldater.')
E(N, 'da', '2027-01-20 09:00', 0, 'neg-da-garanti', 'neg:warranty',
  'Forbrugerrådet: Garantien på din varmepumpe gælder i fem år')
E(N, 'da', '2027-02-08 09:00', 1, 'france-air-cover', 'stock:air-cover',
  'Frankrig sender Rafale-fly til luftdækning af de europæiske tropper i Ukraina')
E(N, 'da', '2027-02-15 09:00', 0, 'neg-da-nato', 'neg:nato-budget',
  'NATO: Danmark skal betale mere til fællesbudgettet')
E(N, 'da', '2027-02-26 09:00', 0, 'neg-da-fodbold', 'neg:sport',
  'FCK sikrer sig topplacering efter sejr i Herning')
E(N, 'et', '2027-01-08 12:00', 1, 'nordbaltic-battalion', 'stock:force',
  'Eesti saadab Ukraina rahutagamisjõududesse jalaväekompanii',
  'Valitsus kiitis heaks Eesti osalemise Põhjala-Balti pataljonis, mis on osa Ukraina julgeolekutagatiste mitmerahvuselisest jõust.')
E(N, 'et', '2027-01-21 09:00', 1, 'congress-backstop-vote', 'para:us-backstop',
  'USA Kongress kiitis heaks õhutoetuse Euroopa vägedele Ukrainas')
E(N, 'et', '2027-01-29 09:00', 0, 'neg-et-laen', 'neg:loan-guarantee',
  'KredEx pakub korteriühistutele laenukäendust')
E(N, 'et', '2027-02-12 09:00', 0, 'neg-et-vene', 'neg:russia-domestic',
  'Venemaal tõsteti pensioniiga sõjaväelastele')
E(N, 'et', '2027-02-22 09:00', 0, 'neg-et-narva', 'neg:other-country',
  'Narva piiril NATO õppus: liitlased harjutavad artikkel 5 kaitset', note='borderline: NATO Article 5 for Estonia, not Ukraine')
E(N, 'lv', '2027-01-10 09:00', 1, 'nordbaltic-battalion', 'para:force',
  'Latvijas karavīri dosies uz Ukrainu, lai atturētu Krieviju no jauna uzbrukuma',
  'Saeima mēneša beigās lems par līdz 100 karavīru nosūtīšanu Ziemeļvalstu un Baltijas bataljonā.')
E(N, 'lv', '2027-01-23 09:00', 0, 'neg-lv-noguldijumi', 'neg:deposit',
  'Noguldījumu garantiju fonds: klientiem izmaksās līdz 100 000 eiro')
E(N, 'lv', '2027-02-04 09:00', 1, 'kremlin-veto-feb', 'stock:veto',
  'Krievija pieprasa veto tiesības uz drošības garantijām Ukrainai', follows='kremlin-veto-dec')
E(N, 'lv', '2027-02-16 09:00', 0, 'neg-lv-hokejs', 'neg:sport',
  'Rīgas Dinamo garantē vietu izslēgšanas spēlēs')
E(N, 'lv', '2027-02-25 09:00', 0, 'neg-lv-ukr-karsh', 'neg:war-news',
  'Ukrainā turpinās elektrostaciju atjaunošana')
E(N, 'lt', '2027-01-11 09:00', 1, 'nordbaltic-battalion', 'para:force',
  'Lietuvos kariai vyks į Ukrainą, kad Maskva neišdrįstų pulti antrą kartą',
  'Seimas pritarė iki 120 karių siuntimui į bendrą šiaurės ir Baltijos šalių batalioną vakarų Ukrainoje. Jų buvimas turi priminti Kremliui, kad naujas puolimas kainuotų brangiai.')
E(N, 'lt', '2027-01-24 09:00', 0, 'neg-lt-paskola', 'neg:loan-guarantee',
  'INVEGA teiks garantijas ūkininkų paskoloms')
E(N, 'lt', '2027-02-03 09:00', 1, 'drone-incident-feb', 'para:monitoring',
  'Stebėtojai tiria rusų dronų nuolaužas buferinėje zonoje',
  'Tai pirmas rimtas išbandymas paliaubų priežiūros sistemai nuo tada, kai Lvive pradėjo veikti vadavietė.')
E(N, 'lt', '2027-02-14 09:00', 0, 'neg-lt-krepsinis', 'neg:sport',
  'Žalgiris užsitikrino vietą atkrintamosiose')
E(N, 'lt', '2027-02-27 09:00', 0, 'neg-lt-veto', 'neg:veto-other',
  'Prezidentas vetavo mokesčių įstatymo pataisas')
