import { expect, test } from 'vitest';
import { findQuotes, splitPerson } from './quotes.js';

test('“…,” said Name, role', () => {
  const text = 'Prices fell. “We are building the backbone of the grid,” said Jane Doe, chief economist at Acme Bank. More text.';
  const [q] = findQuotes(text);
  expect(q).toMatchObject({ text: 'We are building the backbone of the grid', by: 'Jane Doe', role: 'chief economist at Acme Bank' });
  expect(text.slice(q!.start, q!.end)).toMatch(/^“We are .*Acme Bank$/);
});

test('„…“, sagte Name', () => {
  expect(findQuotes('„Die Frage ist nicht ob, sondern wann“, sagte Anna Berger.')[0]).toMatchObject({ by: 'Anna Berger', text: 'Die Frage ist nicht ob, sondern wann' });
});

test('"…" – Name after a dash, and Name said: before', () => {
  expect(findQuotes('"Storage is the new baseload for us" – Tom Berg, CEO of Gridco')[0]).toMatchObject({ by: 'Tom Berg', role: 'CEO of Gridco' });
  expect(findQuotes('Tom Berg said: “Storage is the new baseload for us.”')[0]).toMatchObject({ by: 'Tom Berg' });
});

test('von <Rolle> <Name> hervorgehoben – “…” with the role split off', () => {
  const text = 'Diese Punkte, wie sie von Acmes Chief Technology Officer Lena Roth hervorgehoben werden – “Das Netz ist das Nadelöhr für alles” [2] – zeigen den Trend.';
  expect(findQuotes(text)[0]).toMatchObject({ text: 'Das Netz ist das Nadelöhr für alles', by: 'Lena Roth', role: 'Acmes Chief Technology Officer' });
});

test('no speaker or too short: not a quote', () => {
  expect(findQuotes('Sie nennen es einen „KI-Kanal“ für Daten.')).toEqual([]);
  expect(findQuotes('Man sagt „das wird schon irgendwie gut gehen“ und macht weiter.')).toEqual([]);
});

test('splitPerson', () => {
  expect(splitPerson('Acme CEO Jane Doe')).toEqual({ by: 'Jane Doe', role: 'Acme CEO' });
  expect(splitPerson('Dr. Miriam Vogt')).toEqual({ by: 'Dr. Miriam Vogt' });
  expect(splitPerson('Fidji Simo')).toEqual({ by: 'Fidji Simo' });
});
