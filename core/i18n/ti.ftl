# Relais — Tigrinya. Machine-assisted translation, NOT yet reviewed by a native speaker.
# reviewed: no

## ግደ እቶም ዝምልሱ ሰባት
role-secretariat = ቤት ጽሕፈት
role-reception = ምቕባል ለይትን መዓልትን
role-intake-nurse = ናይ ምቕባል ነርስ
role-clinician = ሰራሕተኛ ጥዕና
role-outreach-team = ተንቀሳቓሲ ጉጅለ
role-social-worker = ማሕበራዊ ሰራሕተኛ
role-listener = ሰማዒ
role-emergency-operator = ኣገልግሎት ህጹጽ ረድኤት
role-social-emergency = Samu social (ማሕበራዊ ረድኤት)

## ቁጽሪ ህጹጽ ረድኤት (ኩሉ ግዜ ይርኣዩ፣ ብዘይ ኢንተርነት እውን)
crisis-bar-title = ሕጂ ሓገዝ የድልየኩም ድዩ?
crisis-3114-name = 3114 – ምክልኻል ነፍሰ-ቅትለት
crisis-3114-purpose = ነፍስኹም ናይ ምቕታል ሓሳብ ኣለኩም፣ ወይ ብዛዕባ ሓደ ሰብ ትሻቐሉ ኣለኹም። ሰራሕተኛ ጥዕና ለይትን መዓልትን ይሰምዓኩም። ብነጻ እዩ።
crisis-15-name = 15 – SAMU (ኣምቡላንስ)
crisis-15-purpose = ህጹጽ ሕክምና: ሕይወት ኣብ ሓደጋ ኣላ።
crisis-112-name = 112 – ህጹጽ ረድኤት
crisis-112-purpose = ህጹጽ ኩነታት፣ ካብ ዝኾነ ተሌፎን፣ ኣብ ፈረንሳን ኣብ ኤውሮጳን።
crisis-114-name = 114 – ህጹጽ ረድኤት ብSMS
crisis-114-purpose = ክትዛረቡ ወይ ክትሰምዑ ኣይትኽእሉን: ናብ 114 SMS ስደዱ።
crisis-115-name = 115 – ህጹጽ መሕደሪ
crisis-115-purpose = ሎሚ ለይቲ እትድቅሱሉ ቦታ የብልኩምን።

## ምምራሕ: ስለምንታይ ናብዚ ሰብ ክትድውሉ ንምኽረኩም
orient-sector-address = ከተማኹም: { $commune }። ንኣድራሻኹም ዝግባእ CMP (ናይ ጥዕና ኣእምሮ ማእከል፣ ብነጻ): { $structure }። ናይ መጀመርያ ቆጸራ ንምሕታት ናብ ቤት ጽሕፈት ደውሉ።
orient-sector-street = ጎደናኹም: { $street }፣ { $commune }። ነዚ ጎደና ዝግባእ CMP (ናይ ጥዕና ኣእምሮ ማእከል፣ ብነጻ): { $structure }። ናይ መጀመርያ ቆጸራ ንምሕታት ናብ ቤት ጽሕፈት ደውሉ።
orient-sector-residence = ኣብዚ ከተማ 3 ወርሒ ወይ ካብኡ ንላዕሊ ትነብሩ ኣለኹም: { $commune }። ዝቕበለኩም CMP: { $structure }። ቀዋሚ ኣድራሻ ኣየድልየኩምን።
orient-sector-domiciliation = ናይ ፖስታ ኣድራሻኹም (domiciliation) ዘለዎ ከተማ: { $commune }። ዝቕበለኩም CMP: { $structure }። ቀዋሚ ኣድራሻ ኣየድልየኩምን።
orient-sector-life = ኣብዚ ከተማ ትድቅሱ ወይ ሓገዝ ትረኽቡ ኣለኹም: { $commune }። ክቕበለኩም ዝኽእል CMP: { $structure }። ኣበይ ከም እትነብሩ ንገርዎም።
orient-child = ንቖልዓ ወይ ንመንእሰይ: { $structure }። ቆጸራ ንምሕታት ወላዲ ወይ ሓላዊ ይድውል።
orient-young-adult-child-team = ዕድሚኦም 16 ወይ 17 ዓመት ዝኾኑ መንእሰያት: { $structure } ክቕበለኩም ይኽእል።
orient-unknown-age-child = ንቖልዓ ትሕቲ 16 ዓመት እንተኾይኑ፣ ብዝሓሸ ናብ { $structure } ደውሉ።
orient-cmpp = ትሕቲ 20 ዓመት ንዘለዉ ካልእ ምርጫ: { $structure }። እዚ ማእከል ኣድራሻ ብዘየገድስ ንኹሉ ሰብ ይቕበል።
orient-empp = { $structure }: እዚ ጉጅለ ናብቶም ገዛ ዘይብሎም ሰባት ይኸይድ፣ ኣብ ጎደና፣ ኣብ መዕቆቢ፣ ኣብ ናይ መዓልቲ ማእከል።
orient-reception = { $structure }: ለይትን መዓልትን ይምልሱልኩም። ክትጽበዩ እንተዘይክኢልኩም፣ ወይ ዝምልስ ሰብ እንተዘይሃለወ፣ ደውሉ።
orient-reception-decides = { $structure }: ለይትን መዓልትን ይምልሱልኩም። ሓደ ሰብ ኣየናይ CMP ከም ዝቕበለኩም ክነግረኩም እዩ።
orient-last-resort = 3114 ለይትን መዓልትን ብነጻ ይምልስ። ጽቡቕ እንተዘይተሰሚዑኩም፣ ወይ ካልእ ዝምልስ ሰብ እንተዘይሃለወ፣ ደውሉ።

