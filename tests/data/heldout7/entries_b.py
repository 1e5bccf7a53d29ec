# Entry data (part B: Cyrillic feed in windows-1251, Central European feed in windows-1250).
E = []
def e(*a): E.append(a)
D = 'f06-dnipro-kurier.xml'
e(D,'ua-koalitsiia-paryzh',"2026-09-04 12:00",'uk',1,'coalition-paris-summit','-','-','-','stock:coalition',
 'Коаліція охочих у Парижі погодила гарантії безпеки для України',
 'Двадцять шість держав готові долучитися до сил підтримки після припинення вогню. Президент назвав це «першим кроком до справжніх гарантій».')
e(D,'ua-koalitsiia-paryzh-ukrinform',"2026-09-04 15:20",'uk',1,'coalition-paris-summit','-','ua-koalitsiia-paryzh','-','stock:coalition',
 'Париж: 26 країн готові до місії в Україні',
 'Двадцять шість держав готові долучитися до сил підтримки після припинення вогню. Президент назвав це «першим кроком до справжніх гарантій».')
e(D,'ua-obmin-polonenymy',"2026-09-07 13:00",'uk',0,'neg-uk-swap','-','-','-','neg:war-other',
 'Додому повернулися 146 захисників: новий обмін полоненими',
 '')
e(D,'ua-armiia-chyselnist',"2026-11-03 09:00",'uk',1,'army-ceiling-row','-','-','-','para:army-size',
 'Скільки солдатів має право мати Україна: Київ не поступиться',
 'Москва хоче скоротити наше військо вчетверо. У Генштабі кажуть: жоден папір іноземних урядів не захистить країну так, як власні боєздатні бригади.')
e(D,'ua-ratyfikatsiia-rada',"2026-10-23 10:00",'uk',1,'pl-ua-pact-ratification','-','-','-','para:ratification',
 'Варшава прийде на допомогу протягом доби: Рада схвалила договір із Польщею',
 'Депутати підтримали десятирічний документ, за яким у разі нового нападу країни мають негайно радитися про військову допомогу та разом вироблятимуть боєприпаси.')
e(D,'ua-korruptsiia',"2026-11-06 11:00",'uk',0,'neg-uk-corruption','-','-','-','neg:war-other',
 'НАБУ повідомило про підозру заступнику міністра оборони',
 'Йдеться про закупівлю бронежилетів за завищеними цінами.')
e(D,'ru-kreml-veto',"2026-09-15 13:30",'ru',1,'kremlin-veto','-','-','-','stock:veto',
 'Песков: Россия должна иметь право голоса при выработке гарантий безопасности для Украины',
 'В Кремле заявили, что размещение войск стран НАТО на Украине неприемлемо ни в каком формате.')
e(D,'ru-kreml-nablyudateli',"2026-11-14 09:00",'ru',1,'truce-monitoring-mission','kremlin-veto','-','-','para:monitoring',
 'В Москве готовы обсуждать наблюдателей, но не иностранные батальоны',
 'Российский МИД допускает невооружённую миссию на линии соприкосновения, если в ней будут страны, которым Москва доверяет. Любой западный контингент, по словам дипломатов, сорвёт договорённости.')
e(D,'ru-vybory-regiony',"2026-09-20 10:00",'ru',0,'neg-ru-elections','-','-','-','neg:russia-domestic',
 'Единая Россия лидирует на выборах в Хабаровском крае',
 'Явка составила 27 процентов.')
e(D,'ru-vklady-strakhovanie',"2026-10-07 08:00",'ru',0,'neg-ru-deposits','-','-','-','neg:deposit',
 'АСВ: гарантия по вкладам может вырасти до 2,8 млн рублей',
 '')
e(D,'ru-kitai-garant',"2026-10-11 10:00",'ru',1,'china-guarantor-idea','-','-','-','stock:guarantors',
 'Пекин предложил себя в качестве гаранта мирного соглашения по Украине',
 'Китай готов войти в группу гарантов вместе с Турцией и Бразилией.')
e(D,'ru-oon-veto-siriya',"2026-11-21 18:00",'ru',0,'neg-ru-un-veto','-','-','-','neg:veto-other',
 'Россия наложила вето на резолюцию Совбеза ООН по Сирии',
 '')
e(D,'bg-koalitsiya-parizh',"2026-09-05 07:00",'bg',1,'coalition-paris-summit','-','-','-','stock:coalition',
 'България ще участва в коалицията на желаещите с логистика, без войници',
 'Премиерът заяви, че страната няма да изпраща военни в Украйна, но ще предостави пристанищата във Варна и Бургас за силите за гаранции за сигурност.')
