# Relais — textes en français facile à lire (FALC).
# Phrases courtes. Un message dit quoi faire ensuite et qui appeler.
# Écrit par l'équipe ; pas encore relu avec des lecteurs FALC.
# reviewed: no

## Rôles des personnes qui répondent
role-secretariat = Secrétariat
role-reception = Accueil jour et nuit
role-intake-nurse = Infirmier ou infirmière d'accueil
role-clinician = Soignant ou soignante
role-outreach-team = Équipe mobile
role-social-worker = Travailleur social ou travailleuse sociale
role-listener = Écoutant ou écoutante
role-emergency-operator = Service d'urgence
role-social-emergency = Samu social

## Numéros d'urgence (toujours visibles, même sans internet)
crisis-bar-title = Besoin d'aide tout de suite ?
crisis-3114-name = 3114 – Prévention du suicide
crisis-3114-purpose = Vous pensez au suicide, ou vous êtes inquiet pour quelqu'un. Un soignant vous écoute, jour et nuit. C'est gratuit.
crisis-15-name = 15 – SAMU
crisis-15-purpose = Urgence médicale : une vie est en danger.
crisis-112-name = 112 – Urgences
crisis-112-purpose = Urgence, depuis n'importe quel téléphone, en France et en Europe.
crisis-114-name = 114 – Urgences par SMS
crisis-114-purpose = Vous ne pouvez pas parler ou entendre : envoyez un SMS au 114.
crisis-115-name = 115 – Hébergement d'urgence
crisis-115-purpose = Vous n'avez pas d'endroit pour dormir ce soir.

## Orientation : pourquoi on vous propose d'appeler cette personne
orient-sector-address = Votre commune : { $commune }. Le CMP pour votre adresse : { $structure }. Appelez le secrétariat pour demander un premier rendez-vous.
orient-sector-street = Votre rue : { $street }, { $commune }. Le CMP pour cette rue : { $structure }. Appelez le secrétariat pour demander un premier rendez-vous.
orient-sector-residence = Vous vivez depuis 3 mois ou plus dans cette commune : { $commune }. Le CMP qui vous reçoit : { $structure }. Vous n'avez pas besoin d'adresse fixe.
orient-sector-domiciliation = Commune de votre domiciliation : { $commune }. Le CMP qui vous reçoit : { $structure }. Vous n'avez pas besoin d'adresse fixe.
orient-sector-life = Vous dormez ou vous êtes suivi dans cette commune : { $commune }. Le CMP qui peut vous recevoir : { $structure }. Dites-leur où vous vivez.
orient-child = Pour un enfant ou un adolescent : { $structure }. Un parent ou un responsable appelle pour demander un rendez-vous.
orient-young-adult-child-team = Pour les jeunes de 16 et 17 ans : { $structure } peut vous recevoir.
orient-unknown-age-child = Si c'est pour un enfant de moins de 16 ans, appelez plutôt { $structure }.
orient-cmpp = Autre possibilité pour les moins de 20 ans : { $structure }. Le centre reçoit sans condition d'adresse.
orient-empp = { $structure } : cette équipe va vers les personnes sans logement, dans la rue, au foyer, à l'accueil de jour.
orient-reception = { $structure } : on vous répond jour et nuit. Appelez si vous ne pouvez pas attendre, ou si personne ne répond.
orient-reception-decides = { $structure } : on vous répond jour et nuit. Une personne vous dira quel CMP vous reçoit.
orient-last-resort = Le 3114 répond jour et nuit, gratuitement. Appelez si vous allez mal ou si personne d'autre ne répond.

