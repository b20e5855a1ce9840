//! The share-link codec: a scenario as a short, URL-safe, versioned string.
//!
//! Format version 1 (documented in docs/link-format.md; never changed once released):
//!
//! ```text
//! 1-<habomai><shikotan><kunashiri><etorofu>[-<terms>]
//! island: R | J | C | A<years> | L<years> | S<percent>   (S on Etorofu only)
//! terms, in this order, each at most once:
//!   t peace treaty   p<years> phased   d demilitarised   f no foreign forces
//!   r residents' choice   v visa-free visits   j joint economic activity
//!   s fishing rights   n talks continue on the rest
//! ```
//! Numbers are 1–99 in decimal with no leading zero. Every accepted string has exactly one
//! encoding, so `encode(decode(s)) == s` whenever `decode(s)` succeeds.

use super::scenario::{Scenario, ScenarioError, Status, Terms, Timing};

/// The version this build writes. Every earlier version must keep decoding the same.
pub const CURRENT_VERSION: u32 = 1;

/// Links longer than this, in characters, are rejected before any parsing (the longest valid
/// one is 28).
pub const MAX_LEN: usize = 64;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    Empty,
    /// Its length in characters.
    TooLong(usize),
    /// Made by a later version of the explorer than this one.
    FutureVersion(u32),
    /// What stood where the version should be (at most 12 characters of it).
    UnknownVersion(String),
    Malformed {
        at: usize,
        expected: Expected,
    },
    Invalid(ScenarioError),
}

/// What a damaged link lacked where it went wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    IslandCodes,
    IslandCode,
    Number,
    TermsOrEnd,
    TermLetter,
    TermOrder,
    ATerm,
}

/// Writes the current-version link of a scenario. The scenario should satisfy `validate()`.
pub fn encode(scenario: &Scenario) -> String {
    let mut out = format!("{CURRENT_VERSION}-");
    for status in scenario.islands {
        match status {
            Status::Russian => out.push('R'),
            Status::Japanese => out.push('J'),
            Status::Joint => out.push('C'),
            Status::RussianAdministration { years } => push_number(&mut out, 'A', years),
            Status::LeasedToRussia { years } => push_number(&mut out, 'L', years),
            Status::Split { japan_percent } => push_number(&mut out, 'S', japan_percent),
        }
    }
    let mut terms = String::new();
    let t = &scenario.terms;
    if scenario.peace_treaty {
        terms.push('t');
    }
    if let Timing::Phased { years } = scenario.timing {
        push_number(&mut terms, 'p', years);
    }
    for (on, letter) in [
        (t.demilitarization, 'd'),
        (t.no_foreign_forces, 'f'),
        (t.residents_choice, 'r'),
        (t.visa_free, 'v'),
        (t.joint_activity, 'j'),
        (t.fishing_rights, 's'),
        (t.continued_talks, 'n'),
    ] {
        if on {
            terms.push(letter);
        }
    }
    if !terms.is_empty() {
        out.push('-');
        out.push_str(&terms);
    }
    out
}

fn push_number(out: &mut String, letter: char, n: u8) {
    out.push(letter);
    out.push_str(&n.to_string());
}

/// Reads a link of any released version. Total: every input gives a scenario or an error.
pub fn decode(link: &str) -> Result<Scenario, LinkError> {
    let link = link.trim();
    if link.is_empty() {
        return Err(LinkError::Empty);
    }
    // Counted in characters, as the message says; every valid link is ASCII.
    let length = link.chars().count();
    if length > MAX_LEN {
        return Err(LinkError::TooLong(length));
    }
    let (version, body) = link.split_once('-').unwrap_or((link, ""));
    match version.parse::<u32>() {
        Ok(1) if version == "1" => decode_v1(link.as_bytes(), version.len() + 1, body.is_empty()),
        Ok(v) if v > CURRENT_VERSION && !version.starts_with('0') => Err(LinkError::FutureVersion(v)),
        _ => Err(LinkError::UnknownVersion(version.chars().take(12).collect())),
    }
}

/// A cursor over the link's bytes that remembers where it is, for error messages.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        let found = self.peek() == Some(b);
        if found {
            self.at += 1;
        }
        found
    }

    fn fail<T>(&self, expected: Expected) -> Result<T, LinkError> {
        Err(LinkError::Malformed { at: self.at, expected })
    }

    /// A number from 1 to 99 with no leading zero.
    fn number(&mut self) -> Result<u8, LinkError> {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) && self.at - start < 2 {
            self.at += 1;
        }
        let digits = &self.bytes[start..self.at];
        if digits.is_empty() || digits[0] == b'0' || self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at = start;
            return self.fail(Expected::Number);
        }
        Ok(digits.iter().fold(0u8, |n, d| n * 10 + (d - b'0')))
    }
}

