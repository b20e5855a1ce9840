//! What the full page and the embed share: the view read from the address and kept in step
//! with it, its evaluation, and the parts both pages show.

use super::browser;
use super::components::{
    island_controls::IslandControls, map_view::MapView, meter::Meter, notice::Notice, outcome::Outcome,
    positions::Positions, preset_picker::PresetPicker, terms_controls::TermsControls,
};
use crate::i18n::{Lang, problem};
use crate::model::date::Date;
use crate::model::evaluation::{Evaluation, evaluate};
use crate::model::view::{Action, View};
use std::rc::Rc;
use yew::prelude::*;

/// `View` as yew state: every control dispatches an `Action`.
#[derive(PartialEq)]
struct State(View);

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(State(self.0.apply(action)))
    }
}

/// The explorer's state for one render.
pub struct Explorer {
    state: UseReducerHandle<State>,
    /// The address's query for the view, e.g. `?s=1-JJRR-t&lang=en`.
    pub query: String,
    pub dispatch: Callback<Action>,
    pub evaluation: Rc<Evaluation>,
    /// The date positions are judged at: the reader's choice, or today.
    pub as_of: Date,
    /// The message about a link that could not be read, until the reader dismisses it.
    pub notice: Option<Html>,
}

/// Reads the view from the address once, then keeps the address and the document's language
/// in step with it, and marks the page ready after the first render.
#[hook]
pub fn use_explorer() -> Explorer {
    let opened = use_memo((), |_| {
        let preferred = browser::preferred_languages();
        let lang = Lang::from_preferences(preferred.iter().map(String::as_str));
        View::open(browser::page(), &browser::query(), lang)
    });
    let state = use_reducer({
        let opened = opened.clone();
        move || State(opened.0.clone())
    });
    let problems = use_state(|| opened.1.clone());

    let view = &state.0;
    let query = view.to_query();
    use_effect_with(query.clone(), move |q| browser::replace_query(q));
    use_effect_with(view.lang, |lang| browser::set_document_lang(lang.code()));
    // (An embed's height is reported to the host page by its starter, from before the explorer
    // starts: see `fourislands prerender`'s scripts.)
    use_effect_with((), |_| {
        browser::show_live_page();
        browser::mark_ready();
    });

    let as_of = view.as_of.unwrap_or_else(browser::today);
    let evaluation = Rc::new(evaluate(&view.scenario, as_of));
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    // Worded at each render, so the message follows the reader's choice of language.
    let notice = (!problems.is_empty()).then(|| {
        let messages: Vec<String> = problems.iter().map(|p| problem(view.lang, view.naming, p)).collect();
        let on_dismiss = Callback::from(move |_| problems.set(Vec::new()));
        html! { <Notice {messages} lang={view.lang} {on_dismiss} /> }
    });
    Explorer { state, query, dispatch, evaluation, as_of, notice }
}

impl Explorer {
    pub fn view(&self) -> &View {
        &self.state.0
    }

    pub fn preset_picker(&self) -> Html {
        let v = self.view();
        html! {
            <PresetPicker current={v.preset().map(|p| p.id)} retired={v.retired_preset().map(|p| p.id)} lang={v.lang}
                naming={v.naming} on_choose={self.dispatch.reform(Action::Preset)} />
        }
    }

    pub fn island_controls(&self) -> Html {
        let v = self.view();
        html! {
            <IslandControls scenario={v.scenario} lang={v.lang} naming={v.naming} on_change={self.dispatch.reform(|(i, s)| Action::Island(i, s))} />
        }
    }

    /// The terms; `timeline` when the page has the timeline the fishing-rights term links to.
    pub fn terms_controls(&self, timeline: bool) -> Html {
        let v = self.view();
        html! {
            <TermsControls
                scenario={v.scenario}
                lang={v.lang}
                {timeline}
                on_treaty={self.dispatch.reform(Action::PeaceTreaty)}
                on_timing={self.dispatch.reform(Action::Timing)}
                on_term={self.dispatch.reform(|(t, on)| Action::Term(t, on))}
            />
        }
    }

    /// Land, residents and the meter, in one region that screen readers announce politely.
    pub fn figures(&self) -> Html {
        let (lang, naming) = (self.view().lang, self.view().naming);
        html! {
            <div aria-live="polite" class="live">
                <Outcome evaluation={self.evaluation.clone()} {lang} {naming} />
                <Meter evaluation={self.evaluation.clone()} {lang} />
            </div>
        }
    }

    pub fn positions(&self) -> Html {
        let v = self.view();
        html! {
            <Positions verdicts={self.evaluation.positions.clone()} as_of={self.as_of} is_today={v.as_of.is_none()}
                lang={v.lang} naming={v.naming} on_as_of={self.dispatch.reform(Action::AsOf)} />
        }
    }

    pub fn map(&self) -> Html {
        let v = self.view();
        html! { <MapView scenario={v.scenario} lang={v.lang} naming={v.naming} /> }
    }
}
