# Tbilisi Meridiani (ka, en reruns) and Boğaz Haber, Ankara (tr).
G = 'ge-tbilisi-meridian.xml'
A = 'tr-ankara-bogaz.xml'
TB = '+0400'
AN = '+0300'
E(G, '2027-06-08 15:30', TB, 'ka', 0, 'neg-tb-georgia-sec-jun', None, 'neg:other-country-security',
  'საქართველო ევროკავშირისგან უსაფრთხოების შეთანხმებას ითხოვს',
  'თბილისი ბრიუსელთან ორმხრივ უსაფრთხოების შეთანხმებაზე მოლაპარაკების დაწყებას ითხოვს. ოპოზიცია მთავრობას ორმაგ სტანდარტებში ადანაშაულებს.')
E(G, '2027-06-11 09:00', TB, 'en', 0, 'neg-wire-loanguar-jun', None, 'neg:loan-guarantee',
  'World Bank extends Ukraine grid loan guarantees', None, dup='w-loan')
E(G, '2027-06-19 10:40', TB, 'en', 1, 'us-waver-jun', None, 'stock:us-backstop',
  'US reviewing backstop for Ukraine force - officials', None, dup='w-us')
E(G, '2027-06-27 12:00', TB, 'ka', 0, 'neg-tb-rugby-jun', None, 'neg:sport',
  'ბორჯღალოსნებმა ევროპის ჩემპიონატში ადგილი უზრუნველყვეს',
  'საქართველოს რაგბის ნაკრებმა რუმინეთთან გამარჯვებით ფინალურ ეტაპზე ადგილი გარანტირებულად მოიპოვა.')
E(G, '2027-07-06 10:00', TB, 'en', 1, 'ru-ultimatum-jul', None, 'stock:russia-position',
  'Russia sets 90-day deadline for foreign troops in Ukraine', None, dup='w-ult')
E(G, '2027-07-13 14:00', TB, 'ka', 0, 'neg-tb-wine-jul', None, 'neg:economy',
  'ქართული ღვინის ექსპორტი უკრაინაში გაიზარდა',
  'პირველ ნახევარში ქართული ღვინის ექსპორტი უკრაინაში 18%-ით გაიზარდა.')
E(G, '2027-07-25 19:00', TB, 'ka', 0, 'neg-tb-cyber-jul', None, 'neg:cybersecurity',
  'კიბერშეტევა საქართველოს ბანკებზე: მომხმარებლების მონაცემები დაცულია',
  'ეროვნული ბანკი ამბობს, რომ კიბერუსაფრთხოების სისტემებმა შეტევა მოიგერიეს.')
E(G, '2027-07-29 10:00', TB, 'en', 0, 'neg-wire-cyber-jul', None, 'neg:cybersecurity',
  'Cyberattack hits Baltic ports (Meridian)', None, dup='w-cyb')
E(G, '2027-08-05 13:30', TB, 'ka', 1, 'us-senate-letter-aug', 'us-reaffirm-jul', 'stock:us-backstop',
  'აშშ-ის სენატორები ადმინისტრაციას უკრაინის გარანტიების წერილობით დადასტურებას სთხოვენ',
  'ორივე პარტიის 40-მა სენატორმა წერილით მოითხოვა, რომ ამერიკის მიერ ევროპული ძალებისთვის საჰაერო მხარდაჭერის დაპირება ოფიციალურ დოკუმენტში ჩაიწეროს.')
E(G, '2027-08-12 15:00', TB, 'ka', 1, 'nb-battalion-deploy-aug', 'nb-battalion-jun', 'para:force',
  'ჩრდილოელი და ბალტიელი ჯარისკაცები უკრაინის დასავლეთში ჩავიდნენ',
  'შვიდი ქვეყნის ერთობლივი ბატალიონის პირველი ასეულები შეუერთდნენ მრავალეროვნულ მისიას, რომელიც ცეცხლის შეწყვეტის შემდეგ მშვიდობას უნდა იცავდეს.')
E(G, '2027-08-21 12:40', TB, 'ka', 0, 'neg-tb-moldova-aug', None, 'neg:other-country-security',
  'მოლდოვა ევროკავშირთან უსაფრთხოების პაქტს ითხოვს',
  'კიშინიოვი დნესტრისპირეთის გამო უსაფრთხოების ორმხრივ შეთანხმებას ითხოვს.')
E(G, '2027-08-27 18:10', TB, 'ka', 1, 'analysis-tb-lessons-aug', None, 'para:analysis',
  'რა ასწავლა საქართველოს 2008 წელმა უკრაინას: ქაღალდი თუ ჯარისკაცები',
  'ანალიტიკოსი ირაკლი გოგუა წერს, რომ უკრაინისთვის მომავალი დაცვის დაპირებები მხოლოდ მაშინ იმუშავებს, თუ მათ უკან რეალური ძალა და სავალდებულო ხელმოწერები დგას.',
  note='borderline: analysis mostly about Georgia 2008')

