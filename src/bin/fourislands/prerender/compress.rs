//! Pre-compressed copies of the built files, for static hosts that serve them.

use std::path::Path;

/// Writes `name.br` and `name.gz` beside every text and wasm file, for static hosts that
/// serve pre-compressed files.
pub fn compress_all(dir: &Path) -> Result<usize, String> {
    use std::io::Write;
    let mut count = 0;
    for entry in std::fs::read_dir(dir).map_err(|e| e.to_string())? {
        let entry = entry.map_err(|e| e.to_string())?;
        let path = entry.path();
        // Links are not followed: a link to a folder above would never end.
        let kind = entry.file_type().map_err(|e| e.to_string())?;
        if kind.is_dir() {
            count += compress_all(&path)?;
            continue;
        }
        if !kind.is_file() {
            continue;
        }
        let compressible =
            matches!(path.extension().and_then(|e| e.to_str()), Some("html" | "js" | "wasm" | "css" | "svg" | "txt"));
        if !compressible {
            continue;
        }
        let data = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut br = Vec::new();
        let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
        brotli::BrotliCompress(&mut &data[..], &mut br, &params).map_err(|e| e.to_string())?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&data).map_err(|e| e.to_string())?;
        let gz = gz.finish().map_err(|e| e.to_string())?;
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        std::fs::write(path.with_file_name(format!("{name}.br")), br).map_err(|e| e.to_string())?;
        std::fs::write(path.with_file_name(format!("{name}.gz")), gz).map_err(|e| e.to_string())?;
        count += 1;
    }
    Ok(count)
}
