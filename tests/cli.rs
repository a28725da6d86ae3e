//! Integration tests: the real binary on real files. Output snapshots for the seeds, exit
//! codes and error messages for bad input, determinism whatever the listing order.

use assert_cmd::cargo::cargo_bin_cmd;
use assert_cmd::Command;
use predicates::prelude::*;
use std::fs;
use std::path::Path;

const SEEDS: &str = env!("CARGO_MANIFEST_DIR");

fn claimcmp() -> Command {
    let mut c = cargo_bin_cmd!();
    c.current_dir(SEEDS)
        .env_remove("NO_COLOR")
        .env_remove("COLUMNS");
    c
}

fn stdout_of(args: &[&str]) -> String {
    let out = claimcmp().args(args).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn seeds_table_snapshot() {
    insta::assert_snapshot!(
        "seeds_table",
        stdout_of(&["--width", "120", "--explain", "seeds/"])
    );
}

#[test]
fn seeds_json_snapshot() {
    insta::assert_snapshot!("seeds_json", stdout_of(&["--format", "json", "seeds/"]));
}

#[test]
fn seeds_markdown_snapshot() {
    insta::assert_snapshot!(
        "seeds_markdown",
        stdout_of(&["--format", "markdown", "--explain", "seeds/"])
    );
}

#[test]
fn table_without_tty_has_no_colour_and_always_forces_it() {
    let plain = stdout_of(&["seeds/"]);
    assert!(!plain.contains('\u{1b}'));
    let coloured = stdout_of(&["--color", "always", "seeds/"]);
    assert!(coloured.contains('\u{1b}'));
}

#[test]
fn json_is_the_same_whatever_the_creation_order() {
    let names: Vec<_> = fs::read_dir(Path::new(SEEDS).join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let mut outputs = Vec::new();
    for reverse in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("in")).unwrap();
        let mut order = names.clone();
        order.sort();
        if reverse {
            order.reverse();
        }
        for p in &order {
            fs::copy(p, dir.path().join("in").join(p.file_name().unwrap())).unwrap();
        }
        for fmt in ["json", "table", "markdown"] {
            let out = cargo_bin_cmd!()
                .current_dir(dir.path())
                .args(["--format", fmt, "in"])
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(0));
            outputs.push((fmt, out.stdout));
        }
    }
    let (first, second) = outputs.split_at(3);
    for (a, b) in first.iter().zip(second) {
        assert_eq!(a.0, b.0);
        assert!(a.1 == b.1, "{} output differs with listing order", a.0);
    }
}

#[test]
fn files_and_folders_can_be_mixed_and_are_read_once() {
    let out = stdout_of(&[
        "--format",
        "json",
        "seeds/001_e4b63eb8a4c05868.txt",
        "seeds/",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let paths: Vec<_> = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["path"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(paths.len(), 5);
    assert_eq!(paths[0], "seeds/001_e4b63eb8a4c05868.txt");
}

#[test]
fn every_article_gets_its_own_id_when_file_names_clash() {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["a", "b"] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
        for name in ["wire_one.txt", "wire_two.txt"] {
            std::fs::write(
                dir.path().join(sub).join(name),
                "Flood kills 12\n\nThe flood killed 12 people, officials said.\n",
            )
            .unwrap();
        }
    }
    let out = claimcmp()
        .args(["--format", "json"])
        .arg(dir.path().join("a"))
        .arg(dir.path().join("b"))
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["a/wire_one", "a/wire_two", "b/wire_one", "b/wire_two"]
    );
}

#[test]
fn missing_path_is_a_usage_error() {
    claimcmp()
        .arg("no/such/folder")
        .assert()
        .code(2)
        .stdout("")
        .stderr("claimcmp: error: no/such/folder: no such file or folder\n");
}

#[test]
fn no_arguments_is_a_usage_error() {
    claimcmp()
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Usage"));
}

#[test]
fn folder_without_articles_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("notes.md"), "not an article").unwrap();
    cargo_bin_cmd!()
        .current_dir(dir.path())
        .arg(".")
        .assert()
        .code(2)
        .stderr("claimcmp: error: .: folder holds no .txt articles\n");
}

