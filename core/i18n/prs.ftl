# Relais — Dari. Machine-assisted translation, NOT yet reviewed by a native speaker. / Relais — دری. ترجمه به کمک ماشین، هنوز توسط یک دری‌زبان بررسی نشده است.
# reviewed: no

## نقش کسانی که جواب می‌دهند
role-secretariat = منشی
role-reception = پذیرش شبانه‌روزی
role-intake-nurse = نرس پذیرش
role-clinician = کارمند صحی
role-outreach-team = تیم سیار
role-social-worker = مددکار اجتماعی
role-listener = شنونده
role-emergency-operator = خدمات عاجل
role-social-emergency = Samu social (کمک عاجل اجتماعی)

## شماره‌های عاجل (همیشه دیده می‌شوند، حتی بدون انترنت)
crisis-bar-title = همین حالا کمک لازم دارید؟
crisis-3114-name = 3114 – جلوگیری از خودکشی
crisis-3114-purpose = به خودکشی فکر می‌کنید، یا نگران کسی هستید؟ یک نرس یا روانشناس شب و روز به شما گوش می‌دهد. رایگان است.
crisis-15-name = 15 – SAMU (امبولانس)
crisis-15-purpose = حالت عاجل صحی: جان یک نفر در خطر است.
crisis-112-name = 112 – حالات عاجل
crisis-112-purpose = برای حالت عاجل، از هر تیلفون، در فرانسه و در اروپا.
crisis-114-name = 114 – حالات عاجل با SMS
crisis-114-purpose = نمی‌توانید گپ بزنید یا بشنوید: به 114 یک SMS بفرستید.
crisis-115-name = 115 – جای خواب عاجل
crisis-115-purpose = امشب جایی برای خواب ندارید.

## رهنمایی: چرا پیشنهاد می‌کنیم به این شخص زنگ بزنید
orient-sector-address = شهر شما: { $commune }. CMP (مرکز دولتی صحت روان) برای آدرس شما: { $structure }. به منشی زنگ بزنید و اولین وقت ملاقات را بخواهید.
orient-sector-street = سرک شما: { $street }، { $commune }. CMP (مرکز دولتی صحت روان) برای این سرک: { $structure }. به منشی زنگ بزنید و اولین وقت ملاقات را بخواهید.
orient-sector-residence = شما 3 ماه یا بیشتر است که در این شهر زندگی می‌کنید: { $commune }. CMP (مرکز دولتی صحت روان) که شما را می‌پذیرد: { $structure }. لازم نیست آدرس ثابت داشته باشید.
orient-sector-domiciliation = شهرِ آدرس پستی شما (domiciliation): { $commune }. CMP (مرکز دولتی صحت روان) که شما را می‌پذیرد: { $structure }. لازم نیست آدرس ثابت داشته باشید.
orient-sector-life = شما در این شهر می‌خوابید یا کمک می‌گیرید: { $commune }. CMP (مرکز دولتی صحت روان) که می‌تواند شما را بپذیرد: { $structure }. به آن‌ها بگویید کجا زندگی می‌کنید.
orient-child = برای یک طفل یا نوجوان: { $structure }. پدر یا مادر، یا سرپرست طفل زنگ می‌زند و وقت ملاقات می‌خواهد.
orient-young-adult-child-team = برای جوانان 16 و 17 ساله: { $structure } می‌تواند شما را بپذیرد.
orient-unknown-age-child = اگر برای یک طفل کمتر از 16 سال است، به جای آن به { $structure } زنگ بزنید.
orient-cmpp = یک راه دیگر برای کسانی که کمتر از 20 سال عمر دارند: { $structure }. این مرکز همه را می‌پذیرد، آدرس شما هر جا که باشد.
orient-empp = { $structure }: این تیم نزد کسانی می‌رود که خانه ندارند: در سرک، در سرپناه، در مرکز پذیرش روزانه.
orient-reception = { $structure }: شب و روز جواب می‌دهند. اگر نمی‌توانید منتظر بمانید، یا اگر کسی جواب نمی‌دهد، زنگ بزنید.
orient-reception-decides = { $structure }: شب و روز جواب می‌دهند. یک نفر به شما می‌گوید کدام CMP (مرکز دولتی صحت روان) شما را می‌پذیرد.
orient-last-resort = 3114 شب و روز و رایگان جواب می‌دهد. اگر حال تان خوب نیست، یا اگر کس دیگری جواب نمی‌دهد، زنگ بزنید.