## Orientation : quand on ne peut pas décider seul
orient-problem-unknown-commune = Nous ne trouvons pas cette commune : « { $place } ». Une personne va vous aider à trouver le bon CMP.
orient-problem-out-of-area = Cette commune n'est dans aucun secteur de l'annuaire : { $commune }. Une personne va vous aider à trouver le bon CMP.
orient-problem-needs-street = Il y a plusieurs CMP dans cette commune : { $commune }. Le bon CMP dépend de la rue. Une personne va vous aider.
orient-problem-needs-arrondissement = { $commune } est découpée en arrondissements. Le bon CMP dépend de l'arrondissement : donnez le code postal (par exemple 75013) ou la rue. Une personne peut aussi vous aider.
orient-problem-unknown-street = Nous ne trouvons pas cette rue : « { $street } », { $commune }. Une personne va vous aider à trouver le bon CMP.
orient-problem-several-sectors = Le code postal { $postcode } couvre plusieurs secteurs. Appelez un de ces CMP : ils vous diront lequel vous reçoit.
orient-problem-no-place = Vous n'avez pas donné de lieu. Ce n'est pas grave : une personne va vous aider.
orient-problem-no-structure = Nous ne connaissons pas le CMP de ce secteur. Une personne va vous aider.
orient-problem-directory-unavailable = L'annuaire n'est pas disponible sur ce téléphone. Une personne va vous aider.
orient-problem-directory-empty = L'annuaire de ce téléphone est vide. Une personne va vous aider.

## Notes sur un contact
note-interpreter = Demandez un interprète. C'est votre droit, et c'est gratuit.
note-speaks-your-language = On y parle votre langue.
note-minor = Pour un mineur, un parent ou un responsable appelle.
note-demo = Données de démonstration : ces numéros ne sont pas réels.

## Horaires
status-always-open = Ouvert jour et nuit
status-open-until = Ouvert maintenant, jusqu'à { $time }
status-closed-until = Fermé maintenant. Ouvre { $when }
status-closed-for-long = Fermé pour le moment
status-unknown = Horaires non connus : appelez pour vérifier
hours-always = Jour et nuit, tous les jours.
hours-days-range = Du { $first } au { $last }
hours-day-one = Le { $day }
hours-line = { $days } : { $spans }
hours-span = { $start } – { $end }
hours-closed-holidays = Fermé les jours fériés.
hours-holidays = Jours fériés : { $spans }
hours-closed = Fermé.

## Dates et heures
time-hm = { $h } h { $m }
time-h = { $h } h
day-date = { $weekday } { $day } { $month }
when-day-time = { $day } à { $time }
weekday-0 = lundi
weekday-1 = mardi
weekday-2 = mercredi
weekday-3 = jeudi
weekday-4 = vendredi
weekday-5 = samedi
weekday-6 = dimanche
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Formulaire de demande : ce qui ne va pas, et quoi faire
form-name-missing = Écrivez un prénom ou un surnom. C'est le nom que le CMP dira au téléphone.
form-name-too-long = Écrivez un prénom ou un surnom plus court (24 lettres au plus).
form-phone-missing = Écrivez un numéro de téléphone où l'on peut vous appeler. Si vous n'avez pas de téléphone, donnez celui d'une personne qui vous aide.
form-phone-short-number = Ce numéro est un numéro court. Écrivez un numéro où l'on peut vous rappeler.
form-phone-wrong-length = Un numéro français a 10 chiffres. Celui-ci en a { $digits }. Vérifiez le numéro.
form-phone-bad-prefix = Ce numéro ne peut pas exister : après le premier 0, il n'y a jamais un autre 0. Vérifiez le numéro.
form-phone-missing-zero = Il manque le 0 au début. Écrivez 0, puis les 9 chiffres.
form-phone-character = Un numéro de téléphone a seulement des chiffres. Enlevez « { $character } ».
form-phone-international = Un numéro étranger commence par + et a de 8 à 15 chiffres. Vérifiez le numéro.
form-phone-service = Ce numéro commence par 08 : c'est un numéro de service, on ne peut pas vous rappeler dessus. Donnez votre numéro, ou celui d'une personne qui vous aide.
form-relay-name-missing = Écrivez le nom de la personne ou du lieu qui répondra (par exemple : Mme Roux, CCAS).
form-relay-name-too-long = Écrivez un nom plus court (24 lettres au plus).
form-call-windows-invalid = Choisissez jusqu'à 3 moments où l'on peut vous appeler.
form-language-invalid = Choisissez une langue dans la liste.
form-languages-too-many = Choisissez 3 langues au plus.
form-age-missing = Dites l'âge de la personne : enfant, adolescent ou adulte. Cela choisit le bon centre.
form-place-too-long = Le nom du lieu est trop long. Écrivez seulement la commune ou le code postal.
form-message-too-long = Votre message est trop long (500 signes au plus). Vous pourrez tout dire au téléphone.

