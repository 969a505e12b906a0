import { writeFileAtomic } from './atomic-write.js';
import { commonWordsFromJieba } from './common-words.js';
import { COMMON_WORDS_FILE } from './lexicon.js';

/** `npm run common-words`: writes src/pipeline/lexicon/common-words.txt from the installed nodejieba's dictionary. */
writeFileAtomic(COMMON_WORDS_FILE, commonWordsFromJieba());
process.stdout.write(`wrote ${COMMON_WORDS_FILE}\n`);