## ምምራሕ: በይንና ክንውስን ምስ ዘይንኽእል
orient-problem-unknown-commune = ነዚ ከተማ ክንረኽቦ ኣይከኣልናን: «{ $place }»። ሓደ ሰብ ነቲ ቅኑዕ CMP ክትረኽቡ ክሕግዘኩም እዩ።
orient-problem-out-of-area = እዚ ከተማ ኣብ ዝኾነ ዞባ ናይቲ ዝርዝር የለን: { $commune }። ሓደ ሰብ ነቲ ቅኑዕ CMP ክትረኽቡ ክሕግዘኩም እዩ።
orient-problem-needs-street = ኣብዚ ከተማ ብዙሓት CMP ኣለዉ: { $commune }። እቲ ቅኑዕ CMP ብጎደና ይውሰን። ሓደ ሰብ ክሕግዘኩም እዩ።
orient-problem-needs-arrondissement = እዚ ከተማ ናብ ክፍለ ከተማታት (arrondissements) ተኸፊሉ እዩ: { $commune }። እቲ ቅኑዕ CMP ብክፍለ ከተማ ይውሰን: ፖስታዊ ኮድ (ንኣብነት 75013) ወይ ጎደና ጽሓፉ። ሓደ ሰብ እውን ክሕግዘኩም ይኽእል እዩ።
orient-problem-unknown-street = ነዚ ጎደና ክንረኽቦ ኣይከኣልናን: «{ $street }»፣ { $commune }። ሓደ ሰብ ነቲ ቅኑዕ CMP ክትረኽቡ ክሕግዘኩም እዩ።
orient-problem-several-sectors = ፖስታዊ ኮድ { $postcode } ንብዙሓት ዞባታት ይሽፍን። ናብ ሓደ ካብዞም CMP ደውሉ: ኣየናይ ከም ዝቕበለኩም ክነግሩኹም እዮም።
orient-problem-no-place = ቦታ ኣይሃብኩምን። ጸገም የብሉን: ሓደ ሰብ ክሕግዘኩም እዩ።
orient-problem-no-structure = ናይዚ ዞባ CMP ኣይንፈልጦን። ሓደ ሰብ ክሕግዘኩም እዩ።
orient-problem-directory-unavailable = እቲ ዝርዝር ኣብዚ ተሌፎን የለን። ሓደ ሰብ ክሕግዘኩም እዩ።
orient-problem-directory-empty = ኣብዚ ተሌፎን ዘሎ ዝርዝር ባዶ እዩ። ሓደ ሰብ ክሕግዘኩም እዩ።

## መዘኻኸሪታት ብዛዕባ ሓደ ርክብ
note-interpreter = ተርጓሚ ሕተቱ። መሰልኩም እዩ፣ ብነጻ ድማ እዩ።
note-speaks-your-language = ኣብኡ ብቛንቋኹም ይዛረቡ።
note-minor = ንትሕቲ 18 ዓመት፣ ወላዲ ወይ ሓላዊ ይድውል።
note-demo = ናይ ፈተነ ሓበሬታ: እዞም ቁጽርታት ሓቀኛታት ኣይኮኑን።

## ሰዓታት ስራሕ
status-always-open = ለይትን መዓልትን ክፉት
status-open-until = ሕጂ ክፉት እዩ፣ ክሳብ { $time }
status-closed-until = ሕጂ ዕጹው እዩ። ዝኽፈተሉ: { $when }
status-closed-for-long = ንግዚኡ ዕጹው እዩ
status-unknown = ሰዓታት ስራሕ ኣይፍለጥን: ንምርግጋጽ ደውሉ
hours-always = ለይትን መዓልትን፣ ኩሉ መዓልቲ።
hours-days-range = ካብ { $first } ክሳብ { $last }
hours-day-one = { $day }
hours-line = { $days }: { $spans }
hours-span = { $start } – { $end }
hours-closed-holidays = ኣብ በዓላት ዕጹው እዩ።
hours-holidays = በዓላት: { $spans }
hours-closed = ዕጹው እዩ።

## ዕለታትን ሰዓታትን
time-hm = { $h }:{ $m }
time-h = { $h }:00
day-date = { $weekday }፣ { $day } { $month }
when-day-time = { $day }፣ ሰዓት { $time }
weekday-0 = ሰኑይ
weekday-1 = ሰሉስ
weekday-2 = ረቡዕ
weekday-3 = ሓሙስ
weekday-4 = ዓርቢ
weekday-5 = ቀዳም
weekday-6 = ሰንበት
month-1 = ጥሪ
month-2 = ለካቲት
month-3 = መጋቢት
month-4 = ሚያዝያ
month-5 = ግንቦት
month-6 = ሰነ
month-7 = ሓምለ
month-8 = ነሓሰ
month-9 = መስከረም
month-10 = ጥቅምቲ
month-11 = ሕዳር
month-12 = ታሕሳስ