## رهنمایی: وقتی خود ما نمی‌توانیم تصمیم بگیریم
orient-problem-unknown-commune = این شهر را پیدا کرده نمی‌توانیم: « { $place } ». یک نفر به شما کمک می‌کند تا CMP (مرکز دولتی صحت روان) درست را پیدا کنید.
orient-problem-out-of-area = این شهر در هیچ ساحه‌ای از فهرست مراکز نیست: { $commune }. یک نفر به شما کمک می‌کند تا CMP (مرکز دولتی صحت روان) درست را پیدا کنید.
orient-problem-needs-street = در این شهر چند CMP (مرکز دولتی صحت روان) وجود دارد: { $commune }. CMP درست به سرک شما بستگی دارد. یک نفر به شما کمک می‌کند.
orient-problem-needs-arrondissement = این شهر به چند ناحیه (arrondissement) تقسیم شده است: { $commune }. CMP (مرکز دولتی صحت روان) درست به ناحیه بستگی دارد: کود پستی (مثلاً 75013) یا سرک را بنویسید. یک نفر هم می‌تواند به شما کمک کند.
orient-problem-unknown-street = این سرک را پیدا کرده نمی‌توانیم: « { $street } »، { $commune }. یک نفر به شما کمک می‌کند تا CMP (مرکز دولتی صحت روان) درست را پیدا کنید.
orient-problem-several-sectors = کود پستی { $postcode } چند ساحه را در بر می‌گیرد. به یکی از این CMP ها (مراکز دولتی صحت روان) زنگ بزنید: آن‌ها به شما می‌گویند کدام یک شما را می‌پذیرد.
orient-problem-no-place = شما جایی را ننوشتید. مشکلی نیست: یک نفر به شما کمک می‌کند.
orient-problem-no-structure = ما CMP (مرکز دولتی صحت روان) این ساحه را نمی‌شناسیم. یک نفر به شما کمک می‌کند.
orient-problem-directory-unavailable = فهرست مراکز در این تیلفون موجود نیست. یک نفر به شما کمک می‌کند.
orient-problem-directory-empty = فهرست مراکز در این تیلفون خالی است. یک نفر به شما کمک می‌کند.

## یادداشت‌ها درباره یک تماس
note-interpreter = ترجمان بخواهید. این حق شماست و رایگان است.
note-speaks-your-language = در آنجا به زبان شما گپ می‌زنند.
note-minor = برای کسی که کمتر از 18 سال دارد، پدر یا مادر، یا سرپرست او زنگ می‌زند.
note-demo = معلومات نمونه: این شماره‌ها واقعی نیستند.

## ساعات کار
status-always-open = شب و روز باز است
status-open-until = حالا باز است، تا ساعت { $time }
status-closed-until = حالا بسته است. { $when } باز می‌شود.
status-closed-for-long = فعلاً بسته است
status-unknown = ساعات کار معلوم نیست: برای اطمینان زنگ بزنید
hours-always = شب و روز، هر روز.
hours-days-range = از { $first } تا { $last }
hours-day-one = { $day }
hours-line = { $days }: { $spans }
hours-span = { $start } – { $end }
hours-closed-holidays = در روزهای رخصتی رسمی بسته است.
hours-holidays = روزهای رخصتی رسمی: { $spans }
hours-closed = بسته است.

