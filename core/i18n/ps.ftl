# Relais — Pashto. Machine-assisted translation, NOT yet reviewed by a native speaker. / Relais — پښتو. د ماشین په مرسته ژباړه، لا تر اوسه د یو پښتو ژبي له خوا نه ده کتل شوې.
# reviewed: no

## د هغو کسانو رولونه چې ځواب درکوي
role-secretariat = منشي
role-reception = د شپې او ورځې پذیرش
role-intake-nurse = د پذیرش نرس یا نرسه
role-clinician = روغتیايي کارکوونکی
role-outreach-team = ګرځنده ټیم
role-social-worker = ټولنیز کارکوونکی
role-listener = اورېدونکی
role-emergency-operator = بیړني خدمات
role-social-emergency = Samu social (بیړنۍ ټولنیزه مرسته)

## بیړنۍ شمېرې (تل ښکاري، حتی پرته له انټرنېټه)
crisis-bar-title = همدا اوس مرستې ته اړتیا لرئ؟
crisis-3114-name = 3114 – د ځان وژنې مخنیوی
crisis-3114-purpose = د ځان وژنې فکر کوئ، یا د یو چا په اړه اندېښمن یاست؟ یو نرس یا ارواپوه شپه او ورځ ستاسو خبرې اوري. وړیا دی.
crisis-15-name = 15 – SAMU (امبولانس)
crisis-15-purpose = طبي بیړنی حالت: د یو چا ژوند په خطر کې دی.
crisis-112-name = 112 – بیړني حالات
crisis-112-purpose = د بیړني حالت لپاره، له هر ټیلیفون څخه، په فرانسه او اروپا کې.
crisis-114-name = 114 – بیړني حالات د SMS له لارې
crisis-114-purpose = تاسو خبرې نه شئ کولی یا نه اورئ: 114 ته SMS واستوئ.
crisis-115-name = 115 – بیړنۍ سرپناه
crisis-115-purpose = نن شپه د خوب لپاره ځای نه لرئ.

## لارښوونه: ولې وړاندیز کوو چې دې کس ته زنګ ووهئ
orient-sector-address = ستاسو ښار: { $commune }. ستاسو د پتې لپاره CMP (د رواني روغتیا دولتي مرکز): { $structure }. منشي ته زنګ ووهئ او د لومړۍ لیدنې وخت وغواړئ.
orient-sector-street = ستاسو سړک: { $street }، { $commune }. د دې سړک لپاره CMP (د رواني روغتیا دولتي مرکز): { $structure }. منشي ته زنګ ووهئ او د لومړۍ لیدنې وخت وغواړئ.
orient-sector-residence = تاسو 3 میاشتې یا ډېر وخت په دې ښار کې ژوند کوئ: { $commune }. هغه CMP (د رواني روغتیا دولتي مرکز) چې تاسو مني: { $structure }. ثابتې پتې ته اړتیا نه لرئ.
orient-sector-domiciliation = ستاسو د پوستي پتې (domiciliation) ښار: { $commune }. هغه CMP (د رواني روغتیا دولتي مرکز) چې تاسو مني: { $structure }. ثابتې پتې ته اړتیا نه لرئ.
orient-sector-life = تاسو په دې ښار کې شپې تېروئ یا مرسته ترلاسه کوئ: { $commune }. هغه CMP (د رواني روغتیا دولتي مرکز) چې تاسو منلی شي: { $structure }. ورته ووایاست چې چېرته ژوند کوئ.
orient-child = د ماشوم یا تنکي ځوان لپاره: { $structure }. مور، پلار یا سرپرست زنګ وهي او د لیدنې وخت غواړي.
orient-young-adult-child-team = د 16 او 17 کلنو ځوانانو لپاره: { $structure } تاسو منلی شي.
orient-unknown-age-child = که دا د داسې ماشوم لپاره وي چې عمر یې له 16 کالو کم دی، نو { $structure } ته زنګ ووهئ.
orient-cmpp = د هغو کسانو لپاره بله لاره چې عمر یې له 20 کالو کم دی: { $structure }. دا مرکز هر څوک مني، پته یې هر چېرته چې وي.
orient-empp = { $structure }: دا ټیم هغو خلکو ته ورځي چې کور نه لري: په سړک کې، په سرپناه کې، د ورځې په مرکز کې.
orient-reception = { $structure }: شپه او ورځ ځواب درکوي. که صبر نه شئ کولی، یا که هیڅوک ځواب نه درکوي، زنګ ووهئ.
orient-reception-decides = { $structure }: شپه او ورځ ځواب درکوي. یو څوک به درته ووایي چې کوم CMP (د رواني روغتیا دولتي مرکز) تاسو مني.
orient-last-resort = 3114 شپه او ورځ وړیا ځواب درکوي. که حال مو ښه نه وي، یا که بل هیڅوک ځواب نه درکوي، زنګ ووهئ.

