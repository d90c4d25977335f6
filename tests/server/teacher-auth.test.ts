import type { IncomingMessage } from 'node:http';
import { expect, test } from 'vitest';
import { isLoopback, teacherAllowed } from '../../game/server/http/teacher-auth.ts';

const request = (remoteAddress: string, authorization?: string) =>
  ({
    socket: { remoteAddress },
    headers: authorization ? { authorization } : {},
  }) as unknown as IncomingMessage;

test('without a key, the teacher is whoever sits at this machine', () => {
  for (const address of ['127.0.0.1', '127.5.0.1', '::1', '::ffff:127.0.0.1'])
    expect(isLoopback(address)).toBe(true);
  for (const address of ['192.168.1.20', '::ffff:10.0.0.2', 'fe80::1', ''])
    expect(isLoopback(address)).toBe(false);
  expect(teacherAllowed(request('127.0.0.1'), null)).toBe(true);
  expect(teacherAllowed(request('192.168.1.20'), null)).toBe(false);
  expect(teacherAllowed(request('192.168.1.20', 'Bearer anything'), null)).toBe(false);
});

test('with a key, the bearer of the key from anywhere, and no one else', () => {
  expect(teacherAllowed(request('192.168.1.20', 'Bearer s3cret'), 's3cret')).toBe(true);
  expect(teacherAllowed(request('127.0.0.1'), 's3cret')).toBe(false);
  expect(teacherAllowed(request('127.0.0.1', 'Bearer s3cre'), 's3cret')).toBe(false);
  expect(teacherAllowed(request('127.0.0.1', 'Basic s3cret'), 's3cret')).toBe(false);
});
