//! A static file server on 127.0.0.1 for the built dist/, run on its own threads. Besides
//! plain serving it stands for what nginx is not used for in the tests: a host that blocks or
//! stalls some files, a news site's own pages, and a host like Cloudflare Pages, which serves
//! pages at addresses without `.html` (redirecting those with it) and applies `_headers`.

#![allow(dead_code)] // shared by the browser tests and the benchmark, each using a part

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Serves `root` on an ephemeral port of 127.0.0.1 until the process ends; returns the origin.
pub fn serve(root: PathBuf) -> String {
    Site::new(root).start()
}

/// What to serve and how.
#[derive(Clone)]
pub struct Site {
    root: PathBuf,
    /// The path the files are served under: "/" or, say, "/2026/four-islands/".
    prefix: String,
    /// Like Cloudflare Pages: `/x.html` is redirected to `/x`, which serves x.html, and the
    /// rules of the site's `_headers` file are applied.
    pages_host: bool,
    /// Paths containing this are answered 404, standing for a browser or network that blocks them.
    refused: Option<&'static str>,
    /// The first request whose path contains this is never answered.
    stall_first: Option<&'static str>,
    /// Headers sent with every answer.
    headers: Vec<(String, String)>,
}

impl Site {
    pub fn new(root: PathBuf) -> Site {
        Site { root, prefix: "/".into(), pages_host: false, refused: None, stall_first: None, headers: Vec::new() }
    }

    pub fn under(mut self, prefix: &str) -> Site {
        self.prefix = prefix.into();
        self
    }

    pub fn like_pages_host(mut self) -> Site {
        self.pages_host = true;
        self
    }

    pub fn refusing(mut self, part: &'static str) -> Site {
        self.refused = Some(part);
        self
    }

    pub fn stalling_first(mut self, part: &'static str) -> Site {
        self.stall_first = Some(part);
        self
    }

    pub fn with_header(mut self, name: &str, value: &str) -> Site {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Starts serving on a free port; returns the origin (without the prefix).
    pub fn start(self) -> String {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free loopback port");
        let origin = format!("http://{}", listener.local_addr().expect("bound address"));
        let rules = if self.pages_host { header_rules(&self.root) } else { Vec::new() };
        let site = Arc::new((self, rules, AtomicBool::new(false)));
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let site = site.clone();
                std::thread::spawn(move || respond(stream, &site.0, &site.1, &site.2));
            }
        });
        origin
    }
}

type Rules = Vec<(String, Vec<(String, String)>)>;

fn respond(mut stream: TcpStream, site: &Site, rules: &Rules, stalled: &AtomicBool) {
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
    let (path, query) = target.split_once('?').map_or((target, ""), |(p, q)| (p, q));
    let path = path.split('#').next().unwrap_or("/");
    if site.stall_first.is_some_and(|s| path.contains(s)) && !stalled.swap(true, Ordering::SeqCst) {
        // Hold the connection without a word until the browser gives up on it (a minute at most).
        let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(60)));
        let _ = stream.read(&mut [0; 1]);
        return;
    }
    let Some(inside) =
        path.strip_prefix(&site.prefix).or_else(|| (path == site.prefix.trim_end_matches('/')).then_some(""))
    else {
        return answer(&mut stream, site, &[], "404 Not Found", b"not found".to_vec(), "text/plain", None);
    };
    let inside = format!("/{inside}");
    if site.pages_host {
        let clean = inside.strip_suffix("index.html").or_else(|| inside.strip_suffix(".html"));
        if let Some(clean) = clean.filter(|_| inside != "/") {
            let query = if query.is_empty() { String::new() } else { format!("?{query}") };
            let location = format!("{}{}{query}", site.prefix, clean.trim_start_matches('/'));
            return answer(
                &mut stream,
                site,
                &rules_for(rules, &inside),
                "308 Permanent Redirect",
                Vec::new(),
                "text/plain",
                Some(&location),
            );
        }
    }
    let relative = if inside.ends_with('/') { format!("{inside}index.html") } else { inside.clone() };
    let mut file = site.root.join(relative.trim_start_matches('/'));
    if site.pages_host && !file.is_file() {
        file = site.root.join(format!("{}.html", relative.trim_start_matches('/')));
    }
    let headers = if site.pages_host { rules_for(rules, &inside) } else { Vec::new() };
    match std::fs::read(&file) {
        Ok(body) if !relative.contains("..") && !site.refused.is_some_and(|r| relative.contains(r)) => {
            answer(&mut stream, site, &headers, "200 OK", body, content_type(&file), None)
        }
        _ => answer(&mut stream, site, &headers, "404 Not Found", b"not found".to_vec(), "text/plain", None),
    }
}

fn answer(
    stream: &mut TcpStream,
    site: &Site,
    headers: &[(String, String)],
    status: &str,
    body: Vec<u8>,
    kind: &str,
    location: Option<&str>,
) {
    let mut head =
        format!("HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n", body.len());
    if let Some(location) = location {
        head.push_str(&format!("Location: {location}\r\n"));
    }
    for (name, value) in site.headers.iter().chain(headers) {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes()).and_then(|_| stream.write_all(&body));
}

/// The rules of `root/_headers`, in order: each path pattern with its headers.
pub fn header_rules(root: &Path) -> Rules {
    let text = std::fs::read_to_string(root.join("_headers")).unwrap_or_default();
    let mut rules: Rules = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if !line.starts_with([' ', '\t']) {
            rules.push((trimmed.to_owned(), Vec::new()));
        } else if let (Some((_, headers)), Some((name, value))) = (rules.last_mut(), trimmed.split_once(':')) {
            headers.push((name.trim().to_owned(), value.trim().to_owned()));
        }
    }
    rules
}

/// The headers Cloudflare Pages sends for `path`: those of every matching rule, a header set
/// by several joined with ", ".
pub fn rules_for(rules: &Rules, path: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (pattern, headers) in rules {
        if !matches(pattern.as_bytes(), path.as_bytes()) {
            continue;
        }
        for (name, value) in headers {
            match out.iter_mut().find(|(n, _)| n.eq_ignore_ascii_case(name)) {
                Some((_, existing)) => *existing = format!("{existing}, {value}"),
                None => out.push((name.clone(), value.clone())),
            }
        }
    }
    out
}

/// A `_headers` path pattern: `*` (a splat) matches anything, `:name` one path segment.
fn matches(pattern: &[u8], path: &[u8]) -> bool {
    match pattern.first() {
        None => path.is_empty(),
        Some(b'*') => (0..=path.len()).any(|i| matches(&pattern[1..], &path[i..])),
        Some(b':') => {
            let name = pattern.iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b':').count();
            let segment = path.iter().take_while(|b| **b != b'/').count();
            segment > 0 && matches(&pattern[name..], &path[segment..])
        }
        Some(&c) => path.first() == Some(&c) && matches(&pattern[1..], &path[1..]),
    }
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
