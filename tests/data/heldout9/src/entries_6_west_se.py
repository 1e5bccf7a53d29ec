D = 'eu-westdesk.xml'; A = 'se-southeast-aggregator.xml'
E(D, 'de', '2026-12-08 14:00', 1, 'hq-opens-dec', 'stock:force',
  'Hauptquartier der multinationalen Schutztruppe für die Ukraine in Lemberg eröffnet',
  'Die Koalition der Willigen hat ihr Kommando in Lwiw in Betrieb genommen. Die Bundeswehr stellt Stabsoffiziere, aber keine Kampftruppen.')
E(D, 'de', '2027-01-14 09:00', 0, 'neg-de-hermes', 'neg:loan-guarantee',
  'Hermesbürgschaften: Bund sichert Exporte in die Ukraine stärker ab',
  'Die Bundesregierung erweitert die Exportkreditgarantien für Lieferungen an ukrainische Energieversorger.')
E(D, 'de', '2027-02-19 16:00', 1, 'bundestag-mandate', 'stock:force',
  'Bundestag stimmt Mandat für Logistikdrehkreuz der Ukraine-Schutztruppe zu',
  'Bis zu 900 Soldaten sollen von Polen aus Nachschub und Sanitätsdienst für die multinationale Truppe sichern. Das Mandat ist Teil der Sicherheitsgarantien, die Berlin Kiew zugesagt hat.', key='d-bt')
E(D, 'de', '2027-02-20 08:00', 1, 'bundestag-mandate', 'para:force',
  'Warum deutsche Soldaten nun doch mithelfen, den Frieden in der Ukraine abzusichern',
  '<p>Lange wollte Berlin nur zahlen und liefern. Jetzt übernehmen Pioniere und Sanitäter in Rzeszów die Versorgung der Europäer jenseits der Grenze.</p><p>Ein Kommentar zur Kehrtwende.</p>')
E(D, 'de', '2027-02-24 09:00', 0, 'neg-de-rente', 'neg:pension',
  'Grundrente: Wer Anspruch auf den Zuschlag hat')
E(D, 'fr', '2027-02-09 18:00', 1, 'france-air-cover', 'stock:air-cover',
  'Paris va déployer six Rafale pour assurer la couverture aérienne de la force de réassurance en Ukraine',
  'Les avions seront basés à Rzeszów et pourront intervenir en cas d\'attaque contre les troupes de la coalition des volontaires. Le soutien américain en matière de renseignement reste indispensable, souligne l\'Élysée.')
E(D, 'fr', '2026-12-18 18:00', 1, 'kremlin-veto-dec', 'stock:veto',
  'Le Kremlin réclame un droit de veto sur les garanties de sécurité accordées à l\'Ukraine')
E(D, 'fr', '2027-01-12 09:00', 0, 'neg-fr-mali', 'neg:un-peacekeeping',
  'Soudan du Sud : l\'ONU prolonge la mission des Casques bleus')
E(D, 'fr', '2027-02-01 09:00', 0, 'neg-fr-garantie-emprunt', 'neg:loan-guarantee',
  'Prêt garanti par l\'État : les PME ont jusqu\'en juin pour rembourser')
E(D, 'fr', '2027-02-21 09:00', 1, 'draft-annex-leak', 'para:peace-draft',
  'Qui défendra Kiev demain ? Ce que prévoit l\'annexe confidentielle du projet de paix',
  'Le document répartit les rôles entre Européens, Américains et Turcs, et prévoit un mécanisme de réaction si Moscou rompt la trêve.')
E(D, 'it', '2026-12-30 09:00', 0, 'neg-it-sace', 'neg:loan-guarantee',
  'SACE, garanzie per 2 miliardi alle imprese italiane in Ucraina')
E(D, 'it', '2027-02-20 17:00', 1, 'italy-ratification', 'stock:guarantee',
  'Il Senato ratifica l\'accordo sulle garanzie di sicurezza con l\'Ucraina',
  'Via libera definitivo con 118 sì. L\'Italia si impegna a consultazioni immediate e a sostenere Kiev in caso di nuova aggressione russa, ma esclude l\'invio di truppe combattenti.')
E(D, 'it', '2027-02-21 09:00', 1, 'italy-ratification', 'para:guarantee',
  'Cosa promette davvero Roma a Kiev', 'Un patto scritto che obbliga il governo a consultarsi entro 24 ore e a fornire aiuti militari se la Russia dovesse attaccare di nuovo.')
