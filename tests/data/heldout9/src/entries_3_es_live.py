S = 'es-la-cronica-global.xml'; L = 'eu-liveblog-digest.xml'
E(S, 'es', '2026-12-08 11:00', 1, 'hq-opens-dec', 'stock:force',
  'La coalición de voluntarios abre en Leópolis el cuartel general de la fuerza de garantía para Ucrania',
  'El mando multinacional, dirigido por un general británico, planificará el despliegue de tropas europeas una vez que el alto el fuego se consolide. España enviará oficiales de enlace.')
E(S, 'es', '2026-12-12 09:00', 0, 'neg-es-ico', 'neg:loan-guarantee',
  'El ICO amplía las líneas de avales para pymes exportadoras',
  'El Gobierno destina 3.000 millones a garantías para créditos de empresas que venden fuera de la UE.')
E(S, 'es', '2026-12-18 19:00', 1, 'kremlin-veto-dec', 'stock:veto',
  'El Kremlin exige poder de veto sobre las garantías de seguridad a Ucrania',
  'Peskov afirmó que Rusia no aceptará tropas de países de la OTAN en suelo ucraniano sin su consentimiento expreso. Kiev y Bruselas rechazan cualquier derecho de veto ruso.')
E(S, 'es', '2026-12-29 10:00', 1, 'monitoring-mission', 'para:monitoring',
  'Quién vigilará la tregua: observadores con drones, satélites y sin armas',
  '<p>La misión que supervisará el cese de hostilidades contará con 400 observadores civiles y militares.</p><p>Sus informes llegarán al cuartel de Leópolis y a la capital rusa a la vez, una fórmula que busca evitar acusaciones de parcialidad.</p>')
E(S, 'es', '2027-01-08 08:30', 0, 'neg-es-pensiones', 'neg:pension',
  'Las pensiones mínimas garantizadas suben un 6% en 2027')
E(S, 'es', '2027-01-15 07:00', 1, 'congress-backstop-vote', 'stock:us-backstop',
  'El Senado de EE UU aprueba el respaldo aéreo a la fuerza europea en Ucrania',
  'La ley autoriza cobertura aérea, inteligencia y vigilancia para proteger a las tropas de la coalición de voluntarios, pero prohíbe el envío de soldados estadounidenses.', key='s-senado')
E(S, 'es', '2027-01-15 09:45', 1, 'congress-backstop-vote', 'stock:us-backstop',
  'Washington da luz verde a la cobertura aérea para la misión europea',
  'La ley autoriza cobertura aérea, inteligencia y vigilancia para proteger a las tropas de la coalición de voluntarios, pero prohíbe el envío de soldados estadounidenses.', dup='s-senado')
E(S, 'es', '2027-01-26 18:00', 1, 'spain-contingent', 'stock:force',
  'El Gobierno pedirá al Congreso autorización para enviar 600 militares a Ucrania',
  'La ministra de Defensa anunció que España aportará una unidad de ingenieros y un hospital de campaña a la fuerza multinacional de garantía. La votación será en febrero.')
E(S, 'es', '2027-01-27 08:00', 1, 'spain-contingent', 'para:force',
  'Soldados españoles al otro lado de los Cárpatos: lo que se sabe',
  'Ingenieros de Zaragoza y sanitarios de Madrid formarían parte del contingente. Estarían lejos de la línea de contacto y su misión sería disuadir a Moscú de reanudar la guerra.')
E(S, 'es', '2027-02-04 20:30', 1, 'spain-contingent', 'stock:force',
  'El Congreso avala el despliegue en Ucrania con el voto en contra de Vox y Podemos',
  'La Cámara autorizó por 231 votos la participación española en la misión de reaseguro. Es la primera vez que tropas españolas se integran en una fuerza de garantías de seguridad para Ucrania.')
E(S, 'es', '2027-01-30 10:00', 0, 'neg-es-futbol', 'neg:sport',
  'El Atlético se garantiza la segunda plaza tras ganar en Vigo')
E(S, 'es', '2027-02-01 12:00', 0, 'neg-es-libano', 'neg:un-peacekeeping',
  'Los cascos azules españoles en el Líbano renuevan su mandato',
  'La misión de la ONU en el sur del Líbano seguirá vigilando la Línea Azul un año más.')
E(S, 'es', '2027-02-03 09:00', 1, 'drone-incident-feb', 'para:monitoring',
  'Dos aparatos rusos caen en la franja desmilitarizada; los observadores piden explicaciones',
  'Es la primera prueba seria del sistema de vigilancia de la tregua desde la apertura del mando en Leópolis.')
E(S, 'es', '2027-02-07 11:00', 1, 'treaty-first-test', 'stock:guarantee',
  'Ucrania activa por primera vez las consultas del tratado de garantías con Londres', follows='drone-incident-feb')
E(S, 'es', '2027-02-09 10:00', 0, 'neg-es-otan-presupuesto', 'neg:nato-budget',
  'España, a la cola del gasto en la OTAN pese al aumento del presupuesto de Defensa',
  'El gasto alcanzará el 2,1% del PIB, lejos del objetivo aliado.')
E(S, 'es', '2027-02-12 09:00', 1, 'france-air-cover', 'para:air-cover',
  'Cazas franceses vigilarán desde Polonia el cielo sobre los soldados europeos en Ucrania')
