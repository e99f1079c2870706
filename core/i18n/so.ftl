# Relais — Somali. Machine-assisted translation, NOT yet reviewed by a native speaker.
# reviewed: no

## Doorka dadka ka jawaabaya
role-secretariat = Xafiiska ballamaha
role-reception = Soo dhaweyn habeen iyo maalin
role-intake-nurse = Kalkaaliye ama kalkaaliso soo dhaweynta
role-clinician = Shaqaale caafimaad
role-outreach-team = Koox guurguurta
role-social-worker = Shaqaale bulsho
role-listener = Dhegeyste
role-emergency-operator = Adeegga degdegga ah
role-social-emergency = Samu social (gargaar bulsho)

## Lambarrada degdegga ah (had iyo jeer waa muuqdaan, xitaa internet la'aan)
crisis-bar-title = Ma u baahan tahay caawimaad hadda?
crisis-3114-name = 3114 – Ka hortagga isdilka
crisis-3114-purpose = Waxaad ka fikiraysaa inaad is disho, ama waxaad ka welwelsan tahay qof kale. Shaqaale caafimaad ayaa kuu dhegeysanaya, habeen iyo maalin. Waa bilaash.
crisis-15-name = 15 – SAMU (ambalaaska)
crisis-15-purpose = Xaalad caafimaad oo degdeg ah: nolol ayaa khatar ku jirta.
crisis-112-name = 112 – Degdeg
crisis-112-purpose = Xaalad degdeg ah. Waxaad ka wici kartaa telefoon kasta, Faransiiska iyo Yurub.
crisis-114-name = 114 – Degdeg, SMS ahaan
crisis-114-purpose = Ma hadli kartid ama ma maqli kartid: SMS u dir 114.
crisis-115-name = 115 – Hoy degdeg ah
crisis-115-purpose = Caawa meel aad seexato ma haysid.

## Jihaynta: sababta aan kuugu soo jeedinayno inaad qofkan wacdo
orient-sector-address = Magaaladaada: { $commune }. CMP-ga (xarun bilaash ah oo caafimaadka maskaxda) ee cinwaankaaga: { $structure }. Wac xafiiska si aad u codsato ballanta koowaad.
orient-sector-street = Waddadaada: { $street }, { $commune }. CMP-ga (xarun bilaash ah oo caafimaadka maskaxda) ee waddadan: { $structure }. Wac xafiiska si aad u codsato ballanta koowaad.
orient-sector-residence = Waxaad 3 bilood ama ka badan ku nooshahay magaaladan: { $commune }. CMP-ga ku qaabilaya: { $structure }. Uma baahnid cinwaan joogto ah.
orient-sector-domiciliation = Magaalada cinwaankaaga boostada (domiciliation): { $commune }. CMP-ga ku qaabilaya: { $structure }. Uma baahnid cinwaan joogto ah.
orient-sector-life = Waxaad ku seexataa ama taageero ka heshaa magaaladan: { $commune }. CMP-ga ku qaabili kara: { $structure }. U sheeg halka aad ku nooshahay.
orient-child = Ilmo ama qof dhallinyaro ah: { $structure }. Waalid ama mas'uul ayaa wacaya si ballan loo codsado.
orient-young-adult-child-team = Dhallinyarada 16 iyo 17 jirka ah: { $structure } ayaa ku qaabili kara.
orient-unknown-age-child = Haddii ay u tahay ilmo ka yar 16 sano, waxaa fiican inaad wacdo { $structure }.
orient-cmpp = Fursad kale oo loogu talagalay dadka ka yar 20 sano: { $structure }. Xaruntu waxay qaabishaa dadka iyadoon loo eegin cinwaankooda.
orient-empp = { $structure }: kooxdani waxay u tagtaa dadka aan guri lahayn: waddada, hoyga iyo xarunta maalinta.
orient-reception = { $structure }: waxay ku jawaabaan habeen iyo maalin. Wac haddii aadan sugi karin, ama haddii aan qofna kaa jawaabin.
orient-reception-decides = { $structure }: waxay ku jawaabaan habeen iyo maalin. Qof ayaa kuu sheegi doona CMP-ga ku qaabilaya.
orient-last-resort = 3114 wuxuu jawaabaa habeen iyo maalin, waana bilaash. Wac haddii aadan fiicnayn, ama haddii aan qof kale kaa jawaabin.

