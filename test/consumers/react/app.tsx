// A React page as a developer writes one, bundled twice by the consumer test: with React 19
// (wrappers and plain tags) and with React 18 (wrappers only: React 18 gives custom elements
// string attributes and no events). Everything the test reads is in window.clog.
import { createRoot } from 'react-dom/client';
import { version } from 'react';
import type {} from 'clog-widgets/jsx';
import { ClogChecker, ClogMassageStepper, ClogRedFlagBanner } from 'clog-widgets/react';

declare global {
  interface Window {
    clog: { events: string[]; framework: string };
  }
}
const events: string[] = [];
window.clog = { events, framework: `React ${version}` };
const withTags = Number(version.split('.')[0]) >= 19;

function Page() {
  return (
    <>
      <ClogRedFlagBanner id="wrapped-banner" compact={false} careHref="/find-a-clinic" emergencyNumber="911" />
      <ClogRedFlagBanner id="wrapped-compact-banner" compact />
      <ClogMassageStepper
        id="wrapped-stepper"
        headingLevel={3}
        onStepChange={(event) => events.push(`wrapped clog-step-change ${event.detail.step}/${event.detail.total}`)}
      />
      <ClogChecker id="wrapped-checker" careHref="/find-a-clinic" onResult={(event) => events.push(`wrapped clog-result ${event.detail.level}`)} />
      {withTags && (
        <>
          <clog-red-flag-banner id="tag-banner" compact={false} care-href="/find-a-clinic" />
          <clog-massage-stepper
            id="tag-stepper"
            heading-level={3}
            onclog-step-change={(event) => events.push(`tag clog-step-change ${event.detail.step}/${event.detail.total}`)}
          />
          <clog-checker id="tag-checker" onclog-result={(event) => events.push(`tag clog-result ${event.detail.level}`)} />
        </>
      )}
    </>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<Page />);
