//! What the screens show: records with every text already in the person's language and every
//! action the screen offers. The shells draw these; they decide nothing.

use relais_core::orientation::{AgeBand, Place};
use relais_core::request::{CallWindow, RelayKind};

/// Something the person can do: its words, and what happens when they tap it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Action {
    /// How to draw it (an icon, a style); never what it does.
    pub kind: ActionKind,
    pub label: String,
    /// Read by TalkBack / VoiceOver; more explicit than the label.
    pub accessibility_label: String,
    pub tap: Tap,
}

/// What a tap does: send an event to the core, or perform an effect at once (dial…).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum Tap {
    Send { event: Event },
    Perform { effect: Effect },
}

/// How an action looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ActionKind {
    Call,
    Sms,
    OpenMap,
    /// The main thing to do on the screen.
    Primary,
    Secondary,
    /// Destroys something (withdraw, erase): drawn so that it is not tapped by mistake.
    Danger,
    Back,
    Listen,
}

/// What the platform does for the core: the shells perform these and decide nothing else.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum Effect {
    /// Opens the dialler with the number (`tel:` URI); the person presses call.
    Dial { uri: String },
    /// Opens the SMS app on a message ready to send (`sms:` URI with its body).
    SendSms {
        uri: String,
        to: String,
        body: String,
    },
    /// Opens the map app (`geo:` URI).
    OpenMap { uri: String },
    /// Offers a file to save or send (the person's data, a calendar event).
    Share {
        file_name: String,
        mime_type: String,
        content: String,
    },
    /// Reads a text aloud with the system's voice.
    Speak { text: String, language: String },
    /// Shows a local notification at a moment (seconds since 1970), neutral words only.
    Notify {
        id: String,
        at_epoch_seconds: i64,
        title: String,
        body: String,
    },
    /// Runs a sync now (`sync_now`), then sends `Event::Refresh`.
    Sync,
    /// Asks the platform's scheduler for a background sync (`sync_in_background`) in this
    /// many seconds, when there is a network.
    ScheduleSync { in_seconds: u64 },
}

/// What the person did. The shells send these; the core answers with the next screen.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum Event {
    /// The app starts, or comes back to the front.
    Start,
    Back,
    Home,
    /// "Ask for an appointment": the questions come first.
    AskForAppointment,
    /// The situation questions changed (age, place typed or chosen…).
    SituationEdited {
        situation: SituationInput,
    },
    /// "Who do I call?": the answer for the situation.
    ShowWhomToCall,
    /// The request form, filled in from the situation.
    StartForm,
    FormEdited {
        form: FormInput,
    },
    /// The person typed in a text field (of the questions or of the form).
    TextChanged {
        field: TextFieldId,
        text: String,
    },
    Submit,
    MyRequests,
    OpenRequest {
        id: String,
    },
    Withdraw {
        id: String,
    },
    /// The request packed in one SMS to the CMP's line.
    SendBySms {
        id: String,
    },
    AddToCalendar {
        id: String,
    },
    Settings,
    SetLanguage {
        code: String,
    },
    Export,
    AskToErase,
    Erase,
    /// A professional starts a referral for a person (the questions come first).
    StartReferral,
    /// From the answer to the questions: the referral form, for the CMP found.
    StartReferralForm,
    /// Share, or not, one kind of the person's data.
    ReferralShare {
        field: SharedField,
        share: bool,
    },
    /// How long the consent lasts, in months.
    ReferralDuration {
        months: u8,
    },
    ReferralWindow {
        window: CallWindowInput,
        on: bool,
    },
    ReferralLanguage {
        code: String,
        on: bool,
    },
    /// The form is complete: the person reads the consent.
    ShowConsent,
    /// The language the person reads the consent in.
    ConsentLanguage {
        code: String,
    },
    /// How the person was told (read on screen, aloud, with an interpreter, printed).
    ConsentInformed {
        how: InformedInput,
    },
    /// The person's own answer.
    AnswerConsent {
        accept: bool,
    },
    MyReferrals,
    OpenReferral {
        id: String,
    },
    /// The person takes their consent back (here, or the professional for them).
    RevokeReferral {
        id: String,
    },
    /// The printable copy, for a person without a phone.
    PrintCopy {
        id: String,
    },
    /// A sync ended, or time passed: draw the screen again from what is stored.
    Refresh,
}

/// Left to right, or right to left (Arabic, Dari, Pashto).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum TextDirection {
    LeftToRight,
    RightToLeft,
}

