//! Who a poll asked.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Population {
    Japan,
    /// Voters of Hokkaido, the prefecture nearest the islands.
    Hokkaido,
    /// Former Japanese residents of the islands and their families.
    FormerResidents,
    Russia,
    /// Residents of the islands themselves.
    Islands,
}

impl Population {
    pub const ALL: [Population; 5] =
        [Population::Japan, Population::Hokkaido, Population::FormerResidents, Population::Russia, Population::Islands];

    /// The name data files use.
    pub const fn key(self) -> &'static str {
        match self {
            Population::Japan => "japan",
            Population::Hokkaido => "hokkaido",
            Population::FormerResidents => "former-residents",
            Population::Russia => "russia",
            Population::Islands => "islands",
        }
    }
}
