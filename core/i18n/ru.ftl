# Relais — Russian. Machine-assisted translation, NOT yet reviewed by a native speaker.
# reviewed: no

## Роли людей, которые отвечают
role-secretariat = Секретариат
role-reception = Приём днём и ночью
role-intake-nurse = Медсестра или медбрат (первая беседа)
role-clinician = Медицинский работник
role-outreach-team = Выездная команда
role-social-worker = Социальный работник
role-listener = Консультант на линии
role-emergency-operator = Экстренная служба
role-social-emergency = Samu social (социальная помощь)

## Экстренные номера (всегда видны, даже без интернета)
crisis-bar-title = Нужна помощь прямо сейчас?
crisis-3114-name = 3114 – Предотвращение самоубийств
crisis-3114-purpose = Вы думаете о самоубийстве или волнуетесь за кого-то. Вас выслушает специалист, днём и ночью. Это бесплатно.
crisis-15-name = 15 – SAMU (скорая помощь)
crisis-15-purpose = Срочная медицинская помощь: жизнь в опасности.
crisis-112-name = 112 – Экстренные службы
crisis-112-purpose = Экстренный вызов с любого телефона, во Франции и в Европе.
crisis-114-name = 114 – Экстренный вызов по SMS
crisis-114-purpose = Вы не можете говорить или не слышите: отправьте SMS на номер 114.
crisis-115-name = 115 – Срочный ночлег
crisis-115-purpose = Вам негде спать сегодня ночью.

## Направление: почему мы предлагаем позвонить этому человеку
orient-sector-address = Ваш город: { $commune }. CMP (бесплатный центр психического здоровья) для вашего адреса: { $structure }. Позвоните в секретариат, чтобы записаться на первый приём.
orient-sector-street = Ваша улица: { $street }, { $commune }. CMP (бесплатный центр психического здоровья) для этой улицы: { $structure }. Позвоните в секретариат, чтобы записаться на первый приём.
orient-sector-residence = Вы живёте в этом городе 3 месяца или больше: { $commune }. CMP, который вас примет: { $structure }. Постоянный адрес вам не нужен.
orient-sector-domiciliation = Город, где вы получаете почту (domiciliation): { $commune }. CMP, который вас примет: { $structure }. Постоянный адрес вам не нужен.
orient-sector-life = Вы спите или получаете помощь в этом городе: { $commune }. CMP, который может вас принять: { $structure }. Скажите им, где вы живёте.
orient-child = Для ребёнка или подростка: { $structure }. Звонит родитель или опекун, чтобы записаться на приём.
orient-young-adult-child-team = Для молодых людей 16 и 17 лет: { $structure } может вас принять.
orient-unknown-age-child = Если это для ребёнка младше 16 лет, лучше позвоните в { $structure }.
orient-cmpp = Ещё один вариант для тех, кому меньше 20 лет: { $structure }. Этот центр принимает людей с любым адресом.
orient-empp = { $structure }: эта команда сама приходит к людям без жилья — на улицу, в приют, в дневной центр.
orient-reception = { $structure }: вам ответят днём и ночью. Звоните, если не можете ждать или если никто не отвечает.
orient-reception-decides = { $structure }: вам ответят днём и ночью. Вам скажут, какой CMP вас примет.
orient-last-resort = По номеру 3114 отвечают днём и ночью, бесплатно. Звоните, если вам плохо или если больше никто не отвечает.

