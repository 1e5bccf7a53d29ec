# Entry data (part C: German/Dutch, French/Italian/Portuguese, Nordic, Baltic, Greek/Romanian).
E = []
def e(*a): E.append(a)
R = 'f08-rhein-schelde.xml'
e(R,'de-koalition-paris',"2026-09-04 11:00",'de',1,'coalition-paris-summit','-','-','-','stock:coalition',
 'Koalition der Willigen: Sicherheitsgarantien für die Ukraine in Paris beschlossen',
 'Die Bundesregierung sagt Luftverteidigung und Ausbildung zu, lässt eine Beteiligung der Bundeswehr an einer Rückversicherungstruppe aber offen.')
e(R,'de-bundestag-mandat',"2026-11-05 12:00",'de',1,'bundestag-mandate','coalition-paris-summit','-','-','stock:reassurance-force',
 'Kabinett beschließt Mandat: bis zu 1.500 Soldaten für multinationale Truppe in der Ukraine',
 'Der Einsatz soll erst nach einem Waffenstillstand beginnen. Der Bundestag stimmt Ende November ab; die Union fordert eine klare Zusage Washingtons.')
e(R,'de-bundestag-mandat-dpa',"2026-11-05 14:30",'de',1,'bundestag-mandate','coalition-paris-summit','de-bundestag-mandat','-','stock:reassurance-force',
 'Bundeswehr-Einsatz in der Ukraine: Kabinett gibt grünes Licht',
 'Der Einsatz soll erst nach einem Waffenstillstand beginnen. Der Bundestag stimmt Ende November ab; die Union fordert eine klare Zusage Washingtons.')
e(R,'de-bundestag-debatte',"2026-11-19 17:00",'de',1,'bundestag-mandate','-','-','-','para:reassurance-force',
 'Deutsche Soldaten als Wächter eines fremden Friedens? Der Bundestag ringt',
 '<p>In erster Lesung warnte die AfD vor einem „Stolperdraht“, die Grünen nannten die Präsenz die einzige Versicherung gegen einen zweiten Überfall. Kanzler und Verteidigungsminister warben um eine breite Mehrheit.</p>')
e(R,'de-hermes-buergschaft',"2026-09-11 08:00",'de',0,'neg-de-hermes','-','-','-','neg:credit-guarantee',
 'Bund weitet Investitionsgarantien für Firmen in der Ukraine aus',
 'Unternehmen können ihre Investitionen in der Westukraine künftig gegen Kriegsrisiken absichern.')
e(R,'de-rente',"2026-10-06 07:00",'de',0,'neg-de-pension','-','-','-','neg:pension',
 'Haltelinie bei der Rente: Kabinett verlängert Garantie von 48 Prozent',
 '')
e(R,'de-drohnen-odessa',"2026-10-19 06:00",'de',0,'neg-de-strikes','-','-','-','neg:war-other',
 'Russische Drohnen treffen Hafen von Odessa',
 'Zwei Getreidefrachter wurden beschädigt.')
e(R,'nl-coalitie-parijs',"2026-09-04 12:30",'nl',1,'coalition-paris-summit','-','-','-','stock:coalition',
 'Nederland doet mee aan geruststellingsmacht voor Oekraïne',
 'Het kabinet stelt F-35’s en een genie-eenheid beschikbaar voor de veiligheidsgaranties van de coalitie van bereidwilligen.')
e(R,'nl-kamer-stemming',"2026-11-24 16:00",'nl',1,'nl-parliament-vote','coalition-paris-summit','-','-','para:reassurance-force',
 'Kamer stemt in met Nederlandse militairen die na een bestand in Oekraïne de vrede helpen bewaken',
 'Een ruime meerderheid steunt de missie. PVV en SP stemden tegen en spraken van een open eind zonder Amerikaanse steun.')
e(R,'nl-depositogarantie',"2026-09-29 08:00",'nl',0,'neg-nl-deposit','-','-','-','neg:deposit',
 'DNB: depositogarantiestelsel goed gevuld',
 '')