## ቅጥዒ ጠለብ: እንታይ ጌጋ ኣሎ፣ እንታይ ትገብሩ
form-name-missing = ሽም ወይ ሳጓ ጽሓፉ። CMP ብተሌፎን ዝጽውዓኩም ብዚ ሽም እዩ።
form-name-too-long = ዝሓጸረ ሽም ወይ ሳጓ ጽሓፉ (እንተበዝሐ 24 ፊደላት)።
form-phone-missing = ክድወለልኩም ዝኽእል ቁጽሪ ተሌፎን ጽሓፉ። ተሌፎን እንተዘይብልኩም፣ ቁጽሪ ናይቲ ዝሕግዘኩም ሰብ ሃቡ።
form-phone-short-number = እዚ ሓጺር ቁጽሪ እዩ። ተመሊሱ ክድወለልኩም ዝኽእል ቁጽሪ ጽሓፉ።
form-phone-wrong-length = ፈረንሳዊ ቁጽሪ 10 ኣሃዛት ኣለዎ። እዚ ቁጽሪ { $digits } ኣሃዛት ኣለዎ። ነቲ ቁጽሪ ኣረጋግጹ።
form-phone-bad-prefix = እዚ ቁጽሪ ክህሉ ኣይክእልን እዩ: ድሕሪ እቲ ቀዳማይ 0፣ ካልእ 0 ፈጺሙ ኣይመጽእን። ነቲ ቁጽሪ ኣረጋግጹ።
form-phone-missing-zero = ኣብ መጀመርታ 0 ጎዲሉ ኣሎ። 0 ጽሓፉ፣ ድሕሪኡ እቶም 9 ኣሃዛት።
form-phone-character = ቁጽሪ ተሌፎን ኣሃዛት ጥራይ እዩ ዘለዎ። «{ $character }» ኣልግሱ።
form-phone-international = ናይ ወጻኢ ቁጽሪ ብ + ይጅምር፣ ካብ 8 ክሳብ 15 ኣሃዛት ድማ ኣለዎ። ነቲ ቁጽሪ ኣረጋግጹ።
form-phone-service = እዚ ቁጽሪ ብ 08 ይጅምር: ናይ ኣገልግሎት ቁጽሪ እዩ፣ ብእኡ ተመሊሱ ክድወለልኩም ኣይከኣልን። ናትኩም ቁጽሪ ሃቡ፣ ወይ ቁጽሪ ናይቲ ዝሕግዘኩም ሰብ።
form-relay-name-missing = ሽም እቲ ዝምልስ ሰብ ወይ ቦታ ጽሓፉ (ንኣብነት: Mme Roux, CCAS)።
form-relay-name-too-long = ዝሓጸረ ሽም ጽሓፉ (እንተበዝሐ 24 ፊደላት)።
form-call-windows-invalid = ክድወለልኩም ዝኽእል ክሳብ 3 ግዜታት ምረጹ።
form-language-invalid = ካብቲ ዝርዝር ሓደ ቋንቋ ምረጹ።
form-languages-too-many = እንተበዝሐ 3 ቋንቋታት ምረጹ።
form-age-missing = ዕድመ እቲ ሰብ ንገሩ: ቆልዓ፣ መንእሰይ ወይ ዓቢ ሰብ። በዚ እቲ ቅኑዕ ማእከል ይምረጽ።
form-place-too-long = ሽም እቲ ቦታ ኣዝዩ ነዊሕ እዩ። ከተማ ወይ ፖስታዊ ኮድ ጥራይ ጽሓፉ።
form-message-too-long = መልእኽትኹም ኣዝዩ ነዊሕ እዩ (እንተበዝሐ 500 ፊደላት)። ኩሉ ብተሌፎን ክትዛረቡ ትኽእሉ ኢኹም።

## ኣብ ነፍሲ ወከፍ ደረጃ ጠለብ ናብ መን ትድውሉ
who-draft = ጠለብኩም ገና ኣይተላእከን። ናብ { $structure } ክትድውሉ እውን ትኽእሉ ኢኹም።
who-queued = ተሌፎንኩም ኔትዎርክ ምስ ረኸበ፣ ጠለብኩም ክለኣኽ እዩ። ሕጂ ናብ { $structure } ክትድውሉ እውን ትኽእሉ ኢኹም።
who-received = { $structure }: ጠለብኩም በጺሑ እዩ። ሓደ ሰብ ክድውለልኩም እዩ። ንስኻትኩም እውን ክትድውሉ ትኽእሉ ኢኹም።
who-contacting = { $structure }: ክድውሉልኩም ፈቲኖም። እንተኽኢልኩም መሊስኩም ደውሉ።
who-contacting-named = እዚ ሰብ ንጠለብኩም ይከታተሎ ኣሎ። እንተኽኢልኩም መሊስኩም ደውሉ።
who-confirmed = ቆጸራኹም ተረጋጊጹ እዩ። ንምቕያሩ ወይ ንምስራዙ፣ ናብዚ ሰብ ደውሉ።
who-redirected = CMP ናብ ካልእ ቦታ ይመርሓኩም ኣሎ። ናብዚ ሰብ ደውሉ።
who-closed-withdrawn = ጠለብኩም ሰሪዝኩምዎ ኢኹም። ሓሳብኩም እንተቐየርኩም፣ ናብ { $structure } ደውሉ።
who-closed-unreachable = CMP ክረኽበኩም ኣይከኣለን። ባዕልኹም ናብ { $structure } ደውሉ።
who-closed-not-delivered = ጠለብኩም ክለኣኽ ኣይከኣለን። ናብ { $structure } ደውሉ: እዚ ዝያዳ ውሑስ እዩ።
who-closed-other = CMP ንጠለብኩም ዓጽይዎ። እንታይ ከም እትገብሩ ንምፍላጥ ናብ { $structure } ደውሉ።

