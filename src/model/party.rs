//! The two governments whose stated positions the explorer judges scenarios by.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Party {
    Japan,
    /// The Soviet Union until 1991, the Russian Federation after.
    Russia,
}

impl Party {
    pub const ALL: [Party; 2] = [Party::Japan, Party::Russia];

    /// The name data files and JSON output use.
    pub const fn key(self) -> &'static str {
        match self {
            Party::Japan => "japan",
            Party::Russia => "russia",
        }
    }
}
