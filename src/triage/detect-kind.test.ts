import { detectKind } from './detect-kind.js';

const b = (s: string) => Buffer.from(s, 'utf8');

describe('detectKind', () => {
  it.each([
    ['From alice@example.org Thu Nov 26 00:41:35 2026\nSubject: x\n\nbody\n', 'mbox'],
    ['{\n  "schemaVersion": 1\n}\n', 'json'],
    ['\uFEFF  {"a":1}', 'json'],
    ['Return-Path: <a@b>\r\nReceived: from x\r\n\tby y\r\nSubject: hi\r\n\r\nbody', 'eml'],
    ['Subject: ssh problem\nFrom: a@b.fr\nContent-Type: text/plain\n\nhello', 'eml'],
    ['Bonjour,\nvoici le résultat\n', 'text'],
    ['debug1: Reading configuration data /etc/ssh/ssh_config\ndebug1: Connecting to x\n', 'text'],
    ['Linux laptop 6.1.0 #1 SMP x86_64 GNU/Linux\ntotal 16\n', 'text'],
    ['From: someone\n\nonly one known header', 'text'],
    ['', 'empty'],
    ['   \n\n', 'empty'],
  ])('%j is %s', (input, kind) => {
    expect(detectKind(b(input))).toBe(kind);
  });

  it('sees binary data', () => {
    expect(detectKind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))).toBe('binary');
  });
});
