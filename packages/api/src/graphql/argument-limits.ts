/** Caps shared by several queries' arguments; the catalogs they search are small. */
export const MAX_SKILLS_PER_QUERY = 50;
export const SKILL_NAME_MAX_LENGTH = 60;
export const SEARCH_TEXT_MAX_LENGTH = 100;
/** Long enough for any catalog URL; bounds what a mutation makes the server look up. */
export const URL_MAX_LENGTH = 2048;
