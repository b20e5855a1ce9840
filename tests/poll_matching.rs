//! A poll's answers are alternatives its respondents chose between: no scenario may be shown as
//! matching two answers of one question, or a reader could add up shares that exclude each other.

use four_islands::model::catalog::POLLS;
use four_islands::model::evaluation::describes;
use four_islands::{Scenario, Status, Terms, Timing};

/// Every combination of the statuses, treaty, timing and terms that the formulas look at.
fn scenarios() -> Vec<Scenario> {
    let common = [
        Status::Russian,
        Status::Japanese,
        Status::Joint,
        Status::RussianAdministration { years: 20 },
        Status::LeasedToRussia { years: 50 },
    ];
    let mut etorofu = common.to_vec();
    etorofu.extend([1, 21, 49, 50, 51, 99].map(|japan_percent| Status::Split { japan_percent }));
    let mut out = Vec::new();
    for h in common {
        for s in common {
            for k in common {
                for &e in &etorofu {
                    for (peace_treaty, timing) in [(true, Timing::AtSignature), (false, Timing::AtSignature), (true, Timing::Phased { years: 10 })] {
                        for mask in 0..8u8 {
                            let terms = Terms {
                                continued_talks: mask & 1 != 0,
                                joint_activity: mask & 2 != 0,
                                visa_free: mask & 4 != 0,
                                ..Terms::default()
                            };
                            out.push(Scenario { islands: [h, s, k, e], peace_treaty, timing, terms });
                        }
                    }
                }
            }
        }
    }
    out
}

#[test]
fn no_scenario_matches_two_answers_of_one_question() {
    let all = scenarios();
    for poll in POLLS.iter() {
        for (n, q) in poll.questions.iter().enumerate() {
            for s in &all {
                let matching: Vec<&str> = q
                    .options
                    .iter()
                    .filter(|o| o.formula.is_some_and(|f| describes(f, s)))
                    .map(|o| four_islands::i18n::Locale::ENGLISH.local(&o.label))
                    .collect();
                assert!(matching.len() <= 1, "{} question {}: {} matches {matching:?}", poll.id, n + 1, four_islands::encode(s));
            }
        }
    }
}
