//! Names in the reader's script and by the reader's choice of side, and the data's own texts
//! (written with `{island}` placeholders) worded with them.

use super::{Lang, Locale, Naming, Text};
use crate::model::catalog::{self, Localized, Quote, REGION};
use crate::model::island::IslandId;

impl Locale {
    /// An island's name: in Japanese the kanji, in Russian the Cyrillic, in English the Latin
    /// form; a side's name the reader's script lacks is given in Latin letters.
    pub fn island(self, id: IslandId) -> String {
        let names = &catalog::island(id).names;
        let japanese = match self.lang {
            Lang::Ja => names.ja,
            _ => names.ja_latin,
        };
        let russian = match self.lang {
            Lang::Ru => names.ru,
            _ => names.ru_latin,
        };
        match self.naming {
            Naming::Japanese => japanese.to_owned(),
            Naming::Russian => russian.to_owned(),
            Naming::Both if japanese == russian => japanese.to_owned(),
            Naming::Both => format!("{japanese} / {russian}"),
        }
    }

    /// The name of the whole area, by the chosen side or both.
    pub fn region(self) -> String {
        let pick = |names: &catalog::Names, english: &str| -> String {
            match self.lang {
                Lang::En => english.to_owned(),
                Lang::Ja => names.ja.to_owned(),
                Lang::Ru => names.ru.to_owned(),
            }
        };
        let japan = pick(&REGION.japan_name, REGION.japan_name_en);
        let russia = pick(&REGION.russia_name, REGION.russia_name_en);
        match self.naming {
            Naming::Japanese => japan,
            Naming::Russian => russia,
            Naming::Both => format!("{japan} / {russia}"),
        }
    }

    /// A text with each `{island}` placeholder replaced by its name.
    pub fn with_names(self, text: &str) -> String {
        // Most texts name no island, and every render words many: those are copied as they are,
        // and a name is only built for a placeholder the text has.
        if !text.contains('{') {
            return text.to_owned();
        }
        IslandId::ALL.into_iter().fold(text.to_owned(), |text, id| {
            let placeholder = format!("{{{}}}", id.key());
            if text.contains(&placeholder) { text.replace(&placeholder, &self.island(id)) } else { text }
        })
    }

    /// A data text in the reader's language, with the reader's names.
    pub fn text(self, text: &Localized) -> String {
        self.with_names(self.local(text))
    }

    /// Island names joined with the language's "and": "A", "A and B", "A, B and C".
    pub fn islands(self, islands: &[IslandId]) -> String {
        let names: Vec<String> = islands.iter().map(|&i| self.island(i)).collect();
        match names.split_last() {
            None => String::new(),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{}{}{last}", rest.join(self.t(Text::ListComma)), self.t(Text::ListAnd)),
        }
    }

    /// A quote's translation into the reader's language, with the words that mark it as one;
    /// `None` when the reader reads the quote's own language.
    pub fn quote_translation(self, quote: &Quote) -> Option<(&'static str, &'static str)> {
        let translation = self.local(&quote.translation);
        let from = match quote.language {
            "ja" => Text::TranslatedFromJa,
            "ru" => Text::TranslatedFromRu,
            _ => Text::TranslatedFromEn,
        };
        (!translation.is_empty() && quote.language != self.lang.code()).then(|| (self.t(from), translation))
    }

    /// What a poll question shows a reader: the source's own wording where the reader reads
    /// its language and the source gives it, otherwise the project's text in the reader's
    /// language, with the note that says it is translated (`None` when it is not).
    pub fn poll_wording(self, q: &catalog::Question) -> (String, Option<&'static str>) {
        if self.lang.code() == q.wording_language {
            let own = if q.wording_original.is_empty() { self.text(&q.wording) } else { q.wording_original.to_owned() };
            return (own, None);
        }
        let note = match q.wording_language {
            "ja" => Text::PollTranslatedFromJa,
            "ru" => Text::PollTranslatedFromRu,
            "zh" => Text::PollTranslatedFromZh,
            _ => Text::PollTranslatedFromEn,
        };
        (self.text(&q.wording), Some(self.t(note)))
    }
}

/// A text in the quotation marks of its own language: 「…」, «…» or “…”.
pub fn quoted(language: &str, text: &str) -> String {
    match language {
        "ja" => format!("「{text}」"),
        "ru" => format!("«{text}»"),
        _ => format!("“{text}”"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_naming_choice_in_each_script() {
        let at = |lang, naming| Locale::new(lang, naming);
        assert_eq!(at(Lang::En, Naming::Both).island(IslandId::Etorofu), "Etorofu / Iturup");
        assert_eq!(at(Lang::Ja, Naming::Both).island(IslandId::Etorofu), "択捉島 / Iturup");
        assert_eq!(at(Lang::Ru, Naming::Both).island(IslandId::Etorofu), "Etorofu / Итуруп");
        assert_eq!(at(Lang::Ru, Naming::Russian).island(IslandId::Kunashiri), "Кунашир");
        assert_eq!(at(Lang::En, Naming::Japanese).island(IslandId::Kunashiri), "Kunashiri");
        assert_eq!(at(Lang::En, Naming::Both).island(IslandId::Shikotan), "Shikotan");
        assert_eq!(at(Lang::En, Naming::Both).region(), "Northern Territories / Southern Kurils");
        assert_eq!(at(Lang::Ru, Naming::Russian).region(), "Южные Курилы");
    }

    #[test]
    fn data_texts_follow_language_and_names() {
        let p = catalog::preset("1956").unwrap();
        assert_eq!(Locale::new(Lang::Ja, Naming::Russian).text(&p.texts.title), "二島（1956年日ソ共同宣言）");
        assert!(Locale::new(Lang::Ja, Naming::Russian).text(&p.texts.description).contains("Kunashir"));
        assert!(Locale::ENGLISH.text(&p.texts.description).contains("Kunashiri / Kunashir"));
        let mut texts: Vec<(&catalog::Localized, &str)> = Vec::new();
        for p in &catalog::PRESETS {
            texts.extend([(&p.texts.title, p.id), (&p.texts.description, p.id)]);
        }
        for p in &catalog::POSITIONS {
            texts.extend([(&p.texts.speaker, p.id), (&p.texts.paraphrase, p.id)]);
        }
        for d in &catalog::DOCUMENTS {
            texts.extend([(&d.texts.title, d.id), (&d.texts.summary, d.id)]);
        }
        for o in &catalog::OPINIONS {
            texts.extend([(&o.texts.author, o.id), (&o.texts.role, o.id), (&o.texts.paraphrase, o.id)]);
        }
        for (text, id) in texts {
            for lang in Lang::ALL {
                for naming in Naming::ALL {
                    let worded = Locale::new(lang, naming).text(text);
                    assert!(!worded.trim().is_empty() && !worded.contains('{'), "{id} {lang:?} {naming:?}");
                }
            }
        }
    }
}
