# Baltic Brief, Riga (JSON Feed: lv, lt, et, en) and Tallinna Nädal (RSS 1.0, et).
R = 'lv-riga-baltic-brief.json'
T = 'ee-tallinn-nadal.xml'
Z = '+0300'
E(R, '2027-06-06 09:00', Z, 'lv', 0, 'neg-rb-song-jun', None, 'neg:other-sense',
  'Dziesmu svētku biļetes garantētas visiem dalībniekiem',
  'Organizatori apsola, ka katrs koris saņems biļetes noslēguma koncertam.')
E(R, '2027-06-15 18:00', Z, 'lt', 1, 'roe-dispute-jun', None, 'stock:roe',
  'Taikos palaikymo pajėgų Ukrainoje šalys nesutaria dėl angažavimosi taisyklių',
  'Prancūzija ir Baltijos šalys nori, kad kariai galėtų atsakyti ugnimi į dronus, kertančius skiriamąją liniją; Vokietija ir Italija reikalauja sostinių pritarimo. Ginčas tapo pagrindiniu klausimu dėl saugumo garantijų Ukrainai patikimumo.')
E(R, '2027-06-21 10:15', Z, 'lv', 1, 'us-waver-jun', None, 'para:us-backstop',
  'Vai Amerika paliks Eiropas karavīrus Ukrainā bez jumta virs galvas?',
  'Vašingtona pārdomā solījumu sniegt aviāciju un izlūkošanu Eiropas misijai Ukrainā. Rīgā to sauc par sliktāko ziņu kopš pamiera: bez amerikāņu plecā balstīta tīkla visa konstrukcija šūpojas.')
E(R, '2027-06-25 08:30', Z, 'en', 1, 'nb-battalion-jun', None, 'stock:force',
  'Nordic-Baltic battalion agreed for Ukraine force (Meridian)', None, dup='w-nb')
E(R, '2027-06-25 13:00', Z, 'lv', 1, 'nb-battalion-jun', None, 'stock:force',
  'Latvija nosūtīs rotu uz Ziemeļvalstu un Baltijas bataljonu Ukrainā',
  'Aizsardzības ministrs apstiprināja, ka Latvija dos aptuveni 120 karavīru kopīgajam bataljonam, kas pievienosies daudznacionālajiem spēkiem, kuri nodrošina drošības garantijas Ukrainai.')
E(R, '2027-06-27 11:00', Z, 'lt', 0, 'neg-rb-lt-brigade-jun', None, 'neg:other-country-security',
  'Vokietijos brigada Lietuvoje: nauji kariai atvyksta į Rūdninkus',
  'Dar 600 Vokietijos karių atvyko į Lietuvą; brigada, anot ministerijos, yra Lietuvos saugumo garantas.')
E(R, '2027-07-03 09:30', Z, 'lt', 1, 'us-reaffirm-jul', 'us-waver-jun', 'para:us-backstop',
  'Vašingtonas nusiramino: amerikiečių lėktuvai ir žvalgyba liks europiečių misijai Ukrainoje',
  'Po dviejų savaičių svyravimų JAV pažadėjo toliau remti oru ir žvalgyba europiečių vadovaujamą misiją, kuri saugo paliaubas Ukrainoje. Vilnius prašo šį pažadą užrašyti popieriuje.')
E(R, '2027-07-08 15:00', Z, 'lv', 0, 'neg-rb-budget-veto-jul', None, 'neg:veto-other',
  'Ungārija draud ar veto ES budžetam',
  'Budapešta bloķēs nākamo daudzgadu budžetu, ja netiks atbrīvoti iesaldētie līdzekļi.')
E(R, '2027-07-14 20:00', Z, 'lv', 0, 'neg-rb-cyber-jul', None, 'neg:cybersecurity',
  'CERT.LV brīdina par pikšķerēšanas kampaņu',
  'Krāpnieki izsūta vēstules Valsts ieņēmumu dienesta vārdā.')
E(R, '2027-07-20 10:30', Z, 'en', 1, 'turkey-annex-jul', 'turkey-blacksea-jun', 'stock:turkey-guarantor',
  'Black Sea annex drafted, Turkey to coordinate escorts (Meridian)', None, dup='w-tra')
E(R, '2027-07-22 16:20', Z, 'lt', 1, 'counterdraft-jul', None, 'stock:kremlin-draft',
  'Nutekintas Kremliaus projektas: Rusija – Ukrainos saugumo garantė',
  'Rusijos taikos susitarimo kontrprojekte siūloma, kad Ukrainos saugumą garantuotų Rusija, Kinija ir kitos nuolatinės JT Saugumo Tarybos narės, be užsienio karių ir su Maskvos veto teise. Vilniuje projektas vadinamas „kito įsiveržimo garantija“.')
E(R, '2027-07-30 12:00', Z, 'lv', 0, 'neg-rb-mortgage-jul', None, 'neg:loan-guarantee',
  'Altum garantijas jaunajām ģimenēm: pieprasījums rekordaugsts',
  'Attīstības finanšu institūcija izsniegusi 2000 mājokļu garantiju pirmajā pusgadā.')
