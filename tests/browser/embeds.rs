//! The embed as articles use it: the card's height at an article's widths in three languages,
//! a plain iframe at the documented height, the loader (placeholders added late, lazy frames
//! with their height reserved, a pasted share address, the frame's title, a strict host
//! policy, ten embeds on one page), hosts that embed through pym.js or AMP, and the messages
//! a host page must ignore. Host pages are on a second origin (`Context::host`).

use super::*;
use four_islands::i18n::Locale;
use four_islands::model::view::{Controls, Panels, View};
use four_islands::render::snippet::iframe_snippet;

/// The card's height budget at 640 px wide, by controls; at 390 px, 1.4 times it.
const BUDGET: [(&str, Controls, f64); 3] =
    [("none", Controls::None, 640.0), ("presets", Controls::Presets, 800.0), ("all", Controls::All, 1100.0)];
/// The presets whose cards run longest: long verdict reasons, a divided island, joint land,
/// a period on every island, and every term.
const TALLEST: [&str; 5] = ["1-JJRR-t", "1-JJJS21-t", "1-CCCC-t", "1-A20A20A20A20-t", "1-JJJJ-tdfr"];
const LANGS: [&str; 3] = ["en", "ja", "ru"];

/// A frame's height on the host page and its content's height inside, in CSS pixels.
fn frame_heights(s: &Session, frame: &str) -> Result<(f64, f64), String> {
    let outer = s.exec(&format!("return document.querySelector({frame:?}).getBoundingClientRect().height"))?;
    s.enter_frame(frame)?;
    let ready = s.wait_for("return document.documentElement.hasAttribute('data-ready')", "the embedded card");
    let inner = s.exec("return document.body.offsetHeight");
    s.leave_frame()?;
    ready?;
    Ok((outer.as_f64().unwrap_or(-1.0), inner?.as_f64().unwrap_or(-1.0)))
}

