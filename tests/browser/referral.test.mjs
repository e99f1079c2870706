// Referrals in headless Chromium, against a real demo desk on loopback: a partner
// professional fills the referral form, the person reads the consent on the screen and
// answers (accepting and refusing are the same kind of button), the person's copy is printed
// with its code and QR code; then the person opens their copy at /copie with the code and
// takes their consent back. axe-core runs on every page (no serious or critical violation);
// screenshots go to target/browser/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { deskEnv } from './database.mjs';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const shots = join(root, 'target', 'browser');
const desk = process.env.RELAIS_DESK_BIN ?? join(root, 'target', 'debug', 'relais-desk');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let server;
let base;
let browser;
let dataDir;

before(async () => {
  mkdirSync(shots, { recursive: true });
  dataDir = mkdtempSync(join(tmpdir(), 'relais-browser-referral-'));
  server = spawn(desk, ['demo', '--listen', '127.0.0.1:0', '--data', dataDir], { stdio: ['ignore', 'pipe', 'inherit'], env: deskEnv() });
  base = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the desk did not start: ${out}`)), 60_000);
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/console:\s+(http:\/\/127\.0\.0\.1:\d+)\/login/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    server.on('exit', (code) => reject(new Error(`the desk exited (${code}): ${out}`)));
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Runs axe-core on the page; fails on any serious or critical violation. */
async function accessible(page, name) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`), [], `accessibility of ${name}`);
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

async function signInPartner(page) {
  await page.goto(`${base}/login`);
  await page.getByLabel('Identifiant').fill('partenaire');
  await page.getByLabel('Mot de passe').fill('partenaire-demo-2026');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(`${base}/partenaire`);
}