## Jihaynta: marka aannaan keligeen go'aan gaari karin
orient-problem-unknown-commune = Magaaladan ma aannu helin: "{ $place }". Qof ayaa ku caawin doona inaad hesho CMP-ga saxda ah.
orient-problem-out-of-area = Magaaladan kuma jirto qaybaha liiska xarumaha: { $commune }. Qof ayaa ku caawin doona inaad hesho CMP-ga saxda ah.
orient-problem-needs-street = Magaaladan waxaa ku yaal dhowr CMP: { $commune }. CMP-ga saxda ahi wuxuu ku xiran yahay waddada. Qof ayaa ku caawin doona.
orient-problem-needs-arrondissement = Magaaladan waxay u qaybsan tahay degmooyin (arrondissements): { $commune }. CMP-ga saxda ahi wuxuu ku xiran yahay degmada: qor koodhka boostada (tusaale ahaan 75013) ama waddada. Qof ayaa sidoo kale ku caawin kara.
orient-problem-unknown-street = Waddadan ma aannu helin: "{ $street }", { $commune }. Qof ayaa ku caawin doona inaad hesho CMP-ga saxda ah.
orient-problem-several-sectors = Koodhka boostada { $postcode } wuxuu daboolaa dhowr qaybood. Wac mid ka mid ah CMP-yadan: waxay kuu sheegi doonaan midka ku qaabilaya.
orient-problem-no-place = Meel ma aadan sheegin. Dhib ma leh: qof ayaa ku caawin doona.
orient-problem-no-structure = Ma naqaanno CMP-ga qaybtan. Qof ayaa ku caawin doona.
orient-problem-directory-unavailable = Liiska xarumaha laguma heli karo telefoonkan. Qof ayaa ku caawin doona.
orient-problem-directory-empty = Liiska xarumaha ee telefoonkan waa madhan yahay. Qof ayaa ku caawin doona.

## Xusuusin ku saabsan xiriirka
note-interpreter = Codso turjubaan. Waa xuquuqdaada, waana bilaash.
note-speaks-your-language = Halkaas waxaa looga hadlaa luqaddaada.
note-minor = Haddii uu yahay qof aan qaan-gaarin, waalid ama mas'uul ayaa wacaya.
note-demo = Xog tijaabo ah: lambarradan maaha kuwo dhab ah.

## Saacadaha
status-always-open = Waa furan yahay habeen iyo maalin
status-open-until = Hadda waa furan yahay, ilaa { $time }
status-closed-until = Hadda waa xiran yahay. Wuxuu furmayaa: { $when }
status-closed-for-long = Waqtigan waa xiran yahay
status-unknown = Saacadaha lama yaqaan: wac si aad u hubiso
hours-always = Habeen iyo maalin, maalin kasta.
hours-days-range = { $first } ilaa { $last }
hours-day-one = { $day }
hours-line = { $days }: { $spans }
hours-span = { $start } – { $end }
hours-closed-holidays = Waa xiran yahay maalmaha fasaxa.
hours-holidays = Maalmaha fasaxa: { $spans }
hours-closed = Waa xiran yahay.

## Taariikhaha iyo saacadaha
time-hm = { $h }:{ $m }
time-h = { $h }:00
day-date = { $weekday }, { $day } { $month }
when-day-time = { $day }, saacadda { $time }
weekday-0 = Isniin
weekday-1 = Talaado
weekday-2 = Arbaco
weekday-3 = Khamiis
weekday-4 = Jimco
weekday-5 = Sabti
weekday-6 = Axad
month-1 = Janaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = Maayo
month-6 = Juun
month-7 = Luulyo
month-8 = Agosto
month-9 = Sebtembar
month-10 = Oktoobar
month-11 = Noofeembar
month-12 = Diseembar

