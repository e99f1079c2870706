# Relais — Spanish. Machine-assisted translation, NOT yet reviewed by a native speaker.
# reviewed: no
# Frases cortas. Cada mensaje dice qué hacer después y a quién llamar.

## Funciones de las personas que responden
role-secretariat = Recepción
role-reception = Atención de día y de noche
role-intake-nurse = Enfermero o enfermera de acogida
role-clinician = Profesional de salud
role-outreach-team = Equipo móvil
role-social-worker = Trabajador o trabajadora social
role-listener = Persona que escucha
role-emergency-operator = Servicio de emergencias
role-social-emergency = Samu social (ayuda social urgente)

## Números de emergencia (siempre visibles, incluso sin internet)
crisis-bar-title = ¿Necesita ayuda ahora mismo?
crisis-3114-name = 3114 – Prevención del suicidio
crisis-3114-purpose = Usted piensa en el suicidio, o le preocupa alguien. Un profesional de salud le escucha, de día y de noche. Es gratis.
crisis-15-name = 15 – SAMU (emergencias médicas)
crisis-15-purpose = Emergencia médica: una vida está en peligro.
crisis-112-name = 112 – Emergencias
crisis-112-purpose = Emergencias, desde cualquier teléfono, en Francia y en Europa.
crisis-114-name = 114 – Emergencias por SMS
crisis-114-purpose = Usted no puede hablar u oír: envíe un SMS al 114.
crisis-115-name = 115 – Alojamiento de emergencia
crisis-115-purpose = No tiene dónde dormir esta noche.

## Orientación: por qué le proponemos llamar a esta persona
orient-sector-address = Su municipio: { $commune }. El CMP (centro público y gratuito de salud mental) para su dirección: { $structure }. Llame a la recepción para pedir una primera cita.
orient-sector-street = Su calle: { $street }, { $commune }. El CMP (centro público y gratuito de salud mental) para esta calle: { $structure }. Llame a la recepción para pedir una primera cita.
orient-sector-residence = Usted vive desde hace 3 meses o más en este municipio: { $commune }. El CMP (centro público y gratuito de salud mental) que le atiende: { $structure }. No necesita una dirección fija.
orient-sector-domiciliation = Municipio de su dirección postal (domiciliation): { $commune }. El CMP (centro público y gratuito de salud mental) que le atiende: { $structure }. No necesita una dirección fija.
orient-sector-life = Usted duerme o recibe apoyo en este municipio: { $commune }. El CMP (centro público y gratuito de salud mental) que puede atenderle: { $structure }. Dígales dónde vive.
orient-child = Para un niño o un adolescente: { $structure }. Uno de los padres o un tutor llama para pedir una cita.
orient-young-adult-child-team = Para jóvenes de 16 y 17 años: { $structure } puede atenderle.
orient-unknown-age-child = Si es para un niño menor de 16 años, mejor llame a { $structure }.
orient-cmpp = Otra opción para menores de 20 años: { $structure }. Este centro atiende a todas las personas, sin importar su dirección.
orient-empp = { $structure }: este equipo va a ver a las personas sin vivienda: en la calle, en el albergue, en el centro de día.
orient-reception = { $structure }: le responden de día y de noche. Llame si no puede esperar, o si nadie contesta.
orient-reception-decides = { $structure }: le responden de día y de noche. Una persona le dirá qué CMP le atiende.
orient-last-resort = El 3114 responde de día y de noche, gratis. Llame si se siente mal o si nadie más contesta.

