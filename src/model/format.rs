//! Number formatting shared by the command line and the web page, without a formatting crate.

/// Groups thousands with commas and keeps one decimal when there is one: 5003 → "5,003",
/// 2501.28 → "2,501.3".
pub fn thousands(x: f64) -> String {
    let tenths = (x.abs() * 10.0).round() as u64;
    let digits = (tenths / 10).to_string();
    let mut out = String::with_capacity(digits.len() + 4);
    if x < 0.0 && tenths > 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if tenths % 10 != 0 {
        out.push('.');
        out.push_str(&(tenths % 10).to_string());
    }
    out
}

/// A share (0–1) as a percentage with one decimal: 0.0691 → "6.9 %".
pub fn percent(share: f64) -> String {
    format!("{} %", fixed(share * 100.0, 1))
}

/// `x` rounded to `decimals` places (half away from zero), shown like `{:.N}` but by integer
/// arithmetic: core's float formatting would add about 11 kB to the wasm every reader downloads.
pub fn fixed(x: f64, decimals: u32) -> Fixed {
    let scale = 10_i64.pow(decimals);
    Fixed { scaled: (x * scale as f64).round() as i64, scale, decimals }
}

/// A number rounded by `fixed`, ready to display.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fixed {
    scaled: i64,
    scale: i64,
    decimals: u32,
}

impl std::fmt::Display for Fixed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let magnitude = self.scaled.unsigned_abs();
        let scale = self.scale.unsigned_abs();
        if self.scaled < 0 {
            f.write_str("-")?;
        }
        write!(f, "{}", magnitude / scale)?;
        if self.decimals > 0 {
            write!(f, ".{:0width$}", magnitude % scale, width = self.decimals as usize)?;
        }
        Ok(())
    }
}

/// The whole number a reader typed into a number box or slider, rounded and kept within
/// `min..=max`; `current` when the text holds no number (cleared, or words).
pub fn typed_whole(text: &str, min: i32, max: i32, current: i32) -> i32 {
    let typed = text.trim().parse::<f64>().ok().filter(|n| n.is_finite());
    // `max` then `min`, not `clamp`: clamp's check of its bounds would bring float formatting
    // (about 14 kB) into the wasm for its panic message.
    typed.map_or(current, |n| n.round().min(f64::from(max)).max(f64::from(min)) as i32)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_typed_number_is_rounded_into_its_range_or_left_as_it_was() {
        assert_eq!(super::typed_whole(" 7.6 ", 1, 99, 5), 8);
        assert_eq!(super::typed_whole("500", 1, 99, 5), 99);
        assert_eq!(super::typed_whole("-3", 1, 99, 5), 1);
        assert_eq!(super::typed_whole("", 1, 99, 5), 5);
        assert_eq!(super::typed_whole("inf", 1, 99, 5), 5);
    }

    use super::*;

    #[test]
    fn formats() {
        for (x, expected) in [
            (0.0, "0"),
            (5003.0, "5,003"),
            (2501.28, "2,501.3"),
            (18403.0, "18,403"),
            (346.0, "346"),
            (1234567.0, "1,234,567"),
            (-7.4, "-7.4"),
            (0.04, "0"),
        ] {
            assert_eq!(thousands(x), expected);
        }
        assert_eq!(percent(0.0691), "6.9 %");
        assert_eq!(percent(-0.074), "-7.4 %");
        for (x, decimals, expected) in [
            (12.34, 1, "12.3"),
            (12.35, 0, "12"),
            (-3.06, 1, "-3.1"),
            (0.04, 1, "0.0"),
            (-0.04, 1, "0.0"),
            (1199.6, 0, "1200"),
            (7.0, 2, "7.00"),
            (0.5, 0, "1"),
        ] {
            assert_eq!(fixed(x, decimals).to_string(), expected, "{x} to {decimals}");
        }
    }
}