/// A folder with one good article and one bad file of each kind: every file is listed, each
/// problem is reported on one stderr line naming the file, and the exit code is 2.
#[test]
fn bad_files_are_listed_with_their_problem_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("in");
    fs::create_dir(&d).unwrap();
    fs::copy(
        Path::new(SEEDS).join("seeds/002_0eeb6b7dfd826097.txt"),
        d.join("a_good.txt"),
    )
    .unwrap();
    fs::write(d.join("b_latin1.txt"), b"Caf\xe9 owner said \"hello\".\n").unwrap();
    fs::write(d.join("c_binary.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    fs::write(d.join("d_empty.txt"), b"\n\n").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(d.join("nowhere"), d.join("e_dangling.txt")).unwrap();
    let out = cargo_bin_cmd!()
        .current_dir(dir.path())
        .args(["--format", "json", "in"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<_> = stderr.lines().collect();
    let mut expected = vec![
        "claimcmp: error: in/b_latin1.txt: invalid UTF-8 at byte 3",
        "claimcmp: error: in/c_binary.txt: binary file (NUL byte at byte 8), not an article",
        "claimcmp: error: in/d_empty.txt: file holds no text",
    ];
    if cfg!(unix) {
        expected.push("claimcmp: error: in/e_dangling.txt: cannot read: no such file");
    }
    assert_eq!(lines, expected);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let arts = v["articles"].as_array().unwrap();
    assert_eq!(arts.len(), expected.len() + 1);
    assert_eq!(arts[0]["id"], "a");
    assert!(arts[0]["problems"].as_array().unwrap().is_empty());
    assert!(!arts[0]["quotes"].as_array().unwrap().is_empty());
    for a in &arts[1..] {
        assert_eq!(a["problems"].as_array().unwrap().len(), 1, "{a}");
    }
    assert_eq!(arts[1]["problems"][0]["kind"], "invalid-utf8");
    assert_eq!(arts[2]["problems"][0]["kind"], "binary");
    assert_eq!(arts[3]["problems"][0]["kind"], "empty");
}

#[test]
fn bom_and_crlf_give_file_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let text =
        "Title line\r\n\r\n\u{201c}We will rebuild,\u{201d} Mayor Ana Ruiz said on Monday.\r\n";
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    fs::write(dir.path().join("x.txt"), &bytes).unwrap();
    let out = cargo_bin_cmd!()
        .current_dir(dir.path())
        .args(["--format", "json", "x.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let q = &v["articles"][0]["quotes"][0];
    let (s, e) = (
        q["start"].as_u64().unwrap() as usize,
        q["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&bytes[s..e], "We will rebuild,".as_bytes());
    assert_eq!(q["line"], 3);
    assert_eq!(v["articles"][0]["title"], "Title line");
}

#[test]
fn fail_on_conflict_exits_1_only_when_outlets_disagree() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.txt"),
        "Quake toll rises\n\nAt least 120 people were killed in the quake, the health ministry said on Tuesday.\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("b.txt"),
        "Deadly quake\n\nThe quake killed 85 people, police said.\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("c.txt"),
        "Deadly quake\n\nThe quake killed 85 people, police said.\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        cargo_bin_cmd!()
            .current_dir(dir.path())
            .args(args)
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(run(&["a.txt", "b.txt"]), Some(0));
    assert_eq!(run(&["--fail-on-conflict", "a.txt", "b.txt"]), Some(1));
    assert_eq!(run(&["--fail-on", "conflict", "a.txt", "b.txt"]), Some(1));
    assert_eq!(run(&["--fail-on", "conflict", "b.txt", "c.txt"]), Some(0));
    assert_eq!(run(&["--fail-on", "any", "b.txt", "c.txt"]), Some(1));
}

#[test]
fn closed_pipe_is_not_an_error() {
    use std::io::Read;
    use std::process::{Command as Std, Stdio};
    let dir = tempfile::tempdir().unwrap();
    let seed = fs::read(Path::new(SEEDS).join("seeds/001_e4b63eb8a4c05868.txt")).unwrap();
    for i in 0..20 {
        fs::write(dir.path().join(format!("{i:04}.txt")), &seed).unwrap();
    }
    let mut child = Std::new(assert_cmd::cargo::cargo_bin!())
        .current_dir(dir.path())
        .args(["--format", "json", "."])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut buf = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut buf).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn baseline_reports_only_new_or_changed_comparisons() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    fs::write(
        p.join("a.txt"),
        "Flood toll rises\n\nAt least 40 people were killed in the floods, the disaster agency said.\n",
    )
    .unwrap();
    fs::write(
        p.join("b.txt"),
        "Floods\n\nThe floods killed 40 people, the disaster agency said.\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        let out = cargo_bin_cmd!().current_dir(p).args(args).output().unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
        (out.status.code(), v, String::from_utf8(out.stderr).unwrap())
    };
    let (code, first, _) = run(&["--format", "json", "a.txt", "b.txt"]);
    assert_eq!(code, Some(0));
    assert!(first["baseline"].is_null());
    let n = first["comparisons"].as_array().unwrap().len();
    assert!(n >= 1);
    fs::write(p.join("old.json"), first.to_string()).unwrap();

    // Same input: nothing new, everything unchanged, and --fail-on any passes.
    let (code, same, _) = run(&[
        "--format",
        "json",
        "--baseline",
        "old.json",
        "--fail-on",
        "any",
        "a.txt",
        "b.txt",
    ]);
    assert_eq!(code, Some(0));
    assert!(same["comparisons"].as_array().unwrap().is_empty());
    assert_eq!(same["baseline"]["unchanged"], n);
    assert_eq!(same["articles"].as_array().unwrap().len(), 2);

    // One toll changes: that comparison is reported as changed, with its id kept.
    fs::write(
        p.join("b.txt"),
        "Floods\n\nThe floods killed 52 people, the disaster agency said.\n",
    )
    .unwrap();
    let (code, changed, _) = run(&[
        "--format",
        "json",
        "--baseline",
        "old.json",
        "--fail-on",
        "any",
        "a.txt",
        "b.txt",
    ]);
    assert_eq!(code, Some(1));
    let ids: Vec<_> = changed["comparisons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].clone())
        .collect();
    assert_eq!(changed["baseline"]["changed"].as_array().unwrap(), &ids);
    assert!(first["comparisons"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["id"] == ids[0]));
}

#[test]
fn bad_baseline_is_a_usage_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("old.json"), "{\"comparisons\": []}").unwrap();
    fs::write(dir.path().join("a.txt"), "Title\n\nText.\n").unwrap();
    cargo_bin_cmd!()
        .current_dir(dir.path())
        .args(["--baseline", "old.json", "a.txt"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("claimcmp: error: old.json: not a claimcmp JSON report: no schema_version\n");
    cargo_bin_cmd!()
        .current_dir(dir.path())
        .args(["--baseline", "missing.json", "a.txt"])
        .assert()
        .code(2)
        .stderr("claimcmp: error: missing.json: cannot read baseline: no such file\n");
}

#[test]
fn comparison_ids_stay_when_an_unrelated_article_is_added() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("in");
    fs::create_dir(&d).unwrap();
    for e in fs::read_dir(Path::new(SEEDS).join("seeds")).unwrap() {
        let p = e.unwrap().path();
        fs::copy(&p, d.join(p.file_name().unwrap())).unwrap();
    }
    let ids = |dir: &Path| -> Vec<String> {
        let out = cargo_bin_cmd!()
            .current_dir(dir)
            .args(["--format", "json", "in"])
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["comparisons"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_string())
            .collect()
    };
    let before = ids(dir.path());
    fs::write(
        d.join("zz_harbour.txt"),
        "Harbour reopens after storm\n\n\u{201c}The quays are safe again,\u{201d} port director Lena Holm said on Tuesday.\n",
    )
    .unwrap();
    let after = ids(dir.path());
    for id in &before {
        assert!(
            after.contains(id),
            "{id} disappeared when an unrelated article was added"
        );
    }
    assert_eq!(after.len(), before.len() + 1);
}

/// Two reports each of two unrelated events, written for this test.
const TWO_EVENTS: &[(&str, &str)] = &[
    (
        "a1_quake.txt",
        "Quake in Velmora kills at least 40\n\nAt least 40 people were killed when a magnitude 6.1 \
         earthquake struck the mountain town of Velmora on Sunday, the regional health office said. \
         Rescuers searched the rubble of collapsed apartment blocks through the night. \
         Two officials told Reuters that aftershocks had slowed the rescue in Velmora.\n",
    ),
    (
        "a2_quake.txt",
        "Velmora earthquake: rescuers dig through rubble\n\nThe earthquake that hit Velmora killed 52 \
         people, the civil defence agency said on Monday, as rescuers pulled survivors from the \
         rubble of collapsed blocks. Aftershocks rattled the town. Three officials told AP that \
         more than a hundred buildings had collapsed in Velmora.\n",
    ),
    (
        "b1_ferry.txt",
        "Ferry capsizes on Lake Durran, 12 dead\n\nA passenger ferry capsized on Lake Durran on \
         Friday, killing 12 people, police said. Divers searched the lake for missing passengers \
         and the ferry operator was questioned. The ferry was overloaded, a harbour official said.\n",
    ),
    (
        "b2_ferry.txt",
        "Lake Durran ferry disaster toll rises to 15\n\nThe toll from the ferry that capsized on \
         Lake Durran has risen to 15, the coast guard said, as divers recovered more bodies. \
         Survivors said the ferry was overloaded with passengers when it left Durran harbour.\n",
    ),
];

#[test]
fn tolls_of_different_events_are_never_compared() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in TWO_EVENTS {
        fs::write(dir.path().join(name), text).unwrap();
    }
    let out = claimcmp()
        .args(["--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let stories: Vec<Vec<&str>> = v["stories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            s["articles"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a.as_str().unwrap())
                .collect()
        })
        .collect();
    assert_eq!(stories, [vec!["a1", "a2"], vec!["b1", "b2"]]);
    let killed: Vec<&serde_json::Value> = v["comparisons"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] == "killed")
        .collect();
    assert_eq!(killed.len(), 2, "one killed comparison per event");
    for c in &killed {
        assert_eq!(c["status"], "conflict", "{c}");
        let arts: Vec<&str> = c["variants"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|v| v["articles"].as_array().unwrap().iter())
            .map(|a| a.as_str().unwrap())
            .collect();
        let first = &arts[0][..1];
        assert!(arts.iter().all(|a| a.starts_with(first)), "{arts:?}");
    }
    let table = claimcmp()
        .args(["--width", "100"])
        .arg(dir.path())
        .output()
        .unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(table.contains("4 articles in 2 stories"), "{table}");
}
