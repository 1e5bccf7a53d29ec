# Entry data (part A: Polish, Spanish, English). Fields:
# feed, slug, date UTC 'YYYY-MM-DD HH:MM', lang, rel, story, follows, dup_of slug, note, category, title, summary
E = []
def e(*a): E.append(a)
P = 'f01-vistula-wire.xml'
e(P,'szczyt-paryz-koalicja',"2026-09-04 09:10",'pl',1,'coalition-paris-summit','-','-','-','stock:coalition',
 'Koalicja chętnych w Paryżu: 26 państw deklaruje udział w siłach zapewnienia dla Ukrainy',
 'Przywódcy tzw. koalicji chętnych uzgodnili w Paryżu ramy gwarancji bezpieczeństwa dla Ukrainy na czas po zawieszeniu broni. Polska zapowiada wsparcie logistyczne z własnego terytorium, ale nie wyśle żołnierzy na Ukrainę. Szczegóły udziału USA mają zostać ustalone w ciągu dwóch tygodni.')
e(P,'paryz-polska-hub',"2026-09-04 14:30",'pl',1,'coalition-paris-summit','-','-','-','para:coalition',
 'Rzeszów jako zaplecze. Co Polska naprawdę obiecała w Paryżu',
 '<p>Nie będzie polskich batalionów nad Dnieprem, będzie za to lotnisko, magazyny i szpitale dla tych, którzy pojadą pilnować pokoju. Rząd przekonuje, że to uczciwy podział pracy w sojuszu, który ma odstraszyć Moskwę od ponownego ataku.</p>')
e(P,'kredyt-ekg-ukraina',"2026-09-05 08:00",'pl',0,'neg-pl-export-credit','-','-','-','neg:credit-guarantee',
 'KUKE rozszerza gwarancje kredytów eksportowych dla firm działających na Ukrainie',
 'Polski ubezpieczyciel eksportowy zwiększa limit gwarancji dla spółek dostarczających maszyny budowlane na Ukrainę. Z programu mogą skorzystać także przedsiębiorstwa z sektora MŚP.')
e(P,'wymiana-jencow-wrzesien',"2026-09-07 11:20",'pl',0,'neg-pl-prisoner-swap','-','-','-','neg:war-other',
 'Kolejna wymiana jeńców między Rosją a Ukrainą. Do domu wraca 146 żołnierzy',
 'Pośrednikiem ponownie były Zjednoczone Emiraty Arabskie. Wśród uwolnionych są obrońcy z obwodu zaporoskiego.')
e(P,'usa-wsparcie-lotnicze',"2026-09-13 07:45",'pl',1,'us-backstop-terms','coalition-paris-summit','-','-','stock:backstop',
 'Waszyngton: wsparcie z powietrza i wywiad dla sił europejskich, ale bez amerykańskich żołnierzy na ziemi',
 'Administracja USA potwierdziła, że zapewni europejskiemu kontyngentowi na Ukrainie osłonę lotniczą i dane wywiadowcze. Amerykańskie „zabezpieczenie” ma być warunkiem udziału kilku państw koalicji.')
e(P,'usa-wsparcie-lotnicze-pap',"2026-09-13 10:05",'pl',1,'us-backstop-terms','coalition-paris-summit','usa-wsparcie-lotnicze','-','stock:backstop',
 'USA obiecują osłonę z powietrza dla misji na Ukrainie',
 'Administracja USA potwierdziła, że zapewni europejskiemu kontyngentowi na Ukrainie osłonę lotniczą i dane wywiadowcze. Amerykańskie „zabezpieczenie” ma być warunkiem udziału kilku państw koalicji.')
e(P,'kremla-weto-wojska',"2026-09-16 16:00",'pl',1,'kremlin-veto','-','-','-','stock:veto',
 'Kreml żąda prawa weta wobec gwarancji dla Ukrainy',
 'Rzecznik Kremla oświadczył, że żadne zagraniczne wojska nie mogą stacjonować na Ukrainie bez zgody Moskwy. Rosja chce współdecydować o tym, kto i na jakich warunkach będzie gwarantem porozumienia.')
e(P,'fundusz-emerytalny-gwarancja',"2026-09-18 06:30",'pl',0,'neg-pl-pension','-','-','-','neg:pension',
 'Gwarantowana emerytura minimalna w górę od marca',
 '')