e(D,'bg-cherno-more-mini',"2026-09-24 09:00",'bg',1,'turkey-black-sea-guarantor','-','-','-','para:guarantors',
 'Турция, Румъния и България ще чистят мини в Черно море след примирието',
 'Трите държави обсъждат обща морска мисия, която да е част от договореностите за сигурността на Украйна след края на боевете.')
e(D,'bg-pensii',"2026-10-02 08:00",'bg',0,'neg-bg-pensions','-','-','-','neg:pension',
 'Минималната пенсия става 620 лева от юли',
 '')
e(D,'bg-nato-byudzhet',"2026-10-16 12:00",'bg',0,'neg-bg-nato','-','-','-','neg:nato-budget',
 'България ще харчи 2,5% от БВП за отбрана догодина',
 'Парите ще отидат основно за нови бронирани машини.')
e(D,'bg-zerno',"2026-11-10 09:00",'bg',0,'neg-bg-grain','-','-','-','neg:war-other',
 'Украинско зърно отново минава през пристанище Варна',
 'Износът през българските пристанища е нараснал с 15%.')

M = 'f07-moravia-zpravy.xml'
e(M,'cs-koalice-pariz',"2026-09-04 13:00",'cs',1,'coalition-paris-summit','-','-','-','stock:coalition',
 'Koalice ochotných v Paříži: Česko nabídne vojáky do mise na Ukrajině',
 'Premiér potvrdil, že Česká republika je připravena vyslat až 300 vojáků do mnohonárodních sil po uzavření příměří. O záruky bezpečnosti pro Kyjev se má postarat i americká podpora ze vzduchu.')
e(M,'cs-koalice-pariz-ctk',"2026-09-04 16:10",'cs',1,'coalition-paris-summit','-','cs-koalice-pariz','-','stock:coalition',
 'Česko je připraveno poslat vojáky na Ukrajinu po příměří',
 'Premiér potvrdil, že Česká republika je připravena vyslat až 300 vojáků do mnohonárodních sil po uzavření příměří. O záruky bezpečnosti pro Kyjev se má postarat i americká podpora ze vzduchu.')
e(M,'cs-visegrad',"2026-10-25 10:00",'cs',1,'visegrad-split','-','-','-','para:coalition',
 'Praha a Bratislava se rozcházejí: kdo bude hlídat mír na Ukrajině',
 'Zatímco česká vláda chce poslat vojáky, Slovensko odmítá jakoukoli účast. Spor komplikuje společný postoj střední Evropy.')
e(M,'cs-zaruka-hypoteka',"2026-09-14 07:00",'cs',0,'neg-cs-mortgage','-','-','-','neg:credit-guarantee',
 'Národní rozvojová banka rozšiřuje záruky za hypotéky pro mladé',
 '')
e(M,'cs-hokej',"2026-10-10 21:00",'cs',0,'neg-cs-hockey','-','-','-','neg:sport',
 'Sparta má po výhře nad Pardubicemi jistotu play-off',
 'Rozhodly dva góly v přesilovce.')
e(M,'sk-fico-odmieta',"2026-09-05 09:00",'sk',1,'visegrad-split','-','-','-','stock:coalition',
 'Fico: Slovensko nepošle vojakov na Ukrajinu ani v rámci bezpečnostných záruk',
 'Premiér vyhlásil, že koalícia ochotných je „cesta k eskalácii“. Slovensko neposkytne ani logistiku.')
e(M,'sk-parlament-debata',"2026-10-27 14:00",'sk',1,'visegrad-split','-','-','-','para:coalition',
 'Opozícia žiada, aby Slovensko pomohlo chrániť budúci mier na Ukrajine',
 'Poslanci PS navrhujú aspoň vyslať zdravotníkov a ženistov do mnohonárodnej misie po prímerí. Vláda návrh odmietla.')
e(M,'sk-dochodky',"2026-09-30 08:00",'sk',0,'neg-sk-pensions','-','-','-','neg:pension',
 'Minimálny dôchodok sa od januára zvýši o 4 percentá',
 '')
e(M,'sk-plyn-tranzit',"2026-10-14 09:00",'sk',0,'neg-sk-gas','-','-','-','neg:war-other',
 'Ukrajina odmieta obnoviť tranzit ruského plynu cez Slovensko',
 'Bratislava hrozí zastavením dodávok elektriny.')
e(M,'sk-zaruka-pracka',"2026-11-08 10:00",'sk',0,'neg-sk-warranty','-','-','-','neg:warranty',
 'Záruka na spotrebiče: čo robiť, keď predajca odmieta reklamáciu',
 'Zákonná záručná doba je dva roky.')
e(M,'hu-orban-garancia',"2026-09-05 10:00",'hu',1,'visegrad-split','-','-','-','stock:coalition',
 'Orbán: Magyarország nem vesz részt Ukrajna biztonsági garanciáiban',
 'A kormányfő szerint a nyugati csapatok ukrajnai telepítése háborúhoz vezetne. Budapest nem küld katonát és nem enged át fegyverszállítmányt.')
