//! The reader's assumptions for each side, and the form a link carries them in (`va=`).

use crate::model::catalog::{self, Party};
use crate::model::island::IslandId;
use crate::model::scenario::Status;
use crate::model::sea;

/// How a side weighs the four islands against each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weighting {
    /// By land area.
    Area,
    /// By current residents.
    Population,
    /// A quarter each.
    Equal,
    /// By the sea that goes with each island (territorial sea and economic zone, the sea
    /// model's areas); a divided Etorofu by the sea that goes with each part.
    Sea,
}

impl Weighting {
    pub const ALL: [Weighting; 4] = [Weighting::Area, Weighting::Population, Weighting::Equal, Weighting::Sea];

    pub const fn code(self) -> char {
        match self {
            Weighting::Area => 'a',
            Weighting::Population => 'p',
            Weighting::Equal => 'e',
            Weighting::Sea => 's',
        }
    }

    pub fn from_code(c: char) -> Option<Weighting> {
        Weighting::ALL.into_iter().find(|w| w.code() == c)
    }

    /// Each island's weight, summing to 1.
    pub fn weights(self) -> [f64; 4] {
        let measure = |id: IslandId| match self {
            Weighting::Area => catalog::island(id).area.value,
            Weighting::Population => catalog::island(id).residents_now.value,
            Weighting::Equal => 1.0,
            Weighting::Sea => sea::Areas::COMPILED.whole(id).total(),
        };
        let raw = IslandId::ALL.map(measure);
        let total: f64 = raw.iter().sum();
        raw.map(|x| if total > 0.0 { x / total } else { 0.25 })
    }

    /// The part of an island's weight that Japan holds under `status`: its share of the
    /// sovereignty, except that by sea a divided Etorofu counts the sea of Japan's part.
    pub fn japan_part(self, id: IslandId, status: Status) -> f64 {
        match (self, status) {
            (Weighting::Sea, Status::Split { japan_percent }) => {
                let whole = sea::Areas::COMPILED.whole(id).total();
                if whole > 0.0 { sea::etorofu_japan(japan_percent).total() / whole } else { status.japan_sovereignty() }
            }
            _ => status.japan_sovereignty(),
        }
    }
}

/// One side's assumptions. Term values are in percent of that side's value of all four
/// islands; positive means the side gains from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Valuation {
    pub weighting: Weighting,
    /// A signed peace treaty.
    pub treaty: i8,
    /// Each security term: demilitarized islands, no foreign forces.
    pub demilitarization: i8,
    /// Each economic term: joint economic activity, fishing rights.
    pub joint_activity: i8,
    /// Each residents' term: residents' choice, visa-free visits.
    pub residents: i8,
    /// Percent of value lost per year of delay before the side's part takes effect.
    pub discount: u8,
}

impl Valuation {
    /// The default for each side: islands by land area, nothing for a treaty or a term, and
    /// 3 % a year for delay.
    pub const ALIKE: Valuation = Valuation {
        weighting: Weighting::Area,
        treaty: 0,
        demilitarization: 0,
        joint_activity: 0,
        residents: 0,
        discount: 3,
    };
}

/// A numeric assumption of a side's, as the page's controls set it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assumption {
    Treaty,
    Security,
    Economy,
    Residents,
    Discount,
}

impl Assumption {
    pub const ALL: [Assumption; 5] =
        [Assumption::Treaty, Assumption::Security, Assumption::Economy, Assumption::Residents, Assumption::Discount];

    pub const fn key(self) -> &'static str {
        match self {
            Assumption::Treaty => "treaty",
            Assumption::Security => "security",
            Assumption::Economy => "economy",
            Assumption::Residents => "residents",
            Assumption::Discount => "discount",
        }
    }

    /// The lowest and highest value the link format carries.
    pub const fn bounds(self) -> (i32, i32) {
        match self {
            Assumption::Discount => (0, MAX_DISCOUNT as i32),
            _ => (-(MAX_TERM_VALUE as i32), MAX_TERM_VALUE as i32),
        }
    }

    pub fn get(self, v: &Valuation) -> i32 {
        match self {
            Assumption::Treaty => v.treaty.into(),
            Assumption::Security => v.demilitarization.into(),
            Assumption::Economy => v.joint_activity.into(),
            Assumption::Residents => v.residents.into(),
            Assumption::Discount => v.discount.into(),
        }
    }

    /// Sets the value, clamped to the bounds.
    pub fn set(self, v: &mut Valuation, value: i32) {
        let (low, high) = self.bounds();
        let value = value.clamp(low, high);
        let term = i8::try_from(value).unwrap_or_default();
        match self {
            Assumption::Treaty => v.treaty = term,
            Assumption::Security => v.demilitarization = term,
            Assumption::Economy => v.joint_activity = term,
            Assumption::Residents => v.residents = term,
            Assumption::Discount => v.discount = u8::try_from(value).unwrap_or_default(),
        }
    }
}

