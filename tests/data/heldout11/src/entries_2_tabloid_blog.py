# The Daily Klaxon (tabloid, en) and Loose Cannon (opinion blog, en + pl).
K = 'en-daily-klaxon.xml'
B = 'en-loose-cannon-blog.xml'
L = '+0100'
E(K, '2027-06-04 07:30', L, 'en', 1, 'referendum-jun', None, 'para:referendum',
  'SWAP SHOP! Kyiv mulls asking voters: ditch the NATO dream for a cast-iron promise?',
  'Ukrainians could be handed a ballot paper asking whether to give up on joining the big Western club in exchange for the West swearing blind it will come running next time Putin tries it on. Critics say a pinky-promise from politicians who can be voted out is no swap at all.')
E(K, '2027-06-06 09:10', L, 'en', 0, 'neg-klx-football-jun', None, 'neg:sport',
  'Shakhtar star\'s transfer fee "guaranteed", says agent', 
  'The agent of Shakhtar\'s teenage winger says a £40m move to the Premier League is guaranteed before the window shuts. Shakhtar say no bids have been received.')
E(K, '2027-06-12 08:00', L, 'en', 0, 'neg-klx-warranty-jun', None, 'neg:warranty',
  'Your telly conked out? Know your guarantee rights',
  'Shops cannot fob you off with "it\'s out of warranty" if a TV packs in after 13 months, consumer champions say. Here\'s how to get your money back.')
E(K, '2027-06-19 10:15', L, 'en', 1, 'us-waver-jun', None, 'para:us-backstop',
  'Uncle Sam gets cold feet? Washington may pull the safety net from under Europe\'s Ukraine mission',
  'The Yanks are having second thoughts about sending their jets and spy planes to watch over the European troops keeping the peace in Ukraine, insiders claim. Without America holding the umbrella, one general told us, "our lads are sitting ducks".')
E(K, '2027-06-25 12:40', L, 'en', 0, 'neg-klx-ukr-ladies-jun', None, 'neg:other-sense',
  'Ukrainian tennis ace "feels totally secure" ahead of Wimbledon',
  'Kyiv-born world No. 9 says she feels totally secure on grass this year after a new coaching set-up.')
E(K, '2027-07-06 07:50', L, 'en', 1, 'ru-ultimatum-jul', None, 'para:russia-position',
  'PUTIN\'S 90-DAY GET-OUT ORDER: Kremlin tells Brit and Euro troops to pack their bags',
  'Vlad has given the soldiers keeping the ceasefire in Ukraine three months to clear off, and says he will never swallow a peace deal policed by Western boots. No.10 told him where to go.')
E(K, '2027-07-06 15:20', L, 'en', 1, 'ru-ultimatum-jul', None, 'stock:russia-position',
  'Moscow demands foreign troops leave Ukraine within 90 days (wire)',
  None, dup='w-ult')
E(K, '2027-07-11 09:00', L, 'en', 0, 'neg-klx-holiday-jul', None, 'neg:warranty',
  'Holiday firm\'s "price guarantee" was a con, say furious families',
  'Hundreds of families who booked a "price-guaranteed" package to Antalya were hit with surcharges.')
E(K, '2027-07-15 08:30', L, 'en', 1, 'counterdraft-jul', None, 'para:kremlin-draft',
  'LEAKED: Putin\'s "peace" plan makes HIMSELF the bouncer at Ukraine\'s door',
  'A secret Russian blueprint for ending the war would put Moscow and Beijing in charge of keeping Ukraine safe - like asking the burglar to fit your locks. And Russia would get a thumbs-down on anything the West does.')
E(K, '2027-07-15 18:05', L, 'en', 1, 'counterdraft-jul', None, 'stock:kremlin-draft',
  'Russian counter-draft: full text of wire report',
  None, dup='w-cd')
E(K, '2027-07-21 11:10', L, 'en', 0, 'neg-klx-nato-drill-jul', None, 'neg:nato-exercise',
  'Top Gun over the Baltic! RAF jets roar in massive NATO drill',
  'RAF Typhoons joined 40 allied jets in NATO\'s Baltic Sentry exercise this week, practising intercepts over the sea.')
E(K, '2027-07-26 07:45', L, 'en', 1, 'roe-aircover-jul', 'roe-dispute-jun', 'para:air-cover',
  'Who gives the order to shoot? Pilots over Ukraine left waiting for a phone call from 12 capitals',
  'Fighter pilots watching over the peace in Ukraine still don\'t know who can tell them to blast a Russian drone out of the sky, we can reveal. "By the time Rome and Berlin answer, the thing has landed," one fumed.')
E(K, '2027-08-02 09:30', L, 'en', 0, 'neg-klx-mortgage-aug', None, 'neg:loan-guarantee',
  'First-time buyers: government mortgage guarantee scheme extended',
  'The 95% mortgage guarantee scheme will run for another two years, the Treasury said.')
E(K, '2027-08-08 08:20', L, 'en', 1, 'army-cap-aug', None, 'para:army-size',
  'Shrink your army? Not a chance, says Kyiv',
  'Ukraine has told peace brokers where to stick a plan to slash its army to 300,000 - saying its own soldiers are the only promise it can truly count on.')
E(K, '2027-08-12 10:00', L, 'en', 1, 'nb-battalion-deploy-aug', 'nb-battalion-jun', 'para:force',
  'Vikings have landed! Scandi and Baltic troops roll into Ukraine',
  'Soldiers from seven northern countries have arrived in Ukraine to help keep the peace - and the Finns brought their own sauna.')
