import type { Segment } from './config.ts';
import type { Random } from './random.ts';

const PLACES = [
  'Great Lakes', 'Summit', 'Keystone', 'Ridgeline', 'Lone Star', 'Cascade', 'Desert Sun', 'Atlantic', 'Prairie',
  'Harbor', 'Redwood', 'Iron Range', 'Blue River', 'Granite', 'Pioneer', 'Liberty', 'Midland', 'Coastal', 'Northern',
  'Silver Creek', 'Tri-County', 'Bayou', 'Piedmont', 'Copper Canyon', 'Evergreen', 'Hudson Valley', 'Gulf Coast',
  'Rocky Mountain', 'Sandhill', 'Twin Cities',
];
const SURNAMES = ['Okafor', 'Brandt', "O'Neill", 'Nguyen', 'Kowalski', 'Ramirez', 'Lindqvist', 'Patel', 'Hargrove', 'Delgado', 'Whitaker', 'Castellano'];
const WORDS: Record<Exclude<Segment, 'government'>, readonly string[]> = {
  oem: ['Fabrication', 'Manufacturing', 'Machine Works', 'Controls', 'Equipment', 'Motion Systems', 'Precision Products'],
  contractor: ['Mechanical', 'Electric', 'Plumbing & Heating', 'Construction', 'Builders', 'Roofing', 'HVAC Services'],
  mro: ['Foods', 'Packaging', 'Paper Mill', 'Plastics', 'Logistics', 'Facility Services', 'Bottling'],
  distributor: ['Industrial Supply', 'Supply House', 'Trade Supply', 'Distribution'],
};
const SUFFIXES = ['LLC', 'Inc.', 'Co.', 'Corp.', 'Group'];
const CITIES = ['Aurora', 'Mesa', 'Plano', 'Tacoma', 'Marietta', 'Paterson', 'Joliet', 'Tempe', 'Irving', 'Everett', 'Savannah', 'Trenton'];
const COUNTIES = ['Cook', 'Maricopa', 'Dallas', 'King', 'Fulton', 'Middlesex', 'DuPage', 'Pinal', 'Tarrant', 'Pierce'];

/** A plausible customer name; a few carry commas and apostrophes, as real ones do. */
export function accountName(rng: Random, segment: Segment): string {
  if (segment === 'government') {
    const pattern = rng.int(0, 3);
    if (pattern === 0) return `City of ${rng.pick(CITIES)} Public Works`;
    if (pattern === 1) return `${rng.pick(COUNTIES)} County Facilities`;
    if (pattern === 2) return `${rng.pick(CITIES)} Unified School District`;
    return `${rng.pick(PLACES)} Water Authority`;
  }
  const word = rng.pick(WORDS[segment]);
  if (rng.chance(0.12)) return `${rng.pick(SURNAMES)}, ${rng.pick(SURNAMES)} & Sons ${word}`;
  if (rng.chance(0.1)) return `${rng.pick(SURNAMES)} ${word} ${rng.pick(SUFFIXES)}`;
  return `${rng.pick(PLACES)} ${word} ${rng.pick(SUFFIXES)}`;
}
