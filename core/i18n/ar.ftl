# Relais — Arabic. Machine-assisted translation, NOT yet reviewed by a native speaker. / Relais — العربية. ترجمة بمساعدة الآلة، لم يراجعها بعد متحدث أصلي باللغة.
# reviewed: no

## أدوار الأشخاص الذين يردّون
role-secretariat = السكرتارية
role-reception = استقبال ليلاً ونهاراً
role-intake-nurse = ممرّض أو ممرّضة الاستقبال
role-clinician = معالج أو معالجة
role-outreach-team = الفريق المتنقّل
role-social-worker = مساعد اجتماعي أو مساعدة اجتماعية
role-listener = مستمع أو مستمعة
role-emergency-operator = خدمة الطوارئ
role-social-emergency = Samu social (مساعدة اجتماعية عاجلة)

## أرقام الطوارئ (ظاهرة دائماً، حتى بدون إنترنت)
crisis-bar-title = هل تحتاج إلى مساعدة الآن؟
crisis-3114-name = 3114 – الوقاية من الانتحار
crisis-3114-purpose = هل تفكر في الانتحار؟ هل أنت قلق على شخص آخر؟ ممرّض أو أخصائي نفسي يستمع إليك، في الليل وفي النهار. الاتصال مجاني.
crisis-15-name = 15 – SAMU (الإسعاف)
crisis-15-purpose = حالة طبية طارئة: حياة شخص في خطر.
crisis-112-name = 112 – الطوارئ
crisis-112-purpose = للطوارئ، من أي هاتف، في فرنسا وفي أوروبا.
crisis-114-name = 114 – الطوارئ برسالة SMS
crisis-114-purpose = لا تستطيع أن تتكلم أو أن تسمع: أرسل رسالة SMS إلى 114.
crisis-115-name = 115 – مأوى طارئ
crisis-115-purpose = ليس لديك مكان تنام فيه هذه الليلة.

## التوجيه: لماذا نقترح عليك الاتصال بهذا الشخص
orient-sector-address = مدينتك: { $commune }. الـ CMP (مركز الصحة النفسية العام) لعنوانك: { $structure }. اتصل بالسكرتارية لتطلب موعداً أول.
orient-sector-street = شارعك: { $street }، { $commune }. الـ CMP (مركز الصحة النفسية العام) لهذا الشارع: { $structure }. اتصل بالسكرتارية لتطلب موعداً أول.
orient-sector-residence = أنت تعيش في هذه المدينة منذ 3 أشهر أو أكثر: { $commune }. الـ CMP (مركز الصحة النفسية العام) الذي يستقبلك: { $structure }. لا تحتاج إلى عنوان ثابت.
orient-sector-domiciliation = مدينة عنوانك البريدي (domiciliation): { $commune }. الـ CMP (مركز الصحة النفسية العام) الذي يستقبلك: { $structure }. لا تحتاج إلى عنوان ثابت.
orient-sector-life = أنت تنام في هذه المدينة أو تتلقى فيها المساعدة: { $commune }. الـ CMP (مركز الصحة النفسية العام) الذي يمكن أن يستقبلك: { $structure }. قل لهم أين تعيش.
orient-child = لطفل أو لمراهق: { $structure }. أحد الوالدين أو المسؤول عن الطفل يتصل لطلب موعد.
orient-young-adult-child-team = للشباب في عمر 16 و17 سنة: { $structure } يمكن أن يستقبلك.
orient-unknown-age-child = إذا كان الأمر لطفل عمره أقل من 16 سنة، اتصل بـ { $structure } بدلاً من ذلك.
orient-cmpp = خيار آخر لمن عمرهم أقل من 20 سنة: { $structure }. هذا المركز يستقبل الناس مهما كان عنوانهم.
orient-empp = { $structure }: هذا الفريق يذهب إلى الأشخاص الذين ليس لديهم سكن: في الشارع، في المأوى، في مركز الاستقبال النهاري.
orient-reception = { $structure }: يردّون عليك في الليل وفي النهار. اتصل إذا كنت لا تستطيع الانتظار، أو إذا لم يردّ أحد.
orient-reception-decides = { $structure }: يردّون عليك في الليل وفي النهار. سيقول لك شخص أي CMP (مركز الصحة النفسية العام) يستقبلك.
orient-last-resort = الرقم 3114 يردّ في الليل وفي النهار، مجاناً. اتصل إذا كنت لست بخير، أو إذا لم يردّ أحد غيره.