e(P,'sejm-umowa-bezpieczenstwa',"2026-09-24 12:00",'pl',1,'pl-ua-pact-ratification','-','-','-','stock:ratification',
 'Rząd kieruje do Sejmu umowę o bezpieczeństwie z Ukrainą',
 'Dziesięcioletnie porozumienie przewiduje szkolenie ukraińskich brygad, wspólną produkcję amunicji i konsultacje w ciągu 24 godzin w razie nowej agresji. Ratyfikacja wymaga zgody obu izb.')
e(P,'sejm-pierwsze-czytanie',"2026-10-08 15:40",'pl',1,'pl-ua-pact-ratification','-','-','-','para:ratification',
 'Posłowie o tym, czy Polska ma przyjść Kijowowi z pomocą, gdy znów zostanie napadnięty',
 'W pierwszym czytaniu opozycja pytała, czy zapis o „niezwłocznych konsultacjach” nie jest pustą obietnicą. Minister obrony odpowiadał, że umowa nie tworzy automatyzmu, ale wiąże ręce kolejnym rządom.')
e(P,'sejm-ratyfikacja-glosowanie',"2026-10-22 18:10",'pl',1,'pl-ua-pact-ratification','-','-','-','stock:ratification',
 'Sejm ratyfikował umowę o gwarancjach bezpieczeństwa dla Ukrainy',
 'Za ustawą głosowało 402 posłów. Teraz dokument trafi do Senatu.')
e(P,'mecz-legia-szachtar',"2026-09-25 21:50",'pl',0,'neg-pl-football','-','-','-','neg:sport',
 'Legia remisuje z Szachtarem. Gwarancja awansu wciąż w zasięgu',
 'Gol w doliczonym czasie gry uratował punkt warszawianom w Lidze Konferencji.')
e(P,'nato-budzet-polska',"2026-10-02 09:00",'pl',0,'neg-pl-nato-budget','-','-','-','neg:nato-budget',
 'Polska wyda na obronę 4,8 proc. PKB. MON przedstawia budżet na 2027',
 'Największe pozycje to zakupy śmigłowców i rozbudowa Tarczy Wschód. Minister zapowiada też nowe jednostki obrony terytorialnej.')
e(P,'przeciek-projekt-pokoju',"2026-10-15 08:20",'pl',1,'draft-security-annex-leak','-','-','-','para:draft',
 'Wyciekł szkic porozumienia. Kto ma bronić Ukrainy po wojnie?',
 'Dwudziestostronicowy dokument przewiduje, że państwa-sygnatariusze „podejmą natychmiastowe działania”, jeśli Rosja znów zaatakuje. Nie precyzuje jednak, czy chodzi o wojsko, czy tylko o sankcje.')
e(P,'atak-energetyka-pazdziernik',"2026-10-17 05:40",'pl',0,'neg-pl-energy-strikes','-','-','-','neg:war-other',
 'Zmasowany atak dronów na elektrociepłownie w Charkowie i Połtawie',
 'Bez prądu pozostaje ponad 400 tys. odbiorców. Ukraińska obrona powietrzna zestrzeliła większość z 230 dronów.')
e(P,'armia-800-tysiecy',"2026-11-03 10:00",'pl',1,'army-ceiling-row','-','-','-','stock:army-size',
 'Limit liczebności armii ukraińskiej. Kijów: 800 tys. żołnierzy to najlepsza gwarancja bezpieczeństwa',
 'Moskwa chce ograniczyć ukraińskie siły zbrojne do 200 tys. Kijów odpowiada, że duża, dobrze uzbrojona armia jest podstawą każdej przyszłej gwarancji.')
e(P,'armia-limit-komentarz',"2026-11-05 13:00",'pl',1,'army-ceiling-row','-','-','-','para:army-size',
 'Komentarz: Najlepszy strażnik pokoju nosi ukraiński mundur',
 'Żadna zagraniczna brygada nie zastąpi setek tysięcy ludzi gotowych bronić własnego kraju. Dlatego spór o to, ilu żołnierzy wolno Ukrainie mieć, to spór o to, czy rozejm przetrwa.')
e(P,'korupcja-zakupy-mon-ua',"2026-11-06 09:30",'pl',0,'neg-pl-corruption','-','-','-','neg:war-other',
 'Afera w ukraińskim resorcie obrony. Zatrzymano wiceministra',
 'NABU zarzuca mu zawyżanie cen kamizelek kuloodpornych.')
