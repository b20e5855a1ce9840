//! Just enough of the WebDriver protocol to drive Debian's chromedriver: sessions, navigation,
//! scripts, clicks, window size and screenshots, over plain HTTP on loopback.

#![allow(dead_code)] // shared by the browser tests and the benchmark, each using a part

use serde_json::{Value, json};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Driver {
    child: Child,
    port: u16,
    profile: std::path::PathBuf,
    sessions: std::cell::Cell<u32>,
}

impl Driver {
    pub fn start() -> Result<Driver, String> {
        let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map_err(|e| e.to_string())?.port();
        let child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start chromedriver ({e}); ./scripts/test installs it"))?;
        let profile = std::env::temp_dir().join(format!("four-islands-chromium-{}", std::process::id()));
        let driver = Driver { child, port, profile, sessions: std::cell::Cell::new(0) };
        let start = Instant::now();
        while request(port, "GET", "/status", None).is_err() {
            if start.elapsed() > Duration::from_secs(20) {
                return Err("chromedriver did not answer within 20 s".into());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Ok(driver)
    }

    /// A new browser window at the given size (CSS pixels).
    pub fn session(&self, width: u32, height: u32) -> Result<Session, String> {
        self.session_with(width, height, &[])
    }

    /// A new browser window with extra Chromium switches (for example to block scripts).
    pub fn session_with(&self, width: u32, height: u32, extra: &[&str]) -> Result<Session, String> {
        // Each browser needs a profile of its own: two sessions may be open at once.
        self.sessions.set(self.sessions.get() + 1);
        let profile = self.profile.join(self.sessions.get().to_string());
        let mut args: Vec<String> = [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ]
        .map(String::from)
        .into();
        args.push(format!("--user-data-dir={}", profile.display()));
        args.push(format!("--window-size={width},{height}"));
        args.extend(extra.iter().map(|a| a.to_string()));
        let caps = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": { "binary": "/usr/bin/chromium", "args": args }
        }}});
        let v = request(self.port, "POST", "/session", Some(caps))?;
        let id = v["sessionId"].as_str().ok_or_else(|| format!("no session id in {v}"))?.to_owned();
        let session = Session { port: self.port, id };
        // Desktop windows have a minimum width; emulate the viewport so phone widths are exact.
        session.cmd(
            "POST",
            "/goog/cdp/execute",
            Some(json!({ "cmd": "Emulation.setDeviceMetricsOverride",
                "params": { "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600 } })),
        )?;
        Ok(session)
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

pub struct Session {
    port: u16,
    id: String,
}

impl Session {
    fn cmd(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        request(self.port, method, &format!("/session/{}{path}", self.id), body)
    }

    pub fn goto(&self, url: &str) -> Result<(), String> {
        self.cmd("POST", "/url", Some(json!({ "url": url }))).map(drop)
    }

    /// Sends a Chrome DevTools Protocol command through chromedriver.
    pub fn cdp(&self, cmd: &str, params: Value) -> Result<Value, String> {
        self.cmd("POST", "/goog/cdp/execute", Some(json!({ "cmd": cmd, "params": params })))
    }

    /// Runs an asynchronous script: it gets a callback as its last argument and passes the
    /// result to it.
    pub fn exec_async(&self, script: &str) -> Result<Value, String> {
        self.cmd("POST", "/timeouts", Some(json!({ "script": 300_000 })))?;
        self.cmd("POST", "/execute/async", Some(json!({ "script": script, "args": [] })))
    }

    /// Runs a script in the page and returns its value.
    pub fn exec(&self, script: &str) -> Result<Value, String> {
        self.cmd("POST", "/execute/sync", Some(json!({ "script": script, "args": [] })))
    }

    pub fn text(&self, css: &str) -> Result<String, String> {
        let v = self.exec(&format!("const e = document.querySelector({css:?}); return e ? e.textContent : null;"))?;
        v.as_str().map(str::to_owned).ok_or_else(|| format!("no element {css}"))
    }

    /// Waits until `script` returns true.
    pub fn wait_for(&self, script: &str, what: &str) -> Result<(), String> {
        self.wait_for_within(script, what, Duration::from_secs(20))
    }

    /// Waits until `script` returns true, for at most `limit`.
    pub fn wait_for_within(&self, script: &str, what: &str, limit: Duration) -> Result<(), String> {
        let start = Instant::now();
        loop {
            if self.exec(script)? == Value::Bool(true) {
                return Ok(());
            }
            if start.elapsed() > limit {
                return Err(format!("timed out waiting for {what}"));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Opens a URL and waits until the app marks itself ready.
    pub fn open(&self, url: &str) -> Result<(), String> {
        self.goto(url)?;
        self.wait_for("return document.documentElement.hasAttribute('data-ready')", "the app to be ready")?;
        // The full page's panels far below the first screen come when a reader nears them: go
        // to each as a reader would, wait for them, and come back to the top.
        self.reach_every_panel()?;
        self.exec("window.scrollTo(0, 0); return true").map(|_| ())
    }

    /// Scrolls to each place still waiting for a reader to near it until none is left.
    pub fn reach_every_panel(&self) -> Result<(), String> {
        let next = "const p = document.querySelector('[data-pending]'); if (!p) return true; p.scrollIntoView(); return false";
        self.wait_for(next, "the panels below the first screen")
    }

    fn find(&self, css: &str) -> Result<String, String> {
        let found = self.cmd("POST", "/element", Some(json!({ "using": "css selector", "value": css })))?;
        found
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| format!("no element {css}"))
    }

    /// Types keys into whatever has the focus (WebDriver key codes, e.g. "\u{E004}" for Tab).
    pub fn keys(&self, text: &str) -> Result<(), String> {
        let actions: Vec<Value> = text
            .chars()
            .flat_map(|c| {
                [
                    json!({ "type": "keyDown", "value": c.to_string() }),
                    json!({ "type": "keyUp", "value": c.to_string() }),
                ]
            })
            .collect();
        self.cmd(
            "POST",
            "/actions",
            Some(json!({ "actions": [{ "type": "key", "id": "keyboard", "actions": actions }] })),
        )
        .map(drop)
    }

    pub fn click(&self, css: &str) -> Result<(), String> {
        let element = self.find(css)?;
        self.cmd("POST", &format!("/element/{element}/click"), Some(json!({}))).map(drop)
    }

    /// Directs the following commands into the iframe `css`.
    pub fn enter_frame(&self, css: &str) -> Result<(), String> {
        let element = self.find(css)?;
        self.cmd("POST", "/frame", Some(json!({ "id": { "element-6066-11e4-a52e-4f735466cecf": element } }))).map(drop)
    }

    pub fn leave_frame(&self) -> Result<(), String> {
        self.cmd("POST", "/frame/parent", Some(json!({}))).map(drop)
    }

    /// Saves a PNG of the whole page at the given viewport width.
    pub fn screenshot(&self, width: u32, path: &std::path::Path) -> Result<(), String> {
        // From the top, so sticky parts of the page sit where a reader first sees them.
        self.exec("window.scrollTo(0, 0); return true")?;
        let height = self.exec("return document.documentElement.scrollHeight")?.as_u64().unwrap_or(1000);
        let shot = self.cmd(
            "POST",
            "/goog/cdp/execute",
            Some(json!({ "cmd": "Page.captureScreenshot", "params": { "format": "png", "captureBeyondViewport": true,
                "clip": { "x": 0, "y": 0, "width": width, "height": height.clamp(400, 12000), "scale": 1 } } })),
        )?;
        let png = base64_decode(shot["data"].as_str().ok_or("no screenshot data")?)?;
        std::fs::write(path, png).map_err(|e| e.to_string())
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = request(self.port, "DELETE", &format!("/session/{}", self.id), None);
    }
}

/// One HTTP request to chromedriver; returns the `value` of its JSON answer or its error.
fn request(port: u16, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).and_then(|_| stream.write_all(body.as_bytes())).map_err(|e| e.to_string())?;
    // chromedriver keeps connections open whatever the request says: read the headers, then
    // exactly the body they announce.
    let mut raw = Vec::new();
    let mut byte = [0u8; 1];
    while !raw.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte) {
            Ok(1) => raw.push(byte[0]),
            _ => return Err("chromedriver closed the connection".into()),
        }
    }
    let headers = String::from_utf8_lossy(&raw).to_ascii_lowercase();
    let payload = if let Some(length) = headers.lines().find_map(|l| l.strip_prefix("content-length:")) {
        let mut body = vec![0u8; length.trim().parse::<usize>().map_err(|e| e.to_string())?];
        stream.read_exact(&mut body).map_err(|e| e.to_string())?;
        String::from_utf8_lossy(&body).into_owned()
    } else {
        let mut rest = Vec::new();
        stream.read_to_end(&mut rest).map_err(|e| e.to_string())?;
        let rest = String::from_utf8_lossy(&rest).into_owned();
        if headers.contains("transfer-encoding: chunked") { dechunk(&rest) } else { rest }
    };
    let v: Value = serde_json::from_str(&payload).map_err(|e| format!("{e}: {payload}"))?;
    let value = v.get("value").cloned().unwrap_or(Value::Null);
    match value.get("error") {
        Some(error) => Err(format!("{error}: {}", value["message"])),
        None => Ok(value),
    }
}

fn dechunk(mut text: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = text.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        text = rest[n..].trim_start_matches("\r\n");
    }
    out
}

fn base64_decode(text: &str) -> Result<Vec<u8>, String> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for c in text.bytes().filter(|&c| c != b'=' && !c.is_ascii_whitespace()) {
        acc = (acc << 6) | u32::from(value(c).ok_or("bad base64")?);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Ok(out)
}