## لارښوونه: کله چې موږ پخپله پرېکړه نه شو کولی
orient-problem-unknown-commune = موږ دا ښار نه شو موندلی: « { $place } ». یو څوک به له تاسو سره مرسته وکړي چې سم CMP (د رواني روغتیا دولتي مرکز) ومومئ.
orient-problem-out-of-area = دا ښار د مرکزونو د لست په هیڅ سیمه کې نشته: { $commune }. یو څوک به له تاسو سره مرسته وکړي چې سم CMP (د رواني روغتیا دولتي مرکز) ومومئ.
orient-problem-needs-street = په دې ښار کې څو CMP (د رواني روغتیا دولتي مرکزونه) شته: { $commune }. سم CMP ستاسو په سړک پورې اړه لري. یو څوک به له تاسو سره مرسته وکړي.
orient-problem-needs-arrondissement = دا ښار په څو ناحیو (arrondissement) وېشل شوی دی: { $commune }. سم CMP (د رواني روغتیا دولتي مرکز) په ناحیې پورې اړه لري: پوستي کوډ (د بېلګې په توګه 75013) یا سړک ولیکئ. یو څوک هم کولی شي له تاسو سره مرسته وکړي.
orient-problem-unknown-street = موږ دا سړک نه شو موندلی: « { $street } »، { $commune }. یو څوک به له تاسو سره مرسته وکړي چې سم CMP (د رواني روغتیا دولتي مرکز) ومومئ.
orient-problem-several-sectors = پوستي کوډ { $postcode } څو سیمې رانغاړي. له دې CMP ګانو (د رواني روغتیا دولتي مرکزونو) څخه یوه ته زنګ ووهئ: هغوی به درته ووایي چې کوم یو تاسو مني.
orient-problem-no-place = تاسو هیڅ ځای نه دی لیکلی. کومه ستونزه نشته: یو څوک به له تاسو سره مرسته وکړي.
orient-problem-no-structure = موږ د دې سیمې CMP (د رواني روغتیا دولتي مرکز) نه پېژنو. یو څوک به له تاسو سره مرسته وکړي.
orient-problem-directory-unavailable = د مرکزونو لست په دې ټیلیفون کې نشته. یو څوک به له تاسو سره مرسته وکړي.
orient-problem-directory-empty = په دې ټیلیفون کې د مرکزونو لست خالي دی. یو څوک به له تاسو سره مرسته وکړي.

## د یوې اړیکې په اړه یادښتونه
note-interpreter = ژباړونکی وغواړئ. دا ستاسو حق دی، او وړیا دی.
note-speaks-your-language = هلته ستاسو په ژبه خبرې کوي.
note-minor = که څوک له 18 کالو کم عمر ولري، مور، پلار یا سرپرست یې زنګ وهي.
note-demo = د ازموینې معلومات: دا شمېرې رښتیني نه دي.

## د کار وختونه
status-always-open = شپه او ورځ پرانیستی دی
status-open-until = اوس پرانیستی دی، تر { $time } پورې
status-closed-until = اوس تړلی دی. { $when } بیا پرانیستل کېږي.
status-closed-for-long = اوس مهال تړلی دی
status-unknown = د کار وختونه نه دي معلوم: د ډاډ لپاره زنګ ووهئ
hours-always = شپه او ورځ، هره ورځ.
hours-days-range = له { $first } تر { $last } پورې
hours-day-one = { $day }
hours-line = { $days }: { $spans }
hours-span = { $start } – { $end }
hours-closed-holidays = په رسمي رخصتیو کې تړلی دی.
hours-holidays = رسمي رخصتۍ: { $spans }
hours-closed = تړلی دی.

