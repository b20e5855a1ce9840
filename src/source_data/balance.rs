//! How evenly data/ hears the two sides: positions, quotes in each side's own language, each
//! government's own sources, opinions and polls, counted per side for `fourislands check-data`.

use super::schema::Country;
use crate::model::party::Party;
use crate::model::population::Population;
use super::{Data, government_of, validate::OWN_WORDS_FROM};

/// One side's counts.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Side {
    pub positions: usize,
    pub positions_after_2000: usize,
    /// Positions after 2000 that cite a source of their own government's.
    pub own_words_after_2000: usize,
    pub quotes: usize,
    /// Quotes stored in the side's own language (Japanese, Russian).
    pub quotes_own_language: usize,
    /// Sources on the government's own domains.
    pub government_sources: usize,
    /// Opinions by authors working from the country.
    pub opinions: usize,
    /// Polls of the country's public (for Japan including Hokkaido and the former residents;
    /// for Russia including the islands' residents).
    pub polls: usize,
}

pub struct Balance {
    pub japan: Side,
    pub russia: Side,
    /// Opinions by authors from third countries.
    pub opinions_other: usize,
}

pub fn balance(data: &Data) -> Balance {
    let side = |party: Party| {
        let language = match party {
            Party::Japan => "ja",
            Party::Russia => "ru",
        };
        let own = |ids: &[String]| {
            ids.iter().any(|id| {
                data.sources.source.iter().any(|s| &s.id == id && government_of(&s.url) == Some(party))
            })
        };
        let positions: Vec<_> = data.positions.position.iter().filter(|p| p.party == party).collect();
        let after: Vec<_> = positions
            .iter()
            .filter(|p| p.date.get(..4).and_then(|y| y.parse::<u16>().ok()).is_some_and(|y| y > OWN_WORDS_FROM))
            .collect();
        let quotes: Vec<_> = positions.iter().filter_map(|p| p.quote.as_ref()).collect();
        let country = match party {
            Party::Japan => Country::Japan,
            Party::Russia => Country::Russia,
        };
        Side {
            positions: positions.len(),
            positions_after_2000: after.len(),
            own_words_after_2000: after.iter().filter(|p| own(&p.sources)).count(),
            quotes: quotes.len(),
            quotes_own_language: quotes.iter().filter(|q| q.language == language).count(),
            government_sources: data.sources.source.iter().filter(|s| government_of(&s.url) == Some(party)).count(),
            opinions: data.opinions.opinion.iter().filter(|o| o.country == country).count(),
            polls: data
                .polls
                .poll
                .iter()
                .filter(|p| match party {
                    Party::Japan => {
                        matches!(p.population, Population::Japan | Population::Hokkaido | Population::FormerResidents)
                    }
                    Party::Russia => matches!(p.population, Population::Russia | Population::Islands),
                })
                .count(),
        }
    };
    Balance {
        japan: side(Party::Japan),
        russia: side(Party::Russia),
        opinions_other: data.opinions.opinion.iter().filter(|o| o.country == Country::Other).count(),
    }
}

impl Balance {
    /// The report as `check-data` prints it: one row per count, Japan's and Russia's side by side.
    pub fn table(&self) -> String {
        let (j, r) = (&self.japan, &self.russia);
        let rows = [
            ("stated positions", j.positions, r.positions),
            ("  of them after 2000", j.positions_after_2000, r.positions_after_2000),
            ("  after 2000, citing the government's own words", j.own_words_after_2000, r.own_words_after_2000),
            ("quotes in positions", j.quotes, r.quotes),
            ("  in the side's own language", j.quotes_own_language, r.quotes_own_language),
            ("sources on the government's own sites", j.government_sources, r.government_sources),
            ("opinions by authors from the country", j.opinions, r.opinions),
            ("polls of the country's public", j.polls, r.polls),
        ];
        let mut out = format!("  {:<50} {:>6} {:>6}\n", "balance of the two sides", "Japan", "Russia");
        for (what, japan, russia) in rows {
            out.push_str(&format!("  {what:<50} {japan:>6} {russia:>6}\n"));
        }
        out.push_str(&format!("  opinions by authors from third countries: {}\n", self.opinions_other));
        out
    }
}