## Qui appeler, à chaque étape de la demande
who-draft = Votre demande n'est pas encore envoyée. Vous pouvez aussi appeler { $structure }.
who-queued = Votre demande partira dès que le téléphone aura du réseau. Vous pouvez aussi appeler { $structure } maintenant.
who-received = { $structure } a reçu votre demande. Une personne va vous appeler. Vous pouvez aussi appeler.
who-contacting = { $structure } a essayé de vous appeler. Rappelez-les si vous pouvez.
who-contacting-named = Cette personne s'occupe de votre demande. Rappelez-la si vous pouvez.
who-confirmed = Votre rendez-vous est confirmé. Pour le changer ou l'annuler, appelez cette personne.
who-redirected = Le CMP vous oriente vers un autre lieu. Appelez cette personne.
who-closed-withdrawn = Vous avez retiré votre demande. Si vous changez d'avis, appelez { $structure }.
who-closed-unreachable = Le CMP n'a pas réussi à vous joindre. Appelez { $structure } vous-même.
who-closed-not-delivered = Votre demande n'a pas pu partir. Appelez { $structure } : c'est plus sûr.
who-closed-other = Le CMP a fermé votre demande. Appelez { $structure } pour savoir quoi faire.

## Agenda (texte neutre : un agenda peut être vu par d'autres)
calendar-title = Rendez-vous
calendar-description = Avec { $name }. Pour changer ou annuler, appelez le { $phone }.

## Export de vos données
export-title = Ce que ce téléphone garde sur vous
export-intro = Ce fichier contient tout ce que l'application Relais garde sur ce téléphone. Vous pouvez le garder, le montrer ou le supprimer.
export-none = Aucune demande.
export-request = Demande du { $date }
export-name = Prénom ou surnom : { $value }
export-phone = Téléphone pour vous joindre : { $value }
export-relay = Par l'intermédiaire de : { $value }
export-state = Où en est la demande : { $value }
export-to = Envoyée à : { $value }
export-message = Votre message : { $value }
export-history = Historique :
export-consent-revoked = Accord retiré
export-settings = Réglages :

## SMS (texte neutre : un téléphone peut être partagé)
sms-ack = Votre demande est bien arrivée. Le secrétariat va vous rappeler. En cas d'urgence : 15 ou 112.
sms-unreadable = Nous n'avons pas pu lire votre message. Une personne va vous rappeler.
sms-confirmation = Rendez-vous { $when }, { $place }. Pour changer ou annuler : { $phone }.
sms-confirmation-waiting = Vous êtes sur la liste d'attente. On vous appellera pour donner une date. Questions : { $phone }.
sms-change = Votre rendez-vous change. Nouveau rendez-vous { $when }, { $place }. Pour changer ou annuler : { $phone }.
sms-reminder = Rappel : rendez-vous { $when }, { $place }. Pour changer ou annuler : { $phone }. Pour ne plus recevoir de rappel, répondez STOP.
sms-with-sender = { $sender } : { $text }
sms-code = Votre code : { $code }. Donnez-le si vous appelez.

## Notification sur le téléphone (texte neutre : l'écran peut être vu par d'autres)
notif-reminder-title = Rendez-vous
notif-reminder-body = { $when }, { $place }. Pour changer ou annuler : { $phone }.