## نېټې او وختونه
time-hm = { $h }:{ $m }
time-h = { $h }:00
day-date = { $weekday } { $day } { $month }
when-day-time = { $day }، په { $time } بجو
weekday-0 = دوشنبه
weekday-1 = سه شنبه
weekday-2 = چهارشنبه
weekday-3 = پنجشنبه
weekday-4 = جمعه
weekday-5 = شنبه
weekday-6 = یکشنبه
month-1 = جنوري
month-2 = فبروري
month-3 = مارچ
month-4 = اپرېل
month-5 = مۍ
month-6 = جون
month-7 = جولای
month-8 = اګست
month-9 = سپتمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

## د غوښتنې فورمه: څه سم نه دي، او څه وکړئ
form-name-missing = یو نوم یا لقب ولیکئ. CMP به په ټیلیفون کې همدا نوم اخلي.
form-name-too-long = یو لنډ نوم یا لقب ولیکئ (تر 24 تورو پورې).
form-phone-missing = د ټیلیفون یوه شمېره ولیکئ چې تاسو ته پرې زنګ وهل کېدای شي. که ټیلیفون نه لرئ، د هغه چا شمېره ورکړئ چې له تاسو سره مرسته کوي.
form-phone-short-number = دا لنډه شمېره ده. داسې شمېره ولیکئ چې تاسو ته پرې بېرته زنګ وهل کېدای شي.
form-phone-wrong-length = د فرانسې شمېره 10 عدده لري. دا شمېره { $digits } عدده لري. شمېره بیا وګورئ.
form-phone-bad-prefix = داسې شمېره نه شي کېدای: له لومړي 0 وروسته هېڅکله بل 0 نه راځي. شمېره بیا وګورئ.
form-phone-missing-zero = په پیل کې 0 نشته. لومړی 0 ولیکئ، بیا 9 عدده.
form-phone-character = د ټیلیفون شمېره یوازې عددونه لري. « { $character } » لرې کړئ.
form-phone-international = بهرنۍ شمېره په + پیلېږي او له 8 تر 15 عدده لري. شمېره بیا وګورئ.
form-phone-service = دا شمېره په 08 پیلېږي: دا د خدمت شمېره ده، تاسو ته پرې بېرته زنګ نه شي وهل کېدای. خپله شمېره ورکړئ، یا د هغه چا شمېره چې له تاسو سره مرسته کوي.
form-relay-name-missing = د هغه کس یا ځای نوم ولیکئ چې ځواب به درکوي (د بېلګې په توګه: Mme Roux، CCAS).
form-relay-name-too-long = یو لنډ نوم ولیکئ (تر 24 تورو پورې).
form-call-windows-invalid = تر 3 وختونو پورې وټاکئ چې تاسو ته زنګ وهل کېدای شي.
form-language-invalid = له لست څخه یوه ژبه وټاکئ.
form-languages-too-many = تر 3 ژبو پورې وټاکئ.
form-age-missing = د کس عمر ووایاست: ماشوم، تنکی ځوان یا بالغ. په دې سره سم مرکز ټاکل کېږي.
form-place-too-long = د ځای نوم ډېر اوږد دی. یوازې د ښار نوم یا پوستي کوډ ولیکئ.
form-message-too-long = ستاسو پیغام ډېر اوږد دی (تر 500 تورو پورې). تاسو کولی شئ هر څه په ټیلیفون کې ووایاست.

## د غوښتنې په هر پړاو کې چا ته زنګ ووهئ
who-draft = ستاسو غوښتنه لا نه ده لېږل شوې. تاسو کولی شئ { $structure } ته هم زنګ ووهئ.
who-queued = ستاسو غوښتنه به هغه وخت ولېږل شي چې ټیلیفون شبکه ولري. تاسو کولی شئ همدا اوس { $structure } ته هم زنګ ووهئ.
who-received = { $structure } ستاسو غوښتنه ترلاسه کړه. یو څوک به تاسو ته زنګ ووهي. تاسو هم کولی شئ زنګ ووهئ.
who-contacting = { $structure } هڅه وکړه چې تاسو ته زنګ ووهي. که کولی شئ، بېرته ورته زنګ ووهئ.
who-contacting-named = دا کس ستاسو پر غوښتنه کار کوي. که کولی شئ، بېرته ورته زنګ ووهئ.
who-confirmed = ستاسو د لیدنې وخت تایید شو. د بدلولو یا لغوه کولو لپاره، دې کس ته زنګ ووهئ.
who-redirected = CMP تاسو بل ځای ته لېږي. دې کس ته زنګ ووهئ.
who-closed-withdrawn = تاسو خپله غوښتنه بېرته واخیسته. که مو نظر بدل شو، { $structure } ته زنګ ووهئ.
who-closed-unreachable = CMP ونه توانېد چې له تاسو سره اړیکه ونیسي. تاسو پخپله { $structure } ته زنګ ووهئ.
who-closed-not-delivered = ستاسو غوښتنه ونه لېږل شوه. { $structure } ته زنګ ووهئ: دا غوره ده.
who-closed-other = CMP ستاسو غوښتنه وتړله. { $structure } ته زنګ ووهئ چې پوه شئ څه وکړئ.