## التوجيه: عندما لا نستطيع أن نقرر وحدنا
orient-problem-unknown-commune = لا نجد هذه المدينة: « { $place } ». سيساعدك شخص على إيجاد الـ CMP (مركز الصحة النفسية العام) المناسب.
orient-problem-out-of-area = هذه المدينة ليست في أي قطاع من الدليل: { $commune }. سيساعدك شخص على إيجاد الـ CMP (مركز الصحة النفسية العام) المناسب.
orient-problem-needs-street = في هذه المدينة عدة مراكز CMP (مراكز الصحة النفسية العامة): { $commune }. المركز المناسب يعتمد على الشارع. سيساعدك شخص.
orient-problem-needs-arrondissement = هذه المدينة مقسّمة إلى دوائر (arrondissements): { $commune }. الـ CMP (مركز الصحة النفسية العام) المناسب يعتمد على الدائرة: اكتب الرمز البريدي (مثلاً 75013) أو الشارع. ويمكن أيضاً أن يساعدك شخص.
orient-problem-unknown-street = لا نجد هذا الشارع: « { $street } »، { $commune }. سيساعدك شخص على إيجاد الـ CMP (مركز الصحة النفسية العام) المناسب.
orient-problem-several-sectors = الرمز البريدي { $postcode } يغطي عدة قطاعات. اتصل بأحد مراكز CMP (مراكز الصحة النفسية العامة) هذه: سيقولون لك أي مركز يستقبلك.
orient-problem-no-place = لم تكتب أي مكان. لا مشكلة: سيساعدك شخص.
orient-problem-no-structure = لا نعرف الـ CMP (مركز الصحة النفسية العام) لهذا القطاع. سيساعدك شخص.
orient-problem-directory-unavailable = الدليل غير موجود على هذا الهاتف. سيساعدك شخص.
orient-problem-directory-empty = الدليل على هذا الهاتف فارغ. سيساعدك شخص.

## ملاحظات عن جهة الاتصال
note-interpreter = اطلب مترجماً. هذا حقك، وهو مجاني.
note-speaks-your-language = هناك يتكلمون لغتك.
note-minor = إذا كان عمر الشخص أقل من 18 سنة، يتصل أحد الوالدين أو المسؤول عنه.
note-demo = بيانات تجريبية: هذه الأرقام ليست حقيقية.

## أوقات العمل
status-always-open = مفتوح ليلاً ونهاراً
status-open-until = مفتوح الآن، حتى الساعة { $time }
status-closed-until = مغلق الآن. يفتح يوم { $when }
status-closed-for-long = مغلق حالياً
status-unknown = أوقات العمل غير معروفة: اتصل للتأكد
hours-always = ليلاً ونهاراً، كل الأيام.
hours-days-range = من { $first } إلى { $last }
hours-day-one = { $day }
hours-line = { $days }: { $spans }
hours-span = { $start } – { $end }
hours-closed-holidays = مغلق في أيام العطل الرسمية.
hours-holidays = أيام العطل الرسمية: { $spans }
hours-closed = مغلق.

