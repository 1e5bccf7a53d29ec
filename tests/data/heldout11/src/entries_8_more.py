# Second pass: more hard negatives across outlets, a few paraphrased and
# title-only relevant items, one borderline.
W = 'nd-meridian-nightdesk.xml'; K = 'en-daily-klaxon.xml'; B = 'en-loose-cannon-blog.xml'
H = 'ua-kharkiv-slobidskyi.xml'; V = 'ru-vostochny-kurier.xml'; G = 'ge-tbilisi-meridian.xml'
A = 'tr-ankara-bogaz.xml'; R = 'lv-riga-baltic-brief.json'; T = 'ee-tallinn-nadal.xml'
F = 'fi-helsinki-pohjola.xml'; N = 'eu-nocturna-digest.xml'

# en
E(W, '2027-06-07 01:30', '+0000', 'en', 0, 'neg-wire-ukr-bonds-jun', None, 'neg:reconstruction-finance',
  'Ukraine sells guaranteed reconstruction bonds, demand strong',
  'KYIV, June 6 (Meridian) - Ukraine sold 2 billion euros of reconstruction bonds guaranteed by the European Investment Bank, with orders of more than 6 billion.')
E(W, '2027-06-22 00:50', '+0000', 'en', 0, 'neg-wire-georgia-jun', None, 'neg:other-country-security',
  'Georgia seeks U.S. security assurances as election nears',
  'TBILISI, June 21 (Meridian) - Georgia\'s president asked Washington for security assurances, saying Russian troops in the occupied regions were a threat to the country.')
E(W, '2027-07-10 02:10', '+0000', 'en', 0, 'neg-wire-prisoner-jul', None, 'neg:humanitarian',
  'Russia and Ukraine swap 150 prisoners each',
  'Russia and Ukraine exchanged 150 prisoners each in a swap brokered by the United Arab Emirates.')
E(W, '2027-07-25 23:45', '+0000', 'en', 0, 'neg-wire-sanctions-jul', None, 'neg:sanctions',
  'EU extends sectoral sanctions on Russia by six months',
  'BRUSSELS, July 25 (Meridian) - EU governments extended economic sanctions on Russia until January after Hungary dropped its objections.')
E(W, '2027-08-21 01:05', '+0000', 'en', 0, 'neg-wire-zapo-aug', None, 'neg:war-news',
  'IAEA says Zaporizhzhia plant lost external power for six hours', '')
E(W, '2027-08-23 22:30', '+0000', 'en', 1, 'turkey-annex-russia-aug', 'turkey-annex-jul', 'para:turkey-guarantor',
  'Moscow wants its warships in any post-war Black Sea escort scheme', '')
E(K, '2027-06-15 08:10', '+0100', 'en', 0, 'neg-klx-celeb-jun', None, 'neg:other-sense',
  'Reality star\'s bodyguards "guarantee" no paps at wedding', '')
E(K, '2027-07-03 09:20', '+0100', 'en', 0, 'neg-klx-pension-jul', None, 'neg:other-sense',
  'Triple lock GUARANTEED until 2030, minister vows',
  'Pensioners will keep the triple lock for the rest of the decade, the work and pensions secretary promised.')
E(K, '2027-07-30 07:40', '+0100', 'en', 0, 'neg-klx-refugee-jul', None, 'neg:humanitarian',
  'Ukrainian family\'s joy as visa extended for two more years',
  'A family from Kharkiv who fled to Kent in 2022 can stay until 2029 under the extended visa scheme.')
E(K, '2027-08-25 08:00', '+0100', 'en', 0, 'neg-klx-cyber-aug', None, 'neg:cybersecurity',
  'Russian hackers blamed as NHS trust hit by ransomware', '')
E(B, '2027-07-13 20:30', '+0100', 'en', 0, 'neg-blog-sanctions-jul', None, 'neg:sanctions',
  'Sanctions are leaking, and everyone knows where',
  'Shadow fleets, Central Asian middlemen, and a note on why the oil price cap needs enforcement, not speeches.')
