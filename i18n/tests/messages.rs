//! Every language has every message English has, with no variable English does not give, and
//! every message the code asks for exists: a missing or misspelt string fails here, not in front
//! of a person.

use std::path::{Path, PathBuf};

#[test]
fn every_language_has_every_message() {
    let problems = i18n::check();
    assert!(
        problems.is_empty(),
        "{} problem(s) with the messages:\n{}",
        problems.len(),
        problems.iter().map(|p| format!("  {p}\n")).collect::<String>()
    );
}

/// The message ids the code names: the first string after `t!(`, after `tr!(locale,`, in
/// `.text(`, and every string in a `Texts::of(&[…])` or a `…_TEXTS: &[&str] = &[…]` list.
fn ids_in(source: &str) -> Vec<String> {
    let literal_after = |rest: &str| -> Option<String> {
        let rest = rest.trim_start().strip_prefix('"')?;
        Some(rest[..rest.find('"')?].to_owned())
    };
    let mut found: Vec<(usize, String)> = Vec::new();
    for (i, _) in source.match_indices("t!(") {
        // `t!(` itself, not the end of `format!(` or `print!(`.
        if source[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        found.extend(literal_after(&source[i + 3..]).map(|id| (i, id)));
    }
    for (i, _) in source.match_indices("tr!(") {
        // `tr!(locale, "id"…)`: the id follows the first comma.
        let rest = &source[i + 4..];
        if let Some(comma) = rest.find(',') {
            found.extend(literal_after(&rest[comma + 1..]).map(|id| (i, id)));
        }
    }
    for (i, _) in source.match_indices(".text(") {
        found.extend(literal_after(&source[i + 6..]).map(|id| (i, id)));
    }
    for marker in ["Texts::of(&[", "_TEXTS: &[&str] = &["] {
        for (i, _) in source.match_indices(marker) {
            let rest = &source[i + marker.len()..];
            let list = &rest[..rest.find(']').unwrap_or(0)];
            found.extend(list.split(',').filter_map(literal_after).map(|id| (i, id)));
        }
    }
    found.sort_by_key(|(i, _)| *i);
    found
        .into_iter()
        .map(|(_, id)| id)
        // Message ids are lower case words joined by dashes.
        .filter(|id| id.contains('-') && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_message_the_code_names_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let known = i18n::message_ids();
    let mut files = Vec::new();
    for crate_dir in ["app/src", "services/src", "server/src"] {
        rust_files(&root.join(crate_dir), &mut files);
    }
    let mut missing = Vec::new();
    let mut named = 0;
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        // Not the examples in comments.
        let code: String = source.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n");
        for id in ids_in(&code) {
            named += 1;
            if !known.contains(&id) {
                missing.push(format!("  {} names “{id}”", file.strip_prefix(root).unwrap().display()));
            }
        }
    }
    assert!(named > 0, "the scan found no message ids at all");
    assert!(missing.is_empty(), "messages the code names that English does not have:\n{}", missing.join("\n"));
}

#[test]
fn the_scan_finds_each_way_of_naming_a_message() {
    let source = r#"t!("a-b") tr!(locale, "c-d", n = 1) texts.text("e-f") Texts::of(&["g-h", "i-j"]) const X_TEXTS: &[&str] = &["k-l"]; format!("not-this")"#;
    assert_eq!(ids_in(source), ["a-b", "c-d", "e-f", "g-h", "i-j", "k-l"]);
}

#[test]
fn numbers_choose_the_plural_and_are_written_as_the_language_writes_them() {
    use i18n::{tr, Locale};
    assert_eq!(tr!(Locale::En, "common-count-people", count = 1), "1 person");
    assert_eq!(tr!(Locale::En, "common-count-people", count = 5000), "5,000 people");
    assert_eq!(tr!(Locale::De, "common-count-people", count = 5000), "5.000 Personen");
    // Arabic isolates the number from the right-to-left text around it.
    assert!(tr!(Locale::Ar, "common-count-people", count = 3).contains("\u{2068}3\u{2069}"));
}
