// How a visitor may have set their browser for reading, as tests reproduce it: text at 200 % and
// the text spacing of WCAG 1.4.12 (RGAA 10.12), applied to every document of the page from its start.

/** The root font size doubled, as a browser's text size setting at 200 % does. */
export async function text200(page) {
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => { document.documentElement.style.fontSize = "200%"; });
  });
}

/** WCAG 1.4.12's spacing: line height 1.5, paragraphs 2 em apart, letters 0.12 em, words 0.16 em.
 * Through a constructed style sheet, which the page's CSP allows, as a user style sheet would. */
export async function textSpacing(page) {
  await page.addInitScript(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p { margin-bottom: 2em !important; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
}
