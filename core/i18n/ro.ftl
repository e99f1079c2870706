# Relais — Romanian. Machine-assisted translation, NOT yet reviewed by a native speaker.
# reviewed: no
# Propoziții scurte. Fiecare mesaj spune ce faceți mai departe și pe cine sunați.

## Rolurile persoanelor care răspund
role-secretariat = Secretariat
role-reception = Primire zi și noapte
role-intake-nurse = Asistentă sau asistent medical de primire
role-clinician = Cadru medical
role-outreach-team = Echipă mobilă
role-social-worker = Asistent social sau asistentă socială
role-listener = Persoană care ascultă
role-emergency-operator = Serviciu de urgență
role-social-emergency = Samu social (ajutor social de urgență)

## Numere de urgență (mereu vizibile, chiar și fără internet)
crisis-bar-title = Aveți nevoie de ajutor chiar acum?
crisis-3114-name = 3114 – Prevenirea sinuciderii
crisis-3114-purpose = Vă gândiți la sinucidere sau vă faceți griji pentru cineva. Un cadru medical vă ascultă, zi și noapte. Este gratuit.
crisis-15-name = 15 – SAMU (urgențe medicale)
crisis-15-purpose = Urgență medicală: o viață este în pericol.
crisis-112-name = 112 – Urgențe
crisis-112-purpose = Urgență, de pe orice telefon, în Franța și în Europa.
crisis-114-name = 114 – Urgențe prin SMS
crisis-114-purpose = Nu puteți vorbi sau auzi: trimiteți un SMS la 114.
crisis-115-name = 115 – Cazare de urgență
crisis-115-purpose = Nu aveți unde să dormiți la noapte.

## Orientare: de ce vă propunem să sunați această persoană
orient-sector-address = Localitatea dumneavoastră: { $commune }. CMP-ul (centru public și gratuit de sănătate mintală) pentru adresa dumneavoastră: { $structure }. Sunați la secretariat ca să cereți o primă programare.
orient-sector-street = Strada dumneavoastră: { $street }, { $commune }. CMP-ul (centru public și gratuit de sănătate mintală) pentru această stradă: { $structure }. Sunați la secretariat ca să cereți o primă programare.
orient-sector-residence = Locuiți de 3 luni sau mai mult în această localitate: { $commune }. CMP-ul (centru public și gratuit de sănătate mintală) care vă primește: { $structure }. Nu aveți nevoie de o adresă fixă.
orient-sector-domiciliation = Localitatea unde primiți corespondența (domiciliation): { $commune }. CMP-ul (centru public și gratuit de sănătate mintală) care vă primește: { $structure }. Nu aveți nevoie de o adresă fixă.
orient-sector-life = Dormiți sau primiți sprijin în această localitate: { $commune }. CMP-ul (centru public și gratuit de sănătate mintală) care vă poate primi: { $structure }. Spuneți-le unde locuiți.
orient-child = Pentru un copil sau un adolescent: { $structure }. Un părinte sau tutorele sună ca să ceară o programare.
orient-young-adult-child-team = Pentru tinerii de 16 și 17 ani: { $structure } vă poate primi.
orient-unknown-age-child = Dacă este pentru un copil sub 16 ani, sunați mai degrabă la { $structure }.
orient-cmpp = Altă posibilitate pentru cei sub 20 de ani: { $structure }. Centrul primește pe oricine, indiferent de adresă.
orient-empp = { $structure }: această echipă merge la persoanele fără locuință: pe stradă, în adăpost, în centrul de zi.
orient-reception = { $structure }: vi se răspunde zi și noapte. Sunați dacă nu puteți aștepta sau dacă nu răspunde nimeni.
orient-reception-decides = { $structure }: vi se răspunde zi și noapte. Cineva vă va spune ce CMP vă primește.
orient-last-resort = Numărul 3114 răspunde zi și noapte, gratuit. Sunați dacă nu vă simțiți bine sau dacă nu vă răspunde nimeni altcineva.

