//! The colour theme of the explorer and the presentation: the visitor's system setting, unless
//! they chose with the toggle (remembered in this browser). An embed takes its own (`?theme=`).

use leptos::prelude::*;

use crate::modes::colours::chart_palette;
use crate::web::browser;
use crate::web::components::ChartPalette;

#[derive(Debug, Clone, Copy)]
pub struct SiteTheme {
    pub dark: Signal<bool>,
    choice: RwSignal<Option<bool>>,
}

impl SiteTheme {
    /// Follows the stored choice, else the system (live); sets the page's and the charts' colours.
    pub fn provide() -> SiteTheme {
        let choice = RwSignal::new(browser::stored_dark_choice());
        let system = browser::system_dark();
        let dark = Signal::derive(move || choice.get().unwrap_or_else(|| system.get()));
        Effect::new(move |_| browser::set_theme(dark.get(), false));
        // The charts' canvas: in the theme's colours, or the system's while it forces them.
        let forced = browser::forced_system_colours();
        provide_context(ChartPalette(Signal::derive(move || chart_palette(dark.get(), forced.get()))));
        let theme = SiteTheme { dark, choice };
        provide_context(theme);
        theme
    }

    /// Switches to the other theme, and remembers it.
    pub fn toggle(self) {
        let dark = !self.dark.get_untracked();
        self.choice.set(Some(dark));
        browser::store_dark_choice(dark);
    }
}