/// Waits until the frame is within 4 px of its content; returns the frame's height.
fn settled(s: &Session, frame: &str) -> Result<f64, String> {
    let mut last = (0.0, 0.0);
    for _ in 0..50 {
        last = frame_heights(s, frame)?;
        if (last.0 - last.1).abs() <= 4.0 {
            return Ok(last.0);
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    Err(format!("{frame} is {} px high for {} px of content", last.0, last.1))
}

/// Inside a frame: divides Etorofu, which adds a slider to the controls, so the card grows.
fn divide_etorofu(s: &Session, frame: &str) -> Result<(), String> {
    s.enter_frame(frame)?;
    let changed = change(s, "#status-etorofu", "split")
        .and_then(|_| s.wait_for("return document.querySelector('line.cut') !== null", "the dividing line"));
    s.leave_frame()?;
    changed
}

/// By default the embed is the card, at most a screen high: 640, 800 and 1,100 px at 640 px
/// wide with no controls, the presets, every control; 1.4 times that at 390 px; in every
/// language, for the presets whose cards run longest.
pub fn the_card_fits_an_article_at_both_widths_in_three_languages(c: &Context) -> Result<(), String> {
    let mut tallest = Vec::new();
    for width in [640u32, 390] {
        let s = c.driver.session(width, 900)?;
        for lang in LANGS {
            for (controls, _, budget) in BUDGET {
                let limit = if width == 640 { budget } else { budget * 1.4 };
                let mut worst = (0.0, "");
                for link in TALLEST {
                    s.open(&c.url(&format!("embed.html?s={link}&controls={controls}&lang={lang}&asof=2026-12-01")))?;
                    let height = s.exec("return document.body.offsetHeight")?.as_f64().unwrap_or(f64::MAX);
                    ensure(height <= limit, || {
                        format!(
                            "{link} with {controls} controls in {lang} is {height} px high at {width} px, over {limit}"
                        )
                    })?;
                    if height > worst.0 {
                        worst = (height, link);
                    }
                }
                tallest.push(format!("{width} px {lang} {controls}: {} px ({})", worst.0, worst.1));
            }
            s.open(&c.url(&format!("embed.html?s=1-JJJS21-t&controls=presets&lang={lang}")))?;
            s.screenshot(width, &c.output.join(format!("embed-card-{lang}-{width}.png")))?;
        }
    }
    // The heights the note reports.
    std::fs::write(c.output.join("embed-card-heights.txt"), tallest.join("\n") + "\n").map_err(|e| e.to_string())
}

/// The card names the scenario, shows both governments' verdicts alike with a reason and a
/// source, and links to the full explorer at the same view and date; the long panels are
/// there only when the embed code asks for them.
pub fn the_card_shows_the_scenario_at_a_glance_and_leads_to_the_rest(c: &Context) -> Result<(), String> {
    let s = c.driver.session(640, 900)?;
    s.open(&c.url("embed.html?s=1-JJRR-t&controls=none&lang=en&asof=2016-06-01&names=ru"))?;
    expect_text(&s, ".card-title", "Two islands (1956 Joint Declaration)")?;
    expect_text(&s, ".card-positions h3", "Positions as of 2016-06-01")?;
    let verdicts = s.exec(
        "return [...document.querySelectorAll('.card-verdict')].map(e => [e.dataset.party, e.dataset.verdict, e.querySelectorAll('p').length, e.querySelectorAll('a.cite').length])",
    )?;
    ensure(verdicts == serde_json::json!([["japan", "conflicts", 2, 1], ["russia", "compatible", 2, 1]]), || {
        format!("verdicts {verdicts}")
    })?;
    expect_text(&s, "#land-japan", "342.5\u{a0}km²")?;
    expect_text(&s, "#residents-1945", "6,319 of 17,291")?;
    expect_text(&s, ".card-key", "Japanese (Khabomai, Shikotan)")?;
    let full = s.exec("return document.querySelector('.card-full').href")?;
    ensure(full.as_str() == Some(&c.url("?s=1-JJRR-t&asof=2016-06-01&lang=en&names=ru")), || {
        format!("full link {full}")
    })?;
    let long = s.exec(
        "return ['.timeline', '.polls', '.opinions', '.statement'].map(q => document.querySelector(q) !== null)",
    )?;
    ensure(long == serde_json::json!([false, false, false, false]), || format!("long panels in the card: {long}"))?;

    // Asked for, the long panels follow the card, from the binary of the full page's panels.
    s.open(&c.url("embed.html?s=1-JJRR-t&controls=none&panels=all"))?;
    let long = s.exec("return ['.card', '.timeline', '.polls', '.opinions', '.positions .statement'].map(q => document.querySelector(q) !== null)")?;
    ensure(long == serde_json::json!([true, true, true, true, true]), || format!("panels=all shows {long}"))?;
    let wasm = s.exec("return performance.getEntriesByType('resource').map(r => r.name).filter(n => n.endsWith('.wasm') && n.includes('/four-islands-panels-')).length")?;
    ensure(wasm == serde_json::json!(1), || "panels=all did not run the long panels' binary".into())?;
    s.screenshot(640, &c.output.join("embed-panels-640.png"))
}

/// The plain iframe the explorer gives, at its documented height, shows the whole card
/// without scrolling in a column 360 px wide or wider, in every language, with scripts and
/// without (the pre-rendered card).
pub fn a_plain_iframe_at_the_documented_height_shows_the_whole_card(c: &Context) -> Result<(), String> {
    let base = format!("{}/", c.origin);
    for lang in LANGS {
        let mut frames = String::new();
        for (_, controls, _) in BUDGET {
            for link in ["1-JJJS21-t", "1-CCCC-t"] {
                let (view, _) = View::from_query(&format!("?s={link}&lang={lang}"));
                frames.push_str(&format!(
                    "<div>{}</div>\n",
                    iframe_snippet(&view, &base, controls, Panels::Card, "Four Islands")
                ));
            }
        }
        host_page(c, &format!("plain-{lang}.html"), &frames)?;
    }
    for (width, scripts) in [(360u32, true), (1280, true), (360, false)] {
        let extra: &[&str] = if scripts { &[] } else { &["--blink-settings=scriptEnabled=false"] };
        let s = c.driver.session_with(width, 900, extra)?;
        for lang in if scripts { &LANGS[..] } else { &LANGS[..1] } {
            s.goto(&format!("{}/plain-{lang}.html", c.host))?;
            let count = s.exec("return document.querySelectorAll('iframe').length")?.as_u64().unwrap_or(0);
            for i in 1..=count {
                let frame = format!("div:nth-of-type({i}) iframe");
                s.exec(&format!("document.querySelector({frame:?}).scrollIntoView(); return true"))?;
                let outer = s.exec(&format!("return document.querySelector({frame:?}).clientHeight"))?;
                s.enter_frame(&frame)?;
                let shown = if scripts {
                    s.wait_for("return document.documentElement.hasAttribute('data-ready')", "the framed card")
                } else {
                    s.wait_for("return document.querySelector('.card') !== null", "the pre-rendered card")
                };
                let inner = s.exec("return [document.documentElement.scrollHeight, location.search]");
                s.leave_frame()?;
                shown?;
                let inner = inner?;
                ensure(inner[0].as_f64().unwrap_or(f64::MAX) <= outer.as_f64().unwrap_or(0.0), || {
                    format!("{width} px, scripts {scripts}: {} needs {} px in a {outer} px frame", inner[1], inner[0])
                })?;
            }
        }
    }
    Ok(())
}

/// The loader mounts placeholders the page adds after load (as they appear, and by
/// `FourIslands.mount()`), once each; a frame far below loads only when the reader nears it,
/// with a height reserved close to the card's, and it keeps the page's text in place
/// otherwise; a host page whose policy refuses inline styles still sizes it.
pub fn the_loader_mounts_late_placeholders_and_loads_frames_lazily(c: &Context) -> Result<(), String> {
    host_page(
        c,
        "late.html",
        &format!(
            r##"<div id="late"></div>
<div style="height: 6000px">A long article.</div>
<div id="far" data-four-islands="1-JJJS21-t" data-controls="none"><a href="{o}/?s=1-JJJS21-t">Four Islands: Equal division of the land</a></div>
<p id="after">After the last embed.</p>
<script src="{o}/embed.js"></script>
<script>
setTimeout(() => {{
  const late = document.getElementById("late");
  const one = document.createElement("div");
  one.setAttribute("data-four-islands", "1-JJRR-t");
  one.setAttribute("data-controls", "none");
  late.append(one);
  const section = document.createElement("section");
  section.innerHTML = '<div data-four-islands="1-JJJJ-t" data-controls="presets"><a href="#">Four Islands</a></div>';
  late.append(section);
  window.FourIslands.mount();
  window.FourIslands.mount();
}}, 300);
</script>"##,
            o = c.origin
        ),
    )?;
    let s = c.session()?;
    s.goto(&format!("{}/late.html", c.host))?;
    s.wait_for("return document.querySelectorAll('iframe').length === 2", "a frame for each late placeholder")?;
    settled(&s, "#late > div iframe")?;
    settled(&s, "#late section iframe")?;
    // Far below, the placeholder holds the card's place with its link, and has no frame yet.
    let far = s.exec("const far = document.getElementById('far'); return [far.hasAttribute('data-four-islands-mounted'), far.querySelector('iframe') === null, far.querySelector('a') !== null, far.getBoundingClientRect().height]")?;
    ensure(far[0] == Value::Bool(true) && far[1] == Value::Bool(true) && far[2] == Value::Bool(true), || {
        format!("the placeholder far below (mounted, without a frame, with its link): {far}")
    })?;
    let reserved = far[3].as_f64().unwrap_or(0.0);
    let after = s.exec("return document.getElementById('after').getBoundingClientRect().top - document.getElementById('far').getBoundingClientRect().top")?;
    s.exec("document.getElementById('far').scrollIntoView(); return true")?;
    s.wait_for("return document.querySelector('#far iframe') !== null", "the frame far below, once near")?;
    let height = settled(&s, "#far iframe")?;
    ensure((height - reserved).abs() <= 0.15 * height, || format!("reserved {reserved} px for a card of {height} px"))?;
    // What follows the embed moved by the difference only.
    let moved = s.exec("return document.getElementById('after').getBoundingClientRect().top - document.getElementById('far').getBoundingClientRect().top")?;
    let moved = moved.as_f64().unwrap_or(0.0) - after.as_f64().unwrap_or(0.0);
    ensure((moved - (height - reserved)).abs() <= 2.0, || {
        format!("the text after moved {moved} px for {height} − {reserved}")
    })?;
    let placeholders = s.exec("return document.querySelectorAll('[data-four-islands-mounted] iframe').length")?;
    ensure(placeholders == serde_json::json!(3), || format!("{placeholders} frames for three placeholders"))?;

    // A host page with a strict policy: no inline style, scripts and frames from the explorer.
    let strict = format!(
        r#"<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src {o}; frame-src {o}; style-src 'none'"><title>Strict article</title></head><body>
<h1>An article with a strict policy</h1><div data-four-islands="1-JJRR-t" data-controls="presets"></div><p>After.</p>
<script src="{o}/embed.js"></script></body></html>"#,
        o = c.origin
    );
    std::fs::write(c.host_dir.join("strict.html"), strict).map_err(|e| e.to_string())?;
    let s = c.session()?;
    s.goto(&format!("{}/strict.html", c.host))?;
    s.wait_for("return document.querySelectorAll('iframe').length === 1", "the frame")?;
    settled(&s, "iframe")?;
    Ok(())
}

/// A whole share address pasted as the placeholder's value opens its view; the frame is named
/// in the embed's language.
pub fn a_pasted_address_opens_its_view_in_a_frame_named_in_its_language(c: &Context) -> Result<(), String> {
    let o = &c.origin;
    host_page(
        c,
        "pasted.html",
        &format!(
            r#"<div id="a" data-four-islands="{o}/?s=1-JJJS21-t&amp;asof=2016-06-01&amp;lang=ja"><a href="{o}/?s=1-JJJS21-t">Four Islands</a></div>
<div id="b" data-four-islands="1-JJRR-t" data-lang="ru"></div>
<div id="c" data-four-islands="1-JJRR-t" data-lang="ru"><a href="{o}/?s=1-JJRR-t&amp;lang=ru">Four Islands: Два острова</a></div>
<div id="d" data-four-islands="{o}/embed.html?s=1-JJJJ-t&amp;controls=none&amp;theme=dark" data-controls="all"></div>
<script src="{o}/embed.js"></script>"#
        ),
    )?;
    let s = c.session()?;
    s.goto(&format!("{}/pasted.html", c.host))?;
    s.wait_for("return document.querySelectorAll('iframe').length === 4", "four frames")?;
    let frames =
        s.exec("return [...document.querySelectorAll('iframe')].map(f => [f.title, new URL(f.src).search])")?;
    let expected = serde_json::json!([
        [Locale::new(Lang::Ja, Naming::Both).t(Text::EmbedFrameGeneric), "?s=1-JJJS21-t&lang=ja&asof=2016-06-01"],
        [Locale::new(Lang::Ru, Naming::Both).t(Text::EmbedFrameGeneric), "?s=1-JJRR-t&lang=ru"],
        ["Four Islands: Два острова", "?s=1-JJRR-t&lang=ru"],
        [Locale::new(Lang::En, Naming::Both).t(Text::EmbedFrameGeneric), "?s=1-JJJJ-t&controls=all&theme=dark"],
    ]);
    ensure(frames == expected, || format!("frames {frames}\nexpected {expected}"))?;
    settled(&s, "#a iframe")?;
    s.enter_frame("#a iframe")?;
    let inside =
        s.exec("return [document.documentElement.lang, document.querySelector('.card-positions h3').textContent]");
    s.leave_frame()?;
    ensure(inside? == serde_json::json!(["ja", "2016年6月1日時点の立場"]), || {
        "the pasted address's date and language".into()
    })
}

/// A host page that uses pym.js 1.3.2 (`new pym.Parent` on the embed's address) sizes the
/// frame from the embed's pym messages, after load and after a control changes the card.
pub fn a_pym_parent_sizes_the_embed(c: &Context) -> Result<(), String> {
    let pym =
        std::env::var("FOUR_ISLANDS_PYM").map_err(|_| "FOUR_ISLANDS_PYM is not set: run ./scripts/test".to_owned())?;
    std::fs::copy(&pym, c.host_dir.join("pym.v1.min.js")).map_err(|e| format!("{pym}: {e}"))?;
    host_page(
        c,
        "pym.html",
        &format!(
            r#"<div id="pym-box"></div>
<script src="pym.v1.min.js"></script>
<script>window.pymParent = new pym.Parent("pym-box", "{}/embed.html?s=1-JJRR-t&controls=all&lang=ja", {{}});</script>"#,
            c.origin
        ),
    )?;
    let s = c.session()?;
    s.goto(&format!("{}/pym.html", c.host))?;
    s.wait_for("return document.querySelector('#pym-box iframe') !== null", "pym's frame")?;
    let src = s.exec("return document.querySelector('#pym-box iframe').src")?;
    ensure(src.as_str().is_some_and(|u| u.contains("childId=pym-box")), || format!("pym's frame opens {src}"))?;
    let first = settled(&s, "#pym-box iframe")?;
    divide_etorofu(&s, "#pym-box iframe")?;
    let after = settled(&s, "#pym-box iframe")?;
    ensure(after > first, || format!("pym's frame stayed {first} px after the card grew"))?;
    let by_pym = s.exec("return document.querySelector('#pym-box iframe').getAttribute('height')")?;
    ensure(by_pym.as_str().is_some_and(|h| h.ends_with("px")), || format!("pym did not size the frame ({by_pym})"))
}

/// An AMP page's `amp-iframe resizable` gets the embed-size request: here a host that
/// answers it as amp-iframe does (from its own frame only, then resizing it), sandboxed as
/// AMP requires.
pub fn an_amp_page_gets_the_embed_size_request(c: &Context) -> Result<(), String> {
    host_page(
        c,
        "amp.html",
        &format!(
            r##"<div id="amp"><iframe src="{o}/embed.html?s=1-JJRR-t&amp;controls=all" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" width="100%" height="300" frameborder="0" title="Four Islands"></iframe></div>
<script>
const frame = document.querySelector("#amp iframe");
window.sizes = [];
addEventListener("message", (event) => {{
  if (event.source !== frame.contentWindow || event.origin !== "{o}") return;
  const data = event.data;
  if (!data || data.sentinel !== "amp" || data.type !== "embed-size") return;
  const height = parseInt(data.height, 10);
  if (!(height > 0)) return;
  window.sizes.push(height);
  frame.height = height;
}});
</script>"##,
            o = c.origin
        ),
    )?;
    let s = c.session()?;
    s.goto(&format!("{}/amp.html", c.host))?;
    let first = settled(&s, "#amp iframe")?;
    divide_etorofu(&s, "#amp iframe")?;
    let after = settled(&s, "#amp iframe")?;
    ensure(after > first, || format!("the AMP-style frame stayed {first} px after the card grew"))?;
    let sizes = s.exec("return window.sizes.length")?;
    ensure(sizes.as_u64().unwrap_or(0) >= 2, || format!("{sizes} embed-size requests"))
}

/// The loader ignores heights of zero and nonsense from its own frames, and any height from
/// a frame of the explorer's origin that it did not make.
pub fn heights_of_zero_and_messages_from_other_frames_are_ignored(c: &Context) -> Result<(), String> {
    host_page(
        c,
        "ignored.html",
        &format!(
            r#"<div id="mine" data-four-islands="1-JJRR-t" data-controls="none"></div>
<div id="other"><iframe src="{o}/embed.html?s=1-JJRR-t&amp;controls=none" width="100%" height="200" title="Four Islands"></iframe></div>
<script src="{o}/embed.js"></script>"#,
            o = c.origin
        ),
    )?;
    let s = c.session()?;
    s.goto(&format!("{}/ignored.html", c.host))?;
    let before = settled(&s, "#mine iframe")?;
    s.enter_frame("#other iframe")?;
    let other = s.wait_for("return document.documentElement.hasAttribute('data-ready')", "the other frame");
    s.leave_frame()?;
    other?;
    let other = s.exec("return document.querySelector('#other iframe').getBoundingClientRect().height")?;
    let other = other.as_f64().unwrap_or(-1.0);
    s.enter_frame("#mine iframe")?;
    let sent = s.exec(
        "for (const height of [0, -40, NaN, Infinity, 1e9, '900', null]) window.parent.postMessage({ type: 'four-islands:height', height }, '*'); window.parent.postMessage({ type: 'other', height: 900 }, '*'); window.parent.postMessage('four-islands:height 900', '*'); return true",
    );
    s.leave_frame()?;
    sent?;
    s.enter_frame("#other iframe")?;
    let sent = s.exec("window.parent.postMessage({ type: 'four-islands:height', height: 1234 }, '*'); return true");
    s.leave_frame()?;
    sent?;
    std::thread::sleep(std::time::Duration::from_millis(400));
    let now = s.exec("return [document.querySelector('#mine iframe').getBoundingClientRect().height, document.querySelector('#other iframe').getBoundingClientRect().height]")?;
    let now: Vec<f64> = now.as_array().into_iter().flatten().filter_map(Value::as_f64).collect();
    ensure(now == [before, other], || format!("frames went from [{before}, {other}] to {now:?}"))
}

/// Ten embeds on one article: those in view start, the rest as the reader reaches them, and
/// each takes its card's height. (What they cost is measured by ./scripts/bench.)
pub fn ten_embeds_on_one_article_start_as_the_reader_reaches_them(c: &Context) -> Result<(), String> {
    host_page(c, "ten.html", &articles::ten_embeds(&c.origin, true))?;
    let s = c.driver.session(390, 900)?;
    s.goto(&format!("{}/ten.html", c.host))?;
    s.wait_for("return document.querySelectorAll('[data-four-islands-mounted]').length === 10", "ten placeholders")?;
    s.wait_for("return document.querySelector('#embed-1 iframe') !== null", "the first frame")?;
    settled(&s, "#embed-1 iframe")?;
    let last = s.exec("return document.querySelector('#embed-10 iframe') === null")?;
    ensure(last == Value::Bool(true), || "the tenth frame was made with the first".into())?;
    for i in 1..=10 {
        s.exec(&format!("document.getElementById('embed-{i}').scrollIntoView(); return true"))?;
        s.wait_for(&format!("return document.querySelector('#embed-{i} iframe') !== null"), "the frame in view")?;
        settled(&s, &format!("#embed-{i} iframe"))?;
    }
    Ok(())
}

/// A reader's view of host articles in three languages, at a phone's width and a desktop's.
pub fn host_articles_in_three_languages_at_390_and_1280(c: &Context) -> Result<(), String> {
    for lang in LANGS {
        host_page(
            c,
            &format!("article-{lang}.html"),
            &format!(
                r#"<div id="card" data-four-islands="1-JJRR-t" data-controls="presets" data-lang="{lang}"></div>
<script async src="{}/embed.js"></script>"#,
                c.origin
            ),
        )?;
        for width in [390u32, 1280] {
            let s = c.driver.session(width, 900)?;
            s.goto(&format!("{}/article-{lang}.html", c.host))?;
            s.wait_for("return document.querySelector('#card iframe') !== null", "the frame")?;
            settled(&s, "#card iframe")?;
            s.screenshot(width, &c.output.join(format!("host-article-{lang}-{width}.png")))?;
        }
    }
    Ok(())
}
