//! The JSON the phone and the desk exchange (`/v1`). Shared by the app's sync client and the
//! desk's server so that both sides agree by construction.

use crate::contact::{OpeningHours, Phone};
use crate::request::{RequestContent, RequestState};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub const API_VERSION: &str = "v1";
/// Header carrying the capability token: never in the URL, so never in access logs.
pub const TOKEN_HEADER: &str = "authorization";

/// How a request reached the desk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    App,
    Sms,
}

/// `POST /v1/requests`: submit a request. Sending it twice with the same `id` gives the same
/// answer and never a second request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmitRequest {
    /// UUIDv7 made on the phone: the idempotency key.
    pub id: Uuid,
    /// The CMP chosen by orientation, if any (directory key).
    pub structure_key: Option<String>,
    pub content: RequestContent,
}

/// The desk's answer to a submission.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmitResponse {
    pub id: Uuid,
    /// Capability to read and withdraw this request; the desk keeps only its hash.
    pub token: String,
    pub status: RequestStatus,
}

/// `GET /v1/requests/{id}` and the answer to a withdrawal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestStatus {
    pub id: Uuid,
    pub state: RequestState,
    pub updated_at: DateTime<Utc>,
}

/// Every error the API returns: a stable code and a plain sentence without personal data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    pub error: String,
    pub message: String,
}

/// `GET /v1/desk`: the desk's public entry, for the apps' directory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeskEntry {
    pub name: String,
    pub phone: Phone,
    pub hours: Option<OpeningHours>,
    pub address: String,
    /// Sector codes the desk serves.
    pub sectors: Vec<String>,
    /// Directory keys of the structures whose requests arrive here.
    pub structures: Vec<String>,
    /// Number that receives requests packed in an SMS, if the desk has a gateway.
    pub sms_number: Option<Phone>,
}

// Referrals (`/v1/referrals`, `/v1/copies`): a professional's referral with the person's
// consent, its status for the professional, and the person's copy opened by its code.

/// `POST /v1/referrals`: sending it twice with the same `id` gives the same answer. The desk
/// refuses it whole (422) if the consent is not active or anything about the person lies
/// outside the consent's scope.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmitReferral {
    /// UUIDv7 made on the professional's phone: the idempotency key.
    pub id: Uuid,
    pub structure_key: String,
    pub professional: crate::referral::Professional,
    pub person: crate::referral::PersonData,
    pub consent: crate::referral::Consent,
    /// The person's copy code; the desk keeps only its hash.
    pub copy_code: crate::referral::CopyCode,
}

/// The desk's answer to a referral: the professional's capability token and the status.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralAnswer {
    pub id: Uuid,
    pub token: String,
    pub status: ReferralStatus,
}

/// `GET /v1/referrals/{id}` (professional's token): where it stands, within the consent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferralStatus {
    pub id: Uuid,
    /// The request the referral became at the desk; none once the consent was revoked (the
    /// shared data is deleted then).
    pub state: Option<RequestState>,
    pub revoked_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
}

/// `POST /v1/copies/lookup` and `/v1/copies/revoke` (the copy code in the `Authorization`
/// header, never in the URL): the person's copy, without any of the person's data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyAnswer {
    pub copy: crate::referral::copy::CopyView,
}
