//! Writes the seed corpora of the fuzz targets from the demo data and the sample import files
//! (`fuzz/corpus/<target>/`), so that no binary corpus is committed and the seeds follow the
//! formats when they change. `scripts/fuzz.sh` runs it before the targets.
//!
//! Usage: `seeds <corpus folder> <repository root>`.

// Built by `cargo fuzz build` with the targets, so with the coverage instrumentation: it links
// libFuzzer for the instrumentation's symbols (its own `main` stays this one).
use libfuzzer_sys as _;
use relais_core::directory::signature::SigningKey;
use relais_core::directory::{Directory, bundle, delta, source};
use relais_core::sms::{self, SmsRequest};
use relais_core::wire::SubmitRequest;
use relais_desk::api::InboundSms;
use relais_desk::demo;
use std::path::{Path, PathBuf};
use uuid::Uuid;

struct Corpus {
    root: PathBuf,
    written: usize,
}

impl Corpus {
    fn put(&mut self, target: &str, bytes: impl AsRef<[u8]>) {
        let dir = self.root.join(target);
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        let bytes = bytes.as_ref();
        // Named by content, as libFuzzer names its own finds: running twice adds nothing.
        let name = format!("seed-{:08x}", relais_fuzz::crc32(bytes));
        std::fs::write(dir.join(name), bytes).unwrap_or_else(|e| panic!("{target}: {e}"));
        self.written += 1;
    }

    fn file(&mut self, target: &str, repo: &Path, path: &str) {
        let p = repo.join(path);
        let bytes = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        self.put(target, bytes);
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(out), Some(repo)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: seeds <corpus folder> <repository root>");
        std::process::exit(2);
    };
    let repo = Path::new(repo);
    let mut c = Corpus {
        root: out.into(),
        written: 0,
    };

    // The directory: source, payload, bundle, signed bundle, a delta between two bundles.
    let demo_dir = source::demo().directory;
    let demo_bundle = relais_fuzz::DEMO_BUNDLE.clone();
    let empty_bundle = bundle::encode(&Directory::empty()).unwrap_or_else(|e| panic!("{e}"));
    c.put("directory_source", source::DEMO_JSON);
    c.file("directory_source", repo, "data/demo/directory.json");
    c.put(
        "bundle_payload",
        bundle::encode_payload(&demo_dir).unwrap_or_else(|e| panic!("{e}")),
    );
    c.put("bundle", &demo_bundle);
    c.put("bundle", &empty_bundle);
    c.put("signed_bundle", SigningKey::demo().sign(&demo_bundle));
    c.put("signed_bundle", SigningKey::demo().sign(&empty_bundle));
    if let Ok(d) = delta::make(&demo_bundle, &empty_bundle) {
        c.put("delta", d);
    }
    if let Ok(d) = delta::make(&demo_bundle, &demo_bundle) {
        c.put("delta", d);
    }

    // Import files.
    c.file("finess", repo, "data/samples/finess-extract.csv");
    c.file(
        "datainclusion",
        repo,
        "data/samples/data-inclusion-services.json",
    );
    for f in [
        "data/samples/sectorisation.csv",
        "data/sectorisation/demo-96.csv",
        "data/sectorisation/modele.csv",
    ] {
        c.file("sectorisation", repo, f);
    }
    c.put(
        "communes",
        "# Relais commune base. Source: seeds. Licence Ouverte (Etalab).\n\
         insee\tname\tdept\tregion\tpostcodes\tpopulation\tcity\told_codes\told_names\n\
         74010\tAnnecy\t74\t84\t74000,74370\t130000\t\t74011,74182\tAnnecy-le-Vieux|Cran-Gevrier\n\
         75113\tParis 13e Arrondissement\t75\t11\t75013\t180000\t75056\t\t\n\
         97411\tSaint-Denis\t974\t04\t97400,97490\t150000\t\t\t\n",
    );