## Consentement à une orientation par un travailleur social
consent-title = Votre accord avant d'envoyer votre demande
consent-who = { $worker } ({ $organisation }) veut envoyer votre demande à { $structure }.
consent-why = Pourquoi : { $why }
consent-what = Ce qui sera envoyé :
consent-share-name = votre prénom ou votre surnom
consent-share-phone = votre numéro de téléphone
consent-share-note = un court message que vous acceptez d'envoyer
consent-share-relay = le nom et le téléphone de { $worker } ({ $phone }), pour que le CMP puisse l'appeler
consent-outcome = { $worker } saura si le CMP vous donne un rendez-vous, et avec qui.
consent-share-call-windows = quand on peut vous appeler
consent-share-languages = vos langues, et si vous avez besoin d'un interprète
consent-share-age-place = votre âge et la commune où vous vivez
consent-not-shared = Rien d'autre n'est envoyé : pas de numéro de sécurité sociale, pas de diagnostic.
consent-how = L'envoi est chiffré. Seule l'équipe du CMP peut lire votre demande. Le CMP la supprime 90 jours après le rendez-vous.
consent-until = Votre accord dure jusqu'au { $date }.
consent-revoke = Vous pouvez dire non maintenant. Vous pouvez aussi retirer votre accord plus tard, dans l'application ou en appelant le CMP.
consent-accept = J'accepte
consent-refuse = Je refuse

## Écrans
home-title = Relais
home-subtitle = Trouver le bon centre pour parler de ce qui ne va pas, et une personne à appeler.
home-ask = Demander un rendez-vous
home-requests = Mes demandes
home-settings = Réglages
orientation-title = Qui appeler
orientation-ask = Demander un rendez-vous à { $structure }
orientation-no-desk = { $structure } ne reçoit pas encore les demandes par l'application. Appelez le { $phone } : une personne vous répondra.
form-title = Demander un premier rendez-vous
form-intro = Le CMP vous rappellera. Vous pouvez aussi l'appeler vous-même à tout moment.
form-submit = Envoyer la demande
field-name = Prénom ou surnom
field-name-hint = Le nom que le CMP dira au téléphone.
field-phone = Téléphone
field-phone-hint = Votre numéro, ou celui d'une personne qui vous aide.
field-relay-name = Nom de la personne ou du lieu qui répondra
field-relay-name-hint = Seulement si ce n'est pas votre téléphone.
field-call-windows = Quand vous appeler
field-call-windows-hint = Jusqu'à 3 moments.
field-languages = Vos langues
field-languages-hint = Vous pouvez demander un interprète.
field-age = Âge de la personne
field-age-hint = Enfant, adolescent ou adulte.
commune-choice-old-name = { $commune } (autrefois { $old })
field-message = Message (facultatif)
field-message-hint = Ce que vous voulez dire au CMP. Pas obligatoire.
status-title = Ma demande
state-draft = Pas encore envoyée
state-queued = En attente de réseau : elle partira toute seule
state-sent-by-sms = Envoyée par SMS
state-received = Reçue par le CMP
state-contacting = Le CMP essaie de vous appeler
state-confirmed = Rendez-vous confirmé
state-waiting-list = Sur la liste d'attente
state-redirected = Orientée vers un autre lieu
state-closed = Demande fermée
history-line = { $when } : { $state }
appointment-nurse-intake = Premier entretien avec un infirmier ou une infirmière
appointment-medical = Rendez-vous avec un psychiatre ou un psychologue
appointment-waiting-list = Liste d'attente : on vous appellera pour donner une date
action-call = Appeler
action-call-a11y = Appeler { $who }, { $structure }, au { $phone }
action-sms = Envoyer un SMS
action-sms-a11y = Envoyer un SMS à { $who }
action-map = Voir sur le plan
action-withdraw = Retirer ma demande
action-calendar = Ajouter à mon agenda
action-sms-fallback = Envoyer la demande par SMS
settings-title = Réglages
settings-export = Télécharger mes données
settings-erase = Tout effacer
settings-erase-warning = Tout ce que l'application garde sur ce téléphone sera effacé : vos demandes et vos réglages. Le CMP garde ce que vous lui avez déjà envoyé ; pour l'effacer, appelez-le.