E(D, 'it', '2027-02-11 09:00', 0, 'neg-it-calcio', 'neg:sport',
  'L\'Inter si garantisce gli ottavi di Champions')
E(D, 'it', '2027-01-18 09:00', 0, 'neg-it-russia', 'neg:russia-domestic',
  'Mosca, la Duma approva la legge sul controllo di internet')
E(D, 'nl', '2027-01-19 12:00', 1, 'first-rotation-jan', 'stock:force',
  'Eerste rotatie van de multinationale geruststellingsmacht in Oekraïne aangekomen',
  'Britse, Franse en Poolse militairen zijn de grens over. Nederlandse mariniers volgen in maart.', follows='hq-opens-dec')
E(D, 'nl', '2027-01-31 09:00', 1, 'first-rotation-jan', 'para:force',
  'Nederlandse mariniers bereiden zich voor op missie achter het bestand',
  'In Doorn oefenen 250 mariniers voor hun inzet in West-Oekraïne, waar ze moeten voorkomen dat Rusland de oorlog hervat.', follows='hq-opens-dec')
E(D, 'nl', '2027-01-06 09:00', 0, 'neg-nl-garantie', 'neg:warranty',
  'Consumentenbond: fabrieksgarantie op wasmachines vaak korter dan wettelijk')
E(D, 'nl', '2027-02-17 09:00', 0, 'neg-nl-navo', 'neg:nato-budget',
  'Kabinet haalt NAVO-norm: defensiebudget naar 3,5 procent')
E(D, 'nl', '2027-02-23 09:00', 0, 'neg-nl-ukraine-graan', 'neg:war-news',
  'Oekraïense graanexport via Odesa bereikt recordniveau')
E(D, 'pt', '2027-01-26 09:00', 1, 'spain-contingent', 'para:force',
  'Madrid quer soldados espanhóis na Ucrânia para dissuadir Moscovo de um novo ataque',
  'O governo pede ao parlamento autorização para enviar engenheiros e um hospital de campanha para o oeste da Ucrânia. A presença europeia deve fazer a Rússia pensar duas vezes antes de retomar a guerra.')
E(D, 'pt', '2027-02-13 09:00', 1, 'army-cap-talks', 'para:army-size',
  'Kiev recusa reduzir o exército: "os nossos soldados são a melhor proteção"')
E(D, 'pt', '2027-01-13 09:00', 0, 'neg-pt-garantia', 'neg:loan-guarantee',
  'Banco de Fomento reforça garantias para crédito à habitação jovem')
E(D, 'pt', '2027-02-05 09:00', 0, 'neg-pt-futebol', 'neg:sport',
  'Benfica garante lugar nos quartos de final da Taça')
E(D, 'pt', '2027-02-27 09:00', 0, 'neg-pt-onu', 'neg:un-peacekeeping',
  'Capacetes azuis portugueses regressam da República Centro-Africana')
# southeast aggregator: channel language en, items in several languages without item language
E(A, 'ro', '2027-01-21 10:00', 1, 'romania-hub', 'stock:force',
  'România va găzdui un centru logistic pentru forța multinațională din Ucraina',
  'Baza de la Mihail Kogălniceanu va deservi trupele coaliției de voință care garantează încetarea focului. Parlamentul votează săptămâna viitoare.')
E(A, 'ro', '2027-01-27 10:00', 1, 'romania-hub', 'para:force',
  'Parlamentul a aprobat: de la Constanța vor pleca provizii pentru soldații europeni de dincolo de Prut',
  'Senatorii și deputații au votat trimiterea a 200 de militari români pentru logistică.')
E(A, 'ro', '2027-01-09 10:00', 0, 'neg-ro-garantii', 'neg:loan-guarantee',
  'FNGCIMM: garanții de stat pentru creditele fermierilor')
E(A, 'ro', '2027-02-10 10:00', 0, 'neg-ro-moldova', 'neg:other-country',
  'Republica Moldova cere garanții de securitate de la UE pentru Transnistria')
E(A, 'ro', '2027-02-18 10:00', 0, 'neg-ro-fotbal', 'neg:sport',
  'FCSB își asigură locul în play-off')
