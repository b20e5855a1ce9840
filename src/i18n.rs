//! The interface in English, Japanese and Russian, and the reader's choice of names: each
//! island and the area by Japan's names, Russia's, or both (the default in every language,
//! so that no reader is told which side the page takes). Texts come from `i18n/*.toml`.

use crate::model::catalog::{self, REGION};
use crate::model::condition::Reason;
use crate::model::date::Date;
use crate::model::format;
use crate::model::island::IslandId;
use crate::model::link::{self, Expected, LinkError};
use crate::model::scenario::{Scenario, ScenarioError};
use crate::model::view::Problem;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/i18n.rs"));
}
pub use generated::Text;

/// The wording of the core's values (statuses, parties, verdicts, terms…), for the page, the
/// embed's card and the static pages alike.
pub mod labels;

/// The project's name, the same in every language.
pub const BRAND: &str = "Four Islands";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Ja,
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ja, Lang::Ru];

    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
            Lang::Ru => "ru",
        }
    }

    /// The language's name in itself, for the language menu.
    pub const fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "日本語",
            Lang::Ru => "Русский",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The first of the browser's preferred languages that the page speaks, else English.
    pub fn from_preferences<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred.into_iter().find_map(Lang::from_code).unwrap_or(Lang::En)
    }
}

/// Which side's names the page uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Naming {
    Japanese,
    Russian,
    Both,
}

impl Naming {
    pub const ALL: [Naming; 3] = [Naming::Both, Naming::Japanese, Naming::Russian];

    pub const fn code(self) -> &'static str {
        match self {
            Naming::Japanese => "ja",
            Naming::Russian => "ru",
            Naming::Both => "both",
        }
    }

    pub fn from_code(code: &str) -> Option<Naming> {
        Naming::ALL.into_iter().find(|n| n.code() == code)
    }
}

pub fn t(lang: Lang, text: Text) -> &'static str {
    generated::TEXTS[lang as usize][text as usize]
}

/// Fills `{name}` placeholders.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_owned(), |text, (name, value)| text.replace(&format!("{{{name}}}"), value))
}

/// An island's name: in Japanese the kanji, in Russian the Cyrillic, in English the Latin
/// form; a side's name the reader's script lacks is given in Latin letters.
pub fn island_name(lang: Lang, naming: Naming, id: IslandId) -> String {
    let names = &catalog::island(id).names;
    let japanese = match lang {
        Lang::Ja => names.ja,
        _ => names.ja_latin,
    };
    let russian = match lang {
        Lang::Ru => names.ru,
        _ => names.ru_latin,
    };
    match naming {
        Naming::Japanese => japanese.to_owned(),
        Naming::Russian => russian.to_owned(),
        Naming::Both if japanese == russian => japanese.to_owned(),
        Naming::Both => format!("{japanese} / {russian}"),
    }
}

/// A data text in a language, with each `{island}` placeholder replaced by its name.
pub fn with_names(lang: Lang, naming: Naming, text: &str) -> String {
    IslandId::ALL
        .into_iter()
        .fold(text.to_owned(), |text, id| text.replace(&format!("{{{}}}", id.key()), &island_name(lang, naming, id)))
}

/// A data text in the reader's language, with the reader's names.
pub fn local(lang: Lang, naming: Naming, text: &catalog::Localized) -> String {
    with_names(lang, naming, text.0[lang as usize])
}

/// A quote's translation into the reader's language, with the words that mark it as one;
/// `None` when the reader reads the quote's own language.
pub fn quote_translation(lang: Lang, quote: &catalog::Quote) -> Option<(&'static str, &'static str)> {
    let translation = quote.translation.0[lang as usize];
    let from = match quote.language {
        "ja" => Text::TranslatedFromJa,
        "ru" => Text::TranslatedFromRu,
        _ => Text::TranslatedFromEn,
    };
    (!translation.is_empty() && quote.language != lang.code()).then(|| (t(lang, from), translation))
}

/// A text in the quotation marks of its own language: 「…」, «…» or “…”.
pub fn quoted(language: &str, text: &str) -> String {
    match language {
        "ja" => format!("「{text}」"),
        "ru" => format!("«{text}»"),
        _ => format!("“{text}”"),
    }
}

