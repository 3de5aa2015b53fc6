import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { StedskompassResponseSchema } from '../../src/contract/schemas.js';
import { TorgError } from '../../src/contract/errors.js';
import {
  buildResponse,
  checkDraft,
  mapFieldErrors,
  refusedFields,
  scoresOf,
} from '../../src/domain/stedskompass-submission.js';
import { cleanDraft, type Draft } from '../../src/domain/stedskompass.js';
import { THEMES } from '../../src/contract/ids.js';
import { draftArb } from './stedskompass-arbitraries.js';

describe('stedskompass domain: sending', () => {
  const draft: Draft = {
    answers: {
      'feeling-safe': { score: 6, good: '  Trygge gater  ', improve: '   ' },
      'moving-around': { score: 3, improve: 'Fortau' },
      'public-transport': { score: 'skip', good: 'Buss' },
      'natural-space': { good: 'Skog' },
    },
    ageGroup: '20-39',
  };

  it('sends the scored themes in survey order, texts trimmed, empty texts and skipped themes left out', () => {
    expect(buildResponse('tofte', draft)).to.deep.equal({
      area: 'tofte',
      answers: [
        { theme: 'moving-around', score: 3, improve: 'Fortau' },
        { theme: 'feeling-safe', score: 6, good: 'Trygge gater' },
      ],
      ageGroup: '20-39',
    });
    expect(buildResponse('tofte', { answers: {} })).to.deep.equal({ area: 'tofte', answers: [] });
  });

  it('builds a body the API schema accepts whenever the checks pass (property)', () => {
    fc.assert(
      fc.property(draftArb, (d) => {
        const body = buildResponse('tofte', d);
        const ok = v.safeParse(StedskompassResponseSchema, body).success;
        if (checkDraft(d).length === 0) expect(ok).to.equal(true);
        const order = body.answers.map((a) => THEMES.indexOf(a.theme));
        expect(order).to.deep.equal([...order].sort((a, b) => a - b));
      }),
    );
  });

  it('asks for at least one score, and for a score where text was written', () => {
    expect(checkDraft({ answers: {} })).to.deep.equal([{ code: 'none' }]);
    expect(checkDraft({ answers: { 'moving-around': { score: 'skip' } } })).to.deep.equal([{ code: 'none' }]);
    expect(checkDraft(draft)).to.deep.equal([
      { code: 'needs-score', theme: 'public-transport', field: 'score' },
      { code: 'needs-score', theme: 'natural-space', field: 'score' },
    ]);
  });

  it('finds texts over 1000 characters (after trimming) and says by how much', () => {
    const long = cleanDraft({
      answers: { 'feeling-safe': { score: 4, good: 'a'.repeat(1003), improve: ` ${'b'.repeat(1000)} ` } },
    });
    expect(checkDraft(long)).to.deep.equal([{ code: 'too-long', theme: 'feeling-safe', field: 'good', over: 3 }]);
  });

  it('maps 422 field paths to the theme of the answer sent at that index', () => {
    const body = buildResponse('tofte', draft);
    const problems = mapFieldErrors(
      [
        { field: 'answers.1.good', message: 'At most 1000 characters.' },
        { field: 'answers[0].improve', message: 'No names, please.' },
        { field: 'answers.0.score', message: 'Bad score.' },
        { field: 'answers.7.good', message: 'No such answer.' },
        { field: 'ageGroup', message: 'Unknown.' },
        { field: 'area', message: 'Unknown area.' },
      ],
      body,
    );
    expect(problems).to.deep.equal([
      { code: 'server', theme: 'feeling-safe', field: 'good', message: 'At most 1000 characters.' },
      { code: 'server', theme: 'moving-around', field: 'improve', message: 'No names, please.' },
      { code: 'server', theme: 'moving-around', field: 'score', message: 'Bad score.' },
      { code: 'server', message: 'No such answer.' },
      { code: 'server', field: 'ageGroup', message: 'Unknown.' },
      { code: 'server', message: 'Unknown area.' },
    ]);
  });

  it('maps any field path of any body without throwing (property)', () => {
    fc.assert(
      fc.property(draftArb, fc.array(fc.record({ field: fc.string(), message: fc.string() })), (d, errors) => {
        const body = buildResponse('x', d);
        const problems = mapFieldErrors(errors, body);
        expect(problems).to.have.length(errors.length);
        for (const p of problems) if (p.theme) expect(body.answers.map((a) => a.theme)).to.include(p.theme);
      }),
    );
  });

  it('gives the sent scores by theme', () => {
    expect(scoresOf(buildResponse('tofte', draft))).to.deep.equal({ 'moving-around': 3, 'feeling-safe': 6 });
  });

  it('finds the refused fields of a 422 only; any other failure has none (the draft is kept, "not sent")', () => {
    const body = buildResponse('tofte', draft);
    const refusal = new TorgError('validation', 'Unprocessable', {
      status: 422,
      problem: {
        type: 'about:blank',
        title: 'Unprocessable',
        status: 422,
        errors: [{ field: 'answers.0.improve', message: 'No names.' }],
      },
    });
    expect(refusedFields(refusal, body)).to.deep.equal([
      { code: 'server', theme: 'moving-around', field: 'improve', message: 'No names.' },
    ]);
    expect(refusedFields(new TorgError('validation', 'Unprocessable', { status: 422 }), body)).to.deep.equal([]);
    expect(refusedFields(new TorgError('server', 'Down', { status: 503 }), body)).to.deep.equal([]);
    expect(refusedFields(new TypeError('Failed to fetch'), body)).to.deep.equal([]);
    expect(refusedFields(undefined, body)).to.deep.equal([]);
  });
});
