//! `./dev data` (the `data` binary): writes the compact file from a folder of published files, from
//! a snapshot holding them under `api/v2.x/`, or from an API address (here a server on loopback).
//!
//! Nothing here can hang: every run of the command has a deadline (then it is killed and the test
//! fails), and the test server stops accepting when the command has ended, or at its own deadline.

// Tests sort with the standard library, an independent measure (clippy.toml keeps the
// program itself to one sort, `data::order`).
#![allow(clippy::disallowed_methods)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use beta_dashboard::data::read::compact;

mod common;
use common::{read, root, temp_dir};

/// What the slowest run may take (a release build reads the files in well under a second).
const DEADLINE: Duration = Duration::from_secs(120);

/// Runs `command` to its end, its output collected, or kills it and fails after [`DEADLINE`].
fn output_within_deadline(command: &mut Command) -> Output {
    let mut child = command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    // Read on threads of their own, so that a full pipe never blocks the command.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut bytes);
            }
            bytes
        })
    };
    let stdout = drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let stderr = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            let stderr = String::from_utf8_lossy(&stderr.join().unwrap()).into_owned();
            panic!("{command:?} still running after {DEADLINE:?}: killed\n{stderr}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output { status, stdout: stdout.join().unwrap(), stderr: stderr.join().unwrap() }
}

/// Runs the command from the project's folder; returns its output file's text.
fn run(source: &str, out: &Path) -> String {
    let output = output_within_deadline(Command::new(env!("CARGO_BIN_EXE_data")).current_dir(root()).args([
        source,
        "--out",
        out.to_str().unwrap(),
    ]));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    std::fs::read_to_string(out).unwrap()
}

/// A server on loopback answering `GET /api/v2.7/<file>` with the bundled published file (an
/// empty body for a file it does not have), until `stop` is set or [`DEADLINE`] passes. Its
/// thread returns the paths requested, in order.
fn api_server(stop: Arc<AtomicBool>) -> (u16, JoinHandle<Vec<String>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    // Polled, so that the thread ends even if the command never connects.
    listener.set_nonblocking(true).unwrap();
    let server = std::thread::spawn(move || {
        let started = Instant::now();
        let mut requested = Vec::new();
        while !stop.load(Ordering::SeqCst) && started.elapsed() < DEADLINE {
            match listener.accept() {
                Ok((stream, _)) => requested.push(answer(stream)),
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => std::thread::sleep(Duration::from_millis(10)),
                Err(e) => panic!("accept: {e}"),
            }
        }
        requested
    });
    (port, server)
}

/// Answers one request; returns its path. A client that stalls gets no answer after 10 s.
fn answer(stream: TcpStream) -> String {
    stream.set_nonblocking(false).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    stream.set_write_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut reader = BufReader::new(&stream);
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return format!("(no request line: {request:?})");
    }
    // The headers, up to the blank line that ends them.
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 0) && !line.trim().is_empty() {
        line.clear();
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let file = path.trim_start_matches("/api/v2.7/");
    let body = std::fs::read(root().join(common::PUBLISHED).join(file)).unwrap_or_default();
    let head = format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
    let mut stream = &stream;
    let _ = stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(&body));
    path
}

#[test]
fn from_the_bundled_folder_it_writes_the_bundled_compact_file() {
    let out = temp_dir("folder").join("x.json");
    let written = run("public/data/beta.gouv.fr", &out);
    assert_eq!(written, read("public/data/tableau-de-bord.json"));
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
    // The command fetches with curl: without it, this form of `./dev data` cannot work, and this
    // test says so rather than passing untried.
    let curl = Command::new("curl").arg("--version").output();
    assert!(
        curl.is_ok_and(|o| o.status.success()),
        "curl is not installed, and `./dev data <address>` needs it: install curl (apt-get install curl)"
    );
    let stop = Arc::new(AtomicBool::new(false));
    let (port, server) = api_server(stop.clone());
    let out = temp_dir("api").join("x.json");
    let written = std::panic::catch_unwind(|| run(&format!("http://127.0.0.1:{port}/api/v2.7/"), &out));
    stop.store(true, Ordering::SeqCst);
    let mut requested = server.join().unwrap();
    let written = written.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    requested.sort();
    assert_eq!(
        requested,
        ["/api/v2.7/incubators.json", "/api/v2.7/organisations.json", "/api/v2.7/startups.json"],
        "the three files of the API, once each"
    );
    let read = compact::read(&written).unwrap();
    let bundled = compact::read(&common::read("public/data/tableau-de-bord.json")).unwrap();
    assert_eq!(read.dataset.services, bundled.dataset.services);
    assert_eq!(read.dataset.fast_awards, bundled.dataset.fast_awards, "FAST from the bundled fast.json");
    let source = read.source.unwrap();
    assert_eq!(source.api, format!("http://127.0.0.1:{port}/api/v2.7/"));
    assert!(source.published.is_some(), "the day it was fetched");
}

#[test]
fn a_folder_without_published_files_is_an_error_not_a_panic() {
    let empty = temp_dir("empty");
    let output = output_within_deadline(Command::new(env!("CARGO_BIN_EXE_data")).current_dir(root()).args([
        empty.to_str().unwrap(),
        "--out",
        empty.join("x.json").to_str().unwrap(),
    ]));
    assert!(!output.status.success());
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("startups.json"), "{message}");
}
