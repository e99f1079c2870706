//! What the screens show: records with every text already in the person's language and every
//! action the screen offers. The shells draw these; they decide nothing.

use relais_core::orientation::{AgeBand, Place};
use relais_core::request::{CallWindow, RelayKind};

/// Something the person can do, with its label and, for calls and SMS, its URI.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Action {
    pub kind: ActionKind,
    pub label: String,
    /// Read by TalkBack / VoiceOver; more explicit than the label.
    pub accessibility_label: String,
    /// `tel:`, `sms:` or `geo:` URI, or the id of the screen or request concerned.
    pub target: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ActionKind {
    Call,
    Sms,
    OpenMap,
    AskForAppointment,
    MyRequests,
    Settings,
    Submit,
    Withdraw,
    AddToCalendar,
    ExportData,
    EraseEverything,
    AcceptConsent,
    RefuseConsent,
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
    pub title: String,
    pub subtitle: String,
    pub crisis: CrisisBar,
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
    pub title: String,
    pub problem: Option<String>,
    pub routes: Vec<RouteModel>,
    pub crisis: CrisisBar,
    pub demo_notice: Option<String>,
    /// Ask the first CMP for an appointment from the app.
    pub ask: Action,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum FormField {
    Name,
    Phone,
    RelayName,
    CallWindows,
    Languages,
    Age,
    Place,
    Message,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FieldModel {
    pub field: FormField,
    pub label: String,
    pub hint: String,
    pub error: Option<String>,
}

/// One choice of the age question, with its label.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AgeChoice {
    pub value: AgeBandInput,
    pub label: String,
}

/// A ready-made call window ("Le matin, du lundi au vendredi"), with its label.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct WindowChoice {
    pub window: CallWindowInput,
    pub label: String,
}

/// Who will answer when the person has no phone of their own.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RelayChoice {
    pub value: RelayKindInput,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FormScreen {
    pub title: String,
    pub intro: String,
    pub fields: Vec<FieldModel>,
    /// The choices the form offers, with their labels: the shells draw them as they are.
    pub ages: Vec<AgeChoice>,
    pub windows: Vec<WindowChoice>,
    pub relays: Vec<RelayChoice>,
    pub languages: Vec<LanguageChoice>,
    pub voicemail_label: String,
    pub sms_label: String,
    pub interpreter_label: String,
    pub valid: bool,
    pub submit: Action,
    pub crisis: CrisisBar,
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
    pub title: String,
    pub state: String,
    /// Why this human, and what to do now.
    pub reason: String,
    pub who_to_call: ContactModel,
    /// The next humans if this one does not answer; the last answers day and night.
    pub then: Vec<ContactModel>,
    pub appointment: Option<AppointmentModel>,
    pub history: Vec<String>,
    pub actions: Vec<Action>,
    pub crisis: CrisisBar,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RequestSummary {
    pub id: String,
    pub created: String,
    pub structure: String,
    pub state: String,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LanguageChoice {
    pub code: String,
    pub name: String,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SettingsScreen {
    pub title: String,
    pub languages: Vec<LanguageChoice>,
    pub export: Action,
    pub erase: Action,
    /// Shown before erasing: what it means, in plain words.
    pub erase_warning: String,
    pub crisis: CrisisBar,
}

/// What a referral shares, with whom, why and until when; accept or refuse.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ConsentScreen {
    pub title: String,
    pub lines: Vec<String>,
    pub accept: Action,
    pub refuse: Action,
    pub crisis: CrisisBar,
}

/// A commune for the place picker: its INSEE code (what orientation takes) and a label.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CommuneChoice {
    pub code: String,
    pub label: String,
}

/// Everything the phone holds about the person.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ExportModel {
    pub json: String,
    pub text: String,
}

/// A request packed in one SMS, for when there is no data.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SmsFallback {
    pub to: String,
    pub body: String,
    pub action: Action,
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

/// A social worker's referral, as the person sees it before saying yes or no.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReferralInput {
    pub social_worker: String,
    pub organisation: String,
    pub to_structure: String,
    pub why: String,
    /// ISO date: the consent ends that day.
    pub until: String,
    pub share_message: bool,
}
