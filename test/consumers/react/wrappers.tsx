// The @lit/react wrappers (clog-widgets/react), checked against React 19's and React 18's types.
import { ClogChecker, ClogMassageStepper, ClogRedFlagBanner } from 'clog-widgets/react';
import type { ClogResultEvent, Level } from 'clog-widgets';
import { useRef } from 'react';

export function Article() {
  const checker = useRef<HTMLElementTagNameMap['clog-checker']>(null);
  return (
    <>
      <ClogChecker
        ref={checker}
        emergencyNumber="911"
        careHref="/find-a-clinic"
        headingLevel={3}
        temperatureUnit="c"
        onResult={(event) => {
          const level: Level = event.detail.level;
          console.log(level);
        }}
        onRestart={(event) => console.log(event.type)}
      />
      <ClogMassageStepper step={2} layout="steps" onStepChange={(event) => console.log(event.detail.step, event.detail.total)} onComplete={() => {}} />
      <ClogRedFlagBanner compact={false} reasons="fever red-streaks" className="wide" id="banner" />

      {/* @ts-expect-error: not a layout */}
      <ClogMassageStepper layout="grid" />
      {/* @ts-expect-error: headings are 2 to 6 */}
      <ClogRedFlagBanner headingLevel={1} />
      {/* @ts-expect-error: the banner fires no events */}
      <ClogRedFlagBanner onResult={(event: ClogResultEvent) => event} />
    </>
  );
}