E(B, '2027-08-03 21:15', '+0100', 'en', 1, 'analysis-blog-tripwire-aug', None, 'para:analysis',
  'Tripwires, not walls',
  '<p>Nobody expects a few brigades of Europeans to stop a Russian army. Their job is to make sure that if Moscow tries again, it is not just Ukraine it is fighting. That is what a promise with bodies behind it looks like.</p><p>The question for autumn is whether the capitals that sent them will still <em>mean</em> it when the first one is killed.</p>',
  html=True)
# uk, ru
E(H, '2027-06-24 10:00', '+0300', 'uk', 0, 'neg-kh-warranty-jun', None, 'neg:warranty',
  'Гарантійний ремонт: харків\'яни скаржаться на сервісні центри',
  'Споживачі скаржаться, що магазини відмовляють у гарантійному ремонті техніки, пошкодженої під час перепадів напруги.')
E(H, '2027-07-21 12:00', '+0300', 'uk', 0, 'neg-kh-nato-summit-jul', None, 'neg:nato-exercise',
  'Навчання НАТО в Польщі: харківські волонтери спостерігали за тренуванням з ППО', '')
E(V, '2027-06-16 20:15', '+0300', 'ru', 0, 'neg-vk-mortgage-jun', None, 'neg:loan-guarantee',
  'Госгарантии по ипотеке для IT-специалистов продлены',
  'Правительство продлило программу льготной ипотеки с господдержкой до конца года.')
E(V, '2027-07-19 19:00', '+0300', 'ru', 0, 'neg-vk-abkhazia-jul', None, 'neg:other-country-security',
  'Абхазия просит Москву о новых гарантиях безопасности',
  'Руководство Абхазии обратилось к Кремлю с просьбой расширить военное присутствие на побережье.')
# ka
E(G, '2027-06-14 13:10', '+0400', 'ka', 0, 'neg-tb-warranty-jun', None, 'neg:warranty',
  'სმარტფონების გარანტია: მომხმარებელთა უფლებები ახალ კანონში',
  'ახალი კანონი გამყიდველებს ორწლიან გარანტიას ავალდებულებს.')
E(G, '2027-08-02 17:00', '+0400', 'ka', 0, 'neg-tb-nato-exercise-aug', None, 'neg:nato-exercise',
  'ღირსეული პარტნიორი 2027: სწავლებები ვაზიანში დაიწყო', '')
# tr
E(A, '2027-07-12 14:30', '+0300', 'tr', 0, 'neg-bg-f16-jul', None, 'neg:other-country-security',
  'Türkiye\'nin hava savunması için yeni Patriot görüşmeleri',
  'Ankara ile Washington arasında hava savunma sistemleri konusunda teknik görüşmeler sürüyor.')
E(A, '2027-08-07 11:45', '+0300', 'tr', 1, 'army-cap-aug', None, 'para:army-size',
  'Kiev ordusunu küçültmeyi reddetti: "Kendi askerimiz en sağlam sözdür"',
  'Ukrayna, barış taslağındaki 300 bin asker sınırını kabul etmeyeceğini açıkladı; müttefiklerin verdiği korumanın kendi ordusunun yerini tutamayacağını söyledi.')
# lv, lt, et
E(R, '2027-07-05 15:30', '+0300', 'lt', 0, 'neg-rb-lt-credit-jul', None, 'neg:loan-guarantee',
  'INVEGA garantijos padės eksportuotojams į Ukrainą',
  'Nacionalinė plėtros įstaiga išplėtė paskolų garantijų priemonę įmonėms, dalyvaujančioms Ukrainos atstatyme.')
E(R, '2027-07-26 19:10', '+0300', 'lt', 0, 'neg-rb-lt-cyber-jul', None, 'neg:cybersecurity',
  'NKSC: kibernetinio saugumo incidentų padaugėjo trečdaliu', '')
