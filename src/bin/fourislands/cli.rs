//! Command parsing and dispatch.

use super::{json, prerender, text, today};

use four_islands::i18n::{Lang, Locale};
use four_islands::model::date::Date;
use four_islands::model::negotiation::{Space, Valuations, analyse};
use four_islands::model::view::View;
use four_islands::model::{catalog, link};
use four_islands::{Scenario, evaluate, source_data};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
fourislands: evaluate settlement scenarios for the four islands off Hokkaido

Usage:
  fourislands presets [--json]
      List the ready-made scenarios and their share links.
  fourislands eval <preset-id | link> [--as-of YYYY-MM-DD] [--json]
      Evaluate a scenario: land, residents, position index, each government's
      position as of the date (default: today), matching polls and opinions.
  fourislands analyse [--valuations CODE] [--json]
      Negotiation analysis over every scenario the explorer can express: the
      Pareto frontier, the Nash and Kalai-Smorodinsky solutions and the
      equal-concession draws, under the default assumptions or CODE (the `va=`
      part of a link, e.g. a20.-5.5.5.3_a20.5.5.5.3). A model, not a forecast.
  fourislands check-data [--dir DIR]
      Check the sourced data files (default: ./data) and print a summary.
  fourislands prerender --dist DIR [--base-url URL]
      Write static pages (main, embed, one per preset) with the map, key figures,
      link-preview tags and images into a built dist/, and the scripts that start
      them. URL is the http(s) address the site is published at, which link
      previews need (default: addresses relative to each page, for local use).
";

pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("fourislands: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The parsed command line: one command and its options.
struct Args<'a> {
    command: &'a str,
    positional: Vec<&'a str>,
    json: bool,
    as_of: Option<&'a str>,
    dir: Option<&'a str>,
    dist: Option<&'a str>,
    base_url: Option<&'a str>,
    valuations: Option<&'a str>,
}

fn parse(args: &[String]) -> Result<Args<'_>, String> {
    let mut parsed = Args {
        command: "",
        positional: Vec::new(),
        json: false,
        as_of: None,
        dir: None,
        dist: None,
        base_url: None,
        valuations: None,
    };
    let mut rest = args.iter().map(String::as_str);
    while let Some(arg) = rest.next() {
        let mut value = |name: &str| rest.next().ok_or_else(|| format!("{name} needs a value\n\n{USAGE}"));
        match arg {
            "--json" => parsed.json = true,
            "--as-of" => parsed.as_of = Some(value("--as-of")?),
            "--dir" => parsed.dir = Some(value("--dir")?),
            "--dist" => parsed.dist = Some(value("--dist")?),
            "--base-url" => parsed.base_url = Some(value("--base-url")?),
            "--valuations" => parsed.valuations = Some(value("--valuations")?),
            "-h" | "--help" => parsed.command = "help",
            _ if arg.starts_with("--") => return Err(format!("unknown option `{arg}`\n\n{USAGE}")),
            _ if parsed.command.is_empty() => parsed.command = arg,
            _ => parsed.positional.push(arg),
        }
    }
    Ok(parsed)
}

fn run(args: &[String]) -> Result<String, String> {
    let args = parse(args)?;
    match (args.command, args.positional.as_slice()) {
        ("help" | "", _) => Ok(USAGE.to_owned()),
        ("presets", []) => Ok(if args.json { json::presets() } else { text::presets() }),
        ("eval", [input]) => {
            let (scenario, preset, linked_date) = resolve(input)?;
            let as_of = match args.as_of {
                Some(text) => Date::parse(text).map_err(|e| format!("--as-of: {e}"))?,
                None => linked_date.unwrap_or_else(today::utc),
            };
            let evaluation = evaluate(&scenario, as_of);
            Ok(if args.json {
                json::evaluation(&scenario, preset, &evaluation)
            } else {
                text::evaluation(&scenario, preset, &evaluation)
            })
        }
        ("analyse" | "analyze", []) => {
            let valuations = match args.valuations {
                Some(code) => Valuations::decode(code).map_err(|e| format!("--valuations: {e}"))?,
                None => Valuations::DEFAULT,
            };
            let analysis = analyse(&valuations, &Space::full());
            Ok(if args.json { json::analysis(&valuations, &analysis) } else { text::analysis(&valuations, &analysis) })
        }
        ("check-data", []) => {
            let dir = PathBuf::from(args.dir.unwrap_or("data"));
            match source_data::load_dir(&dir) {
                Ok(data) => Ok(text::data_summary(&data)),
                Err(errors) => {
                    let list: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
                    Err(format!("{} has {} problem(s):\n{}", dir.display(), errors.len(), list.join("\n")))
                }
            }
        }
        ("prerender", []) => {
            let dist = args.dist.ok_or_else(|| format!("prerender needs --dist DIR\n\n{USAGE}"))?;
            prerender::run(std::path::Path::new(dist), args.base_url, today::utc())
        }
        (command @ ("presets" | "eval" | "analyse" | "analyze" | "check-data" | "prerender"), _) => {
            Err(format!("wrong arguments for `{command}`\n\n{USAGE}"))
        }
        (other, _) => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    }
}

/// A preset id, a share link, or a whole address, which is read exactly as the page reads it
/// (`View`): the last `s` and `asof` count, escapes are undone, and a preset page's path opens
/// its preset. Returns the scenario, its preset if it is one, and the address's date.
type Resolved = (Scenario, Option<&'static catalog::Preset>, Option<Date>);

fn resolve(input: &str) -> Result<Resolved, String> {
    if let Some(preset) = catalog::preset(input) {
        return Ok((preset.scenario, Some(preset), None));
    }
    let address = input.contains('?') || input.contains("://") || input.starts_with('/');
    let (scenario, as_of) = match address.then(|| input.split_once('?').unwrap_or((input, ""))) {
        Some((path, query)) => {
            let query = query.split('#').next().unwrap_or("");
            let (view, problems) = View::from_address(path, query, Lang::En);
            if !problems.is_empty() {
                let said: Vec<String> = problems.iter().map(|p| Locale::ENGLISH.problem(p)).collect();
                return Err(format!("`{input}`: {}", said.join(" ")));
            }
            (view.scenario, view.as_of)
        }
        None => (
            link::decode(input).map_err(|e| {
                let ids: Vec<&str> = catalog::PRESETS.iter().map(|p| p.id).collect();
                format!("`{input}` is neither a preset ({}) nor a valid link: {}", ids.join(", "), Locale::ENGLISH.link_error(&e))
            })?,
            None,
        ),
    };
    let preset = catalog::PRESETS.iter().find(|p| p.scenario == scenario);
    Ok((scenario, preset, as_of))
}