/// What a poll question shows a reader: the source's own wording where the reader reads its
/// language and the source gives it, otherwise the project's text in the reader's language,
/// with the note that says it is translated (`None` when it is not).
pub fn poll_wording(lang: Lang, naming: Naming, q: &catalog::Question) -> (String, Option<&'static str>) {
    if lang.code() == q.wording_language {
        let own = if q.wording_original.is_empty() { local(lang, naming, &q.wording) } else { q.wording_original.to_owned() };
        return (own, None);
    }
    let note = match q.wording_language {
        "ja" => Text::PollTranslatedFromJa,
        "ru" => Text::PollTranslatedFromRu,
        "zh" => Text::PollTranslatedFromZh,
        _ => Text::PollTranslatedFromEn,
    };
    (local(lang, naming, &q.wording), Some(t(lang, note)))
}

/// Joins island names with the language's "and": "A", "A and B", "A, B and C".
fn island_list(lang: Lang, naming: Naming, islands: &[IslandId]) -> String {
    let names: Vec<String> = islands.iter().map(|&i| island_name(lang, naming, i)).collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{}{}{last}", rest.join(t(lang, Text::ListComma)), t(lang, Text::ListAnd)),
    }
}

/// One reason for a verdict, in a language.
pub fn reason(lang: Lang, naming: Naming, r: &Reason) -> String {
    let with =
        |text: Text, islands: &[IslandId]| fill(t(lang, text), &[("islands", &island_list(lang, naming, islands))]);
    match r {
        Reason::AllFourConfirmed => t(lang, Text::ReasonAllFourConfirmed).into(),
        Reason::SovereigntyNotConfirmed(i) => with(Text::ReasonSovereigntyNotConfirmed, i),
        Reason::TwoPass => with_names(lang, naming, t(lang, Text::ReasonTwoPass)),
        Reason::WouldNotPass(i) => with(Text::ReasonWouldNotPass, i),
        Reason::OnlyTwoInvolved => with_names(lang, naming, t(lang, Text::ReasonOnlyTwoInvolved)),
        Reason::WouldLeaveRussia(i) => with(Text::ReasonWouldLeaveRussia, i),
        Reason::WithTreaty => t(lang, Text::ReasonWithTreaty).into(),
        Reason::WithoutTreaty => t(lang, Text::ReasonWithoutTreaty).into(),
        Reason::Demilitarised => t(lang, Text::ReasonDemilitarised).into(),
        Reason::NotDemilitarised => t(lang, Text::ReasonNotDemilitarised).into(),
        Reason::NoTerritoryLeaves => t(lang, Text::ReasonNoTerritoryLeaves).into(),
        Reason::TalksSuspended => t(lang, Text::ReasonTalksSuspended).into(),
        Reason::RestPasses(i) => with(Text::ReasonRestPasses, i),
        Reason::TalksContinueOn(i) => with(Text::ReasonTalksContinueOn, i),
        Reason::RestGivenUp { whole, part } => match (whole.is_empty(), part.is_empty()) {
            (false, true) => with(Text::ReasonRestGivenUp, whole),
            (true, _) => with(Text::ReasonPartGivenUp, part),
            (false, false) => fill(
                t(lang, Text::ReasonRestAndPartGivenUp),
                &[("islands", &island_list(lang, naming, whole)), ("part", &island_list(lang, naming, part))],
            ),
        },
        Reason::ForeignForcesRemain => t(lang, Text::ReasonForeignForcesRemain).into(),
        Reason::TreatyConcluded => t(lang, Text::ReasonTreatyConcluded).into(),
        Reason::NoTreatyConcluded => t(lang, Text::ReasonNoTreatyConcluded).into(),
        Reason::NotAddressed => t(lang, Text::ReasonNotAddressed).into(),
    }
}

/// A verdict's reasons as one sentence (without its full stop).
pub fn reasons(lang: Lang, naming: Naming, rs: &[Reason]) -> String {
    let text = rs.iter().map(|r| reason(lang, naming, r)).collect::<Vec<_>>().join(t(lang, Text::ListSemicolon));
    capitalized(&text)
}