E(K, '2027-08-16 07:15', L, 'en', 0, 'neg-klx-kharkiv-aug', None, 'neg:war-news',
  'Kharkiv shelled again as residents queue for water',
  'Shelling hit two districts of Kharkiv overnight, leaving thousands without water.')
E(K, '2027-08-22 12:00', L, 'en', 1, 'analysis-klx-worth-aug', None, 'para:analysis',
  'IS IT WORTH THE PAPER? Five questions about the West\'s promise to Ukraine',
  'Would we really go to war for Kyiv? Who pays? What if Trump\'s successor says no? We ask the experts whether the pledges made to keep Russia out are steel or tinfoil.',
  html=False)
E(K, '2027-08-28 09:40', L, 'en', 0, 'neg-klx-eu-veto-aug', None, 'neg:veto-other',
  'Orbán threatens EU budget veto - AGAIN',
  'Hungary\'s leader says he will block the EU\'s next long-term budget unless frozen funds are released.')

E(B, '2027-06-07 20:00', L, 'en', 1, 'analysis-blog-referendum-jun', 'referendum-jun', 'para:referendum',
  'A plebiscite on a promise',
  '<p>Ask a nation that was told in 1994 that its borders would be respected whether it wants to trade a door into the Alliance for another set of signatures. That is the question Kyiv is now flirting with putting to voters.</p><p>My view: only if the signatures come with soldiers, and only if the parliaments behind them vote first.</p>',
  html=True)
E(B, '2027-06-16 21:30', L, 'en', 1, 'roe-dispute-jun', None, 'para:roe',
  'Armed, deployed, and forbidden to shoot',
  '<p>We have sent thousands of soldiers to sit behind a ceasefire line and told them, in effect, to phone home before they defend themselves. The quarrel between Paris and Berlin about what our troops may do when a drone crosses over is not a technicality. It is the whole point of the mission.</p>',
  html=True)
E(B, '2027-06-21 19:45', L, 'en', 0, 'neg-blog-cyber-jun', None, 'neg:cybersecurity',
  'Password hygiene is national security, too',
  'A rant about ministries that still email spreadsheets. Cybersecurity begins at home.')
E(B, '2027-06-30 22:10', L, 'en', 1, 'turkey-blacksea-jun', None, 'para:turkey-guarantor',
  'Erdoğan wants to be the lifeguard of the Black Sea',
  'Ankara offers to escort grain ships and watch the sea lanes once the war stops. Fine - but a lifeguard who also sells swimming trunks to both sides is not the same as someone who will jump in when Ukraine is drowning.')
E(B, '2027-07-09 20:30', L, 'en', 1, 'ultimatum-reply-jul', 'ru-ultimatum-jul', 'para:russia-position',
  'Calling the bluff on the 90-day ultimatum',
  'Moscow\'s demand that the foreign soldiers be gone by October tells us one thing: the Kremlin fears the tripwire works. Europe\'s answer - the troops stay, and more are coming - is the right one. Now say it in a treaty.')
E(B, '2027-07-18 18:00', L, 'en', 0, 'neg-blog-georgia-jul', None, 'neg:other-country-security',
  'Georgia deserves its own umbrella',
  'Tbilisi keeps asking for a defence pact of its own. Nobody in Brussels is listening. This post is not about Ukraine.')
E(B, '2027-07-31 21:00', L, 'en', 1, 'analysis-blog-china-jul', 'counterdraft-jul', 'para:china-guarantor',
  'The arsonist and his friend offer to run the fire brigade',
  'The idea that Beijing could stand behind Ukraine\'s safety, alongside Moscow, is the most cynical line in the leaked Russian paper. China sells the drones; now it wants a seat on the board that decides whether anyone shoots them down.')
E(B, '2027-08-09 20:15', L, 'en', 0, 'neg-blog-reconstruction-aug', None, 'neg:reconstruction-finance',
  'Rebuilding Ukraine needs insurers, not speeches',
  'War-risk insurance and export credit guarantees are what unlock private money for reconstruction. A dull post about a dull, vital thing.')
E(B, '2027-08-20 19:30', L, 'en', 1, 'analysis-blog-us-aug', 'us-reaffirm-jul', 'stock:us-backstop', 
  'Why the American backstop still matters more than the European troops',
  'Without US air cover and intelligence, the reassurance force is a hostage, not a guarantee. July\'s reaffirmation was welcome; August\'s silence from the Pentagon is not.',
  note='borderline: opinion on US backstop, little news')
E(B, '2027-08-27 22:00', L, 'en', 0, 'neg-blog-books-aug', None, 'neg:other-sense',
  'Summer reading: five books on the Cold War',
  'From Gaddis to Applebaum - what I read on the beach.')
# Polish guest posts
E(B, '2027-06-23 20:00', L, 'pl', 1, 'us-waver-jun', None, 'stock:us-backstop',
  'Czy Ameryka wycofa się z gwarancji dla Ukrainy?',
  'Doniesienia z Waszyngtonu o przeglądzie amerykańskiego zabezpieczenia lotniczego dla sił reasekuracyjnych to najgorsza wiadomość dla Warszawy od miesięcy. Bez amerykańskiego parasola gwarancje bezpieczeństwa dla Ukrainy stają się deklaracją.')
E(B, '2027-08-13 21:00', L, 'pl', 0, 'neg-blog-pl-border-aug', None, 'neg:other-country-security',
  'Tarcza Wschód: co dalej z fortyfikacjami na granicy z Białorusią',
  'Rząd zapowiada kolejny etap budowy umocnień na wschodniej granicy Polski.')