## ካሌንደር (ገለልተኛ ጽሑፍ: ካልኦት ነቲ ካሌንደር ክርእይዎ ይኽእሉ)
calendar-title = ቆጸራ
calendar-description = ምስ { $name }። ንምቕያር ወይ ንምስራዝ፣ ናብ { $phone } ደውሉ።

## ሓበሬታኹም ምውጻእ
export-title = እዚ ተሌፎን ብዛዕባኹም ዝሕዞ
export-intro = እዚ ፋይል፣ ኣፕ Relais ኣብዚ ተሌፎን ዝሕዞ ኩሉ ሓበሬታ ይሕዝ። ክትሕዝዎ፣ ከተርእይዎ ወይ ክትድምስስዎ ትኽእሉ ኢኹም።
export-none = ጠለብ የለን።
export-request = ጠለብ ዕለት { $date }
export-name = ሽም ወይ ሳጓ: { $value }
export-phone = ተሌፎን ንምርካብኩም: { $value }
export-relay = ብመንገዲ: { $value }
export-state = ኩነታት ጠለብ: { $value }
export-to = ዝተላእከሉ: { $value }
export-message = መልእኽትኹም: { $value }
export-history = ታሪኽ:
export-consent-revoked = ፍቓድ ተሰሒቡ
export-settings = ምድላዋት:

## SMS (ገለልተኛ ጽሑፍ: ሓደ ተሌፎን ብዙሓት ክጥቀሙሉ ይኽእሉ)
sms-ack = ጠለብኩም በጺሑ ኣሎ። ቤት ጽሕፈት መሊሱ ክድውለልኩም እዩ። ህጹጽ እንተኾይኑ: 15 ወይ 112።
sms-unreadable = መልእኽትኹም ከነንብቦ ኣይከኣልናን። ሓደ ሰብ መሊሱ ክድውለልኩም እዩ።
sms-confirmation = ቆጸራ: { $when }፣ { $place }። ንምቕያር ወይ ንምስራዝ: { $phone }።
sms-confirmation-waiting = ኣብ ዝርዝር ምጽባይ ኣለኹም። ዕለት ንምሃብ ክድወለልኩም እዩ። ሕቶታት: { $phone }።
sms-change = ቆጸራኹም ተቐይሩ ኣሎ። ሓድሽ ቆጸራ: { $when }፣ { $place }። ንምቕያር ወይ ንምስራዝ: { $phone }።
sms-reminder = መዘኻኸሪ: ቆጸራ { $when }፣ { $place }። ንምቕያር ወይ ንምስራዝ: { $phone }። ካልእ መዘኻኸሪ ክመጸኩም እንተዘይደሊኹም፣ STOP ኢልኩም መልሱ።
sms-with-sender = { $sender }: { $text }
sms-code = ኮድኩም: { $code }። ምስ እትድውሉ ነዚ ኮድ ሃቡ።

## መፍለጢ ኣብ ተሌፎን (ገለልተኛ ጽሑፍ: ካልኦት ነቲ ስክሪን ክርእይዎ ይኽእሉ)
notif-reminder-title = ቆጸራ
notif-reminder-body = { $when }፣ { $place }። ንምቕያር ወይ ንምስራዝ: { $phone }።

