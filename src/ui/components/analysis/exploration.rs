//! The exploration for the reader's assumptions, from the analysis worker, which computes off
//! the main thread: until a new one arrives, the panel keeps the earlier one.

use crate::model::negotiation::Valuations;
use crate::model::site::marks;
use crate::model::wire;
use crate::render::chart::Drawing;
use crate::ui::analysis_worker::{self, Failure};
use crate::ui::browser;
use std::rc::Rc;
use yew::prelude::*;

/// What the panel has to show.
#[derive(Clone, PartialEq)]
pub enum Explored {
    Pending,
    /// The exploration for these valuations, drawn.
    Ready(Valuations, Rc<Drawing>),
    Failed(Failure),
}

/// The exploration for `v`, and a callback that asks again after a failure.
#[hook]
pub fn use_exploration(v: Valuations) -> (Explored, Callback<()>) {
    let latest = use_state(|| Explored::Pending);
    let attempt = use_state(|| 0u32);
    {
        let latest = latest.clone();
        use_effect_with((v, *attempt), move |&(v, _)| {
            // New assumptions keep the earlier results on screen until theirs arrive; trying
            // again after a failure says that it is computing.
            if matches!(*latest, Explored::Failed(_)) {
                latest.set(Explored::Pending);
            }
            let done = Callback::from(move |reply: Result<String, Failure>| {
                let decoded = browser::timed(marks::ANALYSIS_PAGE, || {
                    reply.and_then(|text| wire::decode(&text).map_err(|_| Failure::Broke))
                });
                latest.set(match decoded {
                    Ok(exploration) => Explored::Ready(v, Rc::new(Drawing::new(exploration))),
                    Err(failure) => Explored::Failed(failure),
                });
            });
            analysis_worker::explore(&v.encode(), done);
        });
    }
    let retry = Callback::from(move |_| attempt.set(*attempt + 1));
    ((*latest).clone(), retry)
}
