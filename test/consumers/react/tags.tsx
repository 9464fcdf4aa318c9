// React 19: the tags themselves in TSX, typed by clog-widgets/jsx.
import type {} from 'clog-widgets/jsx';
import 'clog-widgets';
import { useRef } from 'react';
import type { ClogResultEvent, ClogStepChangeEvent, Level } from 'clog-widgets';

export function Article() {
  const banner = useRef<HTMLElementTagNameMap['clog-red-flag-banner']>(null);
  return (
    <>
      <clog-checker
        emergency-number="911"
        urgent-number="111"
        care-href="/find-a-clinic"
        care-label="Find a clinic"
        heading-level={3}
        temperature-unit="f"
        stepper="self-care"
        theme="auto"
        onclog-result={(event: ClogResultEvent) => {
          const level: Level = event.detail.level;
          console.log(level, event.detail.reasons);
        }}
        onclog-restart={() => console.log('again')}
      />
      <clog-massage-stepper id="self-care" step="2" layout="list" remember onclog-step-change={(event) => console.log(event.detail.step)} />
      <clog-red-flag-banner ref={banner} compact={false} reasons="fever" className="wide" heading-level="4" />

      {/* @ts-expect-error: not a theme */}
      <clog-red-flag-banner theme="pink" />
      {/* @ts-expect-error: headings are 2 to 6 */}
      <clog-checker heading-level={7} />
      {/* @ts-expect-error: not an attribute */}
      <clog-massage-stepper steps="3" />
      {/* @ts-expect-error: the stepper's event carries { step, total }, not a result */}
      <clog-massage-stepper onclog-step-change={(event: ClogResultEvent) => console.log(event.detail.level)} />
    </>
  );
}

export const stepHandler = (event: ClogStepChangeEvent) => event.detail.total;
