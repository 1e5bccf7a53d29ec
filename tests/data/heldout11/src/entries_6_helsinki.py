# Pohjolan Sanomat, Helsinki (Atom: fi, sv).
F = 'fi-helsinki-pohjola.xml'
Z = '+0300'
E(F, '2027-06-04 08:30', Z, 'fi', 0, 'neg-ps-finland-sec-jun', None, 'neg:other-country-security',
  'Suomen turvallisuus: itärajan aita valmistuu Kainuussa',
  'Rajavartiolaitos kertoo, että uusi aitaosuus valmistuu syyskuussa. Hanke on osa Suomen omaa turvallisuuspolitiikkaa.')
E(F, '2027-06-10 16:00', Z, 'fi', 1, 'anniv-review-jun', None, 'stock:treaty-review',
  'Ukrainan turvatakuusopimus vuoden vanha – takaajavaltiot arvioivat toimivuutta',
  'Yksitoista valtiota, jotka allekirjoittivat Ukrainan kanssa turvatakuusopimuksen vuosi sitten, aloittivat sen ensimmäisen arvioinnin Lontoossa. Ukraina haluaa nopeammat konsultaatiot hyökkäyksen jälkeen.')
E(F, '2027-06-15 11:20', Z, 'sv', 1, 'roe-dispute-jun', None, 'para:roe',
  'Får soldaterna i Ukraina skjuta tillbaka? Bidragsländerna är oense',
  'Länderna som skickat trupp för att vakta vapenvilan i Ukraina grälar om huruvida soldaterna får öppna eld mot drönare utan klartecken från huvudstäderna. Frankrike och Baltikum vill ge befälen friare händer.')
E(F, '2027-06-18 09:00', Z, 'fi', 0, 'neg-ps-warranty-jun', None, 'neg:warranty',
  'Kuluttajariitalautakunta: puhelimen takuu koskee myös akkua',
  'Lautakunnan mukaan myyjän on korjattava akku takuuaikana.')
E(F, '2027-06-25 07:45', Z, 'sv', 1, 'nb-battalion-jun', None, 'para:force',
  'Nordiska och baltiska soldater ska hålla freden i Ukraina tillsammans',
  'Sju länder i norr bygger en gemensam bataljon som ska ingå i den multinationella styrka som står vakt när vapnen tystnat. Sverige bidrar med ett kompani.')
E(F, '2027-07-01 13:00', Z, 'fi', 0, 'neg-ps-football-jul', None, 'neg:sport',
  'HJK varmisti paikkansa Konferenssiliigan karsinnassa',
  'Helsinkiläisseura varmisti jatkon voitolla Tallinnassa.')
E(F, '2027-07-20 08:00', Z, 'fi', 0, 'neg-ps-un-cyprus-jul', None, 'neg:peacekeeping-elsewhere',
  'Suomalaiset rauhanturvaajat jatkavat Libanonissa',
  'Suomen UNIFIL-kontingentti vaihtuu elokuussa.')
E(F, '2027-08-02 10:00', Z, 'fi', 0, 'neg-ps-energy-aug', None, 'neg:energy-security',
  'Olkiluodon vuosihuolto valmis – sähkön toimitusvarmuus paranee',
  'Fingrid arvioi talven sähköhuollon turvallisuuden hyväksi.')
E(F, '2027-08-05 14:40', Z, 'fi', 1, 'us-senate-letter-aug', 'us-reaffirm-jul', 'para:us-backstop',
  'Senaattorit haluavat Washingtonin lupauksen paperille',
  'Neljäkymmentä senaattoria molemmista puolueista vaatii, että lupaus lentokoneista ja tiedustelusta eurooppalaisille sotilaille Ukrainassa kirjataan virallisesti, ettei se riipu seuraavasta vaalituloksesta.')
E(F, '2027-08-12 18:00', Z, 'sv', 1, 'nb-battalion-deploy-aug', 'nb-battalion-jun', 'stock:force',
  'Svenska soldater på plats i Ukraina med den nordisk-baltiska bataljonen',
  'Det första svenska kompaniet har anlänt till västra Ukraina och ingår nu i den multinationella styrka som stöder säkerhetsgarantierna.')
E(F, '2027-08-16 09:30', Z, 'sv', 0, 'neg-ps-sv-sec-aug', None, 'neg:other-country-security',
  'Gotland får nytt luftvärn',
  'Försvarsmakten placerar ett nytt luftvärnssystem på Gotland för att stärka Sveriges säkerhet.')
E(F, '2027-08-22 11:00', Z, 'fi', 1, 'analysis-ps-who-aug', None, 'para:analysis',
  'Analyysi: kuka pitää rauhasta huolen, kun aseet vaikenevat?',
  '<p>Ukrainan rauhanneuvotteluissa tärkein kysymys ei ole raja vaan se, <strong>kuka tulee apuun</strong>, jos Venäjä hyökkää uudelleen. Eurooppalaiset sotilaat, amerikkalaiset koneet ja paperilupaukset muodostavat yhdessä rakennelman, jonka kestävyyttä kukaan ei tiedä.</p><p>Suomen kokemus 1940-luvulta opettaa, ettei yksin jäämisen riskiä kannata aliarvioida.</p>',
  html=True)
E(F, '2027-08-27 16:10', Z, 'fi', 0, 'neg-ps-meeting-aug', None, 'neg:logistics',
  'Ulkoministerit kokoontuvat Genevessä syyskuun alussa',
  'Kokouksen asialistaa ei ole julkistettu.')
