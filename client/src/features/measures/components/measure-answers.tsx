import type { InstrumentDefinition } from '@securebase/shared';
import { isReversed, itemShortLabel, scoredAnswer } from '../measure-labels';

/** One measure's answers: item number, our short label, the answer, and what a reversed item counted as. */
export function MeasureAnswers({
  instrument,
  responses,
  caption,
}: {
  instrument: InstrumentDefinition;
  responses: readonly number[];
  caption: string;
}) {
  const anyReversed = instrument.reversedItems.length > 0;
  return (
    <table className="sb-table sb-table-compact">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            Item
          </th>
          <th scope="col">Label</th>
          <th scope="col" className="num">
            Answer
          </th>
          {anyReversed && <th scope="col">Reversed</th>}
        </tr>
      </thead>
      <tbody>
        {responses.map((answer, index) => {
          const item = index + 1;
          const reversed = isReversed(instrument, item);
          return (
            <tr key={item}>
              <td className="num">{item}</td>
              <td>{itemShortLabel(instrument, item)}</td>
              <td className="num">
                <strong>{answer}</strong>
              </td>
              {anyReversed && <td>{reversed ? `Yes — counts as ${scoredAnswer(instrument, item, answer)}` : ''}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
