import type { InstrumentCategory } from '@cz/shared/instrument';
import diffraction from '../illustrations/diffraction.svg';
import electrical from '../illustrations/electrical.svg';
import environmental from '../illustrations/environmental.svg';
import materials from '../illustrations/materials.svg';
import metrology from '../illustrations/metrology.svg';
import microscopy from '../illustrations/microscopy.svg';
import other from '../illustrations/other.svg';
import spectroscopy from '../illustrations/spectroscopy.svg';

/** A simple drawing of each instrument category, shown where an instrument has no photo of its own. */
export const CATEGORY_ILLUSTRATIONS: Record<InstrumentCategory, string> = {
  microscopy,
  diffraction,
  spectroscopy,
  environmental,
  electrical,
  metrology,
  materials,
  other,
};

export const illustrationOf = (category: string): string =>
  CATEGORY_ILLUSTRATIONS[category as InstrumentCategory] ?? other;