## ፍቓድኩም: ማሕበራዊ ሰራሕተኛ ጠለብኩም ክሰድድ
consent-title = ጠለብኩም ቅድሚ ምልኣኹ ፍቓድኩም
consent-who = { $worker } ({ $organisation }): ጠለብኩም ናብ { $structure } ክለኣኽ ይድለ ኣሎ።
consent-why = ስለምንታይ: { $why }
consent-what = እንታይ ክለኣኽ እዩ:
consent-share-name = ሽምኩም ወይ ሳጓኹም
consent-share-phone = ቁጽሪ ተሌፎንኩም
consent-share-note = ክለኣኽ እትሰማምዑሉ ሓጺር መልእኽቲ
consent-share-relay = ሽምን ተሌፎንን ናይ { $worker } ({ $phone })፣ CMP ክድውለሉ ምእንቲ
consent-outcome = CMP ቆጸራ እንተሂቡኩም፣ ምስ መን ምዃኑ እውን፣ { $worker } ክፈልጥ እዩ።
consent-share-call-windows = መዓስ ክድወለልኩም ከም ዝኽእል
consent-share-languages = ቋንቋታትኩም፣ ከምኡ'ውን ተርጓሚ እንተድልየኩም
consent-share-age-place = ዕድመኹም፣ ከምኡ'ውን እትነብሩሉ ከተማ
consent-not-shared = ካልእ ዋላ ሓንቲ ኣይልኣኽን። ቁጽሪ ማሕበራዊ ውሕስነት (sécurité sociale) ኣይልኣኽን። ናይ ሕማም ውጽኢት (diagnostic) ኣይልኣኽን።
consent-how = እቲ ምልኣኽ ብምስጢራዊ ኮድ እዩ። ጠለብኩም ከንብቦ ዝኽእል ጉጅለ CMP ጥራይ እዩ። ቆጸራ ምስ ሓለፈ 90 መዓልቲ፣ CMP ይድምስሶ።
consent-until = ፍቓድኩም ክሳብ { $date } ይጸንሕ።
consent-revoke = ሕጂ «ኣይፋል» ክትብሉ ትኽእሉ ኢኹም። ድሒርኩም እውን ፍቓድኩም ክትስሕቡ ትኽእሉ ኢኹም፣ ኣብቲ ኣፕ ወይ ናብ CMP ብምድዋል።
consent-accept = እሰማማዕ እየ
consent-refuse = ኣይሰማማዕን እየ

## ገጻት
home-title = Relais
home-subtitle = ብዛዕባ ዘጨንቐኩም ክትዛረቡሉ ቅኑዕ ማእከል ርኸቡ። ከምኡ'ውን እትድውሉሉ ሰብ።
home-ask = ቆጸራ ሕተቱ
home-requests = ጠለባተይ
home-settings = ምድላዋት
orientation-title = ናብ መን ትድውሉ
orientation-ask = ካብ { $structure } ቆጸራ ሕተቱ
orientation-no-desk = { $structure }: ገና ብኣፕ ጠለባት ኣይቕበሉን። ናብ { $phone } ደውሉ: ሓደ ሰብ ክምልሰልኩም እዩ።
form-title = ናይ መጀመርያ ቆጸራ ሕተቱ
form-intro = CMP (ናይ ጥዕና ኣእምሮ ማእከል፣ ብነጻ) መሊሱ ክድውለልኩም እዩ። ንስኻትኩም እውን ኣብ ዝኾነ ግዜ ክትድውሉሉ ትኽእሉ ኢኹም።
form-submit = ጠለብ ስደዱ
field-name = ሽም ወይ ሳጓ
field-name-hint = CMP ብተሌፎን ዝጽውዓኩም ሽም።
field-phone = ተሌፎን
field-phone-hint = ቁጽሪኹም፣ ወይ ቁጽሪ ናይቲ ዝሕግዘኩም ሰብ።
field-relay-name = ሽም እቲ ዝምልስ ሰብ ወይ ቦታ
field-relay-name-hint = እቲ ተሌፎን ናትኩም እንተዘይኮይኑ ጥራይ።
field-call-windows = መዓስ ክድወለልኩም
field-call-windows-hint = ክሳብ 3 ግዜታት።
field-languages = ቋንቋታትኩም
field-languages-hint = ተርጓሚ ክትሓቱ ትኽእሉ ኢኹም።
field-age = ዕድመ እቲ ሰብ
field-age-hint = ቆልዓ፣ መንእሰይ ወይ ዓቢ ሰብ።
commune-choice-old-name = { $commune } (ቀደም ሽሙ: { $old })
field-message = መልእኽቲ (ግዴታ ኣይኮነን)
field-message-hint = ንCMP ክትብልዎ እትደልዩ። ግዴታ ኣይኮነን።
status-title = ጠለበይ
state-draft = ገና ኣይተላእከን
state-queued = ኔትዎርክ ይጽበ ኣሎ: ባዕሉ ክለኣኽ እዩ
state-sent-by-sms = ብSMS ተላኢኹ
state-received = CMP ተቐቢልዎ
state-contacting = CMP ክድውለልኩም ይፍትን ኣሎ
state-confirmed = ቆጸራ ተረጋጊጹ
state-waiting-list = ኣብ ዝርዝር ምጽባይ
state-redirected = ናብ ካልእ ቦታ ተመሪሑ
state-closed = ጠለብ ተዓጽዩ
history-line = { $when }: { $state }
appointment-nurse-intake = ምስ ነርስ ናይ መጀመርያ ዘተ
appointment-medical = ምስ ሓኪም ሕማም ኣእምሮ ወይ ክኢላ ስነ-ኣእምሮ ቆጸራ
appointment-waiting-list = ዝርዝር ምጽባይ: ዕለት ንምሃብ ክድወለልኩም እዩ
action-call = ደውሉ
action-call-a11y = ናብ { $who }፣ { $structure }፣ ብቁጽሪ { $phone } ደውሉ
action-sms = SMS ስደዱ
action-sms-a11y = ናብ { $who } SMS ስደዱ
action-map = ኣብ ካርታ ርኣዩ
action-withdraw = ጠለበይ ምስራዝ
action-calendar = ናብ ካሌንደረይ ምውሳኽ
action-sms-fallback = ጠለብ ብSMS ምልኣኽ
settings-title = ምድላዋት
settings-export = ሓበሬታይ ምውራድ
settings-erase = ኩሉ ምድምሳስ
settings-erase-warning = እቲ ኣፕ ኣብዚ ተሌፎን ዝሕዞ ኩሉ ክድምሰስ እዩ: ጠለባትኩምን ምድላዋትኩምን። CMP ነቲ ቅድሚ ሕጂ ዝሰደድኩምዎ ሓበሬታ ይሕዞ፤ ንምድምሳሱ ናብ CMP ደውሉ።