## کلیزه (بې‌طرفه متن: نور خلک کلیزه لیدلی شي)
calendar-title = د لیدنې وخت
calendar-description = له { $name } سره. د بدلولو یا لغوه کولو لپاره، { $phone } ته زنګ ووهئ.

## ستاسو د معلوماتو کاپي
export-title = دا ټیلیفون ستاسو په اړه څه ساتي
export-intro = په دې فایل کې هر هغه څه دي چې د Relais اپلیکیشن یې په دې ټیلیفون کې ساتي. تاسو کولی شئ یې وساتئ، چا ته یې وښایئ یا یې پاک کړئ.
export-none = هیڅ غوښتنه نشته.
export-request = د { $date } غوښتنه
export-name = نوم یا لقب: { $value }
export-phone = له تاسو سره د اړیکې ټیلیفون: { $value }
export-relay = د چا له لارې: { $value }
export-state = د غوښتنې حالت: { $value }
export-to = ترلاسه کوونکی: { $value }
export-message = ستاسو پیغام: { $value }
export-history = تاریخچه:
export-consent-revoked = موافقه بېرته واخیستل شوه
export-settings = تنظیمات:

## SMS (بې‌طرفه متن: ښايي ټیلیفون د څو کسانو وي)
sms-ack = ستاسو غوښتنه ورسېده. منشي به بېرته تاسو ته زنګ ووهي. په بیړني حالت کې: 15 یا 112.
sms-unreadable = موږ ستاسو پیغام ونه شو لوستلی. یو څوک به بېرته تاسو ته زنګ ووهي.
sms-confirmation = د لیدنې وخت: { $when }، { $place }. د بدلولو یا لغوه کولو لپاره: { $phone }.
sms-confirmation-waiting = تاسو د انتظار په لست کې یاست. تاسو ته به زنګ ووهل شي او نېټه به درته وویل شي. پوښتنې: { $phone }.
sms-change = ستاسو د لیدنې وخت بدل شو. نوی وخت: { $when }، { $place }. د بدلولو یا لغوه کولو لپاره: { $phone }.
sms-reminder = یادونه: د لیدنې وخت { $when }، { $place }. د بدلولو یا لغوه کولو لپاره: { $phone }. که نورې یادونې نه غواړئ، په ځواب کې STOP ولیکئ.
sms-with-sender = { $sender }: { $text }
sms-code = ستاسو کوډ: { $code }. کله چې زنګ وهئ، دا کوډ ووایاست.

## په ټیلیفون کې خبرتیا (بې‌طرفه متن: نور خلک سکرین لیدلی شي)
notif-reminder-title = د لیدنې وخت
notif-reminder-body = { $when }، { $place }. د بدلولو یا لغوه کولو لپاره: { $phone }.

