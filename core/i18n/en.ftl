# Relais — English. Plain language: short sentences, what to do next, whom to call.
# Written by the team; not yet reviewed by a native speaker.
# reviewed: no

## Roles of the people who answer
role-secretariat = Reception desk
role-reception = Day and night reception
role-intake-nurse = Intake nurse
role-clinician = Clinician
role-outreach-team = Outreach team
role-social-worker = Social worker
role-listener = Listener
role-emergency-operator = Emergency service
role-social-emergency = Samu social

## Emergency numbers (always visible, even offline)
crisis-bar-title = Need help right now?
crisis-3114-name = 3114 – Suicide prevention
crisis-3114-purpose = You think about suicide, or you worry about someone. A nurse or psychologist listens, day and night. It is free.
crisis-15-name = 15 – SAMU
crisis-15-purpose = Medical emergency: a life is in danger.
crisis-112-name = 112 – Emergency
crisis-112-purpose = Emergency, from any phone, in France and in Europe.
crisis-114-name = 114 – Emergency by text
crisis-114-purpose = You cannot speak or hear: send a text message to 114.
crisis-115-name = 115 – Emergency shelter
crisis-115-purpose = You have nowhere to sleep tonight.

## Orientation: why we suggest calling this person
orient-sector-address = Your town: { $commune }. The CMP for your address: { $structure }. Call the reception desk to ask for a first appointment.
orient-sector-street = Your street: { $street }, { $commune }. The CMP for this street: { $structure }. Call the reception desk to ask for a first appointment.
orient-sector-residence = You have lived for 3 months or more in this town: { $commune }. The CMP that will see you: { $structure }. You do not need a fixed address.
orient-sector-domiciliation = Town of your postal address (domiciliation): { $commune }. The CMP that will see you: { $structure }. You do not need a fixed address.
orient-sector-life = You sleep or get support in this town: { $commune }. The CMP that can see you: { $structure }. Tell them where you live.
orient-child = For a child or a teenager: { $structure }. A parent or guardian calls to ask for an appointment.
orient-young-adult-child-team = For young people aged 16 and 17: { $structure } can see you.
orient-unknown-age-child = If this is for a child under 16, call { $structure } instead.
orient-cmpp = Another option for people under 20: { $structure }. It sees people whatever their address.
orient-empp = { $structure }: this team goes to people without housing, in the street, in shelters, in day centres.
orient-reception = { $structure }: they answer day and night. Call if you cannot wait, or if nobody answers.
orient-reception-decides = { $structure }: they answer day and night. Someone will tell you which CMP will see you.
orient-last-resort = 3114 answers day and night, for free. Call if you feel bad or if nobody else answers.

## Orientation: when we cannot decide alone
orient-problem-unknown-commune = We cannot find this town: « { $place } ». Someone will help you find the right CMP.
orient-problem-out-of-area = This town is in no sector of the directory: { $commune }. Someone will help you find the right CMP.
orient-problem-needs-street = There are several CMPs in this town: { $commune }. The right one depends on the street. Someone will help you.
orient-problem-needs-arrondissement = { $commune } is divided into arrondissements. The right CMP depends on the arrondissement: give the postcode (for example 75013) or the street. Someone can also help you.
orient-problem-unknown-street = We cannot find this street: « { $street } », { $commune }. Someone will help you find the right CMP.
orient-problem-several-sectors = Postcode { $postcode } covers several sectors. Call one of these CMPs: they will tell you which one sees you.
orient-problem-no-place = You did not give a place. That is fine: someone will help you.
orient-problem-no-structure = We do not know the CMP for this sector. Someone will help you.
orient-problem-directory-unavailable = The directory is not available on this phone. Someone will help you.
orient-problem-directory-empty = The directory on this phone is empty. Someone will help you.

## Notes about a contact
note-interpreter = Ask for an interpreter. It is your right, and it is free.
note-speaks-your-language = They speak your language there.
note-minor = For a minor, a parent or guardian calls.
note-demo = Demo data: these numbers are not real.

## Hours
status-always-open = Open day and night
status-open-until = Open now, until { $time }
status-closed-until = Closed now. Opens { $when }
status-closed-for-long = Closed for now
status-unknown = Hours not known: call to check
hours-always = Day and night, every day.
hours-days-range = { $first } to { $last }
hours-day-one = { $day }
hours-line = { $days }: { $spans }
hours-span = { $start }–{ $end }
hours-closed-holidays = Closed on public holidays.
hours-holidays = Public holidays: { $spans }
hours-closed = Closed.