E(A, '2027-06-02 14:00', AN, 'tr', 0, 'neg-bg-exim-jun', None, 'neg:loan-guarantee',
  'Türk Eximbank ihracatçılara yeni kredi garantisi paketi açıkladı',
  'Türk Eximbank, Ukrayna ve Karadeniz pazarlarına ihracat yapan firmalara 500 milyon dolarlık kredi garantisi sağlayacak.')
E(A, '2027-06-16 17:20', AN, 'tr', 0, 'neg-bg-galatasaray-jun', None, 'neg:sport',
  'Galatasaray Şampiyonlar Ligi\'ni garantiledi',
  'Sarı-kırmızılılar son hafta galibiyetiyle Şampiyonlar Ligi gruplarına doğrudan katılımı garantiledi.')
E(A, '2027-06-28 22:00', AN, 'tr', 1, 'turkey-blacksea-jun', None, 'stock:turkey-guarantor',
  'Türkiye, Ukrayna barışında Karadeniz seyrüseferinin garantörü olmaya hazır',
  'Dışişleri Bakanı, Türkiye\'nin barış anlaşması kapsamında Karadeniz\'deki ticari gemiciliğin garantörlüğünü üstlenebileceğini söyledi. Plan, deniz refakati ve İstanbul\'da bir izleme merkezi içeriyor.',
  key='a-tr')
E(A, '2027-06-29 09:15', AN, 'tr', 1, 'turkey-blacksea-jun', None, 'stock:turkey-guarantor',
  'Karadeniz garantörlüğü teklifi: Ankara\'nın planı', None, dup='a-tr')
E(A, '2027-06-30 19:00', AN, 'tr', 1, 'analysis-bg-montreux-jun', 'turkey-blacksea-jun', 'para:turkey-guarantor',
  'Montrö\'nün bekçisi şimdi barışın bekçisi mi olacak?',
  'Boğazların anahtarını elinde tutan Ankara, savaş bittiğinde Karadeniz\'de gemilerin güvenle seyretmesinin sorumluluğunu üstlenmek istiyor. Yorumcumuz, bunun Kiev\'e Batı\'nın vaat ettiği korumanın yerini tutamayacağını, ancak onu tamamlayabileceğini yazıyor.')
E(A, '2027-07-04 12:00', AN, 'tr', 0, 'neg-bg-grain-jul', None, 'neg:economy',
  'Odessa\'dan gelen tahıl gemileri İstanbul\'da denetlendi',
  'Ortak denetim merkezi haftalık 48 gemiyi kontrol etti.')
E(A, '2027-07-19 22:30', AN, 'tr', 1, 'turkey-annex-jul', 'turkey-blacksea-jun', 'stock:turkey-guarantor',
  'Barış taslağına Karadeniz ek protokolü: Türkiye garantör',
  'Müzakereciler, Türkiye\'nin deniz refakatlerini koordine edeceği bir ek protokol hazırladı. Rusya kendi donanmasının da garantör olmasını istiyor.')
E(A, '2027-07-21 11:10', AN, 'tr', 0, 'neg-bg-cyprus-jul', None, 'neg:other-country-security',
  'Kıbrıs\'ta garantörlük sistemi tartışması yeniden alevlendi',
  'KKTC Cumhurbaşkanı, 1960 garanti antlaşmasının Türkiye\'nin garantörlüğüyle sürmesi gerektiğini söyledi.')
E(A, '2027-07-26 16:00', AN, 'tr', 0, 'neg-bg-nato-exercise-jul', None, 'neg:nato-exercise',
  'Türk donanması Karadeniz\'de NATO tatbikatına katıldı',
  'Romanya ve Bulgaristan ile ortak mayın temizleme tatbikatı tamamlandı.')
E(A, '2027-08-13 10:00', AN, 'tr', 0, 'neg-bg-warranty-aug', None, 'neg:warranty',
  'Beyaz eşyada garanti süresi uzatılıyor',
  'Ticaret Bakanlığı, beyaz eşyada zorunlu garanti süresinin 3 yıla çıkarılmasını öngören yönetmeliği yayımladı.')
E(A, '2027-08-23 20:20', AN, 'tr', 1, 'turkey-annex-russia-aug', 'turkey-annex-jul', 'para:turkey-guarantor',
  'Karadeniz\'in trafik polisi kim olacak? Moskova masaya kendi gemilerini koyuyor',
  'Rusya, savaş sonrası ticari gemileri kimin koruyacağı konusunda Ankara\'nın tek başına söz sahibi olmasına karşı çıkıyor ve kendi donanmasının da devriyelere katılmasını talep ediyor.')
E(A, '2027-08-31 09:30', AN, 'tr', 0, 'neg-bg-meeting-aug', None, 'neg:logistics',
  'Cenevre\'deki dışişleri bakanları toplantısının tarihi belli oldu',
  'Ukrayna, ABD ve beş Avrupa ülkesinin dışişleri bakanları 6 Eylül\'de Cenevre\'de bir araya gelecek.')