/// Why a share link could not be read, in a language.
pub fn link_error(lang: Lang, naming: Naming, error: &LinkError) -> String {
    let text = |key| t(lang, key);
    match error {
        LinkError::Empty => text(Text::LinkEmpty).into(),
        LinkError::TooLong(n) => {
            fill(text(Text::LinkTooLong), &[("length", &n.to_string()), ("max", &link::MAX_LEN.to_string())])
        }
        LinkError::FutureVersion(v) => fill(
            text(Text::LinkFutureVersion),
            &[("version", &v.to_string()), ("current", &link::CURRENT_VERSION.to_string())],
        ),
        LinkError::UnknownVersion(found) => fill(text(Text::LinkUnknownVersion), &[("found", found)]),
        LinkError::Malformed { at, expected } => {
            let expected = text(match expected {
                Expected::IslandCodes => Text::LinkExpectedIslandCodes,
                Expected::IslandCode => Text::LinkExpectedIslandCode,
                Expected::Number => Text::LinkExpectedNumber,
                Expected::TermsOrEnd => Text::LinkExpectedTermsOrEnd,
                Expected::TermLetter => Text::LinkExpectedTermLetter,
                Expected::TermOrder => Text::LinkExpectedTermOrder,
                Expected::ATerm => Text::LinkExpectedATerm,
            });
            fill(text(Text::LinkDamaged), &[("position", &(at + 1).to_string()), ("expected", expected)])
        }
        LinkError::Invalid(why) => {
            let why = match *why {
                ScenarioError::SplitNotEtorofu(island) => fill(
                    text(Text::ScenarioSplitNotEtorofu),
                    &[
                        ("etorofu", &island_name(lang, naming, IslandId::Etorofu)),
                        ("island", &island_name(lang, naming, island)),
                    ],
                ),
                ScenarioError::PercentOutOfRange(p) => {
                    fill(text(Text::ScenarioPercentOutOfRange), &[("percent", &p.to_string())])
                }
                ScenarioError::YearsOutOfRange(y) => {
                    fill(text(Text::ScenarioYearsOutOfRange), &[("years", &y.to_string())])
                }
            };
            fill(text(Text::LinkImpossible), &[("why", &why)])
        }
    }
}

/// A scenario's name for the reader: its preset's title, or "Custom scenario".
pub fn scenario_title(lang: Lang, naming: Naming, scenario: &Scenario) -> String {
    catalog::PRESETS
        .iter()
        .find(|p| p.scenario == *scenario)
        .map_or_else(|| t(lang, Text::CustomTitle).to_owned(), |p| local(lang, naming, &p.texts.title))
}

/// What the page could not use in its address, and what it shows instead, in a language.
pub fn problem(lang: Lang, naming: Naming, problem: &Problem) -> String {
    match problem {
        Problem::Scenario { error, instead } => format!(
            "{}{}",
            with_sentence_break(lang, &link_error(lang, naming, error)),
            fill(t(lang, Text::LinkShowingInstead), &[("scenario", &scenario_title(lang, naming, instead))])
        ),
        Problem::Date => t(lang, Text::LinkBadDate).into(),
        Problem::Valuations => t(lang, Text::LinkBadAssumptions).into(),
    }
}

/// A finished sentence followed by what the language puts before the next one (a space, or
/// nothing after Japanese 。).
fn with_sentence_break(lang: Lang, sentence: &str) -> String {
    let gap = t(lang, Text::SentenceBreak).trim_start_matches(['.', '。']);
    format!("{sentence}{gap}")
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

/// What a counted noun counts, for [`counted`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noun {
    Year,
    Resident,
    Respondent,
}

/// `n` with its noun in the form the language's grammar needs: "1 year", "21 год", "22 года",
/// "25 лет", "20年".
pub fn counted(lang: Lang, n: u32, noun: Noun) -> String {
    let forms = match noun {
        Noun::Year => [Text::YearOne, Text::YearFew, Text::YearMany],
        Noun::Resident => [Text::ResidentOne, Text::ResidentFew, Text::ResidentMany],
        Noun::Respondent => [Text::RespondentOne, Text::RespondentFew, Text::RespondentMany],
    };
    fill(t(lang, plural(lang, n, forms)), &[("n", &number(lang, f64::from(n)))])
}