## تاریخ و ساعت
time-hm = { $h }:{ $m }
time-h = { $h }:00
day-date = { $weekday } { $day } { $month }
when-day-time = { $day }، ساعت { $time }
weekday-0 = دوشنبه
weekday-1 = سه‌شنبه
weekday-2 = چهارشنبه
weekday-3 = پنجشنبه
weekday-4 = جمعه
weekday-5 = شنبه
weekday-6 = یکشنبه
month-1 = جنوری
month-2 = فبروری
month-3 = مارچ
month-4 = اپریل
month-5 = می
month-6 = جون
month-7 = جولای
month-8 = اگست
month-9 = سپتمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

## فورم درخواست: چه چیزی درست نیست و چه باید کرد
form-name-missing = یک نام یا لقب بنویسید. CMP این نام را در تیلفون می‌گوید.
form-name-too-long = یک نام یا لقب کوتاه‌تر بنویسید (حد اکثر 24 حرف).
form-phone-missing = یک شماره تیلفون بنویسید تا به شما زنگ بزنند. اگر تیلفون ندارید، شماره کسی را بدهید که به شما کمک می‌کند.
form-phone-short-number = این یک شماره کوتاه است. شماره‌ای بنویسید تا دوباره به شما زنگ بزنند.
form-phone-wrong-length = شماره فرانسوی 10 رقم دارد. این شماره { $digits } رقم دارد. شماره را دوباره ببینید.
form-phone-bad-prefix = این شماره وجود داشته نمی‌تواند: بعد از 0 اول، هیچ وقت 0 دیگر نمی‌آید. شماره را دوباره ببینید.
form-phone-missing-zero = 0 اول شماره نیست. اول 0 را بنویسید، بعد 9 رقم را.
form-phone-character = شماره تیلفون فقط رقم دارد. « { $character } » را پاک کنید.
form-phone-international = شماره خارجی با + شروع می‌شود و 8 تا 15 رقم دارد. شماره را دوباره ببینید.
form-phone-service = این شماره با 08 شروع می‌شود: این شماره خدمات است، با آن نمی‌توانند دوباره به شما زنگ بزنند. شماره خود تان را بدهید، یا شماره کسی را که به شما کمک می‌کند.
form-relay-name-missing = نام شخص یا جایی را بنویسید که جواب می‌دهد (مثلاً: Mme Roux، CCAS).
form-relay-name-too-long = یک نام کوتاه‌تر بنویسید (حد اکثر 24 حرف).
form-call-windows-invalid = حد اکثر 3 وقت را انتخاب کنید که به شما زنگ بزنند.
form-language-invalid = یک زبان را از فهرست انتخاب کنید.
form-languages-too-many = حد اکثر 3 زبان را انتخاب کنید.
form-age-missing = سن شخص را بگویید: طفل، نوجوان یا بزرگسال. با این، مرکز درست انتخاب می‌شود.
form-place-too-long = نام محل خیلی دراز است. فقط نام شهر یا کود پستی را بنویسید.
form-message-too-long = پیام شما خیلی دراز است (حد اکثر 500 حرف). همه چیز را می‌توانید در تیلفون بگویید.