/// What every screen has: its title, its language and direction, the crisis lines, the way
/// back, and the screen read aloud.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Frame {
    pub title: String,
    pub language: String,
    pub direction: TextDirection,
    pub crisis: CrisisBar,
    pub back: Option<Action>,
    /// Reads the screen aloud (an `Effect::Speak`).
    pub listen: Action,
    /// News to show once at the top ("There is news about your request").
    pub notice: Option<String>,
}

/// One screen to draw.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum Screen {
    Home {
        model: HomeScreen,
    },
    Situation {
        model: SituationScreen,
    },
    Orientation {
        model: OrientationScreen,
    },
    Form {
        model: FormScreen,
    },
    Requests {
        model: RequestsScreen,
    },
    Request {
        model: RequestStatusScreen,
    },
    Settings {
        model: SettingsScreen,
    },
    Confirm {
        model: ConfirmScreen,
    },
    Consent {
        model: ConsentScreen,
    },
    ReferralForm {
        model: ReferralFormScreen,
    },
    Referrals {
        model: ReferralsScreen,
    },
    /// A referral made on this phone: the person's copy and where it stands.
    Referral {
        model: ReferralScreen,
    },
    /// A short message with the human to call: after answering a referral, or when
    /// something went wrong.
    Message {
        model: MessageScreen,
    },
}

/// The core's answer to an event: the screen to draw and the effects to perform.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Update {
    pub frame: Frame,
    pub screen: Screen,
    pub effects: Vec<Effect>,
}

/// A choice among a few, with whether it is chosen and what choosing it sends.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Choice {
    pub label: String,
    pub selected: bool,
    pub choose: Tap,
}

/// Which text field: the shells send it back with what was typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum TextFieldId {
    Commune,
    Street,
    Domiciliation,
    SleepsIn,
    Name,
    Phone,
    RelayName,
    Message,
    ProfessionalName,
    ProfessionalOrganisation,
    ProfessionalRole,
    ProfessionalPhone,
    Why,
    Note,
}

/// A text field: its label, a hint, what is in it now, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TextField {
    pub id: TextFieldId,
    pub label: String,
    pub hint: String,
    pub value: String,
    pub error: Option<String>,
}

/// The questions before whom to call: the person's age and where they live or sleep. Each
/// is optional: "I'd rather not say" still leads to people to call.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SituationScreen {
    pub intro: String,
    pub age_question: String,
    pub ages: Vec<Choice>,
    pub place_question: String,
    /// I have an address / I have no fixed address / I'd rather not say.
    pub place_kinds: Vec<Choice>,
    /// The commune or postcode typed (with an address, or "where I have lived 3 months").
    pub commune: Option<TextField>,
    /// Communes matching what was typed: choosing one fills the field.
    pub suggestions: Vec<Choice>,
    /// The street, for the cities split by street (optional).
    pub street: Option<TextField>,
    /// Without a fixed address: the commune of the domiciliation, and where the person
    /// sleeps or is followed (both optional).
    pub domiciliation: Option<TextField>,
    pub sleeps_in: Option<TextField>,
    /// The situation as it is now.
    pub value: SituationInput,
    pub next: Action,
}

/// The person's requests on this phone, newest first.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RequestsScreen {
    pub empty: Option<String>,
    pub requests: Vec<RequestSummary>,
    pub ask: Action,
}

/// "Are you sure?" before something that cannot be undone.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ConfirmScreen {
    pub text: String,
    pub confirm: Action,
    pub cancel: Action,
}

/// A message and the human to call about it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MessageScreen {
    pub text: String,
    pub who_to_call: Option<ContactModel>,
    pub actions: Vec<Action>,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CrisisLineModel {
    pub name: String,
    pub purpose: String,
    pub number: String,
    pub action: Action,
}

/// The bar on every screen, offline.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CrisisBar {
    pub title: String,
    pub lines: Vec<CrisisLineModel>,
}

/// A human to call, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ContactModel {
    /// Name, or role when no name is published.
    pub who: String,
    pub role: Option<String>,
    pub structure: String,
    pub phone: String,
    /// "Ouvert maintenant, jusqu'à 17 h", or "Horaires non connus : appelez pour vérifier".
    pub status: String,
    pub open_now: bool,
    /// The week in plain words.
    pub hours: Vec<String>,
    pub call: Action,
    /// Only for mobile numbers.
    pub sms: Option<Action>,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HomeScreen {
    pub subtitle: String,
    pub demo_notice: Option<String>,
    pub actions: Vec<Action>,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RouteModel {
    pub contact: ContactModel,
    pub reason: String,
    pub notes: Vec<String>,
}

/// The humans to call for a situation, in order; the last one answers day and night.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OrientationScreen {
    pub problem: Option<String>,
    pub routes: Vec<RouteModel>,
    pub demo_notice: Option<String>,
    /// Ask the first CMP for an appointment from the app, or call it when it takes no
    /// requests from the app.
    pub ask: Action,
}