## Formulaire : les choix
age-under12 = Un enfant de moins de 12 ans
age-12-15 = Un jeune de 12 à 15 ans
age-16-17 = Un jeune de 16 ou 17 ans
age-18-20 = Une personne de 18 à 20 ans
age-21 = Une personne de 21 ans ou plus
age-unknown = Je ne veux pas le dire
window-morning = Le matin (9 h – 12 h), du lundi au vendredi
window-midday = À midi (12 h – 14 h), du lundi au vendredi
window-afternoon = L'après-midi (14 h – 17 h), du lundi au vendredi
window-evening = En fin de journée (17 h – 19 h), du lundi au vendredi
relay-social-worker = Un travailleur social
relay-shelter = Un foyer ou un accueil de jour
relay-other = Une autre personne
form-voicemail-ok = On peut me laisser un message vocal
form-sms-ok = On peut m'envoyer un SMS
form-interpreter = J'ai besoin d'un interprète

## Envoi de vos demandes (quand le téléphone a du réseau)
sync-news = Du nouveau sur votre demande. Regardez qui appeler.
sync-waiting-network = Pas de réseau pour le moment. Votre demande partira toute seule. Vous pouvez aussi appeler le CMP.
sync-pending = Votre demande attend pour partir. Elle partira toute seule. Vous pouvez aussi appeler le CMP.
sync-nothing-new = Rien de nouveau pour le moment.
sync-failed = L'envoi n'a pas pu commencer. Réessayez plus tard, ou appelez le CMP.

## Les questions avant de savoir qui appeler
situation-title = Quelques questions
situation-intro = Répondez si vous voulez. Chaque réponse aide à trouver le bon centre. Si vous ne répondez pas, on vous donne quand même des personnes à appeler.
situation-place-question = Où vivez-vous ?
place-kind-address = J'ai une adresse
place-kind-no-fixed-address = Je n'ai pas d'adresse fixe
place-kind-unknown = Je ne veux pas le dire
field-commune = Commune ou code postal
field-commune-hint = Par exemple : Villerelais, ou 96300.
field-street = Rue et numéro (facultatif)
field-street-hint = Seulement dans les grandes villes : le centre dépend de la rue.
field-lived-here = Commune où vous vivez depuis 3 mois ou plus
field-lived-here-hint = Vous pouvez ne pas répondre.
field-domiciliation = Commune de votre domiciliation (votre adresse pour le courrier)
field-domiciliation-hint = Si vous avez une domiciliation au CCAS ou dans une association.
field-sleeps-in = Commune où vous dormez, ou où l'on vous suit
field-sleeps-in-hint = Par exemple : le foyer, l'accueil de jour.
situation-next = Voir qui appeler

## Le formulaire : le téléphone
form-phone-owner-question = À qui est ce téléphone ?
phone-owner-mine = C'est mon téléphone

## Mes demandes
requests-empty = Vous n'avez pas encore de demande sur ce téléphone.
requests-open = Voir
requests-open-a11y = Voir la demande du { $date } à { $structure }

## Boutons
action-refresh = Regarder s'il y a du nouveau
action-cancel = Non, revenir
action-back = Retour
action-listen = Écouter
action-home = Accueil
erase-confirm = Oui, tout effacer

## Quand quelque chose ne va pas
problem-title = Un problème
consent-done-accepted = Merci. Votre accord est noté. Votre demande peut être envoyée à { $structure }. Vous pouvez retirer votre accord quand vous voulez.
consent-done-refused = Vous avez dit non. Rien n'est envoyé. Vous pouvez quand même appeler { $structure } vous-même.
error-storage-full = Le téléphone n'a plus de place. Supprimez des photos ou des applications, puis réessayez. Vous pouvez aussi appeler le CMP directement.
error-storage-too-new = Cette application est trop ancienne pour vos données. Mettez l'application à jour. En attendant, appelez le CMP directement.
error-storage-busy = Le téléphone est occupé. Réessayez dans un moment. Vous pouvez aussi appeler le CMP directement.
error-storage-locked = Vos données sont protégées et ne s'ouvrent pas. Redémarrez le téléphone, puis réessayez. Vous pouvez aussi appeler le CMP directement.
error-storage-damaged = Les données de l'application sont abîmées. Vous pouvez tout effacer dans les réglages. Pour votre demande, appelez le CMP directement.
error-storage = L'application n'arrive pas à enregistrer. Réessayez. Vous pouvez aussi appeler le CMP directement.
error-not-found = Cette demande n'est plus sur ce téléphone. Pour savoir où elle en est, appelez le CMP.
error-appointment-passed = Le rendez-vous est déjà passé. Pour en parler, appelez le CMP.
error-not-possible = Ce n'est plus possible pour cette demande. Pour en parler, appelez le CMP.
error-sms = La demande ne tient pas dans un SMS. Appelez le CMP directement.
error-referral = Cette orientation n'est pas complète. Demandez à la personne qui vous accompagne de la refaire.
error-internal = Un problème est arrivé dans l'application. Appelez le CMP directement. Si vous allez mal, appelez le 3114.