## Направление: когда мы не можем решить сами
orient-problem-unknown-commune = Мы не нашли этот город: «{ $place }». Вам помогут найти нужный CMP.
orient-problem-out-of-area = Этого города нет ни в одном секторе справочника: { $commune }. Вам помогут найти нужный CMP.
orient-problem-needs-street = В этом городе несколько CMP: { $commune }. Нужный CMP зависит от улицы. Вам помогут.
orient-problem-needs-arrondissement = Этот город разделён на округа (arrondissements): { $commune }. Нужный CMP зависит от округа: укажите почтовый индекс (например 75013) или улицу. Вам также могут помочь.
orient-problem-unknown-street = Мы не нашли эту улицу: «{ $street }», { $commune }. Вам помогут найти нужный CMP.
orient-problem-several-sectors = Почтовый индекс { $postcode } относится к нескольким секторам. Позвоните в один из этих CMP: вам скажут, какой из них вас примет.
orient-problem-no-place = Вы не указали место. Ничего страшного: вам помогут.
orient-problem-no-structure = Мы не знаем CMP для этого сектора. Вам помогут.
orient-problem-directory-unavailable = Справочник недоступен на этом телефоне. Вам помогут.
orient-problem-directory-empty = Справочник на этом телефоне пуст. Вам помогут.

## Заметки о контакте
note-interpreter = Попросите переводчика. Это ваше право, и это бесплатно.
note-speaks-your-language = Там говорят на вашем языке.
note-minor = Для несовершеннолетнего звонит родитель или опекун.
note-demo = Демонстрационные данные: эти номера не настоящие.

## Часы работы
status-always-open = Открыто днём и ночью
status-open-until = Открыто сейчас, до { $time }
status-closed-until = Сейчас закрыто. Откроется: { $when }
status-closed-for-long = Пока закрыто
status-unknown = Часы работы неизвестны: позвоните и уточните
hours-always = Днём и ночью, каждый день.
hours-days-range = { $first } – { $last }
hours-day-one = { $day }
hours-line = { $days }: { $spans }
hours-span = { $start } – { $end }
hours-closed-holidays = В праздничные дни закрыто.
hours-holidays = Праздничные дни: { $spans }
hours-closed = Закрыто.

## Даты и время
time-hm = { $h }:{ $m }
time-h = { $h }:00
day-date = { $weekday }, { $day } { $month }
when-day-time = { $day } в { $time }
weekday-0 = понедельник
weekday-1 = вторник
weekday-2 = среда
weekday-3 = четверг
weekday-4 = пятница
weekday-5 = суббота
weekday-6 = воскресенье
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

## Форма заявки: что не так и что делать
form-name-missing = Напишите имя или прозвище. Это имя назовут в CMP, когда позвонят вам.
form-name-too-long = Напишите имя или прозвище покороче (не больше 24 букв).
form-phone-missing = Напишите номер телефона, по которому вам можно позвонить. Если у вас нет телефона, дайте номер человека, который вам помогает.
form-phone-short-number = Это короткий номер. Напишите номер, по которому вам можно перезвонить.
form-phone-wrong-length = Во французском номере 10 цифр. В этом номере цифр: { $digits }. Проверьте номер.
form-phone-bad-prefix = Такого номера не может быть: после первого 0 никогда не идёт ещё один 0. Проверьте номер.
form-phone-missing-zero = В начале не хватает 0. Напишите 0, а потом 9 цифр.
form-phone-character = В номере телефона бывают только цифры. Уберите «{ $character }».
form-phone-international = Иностранный номер начинается с + и содержит от 8 до 15 цифр. Проверьте номер.
form-phone-service = Этот номер начинается с 08: это номер службы, на него вам не смогут перезвонить. Дайте свой номер или номер человека, который вам помогает.
form-relay-name-missing = Напишите имя человека или название места, где ответят на звонок (например: Mme Roux, CCAS).
form-relay-name-too-long = Напишите имя покороче (не больше 24 букв).
form-call-windows-invalid = Выберите до 3 вариантов времени, когда вам можно позвонить.
form-language-invalid = Выберите язык из списка.
form-languages-too-many = Выберите не больше 3 языков.
form-age-missing = Укажите возраст человека: ребёнок, подросток или взрослый. От этого зависит, какой центр подходит.
form-place-too-long = Название места слишком длинное. Напишите только город или почтовый индекс.
form-message-too-long = Ваше сообщение слишком длинное (не больше 500 знаков). Всё остальное вы сможете сказать по телефону.