## Orientación: cuando no podemos decidir solos
orient-problem-unknown-commune = No encontramos este municipio: «{ $place }». Una persona le ayudará a encontrar el CMP correcto.
orient-problem-out-of-area = Este municipio no está en ningún sector del directorio: { $commune }. Una persona le ayudará a encontrar el CMP correcto.
orient-problem-needs-street = Hay varios CMP en este municipio: { $commune }. El CMP correcto depende de la calle. Una persona le ayudará.
orient-problem-needs-arrondissement = Este municipio está dividido en distritos (arrondissements): { $commune }. El CMP correcto depende del distrito: indique el código postal (por ejemplo 75013) o la calle. Una persona también puede ayudarle.
orient-problem-unknown-street = No encontramos esta calle: «{ $street }», { $commune }. Una persona le ayudará a encontrar el CMP correcto.
orient-problem-several-sectors = El código postal { $postcode } abarca varios sectores. Llame a uno de estos CMP: le dirán cuál le atiende.
orient-problem-no-place = Usted no indicó ningún lugar. No pasa nada: una persona le ayudará.
orient-problem-no-structure = No conocemos el CMP de este sector. Una persona le ayudará.
orient-problem-directory-unavailable = El directorio no está disponible en este teléfono. Una persona le ayudará.
orient-problem-directory-empty = El directorio de este teléfono está vacío. Una persona le ayudará.

## Notas sobre un contacto
note-interpreter = Pida un intérprete. Es su derecho, y es gratis.
note-speaks-your-language = Allí hablan su idioma.
note-minor = Para un menor de edad, llama uno de los padres o un tutor.
note-demo = Datos de demostración: estos números no son reales.

## Horarios
status-always-open = Abierto de día y de noche
status-open-until = Abierto ahora, hasta las { $time }
status-closed-until = Cerrado ahora. Abre el { $when }
status-closed-for-long = Cerrado por el momento
status-unknown = Horario desconocido: llame para comprobarlo
hours-always = De día y de noche, todos los días.
hours-days-range = De { $first } a { $last }
hours-day-one = Cada { $day }
hours-line = { $days }: { $spans }
hours-span = { $start } – { $end }
hours-closed-holidays = Cerrado los días festivos.
hours-holidays = Días festivos: { $spans }
hours-closed = Cerrado.

## Fechas y horas
time-hm = { $h }:{ $m }
time-h = { $h }:00
day-date = { $weekday } { $day } de { $month }
when-day-time = { $day } a las { $time }
weekday-0 = lunes
weekday-1 = martes
weekday-2 = miércoles
weekday-3 = jueves
weekday-4 = viernes
weekday-5 = sábado
weekday-6 = domingo
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Formulario de solicitud: qué falla y qué hacer
form-name-missing = Escriba un nombre o un apodo. Es el nombre que dirá el CMP por teléfono.
form-name-too-long = Escriba un nombre o un apodo más corto (24 letras como máximo).
form-phone-missing = Escriba un número de teléfono donde puedan llamarle. Si no tiene teléfono, dé el número de una persona que le ayuda.
form-phone-short-number = Este número es un número corto. Escriba un número donde puedan devolverle la llamada.
form-phone-wrong-length = Un número francés tiene 10 cifras. Este tiene { $digits }. Revise el número.
form-phone-bad-prefix = Este número no puede existir: después del primer 0 nunca hay otro 0. Revise el número.
form-phone-missing-zero = Falta el 0 al principio. Escriba 0 y después las 9 cifras.
form-phone-character = Un número de teléfono solo tiene cifras. Quite «{ $character }».
form-phone-international = Un número extranjero empieza por + y tiene de 8 a 15 cifras. Revise el número.
form-phone-service = Este número empieza por 08: es un número de servicio, no pueden devolverle la llamada en él. Dé su número, o el de una persona que le ayuda.
form-relay-name-missing = Escriba el nombre de la persona o del lugar que contestará (por ejemplo: Sra. Roux, CCAS).
form-relay-name-too-long = Escriba un nombre más corto (24 letras como máximo).
form-call-windows-invalid = Elija hasta 3 momentos en los que puedan llamarle.
form-language-invalid = Elija un idioma de la lista.
form-languages-too-many = Elija 3 idiomas como máximo.
form-age-missing = Indique la edad de la persona: niño, adolescente o adulto. Así se elige el centro correcto.
form-place-too-long = El nombre del lugar es demasiado largo. Escriba solo el municipio o el código postal.
form-message-too-long = Su mensaje es demasiado largo (500 caracteres como máximo). Podrá decirlo todo por teléfono.