## به چه کسی زنگ بزنید، در هر مرحلهٔ درخواست
who-draft = درخواست شما هنوز فرستاده نشده است. می‌توانید به { $structure } هم زنگ بزنید.
who-queued = درخواست شما وقتی فرستاده می‌شود که تیلفون شبکه داشته باشد. می‌توانید همین حالا به { $structure } هم زنگ بزنید.
who-received = { $structure } درخواست شما را گرفت. یک نفر به شما زنگ می‌زند. شما هم می‌توانید زنگ بزنید.
who-contacting = { $structure } کوشش کرد به شما زنگ بزند. اگر می‌توانید، دوباره به آن‌ها زنگ بزنید.
who-contacting-named = این شخص به درخواست شما رسیدگی می‌کند. اگر می‌توانید، دوباره به او زنگ بزنید.
who-confirmed = وقت ملاقات شما تأیید شد. برای تغییر یا لغو آن، به این شخص زنگ بزنید.
who-redirected = CMP شما را به جای دیگری رهنمایی می‌کند. به این شخص زنگ بزنید.
who-closed-withdrawn = شما درخواست تان را پس گرفتید. اگر نظر تان تغییر کرد، به { $structure } زنگ بزنید.
who-closed-unreachable = CMP نتوانست با شما تماس بگیرد. خود تان به { $structure } زنگ بزنید.
who-closed-not-delivered = درخواست شما فرستاده نشد. به { $structure } زنگ بزنید: این مطمئن‌تر است.
who-closed-other = CMP درخواست شما را بست. به { $structure } زنگ بزنید تا بدانید چه کار کنید.

## تقویم (متن بی‌طرف: دیگران ممکن است تقویم را ببینند)
calendar-title = وقت ملاقات
calendar-description = با { $name }. برای تغییر یا لغو، به { $phone } زنگ بزنید.

## گرفتن کاپی معلومات شما
export-title = آنچه این تیلفون درباره شما نگه می‌دارد
export-intro = در این فایل همه چیزهایی است که برنامه Relais در این تیلفون نگه می‌دارد. می‌توانید آن را نگه دارید، به کسی نشان بدهید یا پاک کنید.
export-none = هیچ درخواستی نیست.
export-request = درخواست تاریخ { $date }
export-name = نام یا لقب: { $value }
export-phone = تیلفون برای تماس با شما: { $value }
export-relay = از طریق: { $value }
export-state = وضعیت درخواست: { $value }
export-to = فرستاده شد به: { $value }
export-message = پیام شما: { $value }
export-history = تاریخچه:
export-consent-revoked = موافقه پس گرفته شد
export-settings = تنظیمات:

## SMS (متن بی‌طرف: ممکن است تیلفون مشترک باشد)
sms-ack = درخواست شما رسید. منشی دوباره به شما زنگ می‌زند. در حالت عاجل: 15 یا 112.
sms-unreadable = پیام شما را خوانده نتوانستیم. یک نفر دوباره به شما زنگ می‌زند.
sms-confirmation = وقت ملاقات: { $when }، { $place }. برای تغییر یا لغو: { $phone }.
sms-confirmation-waiting = شما در لست انتظار هستید. به شما زنگ می‌زنند تا تاریخ را بگویند. سوال دارید؟ { $phone }.
sms-change = وقت ملاقات شما تغییر کرد. وقت ملاقات جدید: { $when }، { $place }. برای تغییر یا لغو: { $phone }.
sms-reminder = یادآوری: وقت ملاقات { $when }، { $place }. برای تغییر یا لغو: { $phone }. اگر دیگر یادآوری نمی‌خواهید، در جواب STOP بنویسید.
sms-with-sender = { $sender }: { $text }
sms-code = کود شما: { $code }. وقتی زنگ می‌زنید، این کود را بگویید.

## اطلاعیه روی تیلفون (متن بی‌طرف: دیگران ممکن است صفحه را ببینند)
notif-reminder-title = وقت ملاقات
notif-reminder-body = { $when }، { $place }. برای تغییر یا لغو: { $phone }.