e(M,'hu-orosz-veto',"2026-09-17 11:00",'hu',1,'kremlin-veto','-','-','-','para:veto',
 'Moszkva beleszólást követel abba, ki védheti meg Kijevet a jövőben',
 'Az orosz külügyminiszter szerint csak olyan országok lehetnek a megállapodás kezesei, amelyeket Oroszország is elfogad.')
e(M,'hu-forint',"2026-10-01 08:00",'hu',0,'neg-hu-forint','-','-','-','neg:other',
 'Gyengült a forint, emelkedtek a lakáshitel-kamatok',
 '')
e(M,'hu-foci',"2026-10-12 20:00",'hu',0,'neg-hu-football','-','-','-','neg:sport',
 'A Fradi garanciát kapott a továbbjutásra a Dinamo Kijev elleni győzelemmel',
 'Két gól döntött Budapesten.')
e(M,'hu-ukran-energia',"2026-11-11 09:00",'hu',0,'neg-hu-energy','-','-','-','neg:war-other',
 'Orosz dróntámadás érte a kárpátaljai áramhálózatot',
 'Több ezer háztartás maradt áram nélkül Ungváron.')
e(M,'hr-koalicija',"2026-09-06 09:00",'hr',1,'coalition-paris-summit','-','-','-','para:coalition',
 'Zagreb neće poslati pješaštvo, ali nudi brodove i instruktore za mir u Ukrajini',
 'Vlada je poručila saveznicima koji planiraju ostati u Ukrajini nakon prekida vatre da Hrvatska može pomoći lukom u Pločama i obukom ukrajinskih časnika.')
e(M,'hr-nacrt-mira',"2026-10-16 10:00",'hr',1,'draft-security-annex-leak','-','-','-','para:draft',
 'Što piše u procurjelom nacrtu: saveznici bi morali priskočiti Kijevu ako Rusija ponovno napadne',
 'Dokument obvezuje potpisnike na „hitnu pomoć, uključujući vojnu“. Ukrajinski diplomati traže da ga ratificiraju svi parlamenti.')
e(M,'hr-mirovne-unifil',"2026-10-24 12:00",'hr',0,'neg-hr-unifil','-','-','-','neg:un-peacekeeping',
 'Hrvatski mirovnjaci ostaju u Libanonu do kraja mandata UN-a',
 '')
e(M,'hr-mirovine',"2026-11-02 08:00",'hr',0,'neg-hr-pensions','-','-','-','neg:pension',
 'Zajamčena mirovina raste za 3,2 posto',
 'Povećanje stupa na snagu od siječnja.')
e(M,'hr-obnova',"2026-11-17 10:00",'hr',0,'neg-hr-reconstruction','-','-','-','neg:war-other',
 'Hrvatske tvrtke traže poslove u obnovi Ukrajine',
 'Na konferenciji u Valenciji predstavljeno je 14 projekata razminiranja i gradnje.')
e(M,'sl-koalicija',"2026-09-05 11:00",'sl',1,'coalition-paris-summit','-','-','-','para:coalition',
 'Petdeset slovenskih vojakov za varovanje premirja ob Dnepru',
 'Vlada bo državnemu zboru predlagala, da se Slovenija pridruži državam, ki bodo po koncu bojev ostale v Ukrajini in odvračale nov ruski napad.')
e(M,'sl-zrak-zda',"2026-09-14 09:00",'sl',1,'us-backstop-terms','-','-','-','para:backstop',
 'Američani bi evropske vojake v Ukrajini varovali z neba',
 'ZDA ne bodo poslale kopenskih enot, ponudile pa bodo letala, izvidniške podatke in protizračno obrambo za evropsko misijo po koncu bojev.')
e(M,'sl-kosarka',"2026-10-18 21:00",'sl',0,'neg-sl-basketball','-','-','-','neg:sport',
 'Olimpija si je z zmago zagotovila prvo mesto v skupini',
 '')
e(M,'sl-vloge',"2026-10-29 08:00",'sl',0,'neg-sl-deposits','-','-','-','neg:deposit',
 'Jamstvo za bančne vloge ostaja 100.000 evrov',
 'Banka Slovenije je potrdila stabilnost sistema.')
e(M,'sl-natobudzet',"2026-11-13 09:00",'sl',0,'neg-sl-nato','-','-','-','neg:nato-budget',
 'Slovenija bo obrambne izdatke dvignila na 2 odstotka BDP',
 'Večino sredstev bo namenila novim oklepnikom.')

e(D,'ua-vidbudova',"2026-11-17 12:00",'uk',0,'neg-uk-reconstruction','-','-','-','neg:war-other',
 'У Валенсії зібрали 14 млрд євро на відбудову України',
 'Найбільше коштів піде на житло та енергетику.')
