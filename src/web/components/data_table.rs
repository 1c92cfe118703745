//! A [`DataTable`] as an HTML table: caption, column headers, a header cell per row. Rows and
//! cells are kept by their place: a change writes only the cells whose text changed, and adds
//! or removes rows at the end.

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
    let row_count = Memo::new(move |_| table.read().rows.len());
    view! {
        <div
            class="table-wrap"
            class:table-wrap--static=move || !shown()
            tabindex=move || shown().then_some("0")
            role=move || shown().then_some("region")
            // Named apart from its chart's section, whose title the caption often repeats.
            aria-label=move || shown().then(|| text::table_region(&table.read().caption))
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
                    <For each=move || 0..row_count.get() key=|i| *i let(i)>
                        <TableRow table=table index=i/>
                    </For>
                </tbody>
            </table>
        </div>
    }
}

/// Row `index` of `table`, following it.
#[component]
fn TableRow(table: Signal<DataTable>, index: usize) -> impl IntoView {
    let row = Memo::new(move |_| table.with(|t| t.rows.get(index).cloned().unwrap_or_default()));
    let cell_count = Memo::new(move |_| row.with(Vec::len));
    view! {
        <tr>
            <For each=move || 0..cell_count.get() key=|j| *j let(j)>
                <TableCell row=row index=j/>
            </For>
        </tr>
    }
}

/// Cell `index` of a row: the first heads the row.
#[component]
fn TableCell(row: Memo<Vec<Cell>>, index: usize) -> impl IntoView {
    let cell = Memo::new(move |_| row.with(|r| r.get(index).cloned().unwrap_or(Cell::Missing)));
    let shown = move || cell.with(|c| c.display().to_owned());
    if index == 0 {
        return view! { <th scope="row">{shown}</th> }.into_any();
    }
    let missing = move || cell.with(|c| *c == Cell::Missing);
    view! {
        <td class:number=move || cell.with(|c| c.is_number() || *c == Cell::Missing)>
            // A dash for the eye, a word for screen readers.
            <Show when=missing fallback=move || shown>
                <span aria-hidden="true">{shown}</span>
                <span class="visually-hidden">{text::UNKNOWN}</span>
            </Show>
        </td>
    }
    .into_any()
}
