/**
 * Every language has every word of the glossary: each language module's named exports, taken as a whole,
 * must be a {@link Glossary} (a type check only — nothing imports this module, and it has no code).
 */
import type * as en from './en.js';
import type * as nb from './nb.js';
import type * as nn from './nn.js';
import type { Glossary } from './types.js';

type Complete<T extends Glossary> = T;

export type Languages = [Complete<typeof nb>, Complete<typeof nn>, Complete<typeof en>];