## د ټولنیز کارکوونکي له لارې د لېږلو لپاره موافقه
consent-title = د غوښتنې له لېږلو مخکې ستاسو موافقه
consent-who = { $worker } ({ $organisation }) غواړي ستاسو غوښتنه { $structure } ته ولېږي.
consent-why = ولې: { $why }
consent-what = څه به ولېږل شي:
consent-share-name = ستاسو نوم یا لقب
consent-share-phone = ستاسو د ټیلیفون شمېره
consent-share-note = یو لنډ پیغام چې تاسو یې له لېږلو سره موافق یاست
consent-share-relay = د { $worker } نوم او ټیلیفون ({ $phone })، چې CMP ورته زنګ ووهلی شي
consent-outcome = { $worker } به پوه شي چې ایا CMP تاسو ته د لیدنې وخت درکوي، او له چا سره.
consent-share-call-windows = کله چې تاسو ته زنګ وهل کېدای شي
consent-share-languages = ستاسو ژبې، او ایا ژباړونکي ته اړتیا لرئ
consent-share-age-place = ستاسو عمر او هغه ښار چې تاسو پکې اوسېږئ
consent-not-shared = بل هیڅ شی نه لېږل کېږي: نه د روغتیايي بیمې شمېره، نه د ناروغۍ تشخیص.
consent-how = ستاسو غوښتنه په خوندي (کوډ شوي) ډول لېږل کېږي. یوازې د CMP (د رواني روغتیا دولتي مرکز) ټیم یې لوستلی شي. CMP یې له لیدنې 90 ورځې وروسته پاکوي.
consent-until = ستاسو موافقه تر { $date } پورې اعتبار لري.
consent-revoke = تاسو کولی شئ همدا اوس «نه» ووایاست. وروسته هم کولی شئ خپله موافقه بېرته واخلئ، په اپلیکیشن کې یا CMP ته په زنګ وهلو سره.
consent-accept = موافق یم
consent-refuse = موافق نه یم

## پاڼې
home-title = Relais
home-subtitle = سم مرکز ومومئ چې د خپلو ستونزو په اړه خبرې وکړئ، او یو کس چې ورته زنګ ووهئ.
home-ask = د لیدنې وخت وغواړئ
home-requests = زما غوښتنې
home-settings = تنظیمات
orientation-title = چا ته زنګ ووهئ
orientation-ask = له { $structure } څخه د لیدنې وخت وغواړئ
orientation-no-desk = { $structure } لا تر اوسه د اپلیکیشن له لارې غوښتنې نه ترلاسه کوي. { $phone } ته زنګ ووهئ: یو څوک به ځواب درکړي.
form-title = د لومړۍ لیدنې وخت وغواړئ
form-intro = CMP (د رواني روغتیا دولتي مرکز) به بېرته تاسو ته زنګ ووهي. تاسو هم کولی شئ هر وخت پخپله ورته زنګ ووهئ.
form-submit = غوښتنه ولېږئ
field-name = نوم یا لقب
field-name-hint = هغه نوم چې CMP به یې په ټیلیفون کې اخلي.
field-phone = ټیلیفون
field-phone-hint = ستاسو شمېره، یا د هغه چا شمېره چې له تاسو سره مرسته کوي.
field-relay-name = د هغه کس یا ځای نوم چې ځواب به درکوي
field-relay-name-hint = یوازې که دا ستاسو ټیلیفون نه وي.
field-call-windows = تاسو ته کله زنګ ووهل شي
field-call-windows-hint = تر 3 وختونو پورې.
field-languages = ستاسو ژبې
field-languages-hint = تاسو کولی شئ ژباړونکی وغواړئ.
field-age = د کس عمر
field-age-hint = ماشوم، تنکی ځوان یا بالغ.
commune-choice-old-name = { $commune } (پخوانی نوم: { $old })
field-message = پیغام (اختیاري)
field-message-hint = هغه څه چې غواړئ CMP ته یې ووایاست. اړین نه دی.
status-title = زما غوښتنه
state-draft = لا نه ده لېږل شوې
state-queued = د شبکې په انتظار: پخپله به ولېږل شي
state-sent-by-sms = د SMS له لارې ولېږل شوه
state-received = CMP ته ورسېده
state-contacting = CMP هڅه کوي چې تاسو ته زنګ ووهي
state-confirmed = د لیدنې وخت تایید شو
state-waiting-list = د انتظار په لست کې
state-redirected = بل ځای ته ولېږل شوه
state-closed = غوښتنه وتړل شوه
history-line = { $when }: { $state }
appointment-nurse-intake = له نرس یا نرسې سره لومړۍ خبرې
appointment-medical = د رواني روغتیا له ډاکټر یا ارواپوه سره لیدنه
appointment-waiting-list = د انتظار لست: تاسو ته به زنګ ووهل شي او نېټه به درته وویل شي
action-call = زنګ ووهئ
action-call-a11y = { $who }، { $structure } ته په { $phone } شمېره زنګ ووهئ
action-sms = SMS واستوئ
action-sms-a11y = { $who } ته SMS واستوئ
action-map = په نقشه کې یې وګورئ
action-withdraw = خپله غوښتنه بېرته واخلئ
action-calendar = کلیزې ته یې اضافه کړئ
action-sms-fallback = غوښتنه د SMS له لارې ولېږئ
settings-title = تنظیمات
settings-export = خپل معلومات ډاونلوډ کړئ
settings-erase = هر څه پاک کړئ
settings-erase-warning = هر هغه څه چې اپلیکیشن یې په دې ټیلیفون کې ساتي پاک به شي: ستاسو غوښتنې او تنظیمات. CMP هغه څه ساتي چې تاسو مخکې ورته لېږلي دي؛ د پاکولو لپاره یې CMP ته زنګ ووهئ.