## Orientare: când nu putem decide singuri
orient-problem-unknown-commune = Nu găsim această localitate: „{ $place }”. Cineva vă va ajuta să găsiți CMP-ul potrivit.
orient-problem-out-of-area = Această localitate nu este în niciun sector din lista de centre: { $commune }. Cineva vă va ajuta să găsiți CMP-ul potrivit.
orient-problem-needs-street = În această localitate sunt mai multe CMP-uri: { $commune }. CMP-ul potrivit depinde de stradă. Cineva vă va ajuta.
orient-problem-needs-arrondissement = Această localitate este împărțită în arondismente: { $commune }. CMP-ul potrivit depinde de arondisment: scrieți codul poștal (de exemplu 75013) sau strada. De asemenea, cineva vă poate ajuta.
orient-problem-unknown-street = Nu găsim această stradă: „{ $street }”, { $commune }. Cineva vă va ajuta să găsiți CMP-ul potrivit.
orient-problem-several-sectors = Codul poștal { $postcode } acoperă mai multe sectoare. Sunați la unul dintre aceste CMP-uri: vă vor spune care dintre ele vă primește.
orient-problem-no-place = Nu ați scris niciun loc. Nu este nimic grav: cineva vă va ajuta.
orient-problem-no-structure = Nu cunoaștem CMP-ul din acest sector. Cineva vă va ajuta.
orient-problem-directory-unavailable = Lista de centre nu este disponibilă pe acest telefon. Cineva vă va ajuta.
orient-problem-directory-empty = Lista de centre de pe acest telefon este goală. Cineva vă va ajuta.

## Note despre un contact
note-interpreter = Cereți un interpret. Este dreptul dumneavoastră și este gratuit.
note-speaks-your-language = Aici se vorbește limba dumneavoastră.
note-minor = Pentru un minor, sună un părinte sau tutorele.
note-demo = Date de demonstrație: aceste numere nu sunt reale.

## Program
status-always-open = Deschis zi și noapte
status-open-until = Deschis acum, până la { $time }
status-closed-until = Închis acum. Se deschide { $when }
status-closed-for-long = Închis deocamdată
status-unknown = Program necunoscut: sunați ca să verificați
hours-always = Zi și noapte, în fiecare zi.
hours-days-range = De { $first } până { $last }
hours-day-one = În fiecare { $day }
hours-line = { $days }: { $spans }
hours-span = { $start } – { $end }
hours-closed-holidays = Închis în zilele de sărbătoare legală.
hours-holidays = Zile de sărbătoare legală: { $spans }
hours-closed = Închis.

## Date și ore
time-hm = { $h }:{ $m }
time-h = { $h }:00
day-date = { $weekday }, { $day } { $month }
when-day-time = { $day }, ora { $time }
weekday-0 = luni
weekday-1 = marți
weekday-2 = miercuri
weekday-3 = joi
weekday-4 = vineri
weekday-5 = sâmbătă
weekday-6 = duminică
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie

## Formularul de cerere: ce nu este bine și ce să faceți
form-name-missing = Scrieți un prenume sau o poreclă. Cei de la CMP vor folosi acest nume la telefon.
form-name-too-long = Scrieți un prenume sau o poreclă mai scurtă (cel mult 24 de litere).
form-phone-missing = Scrieți un număr de telefon la care puteți primi apeluri. Dacă nu aveți telefon, dați numărul unei persoane care vă ajută.
form-phone-short-number = Acesta este un număr scurt. Scrieți un număr la care puteți primi apeluri.
form-phone-wrong-length = Un număr francez are 10 cifre. Cifre în acest număr: { $digits }. Verificați numărul.
form-phone-bad-prefix = Acest număr nu poate exista: după primul 0 nu urmează niciodată alt 0. Verificați numărul.
form-phone-missing-zero = Lipsește 0 de la început. Scrieți 0, apoi cele 9 cifre.
form-phone-character = Un număr de telefon are doar cifre. Ștergeți „{ $character }”.
form-phone-international = Un număr din străinătate începe cu + și are între 8 și 15 cifre. Verificați numărul.
form-phone-service = Acest număr începe cu 08: este un număr de servicii, nu puteți primi apeluri la el. Dați numărul dumneavoastră sau numărul unei persoane care vă ajută.
form-relay-name-missing = Scrieți numele persoanei sau al locului care va răspunde (de exemplu: doamna Roux, CCAS).
form-relay-name-too-long = Scrieți un nume mai scurt (cel mult 24 de litere).
form-call-windows-invalid = Alegeți cel mult 3 momente în care puteți răspunde la telefon.
form-language-invalid = Alegeți o limbă din listă.
form-languages-too-many = Alegeți cel mult 3 limbi.
form-age-missing = Spuneți vârsta persoanei: copil, adolescent sau adult. Așa se alege centrul potrivit.
form-place-too-long = Numele locului este prea lung. Scrieți doar localitatea sau codul poștal.
form-message-too-long = Mesajul dumneavoastră este prea lung (cel mult 500 de caractere). Puteți spune totul la telefon.