e(R,'nl-voetbal',"2026-10-22 22:00",'nl',0,'neg-nl-football','-','-','-','neg:sport',
 'Feyenoord heeft na zege op Sjachtar garantie op de volgende ronde',
 'Twee treffers van de spits beslisten het duel in Krakau.')

F = 'f09-latina-press.xml'
e(F,'fr-coalition-paris',"2026-09-04 09:30",'fr',1,'coalition-paris-summit','-','-','-','stock:coalition',
 'Coalition des volontaires : 26 pays s’engagent sur des garanties de sécurité pour l’Ukraine',
 'Réunis à l’Élysée, les dirigeants ont validé le principe d’une force de réassurance déployée après un cessez-le-feu. Londres et Paris en assureront le commandement.')
e(F,'fr-qg-kiev',"2026-10-29 10:00",'fr',1,'kyiv-multinational-hq','-','-','-','para:reassurance-force',
 'À Kiev, un état-major franco-britannique pour veiller sur la paix',
 'Le quartier général coordonnera les contingents européens qui resteront en Ukraine une fois les armes tues. Les avions, eux, resteront en Pologne et en Roumanie.')
e(F,'fr-tribune-garanties',"2026-09-27 08:00",'fr',1,'us-backstop-terms','-','-','-','para:backstop',
 'Tribune : Sans l’Amérique dans le ciel, l’Europe montera la garde les yeux bandés',
 'Radars, satellites, ravitailleurs : l’essentiel de ce qui rendrait crédible une présence européenne en Ukraine dépend encore de Washington. Il faut le dire et préparer l’après.')
e(F,'fr-livret-a',"2026-10-01 07:00",'fr',0,'neg-fr-savings','-','-','-','neg:deposit',
 'Livret A : le taux garanti baisse à 1,7 %',
 '')
e(F,'fr-casques-bleus-mali',"2026-10-13 12:00",'fr',0,'neg-fr-peacekeeping','-','-','-','neg:un-peacekeeping',
 'RDC : les casques bleus de la Monusco quittent l’Ituri',
 'Le retrait s’achèvera fin 2027.')
e(F,'fr-mobilisation',"2026-11-08 09:00",'fr',0,'neg-fr-mobilisation','-','-','-','neg:war-other',
 'Ukraine : la Rada abaisse l’âge de mobilisation à 23 ans',
 'La mesure vise à combler le manque d’effectifs sur le front.')
e(F,'it-governo-no-truppe',"2026-09-05 10:00",'it',1,'italy-no-troops','-','-','-','stock:coalition',
 'Meloni: nessun soldato italiano in Ucraina, ma sì alle garanzie di sicurezza',
 'Roma propone un meccanismo ispirato all’articolo 5 della Nato invece di una forza di rassicurazione sul terreno.')
e(F,'it-meloni-senato',"2026-10-07 15:00",'it',1,'italy-no-troops','-','-','-','para:coalition',
 'Al Senato Meloni spiega perché l’Italia aiuterà Kiev da lontano',
 'La premier ha detto che l’Italia addestrerà i militari ucraini e fornirà sminatori in mare, ma non manderà reparti a presidiare una futura tregua.')
e(F,'it-garanzia-sace',"2026-09-16 08:00",'it',0,'neg-it-sace','-','-','-','neg:credit-guarantee',
 'Sace garantisce 300 milioni per le imprese italiane nella ricostruzione ucraina',
 '')
e(F,'it-calcio',"2026-10-02 22:00",'it',0,'neg-it-football','-','-','-','neg:sport',
 'L’Inter batte lo Shakhtar e si garantisce gli ottavi',
 'Decisiva la doppietta nel secondo tempo.')
e(F,'it-pensioni',"2026-11-04 08:00",'it',0,'neg-it-pension','-','-','-','neg:pension',
 'Pensione di garanzia per i giovani: cosa prevede la manovra',
 'Il governo studia un assegno minimo per chi ha carriere discontinue.')
