//! `./dev data` (the `data` binary): writes the compact file from a folder of published files, from
//! a snapshot holding them under `api/v2.x/`, or from an API address (here a server on loopback).

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;

use beta_dashboard::data::compact;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("beta-dashboard-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs the command from the project's folder; returns its output file's text.
fn run(source: &str, out: &Path) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_data"))
        .current_dir(root())
        .args([source, "--out", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    std::fs::read_to_string(out).unwrap()
}

#[test]
fn from_the_bundled_folder_it_writes_the_bundled_compact_file() {
    let out = temp_dir("folder").join("x.json");
    let written = run("public/data/beta.gouv.fr", &out);
    assert_eq!(written, std::fs::read_to_string(root().join("public/data/tableau-de-bord.json")).unwrap());
}

#[test]
fn from_a_snapshot_it_reads_the_newest_api_version() {
    let snapshot = temp_dir("snapshot");
    let published = root().join("public/data/beta.gouv.fr");
    for (version, startups) in
        [("v2.6", root().join("tests/snapshot/api/v2.6/startups.json")), ("v2.7", published.join("startups.json"))]
    {
        let dir = snapshot.join("api").join(version);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::copy(startups, dir.join("startups.json")).unwrap();
        for file in ["incubators.json", "organisations.json"] {
            std::fs::copy(published.join(file), dir.join(file)).unwrap();
        }
    }
    std::fs::copy(published.join("fast.json"), snapshot.join("fast.json")).unwrap();
    let written = run(snapshot.to_str().unwrap(), &snapshot.join("out.json"));
    let dataset = compact::read(&written).unwrap().dataset;
    // v2.7 has co-incubations, v2.6 does not.
    assert!(dataset.services.iter().any(|s| s.incubators.len() > 1), "read v2.6, not v2.7");
    assert_eq!(dataset.fast_awards.len(), 46);
}

#[test]
fn from_an_api_address_it_fetches_the_three_files() {
    if Command::new("curl").arg("--version").output().is_err() {
        eprintln!("curl is not installed: the API form cannot be tried here");
        return;
    }
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = std::thread::spawn(move || {
        // Three requests: startups, incubators, organisations.
        for stream in listener.incoming().take(3) {
            let mut stream = stream.unwrap();
            let mut request = String::new();
            BufReader::new(&stream).read_line(&mut request).unwrap();
            let path = request.split_whitespace().nth(1).unwrap_or("/").trim_start_matches("/api/v2.7/").to_owned();
            let body = std::fs::read(root().join("public/data/beta.gouv.fr").join(&path)).unwrap_or_default();
            let head = format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
            stream.write_all(head.as_bytes()).unwrap();
            stream.write_all(&body).unwrap();
        }
    });
    let out = temp_dir("api").join("x.json");
    let written = run(&format!("http://127.0.0.1:{port}/api/v2.7/"), &out);
    server.join().unwrap();
    let read = compact::read(&written).unwrap();
    let bundled =
        compact::read(&std::fs::read_to_string(root().join("public/data/tableau-de-bord.json")).unwrap()).unwrap();
    assert_eq!(read.dataset.services, bundled.dataset.services);
    assert_eq!(read.dataset.fast_awards, bundled.dataset.fast_awards, "FAST from the bundled fast.json");
    let source = read.source.unwrap();
    assert_eq!(source.api, format!("http://127.0.0.1:{port}/api/v2.7/"));
    assert!(source.published.is_some(), "the day it was fetched");
}

#[test]
fn a_folder_without_published_files_is_an_error_not_a_panic() {
    let empty = temp_dir("empty");
    let output = Command::new(env!("CARGO_BIN_EXE_data"))
        .current_dir(root())
        .args([empty.to_str().unwrap(), "--out", empty.join("x.json").to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("startups.json"), "{message}");
}