## Pe cine sunați, la fiecare pas al cererii
who-draft = Cererea dumneavoastră nu a fost încă trimisă. Puteți suna și la { $structure }.
who-queued = Cererea dumneavoastră va pleca imediat ce telefonul are semnal. Puteți suna și acum la { $structure }.
who-received = { $structure } a primit cererea dumneavoastră. Cineva vă va suna. Puteți suna și dumneavoastră.
who-contacting = { $structure } a încercat să vă sune. Sunați-i înapoi dacă puteți.
who-contacting-named = Această persoană se ocupă de cererea dumneavoastră. Sunați-o înapoi dacă puteți.
who-confirmed = Programarea dumneavoastră este confirmată. Ca să o schimbați sau să o anulați, sunați această persoană.
who-redirected = CMP-ul vă trimite în alt loc. Sunați această persoană.
who-closed-withdrawn = Ați retras cererea. Dacă vă răzgândiți, sunați la { $structure }.
who-closed-unreachable = CMP-ul nu a reușit să vă contacteze. Sunați chiar dumneavoastră la { $structure }.
who-closed-not-delivered = Cererea dumneavoastră nu a putut fi trimisă. Sunați la { $structure }: este mai sigur.
who-closed-other = CMP-ul a închis cererea dumneavoastră. Sunați la { $structure } ca să aflați ce să faceți.

## Calendar (text neutru: un calendar poate fi văzut de alții)
calendar-title = Programare
calendar-description = Cu { $name }. Ca să schimbați sau să anulați, sunați la { $phone }.

## Exportul datelor dumneavoastră
export-title = Ce păstrează acest telefon despre dumneavoastră
export-intro = Acest fișier conține tot ce păstrează aplicația Relais pe acest telefon. Îl puteți păstra, arăta sau șterge.
export-none = Nicio cerere.
export-request = Cererea din { $date }
export-name = Prenume sau poreclă: { $value }
export-phone = Telefon de contact: { $value }
export-relay = Prin: { $value }
export-state = Stadiul cererii: { $value }
export-to = Trimisă la: { $value }
export-message = Mesajul dumneavoastră: { $value }
export-history = Istoric:
export-consent-revoked = Acord retras
export-settings = Setări:

## SMS (text neutru: un telefon poate fi folosit de mai multe persoane)
sms-ack = Cererea dumneavoastră a ajuns. Secretariatul vă va suna înapoi. În caz de urgență: 15 sau 112.
sms-unreadable = Nu am putut citi mesajul dumneavoastră. Cineva vă va suna înapoi.
sms-confirmation = Programare: { $when }, { $place }. Ca să schimbați sau să anulați: { $phone }.
sms-confirmation-waiting = Sunteți pe lista de așteptare. Vă vom suna ca să vă spunem data. Întrebări: { $phone }.
sms-change = Programarea dumneavoastră s-a schimbat. Programarea nouă: { $when }, { $place }. Ca să schimbați sau să anulați: { $phone }.
sms-reminder = Vă reamintim programarea: { $when }, { $place }. Ca să schimbați sau să anulați: { $phone }. Ca să nu mai primiți mesaje de reamintire, răspundeți STOP.
sms-with-sender = { $sender }: { $text }
sms-code = Codul dumneavoastră: { $code }. Spuneți-l dacă sunați.

## Notificare pe telefon (text neutru: ecranul poate fi văzut de alții)
notif-reminder-title = Programare
notif-reminder-body = { $when }, { $place }. Ca să schimbați sau să anulați: { $phone }.