## موافقه برای رهنمایی توسط مددکار اجتماعی
consent-title = موافقه شما پیش از فرستادن درخواست
consent-who = { $worker } ({ $organisation }) می‌خواهد درخواست شما را به { $structure } بفرستد.
consent-why = چرا: { $why }
consent-what = چه چیزی فرستاده می‌شود:
consent-share-name = نام یا لقب شما
consent-share-phone = شماره تیلفون شما
consent-share-note = یک پیام کوتاه که قبول دارید فرستاده شود
consent-share-relay = نام و تیلفون { $worker } ({ $phone })، تا CMP بتواند به او زنگ بزند
consent-outcome = { $worker } خبر می‌شود که آیا CMP به شما وقت ملاقات می‌دهد، و با چه کسی.
consent-share-call-windows = چه وقت می‌توانند به شما زنگ بزنند
consent-share-languages = زبان‌های شما، و اینکه آیا ترجمان لازم دارید
consent-share-age-place = سن شما و شهری که در آن زندگی می‌کنید
consent-not-shared = هیچ چیز دیگری فرستاده نمی‌شود: نه شماره بیمه صحی، نه تشخیص مریضی.
consent-how = درخواست شما به شکل رمزی و محفوظ فرستاده می‌شود. فقط تیم CMP (مرکز دولتی صحت روان) می‌تواند آن را بخواند. CMP آن را 90 روز بعد از وقت ملاقات پاک می‌کند.
consent-until = موافقه شما تا { $date } اعتبار دارد.
consent-revoke = می‌توانید همین حالا «نه» بگویید. بعداً هم می‌توانید موافقه تان را پس بگیرید، در برنامه یا با زنگ زدن به CMP.
consent-accept = قبول دارم
consent-refuse = قبول ندارم

## صفحه‌ها
home-title = Relais
home-subtitle = مرکز درست را پیدا کنید تا درباره مشکل تان گپ بزنید، و کسی را که به او زنگ بزنید.
home-ask = وقت ملاقات بخواهید
home-requests = درخواست‌های من
home-settings = تنظیمات
orientation-title = به چه کسی زنگ بزنید
orientation-ask = از { $structure } وقت ملاقات بخواهید
orientation-no-desk = { $structure } هنوز درخواست‌ها را از طریق برنامه نمی‌گیرد. به { $phone } زنگ بزنید: یک نفر به شما جواب می‌دهد.
form-title = اولین وقت ملاقات را بخواهید
form-intro = CMP (مرکز دولتی صحت روان) دوباره به شما زنگ می‌زند. شما هم هر وقت بخواهید، می‌توانید خود تان به آن زنگ بزنید.
form-submit = فرستادن درخواست
field-name = نام یا لقب
field-name-hint = نامی که CMP در تیلفون می‌گوید.
field-phone = تیلفون
field-phone-hint = شماره شما، یا شماره کسی که به شما کمک می‌کند.
field-relay-name = نام شخص یا جایی که جواب می‌دهد
field-relay-name-hint = فقط اگر این تیلفون شما نیست.
field-call-windows = چه وقت به شما زنگ بزنند
field-call-windows-hint = تا 3 وقت.
field-languages = زبان‌های شما
field-languages-hint = می‌توانید ترجمان بخواهید.
field-age = سن شخص
field-age-hint = طفل، نوجوان یا بزرگسال.
commune-choice-old-name = { $commune } (نام قبلی: { $old })
field-message = پیام (اختیاری)
field-message-hint = آنچه می‌خواهید به CMP بگویید. اجباری نیست.
status-title = درخواست من
state-draft = هنوز فرستاده نشده
state-queued = منتظر شبکه: خودش فرستاده می‌شود
state-sent-by-sms = با SMS فرستاده شد
state-received = CMP آن را گرفت
state-contacting = CMP کوشش می‌کند به شما زنگ بزند
state-confirmed = وقت ملاقات تأیید شد
state-waiting-list = در لست انتظار
state-redirected = به جای دیگری رهنمایی شد
state-closed = درخواست بسته شد
history-line = { $when }: { $state }
appointment-nurse-intake = اولین گفتگو با یک نرس
appointment-medical = وقت ملاقات با داکتر صحت روان یا روانشناس
appointment-waiting-list = لست انتظار: به شما زنگ می‌زنند تا تاریخ را بگویند
action-call = زنگ زدن
action-call-a11y = به { $who }، { $structure }، به شماره { $phone } زنگ بزنید
action-sms = فرستادن SMS
action-sms-a11y = به { $who } SMS بفرستید
action-map = دیدن روی نقشه
action-withdraw = پس گرفتن درخواست من
action-calendar = اضافه کردن به تقویم من
action-sms-fallback = فرستادن درخواست با SMS
settings-title = تنظیمات
settings-export = دانلود معلومات من
settings-erase = پاک کردن همه چیز
settings-erase-warning = همه چیزهایی که برنامه در این تیلفون نگه می‌دارد پاک می‌شود: درخواست‌ها و تنظیمات شما. CMP آنچه را که قبلاً برایش فرستاده‌اید نگه می‌دارد؛ برای پاک کردن آن، به CMP زنگ بزنید.

