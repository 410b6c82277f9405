/** The question source every study page uses: bundled banks, the user's imported banks, parametric templates. */
import { libraryVersion } from '@/content-model/library-version';
import { bundledProvider, combineProviders, importedProvider, parametricProvider } from './question-source';

export const appSource = combineProviders([bundledProvider, importedProvider, parametricProvider], { version: libraryVersion.get, subscribe: libraryVersion.subscribe });