## Acordul pentru o trimitere făcută de un asistent social
consent-title = Acordul dumneavoastră înainte de trimiterea cererii
consent-who = { $worker } ({ $organisation }) vrea să trimită cererea dumneavoastră la { $structure }.
consent-why = De ce: { $why }
consent-what = Ce se va trimite:
consent-share-name = prenumele sau porecla dumneavoastră
consent-share-phone = numărul dumneavoastră de telefon
consent-share-note = un mesaj scurt pe care sunteți de acord să îl trimiteți
consent-share-relay = numele și telefonul persoanei care vă ajută: { $worker } ({ $phone }), ca CMP-ul să o poată suna
consent-outcome = { $worker } va afla dacă CMP-ul vă dă o programare și cu cine.
consent-share-call-windows = când puteți răspunde la telefon
consent-share-languages = limbile pe care le vorbiți și dacă aveți nevoie de un interpret
consent-share-age-place = vârsta dumneavoastră și localitatea în care locuiți
consent-not-shared = Nu se trimite nimic altceva: niciun număr de securitate socială, niciun diagnostic.
consent-how = Trimiterea este criptată. Doar echipa CMP poate citi cererea dumneavoastră. CMP-ul o șterge la 90 de zile după programare.
consent-until = Acordul dumneavoastră este valabil până la { $date }.
consent-revoke = Puteți spune nu acum. Vă puteți retrage acordul și mai târziu, în aplicație sau sunând la CMP.
consent-accept = Accept
consent-refuse = Refuz

## Ecrane
home-title = Relais
home-subtitle = Găsiți centrul potrivit ca să vorbiți despre ce nu merge bine și o persoană pe care o puteți suna.
home-ask = Cereți o programare
home-requests = Cererile mele
home-settings = Setări
orientation-title = Pe cine sunați
orientation-ask = Cereți o programare la { $structure }
orientation-no-desk = { $structure } nu primește încă cereri prin aplicație. Sunați la { $phone }: vă va răspunde o persoană.
form-title = Cereți o primă programare
form-intro = CMP-ul vă va suna înapoi. Îl puteți suna și dumneavoastră oricând.
form-submit = Trimiteți cererea
field-name = Prenume sau poreclă
field-name-hint = Numele pe care îl vor folosi cei de la CMP la telefon.
field-phone = Telefon
field-phone-hint = Numărul dumneavoastră sau al unei persoane care vă ajută.
field-relay-name = Numele persoanei sau al locului care va răspunde
field-relay-name-hint = Doar dacă nu este telefonul dumneavoastră.
field-call-windows = Când să vă sunăm
field-call-windows-hint = Cel mult 3 momente.
field-languages = Limbile dumneavoastră
field-languages-hint = Puteți cere un interpret.
field-age = Vârsta persoanei
field-age-hint = Copil, adolescent sau adult.
commune-choice-old-name = { $commune } (numele vechi: { $old })
field-message = Mesaj (opțional)
field-message-hint = Ce vreți să le spuneți celor de la CMP. Nu este obligatoriu.
status-title = Cererea mea
state-draft = Încă netrimisă
state-queued = Așteaptă semnal: va pleca singură
state-sent-by-sms = Trimisă prin SMS
state-received = Primită de CMP
state-contacting = CMP-ul încearcă să vă sune
state-confirmed = Programare confirmată
state-waiting-list = Pe lista de așteptare
state-redirected = Trimisă în alt loc
state-closed = Cerere închisă
history-line = { $when }: { $state }
appointment-nurse-intake = Prima discuție cu un asistent sau o asistentă medicală
appointment-medical = Programare la un psihiatru sau la un psiholog
appointment-waiting-list = Listă de așteptare: vă vom suna ca să vă spunem data
action-call = Sunați
action-call-a11y = Sunați: { $who }, { $structure }, la numărul { $phone }
action-sms = Trimiteți un SMS
action-sms-a11y = Trimiteți un SMS către { $who }
action-map = Vedeți pe hartă
action-withdraw = Retrageți cererea
action-calendar = Adăugați în calendar
action-sms-fallback = Trimiteți cererea prin SMS
settings-title = Setări
settings-export = Descărcați datele mele
settings-erase = Ștergeți tot
settings-erase-warning = Tot ce păstrează aplicația pe acest telefon va fi șters: cererile și setările dumneavoastră. CMP-ul păstrează ce i-ați trimis deja. Ca să fie șters și acolo, sunați la CMP.