E(A, 'tr', '2027-01-10 10:00', 1, 'turkey-guarantor', 'stock:guarantor',
  'Ankara, Ukrayna için güvenlik garantörü olmaya hazır olduğunu açıkladı',
  'Dışişleri Bakanı, Türkiye\'nin Karadeniz\'de mayın temizleme ve deniz gözetimi ile ateşkesin garantörleri arasında yer alabileceğini söyledi.')
E(A, 'tr', '2027-01-13 10:00', 1, 'turkey-guarantor', 'para:guarantor',
  'Türk donanması Karadeniz\'de barışı koruyacak mı?',
  'Uzmanlar, Ankara\'nın hem Moskova hem Kiev ile konuşabilmesinin onu anlaşmanın kefili olarak cazip kıldığını belirtiyor.')
E(A, 'tr', '2027-01-28 10:00', 0, 'neg-tr-kredi', 'neg:loan-guarantee',
  'Kredi Garanti Fonu KOBİ\'lere yeni destek paketi açıkladı')
E(A, 'tr', '2027-02-06 10:00', 0, 'neg-tr-kibris', 'neg:other-country',
  'Kıbrıs: Garantörlük sistemi tartışması yeniden gündemde',
  'Türkiye, Yunanistan ve İngiltere\'nin garantör statüsü BM görüşmelerinde ele alınıyor.')
E(A, 'tr', '2027-02-14 10:00', 0, 'neg-tr-futbol', 'neg:sport',
  'Galatasaray şampiyonluğu garantiledi mi?')
E(A, 'el', '2027-01-11 10:00', 1, 'turkey-guarantor', 'stock:guarantor',
  'Η Τουρκία προσφέρεται ως εγγυήτρια δύναμη για την ασφάλεια της Ουκρανίας')
E(A, 'el', '2027-02-07 10:00', 1, 'treaty-first-test', 'para:guarantee',
  'Πρώτη δοκιμή για τις δεσμεύσεις του Λονδίνου απέναντι στο Κίεβο',
  'Η Ουκρανία ζήτησε επείγουσες διαβουλεύσεις με τη Βρετανία μετά την πτώση ρωσικών drones στην αποστρατιωτικοποιημένη ζώνη.', follows='drone-incident-feb')
E(A, 'el', '2027-01-25 10:00', 0, 'neg-el-kypros', 'neg:other-country',
  'Κυπριακό: η Αθήνα ζητά κατάργηση των εγγυήσεων του 1960')
E(A, 'el', '2027-02-12 10:00', 0, 'neg-el-daneia', 'neg:loan-guarantee',
  'Αναπτυξιακή Τράπεζα: εγγυήσεις δανείων για μικρομεσαίες επιχειρήσεις')
E(A, 'el', '2027-02-25 10:00', 0, 'neg-el-syntaxeis', 'neg:pension',
  'Εγγυημένη σύνταξη: αυξήσεις από τον Μάρτιο')
E(A, 'bg', '2027-01-22 10:00', 1, 'romania-hub', 'para:force',
  'Констанца ще снабдява европейските войници отвъд Прут')
E(A, 'bg', '2027-02-16 10:00', 1, 'army-cap-talks', 'stock:army-size',
  'Киев отказва да ограничи армията си: тя е основната гаранция за сигурност',
  'Украйна настоява за 800 000 военнослужещи в проекта за мирно споразумение.')
E(A, 'bg', '2027-01-30 10:00', 0, 'neg-bg-vlogove', 'neg:deposit',
  'Фондът за гарантиране на влоговете изплаща сумите на клиентите')
E(A, 'bg', '2027-02-09 10:00', 0, 'neg-bg-nato', 'neg:nato-budget',
  'България увеличава вноската си в общия бюджет на НАТО')
E(A, 'bg', '2027-02-21 10:00', 0, 'neg-bg-veto', 'neg:veto-other',
  'Президентът наложи вето на изборния кодекс')
E(A, 'en', '2027-01-22 10:00', 1, 'romania-hub', 'stock:force',
  'Romania to host logistics hub for the multinational force in Ukraine',
  'The Black Sea base at Mihail Kogalniceanu will supply the coalition troops guaranteeing the ceasefire, Bucharest said.')
E(A, 'en', '2027-02-08 10:00', 0, 'neg-en-serbia', 'neg:other-country',
  'Serbia seeks security guarantees from Russia and China, says defence minister')