e(P,'monitoring-rozejmu-obwe',"2026-11-12 11:15",'pl',1,'truce-monitoring-mission','-','-','-','stock:monitoring',
 'Misja monitorująca zawieszenie broni ma być częścią gwarancji. Polska zgłasza obserwatorów',
 'Rząd zaproponował 40 oficerów do międzynarodowej misji nadzorującej linię rozejmu. Misja ma działać pod parasolem sił wielonarodowych.')
e(P,'akcesja-ue-rozdzialy',"2026-11-14 14:00",'pl',0,'neg-pl-eu-accession','-','-','-','neg:war-other',
 'Bruksela otwiera z Ukrainą pierwszy klaster negocjacji akcesyjnych',
 'Polska prezydencja nie blokuje rozdziału rolnego, ale zapowiada twarde rozmowy o zbożu.')
e(P,'gwarancja-depozytow-bfg',"2026-11-16 07:00",'pl',0,'neg-pl-deposit','-','-','-','neg:deposit',
 'BFG: gwarancja depozytów bez zmian, 100 tys. euro na klienta',
 '')
e(P,'moldawia-gwarancje',"2026-11-18 10:40",'pl',0,'neg-pl-moldova','-','-','-','neg:other-country',
 'Mołdawia prosi Rumunię i UE o gwarancje bezpieczeństwa dla Naddniestrza',
 'Kiszyniów obawia się prowokacji w separatystycznym regionie. Bukareszt obiecuje konsultacje.')
e(P,'senat-ratyfikacja',"2026-11-04 16:20",'pl',1,'pl-ua-pact-ratification','-','-','-','stock:ratification',
 'Senat bez poprawek. Umowa o bezpieczeństwie z Ukrainą czeka na podpis prezydenta',
 '')
e(P,'liveblog-koalicja-listopad',"2026-11-20 19:00",'pl',1,'kyiv-multinational-hq','-','-','-','roundup',
 'Wojna w Ukrainie – relacja na żywo, czwartek',
 '<ul><li>Rosja ostrzeliwała Zaporoże</li><li>Brytyjsko-francuska kwatera główna sił zapewnienia w Kijowie ma ruszyć w styczniu</li><li>Wymiana ciał poległych</li></ul>')
e(P,'rozmowy-stambul-logistyka',"2026-11-22 08:00",'pl',0,'neg-pl-talks-logistics','-','-','borderline: meeting logistics, security track only named','neg:borderline',
 'Delegacje przyjadą do Stambułu w poniedziałek. Na stole również „kwestie bezpieczeństwa”',
 'Spotkanie ma potrwać dwa dni. Nie podano składu delegacji.')
e(P,'rosja-wybory-regionalne',"2026-09-20 12:00",'pl',0,'neg-pl-russia-domestic','-','-','-','neg:russia-domestic',
 'Rosja: Jedna Rosja wygrywa wybory regionalne przy rekordowo niskiej frekwencji',
 '')
e(P,'usa-bez-piechoty',"2026-09-29 09:00",'pl',1,'us-backstop-terms','-','-','-','para:backstop',
 'Amerykanie w razie czego z nieba, nie z okopów',
 'Pentagon szykuje plan, według którego amerykańskie samoloty z baz w Polsce i Rumunii osłaniałyby Europejczyków po rozejmie. Żołnierze USA nie przekroczyliby granicy Ukrainy.')

S = 'f02-meseta-diario.xml'
e(S,'coalicion-voluntarios-paris',"2026-09-04 10:00",'es',1,'coalition-paris-summit','-','-','-','stock:coalition',
 'La coalición de voluntarios pacta en París las garantías de seguridad para Ucrania',
 'Veintiséis países se comprometen a aportar tropas, aviones o apoyo logístico a una fuerza de tranquilización tras un alto el fuego. España estudia enviar instructores y un hospital de campaña.')
e(S,'paris-sanchez-opinion',"2026-09-06 08:00",'es',1,'coalition-paris-summit','-','-','-','para:coalition',
 'Tribuna: Prometer que volveremos si hace falta',
 'Europa ha firmado en París un cheque que quizá nunca tenga que cobrar. Comprometerse a defender a un vecino invadido exige algo más que fotografías: presupuesto, soldados y la voluntad de plantarse si Moscú vuelve a cruzar la raya.')