## فورم: انتخاب‌ها
age-under12 = یک طفل کمتر از 12 سال
age-12-15 = یک نوجوان 12 تا 15 ساله
age-16-17 = یک جوان 16 یا 17 ساله
age-18-20 = یک شخص 18 تا 20 ساله
age-21 = یک شخص 21 ساله یا بیشتر
age-unknown = نمی‌خواهم بگویم
window-morning = صبح (9:00 – 12:00)، از دوشنبه تا جمعه
window-midday = چاشت (12:00 – 14:00)، از دوشنبه تا جمعه
window-afternoon = بعد از چاشت (14:00 – 17:00)، از دوشنبه تا جمعه
window-evening = نزدیک شام (17:00 – 19:00)، از دوشنبه تا جمعه
relay-social-worker = یک مددکار اجتماعی
relay-shelter = یک سرپناه یا مرکز پذیرش روزانه
relay-other = یک شخص دیگر
form-voicemail-ok = می‌توانند برایم پیام صوتی بگذارند
form-sms-ok = می‌توانند برایم SMS بفرستند
form-interpreter = به ترجمان ضرورت دارم

## فرستادن درخواست‌های شما (وقتی تیلفون شبکه دارد)
sync-news = درخواست شما خبر تازه دارد. ببینید به چه کسی زنگ بزنید.
sync-waiting-network = فعلاً شبکه نیست. درخواست شما خودش فرستاده می‌شود. می‌توانید به CMP هم زنگ بزنید.
sync-pending = درخواست شما منتظر فرستادن است. خودش فرستاده می‌شود. می‌توانید به CMP هم زنگ بزنید.
sync-nothing-new = فعلاً چیز تازه‌ای نیست.
sync-failed = فرستادن شروع نشد. بعداً دوباره کوشش کنید، یا به CMP زنگ بزنید.

## سوال‌ها پیش از اینکه بدانید به چه کسی زنگ بزنید
situation-title = چند سوال
situation-intro = اگر می‌خواهید، جواب بدهید. هر جواب کمک می‌کند تا مرکز درست پیدا شود. اگر جواب ندهید، باز هم کسانی را به شما نشان می‌دهیم که به آن‌ها زنگ بزنید.
situation-place-question = کجا زندگی می‌کنید؟
place-kind-address = آدرس دارم
place-kind-no-fixed-address = آدرس ثابت ندارم
place-kind-unknown = نمی‌خواهم بگویم
field-commune = شهر یا کود پستی
field-commune-hint = مثلاً: Villerelais، یا 96300.
field-street = سرک و شماره خانه (اختیاری)
field-street-hint = فقط در شهرهای بزرگ: مرکز به سرک بستگی دارد.
field-lived-here = شهری که 3 ماه یا بیشتر است در آن زندگی می‌کنید
field-lived-here-hint = لازم نیست جواب بدهید.
field-domiciliation = شهرِ آدرس پستی شما (domiciliation: آدرسی که نامه‌های شما به آنجا می‌آید)
field-domiciliation-hint = اگر در CCAS یا در یک مؤسسه آدرس پستی (domiciliation) دارید.
field-sleeps-in = شهری که در آن می‌خوابید، یا در آن کمک می‌گیرید
field-sleeps-in-hint = مثلاً: سرپناه، مرکز پذیرش روزانه.
situation-next = ببینید به چه کسی زنگ بزنید