## ቅጥዒ: ምርጫታት
age-under12 = ትሕቲ 12 ዓመት ዝኾነ ቆልዓ
age-12-15 = ካብ 12 ክሳብ 15 ዓመት ዝኾነ መንእሰይ
age-16-17 = 16 ወይ 17 ዓመት ዝኾነ መንእሰይ
age-18-20 = ካብ 18 ክሳብ 20 ዓመት ዝኾነ ሰብ
age-21 = 21 ዓመት ወይ ካብኡ ንላዕሊ ዝኾነ ሰብ
age-unknown = ክነግር ኣይደልን
window-morning = ንግሆ (9:00–12:00)፣ ካብ ሰኑይ ክሳብ ዓርቢ
window-midday = ቀትሪ (12:00–14:00)፣ ካብ ሰኑይ ክሳብ ዓርቢ
window-afternoon = ድሕሪ ቀትሪ (14:00–17:00)፣ ካብ ሰኑይ ክሳብ ዓርቢ
window-evening = ምሸት (17:00–19:00)፣ ካብ ሰኑይ ክሳብ ዓርቢ
relay-social-worker = ማሕበራዊ ሰራሕተኛ
relay-shelter = መዕቆቢ ወይ ናይ መዓልቲ ማእከል
relay-other = ካልእ ሰብ
form-voicemail-ok = ናይ ድምጺ መልእኽቲ ክግደፈለይ ይኽእል
form-sms-ok = SMS ክለኣኸለይ ይኽእል
form-interpreter = ተርጓሚ የድልየኒ እዩ

## ጠለባትኩም ምልኣኽ (ተሌፎን ኔትዎርክ ምስ ዘለዎ)
sync-news = ብዛዕባ ጠለብኩም ሓድሽ ነገር ኣሎ። ናብ መን ከም እትድውሉ ርኣዩ።
sync-waiting-network = ሕጂ ኔትዎርክ የለን። ጠለብኩም ባዕሉ ክለኣኽ እዩ። ናብ CMP ክትድውሉ እውን ትኽእሉ ኢኹም።
sync-pending = ጠለብኩም ክለኣኽ ይጽበ ኣሎ። ባዕሉ ክለኣኽ እዩ። ናብ CMP ክትድውሉ እውን ትኽእሉ ኢኹም።
sync-nothing-new = ሕጂ ሓድሽ ነገር የለን።
sync-failed = ምልኣኽ ክጅምር ኣይከኣለን። ድሒርኩም እንደገና ፈትኑ፣ ወይ ናብ CMP ደውሉ።

## ናብ መን ከም እትድውሉ ቅድሚ ምፍላጥኩም: ሕቶታት
situation-title = ገለ ሕቶታት
situation-intro = እንተደሊኹም መልሱ። ነፍሲ ወከፍ መልሲ ነቲ ቅኑዕ ማእከል ንምርካብ ይሕግዝ። እንተዘይመለስኩም እውን፣ እትድውሉሎም ሰባት ክንህበኩም ኢና።
situation-place-question = ኣበይ ትነብሩ?
place-kind-address = ኣድራሻ ኣለኒ
place-kind-no-fixed-address = ቀዋሚ ኣድራሻ የብለይን
place-kind-unknown = ክነግር ኣይደልን
field-commune = ከተማ ወይ ፖስታዊ ኮድ
field-commune-hint = ንኣብነት: Villerelais፣ ወይ 96300።
field-street = ጎደናን ቁጽሪ ገዛን (ግዴታ ኣይኮነን)
field-street-hint = ኣብ ዓበይቲ ከተማታት ጥራይ: እቲ ማእከል ብጎደና ይውሰን።
field-lived-here = 3 ወርሒ ወይ ካብኡ ንላዕሊ ዝነበርኩምሉ ከተማ
field-lived-here-hint = ክትምልሱ ግዴታ የብልኩምን።
field-domiciliation = ናይ ፖስታ ኣድራሻኹም (domiciliation) ዘለዎ ከተማ: ደብዳቤታትኩም ዝመጽኡሉ ኣድራሻ
field-domiciliation-hint = ኣብ CCAS ወይ ኣብ ሓደ ማሕበር ናይ ፖስታ ኣድራሻ (domiciliation) እንተሃልዩኩም።
field-sleeps-in = እትድቅሱሉ ከተማ፣ ወይ ሓገዝ እትረኽቡሉ ከተማ
field-sleeps-in-hint = ንኣብነት: መዕቆቢ፣ ናይ መዓልቲ ማእከል።
situation-next = ናብ መን ከም እትድውሉ ርኣዩ

