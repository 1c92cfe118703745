//! Calendar dates as the data writes them (`YYYY-MM-DD`), with no time zone and no clock.

use std::fmt;
use std::str::FromStr;

/// A valid day of the Gregorian calendar. Ordering is chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a text is not a `YYYY-MM-DD` date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError {
    pub text: String,
}

impl Date {
    /// The date, if it exists in the calendar.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        (1..=12).contains(&month).then_some(())?;
        (1..=days_in_month(year, month)).contains(&day).then_some(())?;
        Some(Date { year, month, day })
    }

    /// 1 January of `year`.
    pub fn first_of_january(year: i32) -> Date {
        Date { year, month: 1, day: 1 }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }
}

/// Seconds in a day of the civil calendar (UTC, no leap seconds, as Unix time counts them).
const SECONDS_PER_DAY: u64 = 86_400;

impl Date {
    /// The day (UTC) of a Unix time, in whole seconds since 1970-01-01T00:00:00Z.
    pub fn of_unix_seconds(seconds: u64) -> Date {
        Date::of_days_since_epoch(i64::try_from(seconds / SECONDS_PER_DAY).unwrap_or(i64::MAX))
    }

    /// The day `days` days after 1970-01-01 (before it, if negative), by Howard Hinnant's
    /// days-to-civil algorithm; days beyond the years an `i32` holds give the last (or first)
    /// day it holds.
    pub fn of_days_since_epoch(days: i64) -> Date {
        // Past the years of an `i32` either way, and far from overflowing what follows.
        const LIMIT: i64 = i32::MAX as i64 * 366;
        let z = days.clamp(-LIMIT, LIMIT) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097; // 0..=146_096
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // 0..=399
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // 0..=365
        let mp = (5 * doy + 2) / 153; // 0..=11, March first
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8; // 1..=31
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8; // 1..=12
        let year = yoe + era * 400 + i64::from(month <= 2);
        match i32::try_from(year) {
            Ok(year) => Date { year, month, day },
            Err(_) if year < 0 => Date { year: i32::MIN, month: 1, day: 1 },
            Err(_) => Date { year: i32::MAX, month: 12, day: 31 },
        }
    }
}

