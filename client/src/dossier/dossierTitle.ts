import type { DossierModel } from './dossierModel.js';

/** The selection's names, each in both languages: "复兴之路文化科技项目 / Fuxing Road …; …". */
export function dossierTitle(model: Pick<DossierModel, 'names'>): string {
  return model.names.map(({ zh, en }) => (zh === en ? zh : `${zh} / ${en}`)).join('; ');
}