## Кому звонить на каждом этапе заявки
who-draft = Ваша заявка ещё не отправлена. Вы также можете позвонить в { $structure }.
who-queued = Ваша заявка уйдёт, как только у телефона появится сеть. Вы также можете позвонить в { $structure } прямо сейчас.
who-received = Ваша заявка получена: { $structure }. Вам позвонят. Вы тоже можете позвонить сами.
who-contacting = { $structure }: вам пытались позвонить. Перезвоните, если можете.
who-contacting-named = Этот человек занимается вашей заявкой. Перезвоните, если можете.
who-confirmed = Ваша запись на приём подтверждена. Чтобы перенести или отменить её, позвоните этому человеку.
who-redirected = CMP направляет вас в другое место. Позвоните этому человеку.
who-closed-withdrawn = Вы отозвали свою заявку. Если передумаете, позвоните в { $structure }.
who-closed-unreachable = CMP не смог с вами связаться. Позвоните в { $structure } сами.
who-closed-not-delivered = Вашу заявку не удалось отправить. Позвоните в { $structure }: так надёжнее.
who-closed-other = CMP закрыл вашу заявку. Позвоните в { $structure }, чтобы узнать, что делать.

## Календарь (нейтральный текст: календарь могут видеть другие)
calendar-title = Встреча
calendar-description = С кем: { $name }. Чтобы перенести или отменить, позвоните по номеру { $phone }.

## Экспорт ваших данных
export-title = Что этот телефон хранит о вас
export-intro = В этом файле всё, что приложение Relais хранит на этом телефоне. Вы можете сохранить его, показать или удалить.
export-none = Заявок нет.
export-request = Заявка от { $date }
export-name = Имя или прозвище: { $value }
export-phone = Телефон для связи с вами: { $value }
export-relay = Через кого: { $value }
export-state = Что с заявкой сейчас: { $value }
export-to = Куда отправлена: { $value }
export-message = Ваше сообщение: { $value }
export-history = История:
export-consent-revoked = Согласие отозвано
export-settings = Настройки:

## SMS (нейтральный текст: телефоном могут пользоваться другие)
sms-ack = Ваша заявка получена. Вам перезвонит секретариат. В экстренном случае: 15 или 112.
sms-unreadable = Мы не смогли прочитать ваше сообщение. Вам перезвонят.
sms-confirmation = Встреча: { $when }, { $place }. Чтобы перенести или отменить: { $phone }.
sms-confirmation-waiting = Вы в списке ожидания. Вам позвонят и назовут дату. Вопросы: { $phone }.

## Согласие на направление через социального работника
consent-title = Ваше согласие перед отправкой заявки
consent-who = { $worker } ({ $organisation }) хочет отправить вашу заявку в { $structure }.
consent-why = Зачем: { $why }
consent-what = Что будет отправлено:
consent-share-name-phone = ваше имя и телефон для связи с вами
consent-share-call-windows = когда вам можно звонить
consent-share-languages = ваши языки и нужен ли вам переводчик
consent-share-age-place = ваш возраст и город, где вы живёте
consent-share-message = ваше сообщение
consent-not-shared = Больше ничего не отправляется: ни номер социального страхования, ни диагноз.
consent-how = Заявка отправляется в зашифрованном виде. Прочитать её может только команда CMP. CMP удаляет её через 90 дней после приёма.
consent-until = Ваше согласие действует до { $date }.
consent-revoke = Вы можете отказаться сейчас. Вы также можете отозвать согласие позже — в приложении или позвонив в CMP.
consent-accept = Я даю согласие
consent-refuse = Я отказываюсь

