//! The desk's JSON bodies, parsed into the desk's own types with serde_json as its handlers do,
//! then checked by the same rules: a submission, the signed SMS gateway's message, the capcom
//! gateway's webhook. Whatever a submission's check accepts must survive the trip back to JSON
//! and pass the check again (the phone and the desk agree on what they exchange).
#![no_main]

use libfuzzer_sys::fuzz_target;
use relais_core::wire::SubmitRequest;
use relais_desk::api::InboundSms;
use relais_desk::sms::capcom::WebhookBody;

fuzz_target!(|data: &[u8]| {
    if let Ok(req) = serde_json::from_slice::<SubmitRequest>(data)
        && req.content.check().is_ok()
    {
        let again = serde_json::to_vec(&req).unwrap_or_else(|e| panic!("re-encode: {e}"));
        let back: SubmitRequest =
            serde_json::from_slice(&again).unwrap_or_else(|e| panic!("re-read: {e}"));
        assert_eq!(back, req, "JSON round trip");
        assert!(back.content.check().is_ok(), "checked content stays valid");
    }
    if let Ok(sms) = serde_json::from_slice::<InboundSms>(data) {
        let _ = relais_core::sms::unpack(&sms.text);
    }
    if let Ok(hook) = serde_json::from_slice::<WebhookBody>(data) {
        let _ = hook.event();
    }
});