## Foomka codsiga: waxa khaldan, iyo waxa la sameeyo
form-name-missing = Qor magacaaga koowaad ama naanays. CMP-gu magacan ayuu kugu yeeri doonaa marka uu ku soo waco.
form-name-too-long = Qor magac ama naanays ka gaaban (ugu badnaan 24 xaraf).
form-phone-missing = Qor lambar telefoon oo laguu soo wici karo. Haddii aadan telefoon lahayn, bixi lambarka qof ku caawiya.
form-phone-short-number = Lambarkani waa lambar gaaban. Qor lambar dib laguugu soo wici karo.
form-phone-wrong-length = Lambarka Faransiiska wuxuu leeyahay 10 tiro. Lambarkani wuxuu leeyahay { $digits } tiro. Hubi lambarka.
form-phone-bad-prefix = Lambarkani ma jiri karo: 0-da koowaad kadib, weligeed 0 kale ma timaado. Hubi lambarka.
form-phone-missing-zero = 0-da bilowga ayaa ka maqan. Qor 0, kadibna 9-ka tiro.
form-phone-character = Lambarka telefoonku wuxuu leeyahay tiro oo keliya. Ka saar "{ $character }".
form-phone-international = Lambarka dibadda wuxuu ku bilaabmaa + wuxuuna leeyahay 8 ilaa 15 tiro. Hubi lambarka.
form-phone-service = Lambarkani wuxuu ku bilaabmaa 08: waa lambar adeeg, dib laguuguma soo wici karo. Bixi lambarkaaga, ama lambarka qof ku caawiya.
form-relay-name-missing = Qor magaca qofka ama meesha ka jawaabi doonta (tusaale: Mme Roux, CCAS).
form-relay-name-too-long = Qor magac ka gaaban (ugu badnaan 24 xaraf).
form-call-windows-invalid = Dooro ilaa 3 waqti oo laguu soo wici karo.
form-language-invalid = Luqad ka dooro liiska.
form-languages-too-many = Dooro ugu badnaan 3 luqadood.
form-age-missing = Sheeg da'da qofka: ilmo, dhallinyaro ama qof weyn. Tani waxay naga caawinaysaa inaan dooranno xarunta saxda ah.
form-place-too-long = Magaca meeshu aad buu u dheer yahay. Qor oo keliya magaalada ama koodhka boostada.
form-message-too-long = Fariintaadu aad bay u dheer tahay (ugu badnaan 500 xaraf). Wax walba waad ku sheegi kartaa telefoonka.

## Cidda aad wacayso, marxalad kasta oo codsiga ah
who-draft = Codsigaaga weli lama dirin. Sidoo kale waad wici kartaa { $structure }.
who-queued = Codsigaagu wuu bixi doonaa marka telefoonku shabakad helo. Sidoo kale hadda waad wici kartaa { $structure }.
who-received = { $structure }: codsigaaga waa la helay. Qof ayaa ku soo wici doona. Adiguna waad wici kartaa.
who-contacting = { $structure }: waxaa la isku dayay in lagu soo waco. Dib u wac haddii aad kartid.
who-contacting-named = Qofkan ayaa haya codsigaaga. Dib u wac haddii aad kartid.
who-confirmed = Ballantaada waa la xaqiijiyay. Si aad u beddesho ama u joojiso, wac qofkan.
who-redirected = CMP-gu wuxuu kuu dirayaa meel kale. Wac qofkan.
who-closed-withdrawn = Codsigaaga waad ka noqotay. Haddii aad fikradda beddesho, wac { $structure }.
who-closed-unreachable = CMP-gu wuu ku heli waayay. Adigu wac { $structure }.
who-closed-not-delivered = Codsigaaga lama diri karin. Wac { $structure }: sidaas ayaa ka ammaan badan.
who-closed-other = CMP-gu wuu xiray codsigaaga. Wac { $structure } si aad u ogaato waxa aad samayso.

## Kalandarka (qoraal dhexdhexaad ah: kalandarka dad kale ayaa arki kara)
calendar-title = Ballan
calendar-description = Qofka aad la kulmayso: { $name }. Si aad u beddesho ama u joojiso, wac { $phone }.

## Soo saarista xogtaada
export-title = Waxa telefoonkani kaa hayo
export-intro = Faylkan waxaa ku jira wax kasta oo app-ka Relais uu ku hayo telefoonkan. Waad hayn kartaa, tusi kartaa ama tirtiri kartaa.
export-none = Codsi ma jiro.
export-request = Codsiga taariikhda { $date }
export-name = Magaca koowaad ama naanaysta: { $value }
export-phone = Telefoonka lagugu heli karo: { $value }
export-relay = Iyadoo loo marayo: { $value }
export-state = Xaaladda codsiga: { $value }
export-to = Loo diray: { $value }
export-message = Fariintaada: { $value }
export-history = Taariikhda:
export-consent-revoked = Oggolaanshaha waa laga noqday
export-settings = Dejinta:

