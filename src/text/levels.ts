/** Levels of government that qualify a thing counted (国家级龙头企业, 省级示范园区). */

/** A level standing alone, as a list item may write it: 市级, 省级, 国家级. */
export const LEVEL_ONLY = /^[\u4e00-\u9fff]{1,3}级$/;
/** A level inside a longer name: 国家级 of 培育国家级龙头企业. */
export const LEVEL_IN = /(?:国家|省|市|州|县|区|乡|镇|村|部|厅)级/;
/** A level opening a name: 省级 of 省级龙头企业. */
export const LEVEL_AT_START = new RegExp(`^${LEVEL_IN.source}`);