## التواريخ والأوقات
time-hm = { $h }:{ $m }
time-h = { $h }:00
day-date = { $weekday } { $day } { $month }
when-day-time = { $day } الساعة { $time }
weekday-0 = الاثنين
weekday-1 = الثلاثاء
weekday-2 = الأربعاء
weekday-3 = الخميس
weekday-4 = الجمعة
weekday-5 = السبت
weekday-6 = الأحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## استمارة الطلب: ما المشكلة، وماذا تفعل
form-name-missing = اكتب اسماً أو لقباً. الـ CMP سيقول هذا الاسم على الهاتف.
form-name-too-long = اكتب اسماً أو لقباً أقصر (24 حرفاً على الأكثر).
form-phone-missing = اكتب رقم هاتف يمكن الاتصال بك عليه. إذا لم يكن لديك هاتف، اكتب رقم شخص يساعدك.
form-phone-short-number = هذا رقم قصير. اكتب رقماً يمكن أن نعاود الاتصال بك عليه.
form-phone-wrong-length = الرقم الفرنسي فيه 10 أرقام. عدد الأرقام في هذا الرقم: { $digits }. تأكّد من الرقم.
form-phone-bad-prefix = هذا الرقم لا يمكن أن يوجد: بعد أول 0، لا يأتي أبداً 0 آخر. تأكّد من الرقم.
form-phone-missing-zero = ينقص الـ 0 في البداية. اكتب 0، ثم الأرقام الـ 9.
form-phone-character = رقم الهاتف فيه أرقام فقط. احذف « { $character } ».
form-phone-international = الرقم الأجنبي يبدأ بـ + وفيه من 8 إلى 15 رقماً. تأكّد من الرقم.
form-phone-service = هذا الرقم يبدأ بـ 08: هذا رقم خدمة، لا يمكن أن نعاود الاتصال بك عليه. اكتب رقمك، أو رقم شخص يساعدك.
form-relay-name-missing = اكتب اسم الشخص أو المكان الذي سيردّ (مثلاً: Mme Roux، CCAS).
form-relay-name-too-long = اكتب اسماً أقصر (24 حرفاً على الأكثر).
form-call-windows-invalid = اختر 3 أوقات على الأكثر يمكن الاتصال بك فيها.
form-language-invalid = اختر لغة من القائمة.
form-languages-too-many = اختر 3 لغات على الأكثر.
form-age-missing = قل عمر الشخص: طفل، مراهق أو بالغ. هذا يساعد على اختيار المركز المناسب.
form-place-too-long = اسم المكان طويل جداً. اكتب فقط اسم المدينة أو الرمز البريدي.
form-message-too-long = رسالتك طويلة جداً (500 حرف على الأكثر). يمكنك أن تقول كل شيء على الهاتف.

## بمن تتصل، في كل مرحلة من الطلب
who-draft = طلبك لم يُرسَل بعد. يمكنك أيضاً أن تتصل بـ { $structure }.
who-queued = سيُرسَل طلبك عندما يلتقط الهاتف الشبكة. يمكنك أيضاً أن تتصل بـ { $structure } الآن.
who-received = وصل طلبك إلى { $structure }. سيتصل بك شخص. يمكنك أنت أيضاً أن تتصل.
who-contacting = حاول { $structure } الاتصال بك. عاود الاتصال بهم إذا استطعت.
who-contacting-named = هذا الشخص يهتم بطلبك. عاود الاتصال به إذا استطعت.
who-confirmed = موعدك مؤكَّد. لتغييره أو لإلغائه، اتصل بهذا الشخص.
who-redirected = الـ CMP يوجّهك إلى مكان آخر. اتصل بهذا الشخص.
who-closed-withdrawn = لقد سحبت طلبك. إذا غيّرت رأيك، اتصل بـ { $structure }.
who-closed-unreachable = لم يستطع الـ CMP أن يصل إليك. اتصل أنت بـ { $structure }.
who-closed-not-delivered = لم يُرسَل طلبك. اتصل بـ { $structure }: هذا أضمن.
who-closed-other = أغلق الـ CMP طلبك. اتصل بـ { $structure } لتعرف ماذا تفعل.

## التقويم (نص محايد: قد يرى أشخاص آخرون التقويم)
calendar-title = موعد
calendar-description = مع { $name }. للتغيير أو الإلغاء، اتصل بالرقم { $phone }.

## تصدير بياناتك
export-title = ما يحفظه هذا الهاتف عنك
export-intro = في هذا الملف كل ما يحفظه تطبيق Relais على هذا الهاتف. يمكنك أن تحتفظ به، أو تُريه لأحد، أو تحذفه.
export-none = لا يوجد طلب.
export-request = طلب بتاريخ { $date }
export-name = الاسم أو اللقب: { $value }
export-phone = الهاتف للاتصال بك: { $value }
export-relay = عن طريق: { $value }
export-state = أين وصل الطلب: { $value }
export-to = أُرسِل إلى: { $value }
export-message = رسالتك: { $value }
export-history = السجل:
export-consent-revoked = تم سحب الموافقة
export-settings = الإعدادات:

