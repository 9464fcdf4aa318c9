// Preact: the tags in TSX, typed by clog-widgets/jsx (events as `onclog-…`, as Preact names them).
import type {} from 'clog-widgets/jsx';
import 'clog-widgets';
import type { Level } from 'clog-widgets';

export function Article() {
  return (
    <>
      <clog-checker
        care-href="/find-a-clinic"
        heading-level={3}
        class="wide"
        onclog-result={(event) => {
          const level: Level = event.detail.level;
          console.log(level);
        }}
      />
      <clog-massage-stepper step={3} layout="list" onclog-complete={(event) => console.log(event.detail.total)} />
      <clog-red-flag-banner compact reasons="fever" />

      {/* @ts-expect-error: not a layout */}
      <clog-massage-stepper layout="grid" />
      {/* @ts-expect-error: not a unit */}
      <clog-checker temperature-unit="k" />
    </>
  );
}
