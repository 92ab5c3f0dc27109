// Runs axe-core over HTML pages in headless Chromium and prints every violation.
// Usage: node axe.js CHROMIUM [dark:]PAGE.html…   Exit status 1 when any page has a violation.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const rules = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function main() {
  const [executablePath, ...pages] = process.argv.slice(2);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'axe-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    bypassCSP: true, // the pages allow no script; axe is one
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Each check is one page in one colour scheme: "page.html" is checked light, and
  // "dark:page.html" dark. Three run at a time.
  const checks = pages.map((arg) => {
    const dark = arg.startsWith('dark:');
    return { file: dark ? arg.slice(5) : arg, scheme: dark ? 'dark' : 'light' };
  });
  let failed = 0;
  let next = 0;
  async function worker() {
    while (next < checks.length) {
      const { file, scheme } = checks[next++];
      const page = await browser.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('file://' + path.resolve(file));
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), rules);
      for (const v of result.violations) {
        failed++;
        const nodes = v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ': ' + n.failureSummary.replace(/\s+/g, ' '));
        console.log(`${file} (${scheme}): ${v.id} [${v.impact}] ${v.help} (${v.nodes.length} elements)\n  ${nodes.join('\n  ')}`);
      }
      await page.close();
    }
  }
  try {
    await Promise.all([worker(), worker(), worker()]);
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(`checked ${checks.length} pages, ${failed} violations`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((err) => { console.error(err); process.exit(2); });
