//! "Intégrer": a dialog that shows a block as it will look in another page, with the code to
//! paste there (the iframe and the script that sizes it), copied in one click.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::data::query::url_query::first_value;
use crate::data::{DataSource, Filter};
use crate::modes::embed::{Block, PARAM_THEME, PARAM_TITLE, Theme, embed_url, shared_params, snippet};
use crate::text;
use crate::web::browser;

/// The filter of the view an "Intégrer" button embeds, provided by the page that shows it.
#[derive(Clone, Copy)]
pub struct ViewFilter(pub Signal<Filter>);

impl ViewFilter {
    pub fn provide(filter: Signal<Filter>) {
        provide_context(ViewFilter(filter));
    }
}

#[component]
pub fn EmbedButton(block: Block, title: Signal<String>) -> impl IntoView {
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let code_area = NodeRef::<leptos::html::Textarea>::new();
    let open = RwSignal::new(false);
    let titled = RwSignal::new(true);
    let theme = RwSignal::new(Theme::Light);
    let copied = RwSignal::new(None::<bool>);
    let query = crate::web::query::PageQuery::get().read();
    // A bug only: the explorer provides its filter above its blocks.
    let ViewFilter(filter) = use_context::<ViewFilter>().expect("ViewFilter::provide is called by the page");
    let id = format!("integrer-{}", block.slug());

    // The embed of the explorer's current view: every filter and the source it shows (the
    // default data when the URL's was refused), and the dialog's options.
    let url = Memo::new(move |_| {
        let source = query.with(|q| DataSource::from_param(first_value(q.get_all(DataSource::PARAM)).as_deref()));
        let mut pairs = filter.with(|f| shared_params(f, &source.unwrap_or_default()));
        if !titled.get() {
            pairs.push((PARAM_TITLE.to_owned(), "0".to_owned()));
        }
        if theme.get() != Theme::Light {
            pairs.push((PARAM_THEME.to_owned(), theme.get().param().to_owned()));
        }
        embed_url(&browser::app_url(), block, &pairs)
    });
    let frame_title = Signal::derive(move || text::embed_frame_title(&title.get()));
    let code = Memo::new(move |_| snippet(&browser::app_url(), &url.get(), &frame_title.get()));

    let show = move |_| {
        copied.set(None);
        open.set(true);
        if let Some(dialog) = dialog.get() {
            let _ = dialog.show_modal();
        }
    };
    let close = move |_| {
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    let copy = move |_| {
        spawn_local(async move {
            let done = browser::copy_text(&code.get_untracked()).await;
            // Without clipboard access, the code is selected for the visitor to copy.
            if !done && let Some(area) = code_area.get_untracked() {
                area.select();
            }
            _ = copied.try_set(Some(done));
        });
    };
    let option_id = |name: &str| format!("{}-{name}", block.slug());

    view! {
        <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm button button--secondary" aria-haspopup="dialog" on:click=show>
            {text::EMBED}
        </button>
        // Not a tab stop itself (Chromium makes a scrolling box one): its controls are.
        <dialog node_ref=dialog class="embed-dialog" id=id.clone() tabindex="-1" aria-labelledby=format!("{id}-titre")
            on:close=move |_| open.set(false)>
            <div class="embed-dialog__head">
                <h2 id=format!("{id}-titre") class="embed-dialog__title">{move || text::embed_dialog_title(&title.get())}</h2>
                <button type="button" class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm button button--tertiary" on:click=close>{text::CLOSE}</button>
            </div>
            <p>{text::EMBED_HELP}</p>
            <div class="embed-dialog__options">
                <div class="checkbox">
                    <input
                        type="checkbox"
                        id=option_id("titre")
                        prop:checked=move || titled.get()
                        on:change=move |ev| titled.set(event_target_checked(&ev))
                    />
                    <label for=option_id("titre")>{text::EMBED_SHOW_TITLE}</label>
                </div>
                <div class="select-field">
                    <label for=option_id("theme")>{text::EMBED_THEME}</label>
                    <select
                        id=option_id("theme")
                        class="fr-select select"
                        on:change=move |ev| theme.set(Theme::from_param(&event_target_value(&ev)).unwrap_or_default())
                    >
                        {[(Theme::Light, text::THEME_LIGHT), (Theme::Dark, text::THEME_DARK), (Theme::System, text::THEME_SYSTEM)]
                            .map(|(t, label)| view! { <option value=t.param() selected=move || theme.get() == t>{label}</option> })}
                    </select>
                </div>
            </div>
            <label class="embed-dialog__subtitle" for=option_id("code")>{text::EMBED_CODE}</label>
            <textarea
                node_ref=code_area
                id=option_id("code")
                class="embed-dialog__code"
                readonly
                rows="5"
                spellcheck="false"
                prop:value=move || code.get()
            ></textarea>
            <div class="embed-dialog__actions">
                <button type="button" class="fr-btn button" on:click=copy>{text::COPY_CODE}</button>
                <p class="embed-dialog__status" role="status">
                    {move || copied.get().map(|done| if done { text::CODE_COPIED } else { text::CODE_SELECTED })}
                </p>
            </div>
            <h3 class="embed-dialog__subtitle embed-dialog__subtitle--preview">{text::EMBED_PREVIEW}</h3>
            // Loaded only while the dialog is open; the explorer sizes it as a host page would.
            <Show when=move || open.get()>
                <iframe class="embed-dialog__preview" src=move || url.get() title=move || frame_title.get()></iframe>
            </Show>
        </dialog>
    }
}
