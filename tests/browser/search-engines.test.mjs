// What a search engine finds: robots.txt lets it in, and each route (the explorer, an embed, the
// presentation) has a description of its own. (Each page's title: page-titles.test.mjs.)
import assert from "node:assert/strict";

export default [
  {
    name: "search engines: robots.txt lets them in",
    async run({ base }) {
      const response = await fetch(`${base}robots.txt`);
      assert.equal(response.status, 200);
      assert.match(await response.text(), /^User-agent: \*\nAllow: \/$/m);
    },
  },
  {
    name: "search engines: each route has its own description",
    async run({ page, base }) {
      const descriptions = new Set();
      for (const route of ["", "embed/fast", "presentation"]) {
        await page.goto(base + route);
        await page.locator("canvas[data-draws], .figure__value").first().waitFor();
        descriptions.add(await page.locator('meta[name="description"]').getAttribute("content"));
      }
      assert.equal(descriptions.size, 3);
    },
  },
];