## Formular: variantele de răspuns
age-under12 = Un copil sub 12 ani
age-12-15 = Un tânăr între 12 și 15 ani
age-16-17 = Un tânăr de 16 sau 17 ani
age-18-20 = O persoană între 18 și 20 de ani
age-21 = O persoană de 21 de ani sau mai mult
age-unknown = Nu vreau să spun
window-morning = Dimineața (9:00 – 12:00), de luni până vineri
window-midday = La prânz (12:00 – 14:00), de luni până vineri
window-afternoon = După-amiaza (14:00 – 17:00), de luni până vineri
window-evening = Spre seară (17:00 – 19:00), de luni până vineri
relay-social-worker = Un asistent social
relay-shelter = Un adăpost sau un centru de zi
relay-other = Altă persoană
form-voicemail-ok = Mi se poate lăsa un mesaj vocal
form-sms-ok = Mi se poate trimite un SMS
form-interpreter = Am nevoie de un interpret

## Trimiterea cererilor dumneavoastră (când telefonul are semnal)
sync-news = Sunt noutăți despre cererea dumneavoastră. Vedeți pe cine sunați.
sync-waiting-network = Deocamdată nu este semnal. Cererea dumneavoastră va pleca singură. Puteți suna și la CMP.
sync-pending = Cererea dumneavoastră așteaptă să plece. Va pleca singură. Puteți suna și la CMP.
sync-nothing-new = Deocamdată nu este nimic nou.
sync-failed = Trimiterea nu a putut începe. Încercați din nou mai târziu sau sunați la CMP.

## Întrebări înainte să aflați pe cine sunați
situation-title = Câteva întrebări
situation-intro = Răspundeți dacă vreți. Fiecare răspuns ajută la găsirea centrului potrivit. Dacă nu răspundeți, vă arătăm totuși persoane pe care le puteți suna.
situation-place-question = Unde locuiți?
place-kind-address = Am o adresă
place-kind-no-fixed-address = Nu am o adresă fixă
place-kind-unknown = Nu vreau să spun
field-commune = Localitatea sau codul poștal
field-commune-hint = De exemplu: Villerelais sau 96300.
field-street = Strada și numărul (opțional)
field-street-hint = Doar în orașele mari: centrul depinde de stradă.
field-lived-here = Localitatea în care locuiți de 3 luni sau mai mult
field-lived-here-hint = Puteți să nu răspundeți.
field-domiciliation = Localitatea unde primiți corespondența (domiciliation: adresa dumneavoastră pentru scrisori)
field-domiciliation-hint = Dacă primiți corespondența la un CCAS sau la o asociație.
field-sleeps-in = Localitatea în care dormiți sau primiți sprijin
field-sleeps-in-hint = De exemplu: adăpostul, centrul de zi.
situation-next = Vedeți pe cine sunați

## Formularul: telefonul
form-phone-owner-question = Al cui este acest telefon?
phone-owner-mine = Este telefonul meu

## Cererile mele
requests-empty = Nu aveți încă nicio cerere pe acest telefon.
requests-open = Vedeți
requests-open-a11y = Vedeți cererea din { $date } trimisă la { $structure }

## Butoane
action-refresh = Verificați dacă sunt noutăți
action-cancel = Nu, reveniți
action-back = Înapoi
action-listen = Ascultați
action-home = Acasă
erase-confirm = Da, ștergeți tot

## Când ceva nu merge bine
problem-title = O problemă
consent-done-accepted = Vă mulțumim. Acordul dumneavoastră a fost înregistrat. Cererea dumneavoastră poate fi trimisă la { $structure }. Vă puteți retrage acordul oricând.
consent-done-refused = Ați spus nu. Nu se trimite nimic. Puteți totuși să sunați chiar dumneavoastră la { $structure }.
error-storage-full = Telefonul nu mai are spațiu. Ștergeți câteva fotografii sau aplicații, apoi încercați din nou. Puteți suna și direct la CMP.
error-storage-too-new = Această aplicație este prea veche pentru datele dumneavoastră. Actualizați aplicația. Până atunci, sunați direct la CMP.
error-storage-busy = Telefonul este ocupat. Încercați din nou peste puțin timp. Puteți suna și direct la CMP.
error-storage-locked = Datele dumneavoastră sunt protejate și nu se deschid. Reporniți telefonul, apoi încercați din nou. Puteți suna și direct la CMP.
error-storage-damaged = Datele aplicației sunt deteriorate. Puteți șterge tot din setări. Pentru cererea dumneavoastră, sunați direct la CMP.
error-storage = Aplicația nu reușește să salveze. Încercați din nou. Puteți suna și direct la CMP.
error-not-found = Această cerere nu mai este pe acest telefon. Ca să aflați în ce stadiu este, sunați la CMP.
error-appointment-passed = Programarea a trecut deja. Ca să vorbiți despre asta, sunați la CMP.
error-not-possible = Acest lucru nu mai este posibil pentru această cerere. Ca să vorbiți despre asta, sunați la CMP.
error-sms = Cererea nu încape într-un SMS. Sunați direct la CMP.
error-referral = Această trimitere nu este completă. Rugați persoana care vă însoțește să o facă din nou.
error-internal = A apărut o problemă în aplicație. Sunați direct la CMP. Dacă nu vă simțiți bine, sunați la 3114.

