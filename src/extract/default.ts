/**
 * The ordered list of passes. Order matters and every constraint is written here.
 */
import { NumeralFinder } from './finders/NumeralFinder.js';
import { NumberWordFinder } from './finders/NumberWordFinder.js';
import { VagueFinder } from './finders/VagueFinder.js';
import { FractionFinder } from './finders/FractionFinder.js';
import { OverlapRefiner } from './refiners/OverlapRefiner.js';
import { NonClaimRefiner } from './refiners/NonClaimRefiner.js';
import { UnitRefiner } from './refiners/UnitRefiner.js';
import { RangeRefiner } from './refiners/RangeRefiner.js';
import { BoundRefiner } from './refiners/BoundRefiner.js';
import { RateRefiner } from './refiners/RateRefiner.js';
import type { Finder, Refiner } from './types.js';

/** Finders run independently; overlaps are settled by the first refiner. */
export const FINDERS: Finder[] = [
  // Vague phrases before words: "hundreds of thousands" must win over "thousand".
  VagueFinder,
  NumeralFinder,
  NumberWordFinder,
  FractionFinder,
];

export const REFINERS: Refiner[] = [
  // 1. One mention per stretch of text: longest wins.
  OverlapRefiner,
  // 2. Drop dates, years, ages… before ranges, so "8 and 13 October" never becomes a range.
  NonClaimRefiner,
  // 3. Units before ranges: "between 45% and 65%" needs both ends' units.
  UnitRefiner,
  // 4. Ranges before bounds: "between" is part of the range; "about 10,000 to 12,000" bounds it.
  RangeRefiner,
  // 5. Bounds widen the quote to the left.
  BoundRefiner,
  // 6. Rates read the words after the noun phrase and the ellipsis of the previous figure.
  RateRefiner,
  // 7. Bounds may have grown a mention into its neighbour.
  OverlapRefiner,
];
