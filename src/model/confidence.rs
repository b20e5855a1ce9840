//! How far a fact's sources can be trusted, on the fact base's scale.

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Confidence {
    /// A government's own page, a pollster's own release, or two independent reputable
    /// sources: the rule, and what data files mean when they name none.
    #[default]
    High,
    /// One reputable secondary source, or a copy of one.
    Medium,
    /// A blog, an aggregator or a mirror of uncertain fidelity.
    Low,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::High, Confidence::Medium, Confidence::Low];

    /// The name data files use.
    pub const fn key(self) -> &'static str {
        match self {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
        }
    }
}