## فورمه: انتخابونه
age-under12 = ماشوم چې عمر یې له 12 کالو کم دی
age-12-15 = ځوان چې عمر یې له 12 تر 15 کالو پورې دی
age-16-17 = 16 یا 17 کلن ځوان
age-18-20 = کس چې عمر یې له 18 تر 20 کالو پورې دی
age-21 = کس چې عمر یې 21 کاله یا ډېر دی
age-unknown = نه غواړم ووایم
window-morning = سهار (9:00 – 12:00)، له دوشنبې تر جمعې
window-midday = غرمه (12:00 – 14:00)، له دوشنبې تر جمعې
window-afternoon = ماسپښین (14:00 – 17:00)، له دوشنبې تر جمعې
window-evening = د ورځې په پای کې (17:00 – 19:00)، له دوشنبې تر جمعې
relay-social-worker = یو ټولنیز کارکوونکی
relay-shelter = سرپناه یا د ورځې مرکز
relay-other = بل کس
form-voicemail-ok = ماته غږیز پیغام پرېښودل کېدای شي
form-sms-ok = ماته SMS لېږل کېدای شي
form-interpreter = ژباړونکي ته اړتیا لرم

## ستاسو د غوښتنو لېږل (کله چې ټیلیفون شبکه ولري)
sync-news = ستاسو د غوښتنې په اړه نوی خبر شته. وګورئ چې چا ته زنګ ووهئ.
sync-waiting-network = اوس مهال شبکه نشته. ستاسو غوښتنه به پخپله ولېږل شي. تاسو کولی شئ CMP ته هم زنګ ووهئ.
sync-pending = ستاسو غوښتنه د لېږلو په انتظار ده. پخپله به ولېږل شي. تاسو کولی شئ CMP ته هم زنګ ووهئ.
sync-nothing-new = اوس مهال کوم نوی خبر نشته.
sync-failed = لېږل پیل نه شول. وروسته بیا هڅه وکړئ، یا CMP ته زنګ ووهئ.

## پوښتنې، مخکې له دې چې پوه شئ چا ته زنګ ووهئ
situation-title = څو پوښتنې
situation-intro = که غواړئ، ځواب ورکړئ. هر ځواب د سم مرکز په موندلو کې مرسته کوي. که ځواب ورنه کړئ، بیا هم درته هغه کسان ښیو چې ورته زنګ ووهئ.
situation-place-question = چېرته اوسېږئ؟
place-kind-address = پته لرم
place-kind-no-fixed-address = ثابته پته نه لرم
place-kind-unknown = نه غواړم ووایم
field-commune = ښار یا پوستي کوډ
field-commune-hint = د بېلګې په توګه: Villerelais، یا 96300.
field-street = سړک او د کور شمېره (اختیاري)
field-street-hint = یوازې په لویو ښارونو کې: مرکز په سړک پورې اړه لري.
field-lived-here = هغه ښار چې تاسو پکې 3 میاشتې یا ډېر وخت اوسېږئ
field-lived-here-hint = ځواب ورکول اړین نه دي.
field-domiciliation = ستاسو د پوستي پتې (domiciliation) ښار: هغه پته چې لیکونه مو پرې راځي
field-domiciliation-hint = که په CCAS یا په یوې ټولنې کې پوستي پته (domiciliation) لرئ.
field-sleeps-in = هغه ښار چې پکې شپې تېروئ، یا پکې مرسته ترلاسه کوئ
field-sleeps-in-hint = د بېلګې په توګه: سرپناه، د ورځې مرکز.
situation-next = وګورئ چې چا ته زنګ ووهئ

