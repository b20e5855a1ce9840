//! Numbers, counts and dates in each language's way, and the case of a text's first letter.

use super::{Lang, Locale, Text, fill};
use crate::model::date::Date;
use crate::model::format;

/// What a counted noun counts, for [`Locale::counted`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noun {
    Year,
    Resident,
    Respondent,
}

impl Locale {
    /// A number with one decimal at most, grouped in the language's way: 2,501.3 (en, ja),
    /// 2 501,3 (ru, with narrow no-break spaces).
    pub fn number(self, x: f64) -> String {
        let english = format::thousands(x);
        match self.lang {
            Lang::Ru => english.replace(',', "\u{202f}").replace('.', ","),
            _ => english,
        }
    }

    /// A share (0–1) as a percentage: 6.9 % (en), 6.9% (ja), 6,9 % (ru).
    pub fn percent(self, share: f64) -> String {
        let english = format::percent(share);
        match self.lang {
            Lang::En => english,
            Lang::Ja => english.replace(' ', ""),
            Lang::Ru => english.replace('.', ","),
        }
    }

    /// A percentage as polls publish it (whole or with one decimal), in the language's style.
    pub fn percent_figure(self, percent: f64) -> String {
        let n = self.number(percent);
        if self.lang == Lang::Ja { format!("{n}%") } else { format!("{n} %") }
    }

    /// A date at its precision: 2016-12-16 (en), 2016年12月16日 (ja), 16.12.2016 (ru).
    pub fn date(self, d: Date) -> String {
        match (self.lang, d.month, d.day) {
            (Lang::En, _, _) => d.to_string(),
            (Lang::Ja, 0, _) => format!("{}年", d.year),
            (Lang::Ja, m, 0) => format!("{}年{m}月", d.year),
            (Lang::Ja, m, day) => format!("{}年{m}月{day}日", d.year),
            (Lang::Ru, 0, _) => format!("{}", d.year),
            (Lang::Ru, m, 0) => format!("{m:02}.{}", d.year),
            (Lang::Ru, m, day) => format!("{day:02}.{m:02}.{}", d.year),
        }
    }

    /// `n` with its noun in the form the language's grammar needs: "1 year", "21 год",
    /// "22 года", "25 лет", "20年".
    pub fn counted(self, n: u32, noun: Noun) -> String {
        let forms = match noun {
            Noun::Year => [Text::YearOne, Text::YearFew, Text::YearMany],
            Noun::Resident => [Text::ResidentOne, Text::ResidentFew, Text::ResidentMany],
            Noun::Respondent => [Text::RespondentOne, Text::RespondentFew, Text::RespondentMany],
        };
        fill(self.t(plural(self.lang, n, forms)), &[("n", &self.number(f64::from(n)))])
    }

    /// The word for "years" that follows a number a reader typed, in the form the number needs.
    pub fn years_word(self, n: u32) -> &'static str {
        self.t(plural(self.lang, n, [Text::UnitYearOne, Text::UnitYearFew, Text::UnitYearMany]))
    }
}

/// The one of three forms (one, few, many) that `n` takes in the language.
fn plural<T: Copy>(lang: Lang, n: u32, [one, few, many]: [T; 3]) -> T {
    match lang {
        // Russian: 1, 21, 101 …; 2–4, 22–24 …; the rest, with 11–14 always the last.
        Lang::Ru if n % 10 == 1 && n % 100 != 11 => one,
        Lang::Ru if (2..=4).contains(&(n % 10)) && !(12..=14).contains(&(n % 100)) => few,
        Lang::Ru => many,
        _ if n == 1 => one,
        _ => many,
    }
}

/// `text` with its first letter in upper case.
pub fn capitalized(text: &str) -> String {
    first_in_case(text, true)
}

/// `text` with its first letter in lower case, as it reads inside a sentence.
pub fn lower_first(text: &str) -> String {
    first_in_case(text, false)
}

fn first_in_case(text: &str, upper: bool) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| std::iter::once(change_case(c, upper)).chain(chars).collect()).unwrap_or_default()
}

/// Case for the letters our texts begin with (Latin and Cyrillic; Japanese has none). Core's
/// Unicode case tables would add about 14 kB to the wasm; a test checks that this agrees with
/// them on every text in every language.
fn change_case(c: char, upper: bool) -> char {
    let shifted = |from: u32, by: i32| char::from_u32(from.wrapping_add_signed(by)).unwrap_or(c);
    match (c, upper) {
        ('a'..='z', true) | ('A'..='Z', false) => shifted(c as u32, if upper { -32 } else { 32 }),
        ('а'..='я', true) => shifted(c as u32, -32),
        ('А'..='Я', false) => shifted(c as u32, 32),
        ('ѐ'..='џ', true) => shifted(c as u32, -80),
        ('Ѐ'..='Џ', false) => shifted(c as u32, 80),
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Naming, every_text};
    use crate::model::island::IslandId;

    #[test]
    fn case_changes_agree_with_unicode_on_every_text() {
        let std_first = |text: &str, upper: bool| -> String {
            let mut chars = text.chars();
            match chars.next() {
                Some(c) if upper => c.to_uppercase().chain(chars).collect(),
                Some(c) => c.to_lowercase().chain(chars).collect(),
                None => String::new(),
            }
        };
        let names = IslandId::ALL
            .into_iter()
            .flat_map(|id| Naming::ALL.into_iter().flat_map(move |n| Lang::ALL.map(|l| Locale::new(l, n).island(id))));
        for text in every_text().map(str::to_owned).chain(names) {
            assert_eq!(capitalized(&text), std_first(&text, true), "{text}");
            assert_eq!(lower_first(&text), std_first(&text, false), "{text}");
        }
    }

    #[test]
    fn numbers_dates_and_languages() {
        let [en, ja, ru] = Lang::ALL.map(|l| Locale::new(l, Naming::Both));
        assert_eq!(en.number(2501.28), "2,501.3");
        assert_eq!(ru.number(2501.28), "2\u{202f}501,3");
        assert_eq!(ja.percent(0.0691), "6.9%");
        assert_eq!(ru.percent(0.0691), "6,9 %");
        assert_eq!(ja.date(Date::ymd(2016, 12, 16)), "2016年12月16日");
        assert_eq!(ru.date(Date::ymd(1956, 9, 0)), "09.1956");
        assert_eq!(Lang::from_preferences(["de-DE", "ru-RU", "en"]), Lang::Ru);
        assert_eq!(Lang::from_preferences(["fr"]), Lang::En);
    }
}