## A quién llamar, en cada paso de la solicitud
who-draft = Su solicitud todavía no se ha enviado. También puede llamar a { $structure }.
who-queued = Su solicitud se enviará en cuanto el teléfono tenga señal. También puede llamar ahora a { $structure }.
who-received = { $structure } recibió su solicitud. Una persona le llamará. Usted también puede llamar.
who-contacting = { $structure } intentó llamarle. Devuelva la llamada si puede.
who-contacting-named = Esta persona se ocupa de su solicitud. Llámela si puede.
who-confirmed = Su cita está confirmada. Para cambiarla o cancelarla, llame a esta persona.
who-redirected = El CMP le envía a otro lugar. Llame a esta persona.
who-closed-withdrawn = Usted retiró su solicitud. Si cambia de opinión, llame a { $structure }.
who-closed-unreachable = El CMP no logró comunicarse con usted. Llame usted a { $structure }.
who-closed-not-delivered = Su solicitud no se pudo enviar. Llame a { $structure }: es más seguro.
who-closed-other = El CMP cerró su solicitud. Llame a { $structure } para saber qué hacer.

## Calendario (texto neutro: otras personas pueden ver un calendario)
calendar-title = Cita
calendar-description = Con { $name }. Para cambiar o cancelar, llame al { $phone }.

## Exportación de sus datos
export-title = Lo que este teléfono guarda sobre usted
export-intro = Este archivo contiene todo lo que la aplicación Relais guarda en este teléfono. Puede guardarlo, mostrarlo o borrarlo.
export-none = Ninguna solicitud.
export-request = Solicitud del { $date }
export-name = Nombre o apodo: { $value }
export-phone = Teléfono para contactarle: { $value }
export-relay = A través de: { $value }
export-state = Estado de la solicitud: { $value }
export-to = Enviada a: { $value }
export-message = Su mensaje: { $value }
export-history = Historial:
export-consent-revoked = Autorización retirada
export-settings = Ajustes:

## SMS (texto neutro: un teléfono puede ser compartido)
sms-ack = Su solicitud ha llegado. La recepción le llamará. En caso de emergencia: 15 o 112.
sms-unreadable = No pudimos leer su mensaje. Una persona le llamará.
sms-confirmation = Cita el { $when }, { $place }. Para cambiar o cancelar: { $phone }.
sms-confirmation-waiting = Usted está en la lista de espera. Le llamaremos para darle una fecha. Preguntas: { $phone }.
sms-change = Su cita ha cambiado. Nueva cita el { $when }, { $place }. Para cambiar o cancelar: { $phone }.
sms-reminder = Recordatorio: cita el { $when }, { $place }. Para cambiar o cancelar: { $phone }. Para no recibir más recordatorios, responda STOP.
sms-with-sender = { $sender }: { $text }
sms-code = Su código: { $code }. Dígalo si llama.

## Notificación en el teléfono (texto neutro: otras personas pueden ver la pantalla)
notif-reminder-title = Cita
notif-reminder-body = { $when }, { $place }. Para cambiar o cancelar: { $phone }.

