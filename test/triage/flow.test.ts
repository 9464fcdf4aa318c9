// Every path a reader can take through the checker's screens (proof.ts, choicesFor): the result is
// what guidance.md asks for, every sign she ticked is named, and stopping early gives the same
// result as asking everything.
import { expect } from '@open-wc/testing';
import { SCREENS, itemsOf } from '../../src/content/screens.js';
import { START, answerScreen, back, countedAnswers, highestReachableLevel, isFinished, nextScreen } from '../../src/triage/index.js';
import { TEST_READINGS, complete, forEachPath, oracleLevel, rank, result, triage } from './proof.js';

describe('the checker flow, over every path a reader can take', () => {
  let paths = 0;
  const failures = { oracle: [] as string[], named: [] as string[], early: [] as string[], reachable: [] as string[] };
  let longest = 0;
  const visited = new Set<string>();

  before(function () {
    this.timeout(120000);
    const started = performance.now();
    paths = forEachPath(({ flow, steps }) => {
      const counted = countedAnswers(flow);
      const { level, reasons } = result(flow);
      longest = Math.max(longest, flow.path.length);
      for (const id of flow.path) visited.add(id);
      if (level !== oracleLevel(counted)) failures.oracle.push(`${steps.join(' › ')} gave ${level}`);
      // Each sign she ticked (yes) on the screens she saw is named among the reasons.
      for (const id of flow.path) {
        for (const item of itemsOf(SCREENS.find((s) => s.id === id)!)) {
          const named = (reasons as readonly string[]).includes(item);
          if (counted[item] === 'yes' && item !== 'tender-lump' && item !== 'weak-immune' && item !== 'after-birth' && !named) {
            failures.named.push(`${steps.join(' › ')}: ${item} not named`);
          }
        }
      }
      // Asking everything: the screens she was not asked, answered with the least and the most care.
      const least = triage(complete(counted, 'least'));
      const most = Math.max(...TEST_READINGS.map((r) => rank(triage(complete(counted, 'most', r.celsius)).level)));
      if (least.level !== level || least.reasons.join() !== reasons.join() || most !== rank(level)) {
        failures.early.push(`${steps.join(' › ')}: stopped at ${level}, asking everything gives ${least.level}…${most}`);
      }
      if (rank(highestReachableLevel(counted)) !== rank(level)) failures.reachable.push(steps.join(' › '));
    });
    console.log(`flow: ${paths.toLocaleString('en')} paths through the screens walked in ${Math.round(performance.now() - started)} ms; the longest asks ${longest} screens`);
  });

  it('reaches every screen on some path, and no path asks more than seven screens', () => {
    expect(paths).to.be.greaterThan(400);
    expect([...visited].sort()).to.deep.equal(SCREENS.map((s) => s.id).sort());
    expect(longest).to.equal(7);
  });

  it('every path ends at the level guidance.md asks for', () => {
    expect(failures.oracle.slice(0, 3)).to.deep.equal([]);
  });

  it('every sign the reader ticked is named among the reasons', () => {
    expect(failures.named.slice(0, 3)).to.deep.equal([]);
  });

  it('stopping early always gives the same result as asking everything', () => {
    expect(failures.early.slice(0, 3)).to.deep.equal([]);
    expect(failures.reachable.slice(0, 3)).to.deep.equal([]);
  });
});

describe('the checker flow, step by step', () => {
  const none = (flow = START) => answerScreen(flow, 'none');

  it('a reader with a simple clog and no warning sign reaches self-care in seven screens', () => {
    let flow = START;
    let screens = 0;
    while (!flow.done) {
      const screen = SCREENS.find((s) => s.id === flow.path[flow.index])!;
      screens += 1;
      flow = answerScreen(flow, screen.kind === 'signs' ? 'none' : screen.item === 'tender-lump' ? 'yes' : 'no');
    }
    expect(screens).to.equal(7);
    expect(result(flow)).to.deep.equal({ level: 'self-care', reasons: [], unsure: [] });
  });

  it('the fever follow-up is asked only with a fever', () => {
    const toFever = none(none(none()));
    expect(toFever.path.at(-1)).to.equal('fever');
    expect(answerScreen(toFever, 'no').path.at(-1)).to.equal('breast-today');
    expect(answerScreen(toFever, 'yes').path.at(-1)).to.equal('fever-extra');
    expect(answerScreen(toFever, 'no', 38.4).path.at(-1)).to.equal('fever-extra');
  });

  it('Back keeps the answers, and answering differently takes the new path', () => {
    const first = answerScreen(START, { ticked: ['confusion'] });
    expect(first.done).to.equal(true);
    const again = back(back(first));
    expect(again.index).to.equal(0);
    expect(again.answers.confusion).to.equal('yes');
    const changed = answerScreen(again, 'none');
    expect(changed.done).to.equal(false);
    expect(changed.path).to.deep.equal(['sepsis', 'breast-emergency']);
  });

  it('an empty checker is not finished, and starts with the sepsis signs', () => {
    expect(isFinished({})).to.equal(false);
    expect(nextScreen({})?.id).to.equal('sepsis');
  });
});
