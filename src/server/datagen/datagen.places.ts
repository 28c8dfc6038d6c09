import type { Governorate } from '../../common/enums.ts';
import type { Random } from './datagen.random.ts';

/** Towns of each governorate with a rough spread (degrees) and a weight — where generated cases come from. */
const towns: Record<Governorate, [name: string, lat: number, lng: number, spread: number, weight: number][]> = {
  capital: [
    ['المنامة', 26.2235, 50.5822, 0.01, 3],
    ['الجفير', 26.212, 50.603, 0.007, 2],
    ['السيف', 26.236, 50.537, 0.007, 1.5],
    ['العدلية', 26.209, 50.588, 0.006, 1.5],
    ['السنابس', 26.225, 50.548, 0.006, 1.5],
    ['توبلي', 26.195, 50.565, 0.007, 1],
    ['سترة', 26.155, 50.62, 0.012, 1.5],
  ],
  muharraq: [
    ['المحرق', 26.257, 50.612, 0.007, 3],
    ['البسيتين', 26.266, 50.603, 0.006, 1.5],
    ['عراد', 26.254, 50.635, 0.006, 1.5],
    ['الحد', 26.245, 50.655, 0.006, 1.2],
    ['قلالي', 26.273, 50.65, 0.005, 1],
    ['أمواج', 26.29, 50.665, 0.004, 0.6],
    ['ديار المحرق', 26.297, 50.628, 0.006, 0.8],
  ],
  northern: [
    ['البديع', 26.21, 50.45, 0.008, 1.5],
    ['سار', 26.193, 50.485, 0.007, 1.5],
    ['الجنبية', 26.183, 50.47, 0.006, 1],
    ['مدينة حمد', 26.115, 50.505, 0.012, 3],
    ['عالي', 26.156, 50.525, 0.006, 1.5],
    ['جد حفص', 26.218, 50.548, 0.006, 1.5],
    ['الدراز', 26.217, 50.47, 0.006, 1],
    ['كرباباد', 26.233, 50.522, 0.004, 0.6],
  ],
  southern: [
    ['الرفاع', 26.13, 50.555, 0.014, 3],
    ['مدينة عيسى', 26.173, 50.547, 0.008, 2],
    ['عوالي', 26.09, 50.54, 0.006, 0.6],
    ['الزلاق', 26.045, 50.485, 0.008, 0.8],
    ['عسكر', 26.05, 50.615, 0.006, 0.5],
    ['جو', 25.99, 50.612, 0.006, 0.4],
  ],
};

/** Share of cases by governorate (roughly by population). */
export const governorateWeights: Record<Governorate, number> = { capital: 0.3, muharraq: 0.18, northern: 0.3, southern: 0.22 };

/** A point in a town of the governorate, inside Bahrain's box, with the town's name. */
export function placeIn(g: Governorate, r: Random): { lat: number; lng: number; area: string } {
  const list = towns[g];
  const total = list.reduce((t, x) => t + x[4], 0);
  let x = r.next() * total;
  let town = list[0]!;
  for (const t of list) {
    x -= t[4];
    if (x <= 0) {
      town = t;
      break;
    }
  }
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return {
    lat: Math.round(clamp(town[1] + r.normal() * town[3], 25.55, 26.35) * 1e6) / 1e6,
    lng: Math.round(clamp(town[2] + r.normal() * town[3], 50.35, 50.85) * 1e6) / 1e6,
    area: town[0],
  };
}
