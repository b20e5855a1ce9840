//! Calendar dates as the sources give them: to the day, the month or only the year.

use std::fmt;

/// A date with the precision its source gives. Ordering compares the earliest day the
/// date could mean, so "2016" sorts before "2016-05-06".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    /// 0 when only the year is known.
    pub month: u8,
    /// 0 when only the year and month are known.
    pub day: u8,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Date {
    pub const fn ymd(year: u16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the day exists.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let err = || DateError(format!("`{text}` is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"));
        let mut parts = text.split('-');
        let year = parse_digits(parts.next().ok_or_else(err)?, 4).ok_or_else(err)?;
        let month = parts.next().map(|p| parse_digits(p, 2).ok_or_else(err)).transpose()?;
        let day = parts.next().map(|p| parse_digits(p, 2).ok_or_else(err)).transpose()?;
        if parts.next().is_some() || month == Some(0) || day == Some(0) {
            return Err(err());
        }
        let date = Date { year: year as u16, month: month.unwrap_or(0) as u8, day: day.unwrap_or(0) as u8 };
        if date.month > 12 || date.day > days_in_month(date.year, date.month.max(1)) {
            return Err(DateError(format!("`{text}` names a day that does not exist")));
        }
        Ok(date)
    }

    /// The first day this date could mean: a date box shows a year or a month as its first day.
    pub fn first_day(self) -> Date {
        Date::ymd(self.year, self.month.max(1), self.day.max(1))
    }

    /// Whether the date names a day, not only a month or a year.
    pub fn is_day(self) -> bool {
        self.month != 0 && self.day != 0
    }

    /// The last day this date could mean: used to ask "was this in force by then?".
    pub fn end(self) -> Date {
        match (self.month, self.day) {
            (0, _) => Date::ymd(self.year, 12, 31),
            (m, 0) => Date::ymd(self.year, m, days_in_month(self.year, m)),
            _ => self,
        }
    }
}

fn parse_digits(text: &str, len: usize) -> Option<u32> {
    if text.len() != len || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (0, _) => write!(f, "{:04}", self.year),
            (m, 0) => write!(f, "{:04}-{:02}", self.year, m),
            (m, d) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Result<&str, ()>) {
        let got = Date::parse(input).map(|d| d.to_string()).map_err(|_| ());
        assert_eq!(got, expected.map(str::to_owned), "input {input:?}");
    }

    #[test]
    fn parses_each_precision_and_rejects_impossible_days() {
        check("1956-10-19", Ok("1956-10-19"));
        check("1956-09", Ok("1956-09"));
        check("2016", Ok("2016"));
        check("2019-02-29", Err(()));
        check("2020-02-29", Ok("2020-02-29"));
        check("2016-13", Err(()));
        check("2016-00", Err(()));
        check("2016-01-00", Err(()));
        check("16-01-01", Err(()));
        check("2016-1-1", Err(()));
        check("", Err(()));
        check("2016-01-01-01", Err(()));
        check("２０１６", Err(()));
    }

    #[test]
    fn coarse_dates_sort_first_and_end_at_their_last_day() {
        assert!(Date::parse("2016").unwrap() < Date::parse("2016-01-01").unwrap());
        assert_eq!(Date::parse("2016-02").unwrap().end().to_string(), "2016-02-29");
        assert_eq!(Date::parse("2016").unwrap().end().to_string(), "2016-12-31");
    }

    #[test]
    fn a_coarse_date_begins_on_its_first_day() {
        assert_eq!(Date::parse("2016").unwrap().first_day(), Date::ymd(2016, 1, 1));
        assert_eq!(Date::parse("1956-10").unwrap().first_day(), Date::ymd(1956, 10, 1));
        assert_eq!(Date::ymd(1956, 10, 19).first_day(), Date::ymd(1956, 10, 19));
        assert!(Date::ymd(1956, 10, 19).is_day() && !Date::ymd(1956, 10, 0).is_day());
    }
}