/// The request form. Text fields show what is in them; the choices carry, each, the form as
/// it would be once chosen.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FormScreen {
    pub intro: String,
    /// What is wrong, once the person tried to send (each also under its field).
    pub errors: Vec<String>,
    pub name: TextField,
    pub phone: TextField,
    /// Whose phone it is: mine, a social worker's, a shelter's, someone else's.
    pub phone_owner_question: String,
    pub phone_owners: Vec<Choice>,
    /// The name of the person or place that will answer (only for someone else's phone).
    pub relay_name: Option<TextField>,
    pub windows_question: String,
    pub windows_error: Option<String>,
    pub windows: Vec<Choice>,
    pub voicemail: Choice,
    pub sms: Choice,
    pub languages_question: String,
    pub languages_error: Option<String>,
    pub languages: Vec<Choice>,
    pub interpreter: Choice,
    pub age_question: String,
    pub age_error: Option<String>,
    pub ages: Vec<Choice>,
    pub message: TextField,
    /// The form as it is now.
    pub values: FormInput,
    pub submit: Action,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AppointmentModel {
    pub kind: String,
    /// "lundi 30 novembre à 9 h"; none on the waiting list.
    pub when: Option<String>,
    pub place: String,
    pub with: ContactModel,
    pub map: Action,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RequestStatusScreen {
    pub id: String,
    pub state: String,
    /// Why this human, and what to do now.
    pub reason: String,
    pub who_to_call: ContactModel,
    /// The next humans if this one does not answer; the last answers day and night.
    pub then: Vec<ContactModel>,
    pub appointment: Option<AppointmentModel>,
    /// "lundi 30 novembre à 9 h 05 : Reçue par le CMP", oldest first, in the place's time.
    pub history: Vec<String>,
    pub actions: Vec<Action>,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RequestSummary {
    pub id: String,
    /// "lundi 30 novembre".
    pub created: String,
    pub structure: String,
    pub state: String,
    pub open: Action,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SettingsScreen {
    /// Each language written in itself.
    pub languages: Vec<Choice>,
    pub export: Action,
    pub erase: Action,
    /// For social workers and other professionals: refer a person, with their consent.
    pub professional_title: String,
    pub professional: Vec<Action>,
}

/// What a referral shares, with whom, why and until when; the person answers themselves.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ConsentScreen {
    /// The consent text, in the language chosen for the person.
    pub lines: Vec<String>,
    /// The languages the text can be shown in, each written in itself.
    pub languages: Vec<Choice>,
    pub informed_question: String,
    pub informed: Vec<Choice>,
    pub accept: Action,
    /// As easy as accepting: the same size, the same place.
    pub refuse: Action,
}

/// The professional's referral form: who they are, what the person agrees to share (field by
/// field), why, and for how long.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReferralFormScreen {
    pub intro: String,
    /// The structure it goes to, and whom to call there.
    pub to: ContactModel,
    pub errors: Vec<String>,
    pub professional_name: TextField,
    pub professional_organisation: TextField,
    pub professional_role: TextField,
    pub professional_phone: TextField,
    pub why: TextField,
    pub durations: Vec<Choice>,
    /// What may be shared: a choice per kind of data.
    pub share_question: String,
    pub shares: Vec<Choice>,
    /// The person's data, each field only when its kind is shared.
    pub person_name: Option<TextField>,
    pub person_phone: Option<TextField>,
    pub windows: Vec<Choice>,
    pub languages: Vec<Choice>,
    pub note: Option<TextField>,
    pub next: Action,
}

/// The referrals made on this phone, newest first.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReferralsScreen {
    pub empty: Option<String>,
    pub referrals: Vec<ReferralSummary>,
    pub start: Action,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReferralSummary {
    pub id: String,
    pub created: String,
    pub structure: String,
    pub progress: String,
    pub open: Action,
}

/// A referral: where it stands, the person's copy, and whom to call.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReferralScreen {
    pub id: String,
    /// "En attente de réseau", "Reçue par le CMP", "Rendez-vous confirmé"…
    pub progress: String,
    /// The copy: what was shared, with whom, until when, the code.
    pub copy: Vec<String>,
    pub code: String,
    pub who_to_call: ContactModel,
    pub actions: Vec<Action>,
}