## Autorización para una derivación hecha por un trabajador social
consent-title = Su autorización antes de enviar su solicitud
consent-who = { $worker } ({ $organisation }) quiere enviar su solicitud a { $structure }.
consent-why = Por qué: { $why }
consent-what = Lo que se enviará:
consent-share-name = su nombre o su apodo
consent-share-phone = su número de teléfono
consent-share-note = un mensaje corto que usted acepta enviar
consent-share-relay = el nombre y el teléfono de { $worker } ({ $phone }), para que el CMP pueda llamar a esta persona
consent-outcome = { $worker } sabrá si el CMP le da una cita, y con quién.
consent-share-call-windows = cuándo se le puede llamar
consent-share-languages = sus idiomas, y si necesita un intérprete
consent-share-age-place = su edad y el municipio donde vive
consent-not-shared = No se envía nada más: ni número de seguridad social, ni diagnóstico.
consent-how = El envío está cifrado. Solo el equipo del CMP puede leer su solicitud. El CMP la borra 90 días después de la cita.
consent-until = Su autorización vale hasta el { $date }.
consent-revoke = Puede decir que no ahora. También puede retirar su autorización más tarde, en la aplicación o llamando al CMP.
consent-accept = Acepto
consent-refuse = No acepto

## Pantallas
home-title = Relais
home-subtitle = Encontrar el centro adecuado para hablar de lo que no va bien, y una persona a quien llamar.
home-ask = Pedir una cita
home-requests = Mis solicitudes
home-settings = Ajustes
orientation-title = A quién llamar
orientation-ask = Pedir una cita en { $structure }
orientation-no-desk = { $structure } todavía no recibe solicitudes por la aplicación. Llame al { $phone }: una persona le contestará.
form-title = Pedir una primera cita
form-intro = El CMP le llamará. Usted también puede llamar al CMP en cualquier momento.
form-submit = Enviar la solicitud
field-name = Nombre o apodo
field-name-hint = El nombre que dirá el CMP por teléfono.
field-phone = Teléfono
field-phone-hint = Su número, o el de una persona que le ayuda.
field-relay-name = Nombre de la persona o del lugar que contestará
field-relay-name-hint = Solo si no es su teléfono.
field-call-windows = Cuándo llamarle
field-call-windows-hint = Hasta 3 momentos.
field-languages = Sus idiomas
field-languages-hint = Puede pedir un intérprete.
field-age = Edad de la persona
field-age-hint = Niño, adolescente o adulto.
commune-choice-old-name = { $commune } (antes { $old })
field-message = Mensaje (opcional)
field-message-hint = Lo que quiere decir al CMP. No es obligatorio.
status-title = Mi solicitud
state-draft = Todavía no enviada
state-queued = Esperando señal: se enviará sola
state-sent-by-sms = Enviada por SMS
state-received = Recibida por el CMP
state-contacting = El CMP intenta llamarle
state-confirmed = Cita confirmada
state-waiting-list = En la lista de espera
state-redirected = Enviada a otro lugar
state-closed = Solicitud cerrada
history-line = { $when }: { $state }
appointment-nurse-intake = Primera entrevista con un enfermero o una enfermera
appointment-medical = Cita con un psiquiatra o un psicólogo
appointment-waiting-list = Lista de espera: le llamaremos para darle una fecha
action-call = Llamar
action-call-a11y = Llamar a { $who }, { $structure }, al { $phone }
action-sms = Enviar un SMS
action-sms-a11y = Enviar un SMS a { $who }
action-map = Ver en el mapa
action-withdraw = Retirar mi solicitud
action-calendar = Añadir a mi calendario
action-sms-fallback = Enviar la solicitud por SMS
settings-title = Ajustes
settings-export = Descargar mis datos
settings-erase = Borrar todo
settings-erase-warning = Todo lo que la aplicación guarda en este teléfono se borrará: sus solicitudes y sus ajustes. El CMP conserva lo que usted ya le envió. Para borrarlo, llame al CMP.

