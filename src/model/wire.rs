//! The negotiation analysis's results as plain text, to pass them from the web worker that
//! computes them to the page. Points are whole thousandths and scenarios are share links, so
//! the text is exact and the page needs no parser or float formatting to read it.
//!
//! ```text
//! 1 <size> <japan low> <japan high> <russia low> <russia high> <nash|-> <ks|-> <draws,…|->
//! f <japan> <russia> <link>      one line per frontier point, in order
//! c <japan> <russia> <link>      one line per chart cell
//! s <variation> <nash> <ks> <equal>   one line per variation; each point `japan,russia,link` or -
//! ```

use super::link;
use super::negotiation::{Analysis, Draw, Exploration, Outcome, Point, Range};
use super::negotiation::sensitivity::{Marked, Variation};

const VERSION: &str = "2";

pub fn encode(e: &Exploration) -> String {
    let a = &e.analysis;
    let index = |o: Option<Outcome>| {
        o.and_then(|o| a.frontier.iter().position(|f| *f == o)).map_or("-".to_owned(), |i| i.to_string())
    };
    let draws: Vec<String> =
        a.draws.iter().filter_map(|d| a.frontier.iter().position(|f| *f == d.outcome)).map(|i| i.to_string()).collect();
    let mut out = format!(
        "{VERSION} {} {} {} {} {} {} {} {}\n",
        a.size,
        a.range.japan.0,
        a.range.japan.1,
        a.range.russia.0,
        a.range.russia.1,
        index(a.nash),
        index(a.kalai_smorodinsky),
        if draws.is_empty() { "-".to_owned() } else { draws.join(",") }
    );
    for (tag, outcomes) in [('f', &a.frontier), ('c', &e.cloud)] {
        for o in outcomes {
            out.push_str(&format!("{tag} {} {} {}\n", o.point.japan, o.point.russia, link::encode(&o.scenario)));
        }
    }
    let point = |o: Option<Outcome>| {
        o.map_or("-".to_owned(), |o| format!("{},{},{}", o.point.japan, o.point.russia, link::encode(&o.scenario)))
    };
    for m in &e.sensitivity {
        out.push_str(&format!(
            "s {} {} {} {}\n",
            m.variation.code(),
            point(m.nash),
            point(m.kalai_smorodinsky),
            point(m.equal_concession)
        ));
    }
    out
}

/// `japan,russia,link` or `-`.
fn marked_point(text: &str) -> Result<Option<Outcome>, String> {
    if text == "-" {
        return Ok(None);
    }
    let [japan, russia, code] = text.split(',').collect::<Vec<_>>()[..] else {
        return Err(format!("`{text}` is not a marked point"));
    };
    let int = |t: &str| t.parse::<i32>().map_err(|_| format!("`{t}` is not a whole number"));
    let scenario = link::decode(code).map_err(|e| format!("`{code}` is not a share link: {e:?}"))?;
    Ok(Some(Outcome { point: Point { japan: int(japan)?, russia: int(russia)? }, scenario }))
}

pub fn decode(text: &str) -> Result<Exploration, String> {
    let mut lines = text.lines();
    let head: Vec<&str> = lines.next().unwrap_or_default().split(' ').collect();
    let [version, size, japan_low, japan_high, russia_low, russia_high, nash, ks, draws] = head[..] else {
        return Err("the analysis's results are incomplete".into());
    };
    if version != VERSION {
        return Err(format!("the analysis's results are in format {version}, not {VERSION}"));
    }
    let int = |t: &str| t.parse::<i32>().map_err(|_| format!("`{t}` is not a whole number"));
    let range = Range { japan: (int(japan_low)?, int(japan_high)?), russia: (int(russia_low)?, int(russia_high)?) };
    let size = size.parse::<u64>().map_err(|_| format!("`{size}` is not a size"))?;
    let (mut frontier, mut cloud, mut sensitivity) = (Vec::new(), Vec::new(), Vec::new());
    for line in lines {
        if let Some(rest) = line.strip_prefix("s ") {
            let [variation, nash, ks, equal] = rest.split(' ').collect::<Vec<_>>()[..] else {
                return Err(format!("`{line}` is not a variation"));
            };
            let variation = variation
                .chars()
                .next()
                .and_then(Variation::from_code)
                .filter(|_| variation.len() == 1)
                .ok_or_else(|| format!("`{variation}` is not a variation"))?;
            sensitivity.push(Marked {
                variation,
                nash: marked_point(nash)?,
                kalai_smorodinsky: marked_point(ks)?,
                equal_concession: marked_point(equal)?,
            });
            continue;
        }
        let [tag, japan, russia, code] = line.split(' ').collect::<Vec<_>>()[..] else {
            return Err(format!("`{line}` is not an outcome"));
        };
        let scenario = link::decode(code).map_err(|e| format!("`{code}` is not a share link: {e:?}"))?;
        let outcome = Outcome { point: Point { japan: int(japan)?, russia: int(russia)? }, scenario };
        match tag {
            "f" => frontier.push(outcome),
            "c" => cloud.push(outcome),
            _ => return Err(format!("`{tag}` is not a kind of outcome")),
        }
    }
    let pick = |t: &str| -> Result<Option<Outcome>, String> {
        if t == "-" {
            return Ok(None);
        }
        let i = t.parse::<usize>().map_err(|_| format!("`{t}` is not an index"))?;
        frontier.get(i).copied().map(Some).ok_or_else(|| format!("no frontier point {i}"))
    };
    let (nash, kalai_smorodinsky) = (pick(nash)?, pick(ks)?);
    let draws = match draws {
        "-" => Vec::new(),
        list => {
            list.split(',').map(|t| Ok(Draw::new(pick(t)?.ok_or("no draw")?, &range))).collect::<Result<_, String>>()?
        }
    };
    Ok(Exploration { analysis: Analysis { frontier, nash, kalai_smorodinsky, draws, range, size }, cloud, sensitivity })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::negotiation::{Valuations, explore};

    #[test]
    fn the_results_cross_to_the_page_unchanged() {
        for code in [Valuations::DEFAULT.encode().as_str(), "p40.-20.0.10.5_e10.20.5.0.0", "a0.0.0.0.0_a0.0.0.0.0"] {
            let v = Valuations::decode(code).expect("valid valuations");
            let e = explore(&v);
            assert_eq!(decode(&encode(&e)), Ok(e), "{code}");
        }
    }

    #[test]
    fn damaged_results_are_refused_with_a_reason() {
        let good = encode(&explore(&Valuations::DEFAULT));
        for bad in [
            "",
            "1 1 0 0 0 0 - - -",
            "2 x 0 0 0 0 - - -",
            "2 1 0 0 0 0 7 - -",
            "2 1 0 0 0 0 - - -\nf 1 2 zz",
            "2 1 0 0 0 0 - - -\ns q - - -",
            "2 1 0 0 0 0 - - -\ns a 1,2 - -",
        ] {
            assert!(decode(bad).is_err(), "{bad:?}");
        }
        assert!(decode(&good.replacen("\nf ", "\nq ", 1)).is_err());
    }
}