## فورمه: ټیلیفون
form-phone-owner-question = دا ټیلیفون د چا دی؟
phone-owner-mine = دا زما ټیلیفون دی

## زما غوښتنې
requests-empty = تر اوسه په دې ټیلیفون کې هیڅ غوښتنه نه لرئ.
requests-open = وګورئ
requests-open-a11y = { $structure } ته د { $date } غوښتنه وګورئ

## تڼۍ
action-refresh = وګورئ چې نوی خبر شته که نه
action-cancel = نه، بېرته لاړ شئ
action-back = بېرته
action-listen = واورئ
action-home = لومړۍ پاڼه
erase-confirm = هو، هر څه پاک کړئ

## کله چې یو څه سم نه وي
problem-title = یوه ستونزه
consent-done-accepted = مننه. ستاسو موافقه ثبت شوه. ستاسو غوښتنه { $structure } ته لېږل کېدای شي. هر وخت چې وغواړئ، خپله موافقه بېرته اخیستلی شئ.
consent-done-refused = تاسو «نه» وویل. هیڅ شی نه دی لېږل شوی. بیا هم کولی شئ پخپله { $structure } ته زنګ ووهئ.
error-storage-full = په ټیلیفون کې ځای نه دی پاتې. ځینې انځورونه یا اپلیکیشنونه پاک کړئ، بیا بیا هڅه وکړئ. تاسو کولی شئ مستقیم CMP ته هم زنګ ووهئ.
error-storage-too-new = دا اپلیکیشن ستاسو د معلوماتو لپاره ډېر زوړ دی. اپلیکیشن تازه (اپډېټ) کړئ. تر هغه وخته، مستقیم CMP ته زنګ ووهئ.
error-storage-busy = ټیلیفون بوخت دی. لږ وروسته بیا هڅه وکړئ. تاسو کولی شئ مستقیم CMP ته هم زنګ ووهئ.
error-storage-locked = ستاسو معلومات خوندي دي او نه پرانیستل کېږي. ټیلیفون بند او بیا چالان کړئ، بیا بیا هڅه وکړئ. تاسو کولی شئ مستقیم CMP ته هم زنګ ووهئ.
error-storage-damaged = د اپلیکیشن معلومات خراب شوي دي. تاسو کولی شئ په تنظیماتو کې هر څه پاک کړئ. د خپلې غوښتنې لپاره، مستقیم CMP ته زنګ ووهئ.
error-storage = اپلیکیشن نه شي کولی معلومات خوندي کړي. بیا هڅه وکړئ. تاسو کولی شئ مستقیم CMP ته هم زنګ ووهئ.
error-not-found = دا غوښتنه نور په دې ټیلیفون کې نشته. د دې لپاره چې پوه شئ په کوم حال کې ده، CMP ته زنګ ووهئ.
error-appointment-passed = د لیدنې وخت تېر شوی دی. د دې په اړه د خبرو لپاره، CMP ته زنګ ووهئ.
error-not-possible = دا کار د دې غوښتنې لپاره نور ممکن نه دی. د دې په اړه د خبرو لپاره، CMP ته زنګ ووهئ.
error-sms = غوښتنه په یوه SMS کې نه ځایېږي. مستقیم CMP ته زنګ ووهئ.
error-referral = دا لېږنه بشپړه نه ده. له هغه کس څخه چې ستاسو ملګرتیا کوي وغواړئ چې بیا یې جوړه کړي.
error-internal = په اپلیکیشن کې یوه ستونزه پېښه شوه. مستقیم CMP ته زنګ ووهئ. که حال مو ښه نه وي، 3114 ته زنګ ووهئ.

## خبرتیاوې (بې‌طرفه متن: نور خلک د ټیلیفون سکرین لیدلی شي)
notif-news-title = Relais
notif-news-body = نوی خبر شته. اپلیکیشن پرانیزئ.