    // Opening hours and phones, as the demo and people write them.
    for h in [
        "Mo-Fr 09:00-17:00; PH off",
        "24/7",
        "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off",
        "Tu,Th 13:30-18:00",
        "Mo-Su 00:00-24:00",
    ] {
        c.put("hours", h);
    }
    for s in demo_dir.structures() {
        if let Some(h) = &s.hours {
            c.put("hours", h.as_str());
        }
    }
    for (_, _, name, phone, _) in demo::STAFF {
        c.put("phone", phone);
        c.put(
            "desk_http",
            [11u8]
                .iter()
                .chain(
                    format!("login=x&display_name={name}&phone={phone}&role=admin&password=short")
                        .as_bytes(),
                )
                .copied()
                .collect::<Vec<_>>(),
        );
    }
    for p in [
        "+33 6 39 98 00 12",
        "0033639980012",
        "3114",
        "15",
        "+262 263 99 80 01",
        "06.39.98.00.12",
    ] {
        c.put("phone", p);
    }

    // Requests: the demo people, as JSON submissions, SMS texts and records, console forms.
    for (i, (id, structure, form)) in demo::requests().into_iter().enumerate() {
        c.put("phone", &form.phone);
        let Ok(content) = form.validate() else {
            continue;
        };
        let Ok(id) = Uuid::parse_str(id) else {
            continue;
        };
        let submit = SubmitRequest {
            id,
            structure_key: Some(structure.into()),
            content: content.clone(),
        };
        let json = serde_json::to_vec(&submit).unwrap_or_else(|e| panic!("{e}"));
        c.put("desk_json", &json);
        c.put("desk_http", [&[0u8][..], &json].concat());
        let packed = SmsRequest::from_content(id, &content);
        if let Ok(text) = sms::pack(&packed) {
            c.put("sms_text", &text);
            let inbound = serde_json::to_vec(&InboundSms {
                from: form.phone.clone(),
                text: text.clone(),
            })
            .unwrap_or_else(|e| panic!("{e}"));
            c.put("desk_json", &inbound);
            c.put("desk_http", [&[3u8][..], &inbound].concat());
            let hook = serde_json::json!({
                "id": format!("delivery-{i}"),
                "event": "sms:received",
                "payload": { "phoneNumber": form.phone, "message": text },
            });
            let hook = hook.to_string();
            c.put("desk_json", &hook);
            c.put("desk_http", [&[4u8][..], hook.as_bytes()].concat());
        }
        if let Ok(record) = sms::encode(&packed) {
            c.put("sms_record", [&[i as u8][..], &record].concat());
        }
    }
    let pick = |route: u8, request: u8| route | (request << 4);
    for (route, body) in [
        (1, "not-the-token"),
        (2, "0193a000-0001-7000-8000-000000000001"),
        (5, "outcome=no_answer"),
        (5, "outcome=voicemail"),
        (
            6,
            "kind=nurse_intake&date=2030-12-03&time=10:30&place=CMP+des+Collines&with_name=Paul+Girard&with_phone=03+53+01+30+01",
        ),
        (
            6,
            "kind=waiting_list&date=&time=&place=CMP&with_name=Nadia+Sow&with_phone=01+99+00+10+09",
        ),
        (
            7,
            "kind=medical&date=2030-03-30&time=02:30&place=CMP&with_name=Dr+Roux&with_phone=0199001001",
        ),
        (
            8,
            "to_structure=CMP+des+%C3%89tangs&to_name=Marc+Petit&to_phone=03+53+01+30+02&why=secteur",
        ),
        (9, "reason=withdrawn&note="),
        (9, "reason=unreachable&note=trois+appels"),
        (10, ""),
        (12, "KRA-479"),
    ] {
        for request in [0, 2] {
            c.put(
                "desk_http",
                [&[pick(route, request)][..], body.as_bytes()].concat(),
            );
        }
    }
    c.put(
        "desk_json",
        r#"{"event":"sms:delivered","payload":{"messageId":"m-1"}}"#,
    );
    eprintln!("{} seeds under {out}", c.written);
}
