//! A [`DataTable`] as an HTML table: caption, column headers, a header cell per row.

use leptos::prelude::*;

use crate::charts::{Cell, DataTable};
use crate::text;

#[component]
pub fn DataTableView(table: Signal<DataTable>) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption>{move || table.read().caption.clone()}</caption>
                <thead>
                    <tr>
                        {move || {
                            let t = table.read();
                            let numeric: Vec<bool> = (0..t.columns.len())
                                .map(|i| t.rows.iter().any(|r| r.get(i).is_some_and(|c| c.is_number())))
                                .collect();
                            t.columns
                                .iter()
                                .zip(numeric)
                                .map(|(c, number)| view! { <th scope="col" class:number=number>{c.clone()}</th> })
                                .collect_view()
                        }}
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        table
                            .read()
                            .rows
                            .iter()
                            .map(|row| {
                                let mut cells = row.iter();
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
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
}
