W = 'en-continental-wire.xml'; P = 'en-baltic-policy-lab.xml'; H = 'en-harbour-tabloid.xml'
E(W, 'en', '2026-12-08 09:40', 1, 'hq-opens-dec', 'stock:force',
  'Multinational reassurance force opens headquarters in Lviv',
  'The coalition of the willing formally opened the headquarters of its reassurance force for Ukraine in Lviv on Tuesday. A British lieutenant-general takes command, with French and Polish deputies. Officials said the HQ will plan deployments behind the ceasefire line once the truce holds for 90 days.', key='w-hq')
E(W, 'en', '2026-12-08 13:05', 1, 'hq-opens-dec', 'stock:force',
  'UPDATE: Lviv HQ of Ukraine reassurance force now operational',
  'The coalition of the willing formally opened the headquarters of its reassurance force for Ukraine in Lviv on Tuesday. A British lieutenant-general takes command, with French and Polish deputies. Officials said the HQ will plan deployments behind the ceasefire line once the truce holds for 90 days.', dup='w-hq')
E(W, 'en', '2026-12-10 17:20', 0, 'neg-uk-export-credit', 'neg:loan-guarantee',
  'Export credit agency widens loan guarantees for Ukrainian grain exporters',
  'UK Export Finance said it would guarantee up to 80% of bank loans to Ukrainian grain traders shipping via the Danube. The scheme runs to 2029 and is aimed at small firms.')
E(W, 'en', '2027-01-14 22:10', 1, 'congress-backstop-vote', 'stock:us-backstop',
  'US Senate approves air cover and intelligence backstop for European force in Ukraine',
  'The Senate voted 61-38 to authorise US air surveillance, intelligence sharing and a rapid-response air cover for the European-led reassurance force in Ukraine. The bill bars US ground troops. It now goes to the House.', key='w-senate')
E(W, 'en', '2027-01-21 23:30', 1, 'congress-backstop-vote', 'stock:us-backstop',
  'House passes Ukraine backstop bill after late-night vote',
  'The House of Representatives passed the measure 224-207, sending to the President a law that commits American air assets and intelligence to protect European troops guaranteeing the ceasefire. Kyiv called it the strongest US security commitment since the war began.', key='w-house')
E(W, 'en', '2027-02-02 08:15', 1, 'drone-incident-feb', 'stock:monitoring',
  'Russian drones crash near ceasefire line; monitors investigate',
  'Two Russian reconnaissance drones came down inside the demilitarised strip near Huliaipole overnight, the ceasefire monitoring mission said. It is the first serious incident since the reassurance force HQ opened. Moscow called it a navigation error.', key='w-drone')
E(W, 'en', '2027-02-02 10:50', 1, 'drone-incident-feb', 'stock:monitoring',
  'Monitors probe drone wreckage in demilitarised strip',
  'Two Russian reconnaissance drones came down inside the demilitarised strip near Huliaipole overnight, the ceasefire monitoring mission said. It is the first serious incident since the reassurance force HQ opened. Moscow called it a navigation error.', dup='w-drone')
E(W, 'en', '2027-02-06 12:00', 1, 'treaty-first-test', 'stock:guarantee', 
  'Kyiv invokes consultation clause of UK security guarantee treaty for first time',
  'Ukraine formally requested consultations under Article 3 of its security guarantee treaty with Britain after the drone incident. London must respond within 72 hours under the text ratified last year.', follows='drone-incident-feb')
E(W, 'en', '2027-02-11 15:45', 0, 'neg-lineup-football', 'neg:sport',
  'Shakhtar beat Braga to reach Europa League last 16',
  'A late header secured the Ukrainian side a 2-1 aggregate win in Hamburg, where they play home games. The coach said the defence had been "a guarantee all night".')
E(W, 'en', '2027-02-19 09:00', 0, 'neg-gaza-monitors', 'neg:un-peacekeeping',
  'UN weighs larger monitoring force for Gaza truce',
  'The Security Council is considering a proposal to double the number of truce observers in Gaza. Egypt and Qatar would act as guarantors of the arrangement.')