/// Limits a reader can set; the link codec refuses values outside them.
pub const MAX_TERM_VALUE: i8 = 100;
pub const MAX_DISCOUNT: u8 = 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Valuations {
    pub japan: Valuation,
    pub russia: Valuation,
}

impl Valuations {
    /// The explorer's default assumptions: the same for both sides, and no value for a treaty
    /// or a term, which the explorer cannot know. From them alone the analysis marks no
    /// bargaining solution (land is zero-sum); the sensitivity table shows what follows when a
    /// treaty is worth something (see `sensitivity`). The page says why, in one line each.
    pub const DEFAULT: Valuations = Valuations { japan: Valuation::ALIKE, russia: Valuation::ALIKE };

    /// One side's assumptions.
    pub fn side(&self, party: Party) -> &Valuation {
        match party {
            Party::Japan => &self.japan,
            Party::Russia => &self.russia,
        }
    }

    /// These valuations with one side's assumptions changed.
    pub fn with_side(mut self, party: Party, change: impl FnOnce(&mut Valuation)) -> Valuations {
        change(match party {
            Party::Japan => &mut self.japan,
            Party::Russia => &mut self.russia,
        });
        self
    }

    /// The form a link carries: each side as weighting letter then treaty, demilitarization,
    /// joint activity, residents and discount, Japan first: `a20.-5.5.5.3_a20.5.5.5.3`.
    pub fn encode(&self) -> String {
        let side = |v: &Valuation| {
            format!(
                "{}{}.{}.{}.{}.{}",
                v.weighting.code(),
                v.treaty,
                v.demilitarization,
                v.joint_activity,
                v.residents,
                v.discount
            )
        };
        format!("{}_{}", side(&self.japan), side(&self.russia))
    }

    /// Reads `encode`'s form and nothing else: a value out of range or written another way
    /// (`+5`, `05`, `-0`) is an error, so that `encode(decode(x)) == x` as for scenario links.
    pub fn decode(text: &str) -> Result<Valuations, String> {
        let side = |text: &str| -> Option<Valuation> {
            let mut chars = text.chars();
            let weighting = Weighting::from_code(chars.next()?)?;
            let numbers: Vec<&str> = chars.as_str().split('.').collect();
            let [treaty, demilitarization, joint_activity, residents, discount] = numbers.as_slice() else {
                return None;
            };
            let limit = i32::from(MAX_TERM_VALUE);
            let term = |t: &str| canonical_whole(t, -limit, limit).and_then(|v| i8::try_from(v).ok());
            Some(Valuation {
                weighting,
                treaty: term(treaty)?,
                demilitarization: term(demilitarization)?,
                joint_activity: term(joint_activity)?,
                residents: term(residents)?,
                discount: canonical_whole(discount, 0, i32::from(MAX_DISCOUNT)).and_then(|d| u8::try_from(d).ok())?,
            })
        };
        let (japan, russia) = text.split_once('_').ok_or("no `_` between the two sides")?;
        match (side(japan), side(russia)) {
            (Some(japan), Some(russia)) => Ok(Valuations { japan, russia }),
            _ => Err(format!(
                "each side needs a weighting (a, p or e) and five whole numbers: values from -{MAX_TERM_VALUE} to {MAX_TERM_VALUE}, a discount from 0 to {MAX_DISCOUNT}"
            )),
        }
    }
}

/// A whole number from `low` to `high` as `i32`'s `Display` writes it: an optional `-`, then
/// digits without a leading zero; `-0` is refused. Bounded by its length before parsing.
fn canonical_whole(text: &str, low: i32, high: i32) -> Option<i32> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let well_formed = !digits.is_empty()
        && digits.len() <= 4
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'))
        && text != "-0";
    let value: i32 = if well_formed { text.parse().ok()? } else { return None };
    (low..=high).contains(&value).then_some(value)
}
