/**
 * Due-date throughput of the working-time module on one core: `npx tsx bench/working-time.bench.ts`.
 * Bahrain government calendar with 2026–2027 holidays and Ramadan hours; 200,000 random
 * (start, target) pairs; a warm-up, then R timed passes; prints the median rate.
 */
import { addWorkingTime, compileCalendar, type Calendar, type WorkInterval } from '../src/server/sla/working-time.ts';

const N = 200_000;
const RUNS = 7;
const DAY_MIN = 435;

const sunToThu = (day: WorkInterval): WorkInterval[][] => [[day], [day], [day], [day], [day], [], []];
const dates = (from: string, days: number, name: string, lunar = false) =>
  Array.from({ length: days }, (_, i) => ({
    date: new Date(Date.parse(from) + i * 86_400_000).toISOString().slice(0, 10),
    name,
    lunar,
  }));

// Lunar dates are approximate (they are entered per year from the official announcement).
const bahrain: Calendar = {
  timeZone: 'Asia/Bahrain',
  week: sunToThu({ start: 7 * 60, end: 14 * 60 + 15 }),
  holidays: [
    ...dates('2026-01-01', 1, "New Year's Day"),
    ...dates('2026-03-19', 5, 'Eid al-Fitr', true),
    ...dates('2026-05-01', 1, 'Labour Day'),
    ...dates('2026-05-26', 4, 'Arafat Day and Eid al-Adha', true),
    ...dates('2026-06-16', 1, 'Hijri New Year', true),
    ...dates('2026-06-24', 2, 'Ashura', true),
    ...dates('2026-08-25', 1, "Prophet's Birthday", true),
    ...dates('2026-12-16', 2, 'National Day'),
    ...dates('2027-01-01', 1, "New Year's Day"),
    ...dates('2027-03-09', 4, 'Eid al-Fitr', true),
    ...dates('2027-05-01', 1, 'Labour Day'),
    ...dates('2027-05-15', 4, 'Arafat Day and Eid al-Adha', true),
    ...dates('2027-06-06', 1, 'Hijri New Year', true),
    ...dates('2027-06-14', 2, 'Ashura', true),
    ...dates('2027-08-14', 1, "Prophet's Birthday", true),
    ...dates('2027-12-16', 2, 'National Day'),
  ],
  overrides: [
    { from: '2026-02-18', to: '2026-03-18', week: sunToThu({ start: 8 * 60, end: 13 * 60 }) },
    { from: '2027-02-08', to: '2027-03-08', week: sunToThu({ start: 8 * 60, end: 13 * 60 }) },
  ],
};

// Deterministic inputs (mulberry32), so runs are comparable.
let seed = 0x7a3a51;
const random = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};
const from = Date.UTC(2026, 0, 1);
const span = Date.UTC(2028, 0, 1) - from;
const starts = Array.from({ length: N }, () => new Date(from + Math.floor(random() * span)));
const targets = Float64Array.from({ length: N }, () => 60 + Math.floor(random() * (14 * DAY_MIN - 60 + 1)));

const calendar = compileCalendar(bahrain);

function pass(): number {
  let checksum = 0;
  for (let i = 0; i < N; i++) checksum += addWorkingTime(starts[i]!, targets[i]!, calendar).getTime() % 1_000_003;
  return checksum;
}

for (let i = 0; i < 3; i++) pass(); // warm-up: JIT and on-demand compilation past 2027

const rates: number[] = [];
let checksum = 0;
for (let r = 0; r < RUNS; r++) {
  const t0 = process.hrtime.bigint();
  checksum += pass();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  rates.push(N / seconds);
}
rates.sort((a, b) => a - b);
const median = rates[Math.floor(RUNS / 2)]!;
console.log(`due-date computations: ${Math.round(median).toLocaleString('en-US')}/s (median of ${RUNS} runs)`);
console.log(`  runs: ${rates.map((r) => Math.round(r).toLocaleString('en-US')).join(', ')}  checksum ${checksum}`);
