//! The hosting recipe under test: Debian's nginx, started on a free port of 127.0.0.1 with
//! `hosting/nginx.conf` (its `@LISTEN@` and `@ROOT@` filled in) inside a minimal main
//! configuration, and stopped when the tests end.

use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Debian's brotli_static module (libnginx-mod-http-brotli-static), which serves the .br files.
const BROTLI: &str = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

pub struct Nginx {
    child: Child,
    pub origin: String,
}

impl Nginx {
    /// Serves `root` with the recipe, keeping its configuration and log in `work`.
    pub fn start(recipe: &Path, root: &Path, work: &Path) -> Result<Nginx, String> {
        if !Path::new(BROTLI).exists() {
            return Err(format!("{BROTLI} is missing: ./scripts/test installs nginx and its brotli module"));
        }
        let binary = ["/usr/sbin/nginx", "nginx"].into_iter().find(|b| Path::new(b).exists()).unwrap_or("nginx");
        std::fs::create_dir_all(work).map_err(|e| format!("{}: {e}", work.display()))?;
        let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map_err(|e| e.to_string())?.port();
        let site = std::fs::read_to_string(recipe).map_err(|e| format!("{}: {e}", recipe.display()))?;
        let site =
            site.replace("@LISTEN@", &format!("127.0.0.1:{port}")).replace("@ROOT@", &root.display().to_string());
        std::fs::write(work.join("site.conf"), site).map_err(|e| e.to_string())?;
        let w = work.display();
        // One process, in the foreground, writing only inside `work`: a test server, not a service.
        let main = format!(
            "load_module {BROTLI};\nmaster_process off;\ndaemon off;\nworker_processes 1;\npid {w}/nginx.pid;\nerror_log {w}/error.log warn;\nevents {{ worker_connections 256; }}\nhttp {{\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n  client_body_temp_path {w}/body;\n  proxy_temp_path {w}/proxy;\n  fastcgi_temp_path {w}/fastcgi;\n  uwsgi_temp_path {w}/uwsgi;\n  scgi_temp_path {w}/scgi;\n  include {w}/site.conf;\n}}\n"
        );
        std::fs::write(work.join("nginx.conf"), main).map_err(|e| e.to_string())?;
        let child = Command::new(binary)
            .args(["-p", &w.to_string(), "-e", &format!("{w}/error.log"), "-c", &format!("{w}/nginx.conf")])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("{binary}: {e}"))?;
        let mut nginx = Nginx { child, origin: format!("http://127.0.0.1:{port}") };
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if let Ok(Some(status)) = nginx.child.try_wait() {
                let log = std::fs::read_to_string(work.join("error.log")).unwrap_or_default();
                return Err(format!("nginx stopped ({status}): {log}"));
            }
            if start.elapsed() > Duration::from_secs(10) {
                return Err("nginx did not start listening within 10 s".into());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(nginx)
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