## Экраны
home-title = Relais
home-subtitle = Найдите подходящий центр, чтобы поговорить о том, что вас беспокоит. И человека, которому можно позвонить.
home-ask = Подать заявку на приём
home-requests = Мои заявки
home-settings = Настройки
orientation-title = Кому позвонить
orientation-ask = Подать заявку на приём в { $structure }
orientation-no-desk = { $structure }: здесь пока не принимают заявки через приложение. Позвоните по номеру { $phone }: вам ответит человек.
form-title = Заявка на первый приём
form-intro = CMP (бесплатный центр психического здоровья) вам перезвонит. Вы также можете сами позвонить туда в любое время.
form-submit = Отправить заявку
field-name = Имя или прозвище
field-name-hint = Это имя назовут в CMP, когда позвонят вам.
field-phone = Телефон
field-phone-hint = Ваш номер или номер человека, который вам помогает.
field-relay-name = Имя человека или название места, где ответят
field-relay-name-hint = Только если это не ваш телефон.
field-call-windows = Когда вам звонить
field-call-windows-hint = Не больше 3 вариантов.
field-languages = Ваши языки
field-languages-hint = Вы можете попросить переводчика.
field-age = Возраст человека
field-age-hint = Ребёнок, подросток или взрослый.
field-place = Где вы живёте
field-place-hint = Город или почтовый индекс. Можно не отвечать.
commune-choice-old-name = { $commune } (раньше { $old })
field-message = Сообщение (необязательно)
field-message-hint = Что вы хотите сказать в CMP. Это не обязательно.
status-title = Моя заявка
state-draft = Ещё не отправлена
state-queued = Ждёт сети: уйдёт сама
state-sent-by-sms = Отправлена по SMS
state-received = Получена в CMP
state-contacting = CMP пытается вам позвонить
state-confirmed = Запись на приём подтверждена
state-waiting-list = В списке ожидания
state-redirected = Направлена в другое место
state-closed = Заявка закрыта
history-line = { $when }: { $state }
appointment-nurse-intake = Первая беседа с медсестрой или медбратом
appointment-medical = Приём у психиатра или психолога
appointment-waiting-list = Список ожидания: вам позвонят и назовут дату
action-call = Позвонить
action-call-a11y = Позвонить: { $who }, { $structure }, номер { $phone }
action-sms = Отправить SMS
action-sms-a11y = Отправить SMS: { $who }
action-map = Показать на карте
action-withdraw = Отозвать мою заявку
action-calendar = Добавить в мой календарь
action-sms-fallback = Отправить заявку по SMS
settings-title = Настройки
settings-export = Скачать мои данные
settings-erase = Стереть всё
settings-erase-warning = Всё, что приложение хранит на этом телефоне, будет стёрто: ваши заявки и ваши настройки. В CMP останется то, что вы уже отправили; чтобы стереть это, позвоните в CMP.

## Форма: варианты ответа
age-under12 = Ребёнок младше 12 лет
age-12-15 = Подросток от 12 до 15 лет
age-16-17 = Подросток 16 или 17 лет
age-18-20 = Человек от 18 до 20 лет
age-21 = Человек 21 года или старше
age-unknown = Не хочу говорить
window-morning = Утром (9:00–12:00), с понедельника по пятницу
window-midday = В обед (12:00–14:00), с понедельника по пятницу
window-afternoon = Днём (14:00–17:00), с понедельника по пятницу
window-evening = Вечером (17:00–19:00), с понедельника по пятницу
relay-social-worker = Социальный работник
relay-shelter = Приют или дневной центр
relay-other = Другой человек
form-voicemail-ok = Мне можно оставить голосовое сообщение
form-sms-ok = Мне можно отправить SMS
form-interpreter = Мне нужен переводчик

## Отправка ваших заявок (когда у телефона есть сеть)
sync-news = По вашей заявке есть новости. Посмотрите, кому позвонить.
sync-waiting-network = Сейчас нет сети. Ваша заявка уйдёт сама. Вы также можете позвонить в CMP.
sync-pending = Ваша заявка ждёт отправки. Она уйдёт сама. Вы также можете позвонить в CMP.
sync-nothing-new = Пока ничего нового.
sync-failed = Не удалось начать отправку. Попробуйте позже или позвоните в CMP.