## Dates and times
time-hm = { $h }:{ $m }
time-h = { $h }:00
day-date = { $weekday } { $day } { $month }
when-day-time = { $day } at { $time }
weekday-0 = Monday
weekday-1 = Tuesday
weekday-2 = Wednesday
weekday-3 = Thursday
weekday-4 = Friday
weekday-5 = Saturday
weekday-6 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Request form: what is wrong, and what to do
form-name-missing = Write a first name or a nickname. The CMP will say this name on the phone.
form-name-too-long = Write a shorter first name or nickname (24 letters at most).
form-phone-missing = Write a phone number where you can be called. If you have no phone, give the number of someone who helps you.
form-phone-short-number = This is a short number. Write a number where you can be called back.
form-phone-wrong-length = A French number has 10 digits. This one has { $digits }. Check the number.
form-phone-bad-prefix = This number cannot exist: after the first 0 there is never another 0. Check the number.
form-phone-missing-zero = The 0 at the start is missing. Write 0, then the 9 digits.
form-phone-character = A phone number has only digits. Remove "{ $character }".
form-phone-international = A foreign number starts with + and has 8 to 15 digits. Check the number.
form-phone-service = This number starts with 08: it is a service number, nobody can call you back on it. Give your own number, or the number of someone who helps you.
form-relay-name-missing = Write the name of the person or place who will answer (for example: Ms Roux, CCAS).
form-relay-name-too-long = Write a shorter name (24 letters at most).
form-call-windows-invalid = Choose up to 3 times when you can be called.
form-language-invalid = Choose a language from the list.
form-languages-too-many = Choose 3 languages at most.
form-age-missing = Say the person's age: child, teenager or adult. It chooses the right centre.
form-place-too-long = The place name is too long. Write only the town or the postcode.
form-message-too-long = Your message is too long (500 characters at most). You can say everything on the phone.

## Whom to call, at each step of the request
who-draft = Your request is not sent yet. You can also call { $structure }.
who-queued = Your request will leave as soon as the phone has a network. You can also call { $structure } now.
who-received = { $structure } has your request. Someone will call you. You can also call them.
who-contacting = { $structure } tried to call you. Call them back if you can.
who-contacting-named = This person handles your request. Call them back if you can.
who-confirmed = Your appointment is confirmed. To change or cancel it, call this person.
who-redirected = The CMP sends you to another place. Call this person.
who-closed-withdrawn = You withdrew your request. If you change your mind, call { $structure }.
who-closed-unreachable = The CMP could not reach you. Call { $structure } yourself.
who-closed-not-delivered = Your request could not be sent. Call { $structure }: it is safer.
who-closed-other = The CMP closed your request. Call { $structure } to know what to do.

## Calendar (neutral text: a calendar can be seen by others)
calendar-title = Appointment
calendar-description = With { $name }. To change or cancel, call { $phone }.

## Export of your data
export-title = What this phone keeps about you
export-intro = This file holds everything the Relais app keeps on this phone. You can keep it, show it or delete it.
export-none = No request.
export-request = Request of { $date }
export-name = First name or nickname: { $value }
export-phone = Phone to reach you: { $value }
export-relay = Through: { $value }
export-state = Where the request stands: { $value }
export-to = Sent to: { $value }
export-message = Your message: { $value }
export-history = History:
export-consent-revoked = Agreement taken back
export-settings = Settings:

## SMS (neutral text: a phone can be shared)
sms-ack = Your request has arrived. The reception desk will call you back. In an emergency: 15 or 112.
sms-unreadable = We could not read your message. Someone will call you back.
sms-confirmation = Appointment { $when }, { $place }. To change or cancel: { $phone }.
sms-confirmation-waiting = You are on the waiting list. You will be called with a date. Questions: { $phone }.
sms-change = Your appointment has changed. New appointment { $when }, { $place }. To change or cancel: { $phone }.
sms-reminder = Reminder: appointment { $when }, { $place }. To change or cancel: { $phone }. To stop reminders, reply STOP.
sms-with-sender = { $sender }: { $text }
sms-code = Your code: { $code }. Give it if you call.

## Notification on the phone (neutral: others may see the screen)
notif-reminder-title = Appointment
notif-reminder-body = { $when }, { $place }. To change or cancel: { $phone }.