e(S,'garantia-prestamo-bei',"2026-09-08 09:30",'es',0,'neg-es-eib-loan','-','-','-','neg:loan-guarantee',
 'El BEI avala con 900 millones los créditos para la red eléctrica ucraniana',
 'La garantía del Banco Europeo de Inversiones cubrirá préstamos de bancos comerciales para reparar subestaciones.')
e(S,'liga-real-garantias',"2026-09-09 22:10",'es',0,'neg-es-football','-','-','-','neg:sport',
 'El Madrid sale con garantías de Kiev tras golear al Dinamo',
 'Tres goles en la primera parte dejaron la eliminatoria de Champions encarrilada.')
e(S,'eeuu-respaldo-aereo',"2026-09-13 08:30",'es',1,'us-backstop-terms','coalition-paris-summit','-','-','stock:backstop',
 'Washington ofrece cobertura aérea e inteligencia a la fuerza europea en Ucrania',
 'Estados Unidos no desplegará soldados, pero actuará como respaldo de la misión europea con aviones e información de inteligencia, según fuentes diplomáticas.')
e(S,'kremlin-veto-tropas',"2026-09-16 17:30",'es',1,'kremlin-veto','-','-','-','stock:veto',
 'Moscú exige derecho de veto sobre las garantías y rechaza tropas extranjeras en Ucrania',
 'El Kremlin considera que cualquier contingente occidental sería un “objetivo legítimo”.')
e(S,'kremlin-veto-tropas-efe',"2026-09-16 19:05",'es',1,'kremlin-veto','-','kremlin-veto-tropas','-','stock:veto',
 'Rusia quiere decidir quién protege a Ucrania',
 'El Kremlin considera que cualquier contingente occidental sería un “objetivo legítimo”.')
e(S,'fondo-garantia-depositos',"2026-09-19 07:00",'es',0,'neg-es-deposit','-','-','-','neg:deposit',
 'El Fondo de Garantía de Depósitos eleva su patrimonio a 6.000 millones',
 '')
e(S,'congreso-contingente',"2026-10-01 12:00",'es',1,'spain-contingent-debate','coalition-paris-summit','-','-','stock:reassurance-force',
 'El Gobierno llevará al Congreso el envío de hasta 600 militares a la fuerza multinacional para Ucrania',
 'La misión, que solo se activaría tras un alto el fuego, incluiría ingenieros, sanitarios y una unidad de defensa antiaérea. Sumar y Podemos piden garantías de que no habrá combate.')
e(S,'congreso-contingente-debate',"2026-10-09 18:40",'es',1,'spain-contingent-debate','-','-','-','para:reassurance-force',
 'Seiscientos soldados para vigilar una paz que aún no existe',
 '<p>El debate en el Congreso giró en torno a una pregunta: ¿qué harán los militares españoles si Rusia dispara contra ellos? La ministra respondió que estarán lejos del frente, en Lviv y Odesa, formando a las tropas ucranianas y protegiendo puertos.</p>')
e(S,'congreso-vota-mision',"2026-10-23 20:00",'es',1,'spain-contingent-debate','-','-','-','stock:reassurance-force',
 'El Congreso autoriza la participación española en la fuerza de tranquilización',
 'La votación salió adelante con 298 votos a favor.')
e(S,'pensiones-garantia-ipc',"2026-10-03 06:30",'es',0,'neg-es-pension','-','-','-','neg:pension',
 'Las pensiones subirán un 2,7 % con la garantía de revalorización ligada al IPC',
 'El Gobierno confirma la cifra tras conocer la inflación media de los últimos doce meses.')
e(S,'garantia-lavadora',"2026-10-05 10:00",'es',0,'neg-es-warranty','-','-','-','neg:warranty',
 '¿Cuánto dura la garantía de un electrodoméstico? Lo que cambia con la nueva ley',
 'Desde 2022 la garantía legal es de tres años. Te explicamos cómo reclamar.')
e(S,'borrador-clausulas',"2026-10-15 09:00",'es',1,'draft-security-annex-leak','-','-','-','stock:draft',
 'El borrador del acuerdo de paz incluye una cláusula de defensa “similar al artículo 5”',
 'El texto filtrado prevé consultas inmediatas y una respuesta de los garantes en caso de nueva agresión rusa, pero deja en el aire la cuestión de las tropas extranjeras.')