e(F,'pt-coalicao',"2026-09-04 13:30",'pt',1,'coalition-paris-summit','-','-','-','para:coalition',
 'Uma fragata e engenheiros portugueses para ajudar a manter a paz na Ucrânia',
 'O primeiro-ministro confirmou em Paris que Portugal estará entre os países que ficarão na Ucrânia depois de calarem as armas, para dissuadir Moscovo de um novo ataque.')
e(F,'pt-rascunho',"2026-10-16 11:00",'pt',1,'draft-security-annex-leak','-','-','-','para:draft',
 'O que prometem os aliados a Kiev se a Rússia voltar a atacar',
 'O texto que circula entre as capitais obriga os signatários a consultas em 24 horas e a “assistência, incluindo militar”. Kiev quer que cada parlamento o aprove.')
e(F,'pt-brasil-garante',"2026-10-13 14:00",'pt',1,'china-guarantor-idea','-','-','-','stock:guarantors',
 'Brasil aceita ser garante de acordo de paz na Ucrânia ao lado da China e da Turquia',
 '')
e(F,'pt-fundo-garantia',"2026-10-20 08:00",'pt',0,'neg-pt-deposit','-','-','-','neg:deposit',
 'Fundo de Garantia de Depósitos reforça capital',
 'Os depósitos até 100 mil euros continuam protegidos.')
e(F,'pt-cereais',"2026-11-15 09:00",'pt',0,'neg-pt-grain','-','-','-','neg:war-other',
 'Navio com cereais ucranianos chega a Lisboa',
 '')

N = 'f10-nordlys.xml'
e(N,'sv-flyg-bidrag',"2026-10-05 09:00",'sv',1,'nordic-air-component','coalition-paris-summit','-','-','stock:backstop',
 'Sverige bidrar med Gripen till luftskyddet för Ukrainas säkerhetsgarantier',
 'Regeringen föreslår att sex Gripenplan från Rumänien ska skydda den multinationella styrkan efter en vapenvila.')
e(N,'sv-flyg-bidrag-tt',"2026-10-05 11:40",'sv',1,'nordic-air-component','coalition-paris-summit','sv-flyg-bidrag','-','stock:backstop',
 'Gripenplan ska skydda styrkan i Ukraina',
 'Regeringen föreslår att sex Gripenplan från Rumänien ska skydda den multinationella styrkan efter en vapenvila.')
e(N,'sv-riksdag',"2026-10-20 15:00",'sv',1,'nordic-air-component','-','-','-','para:backstop',
 'Riksdagen säger ja: svenska piloter ska vaka över freden i Ukraina',
 'Bara Vänsterpartiet röstade emot. Planen ska vara på plats inom tre månader efter att striderna upphört.')
e(N,'sv-pension',"2026-09-18 07:00",'sv',0,'neg-sv-pension','-','-','-','neg:pension',
 'Garantipensionen höjs med 400 kronor',
 '')
e(N,'sv-fotboll',"2026-10-23 21:30",'sv',0,'neg-sv-football','-','-','-','neg:sport',
 'Malmö säkrade avancemang efter seger mot Dynamo Kiev',
 'Matchen avgjordes på straff.')
e(N,'da-bidrag',"2026-10-06 10:00",'da',1,'nordic-air-component','-','-','-','stock:backstop',
 'Danmark sender F-16 og radar til sikkerhedsgarantierne for Ukraine',
 'Forsvarsministeren siger, at danske fly skal indgå i luftdækningen af den europæiske styrke.')
e(N,'da-kommentar',"2026-10-30 08:00",'da',1,'kyiv-multinational-hq','-','-','-','para:reassurance-force',
 'Kommentar: Små lande kan også holde vagt ved Dnepr',
 'Danmark har ingen stor hær, men radarfolk, sanitetsfolk og pionerer. Det er netop sådanne folk, der skal holde en skrøbelig våbenhvile i live og afskrække Moskva fra et nyt angreb.')
e(N,'da-indskyd',"2026-09-25 08:00",'da',0,'neg-da-deposit','-','-','-','neg:deposit',
 'Indskydergarantien dækker stadig op til 750.000 kroner',
 '')