## Consent to a referral by a social worker
consent-title = Your agreement before your request is sent
consent-who = { $worker } ({ $organisation }) wants to send your request to { $structure }.
consent-why = Why: { $why }
consent-what = What will be sent:
consent-share-name = your first name or nickname
consent-share-phone = your phone number
consent-share-note = a short message you agree to send
consent-share-relay = the name and phone of { $worker } ({ $phone }), so that the CMP can call them
consent-outcome = { $worker } will know if the CMP gives you an appointment, and with whom.
consent-share-call-windows = when you can be called
consent-share-languages = your languages, and whether you need an interpreter
consent-share-age-place = your age and the town where you live
consent-not-shared = Nothing else is sent: no social security number, no diagnosis.
consent-how = It is sent encrypted. Only the CMP team can read your request. The CMP deletes it 90 days after the appointment.
consent-until = Your agreement lasts until { $date }.
consent-revoke = You can say no now. You can also take your agreement back later, in the app or by calling the CMP.
consent-accept = I agree
consent-refuse = I refuse

## Screens
home-title = Relais
home-subtitle = Find the right centre to talk about what is wrong, and a person to call.
home-ask = Ask for an appointment
home-requests = My requests
home-settings = Settings
orientation-title = Whom to call
orientation-ask = Ask { $structure } for an appointment
orientation-no-desk = { $structure } does not take requests through the app yet. Call { $phone }: a person will answer.
form-title = Ask for a first appointment
form-intro = The CMP will call you back. You can also call them yourself at any time.
form-submit = Send the request
field-name = First name or nickname
field-name-hint = The name the CMP will say on the phone.
field-phone = Phone
field-phone-hint = Your number, or the number of someone who helps you.
field-relay-name = Name of the person or place who will answer
field-relay-name-hint = Only if it is not your phone.
field-call-windows = When to call you
field-call-windows-hint = Up to 3 times.
field-languages = Your languages
field-languages-hint = You can ask for an interpreter.
field-age = Age of the person
field-age-hint = Child, teenager or adult.
commune-choice-old-name = { $commune } (formerly { $old })
field-message = Message (optional)
field-message-hint = What you want to tell the CMP. Not required.
status-title = My request
state-draft = Not sent yet
state-queued = Waiting for a network: it will leave by itself
state-sent-by-sms = Sent by text message
state-received = Received by the CMP
state-contacting = The CMP is trying to call you
state-confirmed = Appointment confirmed
state-waiting-list = On the waiting list
state-redirected = Sent to another place
state-closed = Request closed
history-line = { $when }: { $state }
appointment-nurse-intake = First interview with a nurse
appointment-medical = Appointment with a psychiatrist or a psychologist
appointment-waiting-list = Waiting list: you will be called with a date
action-call = Call
action-call-a11y = Call { $who }, { $structure }, on { $phone }
action-sms = Send a text message
action-sms-a11y = Send a text message to { $who }
action-map = See on the map
action-withdraw = Withdraw my request
action-calendar = Add to my calendar
action-sms-fallback = Send the request by text message
settings-title = Settings
settings-export = Download my data
settings-erase = Erase everything
settings-erase-warning = Everything the app keeps on this phone will be erased: your requests and your settings. The CMP keeps what you already sent; to erase it, call them.

## Form: the choices
age-under12 = A child under 12
age-12-15 = A young person aged 12 to 15
age-16-17 = A young person aged 16 or 17
age-18-20 = A person aged 18 to 20
age-21 = A person aged 21 or more
age-unknown = I prefer not to say
window-morning = In the morning (9:00–12:00), Monday to Friday
window-midday = At lunchtime (12:00–14:00), Monday to Friday
window-afternoon = In the afternoon (14:00–17:00), Monday to Friday
window-evening = Late in the day (17:00–19:00), Monday to Friday
relay-social-worker = A social worker
relay-shelter = A shelter or a day centre
relay-other = Someone else
form-voicemail-ok = A voice message is fine
form-sms-ok = A text message is fine
form-interpreter = I need an interpreter

## Sending your requests (when the phone has a network)
sync-news = There is news about your request. See whom to call.
sync-waiting-network = No network for now. Your request will leave by itself. You can also call the CMP.
sync-pending = Your request is waiting to leave. It will leave by itself. You can also call the CMP.
sync-nothing-new = Nothing new for now.
sync-failed = Sending could not start. Try again later, or call the CMP.

## The questions before whom to call
situation-title = A few questions
situation-intro = Answer if you want. Each answer helps find the right centre. If you do not answer, you still get people to call.
situation-place-question = Where do you live?
place-kind-address = I have an address
place-kind-no-fixed-address = I have no fixed address
place-kind-unknown = I would rather not say
field-commune = Town or postcode
field-commune-hint = For example: Villerelais, or 96300.
field-street = Street and number (optional)
field-street-hint = Only in big cities: the centre depends on the street.
field-lived-here = Town where you have lived for 3 months or more
field-lived-here-hint = You do not have to answer.
field-domiciliation = Town of your domiciliation (your postal address)
field-domiciliation-hint = If you have a postal address at a CCAS or an association.
field-sleeps-in = Town where you sleep, or where you are followed
field-sleeps-in-hint = For example: the shelter, the day centre.
situation-next = See whom to call