## Notifications (texte neutre : un écran de téléphone peut être vu par d'autres)
notif-news-title = Relais
notif-news-body = Du nouveau. Ouvrez l'application.

## Votre copie de l'orientation (sur le téléphone, ou imprimée)
copy-title = Votre copie de l'orientation
copy-who = Le { $date }, { $worker } ({ $organisation }) a envoyé votre demande à { $structure }, avec votre accord.
copy-what = Ce qui a été envoyé :
copy-until = Votre accord dure jusqu'au { $date }. Vous pouvez le retirer avant.
copy-revoked = Vous avez retiré votre accord le { $date }. Le CMP a effacé ce qui avait été envoyé.
copy-code = Votre code : { $code }. Gardez-le : avec ce code, vous pouvez revoir cette copie et retirer votre accord.
copy-code-label = Votre code (gardez-le) :
copy-call = Pour une question : appelez { $structure } au { $phone }.
copy-keep = Gardez cette feuille. Avec le code, vous pouvez retirer votre accord quand vous voulez : dans l'application, ou en appelant le CMP.

## Orienter une personne (pour les professionnels : travailleurs sociaux, accueils, associations)
settings-professional = Pour les professionnels
home-refer = Orienter une personne vers un CMP
home-referrals = Orientations faites sur ce téléphone
situation-intro-professional = Répondez pour la personne que vous accompagnez, avec elle. Chaque réponse aide à trouver le bon centre.
orientation-refer = Préparer l'orientation vers { $structure }
referral-title = Orientation
referral-intro = Remplissez avec la personne. Elle choisit ce qui est envoyé. Ensuite, elle lit son accord et répond elle-même.
field-professional-name = Votre nom
field-professional-name-hint = Le CMP pourra vous appeler.
field-professional-organisation = Votre structure
field-professional-organisation-hint = Par exemple : CCAS de Villerelais, accueil de jour.
field-professional-role = Votre fonction
field-professional-role-hint = Par exemple : assistante sociale, éducateur.
field-professional-phone = Votre téléphone
field-professional-phone-hint = Le numéro où le CMP peut vous joindre.
field-why = Pourquoi cette orientation
field-why-hint = En quelques mots simples. La personne va le lire.
field-note = Message de la personne (facultatif)
field-note-hint = Seulement si la personne veut l'envoyer.
referral-months = { $months } mois
referral-share-question = Ce que la personne accepte d'envoyer au CMP :
referral-next = Montrer l'accord à la personne
referral-field-missing = Remplissez ce champ.
referral-field-invalid = Un champ n'est pas juste. Vérifiez ce que vous avez écrit.
informed-question = Comment la personne a pris connaissance de l'accord :
informed-read = Elle l'a lu sur l'écran
informed-aloud = Je le lui ai lu à voix haute
informed-interpreter = Avec un interprète
informed-printed = Sur la feuille imprimée
referral-waiting = En attente de réseau : l'orientation partira toute seule. Vous pouvez aussi appeler { $structure } au { $phone }.
referral-not-delivered = L'orientation n'a pas pu partir. Appelez { $structure } au { $phone }.
referral-revoked = Accord retiré. Le CMP a effacé ce qui avait été envoyé.
referral-revoked-pending = Accord retiré. Le CMP sera prévenu dès qu'il y aura du réseau. Vous pouvez aussi appeler { $structure } au { $phone }.
referral-print = Imprimer la copie de la personne
referral-revoke = La personne retire son accord
referrals-empty = Aucune orientation n'a été faite sur ce téléphone.
