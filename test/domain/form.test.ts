import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { TorgError } from '../../src/contract/errors.js';
import { RETRY_STATUSES, inFormOrder, refusedFieldErrors, serverProblems } from '../../src/domain/form-refused.js';
import {
  LONG_TEXT,
  SHORT_TEXT,
  checkText,
  isEmail,
  isOnItsWay,
  isPhone,
  parseKroner,
  parseStoredForm,
  phaseOnTheWay,
  recheck,
  serializeStoredForm,
  type Problem,
  type SubmitPhase,
} from '../../src/domain/form.js';

describe('form domain: the rules every form shares', () => {
  describe('checkText', () => {
    it('is required only when asked, and too long over the limit (after trimming)', () => {
      expect(checkText('  ', { required: true })).to.equal('required');
      expect(checkText('  ')).to.equal(undefined);
      expect(checkText(` ${'a'.repeat(SHORT_TEXT)} `)).to.equal(undefined);
      expect(checkText('a'.repeat(SHORT_TEXT + 1))).to.equal('tooLong');
      expect(checkText('a'.repeat(LONG_TEXT), { max: LONG_TEXT })).to.equal(undefined);
      expect(checkText('a'.repeat(LONG_TEXT + 1), { max: LONG_TEXT, required: true })).to.equal('tooLong');
    });
  });

  describe('parseKroner', () => {
    it('reads amounts as people write them', () => {
      const cases: [string, number][] = [
        ['25000', 25000],
        ['25 000', 25000],
        ['25\u00a0000 kr', 25000],
        ['kr 25 000,-', 25000],
        ['kr. 1 000', 1000],
        ['NOK 12,500', 12500],
        ['25.000', 25000],
        ['1.250.000', 1250000],
        ['1 250,50', 1250.5],
        ['1250.5', 1250.5],
        ['0,75', 0.75],
      ];
      for (const [text, amount] of cases) expect(parseKroner(text), text).to.equal(amount);
    });

    it('is undefined when empty and NaN when it is not an amount', () => {
      expect(parseKroner('')).to.equal(undefined);
      expect(parseKroner('   ')).to.equal(undefined);
      for (const bad of ['kr', 'ti tusen', '12,5,0', '-500', '1e5', '12.34.5', '1,2345']) {
        expect(parseKroner(bad), bad).to.be.NaN;
      }
    });

    it('reads back any whole amount written with spaces between thousands, with or without "kr" (property)', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.constantFrom('', ' kr', 'kr '), (n, unit) => {
          const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
          const text = unit === 'kr ' ? `${unit}${grouped}` : `${grouped}${unit}`;
          expect(parseKroner(text), text).to.equal(n);
        }),
      );
    });
  });

  describe('problems', () => {
    const order = ['applicant', 'email', 'lines.*.item', 'lines.*.amount', 'consent'];

    it("puts problems in the order of the form, each budget line's together, by their number", () => {
      const problems: Problem[] = [
        { field: 'consent', code: 'required' },
        { field: 'lines.10.amount', code: 'invalid' },
        { field: 'lines.2.amount', code: 'invalid' },
        { field: 'lines.3.item', code: 'required' },
        { field: 'lines.2.item', code: 'required' },
        { field: 'applicant', code: 'required' },
      ];
      expect(inFormOrder(problems, order).map((p) => p.field)).to.deep.equal([
        'applicant',
        'lines.2.item',
        'lines.2.amount',
        'lines.3.item',
        'lines.10.amount',
        'consent',
      ]);
    });

    it('rechecks only a field that had a problem: gone when corrected, changed in place, none while typing elsewhere', () => {
      const shown: Problem[] = [
        { field: 'applicant', code: 'required' },
        { field: 'email', code: 'required' },
        { field: 'consent', code: 'required' },
      ];
      expect(recheck(shown, 'applicant', []).map((p) => p.field)).to.deep.equal(['email', 'consent']);
      expect(recheck(shown, 'email', [{ field: 'email', code: 'invalid' }])).to.deep.equal([
        { field: 'applicant', code: 'required' },
        { field: 'email', code: 'invalid' },
        { field: 'consent', code: 'required' },
      ]);
      expect(recheck(shown, 'phone', [{ field: 'phone', code: 'invalid' }])).to.deep.equal(shown);
    });

    it('puts a 422 at the fields it names (any path spelling), once per field; the rest are for the whole form', () => {
      const map = (path: string): string | undefined =>
        path.startsWith('budget.') ? `lines.${path.split('.')[1]}.amount` : order.includes(path) ? path : undefined;
      const { problems, other } = serverProblems(
        [
          { field: '/consent', message: 'Must be true.' },
          { field: 'budget[1].amount', message: 'Too much.' },
          { field: 'email', message: 'Not an address.' },
          { field: 'email', message: 'Second message.' },
          { field: 'applicationId', message: 'Something else.' },
        ],
        map,
        order,
        [{ field: 'email', code: 'invalid' }],
      );
      expect(problems).to.deep.equal([
        { field: 'email', code: 'invalid' },
        { field: 'lines.1.amount', code: 'rejected', message: 'Too much.' },
        { field: 'consent', code: 'rejected', message: 'Must be true.' },
      ]);
      expect(other).to.deep.equal(['Something else.']);
    });

    it('finds the field errors of a 422 only; any other failure has none', () => {
      const errors = [{ field: 'title', message: 'Too short.' }];
      const refusal = new TorgError('validation', 'Unprocessable', {
        status: 422,
        problem: { type: 'about:blank', title: 'Unprocessable', status: 422, errors },
      });
      expect(refusedFieldErrors(refusal)).to.deep.equal(errors);
      expect(refusedFieldErrors(new TorgError('validation', 'Unprocessable', { status: 422 }))).to.deep.equal([]);
      expect(refusedFieldErrors(new TorgError('server', 'Down', { status: 503 }))).to.deep.equal([]);
      expect(refusedFieldErrors(new TypeError('Failed to fetch'))).to.deep.equal([]);
      expect(refusedFieldErrors(undefined)).to.deep.equal([]);
    });
  });

  describe('sending', () => {
    it('tells the phases of answers on their way (read-only form, no second send) from the others', () => {
      const phases: SubmitPhase[] = ['edit', 'sending', 'retrying', 'offline', 'failed', 'done'];
      expect(phases.filter(isOnItsWay)).to.deep.equal(['sending', 'retrying', 'offline']);
      expect(phaseOnTheWay(true)).to.equal('sending');
      expect(phaseOnTheWay(true, true)).to.equal('retrying');
      expect(phaseOnTheWay(false)).to.equal('offline');
      expect(phaseOnTheWay(false, true)).to.equal('offline');
    });

    it('tries server errors again, never a refusal', () => {
      expect(RETRY_STATUSES).to.include.members([500, 502, 503, 504]);
      expect(RETRY_STATUSES.some((status) => status >= 400 && status < 500)).to.equal(false);
    });
  });

  describe('isEmail', () => {
    it('accepts ordinary addresses', () => {
      for (const ok of ['kari@eksempel.no', 'ola.nordmann+torg@asker.kommune.no', ' kari@eksempel.no ', 'å@æøå.no']) {
        expect(isEmail(ok), ok).to.be.true;
      }
    });

    it('rejects what cannot be an address', () => {
      for (const bad of [
        '',
        'kari',
        'kari@',
        '@eksempel.no',
        'kari@eksempel',
        'kari@eksempel.n',
        'ka ri@x.no',
        'a@b@c.no',
      ]) {
        expect(isEmail(bad), bad).to.be.false;
      }
    });

    it('accepts generated addresses and rejects them without their @ (property)', () => {
      fc.assert(
        fc.property(fc.emailAddress(), (email) => {
          const tld = email.split('.').pop() ?? '';
          fc.pre(tld.length >= 2);
          expect(isEmail(email), email).to.be.true;
          expect(isEmail(email.replace('@', ''))).to.be.false;
        }),
      );
    });
  });

  describe('isPhone', () => {
    it('accepts Norwegian numbers as people write them', () => {
      for (const ok of ['91234567', '912 34 567', '22 12 34 56', '+47 912 34 567', '0047 91234567', '+47-912-34-567']) {
        expect(isPhone(ok), ok).to.be.true;
      }
    });

    it('accepts international numbers', () => {
      for (const ok of ['+46 70 123 45 67', '+44 20 7946 0958', '+1 (212) 555-0123', '00358 40 1234567']) {
        expect(isPhone(ok), ok).to.be.true;
      }
    });

    it('rejects what is not a phone number', () => {
      for (const bad of [
        '1234',
        '912345678',
        'ring meg',
        '+47 912 34 56x',
        '++4791234567',
        '+0 123 45 678',
        '9123 4567 +',
      ]) {
        expect(isPhone(bad), bad).to.be.false;
      }
    });

    it('accepts any 8-digit number with any spacing, with or without +47 (property)', () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }),
          fc.array(fc.constantFrom('', ' ', '-'), { minLength: 8, maxLength: 8 }),
          fc.constantFrom('', '+47 ', '0047'),
          (digits, gaps, prefix) => {
            const number = prefix + digits.map((d, i) => `${d}${i < 7 ? gaps[i] : ''}`).join('');
            expect(isPhone(number), number).to.be.true;
            expect(isPhone(`${number}a`)).to.be.false;
          },
        ),
      );
    });
  });

  describe('a form kept on the device', () => {
    const clean = (value: unknown): { title: string } | undefined =>
      value && typeof value === 'object' && typeof (value as { title?: unknown }).title === 'string'
        ? { title: (value as { title: string }).title }
        : undefined;

    it('reads back what it wrote, with the submission in flight', () => {
      const form = { draft: { title: 'Benk' }, submission: { key: 'k-1', body: { title: 'Benk', consent: true } } };
      expect(parseStoredForm(serializeStoredForm(form), clean)).to.deep.equal(form);
      expect(parseStoredForm(serializeStoredForm({ draft: { title: 'Benk' } }), clean)).to.deep.equal({
        draft: { title: 'Benk' },
      });
    });

    it('gives nothing for what it cannot read, never an exception', () => {
      for (const text of [null, '', '{', '[]', '"x"', '{"v":2,"draft":{"title":"x"}}', '{"v":1,"draft":{"title":7}}']) {
        expect(parseStoredForm(text, clean), String(text)).to.equal(undefined);
      }
      // A submission of the wrong shape is dropped, the draft kept.
      expect(parseStoredForm('{"v":1,"draft":{"title":"x"},"submission":{"key":"","body":{}}}', clean)).to.deep.equal({
        draft: { title: 'x' },
      });
    });

    it('never throws on any stored text (property)', () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
          expect(() => parseStoredForm(text, clean)).not.to.throw();
        }),
      );
    });
  });
});