e(S,'borrador-analisis',"2026-10-18 11:00",'es',1,'draft-security-annex-leak','-','-','-','para:draft',
 'Análisis: lo que dice (y lo que calla) el papel que debe blindar a Kiev',
 'El anexo de seguridad promete “asistencia” sin decir quién la presta. Para los ucranianos, que recuerdan el Memorándum de Budapest, una promesa sin firma parlamentaria vale poco. Los negociadores europeos quieren que el texto sea ratificado por cada Estado firmante.')
e(S,'granos-corredor',"2026-10-20 08:15",'es',0,'neg-es-grain','-','-','-','neg:war-other',
 'Ucrania exporta un récord de trigo por el corredor de Odesa',
 '')
e(S,'onu-cascos-azules-libano',"2026-10-24 13:00",'es',0,'neg-es-unifil','-','-','-','neg:un-peacekeeping',
 'España mantiene sus 650 cascos azules en el Líbano pese a la retirada de la FINUL',
 'El Consejo de Seguridad aprobó una prórroga final del mandato hasta 2027.')
e(S,'alto-fuego-sudan',"2026-10-27 15:00",'es',0,'neg-es-sudan-ceasefire','-','-','-','neg:ceasefire-elsewhere',
 'Tregua humanitaria en Sudán: observadores de la Unión Africana vigilarán el alto el fuego en Darfur',
 'La misión contará con 120 observadores desarmados.')
e(S,'ejercito-ucraniano-tope',"2026-11-03 12:00",'es',1,'army-ceiling-row','-','-','-','stock:army-size',
 'Kiev rechaza limitar su ejército: “Nuestros soldados son la primera garantía de seguridad”',
 'Rusia propone un techo de 200.000 efectivos. Zelenski insiste en mantener unas fuerzas armadas de 800.000.')
e(S,'observadores-linea-alto-fuego',"2026-11-13 10:00",'es',1,'truce-monitoring-mission','-','-','-','para:monitoring',
 'Drones, satélites y oficiales desarmados: así se vigilaría la línea de contacto',
 'La misión de verificación, integrada en el paquete de seguridad pactado con los aliados, combinaría 300 observadores con vigilancia aérea estadounidense. Su informe semanal decidiría si la fuerza europea debe reforzarse.')
e(S,'reconstruccion-conferencia',"2026-11-17 09:00",'es',0,'neg-es-reconstruction','-','-','-','neg:war-other',
 'Conferencia de reconstrucción de Ucrania en Valencia: 14.000 millones en compromisos',
 'Empresas españolas de infraestructuras buscan contratos en carreteras y vivienda.')
e(S,'taiwan-garantias',"2026-11-19 07:30",'es',0,'neg-es-taiwan','-','-','-','neg:other-country',
 'Japón pide a EE UU garantías de seguridad más claras ante la presión china sobre Taiwán',
 '')
e(S,'veto-consejo-seguridad-gaza',"2026-11-21 22:00",'es',0,'neg-es-un-veto','-','-','-','neg:veto-other',
 'Nuevo veto en el Consejo de Seguridad a una resolución sobre Gaza',
 'Es el quinto veto del año sobre Oriente Próximo.')
e(S,'entrevista-general',"2026-11-24 08:00",'es',1,'kyiv-multinational-hq','-','-','-','para:reassurance-force',
 'Entrevista al general que coordinará a los aliados en Kiev: “Nuestra presencia debe hacer pensar dos veces a Moscú”',
 'El oficial francés explica cómo funcionará el cuartel general multinacional y por qué los aviones estarán en Polonia y Rumanía y no en Ucrania.')
e(S,'rusia-rublo',"2026-11-25 09:00",'es',0,'neg-es-russia-domestic','-','-','-','neg:russia-domestic',
 'El rublo cae a mínimos del año y el Banco de Rusia sube los tipos',
 '')
e(S,'rubio-garantes-china',"2026-10-11 12:00",'es',1,'china-guarantor-idea','-','-','-','stock:guarantors',
 'Pekín se ofrece como garante de un acuerdo de paz en Ucrania',
 'China propone formar parte de un grupo de países garantes junto a Turquía y Brasil. Kiev desconfía.')

H = 'f03-harbour-wire.xml'
e(H,'coalition-paris-26',"2026-09-04 08:40",'en',1,'coalition-paris-summit','-','-','-','stock:coalition',
 'Coalition of the willing agrees framework for Ukraine security guarantees',
 'Leaders of 26 countries meeting in Paris on Thursday agreed a framework for post-ceasefire security guarantees for Ukraine, including a multinational reassurance force. The United States is expected to set out its backstop within weeks.')