/// The word for "years" that follows a number a reader typed, in the form the number needs.
pub fn years_word(lang: Lang, n: u32) -> &'static str {
    t(lang, plural(lang, n, [Text::UnitYearOne, Text::UnitYearFew, Text::UnitYearMany]))
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

/// A percentage as polls publish it (whole or with one decimal), in the language's style.
pub fn percent_figure(lang: Lang, percent: f64) -> String {
    let n = number(lang, percent);
    if lang == Lang::Ja { format!("{n}%") } else { format!("{n} %") }
}

/// The name of the whole area, by the chosen side or both.
pub fn region_name(lang: Lang, naming: Naming) -> String {
    let pick = |names: &catalog::Names, english: &str| -> String {
        match lang {
            Lang::En => english.to_owned(),
            Lang::Ja => names.ja.to_owned(),
            Lang::Ru => names.ru.to_owned(),
        }
    };
    let japan = pick(&REGION.japan_name, REGION.japan_name_en);
    let russia = pick(&REGION.russia_name, REGION.russia_name_en);
    match naming {
        Naming::Japanese => japan,
        Naming::Russian => russia,
        Naming::Both => format!("{japan} / {russia}"),
    }
}

/// A number with one decimal at most, grouped in the language's way: 2,501.3 (en, ja),
/// 2 501,3 (ru, with narrow no-break spaces).
pub fn number(lang: Lang, x: f64) -> String {
    let english = format::thousands(x);
    match lang {
        Lang::Ru => english.replace(',', "\u{202f}").replace('.', ","),
        _ => english,
    }
}

/// A share (0–1) as a percentage: 6.9 % (en), 6.9% (ja), 6,9 % (ru).
pub fn percent(lang: Lang, share: f64) -> String {
    let english = format::percent(share);
    match lang {
        Lang::En => english,
        Lang::Ja => english.replace(' ', ""),
        Lang::Ru => english.replace('.', ","),
    }
}