## ستاسو د لېږنې کاپي (په ټیلیفون کې، یا چاپ شوې)
copy-title = ستاسو د لېږنې کاپي
copy-who = په { $date }، { $worker } ({ $organisation }) ستاسو غوښتنه ستاسو په موافقه { $structure } ته ولېږله.
copy-what = څه ولېږل شول:
copy-until = ستاسو موافقه تر { $date } پورې اعتبار لري. تاسو کولی شئ له هغې مخکې یې بېرته واخلئ.
copy-revoked = تاسو په { $date } خپله موافقه بېرته واخیسته. CMP هغه څه پاک کړل چې لېږل شوي وو.
copy-code = ستاسو کوډ: { $code }. دا کوډ وساتئ: په دې کوډ تاسو کولی شئ دا کاپي بیا وګورئ او خپله موافقه بېرته واخلئ.
copy-code-label = ستاسو کوډ (وې ساتئ):
copy-call = د پوښتنې لپاره: { $structure } ته په { $phone } شمېره زنګ ووهئ.
copy-keep = دا پاڼه وساتئ. په کوډ سره، هر وخت چې وغواړئ خپله موافقه بېرته اخیستلی شئ: په اپلیکیشن کې، یا CMP ته په زنګ وهلو سره.

## یو کس لېږل (د مسلکي کسانو لپاره: ټولنیز کارکوونکي، د ورځې مرکزونه، ټولنې)
settings-professional = د مسلکي کسانو لپاره
home-refer = یو کس CMP ته ولېږئ
home-referrals = هغه لېږنې چې په دې ټیلیفون کې شوې دي
situation-intro-professional = د هغه کس لپاره چې ملګرتیا یې کوئ، له هغه سره یوځای ځواب ورکړئ. هر ځواب د سم مرکز په موندلو کې مرسته کوي.
orientation-refer = { $structure } ته لېږنه چمتو کړئ
referral-title = لېږنه
referral-intro = دا له کس سره یوځای ډکه کړئ. کس ټاکي چې څه ولېږل شي. بیا کس خپله موافقه لولي او پخپله ځواب ورکوي.
field-professional-name = ستاسو نوم
field-professional-name-hint = CMP به تاسو ته زنګ ووهلی شي.
field-professional-organisation = ستاسو اداره
field-professional-organisation-hint = د بېلګې په توګه: CCAS de Villerelais، د ورځې مرکز.
field-professional-role = ستاسو دنده
field-professional-role-hint = د بېلګې په توګه: ټولنیزه کارکوونکې، روزونکی.
field-professional-phone = ستاسو ټیلیفون
field-professional-phone-hint = هغه شمېره چې CMP پرې له تاسو سره اړیکه نیولی شي.
field-why = د دې لېږنې لامل
field-why-hint = په څو ساده کلمو کې. کس به یې ولولي.
field-note = د کس پیغام (اختیاري)
field-note-hint = یوازې که کس غواړي چې ولېږل شي.
referral-months = د میاشتو شمېر: { $months }
referral-share-question = هغه څه چې کس یې CMP ته له لېږلو سره موافق دی:
referral-next = موافقه کس ته وښایئ
referral-field-missing = دا ځای ډک کړئ.
referral-field-invalid = یو ځای سم نه دی. هغه څه وګورئ چې مو لیکلي دي.
informed-question = کس د موافقې له متن څخه څنګه خبر شو:
informed-read = کس په سکرین کې ولوسته
informed-aloud = ما ورته په لوړ غږ ولوسته
informed-interpreter = د ژباړونکي په مرسته
informed-printed = په چاپ شوې پاڼه
referral-waiting = د شبکې په انتظار: لېږنه به پخپله ولېږل شي. تاسو کولی شئ { $structure } ته په { $phone } شمېره هم زنګ ووهئ.
referral-not-delivered = لېږنه ونه لېږل شوه. { $structure } ته په { $phone } شمېره زنګ ووهئ.
referral-revoked = موافقه بېرته واخیستل شوه. CMP هغه څه پاک کړل چې لېږل شوي وو.
referral-revoked-pending = موافقه بېرته واخیستل شوه. کله چې شبکه راشي، CMP ته به خبر ورکړل شي. تاسو کولی شئ { $structure } ته په { $phone } شمېره هم زنګ ووهئ.
referral-print = د کس کاپي چاپ کړئ
referral-revoke = کس خپله موافقه بېرته اخلي
referrals-empty = په دې ټیلیفون کې هیڅ لېږنه نه ده شوې.