## SMS (نص محايد: قد يكون الهاتف مشتركاً)
sms-ack = وصل طلبك. ستعاود السكرتارية الاتصال بك. في حالة الطوارئ: 15 أو 112.
sms-unreadable = لم نستطع قراءة رسالتك. سيعاود شخص الاتصال بك.
sms-confirmation = موعد يوم { $when }، في { $place }. للتغيير أو الإلغاء: { $phone }.
sms-confirmation-waiting = أنت على قائمة الانتظار. سنتصل بك لنعطيك تاريخاً. للأسئلة: { $phone }.
sms-change = تغيّر موعدك. الموعد الجديد يوم { $when }، في { $place }. للتغيير أو الإلغاء: { $phone }.
sms-reminder = تذكير: موعد يوم { $when }، في { $place }. للتغيير أو الإلغاء: { $phone }. لإيقاف رسائل التذكير، أرسل كلمة STOP ردّاً على هذه الرسالة.
sms-with-sender = { $sender }: { $text }
sms-code = رمزك: { $code }. أعطِ هذا الرمز عندما تتصل.

## إشعار على الهاتف (نص محايد: قد يرى أشخاص آخرون الشاشة)
notif-reminder-title = موعد
notif-reminder-body = { $when }، في { $place }. للتغيير أو الإلغاء: { $phone }.

## الموافقة على توجيه من مساعد اجتماعي
consent-title = موافقتك قبل إرسال طلبك
consent-who = { $worker } ({ $organisation }) يريد أن يرسل طلبك إلى { $structure }.
consent-why = السبب: { $why }
consent-what = ما سيُرسَل:
consent-share-name = اسمك أو لقبك
consent-share-phone = رقم هاتفك
consent-share-note = رسالة قصيرة توافق على إرسالها
consent-share-relay = اسم { $worker } ورقم هاتفه ({ $phone })، لكي يستطيع الـ CMP أن يتصل به
consent-outcome = { $worker } سيعرف إن كان الـ CMP سيعطيك موعداً، ومع من.
consent-share-call-windows = الأوقات التي يمكن الاتصال بك فيها
consent-share-languages = لغاتك، وهل تحتاج إلى مترجم
consent-share-age-place = عمرك، والمدينة التي تعيش فيها
consent-not-shared = لا يُرسَل أي شيء آخر: لا رقم الضمان الاجتماعي، ولا أي تشخيص طبي.
consent-how = الإرسال مُشفَّر. فريق الـ CMP (مركز الصحة النفسية العام) فقط يستطيع قراءة طلبك. الـ CMP يحذفه بعد 90 يوماً من الموعد.
consent-until = موافقتك صالحة حتى { $date }.
consent-revoke = يمكنك أن تقول «لا» الآن. ويمكنك أيضاً أن تسحب موافقتك فيما بعد، في التطبيق أو بالاتصال بالـ CMP.
consent-accept = أوافق
consent-refuse = أرفض

