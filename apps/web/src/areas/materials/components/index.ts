/**
 * What other areas use of the materials vault: the picker an application form shows (load the `materials` namespace
 * with the page), and the form it opens to upload what is missing.
 */
export { MaterialFormModal, type MaterialFormTarget } from './MaterialFormModal';
export { MaterialsPicker, type MaterialsPickerProps } from './MaterialsPicker';
export { ReviewTag, ValidityTag } from './MaterialTags';