e(H,'coalition-paris-26-rerun',"2026-09-04 11:15",'en',1,'coalition-paris-summit','-','coalition-paris-26','-','stock:coalition',
 'UPDATE 1-Paris talks end with 26 nations signed up to Ukraine force plan',
 'Leaders of 26 countries meeting in Paris on Thursday agreed a framework for post-ceasefire security guarantees for Ukraine, including a multinational reassurance force. The United States is expected to set out its backstop within weeks.')
e(H,'japan-us-treaty',"2026-09-06 03:00",'en',0,'neg-en-japan','-','-','-','neg:other-country',
 'Tokyo seeks firmer US security guarantee as Chinese drills intensify',
 'Japanese ministers will press Washington for a written reaffirmation covering the Senkaku islands.')
e(H,'ebrd-guarantee-ukraine',"2026-09-10 09:00",'en',0,'neg-en-ebrd','-','-','-','neg:loan-guarantee',
 'EBRD guarantee unlocks $500m for Ukrainian farm lenders',
 'The risk-sharing facility will back loans to small agricultural producers hit by the war.')
e(H,'us-air-cover-detail',"2026-09-12 21:00",'en',1,'us-backstop-terms','coalition-paris-summit','-','-','para:backstop',
 'US would fly, Europe would stand: the division of labour taking shape',
 'American fighter jets and surveillance aircraft based outside Ukraine would shield European ground units inside it, officials familiar with the planning said. Washington has refused to put its own troops on Ukrainian soil.')
e(H,'kremlin-rejects-force',"2026-09-15 14:00",'en',1,'kremlin-veto','-','-','-','stock:veto',
 'Kremlin says it must have a say over any Ukraine guarantees',
 'Moscow demanded a veto over which countries act as guarantors and ruled out Western troops in Ukraine.')
e(H,'turkey-black-sea',"2026-09-22 10:30",'en',1,'turkey-black-sea-guarantor','-','-','-','stock:guarantors',
 'Turkey offers to lead Black Sea element of Ukraine security arrangements',
 'Ankara would patrol shipping lanes and clear mines after a ceasefire, its defence minister said, positioning Turkey as a guarantor acceptable to both sides.')
e(H,'prisoner-swap-en',"2026-09-23 12:00",'en',0,'neg-en-prisoner-swap','-','-','-','neg:war-other',
 'Russia and Ukraine swap 300 prisoners in UAE-brokered deal',
 '')
e(H,'nato-spending-canada',"2026-09-26 16:00",'en',0,'neg-en-nato-canada','-','-','-','neg:nato-budget',
 'Canada pledges to reach NATO 3.5% core defence target by 2030',
 'Ottawa will buy new submarines and expand its Arctic presence.')
e(H,'poland-pact-ratified',"2026-10-22 19:00",'en',1,'pl-ua-pact-ratification','-','-','-','stock:ratification',
 'Polish lawmakers ratify 10-year security pact with Ukraine',
 'The Sejm voted 402-31 for the agreement, the first bilateral guarantee deal put to a parliamentary vote.')
e(H,'draft-leak-en',"2026-10-14 22:00",'en',1,'draft-security-annex-leak','-','-','-','stock:draft',
 'Leaked peace draft contains Article 5-style clause for Ukraine',
 'The draft security annex commits signatories to respond to renewed Russian aggression, including with military means, but leaves the question of foreign troops open.')
e(H,'draft-leak-en-rerun',"2026-10-15 02:30",'en',1,'draft-security-annex-leak','-','draft-leak-en','-','stock:draft',
 'Ukraine draft text would oblige backers to act if Russia attacks',
 'The draft security annex commits signatories to respond to renewed Russian aggression, including with military means, but leaves the question of foreign troops open.')
e(H,'mobilisation-age',"2026-10-19 08:00",'en',0,'neg-en-mobilisation','-','-','-','neg:war-other',
 'Ukraine extends mobilisation exemption for students',
 'The Rada voted to keep deferrals for university students until the end of 2027.')
e(H,'armenia-guarantees',"2026-10-21 11:00",'en',0,'neg-en-armenia','-','-','-','neg:other-country',
 'Armenia asks France for security guarantees in peace deal with Azerbaijan',
 '')
