import { MemoryStore } from '@zwgk/core';
import { describeStoreConformance } from '@zwgk/testing';

describeStoreConformance('MemoryStore', () => new MemoryStore());
