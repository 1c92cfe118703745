//! The accessibility statement (`/accessibilite`), linked from every page's footer: the RGAA
//! model's sections, with the level, the rate and the counts computed from the published audit
//! grid (`crate::audit`), which it links.

use leptos::prelude::*;

use crate::audit;
use crate::audit::SUMMARY;
use crate::data::query::url_query::encode;
use crate::text::{self, accessibility as a11y};
use crate::web::browser;
use crate::web::module::Module;

#[component]
pub fn Accessibility() -> impl IntoView {
    browser::set_document_title(&text::site_page_title(a11y::TITLE));
    browser::set_meta_description(a11y::DESCRIPTION);
    let audit = SUMMARY;
    view! {
        <div class="fr-container container prose">
            <h1>{a11y::TITLE}</h1>
            <p>{a11y::INTRO}</p>
            <p>{a11y::STRATEGY}</p>
            <ul data-testid="plans">
                <li><a href=a11y::MULTI_YEAR_PLAN.1 rel="noopener">{a11y::MULTI_YEAR_PLAN.0}</a>"\u{a0};"</li>
                <li>{a11y::action_plan()}</li>
            </ul>
            <p>{a11y::SCOPE}</p>

            <h2>{a11y::STATUS_TITLE}</h2>
            <p data-testid="niveau">{a11y::status_sentence(audit.level())}</p>

            <AuditResults/>
            <h2>{a11y::NOT_ACCESSIBLE_TITLE}</h2>
            <NonCompliance/>
            <h3>{a11y::DEROGATIONS_TITLE}</h3>
            <p>{a11y::DEROGATIONS}</p>
            <h3>{a11y::OUT_OF_SCOPE_TITLE}</h3>
            <p>{a11y::OUT_OF_SCOPE}</p>

            <Establishment/>
            <h2>{a11y::CONTACT_TITLE}</h2>
            <p>{a11y::CONTACT}</p>
            <ul>
                <li data-testid="contact">
                    {a11y::CONTACT_BEFORE} " "
                    <a href=format!("mailto:{}?subject={}", a11y::CONTACT_ADDRESS, encode(a11y::CONTACT_SUBJECT))>
                        {a11y::CONTACT_ADDRESS}
                    </a>
                    {a11y::CONTACT_AFTER}
                </li>
            </ul>
            <h2>{a11y::REMEDIES_TITLE}</h2>
            <p>{a11y::REMEDIES}</p>
            <ul>
                <li><a href="https://formulaire.defenseurdesdroits.fr/" rel="noopener">{a11y::REMEDY_FORM}</a>"\u{a0};"</li>
                <li><a href="https://www.defenseurdesdroits.fr/saisir/delegues" rel="noopener">{a11y::REMEDY_DELEGATE}</a>"\u{a0};"</li>
                <li>{a11y::REMEDY_MAIL}</li>
            </ul>
            <p><a href="./" rel=Module::rel("./")>{text::BACK_HOME}</a></p>
        </div>
    }
}

/// The audit's results: the rate, the counts, the table of topics and the grid to download.
#[component]
fn AuditResults() -> impl IntoView {
    let audit = SUMMARY;
    let [compliant, not_compliant, not_applicable] = a11y::counts_items(&audit.counts);
    let cell = |n: usize| view! { <td class="number">{text::format_count(n)}</td> };
    let topics = audit
        .topics
        .iter()
        .map(|t| {
            view! {
                <tr>
                    <th scope="row">{format!("{}. {}", t.number, t.name)}</th>
                    {cell(t.counts.total())}
                    {cell(t.counts.compliant)}
                    {cell(t.counts.not_compliant)}
                    {cell(t.counts.not_applicable)}
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2>{a11y::RESULTS_TITLE}</h2>
        <p data-testid="taux">{a11y::results_sentence(&audit)}</p>
        <p>{a11y::counts_total(&audit.counts)}</p>
        <ul>
            <li>{compliant}</li>
            <li>{not_compliant}</li>
            <li>{not_applicable}</li>
        </ul>
        // Scrolls sideways on a narrow screen: a named region the keyboard reaches.
        <div class="table-wrap" tabindex="0" role="region" aria-label=a11y::TOPICS_CAPTION>
            <table class="table">
                <caption>{a11y::TOPICS_CAPTION}</caption>
                <thead>
                    <tr>
                        {a11y::TOPICS_HEADERS
                            .iter()
                            .enumerate()
                            .map(|(i, h)| view! { <th scope="col" class=(i > 0).then_some("number")>{*h}</th> })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>{topics}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{a11y::TOPICS_TOTAL}</th>
                        {cell(audit.counts.total())}
                        {cell(audit.counts.compliant)}
                        {cell(audit.counts.not_compliant)}
                        {cell(audit.counts.not_applicable)}
                    </tr>
                </tfoot>
            </table>
        </div>
        <p>
            <a href=audit::GRID_PATH download="grille-rgaa.csv" type="text/csv" data-testid="grille">
                {a11y::GRID_LINK} " (" {a11y::grid_link_detail(audit.grid_bytes)} ")"
            </a>
        </p>
        <p>{a11y::GRID_NOTE}</p>

    }
}

/// The criteria not met, each with its justification (or that there is none).
#[component]
fn NonCompliance() -> impl IntoView {
    let audit = SUMMARY;
    let not_met: Vec<_> = audit
        .not_met
        .iter()
        .map(|c| {
            view! {
                <li data-critere=c.label>
                    <strong>{a11y::non_compliance_heading(c.label, c.topic, c.pages)}</strong>
                    " " {c.justification}
                </li>
            }
        })
        .collect();
    let non_compliance = if not_met.is_empty() {
        view! { <p>{a11y::NON_COMPLIANCE_NONE}</p> }.into_any()
    } else {
        view! { <ul>{not_met}</ul> }.into_any()
    };
    view! {
        <h3>{a11y::NON_COMPLIANCE_TITLE}</h3>
        {non_compliance}
    }
}

/// How the statement was established: technologies, environment, tools and the pages audited.
#[component]
fn Establishment() -> impl IntoView {
    let items = |list: &'static [&'static str]| list.iter().map(|item| view! { <li>{*item}</li> }).collect_view();
    let pages = a11y::PAGES
        .iter()
        .map(|(name, href)| match href {
            // The explorer, an embed and the presentation are other modules: a full page load.
            Some(href) => view! { <li><a href=*href rel=Module::rel(href)>{*name}</a></li> }.into_any(),
            None => view! { <li>{*name}</li> }.into_any(),
        })
        .collect_view();
    view! {
        <h2>{a11y::ESTABLISHMENT_TITLE}</h2>
        <p>{a11y::establishment()}</p>
        <h3>{a11y::TECHNOLOGIES_TITLE}</h3>
        <ul>{items(&a11y::TECHNOLOGIES)}</ul>
        <h3>{a11y::ENVIRONMENT_TITLE}</h3>
        <p>{a11y::ENVIRONMENT_INTRO}</p>
        <ul>{items(&a11y::ENVIRONMENT)}</ul>
        <h3>{a11y::TOOLS_TITLE}</h3>
        <ul>{items(&a11y::TOOLS)}</ul>
        <h3>{a11y::PAGES_TITLE}</h3>
        <ul>{pages}</ul>

    }
}