e(H,'army-ceiling-en',"2026-11-02 16:30",'en',1,'army-ceiling-row','-','-','-','para:army-size',
 'How many soldiers may Kyiv keep? The number that could sink a deal',
 'Russian negotiators want Ukraine disarmed down to a fraction of its wartime strength. Ukrainian officials say a force of 800,000 is the only protection they can rely on when foreign pledges waver.')
e(H,'monitoring-mission-en',"2026-11-12 13:00",'en',1,'truce-monitoring-mission','-','-','-','stock:monitoring',
 'Allies draft plan for ceasefire monitoring mission backed by reassurance force',
 'About 300 unarmed monitors would report violations, with the multinational force and US surveillance aircraft as backup.')
e(H,'grain-exports',"2026-11-14 07:00",'en',0,'neg-en-grain','-','-','-','neg:war-other',
 'Ukraine grain exports up 12% as Black Sea corridor holds',
 '')
e(H,'unifil-end',"2026-11-15 12:00",'en',0,'neg-en-unifil','-','-','-','neg:un-peacekeeping',
 'UN peacekeepers begin final drawdown from southern Lebanon',
 'UNIFIL will hand its last positions to the Lebanese army by the end of next year.')
e(H,'romania-air-hub',"2026-11-19 10:00",'en',1,'romania-air-hub','us-backstop-terms','-','-','stock:backstop',
 'Romania to host air hub for Ukraine reassurance mission',
 'The Mihail Kogalniceanu base will host allied fighter jets providing air cover to the multinational force, Bucharest said.')
e(H,'warranty-recall',"2026-11-20 09:00",'en',0,'neg-en-warranty','-','-','-','neg:warranty',
 'Carmaker extends battery warranty after fire recall',
 'Owners will get ten years of cover on high-voltage packs.')

J = 'f04-atlantic-brief.json'
e(J,'brief-guarantees-explainer',"2026-09-08 12:00",'en',1,'coalition-paris-summit','-','-','-','stock:explainer',
 'Explainer: what are the security guarantees for Ukraine agreed in Paris?',
 'The coalition of the willing has pledged a reassurance force, training and air policing. Here is what each element means, who pays, and what still depends on Washington.')
e(J,'brief-backstop-oped',"2026-09-17 09:00",'en',1,'us-backstop-terms','-','-','-','para:backstop',
 'Op-ed: A promise from the air is still a promise',
 'Europe has asked America for something smaller than boots and larger than words: radar, tankers, and a readiness to shoot. If the White House means it, Moscow will have to count American pilots before it tests the line again.')
e(J,'brief-china-guarantor',"2026-10-12 15:00",'en',1,'china-guarantor-idea','-','-','-','para:guarantors',
 'Can Beijing stand behind a Ukrainian peace?',
 'China says it is willing to underwrite a settlement alongside Turkey and Brazil. Ukrainian diplomats privately ask how a partner that buys Russian oil could be trusted to restrain Russia.')
e(J,'brief-nato-budget',"2026-10-13 10:00",'en',0,'neg-en-nato-budget','-','-','-','neg:nato-budget',
 'NATO common budget rises 9% for 2027',
 'The civil and military budgets fund headquarters and shared infrastructure.')
e(J,'brief-visegrad',"2026-10-26 08:00",'en',1,'visegrad-split','-','-','-','para:coalition',
 'Central Europe divided over who should stand guard in Ukraine',
 'Prague backs sending troops after a truce; Bratislava and Budapest refuse any role. The split complicates the EU side of the arrangements.')
e(J,'brief-russia-elections',"2026-09-21 06:00",'en',0,'neg-en-russia-domestic','-','-','-','neg:russia-domestic',
 'Russia regional vote: turnout slump and a governor upset in Khabarovsk',
 '')
e(J,'brief-hq-kyiv',"2026-10-29 11:00",'en',1,'kyiv-multinational-hq','coalition-paris-summit','-','-','stock:reassurance-force',
 'UK and France to run multinational force headquarters in Kyiv',
 'The joint HQ will coordinate the reassurance force once a ceasefire holds.')
e(J,'brief-energy-aid',"2026-11-09 08:00",'en',0,'neg-en-energy','-','-','-','neg:war-other',
 'Donors send transformers as Ukraine braces for winter blackouts',
 'Forty high-voltage units arrive from Germany and Japan.')
