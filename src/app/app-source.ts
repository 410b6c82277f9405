/** The question source every study page uses: the bundled banks (imported banks and templates join here). */
import { bundledProvider, combineProviders } from './question-source';

export const appSource = combineProviders([bundledProvider]);
