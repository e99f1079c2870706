// The reception console in headless Chromium, against a real demo desk on loopback:
// sign in, record a failed call, confirm an appointment, check what the person's app then
// reads, save screenshots under target/browser/, and run axe-core on every page (no serious
// or critical violation allowed).
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
  dataDir = mkdtempSync(join(tmpdir(), 'relais-browser-'));
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

async function signIn(page, login, password) {
  await page.goto(`${base}/login`);
  await accessible(page, 'login');
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(`${base}/console/calls`);
}

test('reception records a failed call, confirms, and the person sees a named human', async () => {
  // The person's app submits a request and keeps its token.
  const id = '0193b1c2-d3e4-7f00-8a00-0000000000aa';
  const submitted = await fetch(`${base}/v1/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id,
      structure_key: 'cmp-collines',
      content: {
        name: 'Aminata',
        reach: { type: 'own_phone', phone: '+33639980099' },
        call_windows: [{ days: 31, from: 540, to: 720 }],
        voicemail_ok: false,
        sms_ok: true,
        languages: ['fr', 'wo'],
        interpreter_needed: false,
        age: 'from21',
        place: { type: 'address', commune: '96004', street: null },
        message: "J'aimerais parler à quelqu'un.",
      },
    }),
  });
  assert.equal(submitted.status, 201);
  const { token } = await submitted.json();

  // bypassCSP: the desk's policy forbids every script, axe-core's included (the policy itself
  // is tried in the last test).
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await signIn(page, 'accueil', 'accueil-demo-2026');
  await accessible(page, 'calls');
  assert.ok(await page.getByRole('link', { name: 'Aminata' }).isVisible());

  await page.getByRole('link', { name: 'Aminata' }).click();
  await page.waitForURL(new RegExp(`/console/requests/${id}`));
  await accessible(page, 'request');
  // Voicemail is not allowed: the button says so and cannot be used.
  assert.equal(await page.getByRole('button', { name: 'Message laissé (refusé)' }).isDisabled(), true);

  await page.getByRole('button', { name: 'Pas de réponse' }).click();
  await page.waitForURL(/done=call/);
  assert.match(await page.textContent('main'), /pas de réponse – Claire Martin/);
  await page.screenshot({ path: join(shots, 'after-failed-call.png'), fullPage: true });

  await page.getByLabel('Date', { exact: true }).fill('2030-12-03');
  await page.getByLabel('Heure', { exact: true }).fill('14:30');
  await page.getByLabel('Avec qui (nom de la personne qui recevra)').fill('Paul Girard');
  await page.getByRole('button', { name: 'Confirmer' }).click();
  await page.waitForURL(/done=confirmed/);
  const main = await page.textContent('main');
  assert.match(main, /Rendez-vous confirmé/);
  assert.match(main, /Rendez-vous mardi 3 décembre à 14 h 30/);
  await accessible(page, 'confirmed');

  // What the person's app reads now.
  const status = await (await fetch(`${base}/v1/requests/${id}`, { headers: { authorization: `Bearer ${token}` } })).json();
  assert.equal(status.state.state, 'confirmed');
  assert.equal(status.state.with.who.name, 'Paul Girard');
  // The CMP des Collines' own line (from the directory) was offered and kept.
  assert.equal(status.state.with.phone, '+33353013001');
  assert.equal(status.state.place, '11 route de Montrelais, 96200 Montrelais');
  assert.equal(status.state.kind, 'nurse_intake');
  assert.equal(status.state.confirmed_by, 'Claire Martin');

  for (const [path, name] of [['/console/call-sheet', 'call-sheet'], ['/console/done', 'done'], ['/console/sms', 'sms']]) {
    await page.goto(`${base}${path}`);
    await accessible(page, name);
  }
  await context.close();
});

test('admin pages are accessible too', async () => {
  const context = await browser.newContext({ locale: 'fr-FR', bypassCSP: true });
  const page = await context.newPage();
  await signIn(page, 'admin', 'admin-demo-2026');
  for (const [path, name] of [['/console/staff', 'staff'], ['/console/audit', 'audit'], ['/console/figures', 'figures']]) {
    await page.goto(`${base}${path}`);
    await accessible(page, name);
  }
  await context.close();
});

test('the content security policy lets the style sheet apply and no script run', async () => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  const refused = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  const res = await page.goto(`${base}/login`);
  assert.match(res.headers()['content-security-policy'], /frame-ancestors 'none'/);
  // The inline sheet (allowed by its hash) applies: the header is the console's blue.
  const blue = await page.evaluate(() => getComputedStyle(document.querySelector('header')).backgroundColor);
  assert.equal(blue, 'rgb(0, 0, 145)');
  assert.deepEqual(refused, [], 'nothing of the page itself was refused');
  // A script slipped into the page (as an injection would) does not run.
  await page.addScriptTag({ content: 'window.injected = true;' }).catch(() => {});
  assert.equal(await page.evaluate(() => window.injected === true), false);
  await context.close();
});