## SMS (qoraal dhexdhexaad ah: telefoonka waa la wadaagi karaa)
sms-ack = Codsigaagu wuu soo gaaray. Xafiisku wuu ku soo wici doonaa. Xaalad degdeg ah: 15 ama 112.
sms-unreadable = Fariintaada ma aannu akhrin karin. Qof ayaa ku soo wici doona.
sms-confirmation = Ballan: { $when }, { $place }. Si aad u beddesho ama u joojiso: { $phone }.
sms-confirmation-waiting = Waxaad ku jirtaa liiska sugitaanka. Waa lagu soo wici doonaa si laguu siiyo taariikh. Su'aalo: { $phone }.
sms-change = Ballantaada waa la beddelay. Ballanta cusub: { $when }, { $place }. Si aad u beddesho ama u joojiso: { $phone }.
sms-reminder = Xusuusin: ballan { $when }, { $place }. Si aad u beddesho ama u joojiso: { $phone }. Haddii aadan rabin xusuusin kale, ku jawaab STOP.
sms-with-sender = { $sender }: { $text }
sms-code = Koodhkaaga: { $code }. Sheeg marka aad wacdo.

## Ogeysiis telefoonka (qoraal dhexdhexaad ah: dad kale ayaa arki kara shaashadda)
notif-reminder-title = Ballan
notif-reminder-body = { $when }, { $place }. Si aad u beddesho ama u joojiso: { $phone }.

## Oggolaanshahaaga: shaqaale bulsho ayaa codsigaaga diraya
consent-title = Oggolaanshahaaga ka hor inta aan codsigaaga la dirin
consent-who = { $worker } ({ $organisation }): waxaa la doonayaa in codsigaaga loo diro { $structure }.
consent-why = Sababta: { $why }
consent-what = Waxa la diri doono:
consent-share-name = magacaaga koowaad ama naanaystaada
consent-share-phone = lambarka telefoonkaaga
consent-share-note = fariin gaaban oo aad oggoshahay in la diro
consent-share-relay = magaca iyo telefoonka { $worker } ({ $phone }), si CMP-gu u wici karo
consent-outcome = { $worker } wuu ogaan doonaa haddii CMP-gu ku siiyo ballan, iyo qofka aad la kulmi doonto.
consent-share-call-windows = goorta laguu soo wici karo
consent-share-languages = luqadahaaga, iyo haddii aad u baahan tahay turjubaan
consent-share-age-place = da'daada iyo magaalada aad ku nooshahay
consent-not-shared = Wax kale lama dirayo. Lambarka caymiska caafimaadka (sécurité sociale) lama dirayo. Ogaanshaha cudurka (diagnosis) lama dirayo.
consent-how = Codsiga si qarsoodi ah ayaa loo diraa. Kooxda CMP oo keliya ayaa akhrin karta codsigaaga. CMP-gu wuxuu tirtiraa 90 maalmood kadib ballanta.
consent-until = Oggolaanshahaagu wuxuu socdaa ilaa { $date }.
consent-revoke = Hadda waad diidi kartaa. Waxaad sidoo kale goor dambe ka noqon kartaa oggolaanshahaaga, app-ka gudihiisa ama adigoo wacaya CMP-ga.
consent-accept = Waan oggolahay
consent-refuse = Waan diidayaa