impl Date {
    /// Days since 1970-01-01 (negative before), the inverse of [`Date::of_days_since_epoch`].
    pub fn days_since_epoch(self) -> i64 {
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let yoe = year - era * 400;
        let mp = if month > 2 { month - 3 } else { month + 9 };
        let doy = (153 * mp + 2) / 5 + day - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day in France (Europe/Paris: UTC+1, UTC+2 from the last Sunday of March to the last
    /// Sunday of October, at 01:00 UTC) at a Unix time: the day the dashboard shows as today.
    pub fn in_paris_of_unix_seconds(seconds: u64) -> Date {
        let hour = 3600;
        let utc = Date::of_unix_seconds(seconds);
        // The last Sunday of a month of this year, at 01:00 UTC, in Unix seconds.
        let change = |month: u8| {
            let last = Date { year: utc.year, month, day: 31 }.days_since_epoch();
            // 1970-01-01 was a Thursday: (days + 4) % 7 is 0 on Sundays.
            let sunday = last - (last + 4).rem_euclid(7);
            sunday * SECONDS_PER_DAY as i64 + hour
        };
        let now = i64::try_from(seconds).unwrap_or(i64::MAX);
        let summer = (change(3)..change(10)).contains(&now);
        Date::of_unix_seconds(seconds.saturating_add(if summer { 2 * hour as u64 } else { hour as u64 }))
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl FromStr for Date {
    type Err = DateError;

    /// Reads `YYYY-MM-DD`; surrounding spaces are tolerated, anything else is an error.
    fn from_str(text: &str) -> Result<Date, DateError> {
        let error = || DateError { text: text.to_owned() };
        let mut parts = text.trim().split('-');
        let (Some(y), Some(m), Some(d), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return Err(error());
        };
        let all_digits = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
        if !(all_digits(y, 4) && all_digits(m, 2) && all_digits(d, 2)) {
            return Err(error());
        }
        // The three parts are all ASCII digits of bounded length: parsing cannot fail.
        let parse = |s: &str| s.parse::<i32>().map_err(|_| error());
        let month = u8::try_from(parse(m)?).map_err(|_| error())?;
        let day = u8::try_from(parse(d)?).map_err(|_| error())?;
        Date::new(parse(y)?, month, day).ok_or_else(error)
    }
}

impl fmt::Display for Date {
    /// ISO form, `2024-01-01`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A day and a time of day to the minute, in the visitor's time zone (when this browser saved a
/// copy of the data). Ordering is chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime {
    date: Date,
    hour: u8,
    minute: u8,
}

impl DateTime {
    /// The moment, if the time exists (0:00 to 23:59).
    pub fn new(date: Date, hour: u8, minute: u8) -> Option<DateTime> {
        (hour < 24 && minute < 60).then_some(DateTime { date, hour, minute })
    }

    pub fn date(self) -> Date {
        self.date
    }

    /// Hours and minutes.
    pub fn time(self) -> (u8, u8) {
        (self.hour, self.minute)
    }
}

/// A month of a year, as `fast.json` writes it (`2023-09`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: i32,
    pub month: u8,
}

impl FromStr for YearMonth {
    type Err = DateError;

    fn from_str(text: &str) -> Result<YearMonth, DateError> {
        let date: Date = format!("{}-01", text.trim()).parse().map_err(|_| DateError { text: text.to_owned() })?;
        Ok(YearMonth { year: date.year, month: date.month })
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_since_the_epoch_are_civil_dates() {
        let date = |days| Date::of_days_since_epoch(days).to_string();
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(-1), "1969-12-31");
        assert_eq!(date(58), "1970-02-28");
        assert_eq!(date(59), "1970-03-01");
        assert_eq!(date(11_016), "2000-02-29", "2000 is a leap year");
        assert_eq!(date(11_017), "2000-03-01");
        assert_eq!(date(47_540), "2100-02-28");
        assert_eq!(date(47_541), "2100-03-01", "2100 is not");
        assert_eq!(date(-719_468), "0000-03-01");
        assert_eq!(Date::of_days_since_epoch(i64::MAX).year(), i32::MAX);
        assert_eq!(Date::of_days_since_epoch(i64::MIN).year(), i32::MIN);
    }

    #[test]
    fn every_day_follows_the_one_before() {
        let mut previous = Date::of_days_since_epoch(-800);
        for days in -799..80_000 {
            let date = Date::of_days_since_epoch(days);
            let next_of_previous = Date::new(previous.year(), previous.month(), previous.day() + 1)
                .or_else(|| Date::new(previous.year(), previous.month() + 1, 1))
                .unwrap_or_else(|| Date::first_of_january(previous.year() + 1));
            assert_eq!(date, next_of_previous, "{days} days after 1970-01-01");
            previous = date;
        }
    }

    #[test]
    fn a_unix_time_is_the_day_it_falls_on_in_utc() {
        assert_eq!(Date::of_unix_seconds(0).to_string(), "1970-01-01");
        assert_eq!(Date::of_unix_seconds(86_399).to_string(), "1970-01-01");
        assert_eq!(Date::of_unix_seconds(86_400).to_string(), "1970-01-02");
        // 2026-12-03T15:06:31Z.
        assert_eq!(Date::of_unix_seconds(1_796_310_391).to_string(), "2026-12-03");
        assert_eq!(Date::of_unix_seconds(u64::MAX).year(), i32::MAX);
    }

    #[test]
    fn parses_iso_dates_and_orders_them_chronologically() {
        let a: Date = "2023-12-31".parse().unwrap();
        let b: Date = "2024-01-01".parse().unwrap();
        assert!(a < b);
        assert_eq!(b, Date::first_of_january(2024));
        assert_eq!(b.to_string(), "2024-01-01");
    }

    #[test]
    fn tolerates_surrounding_spaces() {
        assert_eq!(" 2024-02-29 ".parse::<Date>().unwrap(), Date::new(2024, 2, 29).unwrap());
    }

    #[test]
    fn rejects_impossible_or_malformed_dates() {
        for bad in [
            "",
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "24-01-01",
            "2024/01/01",
            "2024-1-1",
            "2024-01-01T00:00",
            "२०२४-01-01",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad} should be rejected");
        }
    }

    #[test]
    fn a_time_of_day_is_within_the_day() {
        let day = Date::first_of_january(2026);
        assert_eq!(DateTime::new(day, 23, 59).map(DateTime::time), Some((23, 59)));
        assert_eq!(DateTime::new(day, 24, 0), None);
        assert_eq!(DateTime::new(day, 12, 60), None);
    }

    #[test]
    fn parses_year_months() {
        assert_eq!("2023-09".parse::<YearMonth>().unwrap(), YearMonth { year: 2023, month: 9 });
        assert!("2023-13".parse::<YearMonth>().is_err());
        assert!("2023".parse::<YearMonth>().is_err());
    }

    #[test]
    fn days_since_epoch_is_the_inverse_of_of_days_since_epoch() {
        for days in [-800_000, -1, 0, 1, 19_000, 20_792, 2_000_000] {
            assert_eq!(Date::of_days_since_epoch(days).days_since_epoch(), days);
        }
    }

    #[test]
    fn the_day_in_paris_turns_at_its_midnight_winter_and_summer() {
        let at = |y, m, d, h: u64| Date::new(y, m, d).unwrap().days_since_epoch() as u64 * 86_400 + h * 3600;
        // Winter, UTC+1: 23:00 UTC on 5 December is midnight on the 6th in Paris.
        assert_eq!(Date::in_paris_of_unix_seconds(at(2026, 12, 5, 22)), Date::new(2026, 12, 5).unwrap());
        assert_eq!(Date::in_paris_of_unix_seconds(at(2026, 12, 5, 23)), Date::new(2026, 12, 6).unwrap());
        // Summer, UTC+2: 22:00 UTC on 20 August is midnight on the 21st.
        assert_eq!(Date::in_paris_of_unix_seconds(at(2026, 8, 20, 21)), Date::new(2026, 8, 20).unwrap());
        assert_eq!(Date::in_paris_of_unix_seconds(at(2026, 8, 20, 22)), Date::new(2026, 8, 21).unwrap());
        // 2026's changes: 29 March and 25 October, at 01:00 UTC.
        assert_eq!(Date::in_paris_of_unix_seconds(at(2026, 3, 28, 22)), Date::new(2026, 3, 28).unwrap());
        assert_eq!(Date::in_paris_of_unix_seconds(at(2026, 3, 29, 22)), Date::new(2026, 3, 30).unwrap());
        assert_eq!(Date::in_paris_of_unix_seconds(at(2026, 10, 25, 22)), Date::new(2026, 10, 25).unwrap());
    }
}