E(R, '2027-08-14 12:20', '+0300', 'lv', 0, 'neg-rb-lv-exercise-aug', None, 'neg:nato-exercise',
  'Ādažos noslēdzas NATO mācības "Kristāla bulta"',
  'Mācībās piedalījās 3000 karavīru no deviņām valstīm.')
E(R, '2027-08-31 16:00', '+0300', 'lv', 0, 'neg-rb-lv-ukr-aug', None, 'neg:humanitarian',
  'Latvija pagarina Ukrainas bēgļu uzturēšanās atļaujas', '')
E(T, '2027-07-29 10:10', '+0300', 'et', 0, 'neg-tn-energy-jul', None, 'neg:energy-security',
  'Eleringi hinnangul on talve varustuskindlus tagatud',
  'Põhivõrguettevõte hindab Eesti energiajulgeolekut heaks.')
E(T, '2027-08-15 09:00', '+0300', 'et', 0, 'neg-tn-sport-aug', None, 'neg:sport',
  'Ott Tänak kindlustas koha Soome ralli poodiumil', '')
# fi, sv
E(F, '2027-06-28 12:00', '+0300', 'sv', 0, 'neg-ps-sv-pension-jun', None, 'neg:other-sense',
  'Garantipensionen höjs från årsskiftet',
  'Regeringen föreslår att garantipensionen höjs med 400 kronor i månaden.')
E(F, '2027-07-18 10:30', '+0300', 'sv', 1, 'ru-ultimatum-jul', None, 'para:russia-position', 
  'Kreml vill ha ett finger på avtryckaren för varje västlig insats i Ukraina',
  'Efter ultimatumet om att utländska soldater ska lämna landet står det klart vad Moskva egentligen vill: rätten att stoppa varje beslut som tas av dem som vaktar freden.')
E(F, '2027-08-07 09:10', '+0300', 'sv', 0, 'neg-ps-sv-cyber-aug', None, 'neg:cybersecurity',
  'Kommuner i Österbotten drabbade av it-attack', '')
E(F, '2027-08-19 13:30', '+0300', 'fi', 0, 'neg-ps-ukr-export-aug', None, 'neg:loan-guarantee',
  'Finnvera takaa suomalaisyritysten Ukrainan-kauppoja',
  'Finnvera on myöntänyt vientitakuita Ukrainan jälleenrakennushankkeisiin 120 miljoonalla eurolla.')
E(F, '2027-08-30 08:40', '+0300', 'fi', 1, 'analysis-ps-referendum-aug', 'referendum-rada-aug', 'para:referendum',
  'Kansa päättää: luopuuko Ukraina liittoumaovesta vastineeksi liittolaisten lupauksista?', '')
# es, de, pl
E(N, '2027-06-10 23:10', '+0200', 'es', 0, 'neg-nc-es-sport-jun', None, 'neg:sport',
  'El Real Madrid garantiza la renovación de su capitán', '')
E(N, '2027-06-19 22:40', '+0200', 'es', 0, 'neg-nc-es-mali-jun', None, 'neg:peacekeeping-elsewhere',
  'Los cascos azules españoles en el Líbano reciben relevo',
  'Seiscientos militares españoles relevan al contingente de la FINUL en el sur del Líbano.')
E(N, '2027-07-01 23:50', '+0200', 'es', 0, 'neg-nc-es-ico-jul', None, 'neg:loan-guarantee',
  'Los avales del ICO para pymes se amplían hasta 2028',
  'El Gobierno prorroga la línea de avales del ICO para pequeñas empresas.')
E(N, '2027-07-09 22:50', '+0200', 'es', 1, 'ultimatum-reply-jul', 'ru-ultimatum-jul', 'para:russia-position',
  'Europa responde a Moscú: nadie se va',
  'Los países que mantienen soldados en Ucrania para sostener la tregua rechazan retirarlos y anuncian más unidades para otoño. El Kremlin había dado noventa días.')