e(N,'da-greenland',"2026-11-09 09:00",'da',0,'neg-da-greenland','-','-','-','neg:other-country',
 'Grønland beder om nye sikkerhedsgarantier fra USA og NATO i Arktis',
 'Naalakkersuisut ønsker en fast amerikansk tilstedeværelse ved Pituffik.')
e(N,'fi-rauhanturvaajat',"2026-09-05 08:00",'fi',1,'coalition-paris-summit','-','-','-','para:coalition',
 'Suomalaisia pioneereja Ukrainaan, kun aseet vaikenevat',
 'Presidentin mukaan Suomi voi lähettää pioneereja ja kouluttajia eurooppalaiseen joukkoon, jonka tehtävä on estää Venäjää hyökkäämästä uudelleen.')
e(N,'fi-analyysi',"2026-11-07 10:00",'fi',1,'army-ceiling-row','-','-','-','para:army-size',
 'Analyysi: Ukrainan oma armeija on paras vakuutus uutta hyökkäystä vastaan',
 'Suomen oma kokemus osoittaa, että suuri reservi ja uskottava puolustus pitävät naapurin varovaisena. Siksi kiista Ukrainan joukkojen enimmäiskoosta ratkaisee, kestääkö rauha.')
e(N,'fi-rajavartio',"2026-09-28 09:00",'fi',0,'neg-fi-border','-','-','-','neg:other',
 'Itärajan ylityspaikat pysyvät kiinni ensi vuoteen',
 '')
e(N,'fi-takuueläke',"2026-10-15 07:00",'fi',0,'neg-fi-pension','-','-','-','neg:pension',
 'Takuueläke nousee tammikuussa',
 'Korotus on 1,8 prosenttia.')
e(N,'fi-jaakiekko',"2026-11-21 21:00",'fi',0,'neg-fi-hockey','-','-','-','neg:sport',
 'Leijonat varmisti paikkansa turnauksen finaalissa',
 '')

B = 'f11-baltic-line.xml'
e(B,'lt-kariai',"2026-09-03 12:00",'lt',1,'baltic-troop-offer','-','-','-','stock:coalition',
 'Lietuva siūlo karius daugiašalėms pajėgoms Ukrainoje',
 'Prezidentas teigia, kad saugumo garantijos Ukrainai yra ir Lietuvos saugumo garantijos.')
e(B,'lt-kariai-bns',"2026-09-03 14:10",'lt',1,'baltic-troop-offer','-','lt-kariai','-','stock:coalition',
 'Vilnius pasirengęs siųsti karius į Ukrainą po paliaubų',
 'Prezidentas teigia, kad saugumo garantijos Ukrainai yra ir Lietuvos saugumo garantijos.')
e(B,'lt-veto',"2026-09-18 09:00",'lt',1,'kremlin-veto','-','-','-','para:veto',
 'Maskva nori pati rinktis, kas gins Ukrainą',
 'Kremlius reikalauja, kad jokie Vakarų kariai nebūtų dislokuoti be Rusijos sutikimo. Vilniuje tai vadinama bandymu sugrąžinti įtakos zonas.')
e(B,'lt-krepsinis',"2026-10-09 21:00",'lt',0,'neg-lt-basketball','-','-','-','neg:sport',
 'Žalgiris užsitikrino vietą atkrintamosiose',
 '')
e(B,'lt-indeliai',"2026-11-03 08:00",'lt',0,'neg-lt-deposit','-','-','-','neg:deposit',
 'Indėlių draudimas: garantuojama iki 100 tūkst. eurų',
 'Pokyčių neplanuojama.')
e(B,'lv-saeima',"2026-09-10 10:00",'lv',1,'baltic-troop-offer','-','-','-','para:coalition',
 'Latvijas inženieri varētu palīdzēt noturēt mieru Ukrainā',
 'Aizsardzības ministrs saka, ka Latvija var nosūtīt sapierus un instruktorus to valstu kontingentam, kas pēc kauju beigām paliks Ukrainā, lai Krievija neuzbruktu atkal.')