e(J,'brief-army-oped',"2026-11-06 12:00",'en',1,'army-ceiling-row','-','-','-','stock:army-size',
 'Capping Ukraine\'s army would hollow out every guarantee on offer',
 'A 200,000 ceiling would leave the reassurance force as the only barrier. Europe cannot carry that weight.')
e(J,'brief-sudan-ceasefire',"2026-11-11 14:00",'en',0,'neg-en-sudan','-','-','-','neg:ceasefire-elsewhere',
 'Sudan truce monitors deploy to El Fasher',
 '')

L = 'f05-harbour-live.xml'
e(L,'live-2026-09-04',"2026-09-04 20:00",'en',1,'coalition-paris-summit','-','-','-','roundup',
 'Ukraine war live: Paris summit wraps up; drone strikes on Odesa',
 '<ul><li>26 states commit to post-ceasefire force</li><li>Drones hit Odesa port overnight</li><li>Zelensky thanks Macron and Starmer</li></ul>')
e(L,'live-2026-09-30',"2026-09-30 20:00",'en',0,'neg-en-live-sep30','-','-','-','neg:war-other',
 'Ukraine war live: strikes on Sumy; energy grid repairs; prisoner exchange',
 '<ul><li>Three killed in Sumy</li><li>Ukrenergo restores power to 80% of Kharkiv</li><li>Swap of 84 prisoners</li></ul>')
e(L,'live-2026-10-15',"2026-10-15 20:00",'en',1,'draft-security-annex-leak','-','-','-','roundup',
 'Ukraine war live: reaction to leaked peace draft',
 '<ul><li>Kyiv says the clause on guarantees must be binding and ratified</li><li>Moscow calls the text "unacceptable"</li></ul>')
e(L,'live-2026-11-12',"2026-11-12 20:00",'en',0,'neg-en-live-nov12','-','-','borderline: roundup, guarantees only in passing','neg:borderline',
 'Ukraine war live: Kharkiv blackouts; EU accession cluster; talks next week',
 '<ul><li>Blackouts in Kharkiv</li><li>EU opens first accession cluster</li><li>Envoys to meet in Istanbul, agenda includes security questions</li></ul>')
e(L,'live-2026-11-20',"2026-11-20 20:00",'en',1,'truce-monitoring-mission','-','-','-','para:monitoring',
 'Ukraine war live: who will watch the front line if the guns fall silent',
 '<p>Allied defence ministers met to settle how observers, drones and the multinational force would fit together after a truce.</p>')
e(L,'live-2026-11-26',"2026-11-26 20:00",'en',0,'neg-en-live-nov26','-','-','-','neg:war-other',
 'Ukraine war live: corruption probe widens; grain ship hit',
 '')

# further negatives
e(P,'ukraina-odbudowa-lublin',"2026-10-10 10:00",'pl',0,'neg-pl-reconstruction','-','-','-','neg:war-other',
 'Lubelskie firmy chcą odbudowywać mosty w obwodzie wołyńskim',
 'Samorząd podpisał list intencyjny z władzami Łucka.')
e(P,'gwarancja-bkg-mieszkanie',"2026-11-26 08:00",'pl',0,'neg-pl-housing','-','-','-','neg:credit-guarantee',
 'Gwarancja BGK przy kredycie na pierwsze mieszkanie. Ile banków w programie?',
 'Bank gwarantuje do 20 proc. wartości kredytu zamiast wkładu własnego.')
e(S,'otan-gasto-espana',"2026-10-29 11:00",'es',0,'neg-es-nato','-','-','-','neg:nato-budget',
 'España alcanzará el 2,1 % del PIB en defensa, lejos del objetivo de la OTAN',
 'El Gobierno insiste en que cumple con las capacidades pedidas por la Alianza.')
e(S,'ucrania-movilizacion-es',"2026-11-08 10:00",'es',0,'neg-es-mobilisation','-','-','-','neg:war-other',
 'Ucrania rebaja la edad de movilización a 23 años',
 '')
e(H,'ukraine-eu-cluster',"2026-11-14 15:00",'en',0,'neg-en-accession','-','-','-','neg:war-other',
 'EU opens first accession talks cluster with Ukraine',
 'The fundamentals cluster covers rule of law and public procurement.')
e(J,'brief-moldova',"2026-10-15 09:00",'en',0,'neg-en-moldova','-','-','-','neg:other-country',
 'Moldova wants its own security guarantees. Who would give them?',
 'Chisinau has asked Bucharest and Brussels for commitments over Transnistria. Neither has said yes.')