## فورم: تیلفون
form-phone-owner-question = این تیلفون از کیست؟
phone-owner-mine = این تیلفون من است

## درخواست‌های من
requests-empty = هنوز هیچ درخواستی در این تیلفون ندارید.
requests-open = دیدن
requests-open-a11y = دیدن درخواست تاریخ { $date } به { $structure }

## دکمه‌ها
action-refresh = دیدن اینکه خبر تازه‌ای هست یا نه
action-cancel = نه، برگشت
action-back = برگشت
action-listen = گوش دادن
action-home = صفحه اصلی
erase-confirm = بلی، همه چیز پاک شود

## وقتی چیزی درست نیست
problem-title = یک مشکل
consent-done-accepted = تشکر. موافقه شما ثبت شد. درخواست شما می‌تواند به { $structure } فرستاده شود. هر وقت بخواهید، می‌توانید موافقه تان را پس بگیرید.
consent-done-refused = شما «نه» گفتید. هیچ چیز فرستاده نشد. باز هم می‌توانید خود تان به { $structure } زنگ بزنید.
error-storage-full = در تیلفون جای خالی نمانده است. چند عکس یا برنامه را پاک کنید، بعد دوباره کوشش کنید. می‌توانید مستقیم به CMP هم زنگ بزنید.
error-storage-too-new = این برنامه برای معلومات شما خیلی کهنه است. برنامه را تازه (آپدیت) کنید. تا آن وقت، مستقیم به CMP زنگ بزنید.
error-storage-busy = تیلفون مصروف است. کمی بعد دوباره کوشش کنید. می‌توانید مستقیم به CMP هم زنگ بزنید.
error-storage-locked = معلومات شما محافظت شده است و باز نمی‌شود. تیلفون را خاموش و دوباره روشن کنید، بعد دوباره کوشش کنید. می‌توانید مستقیم به CMP هم زنگ بزنید.
error-storage-damaged = معلومات برنامه خراب شده است. می‌توانید در تنظیمات همه چیز را پاک کنید. برای درخواست تان، مستقیم به CMP زنگ بزنید.
error-storage = برنامه نمی‌تواند چیزی را ذخیره کند. دوباره کوشش کنید. می‌توانید مستقیم به CMP هم زنگ بزنید.
error-not-found = این درخواست دیگر در این تیلفون نیست. برای دانستن وضعیت آن، به CMP زنگ بزنید.
error-appointment-passed = وقت ملاقات گذشته است. برای گپ زدن درباره آن، به CMP زنگ بزنید.
error-not-possible = این کار برای این درخواست دیگر ممکن نیست. برای گپ زدن درباره آن، به CMP زنگ بزنید.
error-sms = درخواست در یک SMS جای نمی‌شود. مستقیم به CMP زنگ بزنید.
error-referral = این رهنمایی کامل نیست. از کسی که همراه شماست بخواهید آن را دوباره انجام دهد.
error-internal = در برنامه مشکلی پیش آمد. مستقیم به CMP زنگ بزنید. اگر حال تان خوب نیست، به 3114 زنگ بزنید.

## اطلاعیه‌ها (متن بی‌طرف: دیگران ممکن است صفحه تیلفون را ببینند)
notif-news-title = Relais
notif-news-body = خبر تازه است. برنامه را باز کنید.