## Shaashadaha
home-title = Relais
home-subtitle = Hel xarunta saxda ah si aad uga hadasho waxa ku dhibaya, iyo qof aad wacdo.
home-ask = Codso ballan
home-requests = Codsiyadayda
home-settings = Dejinta
orientation-title = Cidda aad wacayso
orientation-ask = Ballan ka codso { $structure }
orientation-no-desk = { $structure }: weli kama helaan codsiyada app-ka. Wac { $phone }: qof ayaa kaa jawaabi doona.
form-title = Codso ballanta koowaad
form-intro = CMP-ga (xarun bilaash ah oo caafimaadka maskaxda) ayaa ku soo wici doona. Adiguna waad wici kartaa goor kasta.
form-submit = Dir codsiga
field-name = Magaca koowaad ama naanays
field-name-hint = Magaca CMP-gu kugu yeeri doono telefoonka.
field-phone = Telefoon
field-phone-hint = Lambarkaaga, ama lambarka qof ku caawiya.
field-relay-name = Magaca qofka ama meesha ka jawaabi doonta
field-relay-name-hint = Oo keliya haddii aanu ahayn telefoonkaaga.
field-call-windows = Goorma laguu soo wici karaa
field-call-windows-hint = Ilaa 3 waqti.
field-languages = Luqadahaaga
field-languages-hint = Waad codsan kartaa turjubaan.
field-age = Da'da qofka
field-age-hint = Ilmo, dhallinyaro ama qof weyn.
commune-choice-old-name = { $commune } (magacii hore: { $old })
field-message = Fariin (ikhtiyaari)
field-message-hint = Waxa aad rabto inaad u sheegto CMP-ga. Qasab ma aha.
status-title = Codsigayga
state-draft = Weli lama dirin
state-queued = Wuxuu sugayaa shabakad: iskiis ayuu u bixi doonaa
state-sent-by-sms = Waxaa lagu diray SMS
state-received = CMP-ga ayaa helay
state-contacting = CMP-ga ayaa isku dayaya inuu ku soo waco
state-confirmed = Ballanta waa la xaqiijiyay
state-waiting-list = Wuxuu ku jiraa liiska sugitaanka
state-redirected = Waxaa loo diray meel kale
state-closed = Codsiga waa la xiray
history-line = { $when }: { $state }
appointment-nurse-intake = Kulanka koowaad oo lala yeesho kalkaaliye ama kalkaaliso
appointment-medical = Ballan lala yeesho dhakhtarka maskaxda (psychiatre) ama khabiirka cilmi-nafsiga (psychologue)
appointment-waiting-list = Liiska sugitaanka: waa lagu soo wici doonaa si laguu siiyo taariikh
action-call = Wac
action-call-a11y = Wac { $who }, { $structure }, lambarka { $phone }
action-sms = Dir SMS
action-sms-a11y = SMS u dir { $who }
action-map = Ka eeg khariidadda
action-withdraw = Ka noqo codsigayga
action-calendar = Ku dar kalandarkayga
action-sms-fallback = Codsiga ku dir SMS
settings-title = Dejinta
settings-export = Soo deji xogtayda
settings-erase = Tirtir wax walba
settings-erase-warning = Wax kasta oo app-ku ku hayo telefoonkan waa la tirtiri doonaa: codsiyadaada iyo dejintaada. CMP-gu wuxuu hayaa waxa aad horay ugu dirtay; si loo tirtiro, wac CMP-ga.

## Foomka: doorashooyinka
age-under12 = Ilmo ka yar 12 sano
age-12-15 = Qof dhallinyaro ah oo 12 ilaa 15 jir ah
age-16-17 = Qof dhallinyaro ah oo 16 ama 17 jir ah
age-18-20 = Qof 18 ilaa 20 jir ah
age-21 = Qof 21 jir ah ama ka weyn
age-unknown = Ma rabo inaan sheego
window-morning = Subaxa (9:00–12:00), Isniin ilaa Jimco
window-midday = Duhurka (12:00–14:00), Isniin ilaa Jimco
window-afternoon = Galabta (14:00–17:00), Isniin ilaa Jimco
window-evening = Dhammaadka maalinta (17:00–19:00), Isniin ilaa Jimco
relay-social-worker = Shaqaale bulsho
relay-shelter = Hoy ama xarun maalineed
relay-other = Qof kale
form-voicemail-ok = Fariin cod ah ayaa la ii dhaafi karaa
form-sms-ok = SMS ayaa la ii soo diri karaa
form-interpreter = Waxaan u baahanahay turjubaan

## Dirista codsiyadaada (marka telefoonku shabakad leeyahay)
sync-news = Waxaa jira war cusub oo ku saabsan codsigaaga. Eeg cidda aad wacayso.
sync-waiting-network = Hadda shabakad ma jirto. Codsigaagu iskiis ayuu u bixi doonaa. Sidoo kale waad wici kartaa CMP-ga.
sync-pending = Codsigaagu wuxuu sugayaa inuu baxo. Iskiis ayuu u bixi doonaa. Sidoo kale waad wici kartaa CMP-ga.
sync-nothing-new = Hadda wax cusub ma jiraan.
sync-failed = Diristu ma bilaabmin. Mar kale isku day goor dambe, ama wac CMP-ga.