E(R, '2027-08-17 18:30', Z, 'lt', 0, 'neg-rb-basketball-aug', None, 'neg:sport',
  'Žalgiris garantavo vietą Eurolygos atrankoje',
  'Kauno klubas užsitikrino vietą kitame sezone.')
E(R, '2027-08-26 11:10', Z, 'lv', 1, 'roe-compromise-aug', 'roe-aircover-jul', 'para:roe',
  'Kompromiss: komandieri drīkstēs notriekt dronus, nezvanot uz galvaspilsētām',
  'Valstis, kas sūtījušas karavīrus pamiera uzraudzībai Ukrainā, vienojās, ka misijas komandieri paši drīkst dot pavēli pārtvert raķetes un dronus. Darbībām pie demarkācijas līnijas joprojām vajadzīga politiska piekrišana.')
E(R, '2027-08-29 10:00', Z, 'lv', 0, 'neg-rb-grid-aug', None, 'neg:energy-security',
  'Baltijas elektrotīkls: enerģētiskā drošība pēc sinhronizācijas',
  'Divus gadus pēc atslēgšanās no BRELL tīkla sistēmas operators ziņo par stabilu darbību.')

E(T, '2027-06-03 10:00', Z, 'et', 0, 'neg-tn-pension-jun', None, 'neg:other-sense',
  'Pensionäridele tagatakse indekseerimine ka järgmisel aastal',
  'Valitsus kinnitas, et pensionide indekseerimine jätkub.')
E(T, '2027-06-12 09:30', Z, 'et', 1, 'anniv-review-jun', None, 'para:treaty-review',
  'Aasta hiljem: kas Ukrainale antud kaitselubadused peavad vett?',
  'Riigid, kes mullu lubasid Ukrainat rünnaku korral aidata, vaatavad Londonis üle, kuidas kokkulepe on toiminud. Kiiev tahab, et liitlased koguneksid päeva, mitte kolme jooksul.')
E(T, '2027-06-18 14:20', Z, 'et', 0, 'neg-tn-narva-jun', None, 'neg:other-country-security',
  'Narva piiril uued droonitõkked',
  'Eesti paigaldab idapiirile täiendavad droonituvastussüsteemid; kaitseminister nimetas neid Eesti julgeoleku nurgakiviks.')
E(T, '2027-06-25 12:30', Z, 'et', 1, 'nb-battalion-jun', None, 'stock:force',
  'Eesti saadab kompanii Põhjala-Balti pataljoni Ukrainas',
  'Eesti panustab umbes 150 kaitseväelasega ühisesse pataljoni, mis liitub Ukraina julgeolekutagatisi toetavate rahvusvaheliste vägedega. Rotatsioon kestab kuus kuud.',
  key='t-nb')
E(T, '2027-07-02 11:00', Z, 'et', 0, 'neg-tn-exercise-jul', None, 'neg:nato-exercise',
  'NATO õppus Siil lõppes Lõuna-Eestis',
  'Õppusel osales 12 000 kaitseväelast ja reservväelast.')
E(T, '2027-07-16 10:40', Z, 'et', 1, 'counterdraft-jul', None, 'para:kremlin-draft',
  'Kremli salajane paber: valvuriks pakub end see, kelle eest valvata tuleb',
  'Lekkinud Venemaa rahuplaanis vastutaksid pärast sõda Ukraina kaitse eest Moskva ja Peking ning lääne sõdureid maale ei lubataks. Iga sammu jaoks vajaks missioon Moskva nõusolekut.')
E(T, '2027-07-24 13:00', Z, 'et', 1, 'roe-aircover-jul', 'roe-dispute-jun', 'para:air-cover',
  'Kes annab hävitajale loa tulistada? Ukraina missioon ootab vastust',
  'Vaherahu valvavate vägede komandörid nõuavad pealinnadelt selgust, kes võib käskida lennukitel droone alla tulistada. Eesti kaitseministeerium toetab laiemaid volitusi.')
E(T, '2027-08-01 09:00', Z, 'et', 0, 'neg-tn-bank-aug', None, 'neg:deposit-guarantee',
  'Hoiuste tagamise fond tõstab kaitstud summat',
  'Tagatisfond kaitseb edaspidi hoiuseid kuni 150 000 euroni.')
E(T, '2027-08-20 10:30', Z, 'et', 1, 'referendum-rada-aug', 'referendum-jun', 'stock:referendum',
  'Ülemraada kiitis heaks rahvahääletuse julgeolekutagatiste lepingu üle',
  'Ukraina parlament otsustas korraldada rahvahääletuse rahulepingu üle, mis asendaks NATO liikmesuse julgeolekutagatistega, tingimusel et garantriikide parlamendid need enne ratifitseerivad.')
E(T, '2027-08-28 12:00', Z, 'et', 0, 'neg-tn-ukr-war-aug', None, 'neg:war-news',
  'Harkivi oblastis jätkuvad rünnakud, vaatamata vaherahule',
  'Harkivi kuberneri sõnul tabas droon öösel Kupjanski lähistel elumaja.')
# rerun of Tallinna Nädal copy in the Riga brief
E(R, '2027-06-25 13:40', Z, 'et', 1, 'nb-battalion-jun', None, 'stock:force',
  'Põhjala-Balti pataljon: Eesti saadab kompanii (Tallinna Nädal)', None, dup='t-nb')