## کاپی رهنمایی شما (در تیلفون، یا چاپ‌شده)
copy-title = کاپی رهنمایی شما
copy-who = در تاریخ { $date }، { $worker } ({ $organisation }) درخواست شما را با موافقه شما به { $structure } فرستاد.
copy-what = چه چیزی فرستاده شد:
copy-until = موافقه شما تا { $date } اعتبار دارد. پیش از آن هم می‌توانید آن را پس بگیرید.
copy-revoked = شما در تاریخ { $date } موافقه تان را پس گرفتید. CMP آنچه را که فرستاده شده بود پاک کرد.
copy-code = کود شما: { $code }. آن را نگه دارید: با این کود می‌توانید این کاپی را دوباره ببینید و موافقه تان را پس بگیرید.
copy-code-label = کود شما (آن را نگه دارید):
copy-call = اگر سوال دارید: به { $structure } به شماره { $phone } زنگ بزنید.
copy-keep = این ورق را نگه دارید. با این کود، هر وقت بخواهید می‌توانید موافقه تان را پس بگیرید: در برنامه، یا با زنگ زدن به CMP.

## رهنمایی یک شخص (برای کارمندان مسلکی: مددکاران اجتماعی، مراکز پذیرش روزانه، مؤسسه‌ها)
settings-professional = برای کارمندان مسلکی
home-refer = رهنمایی یک شخص به یک CMP
home-referrals = رهنمایی‌هایی که در این تیلفون انجام شده
situation-intro-professional = برای شخصی که همراهش هستید، همراه با خود او جواب بدهید. هر جواب کمک می‌کند تا مرکز درست پیدا شود.
orientation-refer = آماده کردن رهنمایی به { $structure }
referral-title = رهنمایی
referral-intro = این را همراه با شخص پر کنید. او انتخاب می‌کند که چه چیزی فرستاده شود. بعد، او موافقه خود را می‌خواند و خودش جواب می‌دهد.
field-professional-name = نام شما
field-professional-name-hint = CMP ممکن است به شما زنگ بزند.
field-professional-organisation = اداره یا مؤسسه شما
field-professional-organisation-hint = مثلاً: CCAS de Villerelais، مرکز پذیرش روزانه.
field-professional-role = وظیفه شما
field-professional-role-hint = مثلاً: مددکار اجتماعی، مربی.
field-professional-phone = تیلفون شما
field-professional-phone-hint = شماره‌ای که CMP می‌تواند با آن به شما زنگ بزند.
field-why = چرا این رهنمایی
field-why-hint = با چند کلمه ساده. شخص آن را می‌خواند.
field-note = پیام شخص (اختیاری)
field-note-hint = فقط اگر شخص بخواهد آن را بفرستد.
referral-months = { $months } ماه
referral-share-question = آنچه شخص قبول دارد به CMP فرستاده شود:
referral-next = موافقه را به شخص نشان بدهید
referral-field-missing = این خانه را پر کنید.
referral-field-invalid = یک خانه درست نیست. آنچه را نوشته‌اید دوباره ببینید.
informed-question = شخص چطور از متن موافقه باخبر شد:
informed-read = خودش آن را روی صفحه خواند
informed-aloud = من آن را با صدای بلند برایش خواندم
informed-interpreter = با کمک ترجمان
informed-printed = روی ورق چاپ‌شده
referral-waiting = منتظر شبکه: رهنمایی خودش فرستاده می‌شود. می‌توانید به { $structure } به شماره { $phone } هم زنگ بزنید.
referral-not-delivered = رهنمایی فرستاده نشد. به { $structure } به شماره { $phone } زنگ بزنید.
referral-revoked = موافقه پس گرفته شد. CMP آنچه را که فرستاده شده بود پاک کرد.
referral-revoked-pending = موافقه پس گرفته شد. وقتی شبکه بیاید، به CMP خبر داده می‌شود. می‌توانید به { $structure } به شماره { $phone } هم زنگ بزنید.
referral-print = چاپ کردن کاپی شخص
referral-revoke = شخص موافقه خود را پس می‌گیرد
referrals-empty = در این تیلفون هیچ رهنمایی انجام نشده است.