E(N, '2027-08-04 22:20', '+0200', 'de', 0, 'neg-nc-de-cyber-aug', None, 'neg:cybersecurity',
  'BSI warnt vor Angriffen auf Stadtwerke', '')
E(N, '2027-08-11 23:30', '+0200', 'de', 0, 'neg-nc-de-bw-aug', None, 'neg:nato-exercise',
  'Bundeswehr übt mit Litauen die Verlegung der Brigade',
  'Bei der Übung Quadriga verlegten 2000 Soldaten nach Litauen.')
E(N, '2027-08-16 22:40', '+0200', 'de', 1, 'analysis-nc-de-guarantee-aug', None, 'para:analysis',
  'Kommentar: Ein Versprechen ist nur so viel wert wie die Flugzeuge dahinter',
  'Europa hat Soldaten in die Ukraine geschickt, Washington verspricht Jets und Aufklärung. Doch ob der Westen im Ernstfall wirklich einschreitet, entscheidet sich nicht in Vertragstexten, sondern in Parlamenten, die nie abgestimmt haben.')
E(N, '2027-06-30 22:00', '+0200', 'pl', 0, 'neg-nc-pl-sport-jun', None, 'neg:sport',
  'Lech Poznań zagwarantował sobie udział w eliminacjach', '')
E(N, '2027-07-14 22:30', '+0200', 'pl', 0, 'neg-nc-pl-ukr-war-jul', None, 'neg:war-news',
  'Ostrzał Chersonia mimo rozejmu: dwie osoby ranne',
  'Władze obwodu chersońskiego poinformowały o ostrzale artyleryjskim z lewego brzegu Dniepru.')
E(N, '2027-08-23 23:10', '+0200', 'pl', 1, 'analysis-nc-pl-who-aug', None, 'para:analysis',
  'Kto przyjdzie z pomocą, gdy Rosja znów uderzy?',
  'Warszawscy analitycy zastanawiają się, czy obietnice Zachodu wobec Kijowa przetrwają zmianę władzy w Waszyngtonie i czy europejscy żołnierze na Ukrainie mają realne prawo do obrony.')
E(N, '2027-08-29 22:50', '+0200', 'es', 0, 'neg-nc-es-geneva-aug', None, 'neg:logistics',
  'Ginebra acogerá la reunión de cancilleres el 6 de septiembre',
  'Suiza confirmó la fecha y el lugar; la agenda sigue sin publicarse.',
  note='borderline: logistics of talks expected to cover guarantees')

# third pass: a few more negatives
E(K, '2027-06-27 08:30', '+0100', 'en', 0, 'neg-klx-ukr-eurovision-jun', None, 'neg:other-sense',
  'Ukraine "guaranteed" Eurovision final spot? Bookies think so',
  'Kyiv\'s entry is 2/1 favourite after the semi-final draw. Fans say the song is a banger.')
E(K, '2027-08-19 09:05', '+0100', 'en', 0, 'neg-klx-drone-aug', None, 'neg:war-news',
  'WATCH: Ukrainian sea drone blows up Russian patrol boat near Crimea',
  'Dramatic footage shows the moment a sea drone slams into a patrol boat off Sevastopol.')
E(B, '2027-07-04 19:00', '+0100', 'en', 0, 'neg-blog-taiwan-jul', None, 'neg:other-country-security',
  'What would a US guarantee for Taiwan actually look like?',
  'Strategic ambiguity has had a long run. A thought experiment on what Washington would have to write down, and why it never will. (Not a Ukraine post, for once.)')
E(H, '2027-08-05 10:40', '+0300', 'uk', 0, 'neg-kh-grant-aug', None, 'neg:reconstruction-finance',
  'Харків отримає 40 млн євро на відбудову теплових мереж',
  'Кошти надійдуть від ЄІБ під гарантію держави; роботи почнуться восени.')
E(N, '2027-07-26 22:10', '+0200', 'es', 0, 'neg-nc-es-unveto-jul', None, 'neg:veto-other',
  'Rusia veta en la ONU una resolución sobre Sudán', '')