fn decode_v1(bytes: &[u8], start: usize, empty_body: bool) -> Result<Scenario, LinkError> {
    let mut r = Reader { bytes, at: start };
    if empty_body {
        return r.fail(Expected::IslandCodes);
    }
    let mut islands = [Status::Russian; 4];
    for slot in &mut islands {
        let Some(code) = r.peek() else {
            return r.fail(Expected::IslandCode);
        };
        r.at += 1;
        *slot = match code {
            b'R' => Status::Russian,
            b'J' => Status::Japanese,
            b'C' => Status::Joint,
            b'A' => Status::RussianAdministration { years: r.number()? },
            b'L' => Status::LeasedToRussia { years: r.number()? },
            b'S' => Status::Split { japan_percent: r.number()? },
            _ => {
                r.at -= 1;
                return r.fail(Expected::IslandCode);
            }
        };
    }
    let mut scenario = Scenario { islands, ..Scenario::STATUS_QUO };
    if r.peek().is_some() {
        if !r.eat(b'-') {
            return r.fail(Expected::TermsOrEnd);
        }
        read_terms(&mut r, &mut scenario)?;
    }
    scenario.validate().map_err(LinkError::Invalid)?;
    Ok(scenario)
}

fn read_terms(r: &mut Reader<'_>, scenario: &mut Scenario) -> Result<(), LinkError> {
    const ORDER: &[u8] = b"tpdfrvjsn";
    let mut next = 0;
    let before = r.at;
    while let Some(letter) = r.peek() {
        let Some(rank) = ORDER.iter().position(|&l| l == letter) else {
            return r.fail(Expected::TermLetter);
        };
        if rank < next {
            return r.fail(Expected::TermOrder);
        }
        next = rank + 1;
        r.at += 1;
        let t: &mut Terms = &mut scenario.terms;
        match letter {
            b't' => scenario.peace_treaty = true,
            b'p' => scenario.timing = Timing::Phased { years: r.number()? },
            b'd' => t.demilitarization = true,
            b'f' => t.no_foreign_forces = true,
            b'r' => t.residents_choice = true,
            b'v' => t.visa_free = true,
            b'j' => t.joint_activity = true,
            b's' => t.fishing_rights = true,
            _ => t.continued_talks = true,
        }
    }
    if r.at == before {
        return r.fail(Expected::ATerm);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TWO: Scenario = Scenario {
        islands: [Status::Japanese, Status::Japanese, Status::Russian, Status::Russian],
        peace_treaty: true,
        ..Scenario::STATUS_QUO
    };

    /// Checks a link's scenario, or the words of its error as the English page gives them.
    fn check(link: &str, expected: Result<Scenario, &str>) {
        let got = decode(link).map_err(|e| crate::i18n::Locale::ENGLISH.link_error(&e));
        match expected {
            Ok(s) => assert_eq!(got, Ok(s), "link {link:?}"),
            Err(fragment) => {
                let message = got.expect_err(&format!("{link:?} should not decode"));
                assert!(message.contains(fragment), "link {link:?}: message {message:?} lacks {fragment:?}");
            }
        }
    }

    #[test]
    fn decodes_valid_links() {
        check("1-RRRR", Ok(Scenario::STATUS_QUO));
        check("1-JJRR-t", Ok(TWO));
        check("  1-JJRR-t\n", Ok(TWO));
        let mut all = Scenario::STATUS_QUO;
        all.islands = [
            Status::Joint,
            Status::RussianAdministration { years: 20 },
            Status::LeasedToRussia { years: 99 },
            Status::Split { japan_percent: 1 },
        ];
        all.peace_treaty = true;
        all.timing = Timing::Phased { years: 5 };
        all.terms = Terms {
            demilitarization: true,
            no_foreign_forces: true,
            residents_choice: true,
            visa_free: true,
            joint_activity: true,
            fishing_rights: true,
            continued_talks: true,
        };
        check("1-CA20L99S1-tp5dfrvjsn", Ok(all));
        assert_eq!(encode(&all), "1-CA20L99S1-tp5dfrvjsn");
    }

    #[test]
    fn rejects_damaged_links_with_a_reason() {
        check("", Err("no scenario"));
        check("2-JJRR", Err("newer version"));
        check("99999999999-JJRR", Err("known format version"));
        check("01-JJRR", Err("known format version"));
        check("v1-JJRR", Err("known format version"));
        check("1", Err("four island codes"));
        check("1-", Err("four island codes"));
        check("1-JJR", Err("character 6 the page expected an island code"));
        check("1-JJRX", Err("island code"));
        check("1-jjrr", Err("island code"));
        check("1-JJRRt", Err("“-” before the terms"));
        check("1-JJRR-", Err("at least one term"));
        check("1-JJRR-tt", Err("in the order"));
        check("1-JJRR-jt", Err("in the order"));
        check("1-JJRR-x", Err("term letter"));
        check("1-S5JRR", Err("only Etorofu"));
        check("1-JJJS", Err("number from 1 to 99"));
        check("1-JJJS0", Err("number from 1 to 99"));
        check("1-JJJS05", Err("number from 1 to 99"));
        check("1-JJJS100", Err("number from 1 to 99"));
        check("1-JJRR-p", Err("number from 1 to 99"));
        check("1-JJRR-tp0", Err("number from 1 to 99"));
        check(&"1-JJRR".repeat(20), Err("at most 64"));
        check("1-JJRR-t<script>", Err("term letter"));
        check("1-JJ\u{0}RR", Err("island code"));
        check("1-ÉJRR", Err("island code"));
    }

    #[test]
    fn presets_fit_in_forty_characters() {
        for preset in &crate::model::catalog::PRESETS {
            let link = encode(&preset.scenario);
            assert!(link.len() <= 40, "{}: {link}", preset.id);
            assert_eq!(decode(&link), Ok(preset.scenario), "{}", preset.id);
        }
    }
}
