import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { ApplicationRequestSchema } from '../../src/contract/schemas.js';
import {
  MAX_LINES,
  addLine,
  applicationRequest,
  applicationServerProblems,
  applicationWarnings,
  budgetTotal,
  checkApplication,
  cleanApplication,
  emptyApplication,
  isBlankApplication,
  removeLine,
  type ApplicationDraft,
} from '../../src/domain/application.js';

const filled: ApplicationDraft = {
  ...emptyApplication(),
  applicant: ' Kari Nordmann ',
  organisation: 'Tofte vel',
  email: 'kari@eksempel.no',
  title: 'Benker ved brygga',
  description: 'To benker og blomsterkasser.',
  amount: '18 500',
  lines: [
    { item: 'Benker', amount: '12 000' },
    { item: '', amount: '' },
    { item: 'Blomster', amount: '6 500 kr' },
  ],
  consent: true,
};

describe('application domain: applying for a grant', () => {
  it('finds nothing wrong with a filled-in application', () => {
    expect(checkApplication(filled)).to.deep.equal([]);
  });

  it('checks every field in the form’s order, budget lines by line', () => {
    const problems = checkApplication({
      ...emptyApplication(),
      email: 'kari@',
      phone: '123',
      amount: 'mye',
      lines: [
        { item: '', amount: '500' },
        { item: 'Maling', amount: 'ti' },
      ],
    });
    expect(problems).to.deep.equal([
      { field: 'applicant', code: 'required' },
      { field: 'email', code: 'invalid' },
      { field: 'phone', code: 'invalid' },
      { field: 'title', code: 'required' },
      { field: 'description', code: 'required' },
      { field: 'amount', code: 'invalid' },
      { field: 'lines.0.item', code: 'required' },
      { field: 'lines.1.amount', code: 'invalid' },
      { field: 'consent', code: 'required' },
    ]);
    expect(checkApplication({ ...filled, amount: '' })).to.deep.equal([{ field: 'amount', code: 'required' }]);
    expect(checkApplication({ ...filled, amount: '0' })).to.deep.equal([{ field: 'amount', code: 'invalid' }]);
    expect(checkApplication({ ...filled, title: 'x'.repeat(201) })).to.deep.equal([
      { field: 'title', code: 'tooLong' },
    ]);
  });

  it('sums the budget lines it can read', () => {
    expect(budgetTotal(filled.lines)).to.equal(18_500);
    expect(
      budgetTotal([
        { item: 'a', amount: '0,10' },
        { item: 'b', amount: '0,20' },
        { item: 'c', amount: 'x' },
      ]),
    ).to.equal(0.3);
    expect(budgetTotal([])).to.equal(0);
  });

  it('warns, without blocking, when the amount is more than is left or more than the budget adds up to', () => {
    expect(applicationWarnings(filled, 20_000)).to.deep.equal({});
    expect(applicationWarnings(filled, 10_000)).to.deep.equal({ overLeft: 8_500 });
    expect(applicationWarnings({ ...filled, amount: '20 000' }, -5_000)).to.deep.equal({
      overLeft: 20_000,
      overBudget: 1_500,
    });
    expect(applicationWarnings({ ...filled, lines: [] }, 0)).to.deep.equal({ overLeft: 18_500 });
    expect(applicationWarnings({ ...filled, amount: 'mye' }, 0)).to.deep.equal({});
    expect(checkApplication({ ...filled, amount: '1 000 000' })).to.deep.equal([]);
  });

  it('sends trimmed texts, the amount as a number, the used budget lines only, no empty optional field', () => {
    const { body, sentLines } = applicationRequest({ ...filled, phone: '  ' });
    expect(body).to.deep.equal({
      applicant: 'Kari Nordmann',
      organisation: 'Tofte vel',
      email: 'kari@eksempel.no',
      title: 'Benker ved brygga',
      description: 'To benker og blomsterkasser.',
      amount: 18_500,
      budget: [
        { item: 'Benker', amount: 12_000 },
        { item: 'Blomster', amount: 6_500 },
      ],
      consent: true,
    });
    expect(sentLines).to.deep.equal([0, 2]);
    expect(applicationRequest({ ...filled, lines: [] }).body).not.to.have.property('budget');
  });

  it('sends a body the API schema accepts whenever the checks pass (property)', () => {
    const text = fc.string({ maxLength: 60 });
    const amount = fc.oneof(fc.integer({ min: 0, max: 10 ** 7 }).map(String), text);
    const arb = fc.record({
      applicant: text,
      organisation: text,
      email: fc.oneof(fc.emailAddress(), text),
      phone: fc.oneof(fc.constant(''), fc.constant('912 34 567'), text),
      title: text,
      description: text,
      amount,
      lines: fc.array(fc.record({ item: text, amount }), { maxLength: 4 }),
      consent: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, (draft) => {
        fc.pre(checkApplication(draft).length === 0);
        const result = v.safeParse(ApplicationRequestSchema, applicationRequest(draft).body);
        expect(result.success, JSON.stringify(result.issues)).to.equal(true);
      }),
    );
  });

  it('puts a 422 at the field it names; a budget line by the line sent (empty lines are not sent)', () => {
    const { problems, other } = applicationServerProblems(
      [
        { field: 'budget.1.amount', message: 'Too much for flowers.' },
        { field: '/email', message: 'Unknown domain.' },
        { field: 'budget.7.item', message: 'No such line.' },
        { field: 'applicationRound', message: 'Closed.' },
      ],
      filled,
    );
    expect(problems).to.deep.equal([
      { field: 'email', code: 'rejected', message: 'Unknown domain.' },
      { field: 'lines.2.amount', code: 'rejected', message: 'Too much for flowers.' },
    ]);
    expect(other).to.deep.equal(['No such line.', 'Closed.']);
  });

  it('adds budget lines up to the most, and removes one with its problems (later ones move up)', () => {
    let draft = emptyApplication();
    for (let i = 0; i < MAX_LINES + 3; i++) draft = addLine(draft);
    expect(draft.lines).to.have.length(MAX_LINES);
    const { draft: after, problems } = removeLine(
      filled,
      [
        { field: 'lines.0.item', code: 'required' },
        { field: 'lines.1.amount', code: 'invalid' },
        { field: 'lines.2.amount', code: 'invalid' },
        { field: 'consent', code: 'required' },
      ],
      1,
    );
    expect(after.lines.map((l) => l.item)).to.deep.equal(['Benker', 'Blomster']);
    expect(problems.map((p) => p.field)).to.deep.equal(['lines.0.item', 'lines.1.amount', 'consent']);
  });

  it('reads back a stored draft with only what can be in one; a blank one is nothing', () => {
    expect(cleanApplication(JSON.parse(JSON.stringify(filled)))).to.deep.equal(filled);
    expect(
      cleanApplication({
        applicant: 7,
        title: 'Benk',
        lines: [{ item: 'a', amount: 5 }, 'x'],
        consent: 'yes',
        extra: 1,
      }),
    ).to.deep.equal({ ...emptyApplication(), title: 'Benk', lines: [{ item: 'a', amount: '' }] });
    expect(cleanApplication({ consent: true, lines: [{ item: ' ', amount: '' }] })).to.equal(undefined);
    for (const bad of [null, 'x', 3, []]) expect(cleanApplication(bad)).to.equal(undefined);
    expect(isBlankApplication(emptyApplication())).to.equal(true);
    expect(isBlankApplication({ ...emptyApplication(), lines: [{ item: '', amount: '5' }] })).to.equal(false);
  });
});
