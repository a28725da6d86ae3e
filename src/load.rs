//! Load: command-line paths to [`Document`]s. The only module that touches the file system.
//!
//! A path is a file or a folder; a folder means its `*.txt` files (not recursive), sorted by
//! name so that the output never depends on the file system's listing order. A file that
//! cannot be used (unreadable, not UTF-8, binary) still yields a `Document` carrying the
//! problem, so that nothing is silently dropped. Missing paths and folders with no articles
//! are errors of the whole run.

use crate::model::{Document, Problem};
use std::fs;
use std::path::{Path, PathBuf};

/// An error that stops the run before any article is read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LoadError {
    #[error("{0}: no such file or folder")]
    Missing(String),
    #[error("{0}: folder holds no .txt articles")]
    EmptyFolder(String),
    #[error("{0}: cannot list folder: {1}")]
    Unlistable(String, String),
    #[error("{0}: cannot read baseline: {1}")]
    BaselineUnreadable(String, String),
    #[error("{0}: not a claimcmp JSON report: {1}")]
    BaselineInvalid(String, String),
}

/// Reads an earlier JSON report for `--baseline`. It must be a JSON object with the same
/// `schema_version` as this build's reports.
pub fn read_baseline(path: &Path) -> Result<serde_json::Value, LoadError> {
    let shown = path.display().to_string();
    let bytes =
        fs::read(path).map_err(|e| LoadError::BaselineUnreadable(shown.clone(), io_reason(&e)))?;
    let value: serde_json::Value = serde_json::from_slice(&bytes)
        .map_err(|e| LoadError::BaselineInvalid(shown.clone(), e.to_string()))?;
    match value.get("schema_version").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(crate::model::SCHEMA_VERSION) => Ok(value),
        Some(v) => Err(LoadError::BaselineInvalid(
            shown,
            format!(
                "schema_version {v}, this claimcmp writes {}",
                crate::model::SCHEMA_VERSION
            ),
        )),
        None => Err(LoadError::BaselineInvalid(
            shown,
            "no schema_version".into(),
        )),
    }
}

/// Resolves `paths` to the list of files to read, in a deterministic order: paths in the
/// order given, a folder's `*.txt` files sorted by name. A file given twice is read once.
pub fn resolve(paths: &[PathBuf]) -> Result<Vec<PathBuf>, LoadError> {
    let mut files: Vec<PathBuf> = Vec::new();
    for p in paths {
        let shown = p.display().to_string();
        let meta = fs::metadata(p).map_err(|_| LoadError::Missing(shown.clone()))?;
        if meta.is_dir() {
            let entries =
                fs::read_dir(p).map_err(|e| LoadError::Unlistable(shown.clone(), e.to_string()))?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|f| f.extension().is_some_and(|x| x == "txt") && !f.is_dir())
                .collect();
            if found.is_empty() {
                return Err(LoadError::EmptyFolder(shown));
            }
            found.sort();
            files.extend(found);
        } else {
            files.push(p.clone());
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    files.retain(|f| seen.insert(f.clone()));
    Ok(files)
}

/// Short stable id of a file: its stem up to the first `_`, else the stem.
pub fn article_id(path: &Path) -> String {
    let stem = stem_of(path);
    match stem.split_once('_') {
        Some((head, _)) if !head.is_empty() => head.to_string(),
        _ => stem,
    }
}

fn stem_of(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// One id per file, all distinct: the short [`article_id`] where no other file shares it,
/// else the whole file stem, else the parent folder and stem (`a/x`), else that with `#2`,
/// `#3`, … in the order given. Only files whose short ids collide get a longer one.
pub fn article_ids(files: &[PathBuf]) -> Vec<String> {
    let levels: [fn(&Path) -> String; 3] = [article_id, stem_of, |p| {
        let dir = p
            .parent()
            .and_then(|d| d.file_name())
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_default();
        format!("{dir}/{}", stem_of(p))
    }];
    let mut ids: Vec<String> = files.iter().map(|f| article_id(f)).collect();
    for level in &levels[1..] {
        let clashing = clashes(&ids);
        if clashing.is_empty() {
            return ids;
        }
        for i in clashing {
            ids[i] = level(&files[i]);
        }
    }
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for id in &mut ids {
        let n = seen.entry(id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            *id = format!("{id}#{n}");
        }
    }
    ids
}

/// Indices of ids that another id equals.
fn clashes(ids: &[String]) -> Vec<usize> {
    let mut count: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for id in ids {
        *count.entry(id).or_insert(0) += 1;
    }
    (0..ids.len())
        .filter(|&i| count[ids[i].as_str()] > 1)
        .collect()
}

/// Reads one file into a [`Document`]. Never fails: problems are recorded on the document.
pub fn read(path: &Path, id: String) -> Document {
    let shown = path.display().to_string();
    match fs::read(path) {
        Ok(bytes) => decode(id, shown, bytes),
        Err(e) => Document {
            id,
            path: shown.clone(),
            text: String::new(),
            offset: 0,
            error: Some(Problem {
                kind: "unreadable".into(),
                message: format!("{shown}: cannot read: {}", io_reason(&e)),
            }),
        },
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::NotFound => "no such file".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_lowercase(),
                None => s,
            }
        }
    }
}

