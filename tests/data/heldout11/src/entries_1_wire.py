# Meridian Wire night desk (en): terse wire copy, timestamps UTC.
W = 'nd-meridian-nightdesk.xml'
Z = '+0000'
E(W, '2027-06-03 23:40', Z, 'en', 1, 'referendum-jun', None, 'stock:referendum',
  'Zelensky allies float referendum on deal swapping NATO bid for guarantees',
  'KYIV, June 3 (Meridian) - Senior figures in Ukraine\'s ruling party said on Thursday a peace settlement that trades the country\'s NATO membership bid for binding Western security guarantees should be put to a national referendum. Opposition deputies said guarantees that are not ratified by the parliaments of the guarantor states would be "worth the paper they are printed on".',
  key='w-ref')
E(W, '2027-06-09 22:15', Z, 'en', 1, 'anniv-review-jun', None, 'stock:treaty-review',
  'Guarantor states open first-year review of Ukraine security guarantee treaty',
  'LONDON, June 9 (Meridian) - Officials from the eleven states that signed the security guarantee treaty with Ukraine a year ago began a review of how it has worked, with Kyiv pressing for faster consultations and a standing air-defence commitment. A British official said the review would not reopen the treaty text.',
  key='w-anniv')
E(W, '2027-06-11 02:05', Z, 'en', 0, 'neg-wire-loanguar-jun', None, 'neg:loan-guarantee',
  'World Bank extends guarantee facility for Ukrainian grid loans',
  'WASHINGTON, June 10 (Meridian) - The World Bank said it would extend a $1.2 billion guarantee facility that backs commercial loans to Ukraine\'s electricity distributors, citing high demand from lenders. The guarantees cover political risk, including damage from strikes.',
  key='w-loan')
E(W, '2027-06-14 21:30', Z, 'en', 1, 'roe-dispute-jun', None, 'stock:roe',
  'Reassurance force contributors split over rules of engagement',
  'PARIS, June 14 (Meridian) - Countries contributing troops to the multinational reassurance force in Ukraine are divided over whether soldiers may return fire on drones crossing the demarcation line, two diplomats said. France and the Baltic states want wider rules of engagement; Germany and Italy want any use of force referred to capitals.')
E(W, '2027-06-18 23:55', Z, 'en', 1, 'us-waver-jun', None, 'stock:us-backstop',
  'U.S. officials signal review of air-power backstop for Ukraine force',
  'WASHINGTON, June 18 (Meridian) - The U.S. administration is reviewing whether to keep its promise of air support and intelligence for the European-led force in Ukraine, three officials said, a move that alarmed allies who regard the American backstop as the core of the security guarantees. The White House said "no decision has been taken".',
  key='w-us')
E(W, '2027-06-20 01:10', Z, 'en', 0, 'neg-wire-battle-jun', None, 'neg:war-news',
  'Drone strike hits fuel depot near Dnipro, regional governor says',
  'DNIPRO, June 19 (Meridian) - A Russian drone hit a fuel depot on the outskirts of Dnipro overnight, injuring two workers, the regional governor said. Firefighters put out the blaze by morning.')
E(W, '2027-06-24 22:20', Z, 'en', 1, 'nb-battalion-jun', None, 'stock:force',
  'Nordic and Baltic states to form joint battalion for Ukraine reassurance force',
  'TALLINN, June 24 (Meridian) - Estonia, Latvia, Lithuania, Finland, Sweden, Norway and Denmark agreed to form a joint battalion of about 900 troops for the multinational force that underpins the security guarantees for Ukraine. Defence ministers said the unit would be ready by autumn and would rotate every six months.',
  key='w-nb')
E(W, '2027-06-28 20:45', Z, 'en', 1, 'turkey-blacksea-jun', None, 'stock:turkey-guarantor',
  'Turkey offers to guarantee Black Sea shipping under Ukraine settlement',
  'ANKARA, June 28 (Meridian) - Turkey is ready to act as guarantor of commercial shipping in the Black Sea as part of a peace settlement for Ukraine, its foreign minister said, proposing naval escorts and a monitoring centre in Istanbul. Kyiv welcomed the offer but said it could not replace Western security guarantees.',
  key='w-tr')
