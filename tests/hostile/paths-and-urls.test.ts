/**
 * Image, data, theme and logo paths that leave the outline's folder tree (`../`, absolute paths,
 * symbolic links pointing out) and URLs where a path belongs: each a positioned error, and no
 * network access, ever (every socket connect and DNS lookup during the builds is recorded).
 */
import dns from 'node:dns';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildJson, outlineWith, pngHeader, tempFolder } from './helpers.js';

const outside = tempFolder('bd-outside-');
const f = tempFolder();
const network: string[] = [];
const saved = { connect: net.Socket.prototype.connect, lookup: dns.lookup };

beforeAll(() => {
  outside.write('secret.csv', 'label,value\na,1\n');
  outside.write('secret.png', pngHeader(10, 10));
  outside.write('theme.yaml', 'extends: midnight\n');
  mkdirSync(path.join(f.dir, 'deck'), { recursive: true });
  symlinkSync(path.join(outside.dir, 'secret.csv'), path.join(f.dir, 'deck', 'link.csv'));
  symlinkSync(path.join(outside.dir, 'secret.png'), path.join(f.dir, 'deck', 'link.png'));
  symlinkSync(path.join(outside.dir, 'theme.yaml'), path.join(f.dir, 'deck', 'link-theme.yaml'));
  symlinkSync(outside.dir, path.join(f.dir, 'deck', 'linked-folder'));
  writeFileSync(path.join(f.dir, 'sibling.csv'), 'label,value\na,1\n');
  // Record (and refuse) any attempt to reach the network while these tests run.
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    network.push(`connect ${JSON.stringify(args[0]).slice(0, 80)}`);
    throw new Error('network access in a test');
  } as typeof net.Socket.prototype.connect;
  (dns as { lookup: unknown }).lookup = (host: string) => {
    network.push(`lookup ${host}`);
    throw new Error('DNS lookup in a test');
  };
});
afterAll(() => {
  net.Socket.prototype.connect = saved.connect;
  (dns as { lookup: unknown }).lookup = saved.lookup;
  expect(network).toEqual([]);
  f.dispose();
  outside.dispose();
});

const image = (p: string) => `title: I\nimage: { path: "${p}" }`;
const data = (p: string) => `title: C\nchart: { type: bar, data: "${p}" }`;

test.each([
  ['image ../', image('../sibling.csv'), 'path/outside-outline', /points outside the outline's folder/],
  ['image absolute', image('/etc/passwd'), 'path/outside-outline', /is an absolute path/],
  ['image Windows absolute', image('C:\\\\Windows\\\\win.ini'), 'path/outside-outline', /is an absolute path/],
  ['image UNC share', image('\\\\\\\\server\\\\share\\\\a.png'), 'path/outside-outline', /is an absolute path/],
  ['image symlink out', image('./link.png'), 'path/outside-outline', /symbolic link to a file outside/],
  ['image through a linked folder', image('./linked-folder/secret.png'), 'path/outside-outline', /symbolic link/],
  ['image https URL', image('https://example.com/a.png'), 'path/url-not-allowed', /is a URL/],
  ['image protocol-relative URL', image('//example.com/a.png'), 'path/url-not-allowed', /is a URL/],
  ['image data: URI', image('data:image/png;base64,iVBORw0KGgo='), 'path/url-not-allowed', /is a URL/],
  ['data ../', data('../sibling.csv'), 'path/outside-outline', /points outside/],
  ['data ../ hidden in the middle', data('./sub/../../sibling.csv'), 'path/outside-outline', /points outside/],
  ['data absolute', data(path.join(outside.dir, 'secret.csv')), 'path/outside-outline', /absolute path/],
  ['data symlink out', data('./link.csv'), 'path/outside-outline', /symbolic link/],
  ['data http URL', data('http://169.254.169.254/latest/meta-data'), 'path/url-not-allowed', /is a URL/],
  ['data file: URL', data('file:///etc/passwd'), 'path/url-not-allowed', /is a URL/],
])('%s is refused', async (_name, slide, code, message) => {
  const file = f.write('deck/outline.yaml', outlineWith(slide));
  const r = await buildJson(file, f.dir);
  expect(r.code).toBe(1);
  expect(r.errors).toEqual([expect.objectContaining({ code, line: 6 })]);
  expect(r.errors[0]!.message).toMatch(message);
});

test.each([
  ['../theme.yaml', 'path/outside-outline', /points outside/],
  ['/etc/theme.yaml', 'path/outside-outline', /absolute path/],
  ['./link-theme.yaml', 'path/outside-outline', /symbolic link/],
  ['https://example.com/theme.yaml', 'path/url-not-allowed', /is a URL/],
])('theme %s is refused', async (theme, code, message) => {
  const file = f.write('deck/themed.yaml', outlineWith('title: B\nbullets: [a]', `theme: "${theme}"\n`));
  const r = await buildJson(file, f.dir);
  expect(r.code).toBe(1);
  expect(r.errors).toEqual([expect.objectContaining({ code })]);
  expect(r.errors[0]!.message).toMatch(message);
  expect(r.errors[0]!.line).toBeGreaterThanOrEqual(1);
});

test.each([
  ['../../secret.png', 'path/outside-outline'],
  ['https://example.com/logo.png', 'path/url-not-allowed'],
])('a theme logo %s is refused at the logo: line of the theme file', async (logo, code) => {
  f.write('deck/logo-theme.yaml', `extends: briefing\nlogo: "${logo}"\n`);
  f.write('deck/logo.yaml', outlineWith('title: B\nbullets: [a]', 'theme: ./logo-theme.yaml\n'));
  const r = await buildJson('deck/logo.yaml', f.dir);
  expect(r.code).toBe(1);
  expect(r.errors).toEqual([expect.objectContaining({ code, file: 'deck/logo-theme.yaml', line: 2, col: 7 })]);
});