## Su'aalaha ka hor inta aadan ogaan cidda aad wacayso
situation-title = Dhowr su'aalood
situation-intro = Ka jawaab haddii aad rabto. Jawaab kastaa waxay naga caawinaysaa inaan helno xarunta saxda ah. Haddii aadan ka jawaabin, weli waxaan ku siin doonnaa dad aad wacdo.
situation-place-question = Xagee ku nooshahay?
place-kind-address = Cinwaan waan leeyahay
place-kind-no-fixed-address = Cinwaan joogto ah ma lihi
place-kind-unknown = Ma rabo inaan sheego
field-commune = Magaalada ama koodhka boostada
field-commune-hint = Tusaale ahaan: Villerelais, ama 96300.
field-street = Waddada iyo lambarka guriga (ikhtiyaari)
field-street-hint = Magaalooyinka waaweyn oo keliya: xaruntu waxay ku xiran tahay waddada.
field-lived-here = Magaalada aad ku nooshahay 3 bilood ama ka badan
field-lived-here-hint = Looma baahna inaad ka jawaabto.
field-domiciliation = Magaalada cinwaankaaga boostada (domiciliation): cinwaanka warqadahaagu yimaadaan
field-domiciliation-hint = Haddii aad cinwaan boosto (domiciliation) ku leedahay CCAS ama urur.
field-sleeps-in = Magaalada aad ku seexato, ama aad taageero ka hesho
field-sleeps-in-hint = Tusaale ahaan: hoyga, xarunta maalinta.
situation-next = Eeg cidda aad wacayso

## Foomka: telefoonka
form-phone-owner-question = Telefoonkan yaa leh?
phone-owner-mine = Waa telefoonkayga

## Codsiyadayda
requests-empty = Weli codsi kuma lihid telefoonkan.
requests-open = Eeg
requests-open-a11y = Eeg codsiga { $date } ee loo diray { $structure }

## Badhamada
action-refresh = Eeg haddii ay jiraan wax cusub
action-cancel = Maya, dib u noqo
action-back = Dib u noqo
action-listen = Dhegeyso
action-home = Bogga hore
erase-confirm = Haa, tirtir wax walba

## Marka ay wax khaldamaan
problem-title = Dhibaato
consent-done-accepted = Mahadsanid. Oggolaanshahaaga waa la qoray. Codsigaaga waxaa loo diri karaa { $structure }. Waad ka noqon kartaa oggolaanshahaaga goor kasta oo aad rabto.
consent-done-refused = Waad diiday. Waxba lama dirin. Weli adigu waad wici kartaa { $structure }.
error-storage-full = Telefoonka meel bannaan kuma harin. Tirtir sawirro ama app-yo, kadibna mar kale isku day. Sidoo kale waad si toos ah u wici kartaa CMP-ga.
error-storage-too-new = App-kani aad buu ugu duugoobay xogtaada. Cusboonaysii app-ka. Inta aad sugayso, si toos ah u wac CMP-ga.
error-storage-busy = Telefoonku wuu mashquulsan yahay. Mar kale isku day wax yar kadib. Sidoo kale waad si toos ah u wici kartaa CMP-ga.
error-storage-locked = Xogtaadu waa ilaalsan tahay mana furmayso. Dami oo dib u shid telefoonka, kadibna mar kale isku day. Sidoo kale waad si toos ah u wici kartaa CMP-ga.
error-storage-damaged = Xogta app-ka way xumaatay. Wax walba waad ka tirtiri kartaa Dejinta. Codsigaaga awgiis, si toos ah u wac CMP-ga.
error-storage = App-ku wax ma kaydin karo. Mar kale isku day. Sidoo kale waad si toos ah u wici kartaa CMP-ga.
error-not-found = Codsigani hadda kuma jiro telefoonkan. Si aad u ogaato xaaladdiisa, wac CMP-ga.
error-appointment-passed = Ballantu way dhaaftay. Si aad uga hadasho, wac CMP-ga.
error-not-possible = Tan hadda suurtagal uma aha codsigan. Si aad uga hadasho, wac CMP-ga.
error-sms = Codsigu kuma filna hal SMS. Si toos ah u wac CMP-ga.
error-referral = Jihayntani ma dhammaystirna. Weydii qofka ku caawinaya inuu mar kale sameeyo.
error-internal = Dhibaato ayaa ka dhacday app-ka. Si toos ah u wac CMP-ga. Haddii aadan fiicnayn, wac 3114.