## ቅጥዒ: ተሌፎን
form-phone-owner-question = እዚ ተሌፎን ናይ መን እዩ?
phone-owner-mine = ናተይ ተሌፎን እዩ

## ጠለባተይ
requests-empty = ኣብዚ ተሌፎን ገና ጠለብ የብልኩምን።
requests-open = ርኣዩ
requests-open-a11y = ናይ { $date } ናብ { $structure } ዝተላእከ ጠለብ ርኣዩ

## ቁልፍታት
action-refresh = ሓድሽ ነገር እንተሎ ርኣዩ
action-cancel = ኣይፋል፣ ተመለሱ
action-back = ንድሕሪት
action-listen = ስምዑ
action-home = መበገሲ ገጽ
erase-confirm = እወ፣ ኩሉ ደምስሱ

## ገለ ነገር ምስ ዘይሰርሕ
problem-title = ጸገም
consent-done-accepted = የቐንየልና። ፍቓድኩም ተመዝጊቡ ኣሎ። ጠለብኩም ናብ { $structure } ክለኣኽ ይኽእል። ኣብ ዝደለኹምዎ ግዜ ፍቓድኩም ክትስሕቡ ትኽእሉ ኢኹም።
consent-done-refused = «ኣይፋል» ኢልኩም። ዋላ ሓንቲ ኣይተላእከን። ግን ባዕልኹም ናብ { $structure } ክትድውሉ ትኽእሉ ኢኹም።
error-storage-full = ኣብቲ ተሌፎን ቦታ ተወዲኡ። ገለ ስእልታት ወይ ኣፕታት ደምስሱ፣ ድሕሪኡ እንደገና ፈትኑ። ብቐጥታ ናብ CMP ክትድውሉ እውን ትኽእሉ ኢኹም።
error-storage-too-new = እዚ ኣፕ ንሓበሬታኹም ኣዝዩ ኣረጊት እዩ። ነቲ ኣፕ ኣሐድስዎ (update)። ክሳብ ሽዑ፣ ብቐጥታ ናብ CMP ደውሉ።
error-storage-busy = እቲ ተሌፎን ሕጂ ስራሕ ሒዙ ኣሎ። ቁሩብ ጸኒሕኩም እንደገና ፈትኑ። ብቐጥታ ናብ CMP ክትድውሉ እውን ትኽእሉ ኢኹም።
error-storage-locked = ሓበሬታኹም ሕሉው እዩ፣ ግን ኣይኽፈትን ኣሎ። ነቲ ተሌፎን ኣጥፊእኩም እንደገና ወልዕዎ፣ ድሕሪኡ እንደገና ፈትኑ። ብቐጥታ ናብ CMP ክትድውሉ እውን ትኽእሉ ኢኹም።
error-storage-damaged = ሓበሬታ እቲ ኣፕ ተበላሽዩ ኣሎ። ኣብ ምድላዋት ኩሉ ክትድምስሱ ትኽእሉ ኢኹም። ንጠለብኩም፣ ብቐጥታ ናብ CMP ደውሉ።
error-storage = እቲ ኣፕ ክዕቅብ ኣይከኣለን። እንደገና ፈትኑ። ብቐጥታ ናብ CMP ክትድውሉ እውን ትኽእሉ ኢኹም።
error-not-found = እዚ ጠለብ ድሕሪ ሕጂ ኣብዚ ተሌፎን የለን። ኣበይ ከም ዝበጽሐ ንምፍላጥ፣ ናብ CMP ደውሉ።
error-appointment-passed = እቲ ቆጸራ ሓሊፉ እዩ። ብዛዕባኡ ንምዝራብ፣ ናብ CMP ደውሉ።
error-not-possible = ነዚ ጠለብ እዚ ድሕሪ ሕጂ ኣይከኣልን እዩ። ብዛዕባኡ ንምዝራብ፣ ናብ CMP ደውሉ።
error-sms = እቲ ጠለብ ኣብ ሓደ SMS ኣይኣቱን። ብቐጥታ ናብ CMP ደውሉ።
error-referral = እዚ ምምራሕ ምሉእ ኣይኮነን። እቲ ዝሕግዘኩም ዘሎ ሰብ እንደገና ክገብሮ ሕተትዎ።
error-internal = ኣብቲ ኣፕ ጸገም ተፈጢሩ። ብቐጥታ ናብ CMP ደውሉ። ጽቡቕ እንተዘይተሰሚዑኩም፣ ናብ 3114 ደውሉ።

## መፍለጢታት (ገለልተኛ ጽሑፍ: ካልኦት ነቲ ስክሪን ተሌፎን ክርእይዎ ይኽእሉ)
notif-news-title = Relais
notif-news-body = ሓድሽ ነገር ኣሎ። ነቲ ኣፕ ክፈትዎ።

