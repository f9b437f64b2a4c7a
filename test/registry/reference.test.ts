import { describe, expect, test } from '@jest/globals';
import { apiHost, formatImageReference, isLocalRegistry, parseImageReference } from '../../src/adapters/registry/reference.js';
import { LockstepError } from '../../src/core/errors.js';

describe('parseImageReference', () => {
  test.each([
    ['ubuntu', { registry: 'docker.io', repository: 'library/ubuntu', tag: 'latest' }],
    ['ubuntu:22.04', { registry: 'docker.io', repository: 'library/ubuntu', tag: '22.04' }],
    ['eclipse-temurin:21', { registry: 'docker.io', repository: 'library/eclipse-temurin', tag: '21' }],
    ['bitnami/redis:7', { registry: 'docker.io', repository: 'bitnami/redis', tag: '7' }],
    ['docker.io/ubuntu', { registry: 'docker.io', repository: 'library/ubuntu', tag: 'latest' }],
    ['index.docker.io/library/ubuntu:20.04', { registry: 'docker.io', repository: 'library/ubuntu', tag: '20.04' }],
    ['registry-1.docker.io/ubuntu', { registry: 'docker.io', repository: 'library/ubuntu', tag: 'latest' }],
    ['ghcr.io/acme/my-service-a:abc123', { registry: 'ghcr.io', repository: 'acme/my-service-a', tag: 'abc123' }],
    ['localhost/app', { registry: 'localhost', repository: 'app', tag: 'latest' }],
    ['localhost:5000/team/app:v1', { registry: 'localhost:5000', repository: 'team/app', tag: 'v1' }],
    ['127.0.0.1:5000/app:v1', { registry: '127.0.0.1:5000', repository: 'app', tag: 'v1' }],
    ['[::1]:5000/app', { registry: '[::1]:5000', repository: 'app', tag: 'latest' }],
    ['Registry/app', { registry: 'Registry', repository: 'app', tag: 'latest' }],
    ['a.b/c/d/e_f__g-h:t', { registry: 'a.b', repository: 'c/d/e_f__g-h', tag: 't' }],
    [
      'alpine@sha256:0123456789012345678901234567890123456789012345678901234567890123',
      { registry: 'docker.io', repository: 'library/alpine', digest: 'sha256:0123456789012345678901234567890123456789012345678901234567890123' },
    ],
    [
      'quay.io/x/y:3@sha256:0123456789012345678901234567890123456789012345678901234567890123',
      { registry: 'quay.io', repository: 'x/y', tag: '3', digest: 'sha256:0123456789012345678901234567890123456789012345678901234567890123' },
    ],
  ])('%s', (input, expected) => {
    expect(parseImageReference(input)).toEqual(expected);
  });

  test.each([
    ['', 'empty'],
    ['UPPER', 'not a valid repository name part'],
    ['ghcr.io/Acme/x', 'not a valid repository name part'],
    ['app:bad tag', 'not a valid tag'],
    ['app:-x', 'not a valid tag'],
    ['app@sha256:short', 'not a digest'],
    ['ghcr.io/', 'repository name is empty'],
    ['a//b', 'not a valid repository name part'],
    ['bad_host:x:5000/app', 'is not a registry host'],
  ])('rejects %j', (input, why) => {
    expect(() => parseImageReference(input)).toThrow(LockstepError);
    expect(() => parseImageReference(input)).toThrow(why);
  });

  test('round-trips through formatImageReference', () => {
    for (const s of ['ghcr.io/acme/app:1', 'docker.io/library/ubuntu:latest', '127.0.0.1:5000/a/b@sha256:0123456789012345678901234567890123456789012345678901234567890123']) {
      expect(formatImageReference(parseImageReference(s))).toBe(s);
    }
    expect(formatImageReference(parseImageReference('ubuntu'))).toBe('docker.io/library/ubuntu:latest');
  });
});

test('apiHost maps Docker Hub to registry-1.docker.io and keeps others', () => {
  expect(apiHost('docker.io')).toBe('registry-1.docker.io');
  expect(apiHost('index.docker.io')).toBe('registry-1.docker.io');
  expect(apiHost('ghcr.io')).toBe('ghcr.io');
  expect(apiHost('127.0.0.1:5000')).toBe('127.0.0.1:5000');
});

test('isLocalRegistry: only loopback hosts default to plain HTTP', () => {
  expect(isLocalRegistry('localhost:5000')).toBe(true);
  expect(isLocalRegistry('127.0.0.1:40000')).toBe(true);
  expect(isLocalRegistry('[::1]:5000')).toBe(true);
  expect(isLocalRegistry('localhost.example.com')).toBe(false);
  expect(isLocalRegistry('ghcr.io')).toBe(false);
  expect(isLocalRegistry('10.0.0.1:5000')).toBe(false);
});
