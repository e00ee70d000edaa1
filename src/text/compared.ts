/** 较2024年的(2.2%), 比上年同期的, 与2010年人口普查的: words that give the figure after them as the level compared with (the year in group 1). */
const COMPARED = '(?:比|较|与|同)\\s*(?:((?:19|20)\\d\\d)\\s*年(?:末|底|[^\\d，。；,;的]{2,14}?)?|上年|去年|上一年)(?:同期)?的';

/** The words between two figures are only such a comparison (，较2024年的): the second is the first's earlier level. */
export const COMPARED_LEVEL = new RegExp(`^[，,\\s]*${COMPARED}$`);

/** Text ending with such a comparison: the figure after it is of the year named, or of the year before. */
export const COMPARED_WITH = new RegExp(`${COMPARED}\\s*$`);
