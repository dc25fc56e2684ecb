//! Lists every message file (`locales/<language>/<part>.ftl`) for `src/catalog.rs` to embed, so a
//! new file or language needs no code change.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut languages: Vec<_> = std::fs::read_dir(&root).expect("i18n/locales").map(|e| e.expect("a folder entry").path()).filter(|p| p.is_dir()).collect();
    languages.sort();
    let mut out = String::from("pub(crate) static SOURCES: &[(&str, &[(&str, &str)])] = &[\n");
    for language in languages {
        let tag = language.file_name().and_then(|n| n.to_str()).expect("a language folder named by its tag");
        let mut files: Vec<_> = std::fs::read_dir(&language).expect("a language folder").map(|e| e.expect("a folder entry").path()).filter(|p| p.extension().is_some_and(|e| e == "ftl")).collect();
        files.sort();
        writeln!(out, "    ({tag:?}, &[").unwrap();
        for file in files {
            let name = file.file_name().and_then(|n| n.to_str()).expect("a file name");
            writeln!(out, "        ({name:?}, include_str!({:?})),", file.display().to_string()).unwrap();
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("sources.rs");
    std::fs::write(dest, out).expect("write the list of message files");
}