// ---------------------------------------------------------------------------------------------
// Inputs

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum AgeBandInput {
    Under12,
    From12To15,
    From16To17,
    From18To20,
    From21,
    Unknown,
}

impl From<AgeBandInput> for AgeBand {
    fn from(a: AgeBandInput) -> AgeBand {
        match a {
            AgeBandInput::Under12 => AgeBand::Under12,
            AgeBandInput::From12To15 => AgeBand::From12To15,
            AgeBandInput::From16To17 => AgeBand::From16To17,
            AgeBandInput::From18To20 => AgeBand::From18To20,
            AgeBandInput::From21 => AgeBand::From21,
            AgeBandInput::Unknown => AgeBand::Unknown,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum PlaceInput {
    Address {
        commune: String,
        street: Option<String>,
    },
    NoFixedAddress {
        lived_3_months_in: Option<String>,
        domiciliation: Option<String>,
        sleeps_or_followed_in: Option<String>,
    },
    Unknown,
}

impl From<PlaceInput> for Place {
    fn from(p: PlaceInput) -> Place {
        match p {
            PlaceInput::Address { commune, street } => Place::Address { commune, street },
            PlaceInput::NoFixedAddress {
                lived_3_months_in,
                domiciliation,
                sleeps_or_followed_in,
            } => Place::NoFixedAddress {
                lived_3_months_in,
                domiciliation,
                sleeps_or_followed_in,
            },
            PlaceInput::Unknown => Place::Unknown,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SituationInput {
    pub age: AgeBandInput,
    pub place: PlaceInput,
    pub languages: Vec<String>,
    pub interpreter_needed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum RelayKindInput {
    SocialWorker,
    Shelter,
    Other,
}

impl From<RelayKindInput> for RelayKind {
    fn from(k: RelayKindInput) -> RelayKind {
        match k {
            RelayKindInput::SocialWorker => RelayKind::SocialWorker,
            RelayKindInput::Shelter => RelayKind::Shelter,
            RelayKindInput::Other => RelayKind::Other,
        }
    }
}

/// A call window: days as bits (Monday = 1, Tuesday = 2 … Sunday = 64), minutes after midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct CallWindowInput {
    pub days: u8,
    pub from_minute: u16,
    pub to_minute: u16,
}

impl From<CallWindowInput> for CallWindow {
    fn from(w: CallWindowInput) -> CallWindow {
        CallWindow {
            days: w.days,
            from: w.from_minute,
            to: w.to_minute,
        }
    }
}

/// The request form as the person filled it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FormInput {
    pub name: String,
    pub phone: String,
    pub relay_name: String,
    pub relay_kind: Option<RelayKindInput>,
    pub call_windows: Vec<CallWindowInput>,
    pub voicemail_ok: bool,
    pub sms_ok: bool,
    pub languages: Vec<String>,
    pub interpreter_needed: bool,
    pub age: Option<AgeBandInput>,
    pub place: PlaceInput,
    pub message: String,
}

/// A kind of the person's data a referral may share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum SharedField {
    Name,
    Phone,
    CallWindows,
    Languages,
    AgeAndPlace,
    Note,
}

impl From<SharedField> for relais_core::referral::Shared {
    fn from(f: SharedField) -> relais_core::referral::Shared {
        use relais_core::referral::Shared;
        match f {
            SharedField::Name => Shared::Name,
            SharedField::Phone => Shared::Phone,
            SharedField::CallWindows => Shared::CallWindows,
            SharedField::Languages => Shared::Languages,
            SharedField::AgeAndPlace => Shared::AgeAndPlace,
            SharedField::Note => Shared::Note,
        }
    }
}

/// How the person was told what the consent means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum InformedInput {
    ReadOnScreen,
    ReadAloud,
    WithInterpreter,
    Printed,
}

impl From<InformedInput> for relais_core::referral::Informed {
    fn from(i: InformedInput) -> relais_core::referral::Informed {
        use relais_core::referral::Informed;
        match i {
            InformedInput::ReadOnScreen => Informed::ReadOnScreen,
            InformedInput::ReadAloud => Informed::ReadAloud,
            InformedInput::WithInterpreter => Informed::WithInterpreter,
            InformedInput::Printed => Informed::Printed,
        }
    }
}