## Notificări (text neutru: ecranul unui telefon poate fi văzut de alții)
notif-news-title = Relais
notif-news-body = Sunt noutăți. Deschideți aplicația.

## Copia dumneavoastră a trimiterii (pe telefon sau tipărită)
copy-title = Copia dumneavoastră a trimiterii
copy-who = În ziua de { $date }, { $worker } ({ $organisation }) a trimis cererea dumneavoastră la { $structure }, cu acordul dumneavoastră.
copy-what = Ce s-a trimis:
copy-until = Acordul dumneavoastră este valabil până la { $date }. Îl puteți retrage și mai devreme.
copy-revoked = V-ați retras acordul în ziua de { $date }. CMP-ul a șters ce fusese trimis.
copy-code = Codul dumneavoastră: { $code }. Păstrați-l: cu acest cod puteți vedea din nou această copie și vă puteți retrage acordul.
copy-code-label = Codul dumneavoastră (păstrați-l):
copy-call = Pentru orice întrebare: sunați la { $structure }, la numărul { $phone }.
copy-keep = Păstrați această foaie. Cu acest cod vă puteți retrage acordul oricând vreți: în aplicație sau sunând la CMP.

## Trimiterea unei persoane (pentru profesioniști: asistenți sociali, centre de zi, asociații)
settings-professional = Pentru profesioniști
home-refer = Trimiteți o persoană la un CMP
home-referrals = Trimiteri făcute pe acest telefon
situation-intro-professional = Răspundeți în locul persoanei pe care o însoțiți, împreună cu ea. Fiecare răspuns ajută la găsirea centrului potrivit.
orientation-refer = Pregătiți trimiterea la { $structure }
referral-title = Trimitere
referral-intro = Completați împreună cu persoana. Ea alege ce se trimite. Apoi își citește acordul și răspunde singură.
field-professional-name = Numele dumneavoastră
field-professional-name-hint = CMP-ul vă poate suna.
field-professional-organisation = Organizația dumneavoastră
field-professional-organisation-hint = De exemplu: CCAS de Villerelais, centru de zi.
field-professional-role = Funcția dumneavoastră
field-professional-role-hint = De exemplu: asistentă socială, educator.
field-professional-phone = Telefonul dumneavoastră
field-professional-phone-hint = Numărul la care vă poate contacta CMP-ul.
field-why = De ce această trimitere
field-why-hint = În câteva cuvinte simple. Persoana va citi acest text.
field-note = Mesajul persoanei (opțional)
field-note-hint = Doar dacă persoana vrea să îl trimită.
referral-months = Număr de luni: { $months }
referral-share-question = Ce acceptă persoana să trimită la CMP:
referral-next = Arătați acordul persoanei
referral-field-missing = Completați acest câmp.
referral-field-invalid = Un câmp nu este corect. Verificați ce ați scris.
informed-question = Cum a aflat persoana ce scrie în acord:
informed-read = Persoana l-a citit pe ecran
informed-aloud = I l-am citit cu voce tare
informed-interpreter = Cu un interpret
informed-printed = Pe foaia tipărită
referral-waiting = Așteaptă semnal: trimiterea va pleca singură. Puteți suna și la { $structure }, la numărul { $phone }.
referral-not-delivered = Trimiterea nu a putut pleca. Sunați la { $structure }, la numărul { $phone }.
referral-revoked = Acord retras. CMP-ul a șters ce fusese trimis.
referral-revoked-pending = Acord retras. CMP-ul va fi anunțat imediat ce este semnal. Puteți suna și la { $structure }, la numărul { $phone }.
referral-print = Tipăriți copia persoanei
referral-revoke = Persoana își retrage acordul
referrals-empty = Nu s-a făcut nicio trimitere pe acest telefon.
