//! The registry of blocks (`modes::blocks`) against what the pages render natively, as the
//! prerender does: the explorer shows each block the data can fill, and each block is offered as
//! an embed (`/embed/<slug>`) and as a slide (`/presentation?diapos=<slug>`) unless its exclusions
//! state why not. (`blocks::missing` finding a block left out is checked in its own tests.)

mod common;

use beta_dashboard::modes::blocks::{Block, missing};
use beta_dashboard::web::prerender::{Prerender, render};
use common::{read, today};

fn prerender() -> Prerender {
    Prerender::of_compact(&read("public/data/tableau-de-bord.json"), "data/tableau-de-bord.json", today())
        .expect("the bundled data file reads")
}

/// The blocks whose element is in `html`.
fn shown(html: &str) -> Vec<Block> {
    Block::ALL.into_iter().filter(|b| html.contains(&format!("id=\"{}\"", b.id()))).collect()
}

/// The blocks that show on the page of each block's `url`.
fn each_alone(prerender: &Prerender, url: impl Fn(Block) -> String) -> Vec<Block> {
    Block::ALL
        .into_iter()
        .filter(|b| {
            let (html, _) = render(&url(*b), prerender);
            shown(&html) == [*b]
        })
        .collect()
}

#[test]
fn every_block_is_an_embed_unless_a_reason_is_stated() {
    let prerender = prerender();
    let embedded = each_alone(&prerender, |b| format!("/embed/{}", b.slug()));
    assert_eq!(missing(&Block::ALL, &embedded, |b| !b.embeddable()), []);
}

#[test]
fn every_block_is_a_slide_unless_a_reason_is_stated() {
    let prerender = prerender();
    let presented = each_alone(&prerender, |b| format!("/presentation?diapos={}", b.slug()));
    assert_eq!(missing(&Block::ALL, &presented, |b| !b.presentable()), []);
}

#[test]
fn the_explorer_shows_every_block_the_data_fills_in_the_registry_s_order() {
    let prerender = prerender();
    let published = prerender.loaded.dataset.published;
    assert!(published.ministries, "the bundled data names the ministries");
    let (html, _) = render("/", &prerender);
    assert_eq!(shown(&html), Block::ALL);
    let at = |b: &Block| html.find(&format!("id=\"{}\"", b.id())).unwrap();
    assert!(Block::ALL.windows(2).all(|pair| at(&pair[0]) < at(&pair[1])), "in order");
}