## ናይ ምምራሕ ቅዳሕኩም (ኣብ ተሌፎን፣ ወይ ዝተሓትመ)
copy-title = ናይ ምምራሕ ቅዳሕኩም
copy-who = ዕለት { $date }፣ { $worker } ({ $organisation }) ብፍቓድኩም ጠለብኩም ናብ { $structure } ሰዲዱ።
copy-what = ዝተላእከ ሓበሬታ:
copy-until = ፍቓድኩም ክሳብ { $date } ይጸንሕ። ቅድሚኡ ክትስሕብዎ ትኽእሉ ኢኹም።
copy-revoked = ዕለት { $date } ፍቓድኩም ስሒብኩም። CMP ነቲ ዝተላእከ ደምሲስዎ።
copy-code = ኮድኩም: { $code }። ሓዝዎ: በዚ ኮድ ነዚ ቅዳሕ እንደገና ክትርእይዎን ፍቓድኩም ክትስሕቡን ትኽእሉ ኢኹም።
copy-code-label = ኮድኩም (ሓዝዎ):
copy-call = ሕቶ እንተሃልዩኩም: ናብ { $structure } ብቁጽሪ { $phone } ደውሉ።
copy-keep = ነዛ ወረቐት ሓዝዋ። በቲ ኮድ፣ ኣብ ዝደለኹምዎ ግዜ ፍቓድኩም ክትስሕቡ ትኽእሉ ኢኹም: ኣብቲ ኣፕ፣ ወይ ናብ CMP ብምድዋል።

## ሰብ ምምራሕ (ንሞያውያን: ማሕበራዊ ሰራሕተኛታት፣ ናይ መዓልቲ ማእከላት፣ ማሕበራት)
settings-professional = ንሞያውያን
home-refer = ንሓደ ሰብ ናብ CMP ምምራሕ
home-referrals = ኣብዚ ተሌፎን ዝተገብሩ ምምራሓት
situation-intro-professional = ነቲ እትሕግዝዎ ዘለኹም ሰብ ወኪልኩም፣ ምስኡ ብሓባር መልሱ። ነፍሲ ወከፍ መልሲ ነቲ ቅኑዕ ማእከል ንምርካብ ይሕግዝ።
orientation-refer = ናብ { $structure } ዝኸይድ ምምራሕ ኣዳልዉ
referral-title = ምምራሕ
referral-intro = ምስቲ ሰብ ብሓባር መልእዎ። እቲ ሰብ እንታይ ከም ዝለኣኽ ይመርጽ። ድሕሪኡ፣ ፍቓዱ ኣንቢቡ ባዕሉ ይምልስ።
field-professional-name = ሽምኩም
field-professional-name-hint = CMP ክድውለልኩም ይኽእል።
field-professional-organisation = ትካልኩም
field-professional-organisation-hint = ንኣብነት: CCAS de Villerelais፣ ናይ መዓልቲ ማእከል።
field-professional-role = ስራሕኩም
field-professional-role-hint = ንኣብነት: ማሕበራዊ ሰራሕተኛ፣ ኣላዪ መንእሰያት።
field-professional-phone = ተሌፎንኩም
field-professional-phone-hint = CMP ክረኽበኩም ዝኽእል ቁጽሪ።
field-why = ስለምንታይ እዚ ምምራሕ
field-why-hint = ብሒደት ቀለልቲ ቃላት። እቲ ሰብ ከንብቦ እዩ።
field-note = መልእኽቲ ካብቲ ሰብ (ግዴታ ኣይኮነን)
field-note-hint = እቲ ሰብ ክሰዶ እንተደለየ ጥራይ።
referral-months = { $months } ወርሒ
referral-share-question = እቲ ሰብ ናብ CMP ክለኣኽ ዝሰማማዓሉ:
referral-next = ነቲ ፍቓድ ንሰብ ኣርእይዎ
referral-field-missing = ነዚ ቦታ መልእዎ።
referral-field-invalid = ሓደ ቦታ ቅኑዕ ኣይኮነን። ዝጸሓፍኩምዎ ኣረጋግጹ።
informed-question = እቲ ሰብ ትሕዝቶ እቲ ፍቓድ ብኸመይ ፈሊጡ:
informed-read = ኣብ ስክሪን ኣንቢብዎ
informed-aloud = ኣነ ብዓውታ ኣንቢበሉ
informed-interpreter = ብሓገዝ ተርጓሚ
informed-printed = ኣብቲ ዝተሓትመ ወረቐት
referral-waiting = ኔትዎርክ ይጽበ ኣሎ: እቲ ምምራሕ ባዕሉ ክለኣኽ እዩ። ናብ { $structure } ብቁጽሪ { $phone } ክትድውሉ እውን ትኽእሉ ኢኹም።
referral-not-delivered = እቲ ምምራሕ ክለኣኽ ኣይከኣለን። ናብ { $structure } ብቁጽሪ { $phone } ደውሉ።
referral-revoked = ፍቓድ ተሰሒቡ። CMP ነቲ ዝተላእከ ደምሲስዎ።
referral-revoked-pending = ፍቓድ ተሰሒቡ። ኔትዎርክ ምስ ተረኽበ CMP ክሕበር እዩ። ናብ { $structure } ብቁጽሪ { $phone } ክትድውሉ እውን ትኽእሉ ኢኹም።
referral-print = ቅዳሕ ናይቲ ሰብ ሕተሙ
referral-revoke = እቲ ሰብ ፍቓዱ ይስሕብ
referrals-empty = ኣብዚ ተሌፎን ዝተገብረ ምምራሕ የለን።