E(S, 'es', '2027-02-16 09:00', 1, 'army-cap-talks', 'para:army-size',
  'Ochocientos mil soldados como póliza de seguro',
  'Kiev se niega a recortar su ejército en el borrador de paz: sostiene que ningún compromiso extranjero sustituye a unas fuerzas propias numerosas.')
E(S, 'es', '2027-02-20 09:00', 0, 'neg-es-rusia-interior', 'neg:russia-domestic',
  'Rusia endurece la ley de agentes extranjeros contra periodistas')
E(S, 'es', '2027-02-22 13:00', 1, 'draft-annex-leak', 'stock:peace-draft',
  'El anexo filtrado del borrador de paz detalla las garantías de seguridad para Ucrania',
  'El texto nombra a once Estados garantes, fija un mecanismo de consultas en 48 horas y deja abierta la cuestión del veto ruso sobre nuevas tropas.')
E(S, 'es', '2027-02-25 09:00', 0, 'neg-es-veto-onu', 'neg:veto-other',
  'EE UU veta en el Consejo de Seguridad la resolución sobre Sudán')
E(S, 'es', '2027-02-26 09:00', 1, 'italy-ratification', 'para:guarantee',
  'Roma ratifica su compromiso de ayudar a Kiev ante una nueva agresión',
  'El Senado italiano aprobó el acuerdo bilateral; Italia se une a los países que ya han convertido sus promesas en ley.')
E(S, 'es', '2026-12-05 09:00', 0, 'neg-es-garantia-deposito', 'neg:deposit',
  'El fondo de garantía de depósitos cubrirá a los clientes del banco intervenido')
# liveblog digest, RSS 1.0, channel language en, no per-item language
E(L, 'en', '2027-01-19 21:00', 1, 'first-rotation-jan', 'roundup',
  'Ukraine live, day recap: first rotation crosses border; Kharkiv power cuts; grain corridor',
  '<ul><li>The first rotation of the European reassurance force crossed from Poland into Ukraine, headed for bases near Rivne.</li><li>Kharkiv had six hours of blackouts.</li><li>Grain exports rose 4%.</li></ul>', follows='hq-opens-dec')
E(L, 'en', '2027-02-02 21:00', 0, 'neg-live-davos', 'roundup',
  'Europe live: farmers block Brussels; Dutch coalition talks; ECB speakers',
  '<ul><li>Tractors blocked the Schuman roundabout.</li><li>Dutch coalition talks stalled on housing.</li><li>ECB speakers hinted at a pause.</li></ul>')
E(L, 'en', '2027-02-06 21:00', 1, 'treaty-first-test', 'roundup',
  'Ukraine live: London has 72 hours to answer Kyiv under guarantee treaty; monitors finish drone probe', follows='drone-incident-feb')
E(L, 'en', '2027-02-18 21:00', 0, 'neg-live-ukraine-econ', 'roundup',
  'Ukraine live: IMF tranche, hryvnia, reconstruction conference in Rome',
  'The IMF approved a $1.1bn tranche. The hryvnia weakened. Rome hosts the reconstruction conference next week.')
E(L, 'es', '2027-01-14 21:00', 1, 'congress-backstop-vote', 'roundup',
  'Directo Ucrania: el Senado de EE UU vota el apoyo aéreo a la misión europea; cortes de luz en Odesa',
  'Resumen de la jornada: la votación en Washington sobre la cobertura aérea para las tropas europeas garantes del alto el fuego; apagones en Odesa; nuevo canje de prisioneros.')
E(L, 'es', '2027-01-31 21:00', 0, 'neg-live-es-elecciones', 'roundup',
  'Directo: elecciones en Portugal, temporal en Galicia y huelga de controladores')
E(L, 'es', '2027-02-10 21:00', 1, 'army-cap-talks', 'stock:army-size',
  'Kiev rechaza limitar su ejército: "es nuestra primera garantía de seguridad"',
  'La delegación ucraniana en Ginebra se opone al tope de 600.000 soldados propuesto por Moscú.')
E(L, 'es', '2027-02-23 21:00', 0, 'neg-live-es-garantia-juvenil', 'neg:other-sense',
  'La garantía juvenil europea financiará 20.000 contratos en Andalucía')
E(L, 'pl', '2026-12-10 21:00', 1, 'sejm-ratification-dec', 'roundup',
  'Relacja na żywo: Senat przyjął umowę z Ukrainą bez poprawek; mróz w Małopolsce',
  'Senatorowie jednogłośnie poparli ustawę o ratyfikacji porozumienia o gwarancjach bezpieczeństwa. W Małopolsce minus 20 stopni.')
E(L, 'pl', '2027-01-22 21:00', 0, 'neg-live-pl-drogi', 'roundup',
  'Na żywo: korki na A4, strajk w Poczcie Polskiej, wyniki Lotto')
E(L, 'pl', '2027-02-14 21:00', 1, 'france-air-cover', 'para:air-cover',
  'Francuskie myśliwce w Rzeszowie będą osłaniać europejskich żołnierzy nad Ukrainą',
  'Sześć maszyn rafale ma reagować w razie ataku na bazy kontyngentu. Paryż liczy też na amerykański wywiad.')
