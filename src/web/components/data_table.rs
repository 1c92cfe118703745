//! A [`DataTable`] as an HTML table: caption, column headers, a header cell per row. Rows are
//! keyed by their content: a row whose cells did not change keeps its nodes.

use leptos::prelude::*;

use crate::charts::{Cell, DataTable};
use crate::text;

/// `shown`: a table on screen scrolls sideways in a region the keyboard can reach; a hidden one
/// (for screen readers only) is no scroll box, so it leaves no invisible tab stop.
#[component]
pub fn DataTableView(table: Signal<DataTable>, #[prop(optional, into)] shown: Option<Signal<bool>>) -> impl IntoView {
    let shown = move || shown.is_none_or(|s| s.get());
    // The headers, and whether each column holds numbers (right-aligned).
    let head = Memo::new(move |_| {
        let t = table.read();
        let numeric: Vec<bool> =
            (0..t.columns.len()).map(|i| t.rows.iter().any(|r| r.get(i).is_some_and(Cell::is_number))).collect();
        t.columns.iter().cloned().zip(numeric).collect::<Vec<_>>()
    });
    // Each row with how many equal rows come before it, which makes keys unique.
    let rows = Memo::new(move |_| {
        let t = table.read();
        let mut keyed: Vec<(Vec<Cell>, usize)> = Vec::with_capacity(t.rows.len());
        for row in &t.rows {
            let before = keyed.iter().filter(|(r, _)| r == row).count();
            keyed.push((row.clone(), before));
        }
        keyed
    });
    view! {
        <div
            class="table-wrap"
            class:table-wrap--static=move || !shown()
            tabindex=move || shown().then_some("0")
            role=move || shown().then_some("region")
            aria-label=move || shown().then(|| table.read().caption.clone())
        >
            <table class="table">
                <caption>{move || table.read().caption.clone()}</caption>
                <thead>
                    <tr>
                        {move || {
                            head.get()
                                .into_iter()
                                .map(|(c, number)| view! { <th scope="col" class:number=number>{c}</th> })
                                .collect_view()
                        }}
                    </tr>
                </thead>
                <tbody>
                    <For each=move || rows.get() key=|row| row.clone() let((row, _))>
                        <TableRow row=row/>
                    </For>
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn TableRow(row: Vec<Cell>) -> impl IntoView {
    let mut cells = row.into_iter();
    let head = cells.next().map(|c| view! { <th scope="row">{c.display().to_owned()}</th> });
    let rest = cells
        .map(|c| match c {
            // A dash for the eye, a word for screen readers.
            Cell::Missing => view! {
                <td class="number">
                    <span aria-hidden="true">{c.display().to_owned()}</span>
                    <span class="visually-hidden">{text::UNKNOWN}</span>
                </td>
            }
            .into_any(),
            _ => view! { <td class:number=c.is_number()>{c.display().to_owned()}</td> }.into_any(),
        })
        .collect_view();
    view! { <tr>{head}{rest}</tr> }
}
