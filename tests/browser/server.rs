//! A static file server on 127.0.0.1 for the built dist/, run on its own threads.

#![allow(dead_code)] // shared by the browser tests and the benchmark, each using a part

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};

/// Serves `root` on an ephemeral port of 127.0.0.1 until the process ends; returns the origin.
pub fn serve(root: PathBuf) -> String {
    serve_refusing(root, None)
}

/// Like [`serve`], but answers 404 for files whose name ends with `refused` (an extension
/// such as "wasm", or a whole name), to stand for a browser or network that blocks them.
pub fn serve_refusing(root: PathBuf, refused: Option<&'static str>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free loopback port");
    let origin = format!("http://{}", listener.local_addr().expect("bound address"));
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            std::thread::spawn(move || respond(stream, &root, refused));
        }
    });
    origin
}

fn respond(mut stream: TcpStream, root: &Path, refused: Option<&str>) {
    let mut line = String::new();
    let mut reader = BufReader::new(&stream);
    if reader.read_line(&mut line).is_err() {
        return;
    }
    // Drain the headers; nothing in them matters to a static server.
    let mut header = String::new();
    while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
        header.clear();
    }
    let target = line.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let relative = if path.ends_with('/') { format!("{path}index.html") } else { path.to_owned() };
    let file = root.join(relative.trim_start_matches('/'));
    let (status, body, kind) = match std::fs::read(&file) {
        Ok(body) if !relative.contains("..") && !refused.is_some_and(|r| relative.ends_with(r)) => {
            ("200 OK", body, content_type(&file))
        }
        _ => ("404 Not Found", b"not found".to_vec(), "text/plain"),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes()).and_then(|_| stream.write_all(&body));
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}
