/** import(render(model)) = model, for every plan a text can hold (see textArbitraries.ts). */
import fc from 'fast-check';
import { importPlanText } from '../../src/plan/import';
import { renderPlanText } from '../helpers/renderPlan';
import { propertyOptions } from './options';
import { freeLine, readsAsStructure, textModel } from './textArbitraries';

describe('plan text round trip', () => {
  it('import(render(model)) gives the model back, with no issues', () => {
    fc.assert(
      fc.property(textModel, (model) => {
        const { model: back, issues } = importPlanText(renderPlanText(model));
        expect(issues).toEqual([]);
        expect(back).toEqual(model);
      }),
      propertyOptions(),
    );
  });

  it('rendering is stable: render(import(render(model))) = render(model), also with CRLF and a BOM', () => {
    fc.assert(
      fc.property(textModel, fc.boolean(), (model, crlf) => {
        const text = renderPlanText(model);
        const written = '\uFEFF' + (crlf ? text.replace(/\n/g, '\r\n') : text);
        expect(renderPlanText(importPlanText(written).model)).toBe(text);
      }),
      propertyOptions(),
    );
  });

  it('free lines never read as structure (the arbitraries are what they say)', () => {
    fc.assert(
      fc.property(freeLine, (line) => {
        expect(line).toBe(line.trim());
        expect(line).not.toBe('');
        expect(line).not.toContain('\n');
        expect(readsAsStructure(line)).toBe(false);
      }),
      propertyOptions(),
    );
  });
});