e(B,'lv-komentars',"2026-10-17 08:00",'lv',1,'draft-security-annex-leak','-','-','-','para:draft',
 'Komentārs: papīrs, kas sola Kijivai palīdzību, bet nesaka, kurš nāks',
 'Noplūdušais teksts atkārto Budapeštas memoranda kļūdu, ja to neratificēs parlamenti un neaizmugurēs karavīri.')
e(B,'lv-pensijas',"2026-09-22 07:00",'lv',0,'neg-lv-pension','-','-','-','neg:pension',
 'Minimālā pensija pieaugs no janvāra',
 '')
e(B,'lv-robeza',"2026-10-28 09:00",'lv',0,'neg-lv-border','-','-','-','neg:other',
 'Latvija stiprina robežu ar Krieviju ar jauniem žogiem',
 'Darbi pie austrumu robežas tiks pabeigti nākamgad.')
e(B,'et-sojavagi',"2026-09-09 11:00",'et',1,'baltic-troop-offer','-','-','-','para:coalition',
 'Eesti kompanii võib minna Ukrainasse rahu hoidma',
 'Peaminister kinnitas, et kui relvad vaikivad, on Eesti valmis saatma kompanii suuruse üksuse liitlaste kontingenti, mis peab Moskvat uuest rünnakust heidutama.')
e(B,'et-usa-tugi',"2026-09-14 10:00",'et',1,'us-backstop-terms','-','-','-','para:backstop',
 'Ameerika lennukid kataksid Euroopa vägesid Ukrainas taevast',
 'USA ei saada maavägesid, kuid pakub luureandmeid ja õhutoetust Euroopa missioonile pärast relvarahu.')
e(B,'et-hoiused',"2026-10-04 08:00",'et',0,'neg-et-deposit','-','-','-','neg:deposit',
 'Hoiuste tagatis jääb 100 000 euro juurde',
 '')
e(B,'et-energia',"2026-11-16 09:00",'et',0,'neg-et-energy','-','-','-','neg:war-other',
 'Venemaa rünnak jättis Harkivi elektrita',
 'Ukraina energeetikud taastavad võrku.')

G = 'f12-aegean-danube.xml'
e(G,'el-egguiseis',"2026-09-05 09:00",'el',1,'coalition-paris-summit','-','-','-','para:coalition',
 'Ελληνικά πλοία, όχι στρατιώτες, για την επόμενη μέρα στην Ουκρανία',
 'Η κυβέρνηση θα προσφέρει ναυτική υποστήριξη στους συμμάχους που θα παραμείνουν στην Ουκρανία μετά τη σιγή των όπλων, ώστε η Μόσχα να μη ξαναεπιτεθεί.')
e(G,'el-tourkia-eggyitria',"2026-10-02 10:00",'el',1,'turkey-black-sea-guarantor','-','-','-','para:guarantors',
 'Η Άγκυρα θέλει ρόλο προστάτη της ειρήνης στην Ουκρανία και η Αθήνα ανησυχεί',
 'Η Τουρκία προσφέρεται να επιτηρεί τη Μαύρη Θάλασσα μετά τη λήξη των μαχών. Η Αθήνα φοβάται ότι αυτό θα ενισχύσει τη θέση της στην ΕΕ.')
e(G,'el-kypros',"2026-10-08 09:00",'el',0,'neg-el-cyprus','-','-','-','neg:other-country',
 'Κυπριακό: η Λευκωσία ζητά κατάργηση των εγγυήσεων της Τουρκίας',
 '')
e(G,'el-syntaxeis',"2026-10-21 08:00",'el',0,'neg-el-pension','-','-','-','neg:pension',
 'Αυξήσεις στις εγγυημένες συντάξεις από τον Ιανουάριο',
 'Η αύξηση θα είναι 2,4%.')
e(G,'el-podosfairo',"2026-11-06 22:00",'el',0,'neg-el-football','-','-','-','neg:sport',
 'Ο Ολυμπιακός εξασφάλισε την πρόκριση κόντρα στη Σαχτάρ',
 '')
