/** The question source every study page uses: bundled banks, then the user's imported banks. */
import { libraryVersion } from '@/content-model/library-version';
import { bundledProvider, combineProviders, importedProvider } from './question-source';

export const appSource = combineProviders([bundledProvider, importedProvider], { version: libraryVersion.get, subscribe: libraryVersion.subscribe });