## الشاشات
home-title = Relais
home-subtitle = جِد المركز المناسب لتتكلم عمّا يتعبك، وشخصاً تتصل به.
home-ask = اطلب موعداً
home-requests = طلباتي
home-settings = الإعدادات
orientation-title = بمن تتصل
orientation-ask = اطلب موعداً من { $structure }
orientation-no-desk = { $structure } لا يستقبل الطلبات عبر التطبيق بعد. اتصل بالرقم { $phone }: سيردّ عليك شخص.
form-title = اطلب موعداً أول
form-intro = سيعاود الـ CMP (مركز الصحة النفسية العام) الاتصال بك. ويمكنك أيضاً أن تتصل به بنفسك في أي وقت.
form-submit = أرسل الطلب
field-name = الاسم أو اللقب
field-name-hint = الاسم الذي سيقوله الـ CMP على الهاتف.
field-phone = الهاتف
field-phone-hint = رقمك، أو رقم شخص يساعدك.
field-relay-name = اسم الشخص أو المكان الذي سيردّ
field-relay-name-hint = فقط إذا لم يكن هذا هاتفك.
field-call-windows = متى نتصل بك
field-call-windows-hint = حتى 3 أوقات.
field-languages = لغاتك
field-languages-hint = يمكنك أن تطلب مترجماً.
field-age = عمر الشخص
field-age-hint = طفل، مراهق أو بالغ.
commune-choice-old-name = { $commune } (سابقاً { $old })
field-message = رسالة (اختياري)
field-message-hint = ما تريد أن تقوله للـ CMP. ليس إجبارياً.
status-title = طلبي
state-draft = لم يُرسَل بعد
state-queued = ينتظر الشبكة: سيُرسَل وحده
state-sent-by-sms = أُرسِل برسالة SMS
state-received = وصل إلى الـ CMP
state-contacting = الـ CMP يحاول الاتصال بك
state-confirmed = الموعد مؤكَّد
state-waiting-list = على قائمة الانتظار
state-redirected = تم التوجيه إلى مكان آخر
state-closed = الطلب مُغلَق
history-line = { $when }: { $state }
appointment-nurse-intake = أول لقاء مع ممرّض أو ممرّضة
appointment-medical = موعد مع طبيب نفسي أو أخصائي نفسي
appointment-waiting-list = قائمة الانتظار: سنتصل بك لنعطيك تاريخاً
action-call = اتصل
action-call-a11y = اتصل بـ { $who }، { $structure }، على الرقم { $phone }
action-sms = أرسل رسالة SMS
action-sms-a11y = أرسل رسالة SMS إلى { $who }
action-map = شاهد على الخريطة
action-withdraw = اسحب طلبي
action-calendar = أضف إلى التقويم
action-sms-fallback = أرسل الطلب برسالة SMS
settings-title = الإعدادات
settings-export = نزّل بياناتي
settings-erase = امسح كل شيء
settings-erase-warning = كل ما يحفظه التطبيق على هذا الهاتف سيُمسَح: طلباتك وإعداداتك. الـ CMP يحتفظ بما أرسلته إليه من قبل؛ لمسحه، اتصل به.

## الاستمارة: الاختيارات
age-under12 = طفل عمره أقل من 12 سنة
age-12-15 = شاب عمره من 12 إلى 15 سنة
age-16-17 = شاب عمره 16 أو 17 سنة
age-18-20 = شخص عمره من 18 إلى 20 سنة
age-21 = شخص عمره 21 سنة أو أكثر
age-unknown = لا أريد أن أقول
window-morning = في الصباح (9:00 – 12:00)، من الاثنين إلى الجمعة
window-midday = عند الظهر (12:00 – 14:00)، من الاثنين إلى الجمعة
window-afternoon = بعد الظهر (14:00 – 17:00)، من الاثنين إلى الجمعة
window-evening = في آخر النهار (17:00 – 19:00)، من الاثنين إلى الجمعة
relay-social-worker = مساعد اجتماعي
relay-shelter = مأوى أو مركز استقبال نهاري
relay-other = شخص آخر
form-voicemail-ok = يمكن ترك رسالة صوتية لي
form-sms-ok = يمكن إرسال رسالة SMS لي
form-interpreter = أحتاج إلى مترجم

## إرسال طلباتك (عندما يلتقط الهاتف الشبكة)
sync-news = هناك جديد في طلبك. انظر بمن تتصل.
sync-waiting-network = لا توجد شبكة حالياً. سيُرسَل طلبك وحده. يمكنك أيضاً أن تتصل بالـ CMP.
sync-pending = طلبك ينتظر الإرسال. سيُرسَل وحده. يمكنك أيضاً أن تتصل بالـ CMP.
sync-nothing-new = لا جديد حالياً.
sync-failed = لم يبدأ الإرسال. حاول مرة أخرى فيما بعد، أو اتصل بالـ CMP.