E(W, '2027-07-02 23:05', Z, 'en', 1, 'us-reaffirm-jul', 'us-waver-jun', 'stock:us-backstop',
  'U.S. reaffirms backstop for Ukraine guarantees after two-week wobble',
  'WASHINGTON, July 2 (Meridian) - The U.S. said it would keep providing air cover, intelligence and logistics to the European force in Ukraine, ending two weeks of uncertainty over its backstop. Allies welcomed the statement but said they wanted it in writing.')
E(W, '2027-07-05 22:50', Z, 'en', 1, 'ru-ultimatum-jul', None, 'stock:russia-position',
  'Moscow demands foreign troops leave Ukraine within 90 days',
  'MOSCOW, July 5 (Meridian) - Russia demanded that all foreign troops of the reassurance force leave Ukraine within 90 days, calling their presence a breach of the ceasefire and saying it would not accept any security guarantees backed by Western soldiers. European capitals rejected the ultimatum.',
  key='w-ult')
E(W, '2027-07-07 03:15', Z, 'en', 0, 'neg-wire-gaza-veto-jul', None, 'neg:veto-other',
  'U.S. vetoes U.N. resolution on Gaza aid corridor',
  'NEW YORK, July 6 (Meridian) - The United States vetoed a Security Council draft that would have demanded a permanent aid corridor into Gaza. Thirteen members voted in favour.')
E(W, '2027-07-08 21:00', Z, 'en', 1, 'anniv-report-jul', 'anniv-review-jun', 'stock:treaty-review',
  'Review of Ukraine guarantee treaty recommends faster trigger for consultations',
  'LONDON, July 8 (Meridian) - The first-year review of the security guarantee treaty with Ukraine recommended that guarantors meet within 24 hours, not 72, after any attack, and that a standing air-defence package be attached to the treaty. The recommendations need approval by all signatories.')
E(W, '2027-07-14 23:35', Z, 'en', 1, 'counterdraft-jul', None, 'stock:kremlin-draft',
  'Leaked Kremlin counter-draft names Russia as guarantor of Ukraine settlement',
  'MOSCOW, July 14 (Meridian) - A Russian counter-draft of a peace settlement, seen by Meridian, proposes that Russia, China and the five permanent Security Council members jointly guarantee Ukraine\'s security, with no foreign troops on Ukrainian soil and a Russian right to block any guarantor action. Kyiv called it "a guarantee of the next invasion".',
  key='w-cd')
E(W, '2027-07-16 00:40', Z, 'en', 0, 'neg-wire-energysec-jul', None, 'neg:energy-security',
  'EU energy ministers agree gas storage targets to shore up winter security',
  'BRUSSELS, July 15 (Meridian) - EU energy ministers agreed to keep gas storage at 90% by November, saying energy security required a buffer against supply shocks.')
E(W, '2027-07-19 21:25', Z, 'en', 1, 'turkey-annex-jul', 'turkey-blacksea-jun', 'stock:turkey-guarantor',
  'Black Sea shipping guarantee annex drafted with Turkish role',
  'ISTANBUL, July 19 (Meridian) - Negotiators drafted an annex to the Ukraine settlement under which Turkey would coordinate naval escorts and a shipping monitoring centre, diplomats said. Russia has not agreed to the annex and wants its own navy to take part.',
  key='w-tra')
E(W, '2027-07-23 22:10', Z, 'en', 1, 'roe-aircover-jul', 'roe-dispute-jun', 'stock:air-cover',
  'Force commanders want clear air-cover rules before autumn rotation',
  'KYIV, July 23 (Meridian) - Commanders of the reassurance force asked contributing governments to settle who may order fighter jets to intercept drones over western Ukraine, saying the dispute over rules of engagement left pilots without clear orders.')
