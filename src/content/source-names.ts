import { msg } from '@lit/localize';
import type { SourceId } from './sources.js';

/**
 * The short name of each source, as readers see it after "Based on:" and "Checked against".
 * Proper names stay as they are; descriptions go through msg() for translators.
 */
export const SOURCE_NAMES: { readonly [Id in SourceId]: () => string } = {
  'abm-36': () => 'Academy of Breastfeeding Medicine Protocol #36',
  'douglas-2023': () => 'Douglas 2023',
  'nhs-mastitis': () => 'NHS',
  'nhs-sepsis': () => 'NHS',
  'nice-cks-mastitis': () => 'NICE CKS',
  'nice-ng51': () => 'NICE NG51',
  'nice-ng194': () => 'NICE NG194',
  'nice-ng12': () => 'NICE NG12',
  'uk-sepsis-trust': () => 'UK Sepsis Trust',
  'llli-gb': () => 'La Leche League GB',
  'gloucestershire-pathway': () => msg('Gloucestershire NHS mastitis pathway', { desc: 'Name of a source (an NHS care pathway), after "Based on:".' }),
  'lothian-implant-pathway': () => msg('NHS Lothian breast implant pathway', { desc: 'Name of a source (an NHS care pathway), after "Based on:".' }),
  'iowa-handout': () => msg('University of Iowa Health Care handout', { desc: 'Name of a source (a hospital patient leaflet), after "Based on:".' }),
  'article-romper': () => 'Romper',
  'article-kellymom': () => 'KellyMom',
  'article-rn-ibclc': () => msg('a registered nurse and IBCLC', { desc: 'Name of a source, after "Based on:" under a self-care step.' }),
  'article-doula': () => msg('a birth and postpartum doula', { desc: 'Name of a source, after "Based on:" under a self-care step.' }),
  'article-babycenter': () => 'BabyCenter',
  'semigran-2015': () => 'Semigran et al. 2015',
  'hill-2020': () => 'Hill et al. 2020',
  'el-osta-2021': () => 'El-Osta et al. 2021',
};
