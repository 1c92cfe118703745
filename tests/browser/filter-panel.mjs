// The filters panel as a visitor opens it: the panel (folded on phones), then the filter wanted
// (each filter is folded under its name, a native disclosure).

/** Opens the filters panel and the filters `slugs` (`incubateur`, `phase`, `ministere`,
 * `thematique`); every filter when none is named. */
export async function openFilters(page, ...slugs) {
  await page.locator(".filters-panel").waitFor({ state: "attached" });
  await page.evaluate((slugs) => {
    document.querySelector(".filters-panel").open = true;
    const groups = slugs.length ? slugs.map((s) => document.getElementById(`filtre-${s}-groupe`)) : [...document.querySelectorAll(".filter-group")];
    for (const group of groups) if (group) group.open = true;
  }, slugs);
}
