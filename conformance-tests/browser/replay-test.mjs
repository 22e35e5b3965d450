// Opens a minijs --visualize page in headless chromium, steps through it and checks what a reader must see:
// console lines in the A, C, B order, and the async frame parked at the await, then resumed from the
// microtask queue. Usage: node replay-test.mjs <page.html> <screenshot.png>
import { chromium } from 'playwright-core';

const [page_, shot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const fail = (msg) => { console.error('FAIL: ' + msg); process.exitCode = 1; };
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto('file://' + page_);
  const total = await page.evaluate(() => window.minijsReplay.events.length);
  let sawParked = false, parkedAt = '', resumedByMicrotask = false, consoleWhenParked = '';
  for (let i = 0; i < total; i++) {
    await page.keyboard.press(i === 0 ? 'Home' : 'ArrowRight');
    const parked = await page.locator('[data-testid=parked] .frame').count();
    const event = await page.locator('[data-testid=event]').textContent();
    if (parked > 0 && !sawParked) {
      sawParked = true;
      parkedAt = await page.locator('[data-testid=parked] .frame').first().textContent();
      consoleWhenParked = await page.locator('[data-testid=console]').textContent();
    }
    if (sawParked && /resumes, re-entered by PromiseReactionJob/.test(event)) resumedByMicrotask = true;
  }
  const finalConsole = await page.locator('[data-testid=console]').textContent();
  if (finalConsole !== 'A\nC\nB\n') fail('console shows ' + JSON.stringify(finalConsole));
  if (!sawParked) fail('the async frame was never shown parked');
  if (!/\w+ #\d+ parked at .*await-order\.js:\d+:\d+/.test(parkedAt)) fail('parked frame text: ' + parkedAt);
  if (consoleWhenParked !== 'A\n') fail('console when the frame parked: ' + JSON.stringify(consoleWhenParked));
  if (!resumedByMicrotask) fail('the frame was not shown resuming from the microtask queue');
  await page.evaluate(() => window.minijsReplay.go(Math.floor(window.minijsReplay.events.length / 2)));
  await page.screenshot({ path: shot, fullPage: true });
  if (!process.exitCode) console.log('replay ok: ' + total + ' steps; screenshot ' + shot);
} finally {
  await browser.close();
}
