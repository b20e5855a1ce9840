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
    format!("{:.1} %", share * 100.0)
}

#[cfg(test)]
mod tests {
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
    }
}
