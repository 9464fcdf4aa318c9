import { LEVELS, type Level } from '../../src/content/levels.js';
import { REASON_IDS, type ReasonId } from '../../src/content/warning-signs.js';
import { triage, type Answers } from '../../src/triage/triage.js';
import { COMBINATIONS, forEachCombination } from './answer-space.js';
const rank = (level: Level) => LEVELS.indexOf(level);
const REASON_BIT = new Map<ReasonId, number>(REASON_IDS.map((id, i) => [id, 1 << i]));
describe('bench', () => {
  it('runs', function () {
    this.timeout(60000);
    const levels = new Uint8Array(COMBINATIONS);
    const masks = new Uint16Array(COMBINATIONS);
    for (let rep = 0; rep < 2; rep++) {
    let a: Answers = {};
    let t = performance.now(); let s = 0;
    forEachCombination(() => { s += triage(a).reasons.length; }, a); console.log('triage only', performance.now() - t);
    a = {};
    t = performance.now();
    forEachCombination((_, i) => { const r = triage(a); levels[i] = rank(r.level); }, a); console.log('+rank', performance.now() - t);
    a = {};
    t = performance.now();
    forEachCombination((_, i) => { const r = triage(a); levels[i] = rank(r.level); let m = 0; for (const id of r.reasons) m |= REASON_BIT.get(id)!; masks[i] = m; }, a); console.log('+mask', performance.now() - t);
    a = {};
    const OBJ = Object.fromEntries(REASON_IDS.map((id, i) => [id, 1 << i])) as Record<ReasonId, number>;
    t = performance.now();
    forEachCombination((_, i) => { const r = triage(a); levels[i] = rank(r.level); let m = 0; const rs = r.reasons; for (let k = 0; k < rs.length; k++) m |= OBJ[rs[k]!]; masks[i] = m; }, a); console.log('+objmask', performance.now() - t);
    a = {};
    t = performance.now();
    forEachCombination((_, i) => { const r = triage(a); levels[i] = rank(r.level); let m = 0; const rs = r.reasons; for (let k = 0; k < rs.length; k++) m |= REASON_BIT.get(rs[k]!)!; masks[i] = m; }, a); console.log('+idxmap', performance.now() - t);
    console.log(s);
    }
  });
});