/// A date at its precision: 2016-12-16 (en), 2016年12月16日 (ja), 16.12.2016 (ru).
pub fn date(lang: Lang, d: Date) -> String {
    match (lang, d.month, d.day) {
        (Lang::En, _, _) => d.to_string(),
        (Lang::Ja, 0, _) => format!("{}年", d.year),
        (Lang::Ja, m, 0) => format!("{}年{m}月", d.year),
        (Lang::Ja, m, day) => format!("{}年{m}月{day}日", d.year),
        (Lang::Ru, 0, _) => format!("{}", d.year),
        (Lang::Ru, m, 0) => format!("{m:02}.{}", d.year),
        (Lang::Ru, m, day) => format!("{day:02}.{m:02}.{}", d.year),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            .flat_map(|id| Naming::ALL.into_iter().flat_map(move |n| Lang::ALL.map(|l| island_name(l, n, id))));
        let texts = Lang::ALL.into_iter().flat_map(|l| generated::TEXTS[l as usize].iter().map(|t| (*t).to_owned()));
        for text in texts.chain(names) {
            assert_eq!(capitalized(&text), std_first(&text, true), "{text}");
            assert_eq!(lower_first(&text), std_first(&text, false), "{text}");
        }
    }

    #[test]
    fn every_text_exists_in_every_language() {
        for lang in Lang::ALL {
            for (i, text) in generated::TEXTS[lang as usize].iter().enumerate() {
                assert!(!text.trim().is_empty(), "{lang:?} text {i} is empty");
            }
        }
        assert_eq!(t(Lang::Ja, Text::Japan), "日本");
        assert_eq!(t(Lang::Ru, Text::Russia), "Россия");
    }

    #[test]
    fn names_follow_the_naming_choice_in_each_script() {
        assert_eq!(island_name(Lang::En, Naming::Both, IslandId::Etorofu), "Etorofu / Iturup");
        assert_eq!(island_name(Lang::Ja, Naming::Both, IslandId::Etorofu), "択捉島 / Iturup");
        assert_eq!(island_name(Lang::Ru, Naming::Both, IslandId::Etorofu), "Etorofu / Итуруп");
        assert_eq!(island_name(Lang::Ru, Naming::Russian, IslandId::Kunashiri), "Кунашир");
        assert_eq!(island_name(Lang::En, Naming::Japanese, IslandId::Kunashiri), "Kunashiri");
        assert_eq!(island_name(Lang::En, Naming::Both, IslandId::Shikotan), "Shikotan");
        assert_eq!(region_name(Lang::En, Naming::Both), "Northern Territories / Southern Kurils");
        assert_eq!(region_name(Lang::Ru, Naming::Russian), "Южные Курилы");
    }

    #[test]
    fn reasons_are_worded_in_each_language() {
        let r = [Reason::SovereigntyNotConfirmed(vec![IslandId::Kunashiri, IslandId::Etorofu])];
        assert_eq!(
            reasons(Lang::En, Naming::Both, &r),
            "Japanese sovereignty over Kunashiri / Kunashir and Etorofu / Iturup is not confirmed"
        );
        assert_eq!(reasons(Lang::Ja, Naming::Japanese, &r), "国後島と択捉島に対する日本の主権が確認されない");
        assert_eq!(
            reasons(Lang::Ru, Naming::Russian, &r),
            "Не подтверждён суверенитет Японии над островами: Кунашир и Итуруп"
        );
        let both = [Reason::TwoPass, Reason::WithTreaty];
        assert_eq!(
            reasons(Lang::En, Naming::Both, &both),
            "Habomai / Khabomai and Shikotan pass to Japan; the transfer comes with a peace treaty"
        );
        // The reader's choice of names reaches the reasons too.
        assert_eq!(reasons(Lang::En, Naming::Russian, &both[..1]), "Khabomai and Shikotan pass to Japan");
    }

    #[test]
    fn data_texts_follow_language_and_names() {
        let p = catalog::preset("1956").unwrap();
        assert_eq!(
            local(Lang::En, Naming::Both, &p.texts.description),
            p.description,
            "the compiled-in English agrees"
        );
        assert_eq!(local(Lang::Ja, Naming::Russian, &p.texts.title), "二島（1956年日ソ共同宣言）");
        assert!(local(Lang::Ja, Naming::Russian, &p.texts.description).contains("Kunashir"));
        let mut texts: Vec<(&str, &catalog::Localized, &str)> = Vec::new();
        for p in &catalog::PRESETS {
            texts.extend([(p.title, &p.texts.title, p.id), (p.description, &p.texts.description, p.id)]);
        }
        for p in &catalog::POSITIONS {
            texts.extend([(p.speaker, &p.texts.speaker, p.id), (p.paraphrase, &p.texts.paraphrase, p.id)]);
        }
        for d in &catalog::DOCUMENTS {
            texts.extend([(d.title, &d.texts.title, d.id), (d.summary, &d.texts.summary, d.id)]);
        }
        for o in &catalog::OPINIONS {
            texts.extend([(o.role, &o.texts.role, o.id), (o.paraphrase, &o.texts.paraphrase, o.id)]);
        }
        for (english, text, id) in texts {
            assert_eq!(local(Lang::En, Naming::Both, text), english, "{id}");
            for lang in Lang::ALL {
                for naming in Naming::ALL {
                    assert!(!local(lang, naming, text).contains('{'), "{id} {lang:?} {naming:?}");
                }
            }
        }
    }

    #[test]
    fn numbers_dates_and_languages() {
        assert_eq!(number(Lang::En, 2501.28), "2,501.3");
        assert_eq!(number(Lang::Ru, 2501.28), "2\u{202f}501,3");
        assert_eq!(percent(Lang::Ja, 0.0691), "6.9%");
        assert_eq!(percent(Lang::Ru, 0.0691), "6,9 %");
        assert_eq!(date(Lang::Ja, Date::ymd(2016, 12, 16)), "2016年12月16日");
        assert_eq!(date(Lang::Ru, Date::ymd(1956, 9, 0)), "09.1956");
        assert_eq!(Lang::from_preferences(["de-DE", "ru-RU", "en"]), Lang::Ru);
        assert_eq!(Lang::from_preferences(["fr"]), Lang::En);
        assert_eq!(fill("{a} of {b}", &[("a", "1"), ("b", "2")]), "1 of 2");
    }
}
