#![cfg(not(target_arch = "wasm32"))]
//! The reader ships data/tiexi-2025.wire, not the JSON: it must be exactly
//! what the checker makes of data/tiexi-2025.json today.

use tiexi_infographic::data::parse_dataset;
use tiexi_infographic::data::wire::encode;

const JSON: &[u8] = include_bytes!("../data/tiexi-2025.json");
const WIRE: &[u8] = include_bytes!("../data/tiexi-2025.wire");

#[test]
fn the_committed_wire_file_is_the_built_in_json_encoded() {
    let checked = parse_dataset(JSON);
    assert!(checked.dataset.is_some(), "data/tiexi-2025.json has errors: {:?}", checked.problems);
    assert!(
        WIRE == encode(&checked, JSON).as_slice(),
        "data/tiexi-2025.wire is not data/tiexi-2025.json as it is now (or the encoder changed); \
         regenerate it with: cargo run --bin tiexi-validate -- data/tiexi-2025.json --write-wire data/tiexi-2025.wire"
    );
}

#[test]
fn the_cli_writes_the_wire_of_a_file_without_errors_only() {
    let dir = std::env::temp_dir().join(format!("tiexi-wire-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let run = |input: &std::path::Path, out: &std::path::Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_tiexi-validate"))
            .arg(input)
            .arg("--write-wire")
            .arg(out)
            .output()
            .expect("runs")
            .status
            .success()
    };
    let built_in = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/tiexi-2025.json");
    let out = dir.join("good.wire");
    assert!(run(&built_in, &out));
    assert_eq!(std::fs::read(&out).ok().as_deref(), Some(WIRE));

    let broken = dir.join("broken.json");
    std::fs::write(&broken, b"{\"version\": 1}").expect("write");
    let out = dir.join("broken.wire");
    assert!(!run(&broken, &out));
    assert!(!out.exists(), "a refused file is not written");
    let _ = std::fs::remove_dir_all(&dir);
}