E(P, 'en', '2026-12-11 08:00', 1, 'hq-opens-dec', 'para:force',
  'A headquarters without an army: what the Lviv command can and cannot do',
  '<p>The new command in Lviv has staff officers, secure communications and a mandate to plan. What it lacks is troops on the ground, and the rules on when they would shoot back.</p><p>Our analysis finds the deterrent value of the arrangement rests almost entirely on whether Washington backs it from the air.</p>')
E(P, 'en', '2026-12-18 08:00', 1, 'kremlin-veto-dec', 'para:veto',
  'Why Moscow wants a hand on the switch',
  'The Kremlin insists that no foreign soldier may stand in Ukraine without its consent. Granting that would turn any allied promise to Kyiv into a favour Russia can withdraw at will, our fellows argue.')
E(P, 'en', '2027-01-09 08:00', 1, 'nordbaltic-battalion', 'stock:force',
  'Nordic-Baltic battalion: a small unit with a large signal',
  'The pledge by Sweden, Finland, Denmark and the three Baltic states to field a joint battalion for the reassurance force in Ukraine is militarily modest. Politically it tells Moscow that the guarantees extend beyond the big three.')
E(P, 'en', '2027-01-27 08:00', 0, 'neg-japan-us-treaty', 'neg:other-country',
  'Japan, the US and the credibility of Article 5 of their treaty',
  'Tokyo is asking for clearer language on extended deterrence in the Senkaku islands. A look at how the US–Japan security treaty is being tested in the East China Sea.')
E(P, 'en', '2027-02-13 08:00', 1, 'army-cap-talks', 'para:army-size',
  'Counting soldiers: why the size of Ukraine\'s army is the real insurance policy',
  'No foreign promise will weigh as much as 800,000 Ukrainians under arms. The fight over a cap in the peace text is a fight over who keeps Kyiv safe once the guns fall silent.')
E(P, 'en', '2027-02-16 08:00', 0, 'neg-nato-spending', 'neg:nato-budget',
  'NATO budget: allies argue over common funding for the new Brussels HQ annex',
  'The civil budget for 2027 grows 6%, driven by IT and the annex. Spain and Belgium want the increase capped.')
E(P, 'en', '2027-02-22 08:00', 1, 'draft-annex-leak', 'stock:peace-draft',
  'Reading the leaked security annex of the peace draft',
  'The leaked annex lists the guarantor states, the role of the multinational force and a dispute mechanism. It leaves blank the clause on whether Russia may object to new troop contributors.')
E(P, 'en', '2026-12-03 08:00', 0, 'neg-kazakh-pension', 'neg:pension',
  'Pension guarantees and Kazakhstan\'s ageing workforce',
  'A new law guarantees a minimum pension indexed to inflation. We look at what it costs the budget.')
E(H, 'en', '2027-01-19 06:30', 1, 'first-rotation-jan', 'para:force', 
  'OUR BOYS IN LVIV: first Brit troops land for Ukraine mission',
  'Three hundred soldiers from 4 Rifles touched down in Rzeszow last night before driving to western Ukraine. They will be the first wave of the European force meant to keep Putin from trying again.', follows='hq-opens-dec')
E(H, 'en', '2027-01-21 06:30', 0, 'neg-warranty-phone', 'neg:warranty',
  'Mum\'s fury as phone firm refuses to honour two-year guarantee')
E(H, 'en', '2027-02-03 06:30', 1, 'drone-incident-feb', 'para:monitoring',
  'PUTIN\'S DRONES CROSS THE LINE', 'Kremlin spy drones smashed into the no-go zone just weeks after our lads arrived. Observers are now combing the wreckage.')
E(H, 'en', '2027-02-09 06:30', 0, 'neg-bank-deposit', 'neg:deposit',
  'Is your cash safe? Deposit guarantee explained after bank wobble',
  'Savings up to 85,000 pounds are protected by the compensation scheme, experts say.')
E(H, 'en', '2027-02-14 06:30', 0, 'neg-war-front', 'neg:war-news',
  'Mines still killing farmers in Kharkiv fields', 'De-miners say it will take a decade to clear the land.')
E(H, 'en', '2026-12-19 06:30', 1, 'kremlin-veto-dec', 'stock:veto',
  'Kremlin: no foreign troops in Ukraine without our say-so')