e(G,'ro-baza-aeriana',"2026-11-19 12:00",'ro',1,'romania-air-hub','-','-','-','stock:backstop',
 'Baza de la Mihail Kogălniceanu va găzdui avioanele care vor proteja forța multinațională din Ucraina',
 'Ministrul apărării a confirmat că aeronave aliate vor asigura acoperirea aeriană a misiunii după încetarea focului.')
e(G,'ro-analiza',"2026-11-21 09:00",'ro',1,'romania-air-hub','-','-','-','para:backstop',
 'De la Constanța, scutul nevăzut al păcii de peste Nistru',
 'Piloții care vor decola de pe litoral nu vor trece granița decât dacă rușii atacă din nou. Pentru București, este felul în care România contribuie la liniștea vecinului fără să-și trimită infanteria.')
e(G,'ro-moldova-garantii',"2026-10-14 09:00",'ro',0,'neg-ro-moldova','-','-','-','neg:other-country',
 'Chișinăul cere garanții de securitate pentru Republica Moldova',
 'Președinta a discutat cu liderii UE despre riscurile din Transnistria.')
e(G,'ro-garantie-credit',"2026-09-19 08:00",'ro',0,'neg-ro-credit','-','-','-','neg:credit-guarantee',
 'Fondul de garantare extinde creditele pentru exportatorii din Ucraina și Moldova',
 '')
e(G,'ro-veto-csat',"2026-11-25 10:00",'ro',0,'neg-ro-veto','-','-','-','neg:veto-other',
 'Președintele își exercită dreptul de veto asupra legii pensiilor speciale',
 'Legea se întoarce în Parlament pentru reexaminare.')

# further negatives and borderline rows, appended to the feeds above
e(R,'nl-wederopbouw',"2026-11-17 11:00",'nl',0,'neg-nl-reconstruction','-','-','-','neg:war-other',
 'Nederlandse baggeraars tekenen voor herstel haven Mykolajiv',
 'Het contract is 120 miljoen euro waard.')
e(R,'de-friedensgespraeche',"2026-11-23 09:00",'de',1,'kyiv-multinational-hq','-','-','borderline: talks preview, force mentioned in one clause','stock:reassurance-force',
 'Vor den Gesprächen in Istanbul: Delegationen, Zeitplan und offene Fragen',
 'Am Montag treffen sich die Unterhändler. Neben dem Gefangenenaustausch steht auch die künftige Truppe in Kiew auf der Liste der offenen Punkte.')
e(R,'de-russland-inflation',"2026-10-26 08:00",'de',0,'neg-de-russia','-','-','-','neg:russia-domestic',
 'Russlands Notenbank hebt Leitzins auf 19 Prozent',
 '')
e(N,'da-ukraine-eu',"2026-11-14 12:00",'da',0,'neg-da-accession','-','-','-','neg:war-other',
 'EU åbner første forhandlingskapitel med Ukraine',
 'Danmark har presset på for at fremskynde processen.')
e(B,'lv-graudi',"2026-11-12 09:00",'lv',0,'neg-lv-grain','-','-','-','neg:war-other',
 'Ukrainas graudi tiek pārkrauti Rīgas ostā',
 '')
e(B,'et-nato-eelarve',"2026-10-22 10:00",'et',0,'neg-et-nato','-','-','-','neg:nato-budget',
 'Eesti kaitsekulud tõusevad 5,4 protsendini SKPst',
 'Suurem osa rahast läheb laskemoonale.')
e(F,'fr-armenie',"2026-10-21 12:00",'fr',0,'neg-fr-armenia','-','-','-','neg:other-country',
 'Paris promet des garanties de sécurité à l’Arménie',
 'Le président français a reçu le Premier ministre arménien à l’Élysée.')
e(F,'fr-negociations-geneve',"2026-11-22 10:00",'fr',0,'neg-fr-talks','-','-','borderline: talks logistics, security named without content','neg:borderline',
 'Ukraine-Russie : reprise des pourparlers lundi, la sécurité au menu',
 'Les délégations se retrouveront à Istanbul pour deux jours de discussions.')