## Formulario: las opciones
age-under12 = Un niño menor de 12 años
age-12-15 = Un joven de 12 a 15 años
age-16-17 = Un joven de 16 o 17 años
age-18-20 = Una persona de 18 a 20 años
age-21 = Una persona de 21 años o más
age-unknown = Prefiero no decirlo
window-morning = Por la mañana (9:00 – 12:00), de lunes a viernes
window-midday = Al mediodía (12:00 – 14:00), de lunes a viernes
window-afternoon = Por la tarde (14:00 – 17:00), de lunes a viernes
window-evening = Al final del día (17:00 – 19:00), de lunes a viernes
relay-social-worker = Un trabajador social
relay-shelter = Un albergue o un centro de día
relay-other = Otra persona
form-voicemail-ok = Pueden dejarme un mensaje de voz
form-sms-ok = Pueden enviarme un SMS
form-interpreter = Necesito un intérprete

## Envío de sus solicitudes (cuando el teléfono tiene señal)
sync-news = Hay novedades sobre su solicitud. Mire a quién llamar.
sync-waiting-network = Por ahora no hay señal. Su solicitud se enviará sola. También puede llamar al CMP.
sync-pending = Su solicitud espera para enviarse. Se enviará sola. También puede llamar al CMP.
sync-nothing-new = Nada nuevo por ahora.
sync-failed = El envío no pudo empezar. Inténtelo de nuevo más tarde, o llame al CMP.

## Las preguntas antes de saber a quién llamar
situation-title = Algunas preguntas
situation-intro = Responda si quiere. Cada respuesta ayuda a encontrar el centro correcto. Si no responde, igualmente le mostramos personas a quienes llamar.
situation-place-question = ¿Dónde vive?
place-kind-address = Tengo una dirección
place-kind-no-fixed-address = No tengo una dirección fija
place-kind-unknown = Prefiero no decirlo
field-commune = Municipio o código postal
field-commune-hint = Por ejemplo: Villerelais, o 96300.
field-street = Calle y número (opcional)
field-street-hint = Solo en las ciudades grandes: el centro depende de la calle.
field-lived-here = Municipio donde vive desde hace 3 meses o más
field-lived-here-hint = Puede no responder.
field-domiciliation = Municipio de su dirección postal (domiciliation: donde recibe las cartas)
field-domiciliation-hint = Si tiene una dirección postal en el CCAS o en una asociación.
field-sleeps-in = Municipio donde duerme, o donde recibe apoyo
field-sleeps-in-hint = Por ejemplo: el albergue, el centro de día.
situation-next = Ver a quién llamar

## El formulario: el teléfono
form-phone-owner-question = ¿De quién es este teléfono?
phone-owner-mine = Es mi teléfono

## Mis solicitudes
requests-empty = Todavía no tiene ninguna solicitud en este teléfono.
requests-open = Ver
requests-open-a11y = Ver la solicitud del { $date } a { $structure }

## Botones
action-refresh = Ver si hay novedades
action-cancel = No, volver
action-back = Atrás
action-listen = Escuchar
action-home = Inicio
erase-confirm = Sí, borrar todo

## Cuando algo no va bien
problem-title = Un problema
consent-done-accepted = Gracias. Su autorización está registrada. Su solicitud puede enviarse a { $structure }. Puede retirar su autorización cuando quiera.
consent-done-refused = Usted dijo que no. No se envía nada. Igualmente puede llamar usted a { $structure }.
error-storage-full = El teléfono no tiene más espacio. Borre fotos o aplicaciones, y vuelva a intentarlo. También puede llamar directamente al CMP.
error-storage-too-new = Esta aplicación es demasiado antigua para sus datos. Actualice la aplicación. Mientras tanto, llame directamente al CMP.
error-storage-busy = El teléfono está ocupado. Vuelva a intentarlo dentro de un momento. También puede llamar directamente al CMP.
error-storage-locked = Sus datos están protegidos y no se abren. Reinicie el teléfono y vuelva a intentarlo. También puede llamar directamente al CMP.
error-storage-damaged = Los datos de la aplicación están dañados. Puede borrar todo en los ajustes. Para su solicitud, llame directamente al CMP.
error-storage = La aplicación no logra guardar. Vuelva a intentarlo. También puede llamar directamente al CMP.
error-not-found = Esta solicitud ya no está en este teléfono. Para saber en qué estado está, llame al CMP.
error-appointment-passed = La cita ya pasó. Para hablar de ello, llame al CMP.
error-not-possible = Esto ya no es posible para esta solicitud. Para hablar de ello, llame al CMP.
error-sms = La solicitud no cabe en un SMS. Llame directamente al CMP.
error-referral = Esta derivación no está completa. Pida a la persona que le acompaña que la vuelva a hacer.
error-internal = Hubo un problema en la aplicación. Llame directamente al CMP. Si se siente mal, llame al 3114.

