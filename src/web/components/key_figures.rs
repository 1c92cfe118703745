//! The key figures: four phase groups, their sum "en accompagnement ou pérennisés", and the total.

use leptos::prelude::*;

use crate::data::{KeyFigures, PhaseGroup};
use crate::modes::blocks::Block;
use crate::text;

#[component]
pub fn KeyFiguresView(
    figures: Signal<KeyFigures>,
    caption: Signal<String>,
    /// Whether the title shows (it stays for screen readers).
    #[prop(default = true)]
    titled: bool,
    /// With an "Intégrer" button.
    #[prop(optional)]
    embeddable: bool,
) -> impl IntoView {
    let tile = move |key: &'static str, label: &'static str, value: Box<dyn Fn(&KeyFigures) -> usize + Send + Sync>| {
        view! {
            <div class="figure" data-figure=key>
                <dt class="figure__label">{label}</dt>
                <dd class="figure__value">{move || text::format_count(value(&figures.get()))}</dd>
            </div>
        }
    };
    let group = |group: PhaseGroup| -> Box<dyn Fn(&KeyFigures) -> usize + Send + Sync> {
        Box::new(move |f: &KeyFigures| f.of_group(group))
    };
    view! {
        <section class="key-figures" id=Block::KeyFigures.id() aria-labelledby="key-figures-title">
            <div class="key-figures__head">
                <h2 id="key-figures-title" class:visually-hidden=!titled>{text::KEY_FIGURES} <span class="key-figures__date">{caption}</span></h2>
                {embeddable.then(|| view! {
                    <crate::web::components::EmbedButton block=Block::KeyFigures title=Signal::stored(text::KEY_FIGURES.to_owned())/>
                })}
            </div>
            <dl class="figures">
                {tile("investigation", text::INVESTIGATIONS, group(PhaseGroup::Investigation))}
                {tile("accompagnement", text::ACCOMPANIMENT, group(PhaseGroup::Accompaniment))}
                {tile("perennises", text::PERENNIAL, group(PhaseGroup::Perennial))}
                {tile("abandonnes", text::ABANDONED, group(PhaseGroup::Abandoned))}
                {tile("accompagnement-ou-perennises", text::ACCOMPANIED_OR_PERENNIAL, Box::new(KeyFigures::accompanied_or_perennial))}
                {tile("total", text::TOTAL_IN_PROGRAMME, Box::new(|f: &KeyFigures| f.total))}
            </dl>
            <Show when=move || { figures.get().other > 0 }>
                <p class="figures__note">
                    {move || text::other_phases_note(figures.get().other)}
                </p>
            </Show>
        </section>
    }
}
