import type { InstrumentDefinition } from '@securebase/shared';
import { useImperativeHandle, useRef, type ClipboardEvent, type KeyboardEvent, type Ref } from 'react';
import { answerForKey, answerFromText, answersFromPaste, answerValueText, nextFocus, type AnswerRange } from '../answer-keys';
import { responsePath, type Answers } from '../measure-form';
import { isReversed, itemShortLabel } from '../measure-labels';
import '../measures.css';

export interface AnswerGridHandle {
  focusItem: (index: number) => void;
  /** True while one of the items has the focus (the clinician is already typing answers). */
  hasFocus: () => boolean;
}

interface AnswerGridProps {
  instrument: InstrumentDefinition;
  answers: Answers;
  /** Problems keyed `responses[i]` (0-based), from the browser's check or the server's 400. */
  errors: Record<string, string>;
  /** Unanswered items are marked only after a save was tried. */
  markBlanks: boolean;
  onAnswer: (index: number, answer: number | null) => void;
  onPaste: (index: number, answers: number[]) => void;
  /** Past the last item with everything answered. */
  onComplete: () => void;
  /** A key the boxes do not take, in words ("Answers are 0–3."), for a polite live message. */
  onReject: (reason: string) => void;
  describedBy?: string;
  handle?: Ref<AnswerGridHandle>;
}

/**
 * The items as a fast grid: item number, our short label, the answer box and the allowed answers.
 * A digit in range sets the answer and focus moves to the next item (answer-keys.ts).
 */
export function AnswerGrid({
  instrument,
  answers,
  errors,
  markBlanks,
  onAnswer,
  onPaste,
  onComplete,
  onReject,
  describedBy,
  handle,
}: AnswerGridProps) {
  const boxes = useRef<(HTMLInputElement | null)[]>([]);
  const range: AnswerRange = { min: instrument.min, max: instrument.max };
  const scale = Array.from({ length: range.max - range.min + 1 }, (_, i) => range.min + i);

  const focusItem = (index: number) => {
    const box = boxes.current[index];
    box?.focus();
    box?.select();
  };
  useImperativeHandle(handle, () => ({ focusItem, hasFocus: () => boxes.current.some((box) => box && box === document.activeElement) }));

  const go = (index: number, move: 'next' | 'previous', after: Answers) => {
    const target = nextFocus(after, index, move);
    if (target === 'save') onComplete();
    else if (target !== index) focusItem(target);
  };

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    const result = answerForKey(event, answers[index], range);
    if (!result) return;
    event.preventDefault();
    if (result.kind === 'reject') {
      onReject(result.reason);
      return;
    }
    const after = [...answers];
    if (result.kind === 'set') {
      after[index] = result.value;
      if (result.value !== answers[index]) onAnswer(index, result.value);
      if (result.move !== 'stay') go(index, result.move, after);
      return;
    }
    go(index, result.move, after);
  };

  const onPasteText = (index: number) => (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = answersFromPaste(event.clipboardData.getData('text'), range);
    event.preventDefault();
    if (!pasted) {
      onReject(`Only answers from ${range.min} to ${range.max} can be pasted.`);
      return;
    }
    onPaste(index, pasted);
    const last = Math.min(index + pasted.length, answers.length) - 1;
    const after = [...answers];
    pasted.slice(0, answers.length - index).forEach((a, i) => {
      after[index + i] = a;
    });
    go(last, 'next', after);
  };

  return (
    <div className="sb-items">
      {answers.map((answer, index) => {
        const item = index + 1;
        const id = `answer-${instrument.code}-${item}`;
        const label = itemShortLabel(instrument, item);
        const reversed = isReversed(instrument, item);
        const error = errors[responsePath(index)];
        const shownError = error && (markBlanks || answer !== null || error !== 'Not answered') ? error : null;
        const errorId = `${id}-error`;
        return (
          <div key={id} className="sb-item" data-answered={answer !== null || undefined}>
            <span className="sb-item-no" aria-hidden>
              {item}
            </span>
            <label htmlFor={id} className="sb-item-label">
              {label}
              {reversed && <span className="sb-item-reversed">reversed</span>}
            </label>
            <input
              ref={(el) => {
                boxes.current[index] = el;
              }}
              id={id}
              className="sb-answer"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              enterKeyHint="next"
              role="spinbutton"
              aria-label={`Item ${item}: ${label}`}
              aria-valuemin={range.min}
              aria-valuemax={range.max}
              aria-valuenow={answer ?? undefined}
              aria-valuetext={answerValueText(answer, range)}
              aria-invalid={shownError ? true : undefined}
              aria-describedby={[shownError ? errorId : null, describedBy].filter(Boolean).join(' ') || undefined}
              data-path={responsePath(index)}
              value={answer === null ? '' : String(answer)}
              onKeyDown={onKeyDown(index)}
              onPaste={onPasteText(index)}
              onFocus={(event) => event.currentTarget.select()}
              onChange={(event) => {
                // Keys we saw were handled above; this is a phone keyboard or autofill.
                const next = answerFromText(event.currentTarget.value, range);
                if (next === undefined || next === answer) return;
                onAnswer(index, next);
                if (next !== null) {
                  const after = [...answers];
                  after[index] = next;
                  go(index, 'next', after);
                }
              }}
            />
            <span className="sb-scale" aria-hidden>
              {scale.map((n) => (
                <span
                  key={n}
                  className="sb-scale-cell"
                  data-selected={n === answer || undefined}
                  onMouseDown={(event) => {
                    event.preventDefault();
                    focusItem(index);
                    onAnswer(index, n === answer ? null : n);
                  }}
                >
                  {n}
                </span>
              ))}
            </span>
            {shownError && (
              <span className="sb-item-error" id={errorId}>
                {shownError}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
