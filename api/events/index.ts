export { type EventBus, memoryEventBus, openEventBus, redisEventBus } from './bus.js';
export { type ClassProgressEvent, classProgressKey, PROGRESS_KINDS, type ProgressKind, type Topics } from './topics.js';
