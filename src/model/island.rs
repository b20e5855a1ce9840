//! The four islands, in the fixed order used by scenarios, links and tables.

/// One of the four disputed islands (or island groups), south-west to north-east.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IslandId {
    Habomai,
    Shikotan,
    Kunashiri,
    Etorofu,
}

impl IslandId {
    pub const ALL: [IslandId; 4] = [IslandId::Habomai, IslandId::Shikotan, IslandId::Kunashiri, IslandId::Etorofu];

    pub const fn index(self) -> usize {
        self as usize
    }

    /// The key used in data files and JSON output.
    pub const fn key(self) -> &'static str {
        match self {
            IslandId::Habomai => "habomai",
            IslandId::Shikotan => "shikotan",
            IslandId::Kunashiri => "kunashiri",
            IslandId::Etorofu => "etorofu",
        }
    }
}
