use beta_dashboard::charts::*;
use beta_dashboard::data::*;
fn main() {
    let text = std::fs::read_to_string("public/data/tableau-de-bord.json").unwrap();
    let read = compact::read(&text).unwrap();
    let d = read.dataset;
    let today = Date::new(2026, 12, 5).unwrap();
    let f = Filter::default();
    let s = d.situation(&f, today);
    let charts = [
        ("incubators", incubators_chart(&d, &s)),
        ("evolution", evolution_chart(&d, &f, today)),
        ("fast", funding_by_promotion_chart(&d, &f)),
        ("ministries", ministries_chart(&s)),
    ];
    for (name, c) in charts {
        let mut ranges: Vec<(u32, u32, u32)> = vec![];
        for w in 280..=1400u32 {
            let h = c.chart.layout(w as f64, 1.0).height;
            match ranges.last_mut() {
                Some(r) if r.2 == h => r.1 = w,
                _ => ranges.push((w, w, h)),
            }
        }
        println!("{name}: {} ranges: {:?}", ranges.len(), &ranges[..ranges.len().min(12)]);
    }
}