## The form: the phone
form-phone-owner-question = Whose phone is this?
phone-owner-mine = It is my phone

## My requests
requests-empty = You have no request on this phone yet.
requests-open = Open
requests-open-a11y = Open the request of { $date } to { $structure }

## Buttons
action-refresh = Check for news
action-cancel = No, go back
action-back = Back
action-listen = Listen
action-home = Home
erase-confirm = Yes, erase everything

## When something goes wrong
problem-title = A problem
consent-done-accepted = Thank you. Your agreement is recorded. Your request can be sent to { $structure }. You can take your agreement back at any time.
consent-done-refused = You said no. Nothing is sent. You can still call { $structure } yourself.
error-storage-full = The phone has no space left. Delete some photos or apps, then try again. You can also call the CMP directly.
error-storage-too-new = This app is too old for your data. Update the app. Meanwhile, call the CMP directly.
error-storage-busy = The phone is busy. Try again in a moment. You can also call the CMP directly.
error-storage-locked = Your data is protected and does not open. Restart the phone, then try again. You can also call the CMP directly.
error-storage-damaged = The app's data is damaged. You can erase everything in the settings. For your request, call the CMP directly.
error-storage = The app cannot save. Try again. You can also call the CMP directly.
error-not-found = This request is no longer on this phone. To know where it stands, call the CMP.
error-appointment-passed = The appointment has already taken place. To talk about it, call the CMP.
error-not-possible = This is no longer possible for this request. To talk about it, call the CMP.
error-sms = The request does not fit in one text message. Call the CMP directly.
error-referral = This referral is not complete. Ask the person who is helping you to make it again.
error-internal = Something went wrong in the app. Call the CMP directly. If you feel bad, call 3114.

## Notifications (neutral text: a phone screen can be seen by others)
notif-news-title = Relais
notif-news-body = There is news. Open the app.

## Your copy of the referral (on the phone, or printed)
copy-title = Your copy of the referral
copy-who = On { $date }, { $worker } ({ $organisation }) sent your request to { $structure }, with your agreement.
copy-what = What was sent:
copy-until = Your agreement lasts until { $date }. You can take it back before.
copy-revoked = You took your agreement back on { $date }. The CMP erased what had been sent.
copy-code = Your code: { $code }. Keep it: with this code you can see this copy again and take your agreement back.
copy-code-label = Your code (keep it):
copy-call = For any question: call { $structure } on { $phone }.
copy-keep = Keep this sheet. With the code, you can take your agreement back whenever you want: in the app, or by calling the CMP.

## Refer a person (for professionals: social workers, day centres, associations)
settings-professional = For professionals
home-refer = Refer a person to a CMP
home-referrals = Referrals made on this phone
situation-intro-professional = Answer for the person you are helping, together with them. Each answer helps find the right centre.
orientation-refer = Prepare the referral to { $structure }
referral-title = Referral
referral-intro = Fill this in with the person. They choose what is sent. Then they read their agreement and answer themselves.
field-professional-name = Your name
field-professional-name-hint = The CMP may call you.
field-professional-organisation = Your organisation
field-professional-organisation-hint = For example: CCAS de Villerelais, day centre.
field-professional-role = Your role
field-professional-role-hint = For example: social worker, youth worker.
field-professional-phone = Your phone
field-professional-phone-hint = The number where the CMP can reach you.
field-why = Why this referral
field-why-hint = In a few simple words. The person will read it.
field-note = Message from the person (optional)
field-note-hint = Only if the person wants to send it.
referral-months = { $months } months
referral-share-question = What the person agrees to send to the CMP:
referral-next = Show the agreement to the person
referral-field-missing = Fill in this field.
referral-field-invalid = A field is not right. Check what you wrote.
informed-question = How the person learnt what the agreement says:
informed-read = They read it on the screen
informed-aloud = I read it aloud to them
informed-interpreter = With an interpreter
informed-printed = On the printed sheet
referral-waiting = Waiting for a network: the referral will leave by itself. You can also call { $structure } on { $phone }.
referral-not-delivered = The referral could not leave. Call { $structure } on { $phone }.
referral-revoked = Agreement taken back. The CMP erased what had been sent.
referral-revoked-pending = Agreement taken back. The CMP will be told as soon as there is a network. You can also call { $structure } on { $phone }.
referral-print = Print the person's copy
referral-revoke = The person takes their agreement back
referrals-empty = No referral was made on this phone.
