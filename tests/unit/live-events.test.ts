import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../api/config.js';
import { classProgressKey, memoryEventBus, redisEventBus } from '../../api/events/index.js';

describe('REDIS_URL', () => {
  it('is optional: without it, live events stay in the process', () => {
    expect(loadConfig({}).redisUrl).toBeUndefined();
    expect(loadConfig({ REDIS_URL: '' }).redisUrl).toBeUndefined();
  });

  it('takes a redis:// or rediss:// URL, and refuses anything else naming the variable', () => {
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379/0' }).redisUrl).toBe('redis://127.0.0.1:6379/0');
    expect(loadConfig({ REDIS_URL: 'rediss://user:secret@cache.example.cn:6380' }).redisUrl).toBe(
      'rediss://user:secret@cache.example.cn:6380',
    );
    for (const bad of ['http://127.0.0.1:6379', '127.0.0.1:6379', 'redis//x']) {
      expect(() => loadConfig({ REDIS_URL: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ REDIS_URL: bad })).toThrow(/^REDIS_URL: must be a redis:\/\/ or rediss:\/\//);
    }
  });
});

describe('the in-process event bus', () => {
  it('delivers a class’s events to its subscribers only, keyed by class and programme', async () => {
    const bus = memoryEventBus();
    const mine = bus.pubsub
      .subscribe('classProgress', classProgressKey('class-1', 'programme-1'))
      [Symbol.asyncIterator]();
    const next = mine.next();
    await Promise.resolve(); // the subscriber listens from its first pull
    const event = { enrolmentId: 'e', teacherId: 'u', kind: 'SHARE' as const, at: new Date(0).toISOString() };
    bus.pubsub.publish('classProgress', classProgressKey('class-1', 'programme-2'), { ...event, enrolmentId: 'other' });
    bus.pubsub.publish('classProgress', classProgressKey('class-2', 'programme-1'), { ...event, enrolmentId: 'other' });
    bus.pubsub.publish('classProgress', classProgressKey('class-1', 'programme-1'), event);
    expect(await next).toEqual({ done: false, value: event });
    await mine.return?.();
    await bus.close();
  });

  it('keys a channel by class then programme', () => {
    expect(classProgressKey('c', 'p')).toBe('c:p');
  });
});

describe('the Redis event bus', () => {
  it('fails to open, with the connection error, when Redis cannot be reached (the API then refuses to start)', async () => {
    await expect(redisEventBus('redis://127.0.0.1:1')).rejects.toThrow(/ECONNREFUSED/);
  });
});