## الأسئلة قبل أن تعرف بمن تتصل
situation-title = بعض الأسئلة
situation-intro = أجب إذا أردت. كل جواب يساعد على إيجاد المركز المناسب. إذا لم تجب، سنعطيك مع ذلك أشخاصاً تتصل بهم.
situation-place-question = أين تعيش؟
place-kind-address = لديّ عنوان
place-kind-no-fixed-address = ليس لديّ عنوان ثابت
place-kind-unknown = لا أريد أن أقول
field-commune = المدينة أو الرمز البريدي
field-commune-hint = مثلاً: Villerelais، أو 96300.
field-street = الشارع ورقم البيت (اختياري)
field-street-hint = فقط في المدن الكبيرة: المركز يعتمد على الشارع.
field-lived-here = المدينة التي تعيش فيها منذ 3 أشهر أو أكثر
field-lived-here-hint = يمكنك ألّا تجيب.
field-domiciliation = مدينة عنوانك البريدي (domiciliation: العنوان الذي تصلك عليه الرسائل)
field-domiciliation-hint = إذا كان لديك عنوان بريدي (domiciliation) في الـ CCAS أو في جمعية.
field-sleeps-in = المدينة التي تنام فيها، أو التي تتلقى فيها المساعدة
field-sleeps-in-hint = مثلاً: المأوى، مركز الاستقبال النهاري.
situation-next = انظر بمن تتصل

## الاستمارة: الهاتف
form-phone-owner-question = لمن هذا الهاتف؟
phone-owner-mine = هذا هاتفي

## طلباتي
requests-empty = ليس لديك أي طلب على هذا الهاتف بعد.
requests-open = عرض
requests-open-a11y = عرض الطلب بتاريخ { $date } إلى { $structure }

## الأزرار
action-refresh = انظر إن كان هناك جديد
action-cancel = لا، ارجع
action-back = رجوع
action-listen = استمع
action-home = الصفحة الرئيسية
erase-confirm = نعم، امسح كل شيء

## عندما تحدث مشكلة
problem-title = مشكلة
consent-done-accepted = شكراً. سجّلنا موافقتك. يمكن إرسال طلبك إلى { $structure }. يمكنك أن تسحب موافقتك متى أردت.
consent-done-refused = قلت «لا». لم يُرسَل أي شيء. يمكنك مع ذلك أن تتصل أنت بـ { $structure }.
error-storage-full = لم يبقَ مكان في الهاتف. احذف بعض الصور أو التطبيقات، ثم حاول مرة أخرى. يمكنك أيضاً أن تتصل بالـ CMP مباشرة.
error-storage-too-new = هذا التطبيق قديم جداً بالنسبة لبياناتك. حدّث التطبيق. وفي الأثناء، اتصل بالـ CMP مباشرة.
error-storage-busy = الهاتف مشغول. حاول مرة أخرى بعد قليل. يمكنك أيضاً أن تتصل بالـ CMP مباشرة.
error-storage-locked = بياناتك محميّة ولا تُفتَح. أعد تشغيل الهاتف، ثم حاول مرة أخرى. يمكنك أيضاً أن تتصل بالـ CMP مباشرة.
error-storage-damaged = بيانات التطبيق تالفة. يمكنك أن تمسح كل شيء في الإعدادات. بخصوص طلبك، اتصل بالـ CMP مباشرة.
error-storage = لا يستطيع التطبيق أن يحفظ. حاول مرة أخرى. يمكنك أيضاً أن تتصل بالـ CMP مباشرة.
error-not-found = هذا الطلب لم يعد على هذا الهاتف. لتعرف أين وصل طلبك، اتصل بالـ CMP.
error-appointment-passed = لقد مضى الموعد. للتحدث عنه، اتصل بالـ CMP.
error-not-possible = هذا لم يعد ممكناً لهذا الطلب. للتحدث عن ذلك، اتصل بالـ CMP.
error-sms = الطلب أطول من رسالة SMS واحدة. اتصل بالـ CMP مباشرة.
error-referral = هذا التوجيه ناقص. اطلب من الشخص الذي يرافقك أن يعيده.
error-internal = حدثت مشكلة في التطبيق. اتصل بالـ CMP مباشرة. إذا كنت لست بخير، اتصل بالرقم 3114.