## Notificaciones (texto neutro: otras personas pueden ver la pantalla de un teléfono)
notif-news-title = Relais
notif-news-body = Hay novedades. Abra la aplicación.

## Su copia de la derivación (en el teléfono, o impresa)
copy-title = Su copia de la derivación
copy-who = El { $date }, { $worker } ({ $organisation }) envió su solicitud a { $structure }, con su autorización.
copy-what = Lo que se envió:
copy-until = Su autorización vale hasta el { $date }. Puede retirarla antes.
copy-revoked = Usted retiró su autorización el { $date }. El CMP borró lo que se había enviado.
copy-code = Su código: { $code }. Guárdelo: con este código puede volver a ver esta copia y retirar su autorización.
copy-code-label = Su código (guárdelo):
copy-call = Si tiene una pregunta: llame a { $structure } al { $phone }.
copy-keep = Guarde esta hoja. Con el código, puede retirar su autorización cuando quiera: en la aplicación, o llamando al CMP.

## Derivar a una persona (para profesionales: trabajadores sociales, centros de día, asociaciones)
settings-professional = Para profesionales
home-refer = Derivar a una persona a un CMP
home-referrals = Derivaciones hechas en este teléfono
situation-intro-professional = Responda por la persona a la que acompaña, junto con ella. Cada respuesta ayuda a encontrar el centro correcto.
orientation-refer = Preparar la derivación a { $structure }
referral-title = Derivación
referral-intro = Rellene esto con la persona. Ella elige lo que se envía. Después, lee su autorización y responde ella misma.
field-professional-name = Su nombre
field-professional-name-hint = El CMP podrá llamarle.
field-professional-organisation = Su organización
field-professional-organisation-hint = Por ejemplo: CCAS de Villerelais, centro de día.
field-professional-role = Su puesto
field-professional-role-hint = Por ejemplo: trabajadora social, educador.
field-professional-phone = Su teléfono
field-professional-phone-hint = El número donde el CMP puede contactarle.
field-why = Por qué esta derivación
field-why-hint = En pocas palabras sencillas. La persona lo va a leer.
field-note = Mensaje de la persona (opcional)
field-note-hint = Solo si la persona quiere enviarlo.
referral-months = Meses: { $months }
referral-share-question = Lo que la persona acepta enviar al CMP:
referral-next = Mostrar la autorización a la persona
referral-field-missing = Rellene este campo.
referral-field-invalid = Hay un campo que no está bien. Revise lo que escribió.
informed-question = Cómo conoció la persona lo que dice la autorización:
informed-read = La leyó en la pantalla
informed-aloud = Se la leí en voz alta
informed-interpreter = Con un intérprete
informed-printed = En la hoja impresa
referral-waiting = Esperando señal: la derivación se enviará sola. También puede llamar a { $structure } al { $phone }.
referral-not-delivered = La derivación no se pudo enviar. Llame a { $structure } al { $phone }.
referral-revoked = Autorización retirada. El CMP borró lo que se había enviado.
referral-revoked-pending = Autorización retirada. Se avisará al CMP en cuanto haya señal. También puede llamar a { $structure } al { $phone }.
referral-print = Imprimir la copia de la persona
referral-revoke = La persona retira su autorización
referrals-empty = No se ha hecho ninguna derivación en este teléfono.
