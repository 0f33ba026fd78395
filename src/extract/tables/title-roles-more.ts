/**
 * Role nouns of the languages after Dutch (Central and Eastern Europe, the
 * Nordic countries, Greek, Turkish, Indonesian, Vietnamese, Arabic, Japanese,
 * Chinese, Korean), matched as `roleNouns` in title-roles.ts says.
 */
import type { RoleNouns } from './title-roles.js';

export const moreRoleNouns: Record<string, RoleNouns> = {
  pl: {
    stems: ['programist', 'specjalist', 'kierownik', 'inżynier', 'deweloper', 'analityk', 'architekt', 'administrator', 'konsultant', 'projektant',
      'tester', 'dyrektor', 'koordynator', 'asystent', 'stażyst', 'praktykant', 'księgow', 'handlowiec', 'doradc', 'sprzedawc', 'opiekun',
      'pracownik', 'lider', 'menedżer', 'menadżer', 'rekruter', 'referent',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      'kasjer', 'kierowc', 'kuchar', 'kelner', 'magazynier', 'sprzątacz', 'spawacz', 'stolarz', 'murarz', 'malarz', 'pielęgniark',
      'ratownik', 'fizjoterapeut', 'nauczyciel', 'montera', 'monterzy', 'monterka', 'wykładowc', 'prawnik', 'radca prawn', 'adwokat', 'redaktor', 'dziennikarz', 'przedstawiciel',
      'recepcjonist', 'sekretark', 'ochroniarz', 'piekarz', 'cukiernik', 'fryzjer', 'kosmetyczk', 'ogrodnik', 'dozorca',
      'spedytor', 'dyspozytor', 'brygadzist', 'majster', 'pakowacz', 'kompletator', 'elektryk', 'kontroler', 'inspektor'],
    words: ['technik', 'grafik', 'lekarz', 'lekarka', 'lekarze', 'farmaceuta', 'farmaceutka', 'psycholog', 'tłumacz', 'tłumaczka', 'kurier', 'hydraulik',
      'lektor', 'fotograf', 'barman', 'kucharka', 'monter'],
  },
  cs: {
    stems: ['vývojář', 'programátor', 'inženýr', 'analytik', 'architekt', 'administrátor', 'konzultant', 'specialist', 'tester', 'vedoucí',
      'manažer', 'projektant', 'designér', 'asistent', 'stážist', 'účetní', 'obchodník', 'správce', 'referent',
      // the trades and services, as en driver, cook, teacher, nurse
      'řidič', 'kuchař', 'učitel', 'zdravotní sestr', 'skladník', 'prodavač', 'číšník', 'svářeč', 'elektrikář', 'mechanik', 'kurýr',
      'pokladní', 'servírk', 'uklízeč', 'zedník', 'instalatér', 'zámečník', 'montér', 'lékárník', 'fyzioterapeut', 'vychovatel',
      'překladatel', 'tlumočník', 'právník', 'náborář', 'redaktor', 'novinář', 'recepční', 'sekretář', 'strážn', 'operátor',
      'brigádník', 'dělník', 'pracovník', 'ředitel', 'poradce', 'poradkyně', 'zástupce'],
    words: ['technik', 'technička', 'lékař', 'lékařka', 'lékaři', 'psycholog', 'psycholožka', 'lektor', 'lektorka', 'fotograf', 'grafik', 'barman', 'truhlář', 'truhláři',
      'malíř', 'malíři', 'advokát', 'advokátka', 'advokáti'],
  },
  sk: {
    stems: ['vývojár', 'programátor', 'inžinier', 'analytik', 'architekt', 'administrátor', 'konzultant', 'špecialist', 'tester', 'vedúc',
      'manažér', 'projektant', 'dizajnér', 'asistent', 'stážist', 'účtovní', 'obchodník', 'správca', 'referent',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      'vodič', 'kuchár', 'čašník', 'čašníčk', 'predavač', 'pokladník', 'pokladníčk', 'skladník', 'upratovač', 'zvárač', 'elektrikár', 'mechanik',
      'murár', 'inštalatér', 'stolár', 'zdravotná sestr', 'lekárnik', 'učiteľ', 'vychovávateľ', 'prekladateľ', 'tlmočník', 'právnik',
      'redaktor', 'novinár', 'recepčn', 'kuriér', 'operátor', 'pracovník', 'poradca', 'riaditeľ', 'brigádnik',
      'robotník', 'fyzioterapeut'],
    words: ['technik', 'lekár', 'lekárka', 'lekári', 'lektor', 'grafik'],
  },
  sv: {
    inside: ['utvecklare', 'administratör', 'ingenjör', 'konsult', 'arkitekt', 'ledare', 'specialist', 'tekniker', 'analytiker', 'handläggare',
      'säljare', 'sjuksköterska', 'lärare', 'testare', 'doktorand', 'praktikant', 'rådgivare', 'samordnare', 'designer', 'chef',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      'kassör', 'chaufför', 'förare', 'kock', 'servitör', 'servitris', 'städare', 'lokalvårdare', 'vårdare', 'vårdbiträde', 'sköterska', 'läkare',
      'apotekare', 'farmaceut', 'barnskötare', 'översättare', 'redovisningsekonom', 'redaktör', 'rekryterare', 'svetsare', 'snickare', 'rörmokare',
      'målare', 'montör', 'arbetare', 'plockare', 'medarbetare', 'sekreterare', 'väktare', 'vaktmästare', 'skötare', 'bagare', 'frisör',
      'trädgårdsmästare', 'handledare', 'direktör', 'insamlare'],
    words: ['vd', 'jurist', 'jurister', 'advokat', 'advokater', 'tolk', 'tolkar'],
  },
  no: {
    inside: ['utvikler', 'rådgiver', 'konsulent', 'ingeniør', 'arkitekt', 'prosjektleder', 'teamleder', 'avdelingsleder', 'fagleder', 'daglig leder', 'sykepleier', 'lærer', 'tekniker', 'selger', 'medarbeider',
      'praktikant', 'stipendiat', 'postdoktor', 'analytiker', 'spesialist', 'sommerjobb', 'sommerstudent',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      'sjåfør', 'kokk', 'servitør', 'kasserer', 'renholder', 'lagerarbeider', 'helsefagarbeider', 'tannlege', 'farmasøyt', 'oversetter',
      'regnskapsfører', 'revisor', 'redaktør', 'sveiser', 'snekker', 'rørlegger', 'montør', 'resepsjonist', 'sekretær', 'vekter', 'vaktmester',
      'frisør', 'vernepleier', 'barnehagelærer', 'direktør'],
    words: ['lege', 'leger', 'advokat', 'advokater', 'jurist', 'tolk'],
  },
  da: {
    inside: ['udvikler', 'rådgiver', 'konsulent', 'ingeniør', 'arkitekt', 'projektleder', 'teamleder', 'afdelingsleder', 'sygeplejerske', 'lærer', 'tekniker', 'sælger', 'medarbejder',
      'praktikant', 'studentermedhjælper', 'analytiker', 'specialist',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      'chauffør', 'tandlæge', 'farmaceut', 'oversætter', 'bogholder', 'revisor', 'redaktør', 'svejser', 'tømrer', 'snedker', 'montør', 'blikkenslager',
      'lagerarbejder', 'sekretær', 'pedel', 'frisør', 'direktør', 'assistent'],
    words: ['kok', 'kokke', 'pædagog', 'pædagoger', 'læge', 'læger', 'advokat', 'jurist', 'tolk'],
  },
  fi: {
    inside: ['kehittäjä', 'asiantuntija', 'insinööri', 'suunnittelija', 'arkkitehti', 'konsultti', 'päällikkö', 'johtaja', 'harjoittelija', 'tutkija',
      'myyjä', 'analyytikko', 'testaaja', 'koordinaattori', 'sairaanhoitaja', 'opettaja', 'ylläpitäjä',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      'kuljettaja', 'kokki', 'tarjoilija', 'siivooja', 'hoitaja', 'lääkäri', 'farmaseutti', 'proviisori', 'terapeutti', 'tulkki', 'juristi',
      'lakimies', 'asianajaja', 'kirjanpitäjä', 'tilintarkastaja', 'valokuvaaja', 'rekrytoija', 'varainhankkija', 'asentaja', 'hitsaaja',
      'kirvesmies', 'putkimies', 'maalari', 'mekaanikko', 'työntekijä', 'virkailija', 'sihteeri', 'vartija', 'leipuri', 'kampaaja', 'puutarhuri',
      'neuvoja', 'avustaja', 'esimies', 'vetäjä', 'kääntäjä'],
  },
  et: {
    inside: ['arendaja', 'insener', 'analüütik', 'juht', 'spetsialist', 'konsultant', 'arhitekt', 'testija', 'praktikant', 'disainer',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      'teenindaja', 'müüja', 'ettekandja', 'koristaja', 'meditsiiniõde', 'perearst', 'hambaarst', 'apteeker', 'proviisor', 'terapeut', 'psühholoog',
      'õpetaja', 'õppejõud', 'tõlkija', 'advokaat', 'raamatupidaja', 'audiitor', 'toimetaja', 'ajakirjanik', 'fotograaf', 'värbaja', 'keevitaja',
      'tisler', 'lukksepp', 'mehaanik', 'töötaja', 'administraator', 'juuksur', 'aednik', 'nõustaja', 'teadur', 'kokk'],
    words: ['arst', 'arstid', 'elektrik', 'elektrikud'],
  },
  // Greek inflects its nouns: a stem where no adjective or field of work starts the same ("μηχανικ" is also "μηχανική", engineering), else the forms.
  el: {
    stems: ['προγραμματιστ', 'μάγειρ', 'σερβιτόρ', 'γιατρ', 'φαρμακοποι', 'δάσκαλ', 'δασκάλ', 'δικηγόρ', 'συντάκτ', 'δημοσιογράφ', 'φωτογράφ',
      'ηλεκτρολόγ', 'συγκολλητ', 'αποθηκάρι', 'ρεσεψιονίστ', 'γραμματέ', 'ασκούμεν', 'αρχιτέκτον', 'επιστήμον', 'προϊστάμεν', 'εργάτ',
      'κομμωτ', 'ζαχαροπλάστ', 'αρτοποι', 'στέλεχ', 'υπάλληλ', 'υπαλλήλ', 'φύλακ'],
    words: ['μηχανικός', 'μηχανικοί', 'μηχανικού', 'αναλυτής', 'αναλυτές', 'αναλύτρια', 'σχεδιαστής', 'σχεδιάστρια', 'σχεδιαστές', 'διευθυντής',
      'διευθύντρια', 'διευθυντές', 'υπεύθυνος', 'υπεύθυνη', 'υπεύθυνου', 'σύμβουλος', 'σύμβουλοι', 'συμβούλου', 'λογιστής', 'λογίστρια', 'λογιστές',
      'πωλητής', 'πωλήτρια', 'πωλητές', 'νοσηλευτής', 'νοσηλεύτρια', 'νοσηλευτές', 'καθηγητής', 'καθηγήτρια', 'καθηγητές', 'μεταφραστής',
      'μεταφράστρια', 'καθαριστής', 'καθαρίστρια', 'ερευνητής', 'ερευνήτρια', 'ερευνητές', 'διαχειριστής', 'διαχειρίστρια', 'συντονιστής',
      'συντονίστρια', 'οδηγός διανομής', 'ταμίας', 'ταμίες', 'βοηθός', 'βοηθοί'],
  },
  // Croatian, Bosnian and Serbian (Latin, then Serbian Cyrillic): developer, engineer, analyst, consultant, manager, assistant, trainee,
  // accountant, driver, cook, waiter, salesperson, cashier, warehouse worker, cleaner, welder, electrician, mechanic, teacher, nurse, ...
  hr: {
    stems: ['programer', 'inženjer', 'analitičar', 'administrator', 'konzultant', 'savjetnik', 'savetnik', 'voditelj', 'rukovoditelj', 'rukovodilac',
      'rukovodioc', 'menadžer', 'asistent', 'pripravnik', 'računovođ', 'knjigovođ', 'vozač', 'kuhar', 'kuvar', 'konobar', 'prodavač',
      'prodavac', 'prodavca', 'blagajnik', 'blagajnic', 'skladištar', 'magacioner', 'čistač', 'spremač', 'zavarivač', 'električar', 'mehaničar',
      'bravar', 'učitelj', 'nastavnik', 'odgajatelj', 'vaspitač', 'njegovatelj', 'medicinska sestr', 'medicinsku sestr', 'medicinske sestr',
      'ljekarnik', 'liječnik', 'prevoditelj', 'prevodilac', 'prevodioc', 'pravnik', 'odvjetnik', 'novinar', 'urednik', 'recepcioner', 'zaštitar',
      'dostavljač', 'serviser', 'tehničar', 'operater', 'dizajner',
      'програмер', 'инжењер', 'аналитичар', 'возач', 'кувар', 'конобар', 'продавац', 'продавца', 'продавач', 'благајник', 'магационер',
      'менаџер', 'рачуновођ', 'књиговођ', 'наставник', 'васпитач', 'медицинска сестр', 'медицинску сестр', 'електричар', 'механичар',
      'техничар', 'оператер', 'саветник', 'руководилац', 'дизајнер'],
    words: ['arhitekt', 'arhitekta', 'arhitektica', 'stolar', 'stolara', 'zidar', 'zidara', 'lekar', 'lekara', 'tajnica', 'tajnicu', 'tajnik', 'kurir',
      'radnik', 'radnika', 'radnicu', 'радник', 'радника', 'лекар', 'лекара',
      // Whole words with their endings: a stem would read "Direktorat za financije" (a directorate) and "Referentni projekti" as roles.
      'direktor', 'direktora', 'direktorica', 'direktoricu', 'referent', 'referenta', 'referentica', 'referenticu'],
  },
  // Slovene: developer, engineer, driver, cook, waiter, salesperson, cashier, warehouse worker, cleaner, welder, accountant, advisor, leader,
  // teacher, educator, doctor, pharmacist, translator, lawyer, journalist, editor, secretary, security guard, courier, worker, ...
  sl: {
    stems: ['razvijalec', 'razvijalca', 'razvijalce', 'inženir', 'voznik', 'voznic', 'natakar', 'prodajalec', 'prodajalc', 'prodajalk',
      'skladiščnik', 'čistilec', 'čistilc', 'čistilk', 'varilec', 'varilc', 'računovodj', 'knjigovodj', 'svetovalec', 'svetovalc', 'svetovalk',
      'vzgojitelj', 'zdravnik', 'zdravnic', 'farmacevt', 'prevajalec', 'prevajalc', 'prevajalk', 'odvetnik', 'varnostnik', 'dostavljavec',
      'delavec', 'delavc', 'delavk', 'menedžer', 'oblikovalec', 'oblikovalc', 'oblikovalk'],
    words: ['vodja', 'vodjo', 'vodje', 'tajnik', 'tajnica', 'tajnico', 'direktor', 'direktorja', 'direktorica', 'direktorico'],
  },
  // Thai, written without spaces: programmer, developer, engineer, designer, staff/employee, manager, analyst, officer, assistant, accountant,
  // secretary, driver, cook, chef, nurse, teacher, lecturer, doctor, pharmacist, lawyer, translator, technician/craftsman, cashier, barista,
  // consultant, coordinator, marketer, supervisor, director, researcher, writer, editor, housekeeper.
  // 'พนักงาน' (staff), 'ช่าง' (craftsman; also the adverb "so") and 'หัวหน้า' (head) alone sit in "สวัสดิการพนักงาน" (staff benefits),
  // "ฝ่ายช่าง" (engineering department), "หัวหน้าทีมพูดถึงเรา" (team leads on us): only the role words they begin count.
  th: {
    inside: ['โปรแกรมเมอร์', 'นักพัฒนา', 'วิศวกร', 'นักออกแบบ', 'ดีไซเนอร์', 'ผู้จัดการ', 'นักวิเคราะห์', 'เจ้าหน้าที่', 'ผู้ช่วย',
      'นักบัญชี', 'เลขานุการ', 'คนขับรถ', 'พ่อครัว', 'แม่ครัว', 'เชฟ', 'พยาบาล', 'ครูสอน', 'อาจารย์', 'แพทย์', 'เภสัชกร', 'ทนายความ', 'นักแปล',
      'แคชเชียร์', 'บาริสต้า', 'ที่ปรึกษา', 'ผู้ประสานงาน', 'นักการตลาด', 'ผู้อำนวยการ', 'นักวิจัย', 'นักเขียน',
      'บรรณาธิการ', 'แม่บ้าน',
      // salesperson, accounting clerk, receptionist, driver, waiter, cleaner, warehouse staff, admin clerk, finance staff, customer service staff
      'พนักงานขาย', 'พนักงานบัญชี', 'พนักงานต้อนรับ', 'พนักงานขับรถ', 'พนักงานเสิร์ฟ', 'พนักงานทำความสะอาด', 'พนักงานคลังสินค้า', 'พนักงานธุรการ',
      'พนักงานการเงิน', 'พนักงานบริการลูกค้า',
      // technician, electrician, maintenance technician, welder, car mechanic; supervisor, department head, division head
      'ช่างเทคนิค', 'ช่างไฟฟ้า', 'ช่างซ่อมบำรุง', 'ช่างเชื่อม', 'ช่างยนต์', 'หัวหน้างาน', 'หัวหน้าแผนก', 'หัวหน้าฝ่าย'],
  },
  hu: {
    inside: ['fejlesztő', 'mérnök', 'elemző', 'tanácsadó', 'vezető', 'programozó', 'gyakornok', 'tesztelő', 'tervező', 'munkatárs',
      // salesperson, translator, accountant, assistant, clerk, specialist, driver, cook, waiter, cleaner, electrician, welder, warehouse worker
      'értékesítő', 'fordító', 'könyvelő', 'asszisztens', 'ügyintéző', 'szakember', 'sofőr', 'gépkocsivezető', 'szakács', 'pincér', 'takarító',
      'villanyszerelő', 'hegesztő', 'raktáros'],
  },
  ro: { stems: ['dezvoltator', 'inginer', 'programator', 'analist', 'consultant', 'specialist', 'tehnician', 'stagiar', 'arhitect', 'tester', 'coordonator'] },
  ru: {
    inside: ['разработчик', 'инженер', 'менеджер', 'аналитик', 'администратор', 'руководител', 'дизайнер', 'программист', 'тестировщик',
      'специалист', 'архитектор', 'консультант', 'директор', 'бухгалтер', 'стажер', 'стажёр', 'ассистент', 'помощник', 'оператор', 'технолог',
      'тимлид', 'маркетолог', 'рекрутер', 'редактор', 'копирайтер', 'преподавател', 'исследовател', 'сотрудник', 'эксперт', 'верстальщик',
      // the trades and services, as en driver, cook, cashier, welder, nurse, teacher
      'водител', 'курьер', 'комплектовщик', 'кладовщик', 'грузчик', 'продавец', 'продавц', 'кассир', 'повар', 'официант', 'бариста', 'охранник',
      'уборщи', 'сварщик', 'электрик', 'механик', 'медсестр', 'учител', 'юрист',
      'фандрайзер', 'врач', 'медбрат', 'фельдшер', 'фармацевт', 'провизор', 'педагог', 'тренер', 'няня', 'сиделк', 'переводчик', 'переводчиц',
      'адвокат', 'нотариус', 'экономист', 'мерчендайзер', 'промоутер', 'бармен', 'пекарь', 'кондитер', 'работник', 'разнорабоч', 'упаковщик',
      'электромонтер', 'монтажник', 'слесар', 'сантехник', 'токарь', 'фрезеровщик', 'маляр', 'штукатур', 'плиточник', 'каменщик', 'плотник',
      'столяр', 'экспедитор', 'диспетчер', 'горничн', 'дворник', 'садовник', 'парикмахер', 'секретар', 'корреспондент', 'фотограф', 'иллюстратор',
      'корректор', 'аудитор', 'финансист', 'лаборант', 'инспектор', 'продавщиц', 'повариха', 'швея', 'таксист', 'машинист', 'тракторист',
      'крановщик', 'риелтор', 'риэлтор', 'брокер', 'ветеринар', 'журналист', 'практикант', 'портье'],
  },
  uk: {
    inside: ['розробник', 'керівник', 'інженер', 'менеджер', 'програміст', 'тестувальник', 'спеціаліст', 'аналітик', 'архітектор', 'консультант',
      'директор', 'бухгалтер', 'стажер', 'асистент', 'дизайнер', 'маркетолог', 'рекрутер', 'фахів', 'адміністратор', 'редактор', 'викладач', 'дослідник',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      'фандрайзер', 'водій', 'водія', 'водії', 'кур\'єр', 'кур’єр', 'курʼєр', 'касир', 'продавець', 'продавц', 'продавчин', 'кухар', 'офіціант', 'охоронець',
      'охоронц', 'прибиральни', 'зварювальник', 'електрик', 'механік', 'слюсар', 'сантехнік', 'муляр', 'будівельник', 'вантажник', 'комірник',
      'комплектувальник', 'пакувальник', 'фармацевт', 'провізор', 'вчител', 'вихователь', 'вихователька', 'вихователі', 'перекладач', 'економіст',
      'журналіст', 'копірайтер', 'помічник', 'працівник', 'співробітник', 'секретар', 'експедитор', 'перукар', 'медсестр', 'медичн сестр'],
    words: ['лікар', 'лікарі', 'лікаря', 'лікарка'],
  },
  tr: {
    inside: ['geliştirici', 'mühendis', 'uzman', 'yazılımcı', 'analist', 'tasarımcı', 'danışman', 'müdür', 'yönetici', 'sorumlu', 'stajyer',
      'asistan', 'mimar', 'teknisyen', 'programcı', 'lider',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      'kasiyer', 'şoför', 'sürücü', 'kurye', 'aşçı', 'garson', 'hemşire', 'hekim', 'eczacı', 'öğretmen', 'eğitmen', 'çevirmen', 'tercüman', 'avukat',
      'muhasebeci', 'müşavir', 'editör', 'muhabir', 'gazeteci', 'fotoğrafçı', 'grafiker', 'elektrikçi', 'kaynakçı', 'tesisatçı', 'boyacı', 'marangoz',
      'tamirci', 'operatör', 'depocu', 'işçi', 'eleman', 'temsilci', 'resepsiyonist', 'sekreter', 'görevli', 'bekçi', 'bahçıvan', 'kuaför', 'berber',
      'fırıncı', 'kasap', 'bakıcı', 'fizyoterapist', 'diyetisyen', 'veteriner', 'koordinatör', 'direktör', 'barista'],
    words: ['staj', 'şef', 'şefi', 'doktor'],
  },
  id: {
    stems: ['pengembang', 'insinyur', 'desainer', 'manajer', 'spesialis', 'konsultan', 'magang', 'kepala', 'pengajar',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      'kasir', 'sopir', 'pengemudi', 'kurir', 'juru masak', 'juru bayar', 'koki', 'dokter', 'apoteker', 'dosen', 'pengacara',
      'buruh', 'teknisi', 'satpam', 'petugas', 'resepsionis', 'sekretaris', 'wartawan', 'fotografer', 'penggalang dana', 'tukang', 'montir', 'pramusaji', 'pramuniaga', 'pramugari', 'asisten', 'direktur', 'koordinator'],
    words: ['analis', 'staf', 'staff', 'pelayan', 'perawat', 'guru', 'mekanik', 'bidan', 'akuntan', 'penulis', 'pemrogram', 'perekrut', 'penerjemah'],
  },
  vi: {
    inside: ['lập trình', 'nhân viên', 'kỹ sư', 'chuyên viên', 'trưởng nhóm', 'quản lý', 'thực tập sinh', 'kiểm thử',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      'giáo viên', 'tài xế', 'lái xe', 'đầu bếp', 'thu ngân', 'kế toán', 'y tá', 'điều dưỡng', 'bác sĩ', 'dược sĩ', 'luật sư', 'biên dịch viên',
      'phiên dịch', 'biên tập viên', 'phóng viên', 'thợ', 'công nhân', 'lễ tân', 'thư ký', 'tạp vụ', 'thủ kho', 'giám đốc', 'trưởng phòng',
      'kỹ thuật viên', 'tư vấn viên', 'cộng tác viên', 'giảng viên', 'trợ giảng', 'trợ lý', 'thực tập', 'nhà thiết kế', 'chuyên gia',
      'kiến trúc sư', 'quản trị viên'],
  },
  ar: {
    inside: ['مهندس', 'مطور', 'مبرمج', 'مدير', 'محلل', 'مصمم', 'أخصائي', 'متدرب', 'مستشار',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      'كاشير', 'أمين صندوق', 'سائق', 'مندوب', 'طباخ', 'طاهي', 'نادل', 'ممرض', 'طبيب', 'صيدلاني', 'معلم', 'أستاذ', 'مترجم', 'محامي', 'محاسب',
      'منسق', 'مشرف', 'سكرتير', 'حارس', 'باحث', 'محرر', 'صحفي', 'مسوق', 'بائع', 'خبير', 'متطوع', 'جامع تبرعات', 'مدرب', 'ميكانيكي',
      'نجار', 'سباك'],
  },
  ja: {
    inside: ['エンジニア', '開発', 'デザイナー', 'マネージャー', 'マネジャー', 'ディレクター', 'コンサルタント', 'プログラマ', 'アーキテクト', 'アナリスト',
      'リーダー', '責任者', '担当者', 'スタッフ', '技術者', '研究員', '研究者', '営業職', '事務職', 'マーケター', 'プロデューサー', 'サイエンティスト',
      'テスター', 'インターン', 'アシスタント', '講師', '看護師', '薬剤師', '専門職', '部長', '課長', 'デベロッパー', 'ライター', 'エディター',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      'ドライバー', '運転手', '販売員', '店員', '店長', '調理師', '料理人', 'シェフ', '介護士', '介護職', '保育士', '教師', '教員', '医師', '歯科医',
      '弁護士', '司法書士', '税理士', '会計士', '経理', '翻訳者', '通訳', '編集者', '記者', 'カメラマン', 'リクルーター', '電気工事士', '溶接工',
      '作業員', '清掃員', '事務員', '秘書', 'ファンドレイザー', '警備員', '整備士', 'オペレーター', 'コーディネーター', 'トレーナー',
      'インストラクター', 'カウンセラー', 'セラピスト', '美容師', '理容師', '職人', '配達員', '配送員', 'バリスタ'],
  },
  zh: {
    inside: ['工程师', '經理', '经理', '开发', '設計師', '设计师', '实习', '實習', '专员', '專員', '主管', '总监', '總監', '程序员', '程式設計師', '架构师',
      '架構師', '分析师', '分析師', '研究员', '研究員', '顾问', '顧問', '助理', '专家', '專家', '负责人', '負責人', '组长', '組長', '技术员', '讲师', '編輯', '编辑',
      '工程師',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      '司机', '司機', '收银员', '收銀員', '厨师', '廚師', '服务员', '服務員', '护士', '護士', '教师', '教師', '老师', '老師', '医生', '醫生', '医师',
      '醫師', '药剂师', '藥劑師', '律师', '律師', '会计', '會計', '出纳', '出納', '译员', '譯員', '记者', '記者', '摄影师', '攝影師', '电工', '電工',
      '焊工', '管理员', '管理員', '保洁', '保潔', '清洁工', '清潔工', '秘书', '秘書', '猎头', '獵頭', '销售', '銷售', '客服', '文员', '文員',
      '店员', '店員', '店长', '店長', '保安', '快递员', '快遞員', '配送员', '配送員', '骑手', '騎手', '技工', '技师', '技師', '普工', '操作员',
      '操作員', '講師', '培训师', '培訓師', '教练', '教練', '咨询师', '諮詢師', '营养师', '營養師', '助教', '主任', '開發', '程序員', '技術員'],
  },
  ko: {
    inside: ['개발자', '엔지니어', '디자이너', '매니저', '기획자', '연구원', '분석가', '인턴', '담당자', '팀장', '마케터', '컨설턴트', '아키텍트', '전문가', '리드',
      // the trades and services (cashier, driver, cook, nurse, teacher, lawyer, translator, electrician, welder, cleaner, ...)
      '운전기사', '택배기사', '배송기사', '운전원', '캐셔', '계산원', '요리사', '조리사', '셰프', '바리스타', '간호사', '강사', '전문의',
      '변호사', '회계사', '세무사', '노무사', '번역가', '통역사', '편집자', '사진작가', '리크루터', '용접공', '작업자', '생산직', '사무직',
      '영업직', '상담원', '상담사', '미화원', '청소원', '경비원', '보안요원', '배달원', '관리자', '운영자', '트레이너', '프로그래머',
      // "-직": a kind of post, as 생산직, 사무직, 영업직 are (management, technical, research, sales posts)
      '관리직', '기술직', '연구직', '판매직',
      '퍼블리셔', '펀드레이저', '프로듀서', '작가', '디렉터', '실장', '본부장', '교수', '조교'],
  },
};
