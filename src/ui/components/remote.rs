//! A place the first screen's binary leaves for a part far below it, which the full page's
//! second binary renders (`crate::ui::panels`; `crate::ui::two_binaries` says why there are
//! two). Until then it is what `near::Near` shows before it builds: the part's height and its
//! headings. It asks for the second binary when a reader nears it, or when the address names a
//! place in the page (which may be inside it).

use super::near::pending;
use crate::i18n::Text;
use crate::ui::browser;
use crate::ui::explorer::use_locale;
use crate::ui::two_binaries;
use yew::prelude::*;

/// The parts far below the first screen, in the page's order, which the second binary renders.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Far {
    /// The sea: its overview map and tables.
    Sea,
    /// The stated positions.
    Positions,
    /// The polls, opinions and timeline.
    Below,
    /// The embed code.
    Embed,
    /// The negotiation analysis, after the results.
    Analysis,
}

impl Far {
    pub const ALL: [Far; 5] = [Far::Sea, Far::Positions, Far::Below, Far::Embed, Far::Analysis];

    /// The name of its place (`data-remote`).
    pub const fn key(self) -> &'static str {
        match self {
            Far::Sea => "sea",
            Far::Positions => "positions",
            Far::Below => "below",
            Far::Embed => "embed",
            Far::Analysis => "analysis",
        }
    }

    pub fn from_key(key: &str) -> Option<Far> {
        Far::ALL.into_iter().find(|far| far.key() == key)
    }

    /// The class that gives its place its height before it is built (`www/style.css`).
    pub const fn place(self) -> &'static str {
        match self {
            Far::Sea => "sea-pending",
            Far::Positions => "positions-pending",
            Far::Below => "below-pending",
            Far::Embed => "embed-pending",
            Far::Analysis => "analysis-pending",
        }
    }

    /// The headings it holds, read out before it is built.
    pub const fn headings(self) -> &'static [Text] {
        match self {
            Far::Sea => &[Text::SeaHeading],
            Far::Positions => &[Text::PositionsHeading],
            Far::Below => &[Text::PollsHeading, Text::OpinionsHeading, Text::TimelineHeading],
            Far::Embed => &[],
            Far::Analysis => &[Text::AnalysisHeading],
        }
    }

    /// Whether it needs the page's second file of texts.
    pub const fn texts(self) -> bool {
        matches!(self, Far::Positions | Far::Below)
    }
}

#[derive(Properties, PartialEq)]
pub struct RemoteProps {
    pub part: Far,
}

#[component]
pub fn Remote(props: &RemoteProps) -> Html {
    let loc = use_locale();
    let place = use_node_ref();
    {
        let place = place.clone();
        use_effect_with((), move |_| browser::when_near(&place, |_| two_binaries::start_panels()));
    }
    html! {
        <div class="remote" data-remote={props.part.key()}>{ pending(props.part.place(), props.part.headings(), &place, loc) }</div>
    }
}