/** The partner fills the form with the person and shows the consent. */
async function fillAndShowConsent(page, name) {
  await page.goto(`${base}/partenaire/orientation`);
  await accessible(page, 'partner-form');
  await page.getByLabel('Son prénom ou son surnom').fill(name);
  await page.getByLabel('Son téléphone').fill('06 39 98 00 21');
  await page.getByLabel('Sa langue').selectOption('uk');
  await page.getByLabel("Besoin d'un interprète").check();
  await page.getByLabel('Pourquoi cette orientation (la personne le lira)').fill('Elle ne dort plus et voudrait parler à quelqu\'un.');
  await page.getByRole('button', { name: "Montrer l'accord à la personne" }).click();
  await page.waitForURL(`${base}/partenaire/orientation`);
  assert.match(await page.textContent('main'), /Votre accord avant d'envoyer votre demande/);
}

test('a partner sends a referral: the person reads and accepts, and gets a printed copy', async () => {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await signInPartner(page);
  await accessible(page, 'partner-home');
  await fillAndShowConsent(page, 'Oksana');
  await accessible(page, 'partner-consent');
  const main = await page.textContent('main');
  // What is shared, with whom, and until when, in plain French.
  assert.match(main, /Hélène Roux \(CCAS de Villerelais\)/);
  assert.match(main, /votre prénom ou votre surnom/);
  assert.match(main, /vos langues, et si vous avez besoin d'un interprète/);
  assert.match(main, /Votre accord dure jusqu'au/);
  // Refusing is as easy as accepting: two buttons of the same kind and size.
  const accept = page.getByRole('button', { name: "J'accepte" });
  const refuse = page.getByRole('button', { name: 'Je refuse' });
  const [a, r] = [await accept.boundingBox(), await refuse.boundingBox()];
  assert.ok(Math.abs(a.height - r.height) < 1, 'same height');
  assert.equal(await accept.getAttribute('class'), await refuse.getAttribute('class'));

  await accept.click();
  await page.waitForURL(`${base}/partenaire/accord`);
  await accessible(page, 'partner-copy');
  const copy = await page.textContent('main');
  const code = copy.match(/[ACEFHKRUXY346789]{3,}(?:-[ACEFHKRUXY346789]{3,})+/)?.[0];
  assert.ok(code, `a copy code on the sheet: ${copy}`);
  assert.match(copy, /Votre copie de l'orientation/);
  assert.match(copy, /Hélène Roux/);
  assert.ok(await page.locator('[role=img] svg').count() === 1, 'the QR code');
  const printHint = page.getByText('Ctrl + P', { exact: false });
  assert.ok(await printHint.isVisible(), 'how to print, without a script');
  assert.ok(await page.locator('.qr svg').isVisible(), 'the QR code is drawn');
  // The printed page: the copy without the hints, links and the menu.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await printHint.isVisible(), false);
  await page.screenshot({ path: join(shots, 'partner-copy-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // The partner's list shows it, waiting for a call.
  await page.goto(`${base}/partenaire`);
  assert.match(await page.textContent('main'), /Oksana/);
  await page.getByRole('link', { name: 'Oksana' }).click();
  await accessible(page, 'partner-referral');
  await context.close();

  // The person opens the copy with the code, on any browser, and takes the consent back.
  const person = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 }, bypassCSP: true });
  const p = await person.newPage();
  await p.goto(`${base}/copie`);
  await accessible(p, 'copy-form');
  await p.getByLabel('Votre code').fill(code.toLowerCase());
  await p.getByRole('button', { name: 'Voir ma copie' }).click();
  await p.waitForURL(`${base}/copie`);
  await accessible(p, 'copy-view');
  const seen = await p.textContent('main');
  assert.match(seen, /Hélène Roux/);
  assert.match(seen, /La personne à appeler au CMP/);
  assert.doesNotMatch(seen, /Oksana/, 'the copy shows kinds of data, not the data');
  await p.getByRole('button', { name: 'Je retire mon accord' }).click();
  await p.waitForURL(`${base}/copie/retirer`);
  await accessible(p, 'copy-revoked');
  assert.match(await p.textContent('main'), /Votre accord est retiré/);
  await person.close();
});

test('the person refuses: nothing is sent, and the page says whom to call', async () => {
  const context = await browser.newContext({ locale: 'fr-FR', bypassCSP: true });
  const page = await context.newPage();
  await signInPartner(page);
  await fillAndShowConsent(page, 'Refusante');
  // The person reads the consent in Arabic (right to left), and refuses in Arabic.
  await page.getByLabel("Langue de l'accord").selectOption('ar');
  await page.getByRole('button', { name: 'Afficher dans cette langue' }).click();
  await page.waitForURL(`${base}/partenaire/orientation`);
  assert.equal(await page.locator('div.consent').getAttribute('dir'), 'rtl');
  await accessible(page, 'partner-consent-ar');
  const buttons = page.locator('div.consent button');
  assert.equal(await buttons.count(), 2);
  await buttons.nth(1).click();
  await page.waitForURL(`${base}/partenaire/accord`);
  await accessible(page, 'partner-refused');
  const main = await page.textContent('main');
  assert.match(main, /Rien n'est envoyé/);
  assert.ok(await page.locator('main a[href^="tel:"]').count() >= 1, 'a number to call');
  await page.goto(`${base}/partenaire`);
  assert.doesNotMatch(await page.textContent('main'), /Refusante/);
  await context.close();
});

test('a wrong code at /copie finds nothing and says whom to call', async () => {
  const context = await browser.newContext({ locale: 'fr-FR', bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${base}/copie`);
  await page.getByLabel('Votre code').fill('AAAAA-33333');
  await page.getByRole('button', { name: 'Voir ma copie' }).click();
  await accessible(page, 'copy-not-found');
  const main = await page.textContent('main');
  assert.match(main, /Ce code ne correspond à aucune copie/);
  assert.ok(await page.locator('main a[href^="tel:"]').count() >= 1);
  await context.close();
});

test('reception sees the referral with its relay, consent and likely duplicate', async () => {
  // The same person also asked through the app, with the same phone.
  const id = '0193b1c2-d3e4-7f00-8a00-0000000000bb';
  const submitted = await fetch(`${base}/v1/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id,
      structure_key: 'cmp-collines',
      content: {
        name: 'Yulia',
        reach: { type: 'own_phone', phone: '+33639980021' },
        call_windows: [],
        voicemail_ok: false,
        sms_ok: false,
        languages: ['uk'],
        interpreter_needed: true,
        age: 'from21',
        place: { type: 'unknown' },
        message: null,
      },
    }),
  });
  assert.equal(submitted.status, 201);
  const partner = await browser.newContext({ locale: 'fr-FR', bypassCSP: true });
  const pp = await partner.newPage();
  await signInPartner(pp);
  await fillAndShowConsent(pp, 'Yulia');
  await pp.getByRole('button', { name: "J'accepte" }).click();
  await pp.waitForURL(`${base}/partenaire/accord`);
  await partner.close();

  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel('Identifiant').fill('accueil');
  await page.getByLabel('Mot de passe').fill('accueil-demo-2026');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(`${base}/console/calls`);
  await accessible(page, 'calls-with-referral');
  const list = await page.textContent('main');
  assert.match(list, /Orientation/);
  assert.match(list, /Doublon possible/);
  // The referral's page: the relay, the consent, the other request side by side.
  const referralRow = page.locator('tr').filter({ hasText: 'Hélène Roux' }).filter({ hasText: 'Yulia' });
  await referralRow.getByRole('link', { name: 'Yulia' }).click();
  await page.waitForURL(/\/console\/requests\//);
  await accessible(page, 'request-referral');
  const main = await page.textContent('main');
  assert.match(main, /Orientation par un professionnel/);
  assert.match(main, /Valable jusqu'au/);
  assert.match(main, /Doublons possibles/);
  assert.match(main, /même téléphone/);
  assert.ok(await page.locator(`a[href="/console/requests/${id}"]`).count() >= 1);
  await page.goto(`${base}/console/overdue`);
  await accessible(page, 'overdue');
  await context.close();
});