E(W, '2027-07-29 01:50', Z, 'en', 0, 'neg-wire-cyber-jul', None, 'neg:cybersecurity',
  'Cyberattack disrupts Baltic port booking systems',
  'RIGA, July 28 (Meridian) - A cyberattack disrupted booking systems at ports in Riga and Klaipeda for several hours, officials said. Cybersecurity agencies are investigating.',
  key='w-cyb')
E(W, '2027-08-01 22:30', Z, 'en', 1, 'counterdraft-china-aug', 'counterdraft-jul', 'stock:china-guarantor',
  'China says it is "open" to guarantor role in Ukraine deal',
  'BEIJING, Aug 1 (Meridian) - China said it was open to being one of the guarantors of a Ukraine settlement, two weeks after a leaked Russian counter-draft named Beijing alongside Moscow. Ukraine\'s foreign ministry said a guarantor that supplies the aggressor could not guarantee anything.')
E(W, '2027-08-07 23:00', Z, 'en', 1, 'army-cap-aug', None, 'stock:army-size',
  'Ukraine rejects cap of 300,000 troops as price of guarantees',
  'KYIV, Aug 7 (Meridian) - Ukraine rejected a proposal in the latest peace draft to cap its armed forces at 300,000 troops, saying its own army was "the first and last guarantee" and that Western security guarantees could not replace it.')
E(W, '2027-08-11 21:40', Z, 'en', 1, 'nb-battalion-deploy-aug', 'nb-battalion-jun', 'stock:force',
  'Nordic-Baltic battalion arrives in western Ukraine',
  'LVIV, Aug 11 (Meridian) - The first companies of the joint Nordic-Baltic battalion arrived in western Ukraine to join the reassurance force, defence officials said.')
E(W, '2027-08-14 02:20', Z, 'en', 0, 'neg-wire-moldova-aug', None, 'neg:other-country-security',
  'Moldova asks EU for security pact amid Transnistria tension',
  'CHISINAU, Aug 13 (Meridian) - Moldova asked the European Union for a bilateral security pact covering air defence and border policing, citing tension in the breakaway Transnistria region.')
E(W, '2027-08-18 22:55', Z, 'en', 1, 'referendum-rada-aug', 'referendum-jun', 'stock:referendum',
  'Ukrainian parliament backs referendum on guarantees-for-NATO deal',
  'KYIV, Aug 18 (Meridian) - Ukraine\'s parliament voted to hold a referendum on any peace settlement that replaces the country\'s NATO membership bid with security guarantees, provided the guarantees are ratified by the guarantor states first.',
  key='w-rada')
E(W, '2027-08-25 21:15', Z, 'en', 1, 'roe-compromise-aug', 'roe-aircover-jul', 'stock:roe',
  'Contributors agree compromise on reassurance force rules of engagement',
  'BRUSSELS, Aug 25 (Meridian) - Countries contributing troops to the reassurance force in Ukraine agreed that commanders may engage drones and missiles without consulting capitals, while any action near the demarcation line still needs political approval.',
  key='w-roe')
E(W, '2027-08-29 00:35', Z, 'en', 0, 'neg-wire-unifil-aug', None, 'neg:peacekeeping-elsewhere',
  'U.N. extends Lebanon peacekeeping mission for another year',
  'NEW YORK, Aug 28 (Meridian) - The Security Council extended the mandate of the U.N. peacekeeping force in southern Lebanon for a year.')
E(W, '2027-08-30 23:20', Z, 'en', 0, 'neg-wire-meeting-aug', None, 'neg:logistics',
  'Foreign ministers to meet in Geneva next week, agenda not yet set',
  'GENEVA, Aug 30 (Meridian) - Foreign ministers of Ukraine, the U.S. and five European states will meet in Geneva on Sept 6, the Swiss foreign ministry said. It gave no details of the agenda.')