/// Decodes file bytes: strips a UTF-8 BOM, rejects binary (NUL bytes) and invalid UTF-8.
pub fn decode(id: String, path: String, bytes: Vec<u8>) -> Document {
    let offset = if bytes.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let fail = |kind: &str, message: String| Document {
        id: id.clone(),
        path: path.clone(),
        text: String::new(),
        offset,
        error: Some(Problem {
            kind: kind.into(),
            message,
        }),
    };
    if let Some(at) = memchr::memchr(0, &bytes) {
        return fail(
            "binary",
            format!("{path}: binary file (NUL byte at byte {at}), not an article"),
        );
    }
    let body = bytes[offset..].to_vec();
    match String::from_utf8(body) {
        Ok(text) => Document {
            id,
            path,
            text,
            offset,
            error: None,
        },
        Err(e) => {
            let at = e.utf8_error().valid_up_to() + offset;
            fail(
                "invalid-utf8",
                format!("{path}: invalid UTF-8 at byte {at}"),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_is_stem_up_to_first_underscore() {
        assert_eq!(article_id(Path::new("seeds/000_e1d9.txt")), "000");
        assert_eq!(article_id(Path::new("a/reuters.txt")), "reuters");
        assert_eq!(article_id(Path::new("_x.txt")), "_x");
    }

    #[test]
    fn ids_lengthen_only_where_they_clash() {
        let files: Vec<PathBuf> = [
            "a/politico_one.txt",
            "a/politico_two.txt",
            "a/reuters_x.txt",
            "a/same.txt",
            "b/same.txt",
            "c/d/same.txt",
            "e/d/same.txt",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        assert_eq!(
            article_ids(&files),
            [
                "politico_one",
                "politico_two",
                "reuters",
                "a/same",
                "b/same",
                "d/same",
                "d/same#2"
            ]
        );
        let ids = article_ids(&files);
        let distinct: std::collections::BTreeSet<&String> = ids.iter().collect();
        assert_eq!(distinct.len(), ids.len());
    }

    #[test]
    fn bom_is_stripped_and_offset_kept() {
        let d = decode("a".into(), "a.txt".into(), b"\xEF\xBB\xBFHello".to_vec());
        assert_eq!(d.text, "Hello");
        assert_eq!(d.offset, 3);
        assert!(d.error.is_none());
    }

    #[test]
    fn invalid_utf8_names_file_and_byte() {
        let d = decode("a".into(), "a.txt".into(), b"abc\xFFdef".to_vec());
        let p = d.error.unwrap();
        assert_eq!(p.kind, "invalid-utf8");
        assert_eq!(p.message, "a.txt: invalid UTF-8 at byte 3");
    }

    #[test]
    fn nul_bytes_mean_binary() {
        let d = decode("a".into(), "a.bin".into(), b"ab\0cd".to_vec());
        assert_eq!(d.error.unwrap().kind, "binary");
    }
}