## Ogeysiisyada (qoraal dhexdhexaad ah: shaashadda telefoonka dad kale ayaa arki kara)
notif-news-title = Relais
notif-news-body = Wax cusub ayaa jira. Fur app-ka.

## Nuqulkaaga jihaynta (telefoonka, ama warqad la daabacay)
copy-title = Nuqulkaaga jihaynta
copy-who = Taariikhda { $date }, { $worker } ({ $organisation }) wuxuu codsigaaga u diray { $structure }, adigoo oggol.
copy-what = Waxa la diray:
copy-until = Oggolaanshahaagu wuxuu socdaa ilaa { $date }. Waad ka noqon kartaa taariikhdaas ka hor.
copy-revoked = Waxaad ka noqotay oggolaanshahaaga taariikhda { $date }. CMP-gu wuu tirtiray waxii la diray.
copy-code = Koodhkaaga: { $code }. Hayso: koodhkan waxaad ku arki kartaa nuqulkan mar kale, waxaadna kaga noqon kartaa oggolaanshahaaga.
copy-code-label = Koodhkaaga (hayso):
copy-call = Haddii aad su'aal qabto: wac { $structure }, lambarka { $phone }.
copy-keep = Hayso warqaddan. Koodhka waxaad kaga noqon kartaa oggolaanshahaaga goor kasta oo aad rabto: app-ka gudihiisa, ama adigoo wacaya CMP-ga.

## Jihaynta qof (xirfadlayaasha: shaqaalaha bulshada, xarumaha maalinta, ururada)
settings-professional = Loogu talagalay xirfadlayaasha
home-refer = Qof u jihee CMP
home-referrals = Jihaynta lagu sameeyay telefoonkan
situation-intro-professional = Uga jawaab qofka aad caawinayso, adiga iyo isaga oo wada jira. Jawaab kastaa waxay naga caawinaysaa inaan helno xarunta saxda ah.
orientation-refer = Diyaari jihaynta loo dirayo { $structure }
referral-title = Jihayn
referral-intro = Buuxi adiga iyo qofka oo wada jira. Qofka ayaa doorta waxa la diro. Kadib, qofku wuxuu akhriyaa oggolaanshaha, isagaana ka jawaaba.
field-professional-name = Magacaaga
field-professional-name-hint = CMP-gu wuu ku soo wici karaa.
field-professional-organisation = Hay'addaada
field-professional-organisation-hint = Tusaale ahaan: CCAS de Villerelais, xarun maalineed.
field-professional-role = Shaqadaada
field-professional-role-hint = Tusaale ahaan: shaqaale bulsho, barbaariye.
field-professional-phone = Telefoonkaaga
field-professional-phone-hint = Lambarka CMP-gu kugu heli karo.
field-why = Sababta jihayntan
field-why-hint = Ereyo kooban oo fudud. Qofka ayaa akhrin doona.
field-note = Fariinta qofka (ikhtiyaari)
field-note-hint = Oo keliya haddii qofku rabo inuu diro.
referral-months = Tirada bilaha: { $months }
referral-share-question = Waxa qofku oggol yahay in loo diro CMP-ga:
referral-next = Tus qofka oggolaanshaha
referral-field-missing = Buuxi meeshan.
referral-field-invalid = Meel ayaa khaldan. Hubi waxa aad qortay.
informed-question = Sida qofku u ogaaday waxa oggolaanshuhu sheegayo:
informed-read = Qofka ayaa ka akhriyay shaashadda
informed-aloud = Anigaa cod dheer ugu akhriyay
informed-interpreter = Turjubaan ayaa caawiyay
informed-printed = Warqadda la daabacay
referral-waiting = Wuxuu sugayaa shabakad: jihayntu iskeed ayay u bixi doontaa. Sidoo kale waad wici kartaa { $structure }, lambarka { $phone }.
referral-not-delivered = Jihaynta lama diri karin. Wac { $structure }, lambarka { $phone }.
referral-revoked = Oggolaanshaha waa laga noqday. CMP-gu wuu tirtiray waxii la diray.
referral-revoked-pending = Oggolaanshaha waa laga noqday. CMP-ga waa loo sheegi doonaa marka shabakad timaado. Sidoo kale waad wici kartaa { $structure }, lambarka { $phone }.
referral-print = Daabac nuqulka qofka
referral-revoke = Qofku wuxuu ka noqonayaa oggolaanshihiisa
referrals-empty = Telefoonkan jihayn laguma samayn.