## الإشعارات (نص محايد: قد يرى أشخاص آخرون شاشة الهاتف)
notif-news-title = Relais
notif-news-body = هناك جديد. افتح التطبيق.

## نسختك من التوجيه (على الهاتف، أو مطبوعة)
copy-title = نسختك من التوجيه
copy-who = بتاريخ { $date }، أرسل { $worker } ({ $organisation }) طلبك إلى { $structure }، بموافقتك.
copy-what = ما أُرسِل:
copy-until = موافقتك صالحة حتى { $date }. يمكنك أن تسحبها قبل ذلك.
copy-revoked = لقد سحبت موافقتك بتاريخ { $date }. مسح الـ CMP ما أُرسِل إليه.
copy-code = رمزك: { $code }. احتفظ به: بهذا الرمز يمكنك أن ترى هذه النسخة مرة أخرى، وأن تسحب موافقتك.
copy-code-label = رمزك (احتفظ به):
copy-call = إذا كان لديك سؤال: اتصل بـ { $structure } على الرقم { $phone }.
copy-keep = احتفظ بهذه الورقة. بهذا الرمز، يمكنك أن تسحب موافقتك متى أردت: في التطبيق، أو بالاتصال بالـ CMP.

## توجيه شخص (للمهنيين: المساعدون الاجتماعيون، مراكز الاستقبال، الجمعيات)
settings-professional = للمهنيين
home-refer = وجّه شخصاً إلى مركز CMP
home-referrals = التوجيهات التي تمّت على هذا الهاتف
situation-intro-professional = أجب عن الأسئلة مع الشخص الذي ترافقه، ومن أجله. كل جواب يساعد على إيجاد المركز المناسب.
orientation-refer = حضّر التوجيه إلى { $structure }
referral-title = التوجيه
referral-intro = املأ الاستمارة مع الشخص. هو يختار ما يُرسَل. بعد ذلك، يقرأ الموافقة ويجيب بنفسه.
field-professional-name = اسمك
field-professional-name-hint = يمكن أن يتصل بك الـ CMP.
field-professional-organisation = الجهة التي تعمل فيها
field-professional-organisation-hint = مثلاً: CCAS de Villerelais، مركز استقبال نهاري.
field-professional-role = وظيفتك
field-professional-role-hint = مثلاً: مساعدة اجتماعية، مربٍّ مختص.
field-professional-phone = هاتفك
field-professional-phone-hint = الرقم الذي يستطيع الـ CMP أن يتصل بك عليه.
field-why = لماذا هذا التوجيه
field-why-hint = بكلمات قليلة وبسيطة. الشخص سيقرأ ما تكتبه.
field-note = رسالة من الشخص (اختياري)
field-note-hint = فقط إذا أراد الشخص أن يرسلها.
referral-months = عدد الأشهر: { $months }
referral-share-question = ما يوافق الشخص على إرساله إلى الـ CMP:
referral-next = اعرض الموافقة على الشخص
referral-field-missing = املأ هذه الخانة.
referral-field-invalid = إحدى الخانات غير صحيحة. تأكّد مما كتبت.
informed-question = كيف عرف الشخص ما تقوله الموافقة:
informed-read = قرأها على الشاشة
informed-aloud = قرأتها له بصوت عالٍ
informed-interpreter = بمساعدة مترجم
informed-printed = على الورقة المطبوعة
referral-waiting = ينتظر الشبكة: سيُرسَل التوجيه وحده. يمكنك أيضاً أن تتصل بـ { $structure } على الرقم { $phone }.
referral-not-delivered = لم يُرسَل التوجيه. اتصل بـ { $structure } على الرقم { $phone }.
referral-revoked = تم سحب الموافقة. مسح الـ CMP ما أُرسِل إليه.
referral-revoked-pending = تم سحب الموافقة. سيُبلَّغ الـ CMP عندما تتوفر الشبكة. يمكنك أيضاً أن تتصل بـ { $structure } على الرقم { $phone }.
referral-print = اطبع نسخة الشخص
referral-revoke = الشخص يسحب موافقته
referrals-empty = لم يتمّ أي توجيه على هذا الهاتف.
