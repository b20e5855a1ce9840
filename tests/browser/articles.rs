//! Host articles shared by the browser tests and the benchmark.

/// The links of the ten embeds, a mix of presets.
const TEN: [&str; 10] = [
    "1-JJRR-t",
    "1-JJJS21-t",
    "1-RRRR",
    "1-JJJJ-t",
    "1-CCCC-t",
    "1-JJJR-t",
    "1-A20A20A20A20-t",
    "1-RRRR-vj",
    "1-JJRR-n",
    "1-JJJJ-tdfr",
];

/// An article's body with ten embeds of the explorer at `origin`, each after a few
/// paragraphs, with every choice of controls; `embeds: false` gives the same article with
/// the placeholders' links only and no loader, to measure the article alone.
pub fn ten_embeds(origin: &str, embeds: bool) -> String {
    let paragraph = "<p>A paragraph of the article, long enough to stand for the text between two graphics in a news story about the islands and the talks over them.</p>";
    let mut body = String::new();
    for (i, link) in TEN.iter().enumerate() {
        body.push_str(&paragraph.repeat(4));
        let controls = ["none", "presets", "all"][i % 3];
        let placeholder =
            if embeds { format!(" data-four-islands=\"{link}\" data-controls=\"{controls}\"") } else { String::new() };
        body.push_str(&format!(
            "<div id=\"embed-{}\"{placeholder}><a href=\"{origin}/?s={link}\">Four Islands</a></div>\n",
            i + 1
        ));
    }
    if embeds {
        body.push_str(&format!("<script async src=\"{origin}/embed.js\"></script>"));
    }
    body
}

/// A whole host page around `body`, laid out at the device's width as news sites' pages are.
pub fn page(body: &str) -> String {
    format!(
        r#"<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host article</title></head><body style="margin:0">
<h1>An article about the islands</h1><p>Before the embed.</p>
{body}
<p>After.</p></body></html>"#
    )
}
